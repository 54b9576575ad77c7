# The organization screen, the switcher, the overview, compare and the exports (Dutch).
# See assets/i18n/en/org.ftl for where each message shows and what its placeholders hold.

## Field values and labels

org-value-not-set = Niet ingesteld
org-value-on = Aan
org-value-off = Uit
org-value-role-hierarchy = Rolhiërarchie
org-value-reporting-to-hierarchy = Rapportagehiërarchie
org-value-cut = { $start }… ({ $count } tekens in totaal; Kopiëren kopieert ze allemaal)
org-rows-not-shown = { $count } andere velden worden hier niet getoond; Alles kopiëren en Kopiëren als JSON bevatten ze allemaal.
org-untitled = Zoho CRM-organisatie
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label }: { $value }

org-environment-production = Productie
org-environment-sandbox = Sandbox
org-environment-developer = Ontwikkelaar
org-environment-bigin = Bigin
org-environment-production-short = Prod
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Ontw
org-environment-bigin-short = Bigin

org-section-company = Bedrijf
org-section-contact = Contact
org-section-address = Adres
org-section-locale = Landinstellingen en valuta
org-section-licence = Licentie
org-section-identifiers = Identificatiegegevens
org-section-settings = Instellingen
org-section-other = Overig

org-field-company-name = Bedrijfsnaam
org-field-alias = Alias
org-field-description = Beschrijving
org-field-environment = Omgeving
org-field-employees = Medewerkers
org-field-created = Aangemaakt
org-field-primary-email = Primair e-mailadres
org-field-phone = Telefoon
org-field-mobile = Mobiel
org-field-fax = Fax
org-field-website = Website
org-field-street = Straat
org-field-city = Plaats
org-field-state-or-province = Staat of provincie
org-field-postal-code = Postcode
org-field-country = Land
org-field-country-code = Landcode
org-field-time-zone = Tijdzone
org-field-currency = Valuta
org-field-currency-code = Valutacode
org-field-currency-symbol = Valutasymbool
org-field-currency-locale = Valutanotatie (landinstelling)
org-field-multiple-currencies = Meerdere valuta's
org-field-edition = Editie
org-field-paid-plan = Betaald abonnement
org-field-paid-plan-ends = Betaald abonnement eindigt
org-field-user-licences = Gebruikerslicenties
org-field-portal-user-licences = Licenties voor portalgebruikers
org-field-trial = Proefversie
org-field-trial-ends = Proefversie eindigt
org-field-what-happens-after-the-trial = Wat er na de proefversie gebeurt
org-field-licence-details = Licentiegegevens
org-field-organization-id = Organisatie-ID
org-field-domain-name = Domeinnaam
org-field-primary-user-id-zuid = ID van primaire gebruiker (ZUID)
org-field-group-id-zgid = Groeps-ID (ZGID)
org-field-encrypted-group-id = Versleutelde groeps-ID
org-field-zia-portal-id = Zia-portal-ID
org-field-zia-group-id = Zia-groeps-ID
org-field-logo-file-id = Bestands-ID van logo
org-field-google-workspace-integration = Integratie met Google Workspace
org-field-translation = Vertaling
org-field-privacy-settings = Privacyinstellingen
org-field-hipaa-compliance = HIPAA-naleving
org-field-lite-users = Lite-gebruikers
org-field-account-can-be-deleted = Account kan worden verwijderd
org-field-connected-apps-oauth = Verbonden apps (OAuth)
org-field-records-per-page-at-most = Maximaal aantal records per pagina
org-field-call-icon = Belpictogram
org-field-hierarchy = Hiërarchie
org-field-strictly-reporting = Strikt rapporterend
org-field-check-in-restricted-for = Check-in beperkt voor
org-field-check-in = Check-in

