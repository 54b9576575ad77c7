//! Zoho's data centres, and the allow-lists that keep secrets and tokens on Zoho's own hosts.
//!
//! Sign-in starts at one accounts server, but Zoho sends the browser back naming the user's own
//! data centre (`accounts-server`), and the token answer names the CRM host (`api_domain`). The
//! client secret and the tokens go to those hosts, so both are checked here first: `https` and
//! an exact, known host name, nothing else.

use url::{Host, Url};

/// One Zoho data centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataCentre {
    /// Zoho's `location` code, as in the sign-in callback (`us`, `eu`, …).
    pub location: &'static str,
    /// Where sign-in, token refresh and revocation happen.
    pub accounts_server: &'static str,
    /// The production CRM API host.
    pub api_domain: &'static str,
    /// The sandbox CRM API host.
    pub sandbox_api_domain: &'static str,
    /// The developer-edition CRM API host.
    pub developer_api_domain: &'static str,
}

/// Every Zoho data centre (zoho.md §4). UK's API host is known only from third-party code; it is
/// listed so UK users are not refused, and only ever reached when Zoho's own answer names it.
pub const DATA_CENTRES: [DataCentre; 9] = [
    DataCentre {
        location: "us",
        accounts_server: "https://accounts.zoho.com",
        api_domain: "https://www.zohoapis.com",
        sandbox_api_domain: "https://sandbox.zohoapis.com",
        developer_api_domain: "https://developer.zohoapis.com",
    },
    DataCentre {
        location: "eu",
        accounts_server: "https://accounts.zoho.eu",
        api_domain: "https://www.zohoapis.eu",
        sandbox_api_domain: "https://sandbox.zohoapis.eu",
        developer_api_domain: "https://developer.zohoapis.eu",
    },
    DataCentre {
        location: "in",
        accounts_server: "https://accounts.zoho.in",
        api_domain: "https://www.zohoapis.in",
        sandbox_api_domain: "https://sandbox.zohoapis.in",
        developer_api_domain: "https://developer.zohoapis.in",
    },
    DataCentre {
        location: "au",
        accounts_server: "https://accounts.zoho.com.au",
        api_domain: "https://www.zohoapis.com.au",
        sandbox_api_domain: "https://sandbox.zohoapis.com.au",
        developer_api_domain: "https://developer.zohoapis.com.au",
    },
    DataCentre {
        location: "jp",
        accounts_server: "https://accounts.zoho.jp",
        api_domain: "https://www.zohoapis.jp",
        sandbox_api_domain: "https://sandbox.zohoapis.jp",
        developer_api_domain: "https://developer.zohoapis.jp",
    },
    DataCentre {
        location: "cn",
        accounts_server: "https://accounts.zoho.com.cn",
        api_domain: "https://www.zohoapis.com.cn",
        sandbox_api_domain: "https://sandbox.zohoapis.com.cn",
        developer_api_domain: "https://developer.zohoapis.com.cn",
    },
    DataCentre {
        location: "ca",
        accounts_server: "https://accounts.zohocloud.ca",
        api_domain: "https://www.zohoapis.ca",
        sandbox_api_domain: "https://sandbox.zohoapis.ca",
        developer_api_domain: "https://developer.zohoapis.ca",
    },
    DataCentre {
        location: "sa",
        accounts_server: "https://accounts.zoho.sa",
        api_domain: "https://www.zohoapis.sa",
        sandbox_api_domain: "https://sandbox.zohoapis.sa",
        developer_api_domain: "https://developer.zohoapis.sa",
    },
    DataCentre {
        location: "uk",
        accounts_server: "https://accounts.zoho.uk",
        api_domain: "https://www.zohoapis.uk",
        sandbox_api_domain: "https://sandbox.zohoapis.uk",
        developer_api_domain: "https://developer.zohoapis.uk",
    },
];

/// Where the sign-in starts by default: Zoho forwards users of every data centre but China.
pub const DEFAULT_ACCOUNTS_URL: &str = "https://accounts.zoho.com";

/// Where sign-in starts for Zoho's Chinese data centre, which is separate from the others.
pub const CHINA_ACCOUNTS_URL: &str = "https://accounts.zoho.com.cn";

/// Where a new sign-in for an org of data centre `location` must start, when not at
/// [`DEFAULT_ACCOUNTS_URL`]: Zoho forwards every data centre there but China's.
pub fn sign_in_start_for(location: &str) -> Option<Url> {
    let centre = by_location(location)?;
    (centre.accounts_server == CHINA_ACCOUNTS_URL)
        .then(|| Url::parse(centre.accounts_server).ok())
        .flatten()
}

