# Der Organisationsbildschirm, die Organisationsliste, die Übersicht, der Vergleich und die
# Exporte (PDF, CSV). Platzhalter enthalten Zohos Daten oder Zahlen; nie übersetzen.

## Feldwerte und Beschriftungen

org-value-not-set = Nicht festgelegt
org-value-on = An
org-value-off = Aus
org-value-role-hierarchy = Rollenhierarchie
org-value-reporting-to-hierarchy = Berichtshierarchie
org-value-cut = { $start }… (insgesamt { $count } Zeichen; „Kopieren“ kopiert alle)
org-rows-not-shown = { $count } weitere Felder werden hier nicht angezeigt; „Alles kopieren“ und „Als JSON kopieren“ enthalten alle.
org-untitled = Zoho CRM-Organisation
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label }: { $value }

org-environment-production = Produktion
org-environment-sandbox = Sandbox
org-environment-developer = Entwickler
org-environment-bigin = Bigin
org-environment-production-short = Prod.
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Entw.
org-environment-bigin-short = Bigin

org-section-company = Unternehmen
org-section-contact = Kontakt
org-section-address = Adresse
org-section-locale = Gebietsschema und Währung
org-section-licence = Lizenz
org-section-identifiers = Kennungen
org-section-settings = Einstellungen
org-section-other = Sonstiges

org-field-company-name = Firmenname
org-field-alias = Alias
org-field-description = Beschreibung
org-field-environment = Umgebung
org-field-employees = Mitarbeiter
org-field-created = Erstellt
org-field-primary-email = Primäre E-Mail-Adresse
org-field-phone = Telefon
org-field-mobile = Mobiltelefon
org-field-fax = Fax
org-field-website = Website
org-field-street = Straße
org-field-city = Ort
org-field-state-or-province = Bundesland oder Region
org-field-postal-code = Postleitzahl
org-field-country = Land
org-field-country-code = Ländercode
org-field-time-zone = Zeitzone
org-field-currency = Währung
org-field-currency-code = Währungscode
org-field-currency-symbol = Währungssymbol
org-field-currency-locale = Gebietsschema der Währung
org-field-multiple-currencies = Mehrere Währungen
org-field-edition = Edition
org-field-paid-plan = Kostenpflichtiger Plan
org-field-paid-plan-ends = Kostenpflichtiger Plan endet
org-field-user-licences = Benutzerlizenzen
org-field-portal-user-licences = Lizenzen für Portalbenutzer
org-field-trial = Testversion
org-field-trial-ends = Testversion endet
org-field-what-happens-after-the-trial = Nach Ende der Testversion
org-field-licence-details = Lizenzdetails
org-field-organization-id = Organisations-ID
org-field-domain-name = Domainname
org-field-primary-user-id-zuid = ID des primären Benutzers (ZUID)
org-field-group-id-zgid = Gruppen-ID (ZGID)
org-field-encrypted-group-id = Verschlüsselte Gruppen-ID
org-field-zia-portal-id = Zia-Portal-ID
org-field-zia-group-id = Zia-Gruppen-ID
org-field-logo-file-id = Datei-ID des Logos
org-field-google-workspace-integration = Google Workspace-Integration
org-field-translation = Übersetzung
org-field-privacy-settings = Datenschutzeinstellungen
org-field-hipaa-compliance = HIPAA-Konformität
org-field-lite-users = Lite-Benutzer
org-field-account-can-be-deleted = Konto kann gelöscht werden
org-field-connected-apps-oauth = Verbundene Apps (OAuth)
org-field-records-per-page-at-most = Datensätze pro Seite, höchstens
org-field-call-icon = Anrufsymbol
org-field-hierarchy = Hierarchie
org-field-strictly-reporting = Strikt nach Berichtslinie
org-field-check-in-restricted-for = Check-in eingeschränkt für
org-field-check-in = Check-in

org-alert-plan-expired = Plan abgelaufen
org-alert-plan-ends = { $days ->
    [1] Plan endet innerhalb eines Tages
   *[other] Plan endet in { $days } Tagen
}
org-alert-trial-ends = { $days ->
    [1] Testversion endet innerhalb eines Tages
   *[other] Testversion endet in { $days } Tagen
}
org-alert-trial-ended = Testversion abgelaufen
org-alert-plan-hint = Der kostenpflichtige Plan endet: { $date }
org-alert-trial-hint = Die Testversion endet: { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } Byte
   *[other] { $bytes } Bytes
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Exportieren… auf dem Organisationsbildschirm

