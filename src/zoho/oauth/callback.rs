//! The loopback server that receives the browser at the end of the sign-in.
//!
//! It listens on `127.0.0.1` only, answers `GET /callback` and nothing else (404 for the rest,
//! `HEAD` and the browser's favicon request included), checks `state` before it looks at anything else, hands
//! exactly one callback to the sign-in, shows the browser a small page with the outcome, and then
//! stops.
//!
//! Any web page the person has open can send requests to this port, so nothing from outside can
//! end the sign-in: a request with another `Host` (DNS rebinding) or a wrong `state` gets an
//! error page and the server keeps waiting for the real callback. Only that callback, *Cancel*
//! or the time limit end it. Request headers must arrive within [`HEADER_READ_TIMEOUT`], and at
//! most [`MAX_CONNECTIONS`] are served at once (a new one closes the oldest), so connections
//! left open cannot use up the process's file handles and lock the browser out.

use std::collections::{HashMap, VecDeque};
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{
    HeaderMap, StatusCode,
    header::{ACCEPT_LANGUAGE, HOST},
};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use html_escape::encode_quoted_attribute;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::AbortHandle;

use super::redirect::CALLBACK_PATH;
use crate::i18n::{Lang, Msg, t};
use crate::zoho::error::{Error, Explain, SignInProblem};

/// What the browser brought back, once `state` has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Callback {
    /// The authorization code.
    pub code: Option<String>,
    /// Zoho's data-centre code (`us`, `eu`, …).
    pub location: Option<String>,
    /// The user's accounts server, where the code must be exchanged.
    pub accounts_server: Option<String>,
    /// An OAuth error, e.g. `access_denied`.
    pub error: Option<String>,
}

/// How long a client may take to send a request's headers (a browser sends them at once).
pub(crate) const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// How long one connection may stay open in all; the real callback's is held while the code is
/// exchanged, which has its own time limits well within this.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(120);

/// The most connections served at once; one more closes the oldest.
pub(crate) const MAX_CONNECTIONS: usize = 64;

/// What reached the sign-in from the browser: a callback with the right `state`, to be answered
/// with the page for the outcome.
pub(crate) enum Arrival {
    /// The callback and where to send the browser's page.
    Callback(Callback, oneshot::Sender<ResultPage>),
}

/// The page the browser shows at the end, worded in the browser's language when it is served.
#[derive(Debug, Clone)]
pub struct ResultPage {
    signed_in: bool,
    title: PageText,
    message: PageText,
    next: PageText,
    detail: Option<PageText>,
}

/// One text of the page: a catalog message (worded in the browser's language), one that names
/// an org, or text already worded elsewhere.
#[derive(Debug, Clone)]
pub enum PageText {
    /// A message from the catalog.
    Said(Msg),
    /// A message naming an org (Zoho's data), which the page isolates in `<bdi>` so a name in
    /// a right-to-left script does not reorder the sentence around it: the message with
    /// [`NAME_MARK`] for the name, and the name.
    Naming(Msg, String),
    /// Text as it is.
    Plain(String),
}

impl From<Msg> for PageText {
    fn from(message: Msg) -> Self {
        PageText::Said(message)
    }
}

impl From<String> for PageText {
    fn from(text: String) -> Self {
        PageText::Plain(text)
    }
}

impl From<&String> for PageText {
    fn from(text: &String) -> Self {
        PageText::Plain(text.clone())
    }
}

impl From<&str> for PageText {
    fn from(text: &str) -> Self {
        PageText::Plain(text.to_owned())
    }
}

/// Stands for the org's name while a sentence is worded and escaped; a private-use character
/// no catalog contains.
const NAME_MARK: &str = "\u{e000}";

impl PageText {
    /// The text in `lang`, HTML-escaped, with an org's name in `<bdi>`.
    fn html(&self, lang: Lang) -> String {
        match self {
            PageText::Said(message) => encode_quoted_attribute(&message.text_in(lang)).into(),
            PageText::Naming(marked, name) => {
                let around = marked.text_in(lang);
                let name = format!("<bdi>{}</bdi>", encode_quoted_attribute(name));
                encode_quoted_attribute(&around).replace(NAME_MARK, &name)
            }
            PageText::Plain(text) => encode_quoted_attribute(text).into(),
        }
    }

