//! The orgs the simulated Zoho's one user belongs to: production, sandbox and developer, in
//! either data centre, each with its own ID, data and logo (zoho.md §9.1).

use std::{io::Cursor, sync::OnceLock};

use image::{ImageFormat, Rgba, RgbaImage};
use serde_json::{Value, json};

use super::{DataCentre, SimPhoto, sample};

/// Zoho's `type` for a production org.
pub const PRODUCTION: &str = "production";
/// Zoho's `type` for a sandbox org.
pub const SANDBOX: &str = "sandbox";
/// Zoho's `type` for a developer-edition org.
pub const DEVELOPER: &str = "developer";

/// One Zoho CRM org the simulated user can pick on the consent page.
///
/// Unless [`SimOrg::org_json`] replaces it, `GET /crm/v7/org` serves the sample org with this
/// org's ID, zgid, names, environment and [`SimOrg::fields`] written over it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SimOrg {
    /// Zoho's org ID (`id`, a string of digits).
    pub id: String,
    /// Zoho's `zgid`.
    pub zgid: String,
    /// `company_name`, also shown on the consent page.
    pub company_name: String,
    /// `domain_name`.
    pub domain_name: String,
    /// Zoho's `type`: [`PRODUCTION`], [`SANDBOX`] or [`DEVELOPER`] (any string is served as is).
    pub environment: String,
    /// Where the org lives: its codes, tokens and CRM API are only there.
    pub data_centre: DataCentre,
    /// The logo `/crm/v7/org/photo` serves; `None` answers 204 and nulls `photo_id`.
    pub photo: Option<SimPhoto>,
    /// Values merged into the sample org (objects key by key), for what differs between orgs.
    pub fields: Value,
    /// The whole org object to serve instead, exactly as given.
    pub org_json: Option<Value>,
}

impl SimOrg {
    /// What the app's list of orgs says of this org once signed in to it, for tests and
    /// benchmarks that save a sign-in without the browser.
    pub fn as_signed_in(&self) -> crate::store::SignedInOrg {
        crate::store::SignedInOrg {
            id: self.id.clone(),
            zgid: Some(self.zgid.clone()),
            company_name: self.company_name.clone(),
            environment: Some(self.environment.clone()),
            data_centre: Some(self.data_centre.code().to_owned()),
            domain_name: Some(self.domain_name.clone()),
        }
    }

    /// An org with the sample's data under a new identity; its domain name is `org<zgid>`, as
    /// Zoho names a new org, and it has no logo.
    pub fn new(
        id: &str,
        zgid: &str,
        company_name: &str,
        environment: &str,
        data_centre: DataCentre,
    ) -> SimOrg {
        SimOrg {
            id: id.to_owned(),
            zgid: zgid.to_owned(),
            company_name: company_name.to_owned(),
            domain_name: format!("org{zgid}"),
            environment: environment.to_owned(),
            data_centre,
            photo: None,
            fields: Value::Object(serde_json::Map::new()),
            org_json: None,
        }
    }

    /// The demo's production org, "Zylker Traders" in the EU, exactly the sample org.
    pub fn zylker_traders() -> SimOrg {
        let sample = sample::sample_org();
        let text = |key: &str| sample[key].as_str().unwrap_or_default().to_owned();
        SimOrg {
            domain_name: text("domain_name"),
            photo: Some(SimPhoto::demo_png()),
            ..SimOrg::new(
                &text("id"),
                &text("zgid"),
                sample::COMPANY_NAME,
                PRODUCTION,
                DataCentre::Eu,
            )
        }
    }

