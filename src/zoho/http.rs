//! The one HTTP stack the app uses for Zoho: a shared reqwest client (rustls, no redirects), the
//! bridge that lets the `oauth2` crate send through it, and bounded body reading.

use std::sync::{Arc, Once, OnceLock};
use std::time::Duration;

use reqwest::Response;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use rustls_platform_verifier::Verifier;
use url::Url;

use super::error::{Error, Resource, Unreadable};

/// How long to wait for a connection before giving up.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest answer the accounts server may send (token replies are a few hundred bytes).
pub const ACCOUNTS_BODY_LIMIT: u64 = 64 * 1024;

/// Makes ring the process's TLS crypto provider (once; later calls change nothing). Every
/// reqwest client needs one, and this build ships ring rather than reqwest's larger default.
pub fn install_tls_crypto() {
    // Fails only when a provider is already installed, which is what we want anyway.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Builds the client every Zoho call shares, giving up on a connection after [`CONNECT_TIMEOUT`].
pub fn client() -> Result<reqwest::Client, Error> {
    client_with_connect_timeout(CONNECT_TIMEOUT)
}

/// Builds the shared client with another limit on connecting (tests cannot wait ten seconds).
/// Redirects are never followed: Zoho's APIs do not redirect, and following one could carry a
/// token or the client secret to another host. Keep-alive is reqwest's default (idle
/// connections kept 90 s, reused by later calls to the same host).
pub fn client_with_connect_timeout(connect_timeout: Duration) -> Result<reqwest::Client, Error> {
    install_tls_crypto();
    let could_not_start = |cause: String| Error::Network {
        host: "localhost".to_owned(),
        cause: format!("the HTTP client could not start: {cause}"),
    };
    reqwest::Client::builder()
        .user_agent(concat!("zoho-org-viewer/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .tls_backend_preconfigured(tls_config().map_err(|err| could_not_start(err.to_string()))?)
        .build()
        .map_err(|err| could_not_start(error_chain(&err)))
}

/// TLS as reqwest sets it up itself (TLS 1.2 and 1.3, HTTP/1.1 by ALPN, the platform's
/// verifier over the system's trust store), except that the trust store is read once per
/// process, when first needed or asked for ([`prepare_tls_for`]), instead of by every new
/// client before its first call: reading and parsing the few hundred system certificates took
/// 4 of the 9 ms an `org --json` spent beyond its one round trip (bench/RESULTS.md, 7).
fn tls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()?
        // `dangerous` only names the way to plug in a verifier; this one is the platform's own.
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(SystemRoots { provider }))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// The platform's certificate verifier, made once per process (a change to the system's trust
/// store is seen by the next start).
static SYSTEM_VERIFIER: OnceLock<Result<Arc<Verifier>, rustls::Error>> = OnceLock::new();

/// When `url` is https (Zoho itself, not the simulated Zoho on loopback), starts reading the
/// system's trust store on a thread of its own, once per process, so that it is ready by the
/// time the first TLS handshake (after a DNS lookup and a TCP connect) needs it. Without this,
/// or when the handshake comes first, the handshake reads it (or waits for it). Not done for
/// plain http, where it would only take a core from the work that matters.
pub fn prepare_tls_for(url: &Url) {
    if url.scheme() == "https" {
        prepare_system_roots();
    }
}

/// Starts reading the system's trust store in the background, once per process.
fn prepare_system_roots() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        let started = std::thread::Builder::new()
            .name("zoho-tls-roots".to_owned())
            // A failure is kept in SYSTEM_VERIFIER and reported by the handshake that needs it.
            .spawn(|| drop(system_verifier()));
        if let Err(error) = started {
            tracing::debug!("reading the trust store at the first handshake instead: {error}");
        }
    });
}

