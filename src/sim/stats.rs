//! Counters a test reads to see what a client asked the simulated Zoho.

/// How many requests of each kind the simulated Zoho has received since it started, successful
/// or not, faults included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SimStats {
    /// Consent pages requested (`GET /oauth/v2/auth`), in both data centres.
    pub auth_pages: u32,
    /// *Allow* or *Deny* answers posted from a consent page.
    pub consent_answers: u32,
    /// Every `POST /oauth/v2/token`, whatever its grant type.
    pub token_requests: u32,
    /// Token requests with `grant_type=authorization_code`.
    pub code_exchanges: u32,
    /// Token requests with `grant_type=refresh_token`.
    pub refreshes: u32,
    /// `POST /oauth/v2/token/revoke` requests.
    pub revocations: u32,
    /// Requests to `/crm/v7/org`.
    pub org_requests: u32,
    /// Requests to `/crm/v7/org/photo`.
    pub photo_requests: u32,
    /// Requests answered by an injected fault instead of the normal behaviour.
    pub faults_served: u32,
    /// The most CRM requests (org and photo) that were in progress at the same moment.
    pub peak_concurrent_crm_requests: u32,
}