    /// The text in `lang` without markup, HTML-escaped: for the window's title, where `<bdi>`
    /// is not markup, so an org's name is isolated with the Unicode marks that do the same.
    fn plain_html(&self, lang: Lang) -> String {
        let text = match self {
            PageText::Said(message) => message.text_in(lang),
            PageText::Naming(marked, name) => marked
                .text_in(lang)
                .replace(NAME_MARK, &format!("\u{2068}{name}\u{2069}")),
            PageText::Plain(text) => text.clone(),
        };
        encode_quoted_attribute(&text).into()
    }
}

impl ResultPage {
    /// The page for a successful sign-in.
    pub fn signed_in() -> Self {
        Self {
            signed_in: true,
            title: t::page_signed_in_title().into(),
            message: t::page_signed_in_message().into(),
            next: t::page_close_tab().into(),
            detail: None,
        }
    }

    /// The page for a one-time grant to change the logo: the app goes on by itself.
    pub fn write_granted() -> Self {
        Self {
            signed_in: true,
            title: t::page_write_granted_title().into(),
            message: t::page_write_granted_message().into(),
            next: t::page_close_tab().into(),
            detail: None,
        }
    }

    /// The page for a sign-in that added `org` (or signed in to it again): it names the org,
    /// since Zoho's consent page let the person pick one.
    pub fn added(org: &str, renewed: bool) -> Self {
        let title = if renewed {
            PageText::Naming(t::page_renewed_title(NAME_MARK), org.to_owned())
        } else {
            PageText::Naming(t::page_added_title(NAME_MARK), org.to_owned())
        };
        Self {
            signed_in: true,
            title,
            message: PageText::Naming(t::page_added_message(NAME_MARK), org.to_owned()),
            next: t::page_close_tab().into(),
            detail: None,
        }
    }

    /// The page for a sign-in Zoho accepted that did not stick: what happened and what to do.
    pub fn not_kept(message: &str, next: &str) -> Self {
        Self {
            signed_in: false,
            title: t::page_not_completed_title().into(),
            message: message.into(),
            next: next.into(),
            detail: None,
        }
    }

    /// The page for a failed sign-in: what happened and what to do.
    pub fn failed(error: &Error) -> Self {
        Self {
            signed_in: false,
            title: t::page_not_completed_title().into(),
            message: error.summary().into(),
            next: error.resolution().into(),
            detail: error
                .zoho_code()
                .map(|code| t::page_zoho_code(code.to_owned()).into()),
        }
    }

    /// The page in `lang`, with `lang` on `<html>` for the browser's fonts and screen readers.
    fn html(&self, lang: Lang) -> String {
        let detail = self
            .detail
            .as_ref()
            .map(|detail| format!(r#"<p class="detail">{}</p>"#, detail.html(lang)))
            .unwrap_or_default();
        let (accent, mark) = if self.signed_in {
            ("#1f8a4c", "✓")
        } else {
            ("#c0392b", "!")
        };
        include_str!("../../../assets/sign-in-result.html")
            .replace("{{LANG}}", lang.tag())
            .replace("{{ACCENT}}", accent)
            .replace("{{MARK}}", mark)
            .replace("{{TITLE_TEXT}}", &self.title.plain_html(lang))
            .replace("{{TITLE}}", &self.title.html(lang))
            .replace("{{MESSAGE}}", &self.message.html(lang))
            .replace("{{NEXT}}", &self.next.html(lang))
            .replace("{{DETAIL}}", &detail)
    }
}

/// Binds the first free port of `ports` on 127.0.0.1. A port that is taken or forbidden (Windows
/// reserves some ranges) is skipped; when none works the error names them all.
pub(crate) async fn bind(ports: &[u16]) -> Result<TcpListener, Error> {
    for port in ports {
        match TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, *port))).await {
            Ok(listener) => return Ok(listener),
            Err(err)
                if matches!(
                    err.kind(),
                    io::ErrorKind::AddrInUse | io::ErrorKind::PermissionDenied
                ) =>
            {
                tracing::info!(port, "sign-in port unavailable: {err}");
            }
            Err(err) => {
                tracing::warn!(port, "could not open the sign-in port: {err}");
            }
        }
    }
    Err(Error::SignIn(SignInProblem::PortsUnavailable {
        ports: ports.to_vec(),
    }))
}

/// The server's shared state: the one-time hand-over to the sign-in, the expected `state` and
/// the port (the `Host` a browser sends for the redirect URI names it).
#[derive(Clone)]
struct Shared {
    expected_state: Arc<str>,
    port: u16,
    hand_over: Arc<Mutex<Option<oneshot::Sender<Arrival>>>>,
}

