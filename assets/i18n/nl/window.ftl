# The window's own words (Dutch). See assets/i18n/en/window.ftl for where each message shows.

## Top bar and menu

ui-menu = ☰ Menu
ui-app-icon = App-pictogram
ui-demo-badge = Demo
ui-appearance = Weergave
ui-theme-system = Zelfde als het systeem
ui-theme-light = Licht
ui-theme-dark = Donker
ui-organizations = Organisaties
ui-add-organization = Organisatie toevoegen…
ui-sign-out-this = Afmelden bij deze organisatie…
ui-sign-out-all = Overal afmelden…
ui-about = Over Org Viewer…

## About window.

ui-app-icon-large = Org Viewer-pictogram
ui-version = Versie { $version }
ui-about-text = Toont de gegevens en het logo van uw Zoho CRM-organisatie. De app leest alleen, behalve het logo als u het wijzigt, met een eenmalige toestemming van Zoho die de app vergeet zodra de wijziging klaar is.
ui-help-link = Hulp bij het gebruik van de app
ui-sign-in-kept-in = Uw aanmelding wordt bewaard in { $place }.
ui-open-data-folder = Gegevensmap openen
ui-not-by-zoho = Niet gemaakt door Zoho. Zoho en Zoho CRM zijn handelsmerken van Zoho Corporation.
ui-close = Sluiten
ui-system-keychain = de sleutelhanger van het systeem

## Waiting screens.

ui-starting = Bezig met starten…
ui-loading-org = Uw organisatie wordt geladen…

## Status area.

ui-ready = Gereed
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = Details
ui-details-hide = Details verbergen
ui-copy-details = Details kopiëren
ui-close-message-hover = Dit bericht sluiten
ui-close-message = Bericht sluiten

## Status messages.

ui-signed-in-again = Opnieuw aangemeld bij { $name }
ui-added-org = { $name } toegevoegd
ui-logo-copied = Logo gekopieerd naar het klembord
ui-signed-out = Afgemeld
ui-demo-notice = Demo: u meldt zich aan bij een gesimuleerde Zoho op deze computer.
ui-demo-left = U hebt de demo verlaten
ui-logo-saved = Logo opgeslagen in { $path }
ui-export-saved = { $format } opgeslagen in { $path }
ui-overview-saved = Overzicht opgeslagen in { $path }
ui-copying-logo = Logo wordt gekopieerd…
ui-signing-out = Bezig met afmelden…
ui-bad-sign-in-address = Het aanmeldadres is onleesbaar.
ui-reinstall = Installeer de app opnieuw.

## Sign-out confirmation.

ui-sign-out-title = Afmelden bij { $name }?
ui-this-organization = deze organisatie
ui-sign-out-body = De app vergeet de aanmelding van deze organisatie op deze computer en vraagt Zoho die te beëindigen. Andere organisaties blijven aangemeld. U kunt zich op elk moment opnieuw aanmelden.
ui-sign-out-confirm = Ja, afmelden

## Shared buttons.

ui-cancel = Annuleren
ui-copy = Kopiëren
ui-copied = ✔ Gekopieerd
ui-copy-what = { $what } kopiëren
ui-copied-what = { $what } gekopieerd

## Screen for an org that could not be loaded.

ui-load-failed-title = De organisatie kon niet worden geladen
ui-load-failed-body = Wat er is gebeurd en wat u kunt doen, ziet u onder aan het venster.
ui-try-again = Opnieuw proberen
ui-sign-out = Afmelden…

## Welcome screen.

ui-region-global = Overal behalve China
ui-region-china = China (zoho.com.cn)
ui-welcome-tagline = Bekijk de gegevens en het logo van uw organisatie, kopieer elke waarde en sla het logo op.
ui-sign-in-with-zoho = Aanmelden met Zoho
ui-browser-opens = Uw browser opent de aanmeldpagina van Zoho. De app ziet uw wachtwoord nooit.
ui-account-in = Zoho-account in
ui-no-account = Geen Zoho-account bij de hand?
ui-try-demo = Demo proberen
ui-try-demo-hover = Opent de app met een gesimuleerde organisatie; geen account nodig
ui-change-client = Zoho-client wijzigen…
ui-in-demo = U bent in de demo. Die meldt zich aan bij een gesimuleerde Zoho op deze computer; er is geen account nodig.
ui-demo-sign-in-again = Opnieuw aanmelden bij de demo
ui-leave-demo = Demo verlaten
ui-leave-demo-hover = Terug naar uw eigen Zoho-organisaties

## Signing-in screen.

ui-waiting-sign-in = Wachten tot u zich aanmeldt
ui-sign-in-page-open = De aanmeldpagina van Zoho is geopend in uw browser. Meld u daar aan, sta de toegang toe en kom dan hier terug.
ui-preparing-sign-in = Aanmelding wordt voorbereid…
ui-time-left = Resterende tijd: { $left }
ui-open-sign-in-again = Aanmeldpagina opnieuw openen
ui-browser-did-not-open = Is de browser niet geopend? Kopieer dit adres naar uw browser:
ui-sign-in-address = aanmeldadres

## Client form. Zoho's API console is in English: its terms stay as the console shows them.