org-alert-plan-expired = Abonnement verlopen
org-alert-plan-ends = { $days ->
    [1] Abonnement eindigt binnen een dag
   *[other] Abonnement eindigt over { $days } dagen
}
org-alert-trial-ends = { $days ->
    [1] Proefversie eindigt binnen een dag
   *[other] Proefversie eindigt over { $days } dagen
}
org-alert-trial-ended = Proefversie afgelopen
org-alert-plan-hint = Het betaalde abonnement eindigt: { $date }
org-alert-trial-hint = De proefversie eindigt: { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
org-file-size-kb = { $size } kB
org-file-size-mb = { $size } MB

## Export… on the organization screen

org-export-nothing = Er is nog niets om te exporteren.
org-export-nothing-resolution = Vernieuw om de organisatie op te halen en exporteer daarna opnieuw.
org-export-pdf-failed = De PDF kon niet worden gemaakt.
org-export-pdf-failed-resolution = Probeer het opnieuw; als het blijft mislukken, exporteer dan als JSON en meld het probleem.
org-export-not-saved = De export kon niet worden opgeslagen in { $path }.
org-export-not-saved-resolution = Kies een andere map en probeer het opnieuw.
org-export-pdf-dialog = Exporteren als PDF
org-export-json-dialog = Exporteren als JSON

## Export… on the overview

org-overview-export-nothing = Er is geen organisatie om te exporteren.
org-overview-export-nothing-resolution = Meld u aan bij een organisatie en exporteer daarna opnieuw.
org-overview-export-not-saved = Het overzicht kon niet worden opgeslagen in { $path }.
org-overview-export-dialog = Overzicht exporteren als CSV
org-overview-export-file-name = Zoho-organisaties.csv

## The PDF export

org-pdf-kind = { $environment } · Zoho CRM-organisatie
org-pdf-title = { $name }: Zoho CRM-organisatie
org-pdf-page = Pagina { $page } van { $pages }
org-pdf-value-cut = { $start }… ({ $count } tekens in totaal; de JSON-export bevat ze allemaal)
org-export-file-name = { $company } organisatie.{ $extension }
org-export-file-name-untitled = Zoho-organisatie.{ $extension }
org-fetched = Opgehaald { $when }

## The overview

org-overview-column-name = Organisatie
org-overview-column-environment = Omgeving
org-overview-column-data-centre = Datacenter
org-overview-column-edition = Editie
org-overview-column-paid = Betaald of proef
org-overview-column-expiry = Einde abonnement of proef
org-overview-column-users = Gebruikers
org-overview-column-time-zone = Tijdzone
org-overview-column-currency = Valuta
org-overview-column-fetched = Laatst opgehaald
org-overview-column-state = Status
org-overview-sort-by = Sorteren op { $column ->
    [name] organisatie
    [environment] omgeving
    [data-centre] datacenter
    [edition] editie
    [paid] betaald of proef
    [expiry] einde abonnement of proef
    [users] gebruikers
    [time-zone] tijdzone
    [currency] valuta
    [fetched] laatst opgehaald
   *[state] status
}
org-overview-paid = Betaald
org-overview-trial = Proefversie
org-overview-free = Free
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = Actueel
org-state-refreshing = Wordt vernieuwd
org-state-saved = Opgeslagen
org-state-not-fetched = Niet opgehaald
org-state-offline = Offline
org-state-problem = Probleem
org-state-fresh-sentence = Actueel: opgehaald bij Zoho sinds de app is gestart.
org-state-refreshing-sentence = Wordt nu opgehaald bij Zoho.
org-state-saved-sentence = Opgeslagen bij uw vorige bezoek; vernieuw om het bij Zoho op te halen.
org-state-not-fetched-sentence = Nog niet opgehaald: vernieuw om het bij Zoho op te halen.
org-state-offline-sentence = Zoho was niet bereikbaar: opgeslagen gegevens worden getoond. Controleer de verbinding en vernieuw.
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = Het laatste vernieuwen is niet gelukt.
org-state-stale-resolution = Vernieuw opnieuw.
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence } Klik voor details.
org-copy-details = Details kopiëren

org-overview-title = Overzicht
org-overview-count = { $count ->
    [one] { $count } organisatie
   *[other] { $count } organisaties
}
org-overview-search-hint = Zoek naam, ID, domein, datacenter
org-overview-search = Organisaties zoeken
org-overview-search-tooltip = De organisaties tonen waarvan de naam, ID, het domein of datacenter deze tekst bevat
org-overview-refresh-all-button = ⟳ Alles vernieuwen
org-overview-refresh-all = Alles vernieuwen
org-overview-refresh-all-tooltip = Alle organisaties opnieuw ophalen, allemaal tegelijk (F5)
org-refreshing = Bezig met vernieuwen…
org-overview-copy-table = Tabel kopiëren
org-overview-copy-table-tooltip = De getoonde rijen kopiëren, gescheiden door tabs, om in een spreadsheet te plakken
org-export-button = Exporteren…
org-overview-export-tooltip = De rij van elke organisatie opslaan als CSV-bestand
org-overview-no-match = Geen enkele organisatie komt overeen. Maak het zoekvak leeg om ze allemaal te zien.
org-overview-column-logo = Logo
org-overview-open-tooltip = Deze organisatie openen
org-overview-open = { $name } openen