    /// The demo's sandbox of Zylker Traders in the EU: fewer users, another edition, a few
    /// settings changed, and a recoloured logo, so comparing it with production shows something.
    pub fn zylker_sandbox() -> SimOrg {
        SimOrg {
            domain_name: "zylkertraderssandbox".to_owned(),
            photo: Some(SimPhoto::png(
                sandbox_logo_png().to_vec(),
                "zylker-sandbox-logo.png",
            )),
            fields: json!({
                "description": "Sandbox of Zylker Traders, for trying changes before they go live.",
                "photo_id": "4876876000004120101",
                "ezgid": "b2e1ad3f9c8e7d6f5a4b3c2d1e0f9a8b",
                "zia_zgid": 20091879,
                "mc_status": false,
                "translation_enabled": false,
                "max_per_page": 100,
                "created_time": "2025-09-02T10:41:07+02:00",
                "hierarchy_preferences": { "strictly_reporting": true },
                "license_details": {
                    "paid_expiry": "2026-01-31T23:59:59+01:00",
                    "users_license_purchased": 5,
                    "paid_type": "professional"
                }
            }),
            ..SimOrg::new(
                "4876876000004120011",
                "20091878",
                "Zylker Traders (Sandbox)",
                SANDBOX,
                DataCentre::Eu,
            )
        }
    }

    /// The demo's developer org, "Zylker Labs" in the US: a free edition in dollars and
    /// Pacific time, with its own logo.
    pub fn zylker_labs() -> SimOrg {
        SimOrg {
            domain_name: "zylkerlabs".to_owned(),
            photo: Some(SimPhoto::png(
                generated_logo_png(7, 320, 96).unwrap_or_default(),
                "zylker-labs-logo.png",
            )),
            fields: json!({
                "alias": "Zylker Labs",
                "description": "Developer edition where Zylker builds and tests its CRM extensions.",
                "photo_id": "7310042000000412009",
                "ezgid": "c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4",
                "zia_zgid": 60021346,
                "phone": "+1 925 555 0199",
                "website": "https://labs.zylker.com",
                "street": "4141 Hacienda Drive",
                "city": "Pleasanton",
                "state": "California",
                "zip": "94588",
                "country": "United States",
                "country_code": "US",
                "currency": "US Dollar - USD",
                "currency_symbol": "$",
                "currency_locale": "en_US",
                "iso_code": "USD",
                "time_zone": "America/Los_Angeles",
                "employee_count": "3",
                "mc_status": false,
                "created_time": "2023-06-02T08:15:00-07:00",
                "fiscal_year_start_month": "January",
                "license_details": {
                    "paid_expiry": null,
                    "users_license_purchased": 3,
                    "paid": false,
                    "paid_type": "free"
                }
            }),
            ..SimOrg::new(
                "7310042000000018003",
                "60021345",
                "Zylker Labs",
                DEVELOPER,
                DataCentre::Us,
            )
        }
    }

    /// The `index`-th of [`SimOptions::generated_orgs`](super::SimOptions::generated_orgs): a
    /// distinct name, ID, zgid, domain and small logo; environments take turns (production,
    /// sandbox, developer) and so do data centres (EU, US).
    pub fn generated(index: usize) -> SimOrg {
        const FIRST: [&str; 10] = [
            "Zylker", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark",
            "Wayne", "Tyrell",
        ];
        const SECOND: [&str; 10] = [
            "Traders",
            "Labs",
            "Imports",
            "Logistics",
            "Foods",
            "Systems",
            "Retail",
            "Energy",
            "Media",
            "Health",
        ];
        // (index % 10, index / 10) is distinct below 100, and so is this pair of words.
        let mut name = format!(
            "{} {}",
            FIRST[index % 10],
            SECOND[(index / 10 + index) % 10]
        );
        if index >= 100 {
            name.push_str(&format!(" {}", index / 100 + 1));
        }
        let environment = [PRODUCTION, SANDBOX, DEVELOPER][index % 3];
        if environment == SANDBOX {
            name.push_str(" (Sandbox)");
        }
        let data_centre = if index.is_multiple_of(2) {
            DataCentre::Eu
        } else {
            DataCentre::Us
        };
        let zgid = (30_000_000 + index).to_string();
        let photo = generated_logo_png(index, 64, 64)
            .map(|png| SimPhoto::png(png, &format!("org-{}-logo.png", index + 1)));
        SimOrg {
            photo,
            fields: json!({ "photo_id": format!("{}", 8_100_000_000_000_412_000_u64 + index as u64) }),
            ..SimOrg::new(
                &format!("{}", 8_100_000_000_000_020_000_u64 + index as u64),
                &zgid,
                &name,
                environment,
                data_centre,
            )
        }
    }

