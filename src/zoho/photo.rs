//! The organization's logo as `GET /crm/v7/org/photo` returns it: the bytes exactly as sent, the
//! format read from the bytes themselves (headers and file names can be wrong), and the file name
//! from `Content-Disposition`.

use std::fmt;

use image::ImageFormat;
use percent_encoding::percent_decode_str;

/// The organization's logo.
#[derive(Clone, PartialEq, Eq)]
pub struct Photo {
    /// The image file, byte for byte as Zoho sent it.
    pub bytes: Vec<u8>,
    /// The format, sniffed from the bytes.
    pub format: PhotoFormat,
    /// The file name from `Content-Disposition`, made safe to use as a file name.
    pub file_name: Option<String>,
}

impl Photo {
    /// A logo from bytes, sniffing the format.
    pub fn new(bytes: Vec<u8>, file_name: Option<String>) -> Self {
        let format = PhotoFormat::sniff(&bytes);
        Self {
            bytes,
            format,
            file_name,
        }
    }
}

impl fmt::Debug for Photo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Megabytes of image data in a debug print help nobody.
        f.debug_struct("Photo")
            .field("bytes", &self.bytes.len())
            .field("format", &self.format)
            .field("file_name", &self.file_name)
            .finish()
    }
}

/// An image format recognised from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PhotoFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// GIF.
    Gif,
    /// WebP.
    Webp,
    /// BMP.
    Bmp,
    /// TIFF.
    Tiff,
    /// SVG (text).
    Svg,
    /// Something else; the bytes are still kept and can be saved.
    Unknown,
}

impl PhotoFormat {
    /// Reads the format from the file's signature, as the image decoder will.
    pub fn sniff(bytes: &[u8]) -> Self {
        match image::guess_format(bytes) {
            Ok(ImageFormat::Png) => Self::Png,
            Ok(ImageFormat::Jpeg) => Self::Jpeg,
            Ok(ImageFormat::Gif) => Self::Gif,
            Ok(ImageFormat::WebP) => Self::Webp,
            Ok(ImageFormat::Bmp) => Self::Bmp,
            Ok(ImageFormat::Tiff) => Self::Tiff,
            // An image a logo is never sent as (an icon, HDR, …): kept and saved, not shown.
            Ok(_) => Self::Unknown,
            // SVG is text with no signature, and not an image the decoder knows.
            Err(_) if looks_like_svg(bytes) => Self::Svg,
            Err(_) => Self::Unknown,
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Webp => "webp",
            Self::Bmp => "bmp",
            Self::Tiff => "tiff",
            Self::Svg => "svg",
            Self::Unknown => "img",
        }
    }

    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Gif => "GIF",
            Self::Webp => "WebP",
            Self::Bmp => "BMP",
            Self::Tiff => "TIFF",
            Self::Svg => "SVG",
            // A key, never shown: `name` words it for a person.
            Self::Unknown => "unknown",
        }
    }

    /// The name to show a person: the label, or "Unknown format" in the reader's language.
    pub fn name(self) -> String {
        match self {
            Self::Unknown => crate::i18n::t::err_unknown_format().text(),
            known => known.label().to_owned(),
        }
    }

    /// The MIME type, for the clipboard and file dialogs.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
            Self::Bmp => "image/bmp",
            Self::Tiff => "image/tiff",
            Self::Svg => "image/svg+xml",
            Self::Unknown => "application/octet-stream",
        }
    }
}

/// SVG is XML text: skip a byte-order mark, whitespace, an XML declaration, comments and a
/// doctype, and look for the `<svg` element near the start.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let Ok(text) =
        std::str::from_utf8(head).or_else(|err| std::str::from_utf8(&head[..err.valid_up_to()]))
    else {
        return false;
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    (text.starts_with("<?xml")
        || text.starts_with("<!--")
        || text.starts_with("<!DOCTYPE svg")
        || text.starts_with("<svg"))
        && text.contains("<svg")
}

/// The file name from a `Content-Disposition` header: `filename*=UTF-8''…` (RFC 6266/5987) wins
/// over `filename="…"`. Path parts and control characters are removed so the name is safe to
/// offer in a save dialog.
pub fn file_name_from_content_disposition(header: &str) -> Option<String> {
    let mut plain = None;
    let mut extended = None;
    for parameter in split_parameters(header).into_iter().skip(1) {
        let Some((name, value)) = parameter.split_once('=') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        match name.as_str() {
            "filename*" => {
                // charset'language'percent-encoded-value
                let mut parts = value.splitn(3, '\'');
                let charset = parts.next().unwrap_or_default();
                let _language = parts.next();
                if let Some(encoded) = parts.next()
                    && charset.eq_ignore_ascii_case("utf-8")
                {
                    extended = percent_decode_str(encoded)
                        .decode_utf8()
                        .ok()
                        .map(std::borrow::Cow::into_owned);
                }
            }
            "filename" => plain = Some(unquote(value)),
            _ => {}
        }
    }
    extended.or(plain).and_then(|name| safe_file_name(&name))
}

