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
    /// `GET` requests to `/crm/v7/org/photo`.
    pub photo_requests: u32,
    /// `POST` requests to `/crm/v7/org/photo` (new logos), whatever the answer.
    pub photo_uploads: u32,
    /// `DELETE` requests to `/crm/v7/org/photo`, whatever the answer.
    pub photo_deletions: u32,
    /// Requests answered by an injected fault instead of the normal behaviour.
    pub faults_served: u32,
    /// The most CRM requests (org and photo) that were in progress at the same moment.
    pub peak_concurrent_crm_requests: u32,
    /// Requests held back by a latency set with [`Sim::set_latency`](super::Sim::set_latency),
    /// so a test can tell a delay applied without timing it.
    pub delayed_requests: u32,
    /// Connections that carried CRM requests: fewer than the requests when a client reuses its
    /// connections (keep-alive).
    pub crm_connections: u32,
}

/// What the simulated Zoho has been asked about one org, for requests it could tell the org of
/// (by their code or token); see [`Sim::org_stats`](super::Sim::org_stats).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SimOrgStats {
    /// Token requests with `grant_type=authorization_code` for a code of this org.
    pub code_exchanges: u32,
    /// Token requests with `grant_type=refresh_token` for a refresh token of this org.
    pub refreshes: u32,
    /// Access tokens issued for this org (code exchanges, refreshes and direct mints).
    pub access_tokens_minted: u32,
    /// `POST /oauth/v2/token/revoke` requests for a token of this org.
    pub revocations: u32,
    /// Requests to `/crm/v7/org` with a token of this org.
    pub org_requests: u32,
    /// `GET` requests to `/crm/v7/org/photo` with a token of this org.
    pub photo_requests: u32,
    /// `POST` requests to `/crm/v7/org/photo` with a token of this org.
    pub photo_uploads: u32,
    /// `DELETE` requests to `/crm/v7/org/photo` with a token of this org.
    pub photo_deletions: u32,
    /// Requests about this org answered by an injected fault.
    pub faults_served: u32,
}
