//! The four servers (accounts and CRM API, each in "us" and "eu"), and the layer in front of them
//! that counts requests (in all and per org), adds latency and answers with injected faults.

use std::{io, sync::Arc, time::Duration};

use axum::{
    Router,
    body::{Body, Bytes, to_bytes},
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, Method, StatusCode, header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::json;
use tokio::{net::TcpListener, sync::oneshot};

use super::{
    DataCentre, Endpoint, Fault,
    accounts::{self, AccountsServer, Params},
    crm,
    listener::{Connection, SimListener},
    pages::error_page,
    photo_change, reply,
    state::{OrgIndex, Shared, random_token},
};

/// The largest request body the sim reads; Zoho's token requests are a few hundred bytes.
const MAX_REQUEST_BODY: usize = 64 * 1024;

/// The largest logo upload the sim reads, well past Zoho's 1 MB so that the size rule, not the
/// cap, answers a file a little too large.
const MAX_UPLOAD_BODY: usize = 32 * 1024 * 1024;

/// How long a truncated body waits, after sending its first half, before the connection is cut,
/// so the half is on the wire first.
const TRUNCATION_PAUSE: Duration = Duration::from_millis(50);

/// A 502 page as a reverse proxy in front of Zoho would send it.
const PROXY_ERROR_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// The page a hotel or airport Wi-Fi portal sends in place of whatever was asked for.
const CAPTIVE_PORTAL_PAGE: &str = "<!DOCTYPE html>\n<html>\n<head><title>Guest Wi-Fi</title></head>\n\
<body>\n<h1>Welcome to Guest Wi-Fi</h1>\n<p>Accept the terms of use to go online.</p>\n\
<form method=\"post\" action=\"/login\"><button>Accept and connect</button></form>\n</body>\n</html>\n";

/// Serves the four servers until `shutdown` fires (or the sender is dropped).
pub(crate) async fn run(
    shared: Arc<Shared>,
    [us, eu, us_crm, eu_crm]: [TcpListener; 4],
    shutdown: oneshot::Receiver<()>,
) {
    let serve = |listener: TcpListener, router: Router| {
        axum::serve(
            SimListener::new(listener),
            router.into_make_service_with_connect_info::<Connection>(),
        )
        .into_future()
    };
    let result = tokio::select! {
        result = serve(us, accounts_router(Arc::clone(&shared), DataCentre::Us)) => result,
        result = serve(eu, accounts_router(Arc::clone(&shared), DataCentre::Eu)) => result,
        result = serve(us_crm, crm_router(Arc::clone(&shared), DataCentre::Us)) => result,
        result = serve(eu_crm, crm_router(Arc::clone(&shared), DataCentre::Eu)) => result,
        _ = shutdown => Ok(()),
    };
    if let Err(error) = result {
        tracing::error!("the simulated Zoho stopped serving: {error}");
    }
}

/// Which kind of server a request reached, to tell its endpoints apart.
#[derive(Clone)]
struct Front {
    shared: Arc<Shared>,
    crm: bool,
}

impl Front {
    fn endpoint(&self, method: &Method, path: &str) -> Option<Endpoint> {
        match (self.crm, path) {
            (true, "/crm/v7/org") => Some(Endpoint::Org),
            (true, "/crm/v7/org/photo") => Some(match *method {
                Method::POST => Endpoint::PhotoUpload,
                Method::DELETE => Endpoint::PhotoDelete,
                _ => Endpoint::Photo,
            }),
            (false, "/oauth/v2/auth") => Some(Endpoint::Authorize),
            (false, "/oauth/v2/token") => Some(Endpoint::Token),
            (false, "/oauth/v2/token/revoke") => Some(Endpoint::Revoke),
            _ => None,
        }
    }
}

fn accounts_router(shared: Arc<Shared>, data_centre: DataCentre) -> Router {
    let front = Front {
        shared: Arc::clone(&shared),
        crm: false,
    };
    Router::new()
        .route("/oauth/v2/auth", get(accounts::authorize))
        .route(accounts::CONSENT_PATH, post(accounts::consent))
        .route("/oauth/v2/token", post(accounts::token))
        .route("/oauth/v2/token/revoke", post(accounts::revoke))
        .fallback(accounts::not_found)
        .with_state(AccountsServer {
            shared,
            data_centre,
        })
        .layer(middleware::from_fn_with_state(front, intercept))
}

fn crm_router(shared: Arc<Shared>, data_centre: DataCentre) -> Router {
    let front = Front {
        shared: Arc::clone(&shared),
        crm: true,
    };
    Router::new()
        .route("/crm/v7/org", get(crm::org).fallback(crm::invalid_method))
        .route(
            "/crm/v7/org/photo",
            get(crm::photo)
                .post(photo_change::upload)
                .delete(photo_change::delete)
                .fallback(crm::invalid_method),
        )
        .fallback(crm::unknown_url)
        .with_state(crm::CrmServer {
            shared,
            data_centre,
        })
        .layer(middleware::from_fn_with_state(front, intercept))
}

/// Counts the request, waits out the endpoint's latency, then answers with the next fault for
/// the endpoint or passes the request on.
async fn intercept(State(front): State<Front>, request: Request, next: Next) -> Response {
    let Some(endpoint) = front.endpoint(request.method(), request.uri().path()) else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    // Read the body here so the token endpoint's grant type can be counted even when a fault
    // answers instead of the handler.
    let limit = if endpoint == Endpoint::PhotoUpload {
        MAX_UPLOAD_BODY
    } else {
        MAX_REQUEST_BODY
    };
    let Ok(body) = to_bytes(body, limit).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let grant_type = (endpoint == Endpoint::Token)
        .then(|| {
            Params::from_form(&parts.headers, &body)
                .get("grant_type")
                .map(str::to_owned)
        })
        .flatten();

    let (latency, fault, org, _in_flight) = {
        let mut state = front.shared.lock();
        let org = request_org(&state, endpoint, &parts, &body);
        if let Some(org) = org {
            let stats = state.org_stats.entry(org).or_default();
            match endpoint {
                Endpoint::Org => stats.org_requests += 1,
                Endpoint::Photo => stats.photo_requests += 1,
                Endpoint::PhotoUpload => stats.photo_uploads += 1,
                Endpoint::PhotoDelete => stats.photo_deletions += 1,
                Endpoint::Revoke => stats.revocations += 1,
                Endpoint::Token => match grant_type.as_deref() {
                    Some("authorization_code") => stats.code_exchanges += 1,
                    Some("refresh_token") => stats.refreshes += 1,
                    _ => {}
                },
                Endpoint::Authorize => {}
            }
        }
        let stats = &mut state.stats;
        match endpoint {
            Endpoint::Org => stats.org_requests += 1,
            Endpoint::Photo => stats.photo_requests += 1,
            Endpoint::PhotoUpload => stats.photo_uploads += 1,
            Endpoint::PhotoDelete => stats.photo_deletions += 1,
            Endpoint::Authorize => stats.auth_pages += 1,
            Endpoint::Revoke => stats.revocations += 1,
            Endpoint::Token => {
                stats.token_requests += 1;
                match grant_type.as_deref() {
                    Some("authorization_code") => stats.code_exchanges += 1,
                    Some("refresh_token") => stats.refreshes += 1,
                    _ => {}
                }
            }
        }
        let in_flight = matches!(
            endpoint,
            Endpoint::Org | Endpoint::Photo | Endpoint::PhotoUpload | Endpoint::PhotoDelete
        )
        .then(|| CrmInFlight::enter(&front.shared, &mut state));
        if in_flight.is_some()
            && let Some(ConnectInfo(connection)) = parts.extensions.get::<ConnectInfo<Connection>>()
            && state.crm_peers.insert(connection.peer())
        {
            state.stats.crm_connections += 1;
        }
        let org_id = org.map(|org| front.shared.config.org(org).id.as_str());
        let fault = state.take_fault(endpoint, org_id);
        if fault.is_some() {
            state.stats.faults_served += 1;
            if let Some(org) = org {
                state.org_stats.entry(org).or_default().faults_served += 1;
            }
        }
        let latency = state.latency.get(&endpoint).copied();
        if latency.is_some() {
            state.stats.delayed_requests += 1;
        }
        (latency, fault, org, in_flight)
    };
    if let Some(latency) = latency {
        tokio::time::sleep(latency).await;
    }
    match fault {
        // A request about no known org is damaged as the first org's answer would be.
        Some(fault) => fault_response(&front.shared, endpoint, org.unwrap_or(0), &fault, &parts),
        None => next.run(Request::from_parts(parts, Body::from(body))).await,
    }
}

/// The org a request is about, told by the token or code it carries: the access token of a CRM
/// call, the code or refresh token of a token request, the token being revoked. `None` for the
/// consent page and for tokens the sim never issued.
fn request_org(
    state: &super::state::State,
    endpoint: Endpoint,
    parts: &Parts,
    body: &[u8],
) -> Option<OrgIndex> {
    let form = || Params::from_form(&parts.headers, body);
    let carried = match endpoint {
        Endpoint::Org | Endpoint::Photo | Endpoint::PhotoUpload | Endpoint::PhotoDelete => {
            crm::bearer_token(&parts.headers).map(str::to_owned)
        }
        Endpoint::Token => {
            let form = form();
            let name = match form.get("grant_type") {
                Some("authorization_code") => "code",
                _ => "refresh_token",
            };
            form.get(name).map(str::to_owned)
        }
        Endpoint::Revoke => Params::from_query(parts.uri.query())
            .get("token")
            .map(str::to_owned)
            .or_else(|| form().get("token").map(str::to_owned)),
        Endpoint::Authorize => None,
    }?;
    state.org_of(&carried)
}

/// Marks one CRM request as in progress for as long as it lives, to measure concurrency.
struct CrmInFlight {
    shared: Arc<Shared>,
}

impl CrmInFlight {
    fn enter(shared: &Arc<Shared>, state: &mut super::state::State) -> CrmInFlight {
        state.crm_in_flight += 1;
        state.stats.peak_concurrent_crm_requests = state
            .stats
            .peak_concurrent_crm_requests
            .max(state.crm_in_flight);
        CrmInFlight {
            shared: Arc::clone(shared),
        }
    }
}

impl Drop for CrmInFlight {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.crm_in_flight = state.crm_in_flight.saturating_sub(1);
    }
}

