# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

# The menu button in the top bar; keep the ☰ sign in front.
ui-menu = ☰ Menu
# Screen-reader text of the small app icon at the left of the top bar.
ui-app-icon = App icon
# Badge beside the app name while the demo (a simulated Zoho) runs; one short word.
ui-demo-badge = Demo
# Menu heading above the three theme choices.
ui-appearance = Appearance
ui-theme-system = Follow the system
ui-theme-light = Light
ui-theme-dark = Dark
# Menu heading above the list of signed-in organizations (Zoho's term for a CRM account).
ui-organizations = Organizations
ui-add-organization = Add an organization…
ui-sign-out-this = Sign out of this organization…
ui-sign-out-all = Sign out of all…
ui-about = About Org Viewer…

## About window.

# Screen-reader text of the large app icon (welcome screen and About).
ui-app-icon-large = Org Viewer icon
# { $version } is the version number, e.g. 1.4.0.
ui-version = Version { $version }
ui-about-text = Shows your Zoho CRM organization's details and logo. It only reads, except the logo when you change it, with a one-time permission from Zoho that it forgets when done.
# A link to the user guide.
ui-help-link = Help for using the app
# { $place } is where the sign-in is kept: "the system keychain" (ui-system-keychain) or a file path.
ui-sign-in-kept-in = Your sign-in is kept in { $place }.
ui-open-data-folder = Open data folder
ui-not-by-zoho = Not made by Zoho. Zoho and Zoho CRM are trademarks of Zoho Corporation.
ui-close = Close
# Where secrets are kept unless a file is used; inserted into "kept in { $place }".
ui-system-keychain = the system keychain

## Waiting screens (a spinner with one line).

ui-starting = Starting…
ui-loading-org = Loading your organization…

## Status area at the bottom of the window.

# Shown when there is nothing to say.
ui-ready = Ready
# A confirmation; keep the ✔ sign in front. { $text } is the confirmation itself.
ui-done = ✔ { $text }
# A problem's summary; keep the ⚠ sign in front. { $text } is the summary.
ui-problem-line = ⚠ { $text }
# A notice found at start-up, passed on as it is.
ui-notice = { $text }
ui-details-show = Details
ui-details-hide = Hide details
ui-copy-details = Copy details
# Hover text and screen-reader label of the × that closes a message.
ui-close-message-hover = Close this message
ui-close-message = Close message

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = Signed in again to { $name }
ui-added-org = Added { $name }
ui-logo-copied = Logo copied to the clipboard
ui-signed-out = Signed out
ui-demo-notice = Demo: you are signing in to a simulated Zoho on this computer.
ui-demo-left = You left the demo
ui-logo-saved = Logo saved to { $path }
# { $format } is a file format such as PDF or JSON.
ui-export-saved = { $format } saved to { $path }
ui-overview-saved = Overview saved to { $path }
ui-copying-logo = Copying the logo…
ui-signing-out = Signing out…
# A problem: what happened, then what to do.
ui-bad-sign-in-address = The sign-in address does not read.
ui-reinstall = Reinstall the app.

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = Sign out of { $name }?
# Used for { $name } when the organization's name is not known.
ui-this-organization = this organization
ui-sign-out-body = The app forgets this organization's sign-in on this computer and asks Zoho to end it. Other organizations stay signed in. You can sign in again at any time.
ui-sign-out-confirm = Yes, sign out

## Shared buttons.