/// The process's platform verifier, made now if no one has made it yet.
fn system_verifier() -> Result<Arc<Verifier>, rustls::Error> {
    SYSTEM_VERIFIER
        .get_or_init(|| {
            let provider = CryptoProvider::get_default()
                .cloned()
                .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
            Verifier::new(provider).map(Arc::new)
        })
        .clone()
}

/// Checks Zoho's certificates with the platform's verifier ([`system_verifier`]); the
/// signature checks need no trust store, so they use the crypto provider directly, as the
/// platform's verifier does on Linux.
#[derive(Debug)]
struct SystemRoots {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for SystemRoots {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        system_verifier()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Sends an `oauth2` request through the shared client, so sign-in uses the same TLS, timeouts
/// and redirect policy as every other call (oauth2 5's own reqwest support is for reqwest 0.12).
pub async fn send_oauth_request(
    client: &reqwest::Client,
    request: oauth2::HttpRequest,
    timeout: Duration,
) -> Result<oauth2::HttpResponse, Error> {
    let host = host_for_message(&Url::parse(&request.uri().to_string()).ok());
    let mut request = reqwest::Request::try_from(request).map_err(|err| Error::Network {
        host: host.clone(),
        cause: error_chain(&err),
    })?;
    *request.timeout_mut() = Some(timeout);
    let response = client
        .execute(request)
        .await
        .map_err(|err| transport_error(&err, &host))?;
    let response = refuse_redirect(response, Resource::Accounts)?;
    let mut builder = oauth2::http::Response::builder()
        .status(response.status())
        .version(response.version());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let body = read_body(response, ACCOUNTS_BODY_LIMIT, Resource::Accounts, &host).await?;
    builder.body(body).map_err(|err| Error::Unreadable {
        resource: Resource::Accounts,
        problem: Unreadable::NotZohoJson,
        http_status: 0,
        detail: err.to_string(),
    })
}

/// Turns a redirect into an error. The client never follows one (see [`client`]), and without
/// this the `oauth2` crate would report an empty 3xx body as an unreadable error answer.
pub fn refuse_redirect(response: Response, resource: Resource) -> Result<Response, Error> {
    let status = response.status();
    if !status.is_redirection() {
        return Ok(response);
    }
    // Only the host: a hostile server could echo what it was sent into the rest of the URL.
    let target = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|location| response.url().join(location).ok());
    let target = match target {
        Some(url) => host_for_message(&Some(url)),
        None => "no address given".to_owned(),
    };
    Err(Error::Unreadable {
        resource,
        problem: Unreadable::Redirected,
        http_status: status.as_u16(),
        detail: format!("HTTP {status}, pointing to {target}"),
    })
}

/// Reads a whole body, refusing to hold more than `limit` bytes: a declared length over the
/// limit is refused before reading, and a stream that grows past it is cut off.
pub async fn read_body(
    mut response: Response,
    limit: u64,
    resource: Resource,
    host: &str,
) -> Result<Vec<u8>, Error> {
    if response
        .content_length()
        .is_some_and(|length| length > limit)
    {
        return Err(Error::TooLarge { resource, limit });
    }
    let status = response.status().as_u16();
    let mut body = Vec::new();
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => return Ok(body),
            Err(err) if err.is_timeout() => {
                return Err(Error::Timeout {
                    host: host.to_owned(),
                });
            }
            Err(err) => {
                return Err(Error::Unreadable {
                    resource,
                    problem: Unreadable::CutOff,
                    http_status: status,
                    detail: error_chain(&err),
                });
            }
        };
        if body.len() as u64 + chunk.len() as u64 > limit {
            return Err(Error::TooLarge { resource, limit });
        }
        body.extend_from_slice(&chunk);
    }
}

/// Turns a failed send into the error a person can act on. "Could not connect" only when no
/// connection was made: a server that took the request and then hung up is another story.
pub fn transport_error(err: &reqwest::Error, host: &str) -> Error {
    if err.is_timeout() {
        Error::Timeout {
            host: host.to_owned(),
        }
    } else if !err.is_connect() && (err.is_request() || err.is_body()) {
        Error::Dropped {
            host: host.to_owned(),
            cause: error_chain(err),
        }
    } else {
        Error::Network {
            host: host.to_owned(),
            cause: error_chain(err),
        }
    }
}