/// The answer an injected fault gives instead of the endpoint's normal one.
fn fault_response(
    shared: &Shared,
    endpoint: Endpoint,
    org: OrgIndex,
    fault: &Fault,
    parts: &Parts,
) -> Response {
    tracing::debug!(?endpoint, ?fault, "simulated fault");
    let connection = parts
        .extensions
        .get::<ConnectInfo<Connection>>()
        .map(|ConnectInfo(connection)| connection.clone());
    match fault {
        Fault::ZohoError { code } => reply::zoho_error(code),
        Fault::TooManyRequests { retry_after_secs } => {
            let mut response = reply::zoho_error("TOO_MANY_REQUESTS");
            if let Some(seconds) = retry_after_secs {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*seconds));
            }
            response
        }
        Fault::NoPhoto => StatusCode::NO_CONTENT.into_response(),
        Fault::EmptyBody => NormalBody::of(shared, endpoint, org).into_response(Body::empty(), 0),
        Fault::MalformedJson => {
            let normal = NormalBody::of(shared, endpoint, org);
            let json = if normal.content_type == reply::JSON_CONTENT_TYPE {
                normal.bytes
            } else {
                Bytes::from(
                    json!({"code": "INTERNAL_ERROR", "details": {}, "message": "Internal Server Error", "status": "error"})
                        .to_string(),
                )
            };
            // Complete but broken: the first `:` becomes `;`, as a faulty proxy or encoder might
            // leave it. (A body cut short is the separate `TruncatedBody` fault.)
            let mut broken = json.to_vec();
            if let Some(colon) = broken.iter().position(|byte| *byte == b':') {
                broken[colon] = b';';
            }
            reply::bytes(
                StatusCode::OK,
                reply::JSON_CONTENT_TYPE,
                Bytes::from(broken),
            )
        }
        Fault::HtmlErrorPage => {
            reply::bytes(StatusCode::BAD_GATEWAY, "text/html", PROXY_ERROR_PAGE)
        }
        Fault::CaptivePortal => reply::html(StatusCode::OK, CAPTIVE_PORTAL_PAGE.to_owned()),
        Fault::TruncatedBody => truncated(NormalBody::of(shared, endpoint, org), connection),
        Fault::OversizeBody { bytes } => oversize(NormalBody::of(shared, endpoint, org), *bytes),
        Fault::TokenError { error, description } => {
            if endpoint == Endpoint::Authorize {
                accounts::authorize_error(
                    &shared.config,
                    parts.uri.query(),
                    error,
                    description.as_deref(),
                )
            } else {
                reply::token_error(error, description.as_deref())
            }
        }
        Fault::Offline => match connection {
            Some(connection) => {
                connection.cut();
                StatusCode::OK.into_response()
            }
            None => {
                tracing::warn!("cannot cut a connection the simulated Zoho did not accept itself");
                StatusCode::SERVICE_UNAVAILABLE.into_response()
            }
        },
    }
}