    /// Sets the end of a paid plan the org has (`paid_expiry` not null); a free org stays free.
    pub(crate) fn end_paid_plan_on(&mut self, when: &str) {
        let has_paid_plan = !self.served_json()["license_details"]["paid_expiry"].is_null();
        if !has_paid_plan {
            return;
        }
        let change = json!({ "license_details": { "paid_expiry": when } });
        match &mut self.org_json {
            Some(org) => merge(org, &change),
            None => merge(&mut self.fields, &change),
        }
    }

    /// The org object `GET /crm/v7/org` serves inside `{"org":[…]}`.
    pub(crate) fn served_json(&self) -> Value {
        if let Some(org) = &self.org_json {
            return org.clone();
        }
        let mut org = sample::sample_org();
        merge(
            &mut org,
            &json!({
                "id": self.id,
                "zgid": self.zgid,
                "company_name": self.company_name,
                "domain_name": self.domain_name,
                "type": self.environment,
            }),
        );
        merge(&mut org, &self.fields);
        if self.photo.is_none()
            && let Some(photo_id) = org.get_mut("photo_id")
        {
            *photo_id = Value::Null;
        }
        org
    }
}

/// Writes `changes` over `target`: objects key by key, anything else replaced.
fn merge(target: &mut Value, changes: &Value) {
    match (target, changes) {
        (Value::Object(target), Value::Object(changes)) => {
            for (key, value) in changes {
                match target.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge(existing, value);
                    }
                    _ => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (target, changes) => *target = changes.clone(),
    }
}

/// The demo logo with its colours turned and a striped band along the bottom, so a sandbox is
/// told from production at a glance. Made once per process: decoding and encoding are not free.
pub(crate) fn sandbox_logo_png() -> &'static [u8] {
    static LOGO: OnceLock<Vec<u8>> = OnceLock::new();
    LOGO.get_or_init(|| {
        let made = image::load_from_memory(sample::demo_logo_png())
            .ok()
            .and_then(|logo| {
                let mut logo = logo.to_rgba8();
                let height = logo.height();
                for (x, y, pixel) in logo.enumerate_pixels_mut() {
                    let Rgba([red, green, blue, alpha]) = *pixel;
                    *pixel = if y + 14 >= height {
                        // Caution tape: orange and dark stripes.
                        if (x + y) / 10 % 2 == 0 {
                            Rgba([245, 140, 20, 255])
                        } else {
                            Rgba([40, 40, 40, 255])
                        }
                    } else {
                        Rgba([blue, red, green, alpha])
                    };
                }
                encode_png(&logo)
            });
        made.unwrap_or_else(|| {
            tracing::warn!("could not make the sandbox logo; using the demo logo");
            sample::demo_logo_png().to_vec()
        })
    })
}

/// A small PNG logo that differs for every `seed`: a background of the seed's hue, a disc, and
/// the seed's bits as a row of squares.
pub(crate) fn generated_logo_png(seed: usize, width: u32, height: u32) -> Option<Vec<u8>> {
    let hue = (seed as f32 * 137.508) % 360.0;
    let background = hue_to_rgb(hue, 0.55);
    let accent = hue_to_rgb((hue + 180.0) % 360.0, 0.85);
    let side = height.min(width);
    let radius = side as f32 * 0.35;
    let (centre_x, centre_y) = (side as f32 / 2.0, height as f32 / 2.0);
    let cell = (side / 8).max(1);
    let logo = RgbaImage::from_fn(width, height, |x, y| {
        let (dx, dy) = (x as f32 + 0.5 - centre_x, y as f32 + 0.5 - centre_y);
        let bit = (x / cell) as usize;
        let in_bits_row = y / cell == 0 && bit < usize::BITS as usize;
        if in_bits_row && (seed >> bit) & 1 == 1 {
            Rgba([255, 255, 255, 255])
        } else if dx * dx + dy * dy <= radius * radius {
            accent
        } else {
            background
        }
    });
    encode_png(&logo)
}