org-export-nothing = Es gibt noch nichts zu exportieren.
org-export-nothing-resolution = Aktualisieren Sie, um die Organisation abzurufen, und exportieren Sie dann erneut.
org-export-pdf-failed = Die PDF-Datei konnte nicht erstellt werden.
org-export-pdf-failed-resolution = Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, exportieren Sie als JSON und melden Sie das Problem.
org-export-not-saved = Der Export konnte nicht unter { $path } gespeichert werden.
org-export-not-saved-resolution = Wählen Sie einen anderen Ordner und versuchen Sie es erneut.
org-export-pdf-dialog = Als PDF exportieren
org-export-json-dialog = Als JSON exportieren

## Exportieren… in der Übersicht

org-overview-export-nothing = Es gibt keine Organisation zu exportieren.
org-overview-export-nothing-resolution = Melden Sie sich bei einer Organisation an und exportieren Sie dann erneut.
org-overview-export-not-saved = Die Übersicht konnte nicht unter { $path } gespeichert werden.
org-overview-export-dialog = Übersicht als CSV exportieren
org-overview-export-file-name = Zoho-Organisationen.csv

## Der PDF-Export

org-pdf-kind = { $environment } · Zoho CRM-Organisation
org-pdf-title = { $name }: Zoho CRM-Organisation
org-pdf-page = Seite { $page } von { $pages }
org-pdf-value-cut = { $start }… (insgesamt { $count } Zeichen; der JSON-Export enthält alle)
org-export-file-name = { $company } Organisation.{ $extension }
org-export-file-name-untitled = Zoho-Organisation.{ $extension }
org-fetched = Abgerufen am { $when }

## Die Übersicht

org-overview-column-name = Organisation
org-overview-column-environment = Umgebung
org-overview-column-data-centre = Rechenzentrum
org-overview-column-edition = Edition
org-overview-column-paid = Bezahlt/Test
org-overview-column-expiry = Plan/Test endet
org-overview-column-users = Benutzer
org-overview-column-time-zone = Zeitzone
org-overview-column-currency = Währung
org-overview-column-fetched = Zuletzt abgerufen
org-overview-column-state = Status
org-overview-sort-by = Sortieren nach { $column ->
    [name] Organisation
    [environment] Umgebung
    [data-centre] Rechenzentrum
    [edition] Edition
    [paid] Bezahlt/Test
    [expiry] Enddatum von Plan/Test
    [users] Benutzern
    [time-zone] Zeitzone
    [currency] Währung
    [fetched] letztem Abruf
   *[state] Status
}
org-overview-paid = Kostenpflichtig
org-overview-trial = Testversion
org-overview-free = Kostenlos
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = Aktuell
org-state-refreshing = Wird aktualisiert
org-state-saved = Gespeichert
org-state-not-fetched = Nicht abgerufen
org-state-offline = Offline
org-state-problem = Problem
org-state-fresh-sentence = Aktuell: seit dem Start der App von Zoho abgerufen.
org-state-refreshing-sentence = Wird gerade von Zoho abgerufen.
org-state-saved-sentence = Gespeichert von Ihrem letzten Besuch; aktualisieren Sie, um die Daten von Zoho abzurufen.
org-state-not-fetched-sentence = Noch nicht abgerufen: Aktualisieren Sie, um die Daten von Zoho abzurufen.
org-state-offline-sentence = Zoho war nicht erreichbar: Gespeicherte Daten werden angezeigt. Prüfen Sie die Verbindung und aktualisieren Sie.
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = Die letzte Aktualisierung hat nicht funktioniert.
org-state-stale-resolution = Aktualisieren Sie erneut.
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence } Für Details klicken.
org-copy-details = Details kopieren

org-overview-title = Übersicht
org-overview-count = { $count ->
    [one] { $count } Organisation
   *[other] { $count } Organisationen
}
org-overview-search-hint = Name, ID, Domain, Rechenzentrum
org-overview-search = Organisationen durchsuchen
org-overview-search-tooltip = Die Organisationen anzeigen, deren Name, ID, Domain oder Rechenzentrum diesen Text enthält
org-overview-refresh-all-button = ⟳ Alle aktualisieren
org-overview-refresh-all = Alle aktualisieren
org-overview-refresh-all-tooltip = Alle Organisationen gleichzeitig neu abrufen (F5)
org-refreshing = Wird aktualisiert…
org-overview-copy-table = Tabelle kopieren
org-overview-copy-table-tooltip = Die angezeigten Zeilen durch Tabulatoren getrennt kopieren, zum Einfügen in eine Tabellenkalkulation
org-export-button = Exportieren…
org-overview-export-tooltip = Die Zeilen aller Organisationen als CSV-Datei speichern
org-overview-no-match = Keine Organisation passt. Leeren Sie das Suchfeld, um alle zu sehen.
org-overview-column-logo = Logo
org-overview-open-tooltip = Diese Organisation öffnen
org-overview-open = { $name } öffnen

## Kopfbereich und Aktionen des Organisationsbildschirms

