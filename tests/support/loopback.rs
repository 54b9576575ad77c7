//! Small servers on 127.0.0.1 that play what the simulated Zoho cannot: a trap that counts every
//! connection, a server that redirects every request, a token endpoint that records what the app
//! sends, a CRM that streams a body of no declared length, and a socket that never completes a
//! connection.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::task::JoinHandle;
use url::Url;
use zoho_org_viewer::zoho::Error;
use zoho_org_viewer::zoho::error::{Resource, Unreadable};

/// A listening socket on 127.0.0.1 whose accept queue is full and never drained. Linux drops the
/// handshake of any further connection, so connecting hangs as it does towards a host whose
/// packets are lost, without a packet leaving this computer.
pub struct FullBacklog {
    /// Its base URL, usable as an API domain.
    pub url: Url,
    _listener: TcpListener,
    _queued: Vec<TcpStream>,
}

impl FullBacklog {
    /// Listens with the smallest backlog and connects until a connection no longer completes.
    pub async fn start() -> FullBacklog {
        const HANDSHAKE: Duration = Duration::from_millis(500);
        let socket = TcpSocket::new_v4().expect("a socket");
        socket
            .bind((Ipv4Addr::LOCALHOST, 0).into())
            .expect("a loopback port");
        let address = socket.local_addr().expect("its address");
        let listener = socket.listen(0).expect("listening");
        let mut queued = Vec::new();
        while let Ok(connected) = tokio::time::timeout(HANDSHAKE, TcpStream::connect(address)).await
        {
            queued.push(connected.expect("a queued connection"));
            assert!(queued.len() < 64, "the accept queue never filled up");
        }
        FullBacklog {
            url: Url::parse(&format!("http://{address}/")).expect("the socket's URL"),
            _listener: listener,
            _queued: queued,
        }
    }
}

async fn bind() -> (TcpListener, SocketAddr) {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    (listener, address)
}

/// Counts every TCP connection that reaches it, and answers none: a place a secret must never go.
pub struct Tripwire {
    /// Where it listens.
    pub address: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Tripwire {
    /// Starts listening.
    pub async fn start() -> Tripwire {
        let (listener, address) = bind().await;
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&connections);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                counted.fetch_add(1, Ordering::SeqCst);
                drop(stream);
            }
        });
        Tripwire {
            address,
            connections,
            task,
        }
    }

    /// How many connections arrived so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Tripwire {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Answers every request, whatever its method or path, with `307 Temporary Redirect` to one
/// place: a 307 keeps the method and body, so a client that followed it would resend a POST's
/// client secret or a GET's `Authorization` header there.
pub struct Redirector {
    /// Its base URL, `http://127.0.0.1:PORT/`, usable as an accounts server or an API domain.
    pub url: Url,
    requests: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Redirector {
    /// Starts redirecting everything to `target`.
    pub async fn start(target: &Url) -> Redirector {
        let (listener, address) = bind().await;
        let requests = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&requests);
        let location = target.to_string();
        let app = Router::new().fallback(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            let location = location.clone();
            async move {
                (
                    StatusCode::TEMPORARY_REDIRECT,
                    [(axum::http::header::LOCATION, location)],
                )
            }
        });
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Redirector {
            url: Url::parse(&format!("http://{address}/")).expect("the redirector's URL"),
            requests,
            task,
        }
    }

    /// How many requests it has redirected so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// A redirector sending everything to `path` on a tripwire, which counts anything that
    /// follows the redirect.
    pub async fn to_tripwire(path: &str) -> (Redirector, Tripwire) {
        let tripwire = Tripwire::start().await;
        let target =
            Url::parse(&format!("http://{}{path}", tripwire.address)).expect("the tripwire's URL");
        (Redirector::start(&target).await, tripwire)
    }
}

/// The error the app gives for a request to `resource` that a [`Redirector`] sent on to
/// `tripwire` (it names only the host it was sent to, and goes no further).
pub fn redirect_refused(resource: Resource, tripwire: &Tripwire) -> Error {
    Error::Unreadable {
        resource,
        problem: Unreadable::Redirected,
        http_status: 307,
        detail: format!(
            "HTTP 307 Temporary Redirect, pointing to {}",
            tripwire.address
        ),
    }
}

impl Drop for Redirector {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// One request the token recorder received.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// Its headers.
    pub headers: HeaderMap,
    /// Its body, as text.
    pub body: String,
}

impl RecordedRequest {
    /// The form fields of the body.
    pub fn form(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(self.body.as_bytes())
            .into_owned()
            .collect()
    }