ui-cancel = Cancel
# A small copy button beside a value, and what it says for a moment after a click (keep ✔).
ui-copy = Copy
ui-copied = ✔ Copied
# Screen-reader label and hover text of a copy button; { $what } names the value, e.g. "Organization ID".
ui-copy-what = Copy { $what }
ui-copied-what = Copied { $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = The organization could not be loaded
ui-load-failed-body = What happened and what to do are shown at the bottom of the window.
ui-try-again = Try again
ui-sign-out = Sign out…

## Welcome screen.

ui-region-global = Everywhere except China
# zoho.com.cn is a web address; keep it.
ui-region-china = China (zoho.com.cn)
ui-welcome-tagline = See your organization's details and logo, copy any value, and save the logo.
ui-sign-in-with-zoho = Sign in with Zoho
ui-browser-opens = Your browser opens Zoho's sign-in page. The app never sees your password.
# Label before the region choice (Everywhere except China / China).
ui-account-in = Zoho account in
ui-no-account = No Zoho account at hand?
ui-try-demo = Try the demo
ui-try-demo-hover = Opens the app with a simulated organization; no account needed
ui-change-client = Change the Zoho client…
ui-in-demo = You are in the demo. It signs in to a simulated Zoho on this computer; no account is needed.
ui-demo-sign-in-again = Sign in to the demo again
ui-leave-demo = Leave the demo
ui-leave-demo-hover = Back to your own Zoho organizations

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = Waiting for you to sign in
ui-sign-in-page-open = Zoho's sign-in page is open in your browser. Sign in there and allow access, then come back here.
ui-preparing-sign-in = Preparing the sign-in…
# { $left } is minutes and seconds, e.g. 2:05.
ui-time-left = Time left: { $left }
ui-open-sign-in-again = Open the sign-in page again
ui-browser-did-not-open = Browser did not open? Copy this address into your browser:
# Names the value for "Copy { $what }" (ui-copy-what).
ui-sign-in-address = sign-in address

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = Connect the app to Zoho
ui-connect-intro = Zoho needs to know this app before you can sign in. This takes about two minutes and is done once.
ui-step-console = Open Zoho's API console and sign in:
ui-step-add-client = Choose Add client, then Server-based Applications. Any name and your company's website will do.
ui-step-redirect = Under Authorized redirect URIs, add each of these exactly as written:
# Names the value for "Copy { $what }"; { $uri } is a web address.
ui-redirect-uri = redirect URI { $uri }
ui-redirect-ports = The app uses the second and third only when another program holds the first port.
ui-step-create = Create the client, then copy its Client ID and Client Secret here:
ui-client-id = Client ID
ui-client-id-hint = Paste the Client ID from Zoho
ui-client-secret = Client secret
ui-client-secret-hint = Paste the Client Secret from Zoho
# A tick box that shows the secret as typed.
ui-show = Show
ui-save-and-sign-in = Save and sign in
ui-back = Back
ui-try-demo-instead = Try the demo instead
# { $place } is "the system keychain" (ui-system-keychain) or a file path.
ui-secret-kept-in = The client secret is kept in { $place }.

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = Save logo
ui-export-pdf-title = Export as PDF
ui-export-json-title = Export as JSON
ui-export-overview-title = Export overview as CSV
# { $name } is a file name.
ui-file-exists = A file named "{ $name }" already exists there. Replace it?
ui-replace = Replace
ui-choose-another-name = Choose another name
# { $what } is "logo" for the logo and "file" for an export.
ui-type-where = This computer did not offer its usual file chooser, so type here where { $what ->
        [logo] the logo
       *[file] the file
    } should go. Folders that do not exist yet are created.
ui-save-as = Save as
ui-save = Save

## Logo panel on the org screen.

ui-logo-heading = Logo
# Screen-reader label of the logo picture.
ui-org-logo = Organization logo
ui-loading-logo = Loading the logo…
ui-no-logo-yet = This organization has no logo.
ui-logo-failed = The logo could not be loaded. Refresh to try again.
ui-copy-image = Copy image
ui-copy-image-hover = Put the picture on the clipboard
ui-save-logo = Save logo…
ui-save-logo-hover = Save the logo file exactly as Zoho sent it (Ctrl+S)
ui-saved-to = Saved to { $path }
ui-open-folder = Open folder

## Changing the logo (below the logo panel).

ui-grant-sentence = Zoho asks in your browser, once, for permission to change the logo; the app keeps that permission in memory only and forgets it when the change is done.
ui-change-logo-button = Change logo…
ui-change-logo-hover = Choose a new picture; you see exactly what will be sent before anything changes. You can also drop a picture on the window or paste one.
ui-paste-picture = Paste picture
ui-paste-picture-hover = Use the picture on the clipboard as the new logo
ui-remove-logo-button = Remove logo…
ui-remove-logo-hover = Remove the logo in Zoho CRM; a copy is saved first
ui-fitting = Fitting the picture to Zoho's limits…
ui-new-logo = New logo
# { $measure } reads like "JPEG · 3651 × 2738 px · 0.98 MB".
ui-chosen = Chosen: { $measure }
ui-will-be-sent = Will be sent: { $measure }
ui-change-logo = Change logo
# "Earlier logos" is the heading of the list of saved copies (ui-earlier-logos).
ui-remove-question = Remove the logo of this organization in Zoho CRM? A copy is saved on this computer first; you can restore it from Earlier logos.
ui-remove-confirm = Yes, remove the logo
# { $name } is a company name from Zoho.
ui-waiting-permission = Waiting for your permission in the browser. On Zoho's page, pick { $name }.
ui-opening-zoho = Opening Zoho in your browser…
ui-backup-saved = The logo before it was saved to { $path }.
# { $count } is how many copies are listed.
ui-earlier-logos = Earlier logos ({ $count })
ui-earlier-logos-note = Saved on this computer before each change. Restore asks Zoho in your browser for permission, once.
ui-restore = Restore
ui-restore-hover = Make this the logo again
ui-also-change = Also change these organizations the same way:
# { $count } is the number of organizations (always 2 or more).
ui-one-at-a-time = Zoho gives permission for one organization at a time, so your browser opens once for each of these { $count } organizations, in turn; each gets its own copy of its current logo.
# Captions over the current logo and the new one, side by side; short.
ui-now = Now
ui-after-change = After the change
# Screen-reader labels of those two pictures.
ui-logo-now = Logo now
ui-logo-after-change = Logo after the change
ui-no-logo = No logo
# { $why } is a sentence from the fitting, starting in lower case.
ui-sent-as-is = The picture is sent as it is: { $why }
# { $what } says what fitting did (e.g. "made smaller"); { $why } a sentence in lower case.
ui-picture-was = The picture was { $what }, because { $why }
# Why the picture was sent as it is or fitted, after ui-sent-as-is or ui-picture-was (so in lower
# case unless it starts with a name). $reason: unchanged, converted, re-encoded, scaled-pixels,
# scaled-bytes.
ui-fit-why = { $reason ->
    [unchanged] it is within Zoho's limits of 1 MB and 10 megapixels.
    [converted] Zoho is only known to take PNG, JPEG and GIF logos.
    [re-encoded] Zoho takes logos of at most 1 MB.
    [scaled-pixels] Zoho takes logos of at most 10 megapixels and 1 MB.
   *[scaled-bytes] Zoho takes logos of at most 1 MB, and re-encoding alone was not enough.
}
# What fitting did, as $what of ui-picture-was. $change: converted, re-encoded, scaled; $from and
# $to are formats (PNG) or pixel sizes (4000×3000); $sizes is "2.3 MB → 0.98 MB".
ui-fit-change = { $change ->
    [converted] converted from { $from } to { $to }, { $sizes }
    [re-encoded] re-encoded as { $to }, { $sizes }
   *[scaled] scaled from { $from } to { $to }, { $sizes }
}
