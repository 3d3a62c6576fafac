//! Phone alerts: where urgent escalations are pushed when the owner is not at the desk.
//!
//! Each outlet speaks one protocol: a generic webhook (JSON POST signed with HMAC-SHA256), ntfy
//! (a topic URL, self-hosted or public), and a WeCom group robot webhook (企业微信群机器人).
//! Which escalations are pushed is [`AlertSettings`]' choice; delivering them (with retries) is
//! `core::alerts`'.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{DomainError, Priority};

/// One place alerts go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outlet {
    /// A JSON POST to any URL, with `X-Owldesk-Signature: sha256=<hex HMAC of the body>`.
    Webhook {
        /// Where to POST.
        url: String,
        /// The HMAC key the receiver checks the signature with (at least 16 characters).
        secret: String,
    },
    /// An ntfy topic URL (`https://ntfy.sh/my-shop-alerts`).
    Ntfy {
        /// The topic URL.
        url: String,
        /// An access token for a protected topic.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        token: Option<String>,
    },
    /// A WeCom group robot webhook (`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...`).
    Wecom {
        /// The robot's webhook URL.
        url: String,
    },
    /// An email through an SMTP server.
    Email {
        /// The SMTP server's host name.
        host: String,
        /// Its port (587 for STARTTLS, 465 for TLS).
        port: u16,
        /// How the connection is secured.
        #[serde(default)]
        security: SmtpSecurity,
        /// The login, if the server wants one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        username: Option<String>,
        /// The password for `username`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password: Option<String>,
        /// The sender address.
        from: String,
        /// The owner's address.
        to: String,
    },
}

/// How an SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SmtpSecurity {
    /// Plain connection upgraded with STARTTLS (port 587).
    #[default]
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a server on this machine.
    None,
}

impl Outlet {
    /// The outlet's URL (for email, `smtp://host:port`).
    pub fn url(&self) -> String {
        match self {
            Self::Webhook { url, .. } | Self::Ntfy { url, .. } | Self::Wecom { url } => url.clone(),
            Self::Email { host, port, .. } => format!("smtp://{host}:{port}"),
        }
    }

    /// The outlet's kind as written in settings.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Webhook { .. } => "webhook",
            Self::Ntfy { .. } => "ntfy",
            Self::Wecom { .. } => "wecom",
            Self::Email { .. } => "email",
        }
    }
}

/// Which escalations are pushed, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AlertSettings {
    /// The outlets (none: no phone alerts).
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    /// Only outside business hours (default), when nobody is at the desk.
    #[serde(default = "yes")]
    pub night_only: bool,
    /// The least urgent priority pushed (default `urgent`).
    #[serde(default = "urgent")]
    pub min_priority: Priority,
}

fn yes() -> bool {
    true
}

fn urgent() -> Priority {
    Priority::Urgent
}

impl Default for AlertSettings {
    fn default() -> Self {
        Self {
            outlets: Vec::new(),
            night_only: true,
            min_priority: Priority::Urgent,
        }
    }
}

impl AlertSettings {
    /// Checks every outlet: an http(s) URL, and a webhook secret of at least 16 characters.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the field (`alerts.outlets[1].url`).
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.outlets.len() > 10 {
            return Err(DomainError::invalid("alerts.outlets", "at most 10 outlets"));
        }
        for (i, o) in self.outlets.iter().enumerate() {
            if let Outlet::Email { host, from, to, .. } = o {
                check_email(i, host, from, to)?;
                continue;
            }
            let url = o.url();
            let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
            if !scheme_ok || url.len() < 10 || url.chars().any(char::is_whitespace) {
                return Err(DomainError::invalid(
                    format!("alerts.outlets[{i}].url"),
                    format!("{url:?} is not an http(s) URL"),
                ));
            }
            if let Outlet::Webhook { secret, .. } = o
                && secret.chars().count() < 16
            {
                return Err(DomainError::invalid(
                    format!("alerts.outlets[{i}].secret"),
                    "must be at least 16 characters",
                ));
            }
        }
        Ok(())
    }
}

/// One attempt at pushing an escalation to an outlet, as the owner sees it in the settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AlertDelivery {
    /// When the delivery ended (delivered or given up).
    #[schema(value_type = String)]
    pub at: jiff::Timestamp,
    /// The outlet's kind (`webhook`, `ntfy`, `wecom`).
    pub outlet: String,
    /// The outlet's URL.
    pub url: String,
    /// The escalation pushed.
    pub escalation_id: crate::EscalationId,
    /// How many requests were made.
    pub attempts: u32,
    /// True when the outlet accepted it.
    pub delivered: bool,
    /// Why it failed, if it did.
    #[serde(default)]
    pub error: Option<String>,
}

fn check_email(i: usize, host: &str, from: &str, to: &str) -> Result<(), DomainError> {
    if host.trim().is_empty() || host.chars().any(char::is_whitespace) {
        return Err(DomainError::invalid(
            format!("alerts.outlets[{i}].host"),
            "must be a host name",
        ));
    }
    for (field, addr) in [("from", from), ("to", to)] {
        let ok = addr
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && (b.contains('.') || b == "localhost"));
        if !ok || addr.chars().any(char::is_whitespace) {
            return Err(DomainError::invalid(
                format!("alerts.outlets[{i}].{field}"),
                format!("{addr:?} is not an email address"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_read_as_written_and_are_checked() {
        let a: AlertSettings = serde_json::from_str(
            r#"{"outlets": [{"kind": "ntfy", "url": "https://ntfy.sh/owl"},
                            {"kind": "webhook", "url": "http://127.0.0.1:9/x", "secret": "short"}]}"#,
        )
        .unwrap();
        assert!(a.night_only, "night only unless said otherwise");
        assert_eq!(a.min_priority, Priority::Urgent);
        assert_eq!(
            a.validate(),
            Err(DomainError::invalid(
                "alerts.outlets[1].secret",
                "must be at least 16 characters"
            ))
        );
        let bad = AlertSettings {
            outlets: vec![Outlet::Wecom {
                url: "ftp://x".into(),
            }],
            ..AlertSettings::default()
        };
        assert!(
            matches!(bad.validate(), Err(DomainError::Invalid { field, .. }) if field == "alerts.outlets[0].url")
        );
    }
}
