//! Outgoing e-mail over SMTP with lettre: no TLS, STARTTLS or implicit TLS, optional
//! authentication, all from configuration. Without `smtp_url` nothing is sent: messages wait in
//! the outbox, where administrators see them. Messages are built here once (with their
//! Message-ID) and stored whole, so a retry sends the very same bytes.
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::config::{Config, redact_url};

/// The SMTP side of the outbox, cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    smtp: Option<Arc<Smtp>>,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    timeout: Duration,
    shown: String,
}

/// Why a message was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Try again later: a 4xx reply, a timeout, a refused or broken connection.
    #[error("{0}")]
    Temporary(String),
    /// The server refused the message for good (5xx).
    #[error("{0}")]
    Permanent(String),
    /// No SMTP server is configured.
    #[error("no SMTP server is configured")]
    NotConfigured,
}

/// A message ready for the outbox.
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub raw: String,
}

/// The parts of one e-mail.
pub struct Compose<'a> {
    pub to_name: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub text: String,
    pub html: String,
    pub message_id: String,
    /// List-Unsubscribe target (one-click, RFC 8058); None for required notices only.
    pub unsubscribe: Option<&'a str>,
}

impl Mailer {
    pub fn from_config(cfg: &Config) -> Result<Mailer, String> {
        let from = match &cfg.smtp_from {
            Some(f) => f.parse::<Mailbox>().map_err(|e| format!("smtp_from: '{f}' is not an address ({e})"))?,
            None => {
                let host = host_of(&cfg.base_url);
                let domain = if host.contains('.') && !host.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    host
                } else {
                    "localhost".to_string()
                };
                format!("Gemba <gemba@{domain}>").parse::<Mailbox>().map_err(|e| format!("smtp_from: {e}"))?
            }
        };
        let smtp = match &cfg.smtp_url {
            None => None,
            Some(url) => Some(Arc::new(smtp_transport(url, cfg)?)),
        };
        Ok(Mailer { from, smtp })
    }

    /// Whether an SMTP server is configured (otherwise messages stay in the outbox).
    pub fn configured(&self) -> bool {
        self.smtp.is_some()
    }

    /// The configured server, with any password hidden.
    pub fn describe(&self) -> Option<String> {
        self.smtp.as_ref().map(|s| s.shown.clone())
    }

    /// The domain of the From address: Message-IDs are made under it.
    pub fn domain(&self) -> String {
        self.from.email.domain().to_string()
    }

    /// Builds a multipart/alternative message (text/plain first, text/html last) with its
    /// Message-ID and, for optional notices, List-Unsubscribe and List-Unsubscribe-Post.
    pub fn build(&self, c: Compose<'_>) -> Result<Outgoing, String> {
        let to_addr: Address = c.to.parse().map_err(|e| format!("'{}' is not an e-mail address ({e})", c.to))?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(Some(c.to_name.to_string()), to_addr))
            .subject(c.subject)
            .message_id(Some(c.message_id.clone()));
        if let Some(url) = c.unsubscribe {
            b = b
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_string(),
                ));
        }
        let msg = b.multipart(MultiPart::alternative_plain_html(c.text, c.html)).map_err(|e| e.to_string())?;
        let raw = String::from_utf8(msg.formatted()).map_err(|e| format!("message is not ASCII: {e}"))?;
        Ok(Outgoing { to: c.to.to_string(), subject: c.subject.to_string(), message_id: c.message_id, raw })
    }

    /// One SMTP conversation delivering `raw` to `to`; the server's reply on success.
    pub async fn send(&self, to: &str, raw: &str) -> Result<String, SendError> {
        let smtp = self.smtp.as_ref().ok_or(SendError::NotConfigured)?;
        let to: Address = to.parse().map_err(|e| SendError::Permanent(format!("bad recipient address: {e}")))?;
        let envelope = lettre::address::Envelope::new(Some(self.from.email.clone()), vec![to])
            .map_err(|e| SendError::Permanent(e.to_string()))?;
        // lettre's own timeout covers only connecting: bound the whole conversation
        match tokio::time::timeout(smtp.timeout, smtp.transport.send_raw(&envelope, raw.as_bytes())).await {
            Err(_) => {
                Err(SendError::Temporary(format!("no answer from the SMTP server within {} s", smtp.timeout.as_secs())))
            }
            Ok(Ok(reply)) => Ok(format!("{} {}", reply.code(), reply.message().collect::<Vec<_>>().join(" "))),
            Ok(Err(e)) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Ok(Err(e)) => Err(SendError::Temporary(e.to_string())),
        }
    }
}

fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?']).next().unwrap_or(rest);
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if hostport.starts_with('[') {
        hostport.split(']').next().unwrap_or(hostport).trim_start_matches('[')
    } else {
        hostport.split(':').next().unwrap_or(hostport)
    };
    host.to_string()
}

fn smtp_transport(url: &str, cfg: &Config) -> Result<Smtp, String> {
    let shown = redact_url(url);
    let bad = |e: &dyn std::fmt::Display| format!("smtp_url {shown}: {e}");
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| bad(&e))?;
    if let Some(path) = &cfg.smtp_ca_file {
        let pem = std::fs::read(path).map_err(|e| format!("smtp_ca_file {}: {e}", path.display()))?;
        let cert = Certificate::from_pem(&pem).map_err(|e| format!("smtp_ca_file {}: {e}", path.display()))?;
        let params = TlsParameters::builder(host_of(url))
            .add_root_certificate(cert)
            .build()
            .map_err(|e| format!("smtp_ca_file {}: {e}", path.display()))?;
        let query = url.split_once('?').map_or("", |(_, q)| q);
        builder = if url.starts_with("smtps://") {
            builder.tls(Tls::Wrapper(params))
        } else if query.contains("tls=required") {
            builder.tls(Tls::Required(params))
        } else if query.contains("tls=opportunistic") {
            builder.tls(Tls::Opportunistic(params))
        } else {
            builder
        };
    }
    let transport = builder.timeout(Some(cfg.smtp_timeout)).build();
    Ok(Smtp { transport, timeout: cfg.smtp_timeout, shown })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(pairs: &[(&str, &str)]) -> Config {
        let env: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_sources(None, &env).unwrap()
    }

    #[test]
    fn every_tls_mode_and_auth_comes_from_the_url() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://user:secret@mx.example:587?tls=required",
            "smtp://mx.example?tls=opportunistic",
            "smtps://user:secret@mx.example:465",
        ] {
            let m = Mailer::from_config(&cfg(&[("GEMBA_SMTP_URL", url)])).unwrap();
            assert!(m.configured(), "{url}");
            assert!(!m.describe().unwrap().contains("secret"));
        }
        let m = Mailer::from_config(&cfg(&[])).unwrap();
        assert!(!m.configured(), "no smtp_url: nothing is sent");
        let err = Mailer::from_config(&cfg(&[("GEMBA_SMTP_URL", "smtp://mx.example?tls=sometimes")])).err().unwrap();
        assert!(err.starts_with("smtp_url"), "{err}");
    }

    #[test]
    fn from_address_defaults_to_the_public_host() {
        let m = Mailer::from_config(&cfg(&[("GEMBA_BASE_URL", "https://gemba.plant.example:8443/")])).unwrap();
        assert_eq!(m.domain(), "gemba.plant.example");
        let m = Mailer::from_config(&cfg(&[("GEMBA_BASE_URL", "http://127.0.0.1:3000")])).unwrap();
        assert_eq!(m.domain(), "localhost");
        let err = Mailer::from_config(&cfg(&[("GEMBA_SMTP_FROM", "not an address")])).err().unwrap();
        assert!(err.starts_with("smtp_from"), "{err}");
    }

    #[test]
    fn messages_are_alternative_text_first_with_their_headers() {
        let m = Mailer::from_config(&cfg(&[("GEMBA_SMTP_FROM", "Gemba <gemba@plant.example>")])).unwrap();
        let out = m
            .build(Compose {
                to_name: "Tomás Técnico",
                to: "tech@plant.example",
                subject: "Gemba: 1 overdue",
                text: "plain body".into(),
                html: "<p>html body</p>".into(),
                message_id: "<reminder.digest.x@plant.example>".into(),
                unsubscribe: Some("https://gemba.plant.example/unsubscribe/t0k"),
            })
            .unwrap();
        let raw = &out.raw;
        assert!(raw.contains("Message-ID: <reminder.digest.x@plant.example>"), "{raw}");
        assert!(raw.contains("List-Unsubscribe: <https://gemba.plant.example/unsubscribe/t0k>"), "{raw}");
        assert!(raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "{raw}");
        assert!(raw.contains("multipart/alternative"), "{raw}");
        let (plain, html) = (raw.find("text/plain").unwrap(), raw.find("text/html").unwrap());
        assert!(plain < html, "text/plain first, text/html last");
        assert!(raw.is_ascii());
    }
}
