//! Phone alerts: urgent escalations pushed to the owner's phone while nobody is at the desk.
//!
//! [`spawn_alerts`] listens to the event bus (a side effect hanging off `escalation_created` and
//! `escalation_updated`, as the architecture wants) and, for each escalation at least as urgent
//! as the settings ask, once (also when it turns urgent later), and,
//! by default, only outside business hours), delivers one alert to every outlet in a task of
//! its own, so nothing here ever delays answering buyers. [`deliver`] speaks each outlet's
//! protocol (a generic HMAC-signed JSON webhook, ntfy, a WeCom group robot, email) and retries with
//! exponential backoff on network errors, `408`, `429` and `5xx` (and on a WeCom `errcode`);
//! other refusals are final. Each delivery's result is kept (the last [`KEEP_DELIVERIES`]) for
//! the settings screen. Email goes through SMTP with lettre (STARTTLS, TLS, or plain for a
//! server on this machine); a transient SMTP error (4xx) is retried, a permanent one (5xx) is not.

use std::time::Duration;

use hmac::{Hmac, Mac};
use owldesk_domain::{AlertDelivery, DomainEvent, Escalation, Outlet, Priority, SmtpSecurity};
use sha2::Sha256;
use tokio::sync::broadcast::error::RecvError;

use crate::{Core, Result};

/// The settings key of the recent deliveries.
const DELIVERIES_KEY: &str = "alert_deliveries";

/// How many recent deliveries are kept.
pub const KEEP_DELIVERIES: usize = 50;

/// The header carrying a webhook's signature: `sha256=<hex HMAC-SHA256 of the body>`.
pub const SIGNATURE_HEADER: &str = "x-owldesk-signature";

/// How deliveries are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait before the first retry; it doubles after each.
    pub first: Duration,
    /// Requests in all, the first included.
    pub attempts: u32,
    /// How long one request may take.
    pub timeout: Duration,
}

impl Default for Backoff {
    /// 5 requests, waiting 2 s, 4 s, 8 s and 16 s between them.
    fn default() -> Self {
        Self {
            first: Duration::from_secs(2),
            attempts: 5,
            timeout: Duration::from_secs(10),
        }
    }
}

/// What an alert says.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// The escalation.
    pub escalation: Escalation,
    /// The buyer's id on the channel.
    pub customer: String,
}

impl Alert {
    /// One line for people: "【紧急】buyer-7: anger: "..."".
    pub fn text(&self) -> String {
        let level = match self.escalation.priority {
            Priority::Urgent => "紧急",
            Priority::High => "较急",
            Priority::Normal | Priority::Low => "待处理",
        };
        format!("【{level}】{}: {}", self.customer, self.escalation.summary)
    }
}

/// Signs `body` for a webhook: `sha256=` and the hex HMAC-SHA256 under `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Whether a failed request is worth repeating.
enum Failure {
    Retry(String),
    Final(String),
}