/// What an endpoint would normally send, for faults that send it damaged.
struct NormalBody {
    content_type: String,
    content_disposition: Option<String>,
    bytes: Bytes,
}

impl NormalBody {
    fn of(shared: &Shared, endpoint: Endpoint, org: OrgIndex) -> NormalBody {
        let config = &shared.config;
        let json = |value: serde_json::Value| NormalBody {
            content_type: reply::JSON_CONTENT_TYPE.to_owned(),
            content_disposition: None,
            bytes: Bytes::from(value.to_string()),
        };
        match endpoint {
            Endpoint::Org => NormalBody {
                content_type: reply::JSON_CONTENT_TYPE.to_owned(),
                content_disposition: None,
                bytes: shared.org_body_now(org),
            },
            Endpoint::PhotoUpload => json(
                json!({"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"}),
            ),
            Endpoint::PhotoDelete => json(
                json!({"code": "SUCCESS", "details": {}, "message": "Photo deleted", "status": "success"}),
            ),
            Endpoint::Photo => {
                let photo = shared
                    .photo_now(org)
                    .unwrap_or_else(super::SimPhoto::demo_png);
                NormalBody {
                    content_disposition: Some(crm::content_disposition(&photo.file_name)),
                    content_type: photo.content_type,
                    bytes: Bytes::from(photo.bytes),
                }
            }
            // A well-formed reply whose token was never issued: a client that accepts the
            // damaged body anyway is caught at its next CRM call.
            Endpoint::Token => json(json!({
                "access_token": random_token(),
                "scope": "ZohoCRM.org.READ",
                "api_domain": config.api_domain(org),
                "token_type": "Bearer",
                "expires_in": config.options.access_token_lifetime.as_secs(),
            })),
            Endpoint::Revoke => json(json!({"status": "success"})),
            Endpoint::Authorize => NormalBody {
                content_type: reply::HTML_CONTENT_TYPE.to_owned(),
                content_disposition: None,
                bytes: Bytes::from(error_page(
                    "Sign in to Zoho",
                    &format!("Signing in to {}…", config.org(org).company_name),
                )),
            },
        }
    }

