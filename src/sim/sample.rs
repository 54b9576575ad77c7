//! The sample organization the simulated CRM serves, and its logo.

use std::sync::OnceLock;

use image::{ImageEncoder, Rgba, RgbaImage};

/// The sample company, Zoho's fictional demo company.
pub(crate) const COMPANY_NAME: &str = "Zylker Traders";

const SAMPLE_ORG: &str = include_str!("../../assets/sim/sample-org.json");

/// The sample org object: every key Zoho documents for `GET /crm/v7/org` (zoho.md §5.2 and the
/// v7 sample response), realistic values, a few nulls as real orgs have, and one key the app does
/// not know yet (`fiscal_year_start_month`) so its "Other" section has something to show.
pub(crate) fn sample_org() -> serde_json::Value {
    serde_json::from_str(SAMPLE_ORG).unwrap_or_else(|error| {
        tracing::warn!("the sample org does not parse: {error}");
        serde_json::Value::Null
    })
}

/// The user the consent page says is signed in.
pub(crate) const SIGNED_IN_USER: &str = "patricia.boyle@zylker.com";

const LOGO_WIDTH: u32 = 480;
const LOGO_HEIGHT: u32 = 160;

/// The demo logo as PNG bytes.
// A stand-in drawn here until the designed logo (`assets/demo/zylker-logo.png`) lands; then this
// becomes `include_bytes!` of that file.
pub(crate) fn demo_logo_png() -> &'static [u8] {
    static PNG: OnceLock<Vec<u8>> = OnceLock::new();
    PNG.get_or_init(|| {
        let logo = draw_logo();
        let mut bytes = Vec::new();
        let encoded = image::codecs::png::PngEncoder::new(&mut bytes).write_image(
            logo.as_raw(),
            logo.width(),
            logo.height(),
            image::ExtendedColorType::Rgba8,
        );
        if let Err(error) = encoded {
            tracing::warn!("could not encode the demo logo: {error}");
        }
        bytes
    })
}

/// The demo logo as JPEG bytes (on white, as JPEG has no transparency).
pub(crate) fn demo_logo_jpeg() -> &'static [u8] {
    static JPEG: OnceLock<Vec<u8>> = OnceLock::new();
    JPEG.get_or_init(|| {
        let logo = draw_logo();
        let mut on_white = image::RgbImage::new(logo.width(), logo.height());
        for (x, y, pixel) in logo.enumerate_pixels() {
            let [red, green, blue, alpha] = pixel.0;
            let blend = |channel: u8| -> u8 {
                let alpha = u32::from(alpha);
                let value = (u32::from(channel) * alpha + 255 * (255 - alpha)) / 255;
                u8::try_from(value).unwrap_or(u8::MAX)
            };
            on_white.put_pixel(x, y, image::Rgb([blend(red), blend(green), blend(blue)]));
        }
        let mut bytes = Vec::new();
        let encoded = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 88)
            .write_image(
                on_white.as_raw(),
                on_white.width(),
                on_white.height(),
                image::ExtendedColorType::Rgb8,
            );
        if let Err(error) = encoded {
            tracing::warn!("could not encode the demo logo: {error}");
        }
        bytes
    })
}

/// A shape of the logo: which points it covers, and its colour.
struct Shape {
    covers: fn(f32, f32) -> bool,
    colour: [u8; 3],
}

/// Draws the stand-in logo: a rounded tile with a "Z" and two bars suggesting the name, on a
/// transparent background, with 4×4 supersampled edges.
fn draw_logo() -> RgbaImage {
    let shapes = [
        Shape {
            covers: |x, y| rounded_rect(x, y, (16.0, 16.0, 144.0, 144.0), 28.0),
            colour: [0xE2, 0x48, 0x3D],
        },
        Shape {
            covers: |x, y| {
                rounded_rect(x, y, (44.0, 40.0, 116.0, 56.0), 3.0)
                    || rounded_rect(x, y, (44.0, 104.0, 116.0, 120.0), 3.0)
                    || near_segment(x, y, (112.0, 52.0), (48.0, 108.0), 9.0)
            },
            colour: [0xFF, 0xFF, 0xFF],
        },
        Shape {
            covers: |x, y| rounded_rect(x, y, (172.0, 46.0, 452.0, 82.0), 8.0),
            colour: [0x26, 0x32, 0x38],
        },
        Shape {
            covers: |x, y| rounded_rect(x, y, (172.0, 98.0, 356.0, 114.0), 8.0),
            colour: [0x90, 0xA4, 0xAE],
        },
    ];
    const SAMPLES: u32 = 4;
    RgbaImage::from_fn(LOGO_WIDTH, LOGO_HEIGHT, |x, y| {
        let mut sum = [0u32; 4];
        for sample_y in 0..SAMPLES {
            for sample_x in 0..SAMPLES {
                let px = x as f32 + (sample_x as f32 + 0.5) / SAMPLES as f32;
                let py = y as f32 + (sample_y as f32 + 0.5) / SAMPLES as f32;
                if let Some(shape) = shapes.iter().rev().find(|shape| (shape.covers)(px, py)) {
                    for (total, channel) in sum.iter_mut().zip(shape.colour) {
                        *total += u32::from(channel);
                    }
                    sum[3] += 255;
                }
            }
        }
        let count = SAMPLES * SAMPLES;
        let coverage = sum[3] / count;
        if coverage == 0 {
            return Rgba([0, 0, 0, 0]);
        }
        // Colour is averaged over covered samples only, so edges fade in alpha, not to black.
        let covered = sum[3] / 255;
        let channel = |total: u32| u8::try_from(total / covered).unwrap_or(u8::MAX);
        Rgba([
            channel(sum[0]),
            channel(sum[1]),
            channel(sum[2]),
            u8::try_from(coverage).unwrap_or(u8::MAX),
        ])
    })
}

