//! `POST /api/v1/inbound`: a bridge delivers a buyer's message and gets the decision and reply.

use axum::Json;
use axum::extract::State;
use owldesk_core::inbound::{InboundOutcome, InboundRequest};
use owldesk_domain::{Action, Draft, EscalationReason, FaqId, MessageKind, Mode, Order};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(inbound))
}

/// A buyer's message as a bridge delivers it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct InboundBody {
    /// The channel (`bridge`, `pdd`, `simulator`...).
    pub channel: String,
    /// The buyer's id on the channel.
    pub customer: String,
    /// The channel's id for the message; redelivery with the same id is idempotent.
    pub message_id: String,
    /// The text (may be omitted for media).
    #[serde(default)]
    pub text: String,
    /// `text` (default), `image`, `video` or `file`.
    #[serde(default)]
    pub kind: MessageKind,
    /// Where the channel keeps the media.
    #[serde(default)]
    pub media_url: Option<String>,
    /// The order the conversation is about.
    #[serde(default)]
    pub order: Option<Order>,
}

/// The decision, as a bridge needs it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionBody {
    /// `answer`, `clarify`, `greet`, `escalate` or `ignore`.
    pub action: Action,
    /// The FAQ entry answered with.
    pub faq_id: Option<FaqId>,
    /// Why it was escalated.
    pub reason: Option<EscalationReason>,
    /// The rule's name, for rule escalations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Confidence of the best FAQ candidate, in [0, 1].
    pub confidence: f32,
}

/// A reply to deliver to the buyer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReplyBody {
    /// The text.
    pub text: String,
}

/// What became of the message.
#[derive(Debug, Serialize, ToSchema)]
pub struct InboundResponse {
    /// The conversation it belongs to.
    pub conversation_id: String,
    /// The stored message's id.
    pub message_id: String,
    /// The assistant's decision.
    pub decision: DecisionBody,
    /// The reply to deliver, or null.
    pub reply: Option<ReplyBody>,
    /// True when this was a redelivery of a message already handled.
    pub duplicate: bool,
    /// The mode the message was handled in (`auto`, `assist`, `off`).
    pub mode: Mode,
    /// True when `reply` is a holding reply: a person is needed and will answer.
    pub holding: bool,
    /// In assist and off modes: the assistant's reply kept as a draft for a person.
    pub draft: Option<Draft>,
}

impl From<InboundOutcome> for InboundResponse {
    fn from(o: InboundOutcome) -> Self {
        Self {
            conversation_id: o.conversation_id.0,
            message_id: o.message_id.0,
            decision: DecisionBody {
                action: o.decision.action,
                faq_id: o.decision.faq_id,
                reason: o.decision.reason,
                rule: o.decision.rule,
                confidence: o.decision.confidence,
            },
            reply: o.reply.map(|text| ReplyBody { text }),
            duplicate: o.duplicate,
            mode: o.mode,
            holding: o.holding,
            draft: o.draft,
        }
    }
}

/// Deliver a buyer's message.
///
/// The message is stored before the answer is sent; a repeated `(channel, message_id)` returns
/// the first decision and stores nothing new.
#[utoipa::path(post, path = "/inbound", tag = "inbound", request_body = InboundBody,
    responses((status = 200, body = InboundResponse), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 413, body = ErrorBody)))]
async fn inbound(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<InboundBody>,
) -> ApiResult<Json<InboundResponse>> {
    let req = InboundRequest {
        channel: body.channel,
        customer: body.customer,
        message_id: body.message_id,
        text: body.text,
        kind: body.kind,
        media_url: body.media_url,
        order: body.order,
    };
    let outcome = state.run(move |core| core.inbound(req)).await?;
    Ok(Json(outcome.into()))
}