## The organization screen's header and actions

org-caveat-cached = Van uw vorige bezoek
org-caveat-offline = Offline: opgeslagen gegevens
org-caveat-stale = Niet actueel: opgeslagen gegevens
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = Uw organisatie
org-logo-alt = Logo van de organisatie
org-copy-all = Alles kopiëren
org-copy-all-tooltip = Alle waarden kopiëren als leesbare tekst
org-copy-json = Kopiëren als JSON
org-copy-json-tooltip = De gegevens van Zoho kopiëren precies zoals ze zijn verzonden
org-sign-out = Afmelden…
org-sign-out-tooltip = Afmelden en de aanmelding op deze computer vergeten
org-refresh-button = ⟳ Vernieuwen
org-refresh = Vernieuwen
org-refresh-tooltip = De organisatie opnieuw ophalen (F5)
org-exported-to = Geëxporteerd naar { $path }
org-open-folder = Map openen
org-open-folder-tooltip = Het geëxporteerde bestand tonen in uw bestandsbeheer
org-export-tooltip = De gegevens van de organisatie opslaan als bestand
org-export-pdf = PDF-document…
org-export-pdf-tooltip = Een leesbare pagina om af te drukken of bij een supportticket te voegen
org-export-json = JSON-bestand…
org-export-json-tooltip = De gegevens van Zoho met elk veld, precies zoals ze zijn verzonden

## The filter box

org-filter = Velden filteren
org-filter-tooltip = De velden tonen waarvan de naam of waarde deze tekst bevat (Ctrl+F)
org-filter-no-match = Geen enkel veld komt overeen. Druk op Escape in het filtervak om alle velden te zien.
org-filter-matches = { $count ->
    [one] { $count } veld komt overeen
   *[other] { $count } velden komen overeen
}
org-section-no-match = Geen overeenkomende velden
org-section-show = Tonen
org-section-show-tooltip = Deze velden toch tonen
org-section-hide = Verbergen
org-section-hide-tooltip = Deze velden weer inklappen
org-section-show-name = { $section } tonen
org-section-hide-name = { $section } verbergen

## The switcher

org-switcher-menu = Andere organisatie kiezen (nu getoond: { $name })
org-switcher-heading = Organisaties
org-switcher-unfold = De namen van de organisaties tonen
org-switcher-fold = Alleen de logo's van de organisaties tonen
org-switcher-sign-out = Afmelden bij deze organisatie…
org-switcher-overview-tooltip = Alle organisaties in één tabel
org-switcher-compare-tooltip = Twee organisaties naast elkaar
org-switcher-compare-disabled = Voeg een tweede organisatie toe om er twee te vergelijken
org-switcher-add-button = + Organisatie toevoegen…
org-switcher-add = Organisatie toevoegen…
org-switcher-add-tooltip = Meld u opnieuw aan en kies een andere organisatie op de pagina van Zoho
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }, datacenter { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = datacenter { $data_centre }
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

org-add-title = Organisatie toevoegen
org-add-text = De aanmeldpagina van Zoho opent in uw browser: kies daar in de lijst met uw organisaties de organisatie die u wilt toevoegen en sta de toegang toe.
org-add-continue = Verder in de browser
org-sign-out-all-title = { $count ->
    [one] Afmelden bij de organisatie?
   *[other] Afmelden bij alle { $count } organisaties?
}
org-sign-out-all-text = De app vergeet alle aanmeldingen op deze computer en vraagt Zoho ze te beëindigen. U kunt zich op elk moment opnieuw aanmelden.
org-sign-out-all-confirm = Ja, overal afmelden

## Compare

org-compare-title = Vergelijken
org-compare-with = met
org-compare-first = Eerste organisatie
org-compare-second = Tweede organisatie
org-compare-pick = Kies twee organisaties waarvan de gegevens zijn opgehaald. Vernieuw een organisatie om haar op te halen.
org-compare-count = { $count ->
    [0] Geen verschillen
    [one] { $count } verschil
   *[other] { $count } verschillen
}
org-compare-only-differences = Alleen verschillen tonen
org-compare-copy = Verschillen kopiëren
org-compare-copy-tooltip = De verschillende velden kopiëren, gescheiden door tabs
org-compare-identifiers-note = Identificatiegegevens verschillen altijd tussen twee organisaties: ze worden getoond maar niet meegeteld.
org-compare-field = Veld
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label } (altijd verschillend)
org-compare-differs = { $label } verschilt: { $value }