/// The host to name in messages ("www.zohoapis.eu").
pub fn host_for_message(url: &Option<Url>) -> String {
    url.as_ref()
        .and_then(|url| {
            url.host_str().map(|host| match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host.to_owned(),
            })
        })
        .unwrap_or_else(|| "Zoho".to_owned())
}

/// An error and its causes on one line, for the details view ("error sending request: connection
/// refused").
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use std::io::Read;
    use std::net::TcpListener;

    use rustls::pki_types::PrivateKeyDer;
    use rustls::pki_types::pem::PemObject;

    use super::*;

    /// A self-signed certificate for 127.0.0.1 (no trusted root vouches for it) and its key.
    const SELF_SIGNED_CERTIFICATE: &str = "-----BEGIN CERTIFICATE-----\n\
MIIBnDCCAUGgAwIBAgIUXXZG3V4WUFoxyL1P9VkH2DtVmA8wCgYIKoZIzj0EAwIw\n\
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMjAxMTAxM1oYDzIxMjYxMTA4\n\
MDExMDEzWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO\n\
PQMBBwNCAATCT35o3rsB7UuQo7B4iMr4PdMqmzU8btLqx8U/9+mdSX59XHbUcpps\n\
sihqzFbeRRS4E8fibFQYTcli2n2EOWQjo28wbTAdBgNVHQ4EFgQUh01Qy+APvcY3\n\
tSUMivd+NLQTDikwHwYDVR0jBBgwFoAUh01Qy+APvcY3tSUMivd+NLQTDikwDwYD\n\
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI\n\
zj0EAwIDSQAwRgIhAIVBn7G22NOOYdSwkgIAy14RRxZR5DlwPajnifhdtG2RAiEA\n\
0QKX3t2ljBS2u73lKO6AyzYGsifbPLRMvJmmYUMniIw=\n\
-----END CERTIFICATE-----";
    const SELF_SIGNED_KEY: &str = "-----BEGIN PRIVATE KEY-----\n\
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUCFWoReYroK6Q2dC\n\
1Xo5lX8hNeL/9SCggpfxHa6xCFihRANCAATCT35o3rsB7UuQo7B4iMr4PdMqmzU8\n\
btLqx8U/9+mdSX59XHbUcppssihqzFbeRRS4E8fibFQYTcli2n2EOWQj\n\
-----END PRIVATE KEY-----";

    /// The client's own TLS set-up still checks certificates against the system's trust store:
    /// a certificate no root vouches for is refused during the handshake.
    #[tokio::test]
    async fn a_certificate_no_trusted_root_vouches_for_is_refused() {
        install_tls_crypto();
        let certificate =
            CertificateDer::from_pem_slice(SELF_SIGNED_CERTIFICATE.as_bytes()).unwrap();
        let key = PrivateKeyDer::from_pem_slice(SELF_SIGNED_KEY.as_bytes()).unwrap();
        let config = Arc::new(
            rustls::ServerConfig::builder()
                .with_no_client_auth()
                .with_single_cert(vec![certificate], key)
                .unwrap(),
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::Builder::new()
            .name("tls-test-server".to_owned())
            .spawn(move || {
                let (tcp, _) = listener.accept().unwrap();
                let connection = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(connection, tcp);
                // The handshake, which the client breaks off.
                let _ = tls.read(&mut [0; 1]);
            })
            .unwrap();
        let error = client()
            .unwrap()
            .get(format!("https://127.0.0.1:{port}/"))
            .send()
            .await
            .unwrap_err();
        server.join().unwrap();
        let chain = error_chain(&error);
        assert!(chain.contains("invalid peer certificate"), "{chain}");
    }
}
