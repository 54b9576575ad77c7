//! Issue 11: hostile input from Zoho (or whatever answers in its place) never panics and never
//! makes the app allocate without bound. Property runs over the org JSON path (parse, sections,
//! readable text, what the screen draws, JSON out) and the logo decoding path, each bounded to a
//! few seconds, with a counting allocator measuring the peak.
//!
//! Tests in this binary run one at a time (a lock), so each peak is its own.

#![expect(
    unsafe_code,
    reason = "a counting global allocator is the one way to measure the peak"
)]
#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on what it did not expect"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Cursor;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use zoho_org_viewer::worker::logo::{MAX_ALLOC, decode_full_rgba, decode_preview};
use zoho_org_viewer::zoho::PhotoFormat;
use zoho_org_viewer::zoho::api::{ORG_BODY_LIMIT, org_from_body};
use zoho_org_viewer::zoho::display::{
    ValueFormat, on_screen, readable_text, sections, value_on_screen,
};

/// The system allocator, counting the bytes live now and the most live since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call goes straight to `System` with the caller's own arguments; the counters
// are only arithmetic on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `System::alloc`, with the caller's layout.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `System::alloc_zeroed`, with the caller's layout.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's pointer came from this allocator, so from `System`.
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as `System::realloc`, with the caller's arguments.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time, so a peak is not another test's.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `work` and returns the most bytes it had allocated at once, beyond what was live before.
fn peak_of<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let result = work();
    (result, PEAK.load(Ordering::Relaxed).saturating_sub(before))
}

const MIB: usize = 1024 * 1024;

/// Everything the app does with an org body: read it, build the sections, the readable text,
/// what the screen draws, and the JSON for `org --json` and the cache.
fn use_org_body(body: &[u8]) {
    let Ok(org) = org_from_body(body) else {
        return;
    };
    let format = ValueFormat::fixed();
    let all = sections(&org, &format);
    let text = readable_text(&org, &all);
    let mut drawn = 0;
    for (_, rows) in on_screen(&all) {
        for row in rows {
            drawn += value_on_screen(&row.shown()).len();
        }
    }
    let json = serde_json::to_string_pretty(&org.to_json()).unwrap();
    assert!(!text.is_empty() && !json.is_empty() && drawn < 500 * 2_100 * 4);
}

/// The peak an org body may cause: a generous multiple of its size, far below the 480 MB the
/// 40,000-key org once took.
fn org_budget(body: &[u8]) -> usize {
    32 * MIB + 40 * body.len()
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,40}".prop_map(Value::String),
        // Control characters, escapes and direction marks, as a hostile org would send.
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202e}a-z]{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Known keys with values of any shape, so the typed fields meet odd types too.
fn org_object() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "id",
        "company_name",
        "type",
        "license_details",
        "hierarchy_preferences",
        "checkin_preferences",
        "max_per_page",
        "zia_zgid",
        "created_time",
        "mc_status",
        "description",
        "anything_new",
    ]);
    prop::collection::vec((keys, json_value()), 0..16).prop_map(|pairs| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value))
                .collect(),
        )
    })
}

fn bounded(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn any_org_body_is_read_or_refused_without_panic_within_a_memory_budget() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut runner = bounded(300);
    runner
        .run(
            &(org_object(), prop::collection::vec(json_value(), 0..3)),
            |(org, rest)| {
                let mut list = vec![org];
                list.extend(rest);
                let body = serde_json::json!({ "org": list }).to_string();
                let ((), peak) = peak_of(|| use_org_body(body.as_bytes()));
                prop_assert!(
                    peak <= org_budget(body.as_bytes()),
                    "{peak} bytes for {body}"
                );
                Ok(())
            },
        )
        .unwrap();
    // Bytes that are mostly not JSON at all.
    let mut runner = bounded(300);
    runner
        .run(&prop::collection::vec(any::<u8>(), 0..2048), |bytes| {
            let ((), peak) = peak_of(|| use_org_body(&bytes));
            prop_assert!(peak <= org_budget(&bytes));
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_hostile_org_bodies_from_the_issue_stay_within_budget() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let keys: String = (0..40_000)
        .map(|index| format!(r#""k{index}":{index},"#))
        .collect();
    let many_keys = format!(r#"{{"org":[{{{keys}"id":"1"}}]}}"#);
    let long = format!(r#"{{"org":[{{"description":"{}"}}]}}"#, "x".repeat(900_000));
    let deep_ok = format!(
        r#"{{"org":[{{"x":{}{}}}]}}"#,
        "[".repeat(500),
        "]".repeat(500)
    );
    let too_deep = format!(r#"{{"org":[{}]}}"#, "[".repeat(500_000));
    let hostile = [
        many_keys,
        long,
        deep_ok,
        too_deep,
        r#"{"org":[{"n":1e400,"id":20231177000000012345,"s":"\ud800"},null]}"#.to_owned(),
        r#"{"org":[{"code":"X","status":"error","message":"\u001b]0;t\u0007"}]}"#.to_owned(),
    ];
    for body in hostile {
        assert!(body.len() as u64 <= ORG_BODY_LIMIT);
        let ((), peak) = peak_of(|| use_org_body(body.as_bytes()));
        assert!(
            peak <= org_budget(body.as_bytes()),
            "{peak} bytes for a body of {}",
            body.len()
        );
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([x as u8, y as u8, 7, 255])
    });
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgba8(image)
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap();
    bytes
}

/// The peak any logo may cause: one decode at the limit, its RGBA copy and the preview.
const LOGO_BUDGET: usize = MAX_ALLOC as usize + 96 * MIB;

#[test]
fn any_logo_bytes_are_shown_or_refused_without_panic_within_a_memory_budget() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let seed = png(32, 24);
    let formats = prop::sample::select(vec![
        PhotoFormat::Png,
        PhotoFormat::Jpeg,
        PhotoFormat::Gif,
        PhotoFormat::Webp,
        PhotoFormat::Bmp,
    ]);
    // A valid PNG with a few bytes changed (header fields included), in any decoder.
    let mutated = prop::collection::vec((0..seed.len(), any::<u8>()), 1..8).prop_map({
        let seed = seed.clone();
        move |changes| {
            let mut bytes = seed.clone();
            for (at, byte) in changes {
                bytes[at] = byte;
            }
            bytes
        }
    });
    let bytes = prop_oneof![mutated, prop::collection::vec(any::<u8>(), 0..512)];
    let mut runner = bounded(400);
    runner
        .run(&(bytes, formats), |(bytes, format)| {
            let (_, peak) = peak_of(|| {
                let _ = decode_preview(&bytes, format, 1024);
                let _ = decode_full_rgba(&bytes, format);
            });
            prop_assert!(peak <= LOGO_BUDGET, "{peak} bytes");
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_huge_all_zero_png_is_refused_before_it_is_decoded() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let bytes = {
        let image = image::GrayImage::new(11_000, 11_000);
        let mut bytes = Vec::new();
        image::DynamicImage::ImageLuma8(image)
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .unwrap();
        bytes
    };
    let (result, peak) = peak_of(|| decode_preview(&bytes, PhotoFormat::Png, 1024));
    let error = result.expect_err("too large to show");
    assert!(
        zoho_org_viewer::problem::preview_reason(&error)
            .text()
            .contains("too large to show"),
        "{error}"
    );
    assert!(peak < 8 * MIB, "refused from the header: {peak} bytes");
}