/// Serves the callback on `listener` until `stop` fires. The first request to the callback path
/// is handed to the sign-in through the returned receiver; later ones are told the sign-in is over.
pub(crate) fn serve(
    listener: TcpListener,
    expected_state: String,
    stop: oneshot::Receiver<()>,
) -> (oneshot::Receiver<Arrival>, tokio::task::JoinHandle<()>) {
    let (sender, receiver) = oneshot::channel();
    let port = listener.local_addr().map_or(0, |address| address.port());
    let shared = Shared {
        expected_state: expected_state.into(),
        port,
        hand_over: Arc::new(Mutex::new(Some(sender))),
    };
    // axum sends HEAD to a GET handler when no HEAD handler is set; a HEAD (a link checker, a
    // prefetch) must not spend the one callback, so it gets the 404 like every other method.
    let app = Router::new()
        .route(
            CALLBACK_PATH,
            get(callback).head(not_found).fallback(not_found),
        )
        .fallback(not_found)
        .with_state(shared);
    let server = tokio::spawn(accept_loop(listener, app, stop));
    (receiver, server)
}

/// Accepts connections until `stop` fires (or its sender is dropped), each served with a header
/// time limit, at most [`MAX_CONNECTIONS`] at once. Then waits for the ones still open, so the
/// result page reaches the browser; the caller bounds that wait.
async fn accept_loop(listener: TcpListener, app: Router, mut stop: oneshot::Receiver<()>) {
    let mut open: VecDeque<(AbortHandle, tokio::task::JoinHandle<()>)> = VecDeque::new();
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                // Out of file handles, or a connection reset before it was taken: pause
                // briefly instead of spinning, and keep serving.
                tracing::debug!("the sign-in receiver could not accept a connection: {err}");
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        open.retain(|(abort, _)| !abort.is_finished());
        if open.len() >= MAX_CONNECTIONS
            && let Some((oldest, _)) = open.pop_front()
        {
            oldest.abort();
        }
        let service = TowerToHyperService::new(app.clone());
        let task = tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT)
                .keep_alive(false);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            if let Ok(Err(err)) = tokio::time::timeout(CONNECTION_LIFETIME, connection).await {
                tracing::debug!("a sign-in connection ended: {err}");
            }
        });
        open.push_back((task.abort_handle(), task));
    }
    drop(listener);
    for (_, task) in open {
        let _ = task.await;
    }
}

async fn callback(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let lang = browser_language(&headers);
    let page = |status, result: &ResultPage| page(status, result, lang);
    // A page on another site, reaching this port by DNS rebinding, names its own host.
    let host_matches = headers
        .get(HOST)
        .and_then(|host| host.to_str().ok())
        .is_some_and(|host| is_loopback_host(host, shared.port));
    // The state comes next: nothing else in a request that does not carry it is looked at.
    let state_matches = query
        .get("state")
        .is_some_and(|state| constant_time_eq(state.as_bytes(), shared.expected_state.as_bytes()));
    if !host_matches || !state_matches {
        // Not this sign-in's callback: turned away, and the sign-in goes on waiting, so no
        // page the person has open can end it.
        return page(
            StatusCode::BAD_REQUEST,
            &ResultPage::failed(&Error::SignIn(SignInProblem::StateMismatch)),
        );
    }
    let sender = match shared.hand_over.lock() {
        Ok(mut slot) => slot.take(),
        Err(_) => None,
    };
    let Some(sender) = sender else {
        return page(
            StatusCode::GONE,
            &ResultPage::failed(&Error::SignIn(SignInProblem::StateMismatch)).already_over(),
        );
    };
    let callback = Callback {
        code: non_empty(&query, "code"),
        location: non_empty(&query, "location"),
        accounts_server: non_empty(&query, "accounts-server"),
        error: non_empty(&query, "error"),
    };
    let (reply, outcome) = oneshot::channel();
    if sender.send(Arrival::Callback(callback, reply)).is_err() {
        return page(
            StatusCode::GONE,
            &ResultPage::failed(&Error::SignIn(SignInProblem::Cancelled)),
        );
    }
    match outcome.await {
        Ok(result) if result.signed_in => page(StatusCode::OK, &result),
        Ok(result) => page(StatusCode::BAD_REQUEST, &result),
        Err(_) => page(
            StatusCode::GONE,
            &ResultPage::failed(&Error::SignIn(SignInProblem::Cancelled)),
        ),
    }
}

async fn not_found(headers: HeaderMap) -> Response {
    let words = t::page_not_found().text_in(browser_language(&headers));
    (StatusCode::NOT_FOUND, words).into_response()
}

