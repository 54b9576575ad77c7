# The page the browser shows when it comes back from Zoho's sign-in page, in the browser's
# language. $org is a company name (Zoho's data, never translated). "Org Viewer for Zoho CRM"
# is the app's name: keep it as it is. Titles are short headings.

page-signed-in-title = You are signed in
page-signed-in-message = Org Viewer for Zoho CRM can now show your organization.
page-close-tab = You can close this tab and go back to the app.
page-write-granted-title = Permission received
page-write-granted-message = Org Viewer for Zoho CRM is changing the logo now, and forgets the permission as soon as it is done.
page-added-title = { $org } was added
page-renewed-title = You are signed in to { $org } again
page-added-message = Org Viewer for Zoho CRM now shows { $org }.

## When the sign-in did not work.

page-not-completed-title = The sign-in did not complete
# $code is Zoho's error code, such as invalid_code.
page-zoho-code = Zoho code: { $code }
page-already-over-title = This sign-in is already over
page-already-over-message = This sign-in has already been used or has ended.
page-already-over-next = Go back to the app; if you are not signed in there, start the sign-in again.
# An address on the app's sign-in receiver that does not exist.
page-not-found = Not found