/// The data centre with this `location` code, if Zoho has one.
pub fn by_location(location: &str) -> Option<&'static DataCentre> {
    DATA_CENTRES
        .iter()
        .find(|centre| centre.location.eq_ignore_ascii_case(location.trim()))
}

/// The data centre whose accounts server this is, if any.
pub fn by_accounts_server(server: &Url) -> Option<&'static DataCentre> {
    DATA_CENTRES
        .iter()
        .find(|centre| same_origin(server, centre.accounts_server))
}

/// Parses `candidate` and returns it when it is a Zoho accounts server the app may send the
/// client secret to: `https` on an exact known host, or, only when sign-in itself started on a
/// loopback address (the simulator and tests), plain `http` on loopback.
pub fn allowed_accounts_server(candidate: &str, start_url: &Url) -> Option<Url> {
    allowed_origin(candidate, start_url, |host| {
        DATA_CENTRES
            .iter()
            .any(|centre| host_of(centre.accounts_server).as_deref() == Some(host))
    })
}

/// Whether `candidate` may be used as an accounts server (see [`allowed_accounts_server`]).
pub fn is_allowed_accounts_server(candidate: &str, start_url: &Url) -> bool {
    allowed_accounts_server(candidate, start_url).is_some()
}

/// Parses `candidate` and returns it when it is a Zoho CRM API host (production, sandbox or
/// developer) the app may send access tokens to; loopback only as for accounts servers.
pub fn allowed_api_domain(candidate: &str, start_url: &Url) -> Option<Url> {
    allowed_origin(candidate, start_url, |host| {
        DATA_CENTRES.iter().any(|centre| {
            [
                centre.api_domain,
                centre.sandbox_api_domain,
                centre.developer_api_domain,
            ]
            .iter()
            .any(|known| host_of(known).as_deref() == Some(host))
        })
    })
}

/// Whether the URL points at this machine (where the simulated Zoho runs).
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// The shared rules: a bare origin (no user name, password, query or fragment, no path beyond
/// `/`), and either https on a known host and the default port, or loopback http when sign-in
/// started on loopback.
fn allowed_origin(
    candidate: &str,
    start_url: &Url,
    known_host: impl Fn(&str) -> bool,
) -> Option<Url> {
    let url = Url::parse(candidate.trim()).ok()?;
    let bare = url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none()
        && matches!(url.path(), "" | "/");
    if !bare {
        return None;
    }
    let allowed = match url.scheme() {
        "https" => {
            url.port().is_none()
                && matches!(url.host(), Some(Host::Domain(host)) if known_host(host))
        }
        "http" => is_loopback(&url) && is_loopback(start_url) && start_url.scheme() == "http",
        _ => false,
    };
    allowed.then_some(url)
}

fn host_of(url: &str) -> Option<String> {
    Url::parse(url).ok()?.host_str().map(str::to_owned)
}

