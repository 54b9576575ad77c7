# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

# A field Zoho left empty.
org-value-not-set = Not set
# A setting that is switched on or off.
org-value-on = On
org-value-off = Off
# Zoho's kinds of role hierarchy (Settings section).
org-value-role-hierarchy = Role hierarchy
org-value-reporting-to-hierarchy = Reporting-to hierarchy
# A very long value cut short on screen. $start is the start of Zoho's value (keep it first),
# $count how many characters the whole value has. "Copy" is the row's copy button.
org-value-cut = { $start }… ({ $count } characters in all; Copy copies every one)
# Below the sections when an org has more fields than the screen draws; $count is a number.
# "Copy all" and "Copy as JSON" are the names of buttons on the same screen.
org-rows-not-shown = { $count } more fields are not shown here; Copy all and Copy as JSON include every one.
# The heading of Copy all's text for an org without a name.
org-untitled = Zoho CRM organization
# Copy all's first line: $name is the company name, $environment one of the org-environment-* words.
org-readable-title = { $name } ({ $environment })
# One line of Copy all's text: a field label and Zoho's value.
org-readable-line = { $label }: { $value }

# The kind of organization (badges, the Environment field, the overview). Zoho's terms.
org-environment-production = Production
org-environment-sandbox = Sandbox
org-environment-developer = Developer
# Bigin is a Zoho product name.
org-environment-bigin = Bigin
# The same, shortened for the folded switcher (at most about 7 characters).
org-environment-production-short = Prod
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Dev
org-environment-bigin-short = Bigin

# Section headings on the organization screen, in Copy all, compare and the PDF.
org-section-company = Company
org-section-contact = Contact
org-section-address = Address
org-section-locale = Locale and currency
org-section-licence = Licence
org-section-identifiers = Identifiers
org-section-settings = Settings
org-section-other = Other

# Field labels. Use Zoho CRM's own terms in your language (edition, licence, sandbox…).
org-field-company-name = Company name
org-field-alias = Alias
org-field-description = Description
org-field-environment = Environment
org-field-employees = Employees
org-field-created = Created
org-field-primary-email = Primary email
org-field-phone = Phone
org-field-mobile = Mobile
org-field-fax = Fax
org-field-website = Website
org-field-street = Street
org-field-city = City
org-field-state-or-province = State or province
org-field-postal-code = Postal code
org-field-country = Country
org-field-country-code = Country code
org-field-time-zone = Time zone
org-field-currency = Currency
org-field-currency-code = Currency code
org-field-currency-symbol = Currency symbol
org-field-currency-locale = Currency locale
org-field-multiple-currencies = Multiple currencies
org-field-edition = Edition
org-field-paid-plan = Paid plan
org-field-paid-plan-ends = Paid plan ends
org-field-user-licences = User licences
org-field-portal-user-licences = Portal user licences
org-field-trial = Trial
org-field-trial-ends = Trial ends
org-field-what-happens-after-the-trial = What happens after the trial
org-field-licence-details = Licence details
org-field-organization-id = Organization ID
org-field-domain-name = Domain name
org-field-primary-user-id-zuid = Primary user ID (ZUID)
org-field-group-id-zgid = Group ID (ZGID)
org-field-encrypted-group-id = Encrypted group ID
org-field-zia-portal-id = Zia portal ID
org-field-zia-group-id = Zia group ID
org-field-logo-file-id = Logo file ID
org-field-google-workspace-integration = Google Workspace integration
org-field-translation = Translation
org-field-privacy-settings = Privacy settings
org-field-hipaa-compliance = HIPAA compliance
org-field-lite-users = Lite users
org-field-account-can-be-deleted = Account can be deleted
org-field-connected-apps-oauth = Connected apps (OAuth)
org-field-records-per-page-at-most = Records per page, at most
org-field-call-icon = Call icon
org-field-hierarchy = Hierarchy
org-field-strictly-reporting = Strictly reporting
org-field-check-in-restricted-for = Check-in restricted for
org-field-check-in = Check-in

