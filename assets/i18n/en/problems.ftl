# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Keep Zoho's own terms (client ID, client secret, redirect URI, scope names such as
# ZohoCRM.org.READ, API console, Sessions, Connected apps) as Zoho's interface names them
# in your language; scope names and environment variables (ZOHO_CLIENT_ID) never change.

## The Details part of a problem, and the text copied for a support ticket.
# Labels of the Details list.
err-label-zoho-code = Zoho code
err-label-http-status = HTTP status
err-label-detail = Detail
err-label-time = Time
err-label-app = App
# One line of the copied details: a label above and its value (a code, a number, Zoho's
# own English text, a date).
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
# A summary naming Zoho's error code; $sentence is the summary without its final full stop,
# $code a code such as NO_PERMISSION (never translated).
err-with-code = { $sentence } (Zoho code { $code }).
# Two whole sentences one after the other: what happened, then what to do.
err-two-sentences = { $first } { $second }
# A length of time inside other sentences ("Wait 2 minutes and try again.").
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
   *[seconds] { $count ->
        [one] 1 second
       *[other] { $count } seconds
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = Zoho did not accept the way this app asked for { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-oauth-scope-mismatch = Your sign-in does not include permission to read { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-authentication-failure = Zoho did not accept this app's sign-in when it asked for { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-no-permission = Your Zoho CRM user is not allowed to read { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-invalid-url-pattern = Zoho did not recognise the address this app used for { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-internal-error = Zoho had an internal problem while sending { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-authorization-failed = Your Zoho CRM user does not have the privileges to read { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}.
err-crm-invalid-token = Your Zoho sign-in has expired or was revoked.
# $code is Zoho's error code, such as LIMIT_REACHED.
err-crm-other = Zoho refused to send { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
} ({ $code }).
err-fix-update-app = Update Org Viewer to the latest version. If that does not help, report the problem and mention the error code.
err-fix-read-scope = Sign out, then sign in again and allow access when Zoho asks. The Zoho client must be allowed the ZohoCRM.org.READ scope.
err-fix-sign-in-again = Sign in again.
err-fix-ask-admin-view = Ask your Zoho CRM administrator for a profile that may view the organization's settings.
err-fix-internal = Try again in a few minutes. If it keeps happening, contact Zoho support and mention the error code.
err-fix-crm-other = Try again. If it keeps happening, contact Zoho support and mention the error code.

## Zoho's limit on how often the app may ask.
err-rate-limited = Zoho is limiting how often this app may ask for data right now.
err-fix-long-pause = Zoho asked for a long pause; try again later.
# $duration is a length of time (see err-duration).
err-fix-wait = Wait { $duration } and try again.
err-fix-wait-a-minute = Wait a minute and try again.

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = Could not connect to Zoho.
err-network-host = Could not connect to Zoho ({ $host }).
err-fix-network = Check your internet connection, then try again. If you use a proxy or VPN, make sure it lets the app reach Zoho.
err-dropped = The connection to Zoho dropped before the answer arrived.
err-dropped-host = The connection to Zoho ({ $host }) dropped before the answer arrived.
err-fix-dropped = Try again in a moment. If it keeps happening, a proxy, VPN or firewall may be cutting the connection to Zoho.
err-timeout = Zoho did not answer in time.
err-fix-timeout = Check your internet connection and try again in a moment.

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = Zoho's answer for { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
} was larger than { $megabytes } MB, so the app stopped reading it.
err-fix-too-large = Try again later. If it keeps happening, contact Zoho support.
err-html-page = A web page came back instead of { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
}; something between you and Zoho answered in Zoho's place.
err-cut-off = The answer with { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
} was cut off before it was complete.
err-not-zoho-json = Zoho's answer with { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
} could not be read.
err-no-organization = Zoho's answer did not contain an organization.
err-redirected = The request for { $what ->
    [logo] the logo
    [accounts] the sign-in
   *[org] the organization details
} was redirected to another address; the app does not follow redirects, so nothing was sent there.
err-fix-html-page = If your network needs you to sign in to a Wi-Fi portal or proxy, do that first; then try again.
err-fix-cut-off = Check your internet connection and try again.
err-fix-unreadable = Try again. If it keeps happening, contact Zoho support.
err-fix-redirected = Try again. If it keeps happening, tell your IT team: something between you and Zoho may be redirecting the app.

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = The sign-in code from Zoho had expired or was already used.
err-token-revoked = Your saved Zoho sign-in is no longer valid; it may have been revoked.
err-token-invalid-client = Zoho does not recognise this app's client ID for your account's data centre.
err-token-invalid-secret = Zoho did not accept this app's client secret.
err-token-invalid-redirect = Zoho did not accept the address the sign-in returns to (the redirect URI).
err-token-access-denied = Zoho is refusing new sign-ins for this app for a few minutes.
err-token-throttled = Zoho has paused new access for this sign-in because too many were requested in a short time.
err-token-revoke-other = Zoho could not sign this app out ({ $code }).
err-token-other = Zoho refused the sign-in ({ $code }).
# "multi-DC" is Zoho's own name of the setting.
err-fix-invalid-client = Check the client ID. In Zoho's API console, open the client's Settings and enable your data centre (multi-DC), then sign in again.
err-fix-invalid-secret = Copy the client secret again from Zoho's API console and enter it again.
# $uris is a list of addresses, such as http://127.0.0.1:17645/callback, separated by commas.
err-fix-invalid-redirect = In Zoho's API console, add these redirect URIs to the client exactly as written: { $uris }.
err-fix-wait-ten-minutes = Wait about 10 minutes, then try again.
err-fix-revoke-other = You can also remove the app in your Zoho account under Sessions, Connected apps.
err-fix-token-other = Try signing in again. If it keeps happening, report the problem and mention the error code.

## The sign-in in the browser did not complete.
err-state-mismatch = The answer from the browser did not belong to this sign-in, so the app ignored it.
# $server and $domain are web addresses.
err-accounts-server-not-allowed = The sign-in came back naming { $server }, which is not a Zoho sign-in server, so the app stopped without contacting it.
err-api-domain-not-allowed = Zoho's answer named { $domain } as the CRM address, which is not a Zoho address, so the app will not use it.
# $count is how many ports were tried (0 when unknown); $ports lists all but the last,
# separated by commas; $last is the last port (a number such as 17647).
err-ports-unavailable = The app could not receive the sign-in because { $count ->
    [0] the sign-in port is
    [one] port { $last } is
   *[other] ports { $ports } and { $last } are
} in use by another program.
# $duration is a length of time (see err-duration).
err-sign-in-timed-out = The sign-in was not finished within { $duration }.
err-sign-in-cancelled = The sign-in was cancelled.
err-denied-in-browser = Access was not allowed on Zoho's consent page.
# $error is Zoho's own code, such as server_error.
err-zoho-refused-sign-in = Zoho could not complete the sign-in ({ $error }).
err-missing-code = The browser came back without a sign-in code from Zoho.
err-no-refresh-token = Zoho did not give the app a lasting sign-in.
err-fix-restart-sign-in = Start the sign-in again from the app and finish it in the browser tab it opens.
err-fix-interference = Try again. If it happens again, tell your IT team: something may be interfering with the sign-in.
err-fix-ports = Close the other program (or another copy of this app) and try again.
err-fix-timed-out = Start the sign-in again and complete it in your browser.
err-fix-cancelled = Sign in again whenever you are ready.
err-fix-denied = Sign in again and allow access so the app can read your organization.
err-fix-zoho-refused = Try again. If it keeps happening, report the problem and mention the error code.
err-fix-no-refresh-token = Sign out, then sign in again so that Zoho asks for your consent.

## Nothing to sign in with.
err-not-signed-in = You are not signed in to Zoho.
err-fix-sign-in-first = Sign in with Zoho first.
# ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET are environment variables: never translate them.
err-no-client = This app is not set up with a Zoho client yet.
err-fix-no-client = Enter the client ID and secret from Zoho's API console, or set ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET.

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = Zoho refused the logo as too large. Nothing was changed at Zoho.
err-fix-logo-too-large = Zoho takes at most 1 MB and 10 megapixels; choose a smaller picture.
err-logo-not-a-picture = Zoho did not take the file as a picture. Nothing was changed at Zoho.
err-fix-logo-not-a-picture = Choose a PNG, JPEG or GIF picture.
err-logo-no-write-scope = The permission Zoho gave does not allow changing the logo. Nothing was changed at Zoho.
err-fix-logo-no-write-scope = Try again and allow access when Zoho asks. The Zoho client must be allowed the ZohoCRM.org.ALL scope.
err-logo-not-allowed = Your Zoho CRM user may not change this organization's logo. Nothing was changed at Zoho.
err-fix-logo-not-allowed = Ask your Zoho CRM administrator for a profile that may change the organization's settings.
err-logo-outcome-unknown = The connection to Zoho ended before Zoho said whether the logo changed.
# $then is another problem's fix, a whole sentence.
err-fix-logo-outcome-unknown = Look at the logo in Zoho CRM before trying again. { $then }
# $summary is another problem's summary, a whole sentence.
err-logo-unchanged = { $summary } Nothing was changed at Zoho.

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = Check the client ID and secret, then try again.
err-client-not-saved = The client could not be saved.
err-fix-client-not-saved = You can still sign in now; you will be asked for the client again next time.
err-sign-in-not-opened = The sign-in could not be opened.
# $error is a whole sentence saying why (from the settings store).
err-sign-out-not-forgotten = Signed out, but the sign-in could not be removed from this computer: { $error }
err-fix-sign-out-again = Try signing out again.
err-sign-out-not-told = You are signed out on this computer, but Zoho could not be told.
err-fix-sign-out-not-told = To be sure, remove the app in your Zoho account under Sessions, Connected apps.
err-demo-not-started = The demo could not start.
err-fix-demo-not-started = Close other copies of the app and try again.
err-demo-no-room = The demo could not start: no room for its files.
err-fix-free-disk = Free some disk space and try again.
err-sign-in-page-unreachable = Zoho's sign-in page cannot be reached from this computer.
err-fix-sign-in-page-unreachable = Check the internet connection (or ask IT whether Zoho is blocked), then try again.
err-fix-not-saved-sign-in = Check that the disk is not full and your settings folder belongs to you, then sign in again.
err-app-damaged-address = The app is damaged: Zoho's address does not read.
err-fix-reinstall = Reinstall the app.

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = The fitted picture could not be shown.
err-fix-another-picture = Try another picture.
err-org-gone = An organization to change is no longer signed in here.
err-fix-org-gone = Sign in to it again, then change its logo.
# $org is a company name.
err-logo-busy = The logo of { $org } is busy with another change.
err-fix-logo-busy = Wait for it to finish, then try again.
err-nothing-changed = Nothing was changed.
err-earlier-logo-unreadable = The earlier logo could not be read.
err-fix-try-again = Try again.
err-logo-change-cancelled = You cancelled the logo change. Nothing was changed at Zoho.
err-earlier-logo-gone = That earlier logo is no longer there.
err-fix-earlier-logo-gone = Pick another one from the list.
err-fix-pick-another = Pick another one.
err-clipboard-empty = There is no picture on the clipboard.
err-fix-clipboard-empty = Copy a picture first, or choose its file with Change logo….
err-clipboard-too-large = The picture on the clipboard is too large.
err-fix-clipboard-too-large = Save it as a file and choose that file instead.
err-no-file-dialog = No file dialog is available on this computer.
err-fix-no-file-dialog = Drop a picture on the logo, or copy one and paste it here with Ctrl+V.
# $file is a file's full path.
err-file-unreadable = { $file } could not be read.
err-fix-check-file = Check the file, then try again.
err-pasted-not-picture = What was pasted is not a picture the app can use.
err-fix-pasted-not-picture = Copy the picture again, or choose its file instead.
# $why says what is wrong with the picture (see the err-fit- messages), starting with a capital.
err-picture-unusable = This picture cannot become the logo: { $why }.
err-fix-picture-unusable = Choose a PNG, JPEG, GIF, WebP or BMP picture.

## Copying and saving the logo.
err-clipboard-failed = The logo could not be put on the clipboard.
err-fix-clipboard-failed = Try again, or save the logo to a file instead.
# $folder is a folder's full path.
err-folder-not-opened = The folder { $folder } could not be opened.
err-fix-folder-not-opened = Open it from your file manager.
# $file is a file's full path.
err-logo-not-saved = The logo could not be saved to { $file }.
err-fix-logo-not-saved = Choose another folder and try again.
err-no-logo = There is no logo to use.
err-fix-no-logo = Refresh to fetch the organization's logo.

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
# Where the sign-in is kept, inside other sentences.
err-store-location = { $place ->
    [keychain] the system keychain
    [memory] this app's memory (it is forgotten when the app closes)
    [unavailable] the system keychain (not available on this computer)
   *[file] the file { $file }
}
# A length of time in seconds, possibly with decimals (0.25).
err-store-seconds = { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
err-store-keychain-timeout = The system keychain did not answer within { $duration }. Unlock it and try again.
err-store-keychain-locked = The system keychain is locked or did not allow Org Viewer to use it. Unlock it (or allow access when asked) and try again.
# ZOHO_ORG_VIEWER_STORE=file is a setting to type as it is.
err-store-keychain-unusable = The system keychain cannot be used on this computer ({ $cause }). Set ZOHO_ORG_VIEWER_STORE=file to keep the sign-in in a private file instead.
err-store-no-keychain = No system keychain is available on this computer. Set ZOHO_ORG_VIEWER_STORE=file to keep the sign-in in a private file instead.
err-store-keychain-failed = The system keychain reported a problem ({ $detail }). Try again, or restart the computer if it keeps happening.
err-store-keychain-thread = Org Viewer could not start a background task to reach the system keychain ({ $cause }). Close some programs and try again.
# HOME and USERPROFILE are names of settings; never translate them.
err-store-no-settings-folder = Org Viewer could not find your settings folder because your home folder is not known. Check that the HOME (or on Windows, USERPROFILE) setting points to your home folder.
err-store-file-read = Org Viewer could not read { $file }: { $cause }. Check that the file and its folder belong to you.
err-store-file-write = Org Viewer could not save { $file }: { $cause }. Check that the disk is not full and the folder belongs to you.
err-store-damaged-file = Org Viewer cannot use the credential file { $file }: { $reason }. Sign in again to replace it.
err-store-damaged-org-list = Org Viewer cannot read its list of signed-in organizations in { $file }: { $reason }. Sign in again to rebuild it.
# $location is err-store-location; $what is the saved item: the sign-in or the OAuth client.
err-store-corrupt = Org Viewer cannot use the saved { $what ->
    [client] OAuth client
   *[session] sign-in
} in { $location }: { $reason }. { $what ->
    [client] Enter the client ID and secret again to replace them.
   *[session] Sign in again to replace it.
}
# $version is a format number.
err-store-newer-version = The saved { $what ->
    [client] OAuth client
   *[session] sign-in
} in { $location } comes from a newer version of Org Viewer (format { $version }). Update Org Viewer, or { $what ->
    [client] enter the client ID and secret again to replace them.
   *[session] sign in again to replace it.
}
# $value is what the person typed; "keyring" and "file" are values to type as they are.
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE is set to "{ $value }", which Org Viewer does not know. Set it to "keyring" or "file", or remove it.

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = This organization is not signed in on this computer. Sign in to it again.
err-no-org-id = Zoho did not name the organization of this sign-in, so it was not kept. Sign in again.
# $error is a whole sentence from the err-store- messages.
err-sign-in-not-saved = The sign-in could not be saved on this computer, so it was undone at Zoho: { $error }
# The browser page after such a sign-in.
err-fix-go-back-sign-in = Go back to the app and sign in again.

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] It is not a picture the app can read (PNG, JPEG, GIF, WebP or BMP)
   *[no] it is not a picture the app can read (PNG, JPEG, GIF, WebP or BMP)
}
# $format is a file format such as SVG or TIFF.
err-fit-unsupported = { $start ->
    [yes] It is a { $format } picture, which the app cannot read; save it as PNG or JPEG first
   *[no] it is a { $format } picture, which the app cannot read; save it as PNG or JPEG first
}
# $detail is the decoder's own words, such as "8000 × 8000".
err-fit-too-large = { $start ->
    [yes] It is too large for the app to open ({ $detail }); scale it down first
   *[no] it is too large for the app to open ({ $detail }); scale it down first
}
err-fit-damaged = { $start ->
    [yes] The file is damaged
   *[no] the file is damaged
}
err-fit-cannot-fit = { $start ->
    [yes] It stays over Zoho's 1 MB even when made very small
   *[no] it stays over Zoho's 1 MB even when made very small
}

