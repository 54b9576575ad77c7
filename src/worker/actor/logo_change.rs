//! Changing an org's logo from the window (issue 15): preparing a picture (read, fitted to
//! Zoho's limits, previewed), the change itself through [`crate::logo_change`] with a one-time
//! grant in the browser, and the list of earlier logos. Each request is answered once with a
//! [`Response::LogoChange`]; the org's snapshot says the logo is busy while a change runs.

use std::io::Cursor;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Event, Worker};
use crate::i18n::t;
use crate::logo_change::{LogoChange, LogoChangeError, change_logo, start_grant};
use crate::logo_fit::{FitError, FittedLogo, fit};
use crate::problem::{self, Problem};
use crate::store::{AppPaths, LogoBackups};
use crate::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use crate::worker::messages::{
    AlsoChanged, LogoChangeDone, LogoChangeUpdate, LogoSource, OrgId, PreparedLogo, Response,
};
use crate::worker::platform::{SaveChoice, default_save_folder};
use crate::zoho::oauth::SignInOptions;

/// The largest picture file read: far beyond any photo, short of filling memory.
const MAX_PICTURE_FILE: u64 = 200 * 1024 * 1024;

/// What the person wants done to the logo.
#[derive(Clone)]
pub(super) enum Wanted {
    /// This prepared picture.
    Set(Arc<FittedLogo>),
    /// No logo.
    Remove,
    /// The logo saved in this backup file.
    Restore(PathBuf),
}

impl Worker {
    /// Where the org's earlier logos are kept: the data folder, or the demo's scratch folder
    /// (a pretend org's logos do not belong with the person's own).
    fn logo_backups(&self) -> LogoBackups {
        match &self.profile._scratch {
            Some(scratch) => LogoBackups::new(&AppPaths::under(scratch.path())),
            None => LogoBackups::new(&self.config.paths),
        }
    }

    /// Reads the picture from `source` and fits it, off the worker's loop.
    pub(super) fn prepare_logo(&mut self, org: OrgId, source: LogoSource) {
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let bytes = match picture_bytes(desktop.as_ref(), source) {
                Ok(Some(bytes)) => bytes,
                Ok(None) => {
                    outbox.send(Response::LogoChange(LogoChangeUpdate::Prepared {
                        org,
                        result: Ok(None),
                    }));
                    return;
                }
                Err(problem) => {
                    outbox.send(Response::LogoChange(LogoChangeUpdate::Prepared {
                        org,
                        result: Err(problem),
                    }));
                    return;
                }
            };
            let result = fit(&bytes)
                .map_err(|error| picture_problem(&error))
                .and_then(|fitted| {
                    let preview =
                        decode_preview(&fitted.bytes, fitted.sent.format, PREVIEW_MAX_SIDE)
                            .map_err(|error| {
                                Problem::new(
                                    t::err_fitted_not_shown(),
                                    t::err_fix_another_picture(),
                                )
                                .with_detail(error.to_string())
                            })?;
                    Ok(Some(PreparedLogo {
                        fitted: Arc::new(fitted),
                        preview: Arc::new(preview),
                    }))
                });
            outbox.send(Response::LogoChange(LogoChangeUpdate::Prepared {
                org,
                result,
            }));
        });
    }

    /// Lists the org's earlier logos.
    pub(super) fn list_logo_backups(&mut self, org: OrgId) {
        let backups = self.logo_backups();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let listed = backups.list(&org).unwrap_or_else(|error| {
                tracing::warn!("the earlier logos could not be listed: {error}");
                Vec::new()
            });
            outbox.send(Response::LogoChange(LogoChangeUpdate::Backups {
                org,
                backups: listed,
            }));
        });
    }

    /// Runs a change of `org`, then of each org of `also` in turn: for each the grant in the
    /// browser (the screen opens the page), then the checks, the backup and the change. The
    /// orgs are marked busy until the whole request ends, which it answers once.
    pub(super) fn change_logo(&mut self, org: OrgId, wanted: Wanted, also: &[OrgId]) {
        let refuse = |problem: Problem| {
            Response::LogoChange(LogoChangeUpdate::Done {
                org: org.clone(),
                result: Err(problem),
                also: Vec::new(),
            })
        };
        let mut orgs: Vec<(OrgId, String)> = Vec::new();
        for id in std::iter::once(&org).chain(also.iter()) {
            if orgs.iter().any(|(known, _)| known == id) {
                continue;
            }
            let Some(entry) = self.entry(id) else {
                self.outbox.send(refuse(Problem::new(
                    t::err_org_gone(),
                    t::err_fix_org_gone(),
                )));
                return;
            };
            if entry.logo_busy {
                self.outbox.send(refuse(Problem::new(
                    t::err_logo_busy(entry.name()),
                    t::err_fix_logo_busy(),
                )));
                return;
            }
            orgs.push((id.clone(), entry.name()));
        }
        let region = self
            .entry(&org)
            .and_then(|entry| entry.signed_in.data_centre.as_deref())
            .and_then(crate::zoho::region::sign_in_start_for);
        let start_url = self.start_url(region);
        let Some(connection) = self.connection(start_url.clone()) else {
            self.outbox
                .send(refuse(Problem::from(&crate::zoho::Error::NoClient)));
            return;
        };
        for (id, _) in &orgs {
            if let Some(entry) = self.entry_mut(id) {
                entry.logo_busy = true;
            }
            self.publish(id);
        }
        let backups = self.logo_backups();
        let options = SignInOptions {
            accounts_url: start_url,
            redirect_ports: self.config.redirect_ports.clone(),
            timeout: self.config.sign_in_timeout,
            force_consent: true,
        };
        let outbox = self.outbox.clone();
        let events = self.events.clone();
        let (cancel, cancelled) = tokio::sync::watch::channel(false);
        self.logo_cancels.insert(org.clone(), cancel);
        tokio::spawn(async move {
            let mut results = Vec::new();
            for (id, name) in &orgs {
                let steps = Steps {
                    connection: &connection,
                    backups: &backups,
                    request_org: &org,
                    org: id,
                    name,
                    outbox: &outbox,
                };
                let result =
                    run_change(steps, options.clone(), wanted.clone(), cancelled.clone()).await;
                results.push(AlsoChanged {
                    org: id.clone(),
                    name: name.clone(),
                    result,
                });
            }
            let mut results = results.into_iter();
            let first = results.next().map_or_else(
                || Err(Problem::without_fix(t::err_nothing_changed())),
                |first| first.result,
            );
            let _ = events.send(Event::LogoChanged {
                orgs: orgs.into_iter().map(|(id, _)| id).collect(),
                response: Response::LogoChange(LogoChangeUpdate::Done {
                    org,
                    result: first,
                    also: results.collect(),
                }),
            });
        });
    }

    /// A change ended: the orgs are no longer busy, the answer goes out, and each org whose
    /// logo changed is fetched again, so the new logo shows.
    pub(super) fn logo_changed(&mut self, orgs: &[OrgId], response: Response) {
        let mut changed: Vec<OrgId> = Vec::new();
        if let Response::LogoChange(LogoChangeUpdate::Done {
            org, result, also, ..
        }) = &response
        {
            self.logo_cancels.remove(org);
            if result.is_ok() {
                changed.push(org.clone());
            }
            changed.extend(
                also.iter()
                    .filter(|other| other.result.is_ok())
                    .map(|other| other.org.clone()),
            );
        }
        for org in orgs {
            if let Some(entry) = self.entry_mut(org) {
                entry.logo_busy = false;
            }
            self.publish(org);
        }
        self.outbox.send(response);
        for org in changed {
            self.refresh(&org);
        }
    }
}