/// The language the browser asks for, or English.
fn browser_language(headers: &HeaderMap) -> Lang {
    headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map_or(Lang::En, Lang::from_accept_language)
}

fn page(status: StatusCode, result: &ResultPage, lang: Lang) -> Response {
    (
        status,
        [("cache-control", "no-store")],
        Html(result.html(lang)),
    )
        .into_response()
}

impl ResultPage {
    /// The page for a callback that comes after the sign-in has ended.
    fn already_over(mut self) -> Self {
        self.title = t::page_already_over_title().into();
        self.message = t::page_already_over_message().into();
        self.next = t::page_already_over_next().into();
        self
    }
}

/// Whether a `Host` header names this server as the redirect URI does (`127.0.0.1:PORT`), or as
/// `localhost:PORT`, which some browsers send for the same address.
fn is_loopback_host(host: &str, port: u16) -> bool {
    let Some((name, host_port)) = host.trim().rsplit_once(':') else {
        return false;
    };
    host_port.parse::<u16>() == Ok(port)
        && (name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost"))
}

fn non_empty(query: &HashMap<String, String>, key: &str) -> Option<String> {
    query
        .get(key)
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

/// Compares without stopping at the first difference, so timing does not reveal the state.
fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    left.len() == right.len()
        && left
            .iter()
            .zip(right)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_escape_what_they_show() {
        let error = Error::SignIn(SignInProblem::ZohoRefused {
            error: "<script>x</script>".into(),
        });
        let html = ResultPage::failed(&error).html(Lang::En);
        assert!(!html.contains("<script>x"));
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
        assert!(!html.contains("{{"), "every placeholder is filled");
        assert!(
            ResultPage::signed_in()
                .html(Lang::En)
                .contains("You can close this tab")
        );
        let hostile = ResultPage::added("<b>Zylker</b> & Co", false).html(Lang::De);
        assert!(
            hostile.contains("<bdi>&lt;b&gt;Zylker&lt;/b&gt; &amp; Co</bdi>"),
            "{hostile}"
        );
        assert!(!hostile.contains("<b>Zylker"), "{hostile}");
        assert!(
            hostile.contains("<title>\u{2068}&lt;b&gt;Zylker&lt;/b&gt; &amp; Co\u{2069}"),
            "the window title has no markup: {hostile}"
        );
    }

    /// The page in the language `Accept-Language` asks for, through the header as a browser
    /// sends it.
    fn page_for(accept_language: &str, result: &ResultPage) -> String {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_LANGUAGE, accept_language.parse().unwrap());
        result.html(browser_language(&headers))
    }

    #[test]
    fn the_page_speaks_the_browsers_language_and_isolates_the_org_name() {
        let added = ResultPage::added("مؤسسة زيلكر", false);
        let german = page_for("de-DE,de;q=0.9", &added);
        assert!(german.contains(r#"<html lang="de">"#), "{german}");
        assert!(german.contains("<bdi>مؤسسة زيلكر</bdi>"), "{german}");
        assert!(
            german.contains("Org Viewer for Zoho CRM zeigt jetzt"),
            "{german}"
        );
        assert!(
            german.contains("Sie können diesen Tab schließen"),
            "{german}"
        );
        assert!(!german.contains("You can close this tab"), "{german}");

        let unknown = page_for("sw-KE,sw;q=0.9", &added);
        assert!(unknown.contains(r#"<html lang="en">"#), "{unknown}");
        assert!(
            unknown.contains("<bdi>مؤسسة زيلكر</bdi> was added"),
            "{unknown}"
        );
        assert!(unknown.contains("You can close this tab and go back to the app."));

        let japanese = page_for("ja,en;q=0.5", &ResultPage::signed_in());
        assert!(japanese.contains(r#"<html lang="ja">"#), "{japanese}");
        assert!(japanese.contains("サインイン"), "{japanese}");
    }

    #[test]
    fn only_this_servers_own_host_is_accepted() {
        assert!(is_loopback_host("127.0.0.1:53682", 53682));
        assert!(is_loopback_host("localhost:53682", 53682));
        assert!(!is_loopback_host("127.0.0.1:53683", 53682));
        assert!(!is_loopback_host("evil.example:53682", 53682));
        assert!(!is_loopback_host("127.0.0.1", 53682));
        assert!(!is_loopback_host("127.0.0.1.evil.example:53682", 53682));
    }

    #[test]
    fn state_comparison_needs_every_byte() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