## Changing the logo did not go through (window and command line).
# $granted and $wanted are company names.
err-logo-wrong-org = Zoho gave permission for { $granted }, not for the organization being changed, so nothing was sent. Try again and pick { $wanted } on Zoho's page.
# $error is another problem's summary, a whole sentence.
err-logo-current-unreadable = The current logo could not be read to keep a copy, so nothing was changed at Zoho: { $error }
# $cause is the system's own words.
err-logo-backup-failed = A copy of the current logo could not be saved on this computer ({ $cause }), so nothing was changed at Zoho.
err-fix-logo-backup-failed = Check that your data folder has space and can be written to, then try again.

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
# $location is err-store-location.
err-store-file-notice = Your sign-in is kept in { $location }, readable only by you, { $reason ->
    [asked] as ZOHO_ORG_VIEWER_STORE=file asks
   *[no_keychain] because this computer has no usable system keychain
}.
err-store-cause-locked = it is locked or did not allow Org Viewer to use it
# $duration is err-store-seconds.
err-store-cause-timeout = it did not answer within { $duration }
err-store-trouble-ambiguous = it holds more than one entry for Org Viewer
# $limit is a number of characters.
err-store-trouble-too-long = the entry is longer than its limit of { $limit } characters
err-store-trouble-not-text = an entry of Org Viewer is not readable text
err-store-trouble-vanished = an entry disappeared while it was being read
err-store-trouble-stopped = the task talking to it stopped unexpectedly

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = Run `zoho-org-viewer login` to sign in again.
# $fix is the usual fix, a whole sentence.
err-cli-fix-ports = { $fix } Or set ZOHO_ORG_VIEWER_REDIRECT_PORT to a free port whose redirect URI is registered for the client.

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = Enter the client ID from Zoho's API console.
err-client-id-spaces = The client ID cannot contain spaces or line breaks. Copy it again from Zoho's API console.
err-client-id-is-secret = This looks like the client secret. Paste the client ID here: it starts with "1000.".
err-client-id-prefix = A Zoho client ID starts with "1000.". Copy it again from Zoho's API console.
err-client-id-characters = After "1000.", a Zoho client ID has only capital letters and digits. Copy it again from Zoho's API console.
err-client-id-length = A Zoho client ID has { $expected } characters after "1000.", but this one has { $length }. Check that it was copied whole.
err-client-secret-empty = Enter the client secret from Zoho's API console.
err-client-secret-spaces = The client secret cannot contain spaces or line breaks. Copy it again from Zoho's API console.
err-client-secret-is-id = This looks like the client ID. Paste the client secret here: it is the longer code of letters and digits.
err-client-secret-characters = A Zoho client secret has only the digits 0-9 and the letters a-f. Copy it again from Zoho's API console.
err-client-secret-length = A Zoho client secret has { $expected } characters, but this one has { $length }. Check that it was copied whole.

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = The app cannot show { $format } images, but you can save the logo and open it elsewhere.
err-preview-too-large = The logo is too large to show ({ $detail }); you can still save it.
err-preview-damaged = The logo file is damaged and cannot be shown; you can still save it.
# $org is a company name; $error a whole sentence with Zoho's code.
err-cli-sign-in-revoked = { $error } The sign-in of { $org } was removed from this computer; run `zoho-org-viewer login` to sign in to it again.
# $failed and $total are numbers of organizations.
err-cli-some-orgs-failed = { $failed } of { $total } organizations could not be fetched; see the lines above.
# $redirect_uris lists addresses; https://api-console.zoho.com is Zoho's page (keep it).
err-cli-no-client = No Zoho client is set up for signing in. Create a Server-based client in Zoho's API console (https://api-console.zoho.com) with the redirect URI { $redirect_uris }, then set ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET to its client ID and secret.
err-cli-not-signed-in = You are not signed in to any organization on this computer. Run `zoho-org-viewer login` first.
err-cli-no-logo = Your organization has no logo in Zoho CRM, so no file was written.
# $path is a folder, $example a file name in it.
err-cli-out-is-folder = { $path } is a folder. Give a file name for the logo, such as { $example }.
# $cause is the system's own words.
err-cli-save-logo = Could not save the logo to { $path }: { $cause }. Check that the folder exists and that you may write to it; nothing was written.
# $reason is a whole sentence.
err-cli-revoke-failed = Signed out of { $org } on this computer, but Zoho could not be told to revoke the sign-in. { $reason } The app may still have access at Zoho until you remove it there: sign in to your Zoho account, open Sessions, then Connected apps, and remove Org Viewer.
# $revoked is "yes" when Zoho revoked the access; $error a whole sentence.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho revoked the app's access,
   *[no] Zoho could not be told to revoke the sign-in,
} but the sign-in of { $org } could not be removed from this computer: { $error } Fix that and run the command again.
err-cli-read-picture = Could not read { $path }: { $cause }. Check the file name; the logo was not changed.
# $why is a clause from the err-fit- messages.
err-cli-picture = { $path } cannot become the logo: { $why }. The logo was not changed.
# --out and --org are options of the command: keep them.
err-cli-one-org-only = logo --out saves one organization's logo; give one --org.
err-cli-some-logos-unchanged = The logo of { $failed } of { $total } organizations was not changed; see the lines above.
# --out FILE, --set FILE and --remove are options of the command: keep them.
err-cli-nothing-to-do = Say what to do with the logo: --out FILE, --set FILE or --remove.
err-cli-runtime = Could not start the command's background work ({ $cause }). Close some programs and try again.
# $detail is the windowing system's own words; login, org, logo and logout are commands.
err-cli-window = The app window could not open ({ $detail }). Make sure you are in a desktop session and your graphics driver supports OpenGL 2 or later; the commands (login, org, logo, logout) work without a window.
# $error is a whole sentence; $choices lists organizations as "Name (ID 123)" separated by "; ".
err-cli-choose-org = { $error } Name one of these by its ID, domain or a piece of its name that fits only it: { $choices }.
# One organization in that list: $name is a company name, $id a number.
err-cli-org-choice = { $name } (ID { $id })
# Choosing an organization by name on the command line; $query is what the person typed.
err-store-none-signed-in = You are not signed in to any organization on this computer.
err-store-no-match = No signed-in organization matches "{ $query }".
err-store-ambiguous = "{ $query }" matches more than one signed-in organization.

