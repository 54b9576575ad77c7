//! What a simulated Zoho looks like: its registered client, its user's orgs.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::{SimOrg, sample};

/// The client ID of the built-in demo client (the same in both simulated data centres).
pub const DEMO_CLIENT_ID: &str = "1000.ORGVIEWERDEMO0SIMULATEDZ0H0CRM";

/// The client secret of the built-in demo client. It only opens the simulated Zoho, so it is
/// public on purpose.
pub const DEMO_CLIENT_SECRET: &str = "5dd0ce2bd7a3e0c4a9f1b6e8d2c7f3a1b5e9d4c8a2";

/// The loopback redirect URIs registered for the demo client, in the app's order of preference.
pub const DEMO_REDIRECT_URIS: [&str; 3] = [
    "http://127.0.0.1:17645/callback",
    "http://127.0.0.1:17646/callback",
    "http://127.0.0.1:17647/callback",
];

/// One of the two data centres the simulated Zoho plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataCentre {
    /// The United States data centre, where sign-in starts (like `accounts.zoho.com`).
    Us,
    /// The European data centre (like `accounts.zoho.eu`).
    Eu,
}

impl DataCentre {
    /// Zoho's `location` code for this data centre.
    pub fn code(self) -> &'static str {
        match self {
            DataCentre::Us => "us",
            DataCentre::Eu => "eu",
        }
    }
}

/// The organization's logo as the simulated CRM serves it from `/crm/v7/org/photo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimPhoto {
    /// The image file's bytes, sent unchanged.
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, e.g. `image/png`.
    pub content_type: String,
    /// The file name in `Content-Disposition: attachment; filename="…"`.
    pub file_name: String,
}

impl SimPhoto {
    /// A PNG logo with the given file name.
    pub fn png(bytes: Vec<u8>, file_name: &str) -> SimPhoto {
        SimPhoto {
            bytes,
            content_type: "image/png".to_owned(),
            file_name: file_name.to_owned(),
        }
    }

    /// A JPEG logo with the given file name.
    pub fn jpeg(bytes: Vec<u8>, file_name: &str) -> SimPhoto {
        SimPhoto {
            bytes,
            content_type: "image/jpeg".to_owned(),
            file_name: file_name.to_owned(),
        }
    }

    /// The demo company's logo as a PNG.
    pub fn demo_png() -> SimPhoto {
        SimPhoto::png(sample::demo_logo_png().to_vec(), "zylker-logo.png")
    }

    /// The demo company's logo as a JPEG.
    pub fn demo_jpeg() -> SimPhoto {
        SimPhoto::jpeg(sample::demo_logo_jpeg().to_vec(), "zylker-logo.jpg")
    }
}

/// How to start a simulated Zoho. `SimOptions::default()` is the demo: the built-in client, its
/// three loopback redirect URIs, one-hour access tokens, two-minute codes, and a user in three
/// orgs: "Zylker Traders" (production, in the user's home data centre `eu`, with the sample org
/// and its PNG logo), its sandbox (also `eu`) and "Zylker Labs" (developer, `us`).
///
/// The setters for one org's data (`org_json`, `photo`, `company_name`, `home_data_centre`)
/// change the first org, which is the one a consent without an org choice picks.
#[derive(Debug, Clone)]
pub struct SimOptions {
    pub(crate) client_id: String,
    pub(crate) client_secret: String,
    pub(crate) redirect_uris: Vec<String>,
    pub(crate) access_token_lifetime: Duration,
    pub(crate) code_lifetime: Duration,
    /// The orgs on the consent page, first one preselected.
    pub(crate) orgs: Vec<SimOrg>,
}

impl Default for SimOptions {
    fn default() -> Self {
        SimOptions {
            client_id: DEMO_CLIENT_ID.to_owned(),
            client_secret: DEMO_CLIENT_SECRET.to_owned(),
            redirect_uris: DEMO_REDIRECT_URIS
                .iter()
                .map(|uri| (*uri).to_owned())
                .collect(),
            access_token_lifetime: Duration::from_secs(3600),
            code_lifetime: Duration::from_secs(120),
            orgs: vec![
                SimOrg::zylker_traders(),
                SimOrg::zylker_sandbox(),
                SimOrg::zylker_labs(),
            ],
        }
    }
}

impl SimOptions {
    /// Registers a different client (ID and secret) in both data centres instead of the demo one.
    pub fn client(mut self, client_id: &str, client_secret: &str) -> Self {
        client_id.clone_into(&mut self.client_id);
        client_secret.clone_into(&mut self.client_secret);
        self
    }

    /// The redirect URIs registered for the client. Only `http://127.0.0.1:…` and
    /// `http://localhost:…` URIs are ever accepted, and only by exact string match.
    pub fn redirect_uris<I, S>(mut self, uris: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.redirect_uris = uris.into_iter().map(Into::into).collect();
        self
    }

    /// The data centre of the first org, the user's home; its codes and tokens are issued there
    /// and only there.
    pub fn home_data_centre(mut self, data_centre: DataCentre) -> Self {
        self.first_org(|org| org.data_centre = data_centre);
        self
    }

