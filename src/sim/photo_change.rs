//! `POST` and `DELETE /crm/v7/org/photo` as Zoho documents them (zoho.md §5.4, §9.2): a
//! multipart body with exactly one part named `file`, an image of at most 1 MB and 10
//! megapixels, and a token with a write scope. A change is served afterwards by `GET /org/photo`
//! and shows in `GET /org` as a new `photo_id`.

use std::io::Cursor;

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::Response,
};
use rand::Rng;
use serde_json::json;

use super::{
    SimPhoto,
    crm::{CrmServer, bearer_token, check_token},
    reply,
    state::{ChangedPhoto, OrgIndex},
};

/// The largest logo Zoho accepts: 1 MB.
pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

/// The most pixels Zoho accepts: 10 megapixels.
pub const MAX_UPLOAD_PIXELS: u64 = 10_000_000;

/// The scopes that allow uploading the logo.
const UPLOAD_SCOPES: [&str; 3] = ["ZohoCRM.org.ALL", "ZohoCRM.org.CREATE", "ZohoCRM.org.WRITE"];

/// The scopes that allow removing the logo.
const DELETE_SCOPES: [&str; 2] = ["ZohoCRM.org.ALL", "ZohoCRM.org.DELETE"];

/// One write to an org's logo, as the sim saw it: for tests that check which token wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimPhotoWrite {
    /// The org of the token, when the sim issued it.
    pub org_id: Option<String>,
    /// `POST` or `DELETE`.
    pub method: String,
    /// The scopes of the token that was sent.
    pub scopes: Vec<String>,
    /// The access token that was sent, so a test can look for it where it must not be.
    pub token: String,
    /// Zoho's `code` in the answer (`SUCCESS` or the error code).
    pub code: String,
}

/// Which write a request asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Write {
    Upload,
    Delete,
}

/// `POST /crm/v7/org/photo`.
pub(crate) async fn upload(
    State(server): State<CrmServer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let outcome = check_write(&server, &headers, Write::Upload)
        .and_then(|org| the_file(&headers, &body).map(|file| (org, file)))
        .and_then(|(org, file)| checked_image(file).map(|photo| (org, photo)));
    let answer = match outcome {
        Ok((org, photo)) => {
            server.shared.lock().photo_changes.insert(
                org,
                ChangedPhoto {
                    photo: Some(photo),
                    photo_id: Some(new_photo_id()),
                },
            );
            Ok("photo uploaded successfully")
        }
        Err(code) => Err(code),
    };
    record_and_reply(&server, &headers, "POST", answer)
}

/// `DELETE /crm/v7/org/photo`.
pub(crate) async fn delete(State(server): State<CrmServer>, headers: HeaderMap) -> Response {
    let answer = check_write(&server, &headers, Write::Delete).map(|org| {
        server.shared.lock().photo_changes.insert(
            org,
            ChangedPhoto {
                photo: None,
                photo_id: None,
            },
        );
        "Photo deleted"
    });
    record_and_reply(&server, &headers, "DELETE", answer)
}

/// Notes the write in the sim's log and answers Zoho's success body or error.
fn record_and_reply(
    server: &CrmServer,
    headers: &HeaderMap,
    method: &str,
    answer: Result<&'static str, &'static str>,
) -> Response {
    let code = match answer {
        Ok(_) => "SUCCESS",
        Err(code) => code,
    };
    {
        let config = &server.shared.config;
        let mut state = server.shared.lock();
        let sent = bearer_token(headers).unwrap_or_default().to_owned();
        let token = state.access_tokens.get(&sent);
        let write = SimPhotoWrite {
            token: sent.clone(),
            org_id: token.map(|record| config.org(record.org).id.clone()),
            method: method.to_owned(),
            scopes: token
                .map(|record| record.scopes.clone())
                .unwrap_or_default(),
            code: code.to_owned(),
        };
        state.photo_writes.push(write);
    }
    match answer {
        Ok(message) => reply::json(
            StatusCode::OK,
            &json!({"code": "SUCCESS", "details": {}, "message": message, "status": "success"}),
        ),
        Err(code) => reply::zoho_error(code),
    }
}

/// The token's org when it may make this write; otherwise Zoho's code: a token of another data
/// centre is unknown here, a token without a write scope is `OAUTH_SCOPE_MISMATCH`.
fn check_write(
    server: &CrmServer,
    headers: &HeaderMap,
    write: Write,
) -> Result<OrgIndex, &'static str> {
    let allowed: &[&str] = match write {
        Write::Upload => &UPLOAD_SCOPES,
        Write::Delete => &DELETE_SCOPES,
    };
    check_token(server, headers, allowed)
}