## Why a saved file (credential file, list of organizations, keychain entry) cannot be used:
## a clause after a colon in err-store-damaged-file, err-store-damaged-org-list and
## err-store-corrupt, starting in lower case. "it" is the file or the saved item.
# $line and $column are numbers in the file.
err-damaged-not-json = it is not valid JSON (line { $line }, column { $column })
err-damaged-not-object = it is not a JSON object
err-damaged-no-version = it has no format version
err-damaged-version-not-number = its format version is not a number
err-damaged-cut-short = it is cut short
err-damaged-unreadable = it could not be read
# $field is the name of the entry in the file, e.g. `refresh_token` (keep as is).
err-damaged-missing-entry = it lacks a required entry (missing field { $field })
err-damaged-wrong-kind = an entry has the wrong kind of value
err-damaged-too-large = it is far too large
err-damaged-not-text = it is not text
err-damaged-symbolic-link = it is a symbolic link, which Org Viewer does not follow
err-damaged-not-a-file = it is not a regular file (a folder, a named pipe or a device)
# $version is a number.
err-damaged-newer-file = it comes from a newer version of Org Viewer (format { $version })
err-damaged-newer-list = it was written by a newer version of the app ({ $version })
err-damaged-not-encoded = it could not be encoded
err-damaged-empty-client-id = its client ID is empty
err-damaged-empty-client-secret = its client secret is empty
# $name says which entry of a saved sign-in: the refresh token (Zoho's term), the address of
# Zoho's accounts server, or the API domain (Zoho's term).
err-damaged-empty = its { $name ->
    [refresh] refresh token
    [accounts] accounts server
   *[api] API domain
} is empty
err-damaged-expiry = its access token expiry is out of range
err-damaged-not-address = its { $name ->
    [accounts] accounts server
   *[api] API domain
} is not a web address
err-damaged-no-org-id = Zoho sent the organization without its ID