# Licence badges in the organization's header; $days is a number of days (2 to 14).
org-alert-plan-expired = Plan expired
org-alert-plan-ends = { $days ->
    [1] Plan ends within a day
   *[other] Plan ends in { $days } days
}
org-alert-trial-ends = { $days ->
    [1] Trial ends within a day
   *[other] Trial ends in { $days } days
}
org-alert-trial-ended = Trial ended
# The badges' tooltips; $date is the end date as the Licence section shows it.
org-alert-plan-hint = The paid plan ends: { $date }
org-alert-trial-hint = The trial ends: { $date }

# File sizes (logo details). $bytes is a number; $size a number already formatted ("9.8").
org-file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

# Problems, each a sentence of what happened and one of what to do.
org-export-nothing = There is nothing to export yet.
org-export-nothing-resolution = Refresh to fetch the organization, then export again.
org-export-pdf-failed = The PDF could not be made.
org-export-pdf-failed-resolution = Try again; if it keeps failing, export as JSON and report the problem.
# $path is the file's full path.
org-export-not-saved = The export could not be saved to { $path }.
org-export-not-saved-resolution = Choose another folder and try again.
# Titles of the system's save dialog.
org-export-pdf-dialog = Export as PDF
org-export-json-dialog = Export as JSON

## Export… on the overview

org-overview-export-nothing = There is no organization to export.
org-overview-export-nothing-resolution = Sign in to an organization, then export again.
# $path is the file's full path.
org-overview-export-not-saved = The overview could not be saved to { $path }.
org-overview-export-dialog = Export overview as CSV
# The file name the save dialog suggests; keep ".csv" and avoid / \ : * ? " < > |.
org-overview-export-file-name = Zoho organizations.csv

## The PDF export (Export… → PDF document…)

# Below the company name: $environment is one of the org-environment-* words.
org-pdf-kind = { $environment } · Zoho CRM organization
# The document's title in its properties; $name is the company name.
org-pdf-title = { $name }: Zoho CRM organization
# The page footer; $page and $pages are numbers.
org-pdf-page = Page { $page } of { $pages }
# A very long value cut short; $start is the start of Zoho's value, $count its length.
org-pdf-value-cut = { $start }… ({ $count } characters in all; the JSON export has every one)
# The file name the save dialog suggests: $company is the company name, $extension "pdf" or
# "json" (keep the dot before it). Avoid / \ : * ? " < > |.
org-export-file-name = { $company } organization.{ $extension }
org-export-file-name-untitled = Zoho organization.{ $extension }
# "Fetched" and the date and time Zoho sent the data (header, PDF).
org-fetched = Fetched { $when }

## The overview (every signed-in organization in one table)

# Column headings (also the first line of Copy table and of the CSV export). Keep them short.
org-overview-column-name = Organization
org-overview-column-environment = Environment
org-overview-column-data-centre = Data centre
org-overview-column-edition = Edition
org-overview-column-paid = Paid or trial
org-overview-column-expiry = Plan or trial ends
org-overview-column-users = Users
org-overview-column-time-zone = Time zone
org-overview-column-currency = Currency
org-overview-column-fetched = Last fetched
org-overview-column-state = State
# A column heading's tooltip and screen-reader name: sorts the table by that column.
org-overview-sort-by = Sort by { $column ->
    [name] organization
    [environment] environment
    [data-centre] data centre
    [edition] edition
    [paid] paid or trial
    [expiry] plan or trial ends
    [users] users
    [time-zone] time zone
    [currency] currency
    [fetched] last fetched
   *[state] state
}
# The "Paid or trial" column's words.
org-overview-paid = Paid
org-overview-trial = Trial
org-overview-free = Free
# An end date with its alert, in copied and exported text: $date is the date, $alert an
# org-alert-* badge text.
org-overview-expiry-alert = { $date } ({ $alert })