ui-connect-title = De app met Zoho verbinden
ui-connect-intro = Zoho moet deze app kennen voordat u zich kunt aanmelden. Dit duurt ongeveer twee minuten en hoeft maar één keer.
ui-step-console = Open de API-console van Zoho en meld u aan:
ui-step-add-client = Kies Add client en daarna Server-based Applications. Elke naam en de website van uw bedrijf zijn goed.
ui-step-redirect = Voeg onder Authorized redirect URIs elk van deze adressen toe, precies zoals ze hier staan:
ui-redirect-uri = omleidings-URI { $uri }
ui-redirect-ports = De app gebruikt de tweede en derde alleen als een ander programma de eerste poort bezet houdt.
ui-step-create = Maak de client aan en kopieer daarna de Client ID en het Client Secret hierheen:
ui-client-id = Client ID
ui-client-id-hint = Plak de Client ID van Zoho
ui-client-secret = Clientgeheim
ui-client-secret-hint = Plak het Client Secret van Zoho
ui-show = Tonen
ui-save-and-sign-in = Opslaan en aanmelden
ui-back = Terug
ui-try-demo-instead = Liever de demo proberen
ui-secret-kept-in = Het clientgeheim wordt bewaard in { $place }.

## Save prompt.

ui-save-logo-title = Logo opslaan
ui-export-pdf-title = Exporteren als PDF
ui-export-json-title = Exporteren als JSON
ui-export-overview-title = Overzicht exporteren als CSV
ui-file-exists = Er bestaat daar al een bestand met de naam "{ $name }". Vervangen?
ui-replace = Vervangen
ui-choose-another-name = Andere naam kiezen
ui-type-where = Deze computer bood niet het gebruikelijke venster om een bestand te kiezen. Typ daarom hier waar { $what ->
        [logo] het logo
       *[file] het bestand
    } moet komen. Mappen die nog niet bestaan, worden aangemaakt.
ui-save-as = Opslaan als
ui-save = Opslaan

## Logo panel.

ui-logo-heading = Logo
ui-org-logo = Logo van de organisatie
ui-loading-logo = Logo wordt geladen…
ui-no-logo-yet = Deze organisatie heeft geen logo.
ui-logo-failed = Het logo kon niet worden geladen. Vernieuw om het opnieuw te proberen.
ui-copy-image = Afbeelding kopiëren
ui-copy-image-hover = De afbeelding op het klembord zetten
ui-save-logo = Logo opslaan…
ui-save-logo-hover = Het logobestand opslaan precies zoals Zoho het stuurde (Ctrl+S)
ui-saved-to = Opgeslagen in { $path }
ui-open-folder = Map openen

## Changing the logo.

ui-grant-sentence = Zoho vraagt in uw browser één keer toestemming om het logo te wijzigen; de app bewaart die toestemming alleen in het geheugen en vergeet haar zodra de wijziging klaar is.
ui-change-logo-button = Logo wijzigen…
ui-change-logo-hover = Kies een nieuwe afbeelding; u ziet precies wat er wordt verzonden voordat er iets verandert. U kunt ook een afbeelding op het venster neerzetten of er een plakken.
ui-paste-picture = Afbeelding plakken
ui-paste-picture-hover = De afbeelding op het klembord als nieuw logo gebruiken
ui-remove-logo-button = Logo verwijderen…
ui-remove-logo-hover = Het logo in Zoho CRM verwijderen; eerst wordt er een kopie opgeslagen
ui-fitting = Afbeelding wordt aan de limieten van Zoho aangepast…
ui-new-logo = Nieuw logo
ui-chosen = Gekozen: { $measure }
ui-will-be-sent = Wordt verzonden: { $measure }
ui-change-logo = Logo wijzigen
ui-remove-question = Het logo van deze organisatie in Zoho CRM verwijderen? Eerst wordt er een kopie op deze computer opgeslagen; u kunt die terugzetten via Eerdere logo's.
ui-remove-confirm = Ja, logo verwijderen
ui-waiting-permission = Wachten op uw toestemming in de browser. Kies op de pagina van Zoho { $name }.
ui-opening-zoho = Zoho wordt geopend in uw browser…
ui-backup-saved = Het vorige logo is opgeslagen in { $path }.
ui-earlier-logos = Eerdere logo's ({ $count })
ui-earlier-logos-note = Vóór elke wijziging op deze computer opgeslagen. Terugzetten vraagt Zoho in uw browser één keer om toestemming.
ui-restore = Terugzetten
ui-restore-hover = Dit weer het logo maken
ui-also-change = Deze organisaties ook op dezelfde manier wijzigen:
ui-one-at-a-time = Zoho geeft toestemming voor één organisatie tegelijk. Uw browser opent daarom één keer voor elk van deze { $count } organisaties, na elkaar; elke organisatie krijgt een eigen kopie van haar huidige logo.
ui-now = Nu
ui-after-change = Na de wijziging
ui-logo-now = Huidig logo
ui-logo-after-change = Logo na de wijziging
ui-no-logo = Geen logo
ui-sent-as-is = De afbeelding wordt verzonden zoals ze is: { $why }
ui-picture-was = De afbeelding is { $what }, omdat { $why }
# unchanged follows a colon (main clause); the others follow "omdat" (verb at the end).
ui-fit-why = { $reason ->
    [unchanged] ze blijft binnen de grenzen van Zoho van 1 MB en 10 megapixel.
    [converted] Zoho voor zover bekend alleen PNG-, JPEG- en GIF-logo's accepteert.
    [re-encoded] Zoho logo's van hoogstens 1 MB accepteert.
    [scaled-pixels] Zoho logo's van hoogstens 10 megapixel en 1 MB accepteert.
   *[scaled-bytes] Zoho logo's van hoogstens 1 MB accepteert en opnieuw coderen alleen niet genoeg was.
}
ui-fit-change = { $change ->
    [converted] omgezet van { $from } naar { $to }, { $sizes }
    [re-encoded] opnieuw gecodeerd als { $to }, { $sizes }
   *[scaled] verkleind van { $from } naar { $to }, { $sizes }
}