/// The one part named `file` of a multipart body; `INVALID_DATA` when the body is not multipart,
/// has no such part or more than one file.
fn the_file<'a>(headers: &HeaderMap, body: &'a [u8]) -> Result<FilePart<'a>, &'static str> {
    let boundary = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(multipart_boundary)
        .ok_or("INVALID_DATA")?;
    let parts = multipart_parts(body, &boundary).ok_or("INVALID_DATA")?;
    let mut files = parts.into_iter().filter(|part| part.name == "file");
    let file = files.next().ok_or("INVALID_DATA")?;
    if files.next().is_some() {
        return Err("INVALID_DATA");
    }
    Ok(file)
}

/// The photo a file part makes, once it is known to be an image within Zoho's limits.
fn checked_image(file: FilePart<'_>) -> Result<SimPhoto, &'static str> {
    if file.bytes.len() > MAX_UPLOAD_BYTES {
        return Err("FILE_SIZE_MORE_THAN_ALLOWED_SIZE");
    }
    let reader = image::ImageReader::new(Cursor::new(file.bytes))
        .with_guessed_format()
        .map_err(|_| "INVALID_DATA")?;
    let format = reader.format().ok_or("INVALID_DATA")?;
    let (width, height) = reader.into_dimensions().map_err(|_| "INVALID_DATA")?;
    if u64::from(width) * u64::from(height) > MAX_UPLOAD_PIXELS {
        return Err("FILE_SIZE_MORE_THAN_ALLOWED_SIZE");
    }
    let extension = format.extensions_str().first().copied().unwrap_or("img");
    Ok(SimPhoto {
        bytes: file.bytes.to_vec(),
        content_type: format.to_mime_type().to_owned(),
        file_name: file
            .file_name
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| format!("logo.{extension}")),
    })
}

/// A fresh `photo_id`: 19 digits, as Zoho's IDs are.
fn new_photo_id() -> String {
    let mut rng = rand::thread_rng();
    format!(
        "{}",
        rng.gen_range(1_000_000_000_000_000_000_u64..9_999_999_999_999_999_999)
    )
}

/// One part of a multipart body.
#[derive(Debug, PartialEq, Eq)]
struct FilePart<'a> {
    name: String,
    file_name: Option<String>,
    bytes: &'a [u8],
}

/// The `boundary` of a `multipart/form-data` content type, quoted or not.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let mut pieces = content_type.split(';');
    let mime = pieces.next()?.trim();
    if !mime.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    pieces.find_map(|piece| {
        let (key, value) = piece.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|boundary| !boundary.is_empty())
    })
}

/// The parts of a multipart body (RFC 7578); `None` when it is not well formed.
fn multipart_parts<'a>(body: &'a [u8], boundary: &str) -> Option<Vec<FilePart<'a>>> {
    let opening = format!("--{boundary}");
    let delimiter = format!("\r\n--{boundary}");
    let mut rest = body.strip_prefix(opening.as_bytes())?;
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let end = find(rest, delimiter.as_bytes())?;
        let (part, after) = rest.split_at(end);
        rest = &after[delimiter.len()..];
        let header_end = find(part, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&part[..header_end]).ok()?;
        let bytes = &part[header_end + 4..];
        let disposition = head.split("\r\n").find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-disposition")
                .then_some(value)
        })?;
        let parameter = |wanted: &str| {
            disposition.split(';').find_map(|piece| {
                let (key, value) = piece.split_once('=')?;
                (key.trim() == wanted).then(|| value.trim().trim_matches('"').to_owned())
            })
        };
        parts.push(FilePart {
            name: parameter("name")?,
            file_name: parameter("filename"),
            bytes,
        });
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multipart_body_gives_its_parts() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--X\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--XyZ--\r\n";
        let boundary = multipart_boundary("multipart/form-data; boundary=\"XyZ\"").unwrap();
        let parts = multipart_parts(body, &boundary).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "file");
        assert_eq!(parts[0].file_name.as_deref(), Some("a.png"));
        assert_eq!(parts[0].bytes, b"\x89PNG\r\n--X");
        assert_eq!(parts[1].bytes, b"hi");
        assert_eq!(multipart_boundary("application/json"), None);
        assert_eq!(multipart_parts(b"garbage", "XyZ"), None);
    }
}