# The "State" column: one word, and the sentence behind it (tooltip, screen readers).
org-state-fresh = Fresh
org-state-refreshing = Refreshing
org-state-saved = Saved
org-state-not-fetched = Not fetched
org-state-offline = Offline
org-state-problem = Problem
org-state-fresh-sentence = Up to date: fetched from Zoho since the app started.
org-state-refreshing-sentence = Being fetched from Zoho now.
org-state-saved-sentence = Saved from your last visit; refresh to fetch it from Zoho.
org-state-not-fetched-sentence = Not fetched yet: refresh to fetch it from Zoho.
org-state-offline-sentence = Zoho could not be reached: showing saved data. Check the connection and refresh.
# A failed refresh: $summary says what happened, $resolution what to do (both sentences).
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = The last refresh did not work.
org-state-stale-resolution = Refresh again.
# A state's screen-reader name: $word is the state word, $sentence its sentence.
org-state-label = { $word }: { $sentence }
# A problem state's tooltip: $sentence is what happened and what to do.
org-state-problem-tooltip = { $sentence } Click for details.
# A button in a problem's details: copies Zoho's code, HTTP status and time.
org-copy-details = Copy details

# The overview's heading, with the number of signed-in organizations beside it.
org-overview-title = Overview
org-overview-count = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
# The search box: its grey hint (keep it short, the box is narrow), its name for screen
# readers, its tooltip.
org-overview-search-hint = Search name, ID, domain, data centre
org-overview-search = Search organizations
org-overview-search-tooltip = Show the organizations whose name, ID, domain or data centre contains this text
# The button that fetches every org again (with its icon), its name for screen readers, its
# tooltip (F5 is the key).
org-overview-refresh-all-button = ⟳ Refresh all
org-overview-refresh-all = Refresh all
org-overview-refresh-all-tooltip = Fetch every organization again, all at once (F5)
# Shown in place of a Refresh button while a refresh runs.
org-refreshing = Refreshing…
# Copies the table as tab-separated text.
org-overview-copy-table = Copy table
org-overview-copy-table-tooltip = Copy the rows shown, separated by tabs, to paste into a spreadsheet
# The button that opens the export choices or dialog (also on the organization screen).
org-export-button = Export…
org-overview-export-tooltip = Save every organization's row as a CSV file
org-overview-no-match = No organization matches. Empty the search box to see them all.
# The heading of the narrow column of small logos.
org-overview-column-logo = Logo
# A company name in the table is a link: its tooltip, and its screen-reader name ($name is
# the company name).
org-overview-open-tooltip = Open this organization
org-overview-open = Open { $name }

## The organization screen's header and actions

# Before "Fetched …" when the data may be out of date.
org-caveat-cached = From your last visit
org-caveat-offline = Offline: showing saved data
org-caveat-stale = Not up to date: showing saved data
# $caveat is one of the org-caveat-* texts, $fetched the org-fetched text.
org-caveat-fetched = { $caveat } · { $fetched }
# The heading for an org without a company name.
org-your-organization = Your organization
# The logo's description for screen readers.
org-logo-alt = Organization logo
# Buttons (keep them short: at 640 px they share one row) and their tooltips.
org-copy-all = Copy all
org-copy-all-tooltip = Copy every value as readable text
# JSON is a file format's name.
org-copy-json = Copy as JSON
org-copy-json-tooltip = Copy Zoho's data exactly as it was sent
org-sign-out = Sign out…
org-sign-out-tooltip = Sign out and forget the sign-in on this computer
# The Refresh button with its icon, its screen-reader name, its tooltip (F5 is the key).
org-refresh-button = ⟳ Refresh
org-refresh = Refresh
org-refresh-tooltip = Fetch the organization again (F5)
# After an export: $path is the file's full path.
org-exported-to = Exported to { $path }
org-open-folder = Open folder
org-open-folder-tooltip = Show the exported file in your file manager
# The Export… menu (org-export-button) and its choices; each opens a save dialog.
org-export-tooltip = Save the organization's details as a file
org-export-pdf = PDF document…
org-export-pdf-tooltip = A readable page to print or attach to a support ticket
org-export-json = JSON file…
org-export-json-tooltip = Zoho's data with every field, exactly as it was sent