/// A fully saturated colour of `hue` degrees at `lightness` (0 dark, 1 white-ish).
fn hue_to_rgb(hue: f32, lightness: f32) -> Rgba<u8> {
    let sector = hue / 60.0;
    let rising = sector.fract();
    let (red, green, blue) = match sector as u32 {
        0 => (1.0, rising, 0.0),
        1 => (1.0 - rising, 1.0, 0.0),
        2 => (0.0, 1.0, rising),
        3 => (0.0, 1.0 - rising, 1.0),
        4 => (rising, 0.0, 1.0),
        _ => (1.0, 0.0, 1.0 - rising),
    };
    let channel = |value: f32| (value * 255.0 * lightness + 40.0).min(255.0) as u8;
    Rgba([channel(red), channel(green), channel(blue), 255])
}

fn encode_png(image: &RgbaImage) -> Option<Vec<u8>> {
    let mut bytes = Cursor::new(Vec::new());
    match image.write_to(&mut bytes, ImageFormat::Png) {
        Ok(()) => Some(bytes.into_inner()),
        Err(error) => {
            tracing::warn!("could not encode a simulated logo: {error}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn the_production_org_serves_exactly_the_sample() {
        assert_eq!(SimOrg::zylker_traders().served_json(), sample::sample_org());
    }

    #[test]
    fn the_demo_orgs_differ_where_an_admin_would_look() {
        let production = SimOrg::zylker_traders().served_json();
        let sandbox = SimOrg::zylker_sandbox().served_json();
        let labs = SimOrg::zylker_labs().served_json();
        assert_eq!(sandbox["type"], SANDBOX);
        assert_eq!(labs["type"], DEVELOPER);
        for key in ["id", "zgid", "company_name", "domain_name", "photo_id"] {
            assert_ne!(production[key], sandbox[key], "{key}");
            assert_ne!(production[key], labs[key], "{key}");
            assert_ne!(sandbox[key], labs[key], "{key}");
        }
        assert_ne!(
            production["license_details"]["paid_type"],
            sandbox["license_details"]["paid_type"]
        );
        // A nested change keeps the other keys of its object.
        assert_eq!(
            sandbox["license_details"]["paid"],
            production["license_details"]["paid"]
        );
        assert_eq!(labs["iso_code"], "USD");
    }

    #[test]
    fn every_demo_logo_is_a_different_png() {
        let logos: Vec<Vec<u8>> = [
            SimOrg::zylker_traders(),
            SimOrg::zylker_sandbox(),
            SimOrg::zylker_labs(),
        ]
        .into_iter()
        .map(|org| org.photo.expect("a logo").bytes)
        .collect();
        for logo in &logos {
            assert_eq!(image::guess_format(logo).ok(), Some(ImageFormat::Png));
            image::load_from_memory(logo).expect("the logo decodes");
        }
        let distinct: HashSet<&Vec<u8>> = logos.iter().collect();
        assert_eq!(distinct.len(), 3);
    }

    #[test]
    fn generated_orgs_are_distinct_in_everything_that_names_them() {
        let orgs: Vec<SimOrg> = (0..120).map(SimOrg::generated).collect();
        let distinct =
            |part: fn(&SimOrg) -> String| orgs.iter().map(part).collect::<HashSet<_>>().len();
        assert_eq!(distinct(|org| org.id.clone()), orgs.len());
        assert_eq!(distinct(|org| org.zgid.clone()), orgs.len());
        assert_eq!(distinct(|org| org.company_name.clone()), orgs.len());
        assert_eq!(distinct(|org| org.domain_name.clone()), orgs.len());
        assert_eq!(
            distinct(|org| format!("{:?}", org.photo.as_ref().map(|photo| &photo.bytes))),
            orgs.len()
        );
        let kinds: HashSet<(String, DataCentre)> = orgs
            .iter()
            .map(|org| (org.environment.clone(), org.data_centre))
            .collect();
        assert_eq!(kinds.len(), 6, "every environment in both data centres");
    }

    #[test]
    fn an_org_without_a_logo_has_no_photo_id() {
        let org = SimOrg {
            photo: None,
            ..SimOrg::zylker_sandbox()
        };
        assert_eq!(org.served_json()["photo_id"], Value::Null);
    }
}