/// Whether (x, y) lies inside the rectangle (left, top, right, bottom) with rounded corners.
fn rounded_rect(
    x: f32,
    y: f32,
    (left, top, right, bottom): (f32, f32, f32, f32),
    radius: f32,
) -> bool {
    if x < left || x > right || y < top || y > bottom {
        return false;
    }
    let nearest_x = x.clamp(left + radius, right - radius);
    let nearest_y = y.clamp(top + radius, bottom - radius);
    (x - nearest_x).powi(2) + (y - nearest_y).powi(2) <= radius * radius
}

/// Whether (x, y) lies within `half_width` of the segment from `start` to `end`.
fn near_segment(x: f32, y: f32, start: (f32, f32), end: (f32, f32), half_width: f32) -> bool {
    let (dx, dy) = (end.0 - start.0, end.1 - start.1);
    let along = (((x - start.0) * dx + (y - start.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    let (nearest_x, nearest_y) = (start.0 + along * dx, start.1 + along * dy);
    (x - nearest_x).powi(2) + (y - nearest_y).powi(2) <= half_width * half_width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_org_has_every_documented_key() {
        let org = sample_org();
        // zoho.md §5.2 and the v7 sample response.
        let documented = [
            "id",
            "company_name",
            "alias",
            "description",
            "domain_name",
            "primary_email",
            "phone",
            "mobile",
            "fax",
            "website",
            "street",
            "city",
            "state",
            "zip",
            "country",
            "country_code",
            "currency",
            "currency_symbol",
            "currency_locale",
            "iso_code",
            "mc_status",
            "employee_count",
            "time_zone",
            "primary_zuid",
            "zgid",
            "ezgid",
            "zia_portal_id",
            "zia_zgid",
            "photo_id",
            "gapps_enabled",
            "translation_enabled",
            "privacy_settings",
            "hipaa_compliance_enabled",
            "lite_users_enabled",
            "deletable_org_account",
            "oauth_presence",
            "max_per_page",
            "call_icon",
            "type",
            "created_time",
            "license_details",
            "hierarchy_preferences",
            "checkin_preferences",
        ];
        for key in documented {
            assert!(org.get(key).is_some(), "the sample org lacks {key}");
        }
        for key in [
            "paid_expiry",
            "users_license_purchased",
            "trial_type",
            "trial_expiry",
            "paid",
            "paid_type",
            "trial_action",
        ] {
            assert!(
                org["license_details"].get(key).is_some(),
                "license_details lacks {key}"
            );
        }
        assert!(
            org["hierarchy_preferences"]
                .get("strictly_reporting")
                .is_some()
        );
        assert!(
            org["checkin_preferences"]
                .get("restricted_event_types")
                .is_some()
        );
        assert!(org["id"].is_string(), "Zoho sends the org ID as a string");
        assert_eq!(org["company_name"], COMPANY_NAME);
        let unknown: Vec<&String> = org
            .as_object()
            .map(|object| {
                object
                    .keys()
                    .filter(|key| !documented.contains(&key.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            unknown,
            ["fiscal_year_start_month"],
            "exactly one key the app does not know"
        );
    }

    #[test]
    fn demo_logos_decode_at_their_size() {
        for (bytes, format) in [
            (demo_logo_png(), image::ImageFormat::Png),
            (demo_logo_jpeg(), image::ImageFormat::Jpeg),
        ] {
            assert_eq!(image::guess_format(bytes).ok(), Some(format));
            let logo = image::load_from_memory(bytes).expect("the demo logo decodes");
            assert_eq!((logo.width(), logo.height()), (LOGO_WIDTH, LOGO_HEIGHT));
        }
    }
}