async fn attempt(client: &reqwest::Client, outlet: &Outlet, alert: &Alert) -> Result<(), Failure> {
    let req = match outlet {
        Outlet::Email { .. } => return send_email(outlet, alert).await,
        Outlet::Webhook { url, secret } => {
            let body = serde_json::to_vec(&serde_json::json!({
                "type": "escalation",
                "text": alert.text(),
                "customer": alert.customer,
                "escalation": alert.escalation,
            }))
            .map_err(|e| Failure::Final(e.to_string()))?;
            client
                .post(url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(SIGNATURE_HEADER, signature(secret, &body))
                .body(body)
        }
        Outlet::Ntfy { url, token } => {
            let priority = match alert.escalation.priority {
                Priority::Urgent => "5",
                Priority::High => "4",
                Priority::Normal | Priority::Low => "3",
            };
            let mut r = client
                .post(url)
                .header("Title", "Owldesk: a buyer needs you")
                .header("Priority", priority)
                .header("Tags", "rotating_light")
                .body(alert.text());
            if let Some(t) = token {
                r = r.bearer_auth(t);
            }
            r
        }
        Outlet::Wecom { url } => client.post(url).json(&serde_json::json!({
            "msgtype": "text",
            "text": {"content": alert.text()},
        })),
    };
    let res = req
        .send()
        .await
        .map_err(|e| Failure::Retry(e.to_string()))?;
    let status = res.status();
    if status.is_server_error() || status.as_u16() == 408 || status.as_u16() == 429 {
        return Err(Failure::Retry(format!("HTTP {status}")));
    }
    if !status.is_success() {
        return Err(Failure::Final(format!("HTTP {status}")));
    }
    if let Outlet::Wecom { .. } = outlet {
        // The robot answers 200 with {"errcode": N, "errmsg": "..."}; 0 means sent.
        let v: serde_json::Value = res
            .json()
            .await
            .map_err(|e| Failure::Retry(format!("unreadable answer: {e}")))?;
        let code = v["errcode"].as_i64().unwrap_or(-1);
        if code != 0 {
            return Err(Failure::Retry(format!(
                "errcode {code}: {}",
                v["errmsg"].as_str().unwrap_or("")
            )));
        }
    }
    Ok(())
}

/// Sends the alert as an email through the outlet's SMTP server (lettre).
async fn send_email(outlet: &Outlet, alert: &Alert) -> Result<(), Failure> {
    use lettre::message::header::ContentType;
    use lettre::transport::smtp::authentication::Credentials;
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    let Outlet::Email {
        host,
        port,
        security,
        username,
        password,
        from,
        to,
    } = outlet
    else {
        return Err(Failure::Final("not an email outlet".into()));
    };
    let address = |a: &str| {
        a.parse::<lettre::message::Mailbox>()
            .map_err(|e| Failure::Final(format!("{a:?}: {e}")))
    };
    let email = Message::builder()
        .from(address(from)?)
        .to(address(to)?)
        .subject("Owldesk: a buyer needs you / 夜猫客服: 有买家需要您处理")
        .header(ContentType::TEXT_PLAIN)
        .body(alert.text())
        .map_err(|e| Failure::Final(e.to_string()))?;
    let builder = match security {
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)
            .map_err(|e| Failure::Final(e.to_string()))?,
        SmtpSecurity::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
            .map_err(|e| Failure::Final(e.to_string()))?,
    };
    let mut builder = builder.port(*port);
    if let (Some(u), Some(p)) = (username, password) {
        builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
    }
    match builder.build().send(email).await {
        Ok(_) => Ok(()),
        Err(e) if e.is_permanent() => Err(Failure::Final(e.to_string())),
        Err(e) => Err(Failure::Retry(e.to_string())),
    }
}

/// Delivers `alert` to `outlet`, retrying as `backoff` says. Returns the number of requests
/// made and the last error, if it was never accepted.
pub async fn deliver(
    client: &reqwest::Client,
    outlet: &Outlet,
    alert: &Alert,
    backoff: Backoff,
) -> (u32, Option<String>) {
    let mut wait = backoff.first;
    let mut last = None;
    for n in 1..=backoff.attempts.max(1) {
        match tokio::time::timeout(backoff.timeout, attempt(client, outlet, alert)).await {
            Ok(Ok(())) => return (n, None),
            Ok(Err(Failure::Final(e))) => return (n, Some(e)),
            Ok(Err(Failure::Retry(e))) => last = Some(e),
            Err(_) => last = Some("timed out".into()),
        }
        if n < backoff.attempts {
            tokio::time::sleep(wait).await;
            wait = wait.saturating_mul(2);
        }
    }
    (backoff.attempts.max(1), last)
}

impl Core {
    /// Recent alert deliveries, newest first.
    ///
    /// # Errors
    /// Storage failures.
    pub fn alert_deliveries(&self) -> Result<Vec<AlertDelivery>> {
        Ok(self
            .read(|c| owldesk_store::settings::get_json(c, DELIVERIES_KEY))?
            .unwrap_or_default())
    }