## A crash: printed in the terminal as the app stops, and shown once at the next start.
# $file is the path of the crash report.
err-crash-reported = Org Viewer stopped because of an internal error. A report is in { $file }.
# $error is the system's own words for why the report could not be written.
err-crash-unreported = Org Viewer stopped because of an internal error (the report could not be written: { $error }).
err-crash-last-time = Org Viewer closed unexpectedly last time. If it happens again, please report it and attach { $file }.

## Logo changes.
# The result line of a logo change; $org is a company name.
err-logo-changed-done = Changed the logo of { $org }.
err-logo-removed-done = Removed the logo of { $org }.
# Title of the file dialog that picks a new logo.
err-choose-logo-title = Choose a new logo
# The file-type filter of that dialog.
err-pictures-filter = Pictures
# A logo's format when its bytes match no picture format the app knows.
err-unknown-format = Unknown format

## What fitting a picture to Zoho's logo limits did: it follows "The picture was" / "The
## picture is" (ui-picture-was, ui-sent-as-is, cli-picture-was, cli-picture-is), so word it to
## fit those sentences in your language. $format, $from and $to are format names (PNG, JPEG);
## $original and $sent are sizes in pixels ("4000×3000"); $sizes is "2.3 MB → 0.98 MB"; $size
## one file size.
err-fit-sent-as-is = sent as it is ({ $format }, { $sent }, { $size })
err-fit-converted = converted from { $from } to { $to }, { $sizes }
err-fit-re-encoded = re-encoded as { $format }, { $sizes }
err-fit-scaled = scaled from { $original } to { $sent }, { $sizes }
## Why fitting did it: a whole sentence, after the above in the command line and after
## "because" in the window, where its first letter is lowered unless it starts with "Zoho".
## Start each with "Zoho" or with a word that may be written in lower case there.
err-fit-within-limits = It is within Zoho's limits of 1 MB and 10 megapixels.
err-fit-format-not-taken = Zoho is only known to take PNG, JPEG and GIF logos.
err-fit-too-heavy = Zoho takes logos of at most 1 MB.
err-fit-too-many-pixels = Zoho takes logos of at most 10 megapixels and 1 MB.
err-fit-still-too-heavy = Zoho takes logos of at most 1 MB, and re-encoding alone was not enough.
