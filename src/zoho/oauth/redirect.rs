//! Where Zoho sends the browser back: the loopback redirect URIs a Zoho client must register.
//!
//! This module imports nothing from the rest of the client, so error messages can name the
//! redirect URIs without an import cycle between the errors and the sign-in.

/// The loopback ports the sign-in listens on, in order. They sit below 49152 because Windows
/// may reserve ports in its dynamic range (Hyper-V, WSL, Docker), and each one must be
/// registered as a redirect URI of the Zoho client.
pub const REDIRECT_PORTS: [u16; 3] = [17645, 17646, 17647];

/// The path Zoho sends the browser back to.
pub const CALLBACK_PATH: &str = "/callback";

/// The redirect URI for one port, exactly as it must be registered in Zoho's API console.
pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}{CALLBACK_PATH}")
}

/// Every redirect URI to register, in order.
pub fn redirect_uris() -> Vec<String> {
    REDIRECT_PORTS
        .iter()
        .map(|port| redirect_uri(*port))
        .collect()
}

/// The redirect URIs as one phrase for messages.
pub fn redirect_uris_for_display() -> String {
    redirect_uris().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uris_are_loopback_ip_literals_on_fixed_ports() {
        assert_eq!(
            redirect_uris(),
            [
                "http://127.0.0.1:17645/callback",
                "http://127.0.0.1:17646/callback",
                "http://127.0.0.1:17647/callback"
            ]
        );
        assert!(REDIRECT_PORTS.iter().all(|port| *port < 49152));
    }
}