/// Splits on `;` outside double quotes.
fn split_parameters(header: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for ch in header.chars() {
        match ch {
            _ if escaped => {
                current.push(ch);
                escaped = false;
            }
            '\\' if quoted => {
                current.push(ch);
                escaped = true;
            }
            '"' => {
                quoted = !quoted;
                current.push(ch);
            }
            ';' if !quoted => parts.push(std::mem::take(&mut current)),
            _ => current.push(ch),
        }
    }
    parts.push(current);
    parts
}

fn unquote(value: &str) -> String {
    let Some(inner) = value
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return value.to_owned();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(ch) = chars.next() {
        if ch == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// Keeps only the last path component, drops control characters and characters Windows forbids,
/// and refuses names that end up empty or are only dots.
pub fn safe_file_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = last
        .chars()
        .filter(|ch| !ch.is_control() && !matches!(ch, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    // Windows drops trailing dots and spaces, so a name ending in them would not be the name saved.
    let cleaned = cleaned.trim_start().trim_end_matches(['.', ' ']).to_owned();
    (!cleaned.is_empty() && cleaned.chars().any(|ch| ch != '.')).then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_from_the_bytes() {
        assert_eq!(
            PhotoFormat::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            PhotoFormat::Png
        );
        assert_eq!(
            PhotoFormat::sniff(b"\xff\xd8\xff\xe0\0\x10JFIF"),
            PhotoFormat::Jpeg
        );
        assert_eq!(PhotoFormat::sniff(b"GIF89a\x01\0"), PhotoFormat::Gif);
        assert_eq!(
            PhotoFormat::sniff(b"RIFF\x24\0\0\0WEBPVP8 "),
            PhotoFormat::Webp
        );
        assert_eq!(PhotoFormat::sniff(b"BM\x36\0\0\0"), PhotoFormat::Bmp);
        assert_eq!(PhotoFormat::sniff(b"II*\0\x08\0"), PhotoFormat::Tiff);
        assert_eq!(
            PhotoFormat::sniff(
                b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
            ),
            PhotoFormat::Svg
        );
        assert_eq!(
            PhotoFormat::sniff(b"<html><body>Bad gateway</body></html>"),
            PhotoFormat::Unknown
        );
        assert_eq!(
            PhotoFormat::sniff(b"{\"code\":\"INTERNAL_ERROR\"}"),
            PhotoFormat::Unknown
        );
        assert_eq!(PhotoFormat::sniff(b""), PhotoFormat::Unknown);
        // An image format no logo comes as is kept as bytes, not shown.
        assert_eq!(
            PhotoFormat::sniff(b"\0\0\x01\0\x01\0\x10\x10"),
            PhotoFormat::Unknown
        );
    }

    #[test]
    fn file_names_come_from_either_content_disposition_form() {
        assert_eq!(
            file_name_from_content_disposition(r#"attachment; filename="zylker logo.png""#)
                .as_deref(),
            Some("zylker logo.png")
        );
        assert_eq!(
            file_name_from_content_disposition("attachment; filename=logo.jpg").as_deref(),
            Some("logo.jpg")
        );
        assert_eq!(
            file_name_from_content_disposition(
                r#"attachment; filename="fallback.png"; filename*=UTF-8''Z%C3%BCrich%20logo.png"#
            )
            .as_deref(),
            Some("Zürich logo.png")
        );
        assert_eq!(
            file_name_from_content_disposition(r#"attachment; filename="a;b \"c\".png""#)
                .as_deref(),
            Some("a;b c.png")
        );
        assert_eq!(file_name_from_content_disposition("inline"), None);
    }

    #[test]
    fn hostile_file_names_are_made_safe() {
        assert_eq!(
            file_name_from_content_disposition(r#"attachment; filename="../../.bashrc""#)
                .as_deref(),
            Some(".bashrc")
        );
        assert_eq!(
            safe_file_name(r"C:\Windows\evil.png").as_deref(),
            Some("evil.png")
        );
        assert_eq!(
            safe_file_name("logo\u{0}\n.png").as_deref(),
            Some("logo.png")
        );
        assert_eq!(safe_file_name(".."), None);
        assert_eq!(safe_file_name("   "), None);
        assert_eq!(
            safe_file_name("report.png. . ").as_deref(),
            Some("report.png")
        );
    }
}