/// What a change works with.
struct Steps<'a> {
    connection: &'a crate::account::Connection,
    backups: &'a LogoBackups,
    /// The org of the request, which the screen's messages are about.
    request_org: &'a str,
    /// The org changed now.
    org: &'a str,
    name: &'a str,
    outbox: &'a super::Outbox,
}

/// The whole change after the request: the picture to send, the grant (until `cancelled`),
/// the change.
async fn run_change(
    steps: Steps<'_>,
    options: SignInOptions,
    wanted: Wanted,
    mut cancelled: tokio::sync::watch::Receiver<bool>,
) -> Result<LogoChangeDone, Problem> {
    let Steps {
        connection,
        backups,
        request_org,
        org,
        name,
        outbox,
    } = steps;
    let change = match wanted {
        Wanted::Set(fitted) => LogoChange::Set(Arc::unwrap_or_clone(fitted)),
        Wanted::Remove => LogoChange::Remove,
        Wanted::Restore(path) => {
            let backups = backups.clone();
            let org = org.to_owned();
            let fitted =
                tokio::task::spawn_blocking(move || restored_picture(&backups, &org, &path))
                    .await
                    .map_err(|error| {
                        Problem::new(t::err_earlier_logo_unreadable(), t::err_fix_try_again())
                            .with_detail(error.to_string())
                    })??;
            LogoChange::Set(fitted)
        }
    };
    let removing = matches!(change, LogoChange::Remove);
    let pending = start_grant(connection, options)
        .await
        .map_err(|error| Problem::from(&error))?;
    if *cancelled.borrow() {
        return Err(cancelled_problem());
    }
    outbox.send(Response::LogoChange(LogoChangeUpdate::GrantWaiting {
        org: request_org.to_owned(),
        granting: name.to_owned(),
        url: pending.authorize_url().clone(),
    }));
    // Only the wait for the browser can be cancelled: once the permission is here, the change
    // runs to its end, so it is never left half made.
    let grant = tokio::select! {
        grant = pending.finish_write_grant() => {
            grant.map_err(|error| change_problem(&LogoChangeError::Grant(error)))?
        }
        Ok(_) = cancelled.wait_for(|cancelled| *cancelled) => return Err(cancelled_problem()),
    };
    let changed = change_logo(&connection.crm, backups, org, name, grant, change)
        .await
        .map_err(|error| change_problem(&error))?;
    let sentence = if removing {
        t::err_logo_removed_done(changed.org_name)
    } else {
        t::err_logo_changed_done(changed.org_name)
    };
    Ok(LogoChangeDone {
        sentence,
        backup: changed.backup.map(|backup| backup.path),
    })
}