## The filter box above the sections

# The box's grey hint and screen-reader name, and its tooltip (Ctrl+F is the key).
org-filter = Filter fields
org-filter-tooltip = Show the fields whose name or value contains this text (Ctrl+F)
# Above the sections while filtering; $count is a number.
org-filter-no-match = No field matches. Press Escape in the filter box to see every field.
org-filter-matches = { $count ->
    [one] { $count } field matches
   *[other] { $count } fields match
}
# Beside a section heading without a match; the small button shows or folds its fields.
org-section-no-match = No matching fields
org-section-show = Show
org-section-show-tooltip = Show these fields anyway
org-section-hide = Hide
org-section-hide-tooltip = Fold these fields again
# The same buttons' screen-reader names: $section is a section heading (org-section-*).
org-section-show-name = Show { $section }
org-section-hide-name = Hide { $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

# The top-bar menu's screen-reader name: $name is the company name or a place (Overview, Compare).
org-switcher-menu = Switch organization (showing { $name })
# The small heading above the list.
org-switcher-heading = Organizations
# The fold button's tooltip and screen-reader name.
org-switcher-unfold = Show the organizations' names
org-switcher-fold = Show only the organizations' logos
# An entry's right-click menu.
org-switcher-sign-out = Sign out of this organization…
# The places above the list: their tooltips, and why Compare is greyed out with one org.
org-switcher-overview-tooltip = Every organization in one table
org-switcher-compare-tooltip = Two organizations side by side
org-switcher-compare-disabled = Add a second organization to compare two
# The button that signs in to one more org (with its "+"), its screen-reader name, its tooltip.
org-switcher-add-button = + Add an organization…
org-switcher-add = Add an organization…
org-switcher-add-tooltip = Sign in again and pick another organization on Zoho's page
# An entry's screen-reader name: $name is the company name, $details one of the three below.
org-switcher-entry = { $name }: { $details }
# $environment is an org-environment-* word; $data_centre Zoho's code for it (EU, US, IN…).
org-switcher-environment-data-centre = { $environment }, data centre { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = data centre { $data_centre }
# An entry's tooltip, on two or three lines; $number is the digit of its Ctrl shortcut.
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Ctrl+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Ctrl+{ $number }

# Before the browser opens to add an org: a title, a sentence, the button that goes on.
org-add-title = Add an organization
org-add-text = Zoho's sign-in page opens in your browser: on it, pick the organization to add from the list of your organizations, then allow access.
org-add-continue = Continue in the browser
# Asking before signing out of every org; $count is the number of orgs.
org-sign-out-all-title = { $count ->
    [one] Sign out of the organization?
   *[other] Sign out of all { $count } organizations?
}
org-sign-out-all-text = The app forgets every sign-in on this computer and asks Zoho to end them. You can sign in again at any time.
org-sign-out-all-confirm = Yes, sign out of all

## Compare (two organizations side by side)

org-compare-title = Compare
# Between the two organization pickers: "[first org] with [second org]".
org-compare-with = with
# The pickers' screen-reader names.
org-compare-first = First organization
org-compare-second = Second organization
org-compare-pick = Pick two organizations whose details have been fetched. Refresh an organization to fetch it.
# How many fields differ; $count is a number.
org-compare-count = { $count ->
    [0] No differences
    [one] { $count } difference
   *[other] { $count } differences
}
org-compare-only-differences = Show only differences
org-compare-copy = Copy differences
org-compare-copy-tooltip = Copy the differing fields, separated by tabs
org-compare-identifiers-note = Identifiers always differ between two organizations: they are shown but not counted.
# The heading of the field column (on screen and in the copied text).
org-compare-field = Field
# A field in the copied differences: $section is a section heading, $label a field label.
org-compare-copied-field = { $section }: { $label }
# An identifier whose values differ; $label is a field label.
org-compare-always-differs = { $label } (always differs)
# A differing value's screen-reader name: $label is a field label, $value Zoho's value.
org-compare-differs = { $label } differs: { $value }
