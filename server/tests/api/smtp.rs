//! A real SMTP server on 127.0.0.1 for the tests: the `mailin` crate speaks the protocol (EHLO,
//! MAIL, RCPT, DATA, dot-stuffing, STARTTLS, AUTH PLAIN, QUIT); this file hosts it on tokio, with
//! rustls for STARTTLS or implicit TLS under a certificate made for the test, and lets a test
//! decide how each message's DATA is answered: accepted (250), refused with a code, or left
//! hanging.
use std::collections::VecDeque;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin::{Action, AuthMechanism, Handler, Response, SessionBuilder};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls;

/// How clients reach the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    None,
    /// Plain TCP, upgraded by STARTTLS.
    Starttls,
    /// TLS from the first byte (smtps).
    Implicit,
}

/// How the server answers the end of one message's DATA.
#[derive(Debug, Clone)]
pub enum Answer {
    Accept,
    /// e.g. (451, "4.3.0 Try again later")
    Refuse(u16, &'static str),
    /// No answer at all for this long (the client times out or is killed meanwhile).
    Hang(Duration),
}

/// A message the server accepted (answered 250).
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
    /// The connection was encrypted when the message came.
    pub tls: bool,
    /// The user the client authenticated as, if it did.
    pub user: Option<String>,
}

impl Received {
    /// A header's value (unfolded), case-insensitive name.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let mut out: Option<String> = None;
        for line in head.split("\r\n") {
            if line.starts_with(' ') || line.starts_with('\t') {
                if let Some(v) = out.as_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                continue;
            }
            if out.is_some() {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case(name)
            {
                out = Some(v.trim().to_string());
            }
        }
        out
    }

    /// The Subject, its RFC 2047 encoded words (`=?utf-8?b?...?=`) decoded.
    pub fn subject(&self) -> String {
        let raw = self.header("Subject").unwrap_or_default();
        let mut out = String::new();
        let mut last_encoded = false;
        for (i, word) in raw.split(' ').enumerate() {
            let lower = word.to_ascii_lowercase();
            let encoded = lower.starts_with("=?utf-8?b?") && lower.ends_with("?=") && word.len() >= 12;
            // the space between two encoded words is not part of the text; any other is
            if i > 0 && !(encoded && last_encoded) {
                out.push(' ');
            }
            if encoded {
                out.push_str(&decode_b64(&word[10..word.len() - 2]))
            } else {
                out.push_str(word)
            }
            last_encoded = encoded;
        }
        out
    }

    pub fn message_id(&self) -> String {
        self.header("Message-ID").unwrap_or_default()
    }

    /// The body's text/plain part, quoted-printable decoded.
    pub fn text(&self) -> String {
        part(&self.data, "text/plain")
    }

    pub fn html(&self) -> String {
        part(&self.data, "text/html")
    }
}

/// A part's content, decoded from quoted-printable or base64 as its headers say.
fn part(data: &str, content_type: &str) -> String {
    let Some(start) = data.find(&format!("Content-Type: {content_type}")) else { return String::new() };
    let rest = &data[start..];
    let Some(body_at) = rest.find("\r\n\r\n") else { return String::new() };
    let headers = &rest[..body_at];
    let body = &rest[body_at + 4..];
    let body = body.split("\r\n--").next().unwrap_or(body);
    if headers.contains("quoted-printable") {
        decode_qp(body)
    } else if headers.contains("base64") {
        decode_b64(&body.replace("\r\n", ""))
    } else {
        body.to_string()
    }
}

fn decode_qp(s: &str) -> String {
    let mut bytes = Vec::new();
    let raw = s.replace("=\r\n", "");
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'='
            && i + 3 <= b.len()
            && let Ok(v) = u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
        {
            bytes.push(v);
            i += 3;
            continue;
        }
        bytes.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
}