    fn into_response(self, body: Body, content_length: usize) -> Response {
        let mut response = (StatusCode::OK, body).into_response();
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(&self.content_type) {
            headers.insert(header::CONTENT_TYPE, value);
        }
        if let Some(value) = self
            .content_disposition
            .and_then(|disposition| HeaderValue::from_str(&disposition).ok())
        {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(content_length));
        response
    }
}

/// The normal headers and full `Content-Length`, the first half of the body, then a cut.
fn truncated(normal: NormalBody, connection: Option<Connection>) -> Response {
    enum Step {
        Send(Bytes, Option<Connection>),
        Cut(Option<Connection>),
    }
    let full_length = normal.bytes.len();
    let half = normal.bytes.slice(..full_length / 2);
    let stream =
        futures_util::stream::unfold(Some(Step::Send(half, connection)), |step| async move {
            match step? {
                Step::Send(half, connection) => Some((Ok(half), Some(Step::Cut(connection)))),
                Step::Cut(connection) => {
                    // Let the half reach the client before the connection goes away.
                    tokio::time::sleep(TRUNCATION_PAUSE).await;
                    if let Some(connection) = connection {
                        connection.cut();
                    }
                    Some((Err(io::Error::other("simulated truncated body")), None))
                }
            }
        });
    normal.into_response(Body::from_stream(stream), full_length)
}

/// The normal body padded to `size` bytes: JSON whitespace after JSON or HTML, zero bytes after an
/// image (which image decoders ignore), so only a size cap tells it apart from a normal answer.
fn oversize(normal: NormalBody, size: usize) -> Response {
    let mut body = normal.bytes.to_vec();
    let padding = if normal.content_type.starts_with("image/") {
        0
    } else {
        b' '
    };
    if body.len() < size {
        body.resize(size, padding);
    }
    let length = body.len();
    normal.into_response(Body::from(body), length)
}
