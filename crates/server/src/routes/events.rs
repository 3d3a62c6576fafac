//! `GET /api/v1/events`: Server-Sent Events of the shop's domain events, as they happen.
//!
//! Each event's SSE `event:` field is its type (`escalation_created`...) and its data the JSON
//! of the event. A listener that falls too far behind receives a `lagged` event saying how many
//! it missed, so the UI knows to reload.

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{Stream, StreamExt};
use std::convert::Infallible;
use std::time::Duration;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(events))
}

/// Stream the shop's events (Server-Sent Events; each event's data is a DomainEvent as JSON).
#[utoipa::path(get, path = "/events", tag = "events",
    responses((status = 200, description = "text/event-stream of DomainEvent", content_type = "text/event-stream", body = owldesk_domain::DomainEvent)))]
async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let mut stop = state.shutdown.subscribe();
    let stopped = async move {
        let _ = stop.wait_for(|s| *s).await;
    };
    let stream = BroadcastStream::new(state.core.subscribe())
        .take_until(stopped)
        .map(|item| {
            Ok(match item {
                Ok(ev) => {
                    let kind = serde_json::to_value(&ev)
                        .ok()
                        .and_then(|v| v.get("type").and_then(|t| t.as_str()).map(str::to_owned))
                        .unwrap_or_else(|| "event".to_owned());
                    Event::default()
                        .event(kind)
                        .json_data(&ev)
                        .unwrap_or_else(|_| Event::default().event("error"))
                }
                Err(BroadcastStreamRecvError::Lagged(n)) => {
                    Event::default().event("lagged").data(n.to_string())
                }
            })
        });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