/// The answer for an org whose change was cancelled before Zoho's permission came.
fn cancelled_problem() -> Problem {
    Problem::without_fix(t::err_logo_change_cancelled())
}

/// A backup of `org`, fitted to send (a logo Zoho served is within its limits, so it is sent
/// byte for byte); only files in the org's own backup folder are read.
fn restored_picture(
    backups: &LogoBackups,
    org: &str,
    path: &std::path::Path,
) -> Result<FittedLogo, Problem> {
    let listed = backups.list(org).unwrap_or_default();
    let Some(backup) = listed.iter().find(|backup| backup.path == path) else {
        return Err(Problem::new(
            t::err_earlier_logo_gone(),
            t::err_fix_earlier_logo_gone(),
        ));
    };
    let bytes = backups.read(backup).map_err(|error| {
        Problem::new(t::err_earlier_logo_unreadable(), t::err_fix_pick_another())
            .with_detail(error.to_string())
    })?;
    fit(&bytes).map_err(|error| picture_problem(&error))
}

/// The picture's bytes from `source`; `None` when the dialog was cancelled.
fn picture_bytes(
    desktop: &dyn crate::worker::Desktop,
    source: LogoSource,
) -> Result<Option<Vec<u8>>, Problem> {
    let path = match source {
        LogoSource::Clipboard => {
            let (width, height, rgba) = desktop.paste_image().map_err(|detail| {
                Problem::new(t::err_clipboard_empty(), t::err_fix_clipboard_empty())
                    .with_detail(detail)
            })?;
            let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
                return Err(Problem::new(
                    t::err_clipboard_too_large(),
                    t::err_fix_clipboard_too_large(),
                ));
            };
            return pasted_png(width, height, rgba).map(Some);
        }
        LogoSource::Path(path) => path,
        LogoSource::Ask => {
            match desktop
                .choose_open_path(&t::err_choose_logo_title().text(), &default_save_folder())
            {
                SaveChoice::Chosen(path) => path,
                SaveChoice::Cancelled => return Ok(None),
                SaveChoice::Unavailable => {
                    return Err(Problem::new(
                        t::err_no_file_dialog(),
                        t::err_fix_no_file_dialog(),
                    ));
                }
            }
        }
    };
    let unreadable = |detail: String| {
        Problem::new(
            t::err_file_unreadable(path.display().to_string()),
            t::err_fix_check_file(),
        )
        .with_detail(detail)
    };
    let length = std::fs::metadata(&path)
        .map_err(|error| unreadable(error.to_string()))?
        .len();
    if length > MAX_PICTURE_FILE {
        return Err(picture_problem(&FitError::TooLarge(
            crate::logo_fit::size_in_words(usize::try_from(length).unwrap_or(usize::MAX)).text(),
        )));
    }
    std::fs::read(&path)
        .map(Some)
        .map_err(|error| unreadable(error.to_string()))
}

/// Pasted pixels as a PNG file, which keeps every pixel and any transparency.
fn pasted_png(width: u32, height: u32, rgba: Vec<u8>) -> Result<Vec<u8>, Problem> {
    let not_a_picture =
        || Problem::new(t::err_pasted_not_picture(), t::err_fix_pasted_not_picture());
    let image = image::RgbaImage::from_raw(width, height, rgba).ok_or_else(not_a_picture)?;
    let mut bytes = Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Png)
        .map_err(|_| not_a_picture())?;
    Ok(bytes.into_inner())
}

/// Why a picture cannot become the logo, for the screen.
fn picture_problem(error: &FitError) -> Problem {
    Problem::new(
        t::err_picture_unusable(problem::fit_reason(error, true)),
        t::err_fix_picture_unusable(),
    )
    .with_detail(error.to_string())
}

/// A change that did not go through, for the screen: the sentence says whether Zoho changed.
fn change_problem(error: &LogoChangeError) -> Problem {
    match error {
        LogoChangeError::Write { error, .. } => Problem::from(error),
        LogoChangeError::Grant(inner) | LogoChangeError::Identify(inner) => {
            let problem = Problem::from(inner);
            Problem {
                summary: t::err_logo_unchanged(problem.summary),
                ..problem
            }
        }
        other => {
            let (summary, resolution) = problem::logo_change_words(other);
            Problem {
                resolution: resolution.map(Box::new),
                ..Problem::without_fix(summary)
            }
        }
    }
}