    /// How long an access token lives (`expires_in`). Zoho's is one hour.
    pub fn access_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.access_token_lifetime = lifetime;
        self
    }

    /// How long an authorization code can be exchanged. Zoho documents two minutes.
    pub fn code_lifetime(mut self, lifetime: Duration) -> Self {
        self.code_lifetime = lifetime;
        self
    }

    /// Replaces the first org's data: `org` is the object inside `{"org":[…]}`, served exactly
    /// as given.
    pub fn org_json(mut self, org: serde_json::Value) -> Self {
        self.first_org(|first| first.org_json = Some(org));
        self
    }

    /// The logo `/crm/v7/org/photo` serves for the first org, or `None` for an org without one
    /// (the photo call then answers 204 and the sample org's `photo_id` is null).
    pub fn photo(mut self, photo: Option<SimPhoto>) -> Self {
        self.first_org(|org| org.photo = photo);
        self
    }

    /// The first org's company name, on the consent page and in its org data.
    pub fn company_name(mut self, name: &str) -> Self {
        self.first_org(|org| name.clone_into(&mut org.company_name));
        self
    }

    /// The orgs the user belongs to, in the consent page's order; the first is preselected.
    /// Their IDs must be distinct and there must be at least one, or [`Sim::start`] refuses.
    ///
    /// [`Sim::start`]: super::Sim::start
    pub fn orgs(mut self, orgs: Vec<SimOrg>) -> Self {
        self.orgs = orgs;
        self
    }

    /// `count` made-up orgs (at least one) instead of the demo's three, for benchmarks: distinct
    /// names, IDs, domains and small logos, environments and data centres taking turns.
    pub fn generated_orgs(self, count: usize) -> Self {
        self.orgs((0..count.max(1)).map(SimOrg::generated).collect())
    }

    /// Moves every paid plan's end to `days_left` days after `today`, for the demo a person
    /// starts: the sample's fixed dates (kept for tests that pin the clock) lie in the past by
    /// now, and a demo should not greet anyone with "Plan expired".
    pub fn paid_plans_end_after(mut self, today: DateTime<Utc>, days_left: i64) -> Self {
        let ends = (today + chrono::Duration::days(days_left))
            .format("%Y-%m-%dT23:59:59+00:00")
            .to_string();
        for org in &mut self.orgs {
            org.end_paid_plan_on(&ends);
        }
        self
    }

    fn first_org(&mut self, change: impl FnOnce(&mut SimOrg)) {
        if let Some(first) = self.orgs.first_mut() {
            change(first);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::sim::Sim;
    use crate::sim::state::GrantCode;

    /// The example pair from RFC 7636 Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn paid_plans_can_be_moved_to_end_after_today_and_free_orgs_stay_free() {
        let today = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let options = SimOptions::default().paid_plans_end_after(today, 300);
        let ends = |index: usize| {
            options.orgs[index].served_json()["license_details"]["paid_expiry"].clone()
        };
        assert_eq!(ends(0), "2027-09-28T23:59:59+00:00", "production");
        assert_eq!(ends(1), "2027-09-28T23:59:59+00:00", "sandbox");
        assert!(ends(2).is_null(), "the developer org is free");
        let unchanged = SimOptions::default();
        assert_eq!(
            unchanged.orgs[0].served_json()["license_details"]["paid_expiry"],
            "2026-03-13T23:59:59+01:00",
            "tests keep the sample's dates"
        );
        let given = SimOptions::default()
            .org_json(serde_json::json!({"id": "1", "license_details": {"paid_expiry": "2020-01-01T00:00:00Z"}}))
            .paid_plans_end_after(today, 1);
        assert_eq!(
            given.orgs[0].served_json()["license_details"]["paid_expiry"],
            "2026-12-03T23:59:59+00:00"
        );
    }

    #[test]
    fn codes_live_two_minutes_unless_told_otherwise() {
        // zoho.md §1.3: Zoho's accounts protocol pages give the grant code two minutes.
        assert_eq!(
            SimOptions::default().code_lifetime,
            Duration::from_secs(120)
        );
        let short = SimOptions::default().code_lifetime(Duration::from_secs(5));
        assert_eq!(short.code_lifetime, Duration::from_secs(5));
    }

    /// The sim times codes with the real clock on its own runtime, which tokio's paused time does
    /// not reach, so the codes are issued in the past instead of the test waiting two minutes.
    #[tokio::test]
    async fn by_default_a_code_is_exchanged_within_two_minutes_and_not_after() {
        let sim = Sim::start(SimOptions::default()).unwrap();
        let issued_ago = |seconds| {
            let code = format!("1000.code.issued.{seconds}s.ago");
            let grant = GrantCode {
                client_id: DEMO_CLIENT_ID.to_owned(),
                redirect_uri: DEMO_REDIRECT_URIS[0].to_owned(),
                scopes: vec!["ZohoCRM.org.READ".to_owned()],
                code_challenge: CHALLENGE.to_owned(),
                issue_refresh_token: true,
                org: 0,
                issued: Instant::now()
                    .checked_sub(Duration::from_secs(seconds))
                    .expect("the machine has been up for more than two minutes"),
            };
            sim.shared.lock().codes.insert(code.clone(), grant);
            code
        };
        let fresh_enough = issued_ago(110);
        let too_old = issued_ago(130);

        let accepted = exchange(&sim, &fresh_enough).await;
        assert!(accepted["access_token"].is_string(), "{accepted}");
        let refused = exchange(&sim, &too_old).await;
        assert_eq!(refused, serde_json::json!({"error": "invalid_code"}));
    }

    /// Exchanges `code` at the home data centre as the demo client, with the RFC's verifier.
    async fn exchange(sim: &Sim, code: &str) -> serde_json::Value {
        let form = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("grant_type", "authorization_code"),
                ("client_id", DEMO_CLIENT_ID),
                ("client_secret", DEMO_CLIENT_SECRET),
                ("redirect_uri", DEMO_REDIRECT_URIS[0]),
                ("code", code),
                ("code_verifier", VERIFIER),
            ])
            .finish();
        let answer = crate::zoho::http::client()
            .unwrap()
            .post(sim.second_accounts_url().join("oauth/v2/token").unwrap())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        serde_json::from_slice(&answer.bytes().await.unwrap()).unwrap()
    }
}