org-caveat-cached = Von Ihrem letzten Besuch
org-caveat-offline = Offline: gespeicherte Daten
org-caveat-stale = Nicht aktuell: gespeicherte Daten
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = Ihre Organisation
org-logo-alt = Logo der Organisation
org-copy-all = Alles kopieren
org-copy-all-tooltip = Alle Werte als lesbaren Text kopieren
org-copy-json = Als JSON kopieren
org-copy-json-tooltip = Zohos Daten genau so kopieren, wie sie gesendet wurden
org-sign-out = Abmelden…
org-sign-out-tooltip = Abmelden und die Anmeldung auf diesem Computer vergessen
org-refresh-button = ⟳ Aktualisieren
org-refresh = Aktualisieren
org-refresh-tooltip = Die Organisation neu abrufen (F5)
org-exported-to = Exportiert nach { $path }
org-open-folder = Ordner öffnen
org-open-folder-tooltip = Die exportierte Datei in Ihrem Dateimanager anzeigen
org-export-tooltip = Die Details der Organisation als Datei speichern
org-export-pdf = PDF-Dokument…
org-export-pdf-tooltip = Eine lesbare Seite zum Drucken oder zum Anhängen an ein Support-Ticket
org-export-json = JSON-Datei…
org-export-json-tooltip = Zohos Daten mit allen Feldern, genau so, wie sie gesendet wurden

## Das Filterfeld über den Abschnitten

org-filter = Felder filtern
org-filter-tooltip = Die Felder anzeigen, deren Name oder Wert diesen Text enthält (Strg+F)
org-filter-no-match = Kein Feld passt. Drücken Sie im Filterfeld Esc, um alle Felder zu sehen.
org-filter-matches = { $count ->
    [one] { $count } passendes Feld
   *[other] { $count } passende Felder
}
org-section-no-match = Keine passenden Felder
org-section-show = Anzeigen
org-section-show-tooltip = Diese Felder trotzdem anzeigen
org-section-hide = Ausblenden
org-section-hide-tooltip = Diese Felder wieder einklappen
org-section-show-name = { $section } anzeigen
org-section-hide-name = { $section } ausblenden

## Die Organisationsliste (links oder als Menü in der oberen Leiste)

org-switcher-menu = Organisation wechseln (angezeigt: { $name })
org-switcher-heading = Organisationen
org-switcher-unfold = Namen der Organisationen anzeigen
org-switcher-fold = Nur die Logos der Organisationen anzeigen
org-switcher-sign-out = Von dieser Organisation abmelden…
org-switcher-overview-tooltip = Alle Organisationen in einer Tabelle
org-switcher-compare-tooltip = Zwei Organisationen nebeneinander
org-switcher-compare-disabled = Fügen Sie eine zweite Organisation hinzu, um zwei zu vergleichen
org-switcher-add-button = + Organisation hinzufügen…
org-switcher-add = Organisation hinzufügen…
org-switcher-add-tooltip = Erneut anmelden und auf Zohos Seite eine weitere Organisation auswählen
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }, Rechenzentrum { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = Rechenzentrum { $data_centre }
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Strg+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Strg+{ $number }

org-add-title = Organisation hinzufügen
org-add-text = Zohos Anmeldeseite öffnet sich in Ihrem Browser: Wählen Sie dort aus der Liste Ihrer Organisationen diejenige aus, die hinzugefügt werden soll, und erlauben Sie dann den Zugriff.
org-add-continue = Im Browser fortfahren
org-sign-out-all-title = { $count ->
    [one] Von der Organisation abmelden?
   *[other] Von allen { $count } Organisationen abmelden?
}
org-sign-out-all-text = Die App vergisst alle Anmeldungen auf diesem Computer und bittet Zoho, sie zu beenden. Sie können sich jederzeit wieder anmelden.
org-sign-out-all-confirm = Ja, von allen abmelden

## Vergleichen (zwei Organisationen nebeneinander)

org-compare-title = Vergleichen
org-compare-with = mit
org-compare-first = Erste Organisation
org-compare-second = Zweite Organisation
org-compare-pick = Wählen Sie zwei Organisationen, deren Details abgerufen wurden. Aktualisieren Sie eine Organisation, um sie abzurufen.
org-compare-count = { $count ->
    [0] Keine Unterschiede
    [one] { $count } Unterschied
   *[other] { $count } Unterschiede
}
org-compare-only-differences = Nur Unterschiede anzeigen
org-compare-copy = Unterschiede kopieren
org-compare-copy-tooltip = Die abweichenden Felder durch Tabulatoren getrennt kopieren
org-compare-identifiers-note = Kennungen unterscheiden sich zwischen zwei Organisationen immer; sie werden angezeigt, aber nicht mitgezählt.
org-compare-field = Feld
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label } (immer verschieden)
org-compare-differs = { $label } weicht ab: { $value }