fn same_origin(url: &Url, known: &str) -> bool {
    Url::parse(known).is_ok_and(|known| known.origin() == url.origin())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_new_sign_in_for_a_chinese_org_starts_in_china_and_others_at_the_default() {
        assert_eq!(
            sign_in_start_for("cn").map(String::from).as_deref(),
            Some("https://accounts.zoho.com.cn/")
        );
        for location in ["us", "eu", "in", "au", "jp"] {
            assert_eq!(sign_in_start_for(location), None, "{location}");
        }
        assert_eq!(sign_in_start_for("nowhere"), None);
    }

    use super::*;

    fn zoho_start() -> Url {
        Url::parse(DEFAULT_ACCOUNTS_URL).unwrap()
    }

    fn loopback_start() -> Url {
        Url::parse("http://127.0.0.1:41000").unwrap()
    }

    /// Zoho's data centres written out from zoho.md §4 (the location code is the DC's name in
    /// lower case, as §1.3's `location=us` shows), so a typo or a lost row in the table, which
    /// the allow-list tests below would happily accept, is caught.
    #[test]
    fn the_table_holds_exactly_the_documented_data_centres() {
        let documented = [
            (
                "us",
                "https://accounts.zoho.com",
                "https://www.zohoapis.com",
                "https://sandbox.zohoapis.com",
                "https://developer.zohoapis.com",
            ),
            (
                "eu",
                "https://accounts.zoho.eu",
                "https://www.zohoapis.eu",
                "https://sandbox.zohoapis.eu",
                "https://developer.zohoapis.eu",
            ),
            (
                "in",
                "https://accounts.zoho.in",
                "https://www.zohoapis.in",
                "https://sandbox.zohoapis.in",
                "https://developer.zohoapis.in",
            ),
            (
                "au",
                "https://accounts.zoho.com.au",
                "https://www.zohoapis.com.au",
                "https://sandbox.zohoapis.com.au",
                "https://developer.zohoapis.com.au",
            ),
            (
                "jp",
                "https://accounts.zoho.jp",
                "https://www.zohoapis.jp",
                "https://sandbox.zohoapis.jp",
                "https://developer.zohoapis.jp",
            ),
            (
                "cn",
                "https://accounts.zoho.com.cn",
                "https://www.zohoapis.com.cn",
                "https://sandbox.zohoapis.com.cn",
                "https://developer.zohoapis.com.cn",
            ),
            (
                "ca",
                "https://accounts.zohocloud.ca",
                "https://www.zohoapis.ca",
                "https://sandbox.zohoapis.ca",
                "https://developer.zohoapis.ca",
            ),
            (
                "sa",
                "https://accounts.zoho.sa",
                "https://www.zohoapis.sa",
                "https://sandbox.zohoapis.sa",
                "https://developer.zohoapis.sa",
            ),
            (
                "uk",
                "https://accounts.zoho.uk",
                "https://www.zohoapis.uk",
                "https://sandbox.zohoapis.uk",
                "https://developer.zohoapis.uk",
            ),
        ];
        let table = DATA_CENTRES.map(|centre| {
            (
                centre.location,
                centre.accounts_server,
                centre.api_domain,
                centre.sandbox_api_domain,
                centre.developer_api_domain,
            )
        });
        assert_eq!(table, documented);
    }

    #[test]
    fn every_real_accounts_server_and_api_host_is_allowed() {
        for centre in DATA_CENTRES {
            assert!(
                is_allowed_accounts_server(centre.accounts_server, &zoho_start()),
                "{}",
                centre.accounts_server
            );
            assert!(is_allowed_accounts_server(
                &format!("{}/", centre.accounts_server),
                &zoho_start()
            ));
            for api in [
                centre.api_domain,
                centre.sandbox_api_domain,
                centre.developer_api_domain,
            ] {
                assert!(allowed_api_domain(api, &zoho_start()).is_some(), "{api}");
            }
        }
        assert!(is_allowed_accounts_server(
            "https://accounts.zohocloud.ca",
            &zoho_start()
        ));
        assert!(is_allowed_accounts_server(
            "HTTPS://Accounts.Zoho.EU",
            &zoho_start()
        ));
    }

    #[test]
    fn look_alikes_and_tricks_are_refused() {
        let refused = [
            "https://accounts.zoho.com.evil.example",
            "https://evil.example/accounts.zoho.com",
            "http://accounts.zoho.com",
            "https://accounts.zoho.com@evil.example",
            "https://evil.example@accounts.zoho.com",
            "https://user:pass@accounts.zoho.com",
            "https://accounts.zoho.com:8443",
            "https://accounts.zoho.com/oauth/v2/token",
            "https://accounts.zoho.com?next=evil",
            "https://accounts.zoho.com#x",
            "https://xaccounts.zoho.com",
            "https://accounts.zoho.co",
            "https://accounts.zoho.com.",
            "ftp://accounts.zoho.com",
            "https://127.0.0.1",
            "http://127.0.0.1:41000",
            "https://www.zohoapis.com",
            "accounts.zoho.com",
            "",
        ];
        for candidate in refused {
            assert!(
                !is_allowed_accounts_server(candidate, &zoho_start()),
                "{candidate} must be refused"
            );
        }
        assert!(
            allowed_api_domain("https://www.zohoapis.com.evil.example", &zoho_start()).is_none()
        );
        assert!(allowed_api_domain("https://accounts.zoho.com", &zoho_start()).is_none());
    }

    #[test]
    fn loopback_http_is_allowed_only_when_sign_in_started_on_loopback() {
        assert!(is_allowed_accounts_server(
            "http://127.0.0.1:41001",
            &loopback_start()
        ));
        assert!(is_allowed_accounts_server(
            "http://localhost:41001/",
            &loopback_start()
        ));
        assert!(!is_allowed_accounts_server(
            "http://127.0.0.1:41001",
            &zoho_start()
        ));
        assert!(!is_allowed_accounts_server(
            "http://10.0.0.1:41001",
            &loopback_start()
        ));
        assert!(!is_allowed_accounts_server(
            "http://user@127.0.0.1:41001",
            &loopback_start()
        ));
        assert!(allowed_api_domain("http://127.0.0.1:41002", &loopback_start()).is_some());
        assert!(allowed_api_domain("http://127.0.0.1:41002", &zoho_start()).is_none());
    }

    #[test]
    fn data_centres_are_found_by_location_and_server() {
        assert_eq!(by_location("EU").map(|c| c.location), Some("eu"));
        assert_eq!(by_location("xx"), None);
        let canada = Url::parse("https://accounts.zohocloud.ca").unwrap();
        assert_eq!(by_accounts_server(&canada).map(|c| c.location), Some("ca"));
    }
}