    /// The value of one form field.
    pub fn field(&self, name: &str) -> Option<String> {
        self.form()
            .into_iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }
}

#[derive(Clone)]
struct RecorderState {
    requests: Arc<Mutex<Vec<RecordedRequest>>>,
    api_domain: String,
}

/// A Zoho-shaped token endpoint (`POST /oauth/v2/token`) that records each request and answers
/// with a fixed, well-formed token reply naming `api_domain`.
pub struct TokenRecorder {
    /// Its base URL, `http://127.0.0.1:PORT/`.
    pub url: Url,
    requests: Arc<Mutex<Vec<RecordedRequest>>>,
    task: JoinHandle<()>,
}

/// The access token the recorder hands out.
pub const RECORDED_ACCESS_TOKEN: &str = "1000.recordedaccess.token";
/// The refresh token the recorder hands out.
pub const RECORDED_REFRESH_TOKEN: &str = "1000.recordedrefresh.token";

impl TokenRecorder {
    /// Starts the recorder.
    pub async fn start(api_domain: &Url) -> TokenRecorder {
        let (listener, address) = bind().await;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let state = RecorderState {
            requests: Arc::clone(&requests),
            api_domain: api_domain.as_str().trim_end_matches('/').to_owned(),
        };
        let app = Router::new()
            .route("/oauth/v2/token", post(record))
            .with_state(state);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        TokenRecorder {
            url: Url::parse(&format!("http://{address}/")).expect("the recorder's URL"),
            requests,
            task,
        }
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.requests.lock().expect("the recorder's list").clone()
    }
}

impl Drop for TokenRecorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn record(
    State(state): State<RecorderState>,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    state
        .requests
        .lock()
        .expect("the recorder's list")
        .push(RecordedRequest {
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        });
    (
        StatusCode::OK,
        [("content-type", "application/json;charset=UTF-8")],
        json!({
            "access_token": RECORDED_ACCESS_TOKEN,
            "refresh_token": RECORDED_REFRESH_TOKEN,
            "scope": "ZohoCRM.org.READ",
            "api_domain": state.api_domain,
            "token_type": "Bearer",
            "expires_in": 3600
        })
        .to_string(),
    )
}

/// A CRM that answers every request with HTTP 200 and a chunked body of `total` bytes and no
/// `Content-Length`: `prefix`, then `padding` bytes. A client can only stop it with its own cap.
pub struct EndlessBody {
    /// Its base URL, usable as an API domain.
    pub url: Url,
    written: Arc<AtomicU64>,
    task: JoinHandle<()>,
}

impl EndlessBody {
    /// Starts serving.
    pub async fn start(
        content_type: &'static str,
        prefix: Vec<u8>,
        padding: u8,
        total: u64,
    ) -> EndlessBody {
        let (listener, address) = bind().await;
        let written = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&written);
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let prefix = prefix.clone();
                let counter = Arc::clone(&counter);
                tokio::spawn(async move {
                    // Read the request head; its content does not matter.
                    let mut head = Vec::new();
                    let mut buffer = [0u8; 1024];
                    while !head.windows(4).any(|window| window == b"\r\n\r\n") {
                        match stream.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(read) => head.extend_from_slice(&buffer[..read]),
                        }
                    }
                    let start = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n"
                    );
                    if stream.write_all(start.as_bytes()).await.is_err() {
                        return;
                    }
                    let mut sent = 0u64;
                    let mut first = Some(prefix);
                    while sent < total {
                        let mut chunk = first.take().unwrap_or_default();
                        let room = usize::try_from(total - sent).unwrap_or(usize::MAX);
                        let fill = (64 * 1024usize).min(room).saturating_sub(chunk.len());
                        chunk.resize(chunk.len() + fill, padding);
                        chunk.truncate(room);
                        let framed = [
                            format!("{:x}\r\n", chunk.len()).into_bytes(),
                            chunk.clone(),
                            b"\r\n".to_vec(),
                        ]
                        .concat();
                        if stream.write_all(&framed).await.is_err() {
                            return;
                        }
                        sent += chunk.len() as u64;
                        counter.store(sent, Ordering::SeqCst);
                    }
                    let _ = stream.write_all(b"0\r\n\r\n").await;
                });
            }
        });
        EndlessBody {
            url: Url::parse(&format!("http://{address}/")).expect("the server's URL"),
            written,
            task,
        }
    }

    /// How many body bytes it managed to hand to the connection.
    pub fn written(&self) -> u64 {
        self.written.load(Ordering::SeqCst)
    }
}

impl Drop for EndlessBody {
    fn drop(&mut self) {
        self.task.abort();
    }
}