    /// Replaces the alert settings (outlets, night only, least priority).
    ///
    /// # Errors
    /// [`crate::CoreError::Invalid`] naming the field (`alerts.outlets[0].url`); storage failures.
    pub fn set_alerts(
        &self,
        alerts: owldesk_domain::AlertSettings,
        actor: &str,
    ) -> Result<owldesk_domain::AlertSettings> {
        let mut s = self.settings()?;
        s.alerts = alerts;
        Ok(self.update_settings(s, actor)?.alerts)
    }

    fn record_delivery(&self, d: AlertDelivery) -> Result<()> {
        self.write(|tx| {
            let mut all: Vec<AlertDelivery> =
                owldesk_store::settings::get_json(tx, DELIVERIES_KEY)?.unwrap_or_default();
            all.insert(0, d);
            all.truncate(KEEP_DELIVERIES);
            owldesk_store::settings::put_json(tx, DELIVERIES_KEY, &all)
        })
    }

    /// The outlets an escalation is pushed to: none when it is not urgent enough or, with
    /// `night_only`, when the shop was open when it was raised.
    fn outlets_for(&self, e: &Escalation) -> Result<Vec<Outlet>> {
        let view = self.night_view_at(e.created_at)?;
        let a = &view.settings.alerts;
        if e.priority > a.min_priority || (a.night_only && view.open) {
            return Ok(Vec::new());
        }
        Ok(a.outlets.clone())
    }
}

/// Starts the alert listener on the current tokio runtime; it ends when the core's event bus
/// closes.
pub fn spawn_alerts(core: Core, backoff: Backoff) -> tokio::task::JoinHandle<()> {
    let mut events = core.subscribe();
    tokio::spawn(async move {
        let client = reqwest::Client::new();
        // Escalations already pushed by this listener: an escalation that turns urgent later
        // (the buyer got upset while waiting) is pushed then, but only once.
        let mut pushed = std::collections::HashSet::new();
        loop {
            let escalation = match events.recv().await {
                Ok(DomainEvent::EscalationCreated { escalation }) => escalation,
                Ok(DomainEvent::EscalationUpdated { escalation })
                    if escalation.status == owldesk_domain::EscalationStatus::Open =>
                {
                    escalation
                }
                Ok(_) | Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => break,
            };
            if pushed.contains(&escalation.id) {
                continue;
            }
            let c = core.clone();
            let e = escalation.clone();
            let found = tokio::task::spawn_blocking(move || {
                let outlets = c.outlets_for(&e)?;
                let customer = c.conversation(&e.conversation_id)?.customer;
                Ok::<_, crate::CoreError>((outlets, customer))
            })
            .await;
            let (outlets, customer) = match found {
                Ok(Ok(v)) => v,
                Ok(Err(err)) => {
                    tracing::warn!(error = %err, "could not prepare an alert");
                    continue;
                }
                Err(err) => {
                    tracing::warn!(error = %err, "preparing an alert panicked");
                    continue;
                }
            };
            if outlets.is_empty() {
                continue;
            }
            pushed.insert(escalation.id.clone());
            let alert = Alert {
                escalation,
                customer,
            };
            for outlet in outlets {
                tokio::spawn(push(
                    core.clone(),
                    client.clone(),
                    outlet,
                    alert.clone(),
                    backoff,
                ));
            }
        }
    })
}

async fn push(core: Core, client: reqwest::Client, outlet: Outlet, alert: Alert, backoff: Backoff) {
    let (attempts, error) = deliver(&client, &outlet, &alert, backoff).await;
    if let Some(e) = &error {
        tracing::warn!(outlet = outlet.kind(), error = %e, "an alert was not delivered");
    }
    let d = AlertDelivery {
        at: core.now(),
        outlet: outlet.kind().into(),
        url: outlet.url(),
        escalation_id: alert.escalation.id.clone(),
        attempts,
        delivered: error.is_none(),
        error,
    };
    let _ = tokio::task::spawn_blocking(move || {
        if let Err(e) = core.record_delivery(d) {
            tracing::warn!(error = %e, "could not record an alert delivery");
        }
    })
    .await;
}
