//! A real SMTP server on 127.0.0.1 for the tests: the `mailin` crate speaks the protocol (EHLO,
//! MAIL, RCPT, DATA, dot-stuffing, QUIT); this file hosts it on tokio and lets a test decide how
//! each message's DATA is answered: accepted (250), refused with a code, or left hanging.
use std::collections::VecDeque;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin::{Action, Handler, Response, SessionBuilder};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

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
}

struct Conn {
    shared: Arc<Mutex<Shared>>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
    /// set by a DATA end not answered with 250: the connection loop answers instead (mailin
    /// keeps a session in its DATA state after an error reply, so the handler itself says OK)
    instead: Arc<Mutex<Option<Answer>>>,
}

impl Handler for Conn {
    fn mail(&mut self, _ip: IpAddr, _domain: &str, from: &str) -> Response {
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
    pub async fn start() -> SmtpServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Mutex::new(Shared::default()));
        let server = SmtpServer { addr, shared: shared.clone() };
        tokio::spawn(async move {
            loop {
                let Ok((stream, peer)) = listener.accept().await else { return };
                let shared = shared.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, peer.ip(), shared).await;
                });
            }
        });
        server
    }

    /// `smtp://127.0.0.1:PORT` (no TLS).
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
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

async fn serve(stream: tokio::net::TcpStream, ip: IpAddr, shared: Arc<Mutex<Shared>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let instead = Arc::new(Mutex::new(None));
    let conn = Conn { shared, from: String::new(), to: vec![], data: vec![], instead: instead.clone() };
    let mut session = SessionBuilder::new("smtp.test.example").build(ip, conn);
    write.write_all(&session.greeting().buffer()?).await?;
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
                write.write_all(&Response::custom(code, text.to_string()).buffer()?).await?;
                continue;
            }
            _ => {}
        }
        match res.action {
            Action::Reply => write.write_all(&res.buffer()?).await?,
            Action::Close => {
                write.write_all(&res.buffer()?).await?;
                return Ok(());
            }
            Action::NoReply => {}
            Action::UpgradeTls => return Ok(()),
        }
    }
}