fn decode_b64(s: &str) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let Some(v) = T.iter().position(|t| *t == c) else { continue };
        buf = (buf << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

#[derive(Default)]
struct Shared {
    accepted: Vec<Received>,
    answers: VecDeque<Answer>,
    /// DATA ends answered so far, whatever the answer
    data_ends: usize,
    hanging: usize,
}

#[derive(Clone)]
pub struct SmtpServer {
    pub addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    /// The server certificate (PEM): a client trusts it as its root.
    pub cert_pem: String,
    tls: Tls,
}

struct Conn {
    shared: Arc<Mutex<Shared>>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
    /// set by a DATA end not answered with 250: the connection loop answers instead (mailin
    /// keeps a session in its DATA state after an error reply, so the handler itself says OK)
    instead: Arc<Mutex<Option<Answer>>>,
    tls: Arc<AtomicBool>,
    /// the accepted user and password (AUTH PLAIN), and who logged in
    credentials: Option<(String, String)>,
    user: Option<String>,
}

impl Handler for Conn {
    fn auth_plain(&mut self, _authorization_id: &str, user: &str, password: &str) -> Response {
        match &self.credentials {
            Some((u, p)) if u == user && p == password => {
                self.user = Some(user.to_string());
                mailin::response::AUTH_OK
            }
            _ => mailin::response::INVALID_CREDENTIALS,
        }
    }

    fn mail(&mut self, _ip: IpAddr, _domain: &str, from: &str) -> Response {
        if self.credentials.is_some() && self.user.is_none() {
            return mailin::response::AUTHENTICATION_REQUIRED;
        }
        self.from = from.to_string();
        self.to.clear();
        self.data.clear();
        mailin::response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        self.to.push(to.to_string());
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let mut s = self.shared.lock().unwrap();
        s.data_ends += 1;
        match s.answers.pop_front().unwrap_or(Answer::Accept) {
            Answer::Accept => {
                s.accepted.push(Received {
                    from: self.from.clone(),
                    to: self.to.clone(),
                    data: String::from_utf8_lossy(&self.data).to_string(),
                    tls: self.tls.load(Ordering::SeqCst),
                    user: self.user.clone(),
                });
                mailin::response::OK
            }
            other => {
                if matches!(other, Answer::Hang(_)) {
                    s.hanging += 1;
                }
                *self.instead.lock().unwrap() = Some(other);
                mailin::response::OK
            }
        }
    }
}

impl SmtpServer {
    /// Plain SMTP, no authentication.
    pub async fn start() -> SmtpServer {
        SmtpServer::start_with(Tls::None, None).await
    }

    /// With TLS and, given credentials, AUTH PLAIN required before MAIL (offered only over TLS).
    pub async fn start_with(tls: Tls, credentials: Option<(&str, &str)>) -> SmtpServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Mutex::new(Shared::default()));
        let key = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()]).unwrap();
        let cert_pem = key.cert.pem();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![key.cert.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(key.signing_key.serialize_der().into()),
            )
            .unwrap();
        let acceptor = TlsAcceptor::from(Arc::new(config));
        let credentials = credentials.map(|(u, p)| (u.to_string(), p.to_string()));
        let server = SmtpServer { addr, shared: shared.clone(), cert_pem, tls };
        tokio::spawn(async move {
            loop {
                let Ok((stream, peer)) = listener.accept().await else { return };
                let (shared, acceptor, credentials) = (shared.clone(), acceptor.clone(), credentials.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, peer.ip(), shared, tls, acceptor, credentials).await;
                });
            }
        });
        server
    }

    /// `smtp://127.0.0.1:PORT`, `smtp://127.0.0.1:PORT?tls=required` or `smtps://127.0.0.1:PORT`,
    /// with `user:password@` when given.
    pub fn url_with(&self, login: Option<(&str, &str)>) -> String {
        let creds = login.map(|(u, p)| format!("{u}:{p}@")).unwrap_or_default();
        match self.tls {
            Tls::None => format!("smtp://{creds}{}", self.addr),
            Tls::Starttls => format!("smtp://{creds}{}?tls=required", self.addr),
            Tls::Implicit => format!("smtps://{creds}{}", self.addr),
        }
    }

    /// `smtp://127.0.0.1:PORT` (no TLS).
    pub fn url(&self) -> String {
        self.url_with(None)
    }

    /// How the next DATA ends are answered, in order (then: accepted).
    pub fn answer(&self, answers: Vec<Answer>) {
        self.shared.lock().unwrap().answers = answers.into();
    }

    pub fn accepted(&self) -> Vec<Received> {
        self.shared.lock().unwrap().accepted.clone()
    }

    pub fn hanging(&self) -> usize {
        self.shared.lock().unwrap().hanging
    }

    pub fn data_ends(&self) -> usize {
        self.shared.lock().unwrap().data_ends
    }

    /// Messages accepted for `to`.
    pub fn for_recipient(&self, to: &str) -> Vec<Received> {
        self.accepted().into_iter().filter(|m| m.to.iter().any(|t| t == to)).collect()
    }
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

async fn serve(
    stream: tokio::net::TcpStream,
    ip: IpAddr,
    shared: Arc<Mutex<Shared>>,
    tls: Tls,
    acceptor: TlsAcceptor,
    credentials: Option<(String, String)>,
) -> std::io::Result<()> {
    let instead = Arc::new(Mutex::new(None));
    let tls_up = Arc::new(AtomicBool::new(tls == Tls::Implicit));
    let mut builder = SessionBuilder::new("smtp.test.example");
    if tls == Tls::Starttls {
        builder.enable_start_tls();
    }
    if credentials.is_some() {
        builder.enable_auth(AuthMechanism::Plain);
    }
    let conn = Conn {
        shared,
        from: String::new(),
        to: vec![],
        data: vec![],
        instead: instead.clone(),
        tls: tls_up.clone(),
        credentials,
        user: None,
    };
    let mut session = builder.build(ip, conn);
    let mut io: Box<dyn Io> = Box::new(stream);
    if tls == Tls::Implicit {
        io = Box::new(acceptor.accept(io).await?);
        session.tls_active();
    }
    let mut lines = BufReader::new(io);
    lines.get_mut().write_all(&session.greeting().buffer()?).await?;
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let res = session.process(&line);
        let other = instead.lock().unwrap().take();
        match other {
            Some(Answer::Hang(d)) => {
                tokio::time::sleep(d).await;
                return Ok(());
            }
            Some(Answer::Refuse(code, text)) => {
                lines.get_mut().write_all(&Response::custom(code, text.to_string()).buffer()?).await?;
                continue;
            }
            _ => {}
        }
        match res.action {
            Action::Reply => lines.get_mut().write_all(&res.buffer()?).await?,
            Action::Close => {
                lines.get_mut().write_all(&res.buffer()?).await?;
                return Ok(());
            }
            Action::NoReply => {}
            Action::UpgradeTls => {
                lines.get_mut().write_all(&res.buffer()?).await?;
                let plain = lines.into_inner();
                lines = BufReader::new(Box::new(acceptor.accept(plain).await?));
                session.tls_active();
                tls_up.store(true, Ordering::SeqCst);
            }
        }
    }
}
