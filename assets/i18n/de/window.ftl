# Die Wörter des Fensters: obere Leiste und Menü, Willkommens-, Client- und Anmeldebildschirm,
# Logo-Bereich mit Änderungsdialog, Speichern-Abfrage, Statusbereich und „Über“.

## Obere Leiste und Menü (☰)

ui-menu = ☰ Menü
ui-app-icon = App-Symbol
ui-demo-badge = Demo
ui-appearance = Darstellung
ui-theme-system = Wie im System
ui-theme-light = Hell
ui-theme-dark = Dunkel
ui-organizations = Organisationen
ui-add-organization = Organisation hinzufügen…
ui-sign-out-this = Von dieser Organisation abmelden…
ui-sign-out-all = Von allen abmelden…
ui-about = Über Org Viewer…

## Fenster „Über“

ui-app-icon-large = Org Viewer-Symbol
ui-version = Version { $version }
ui-about-text = Zeigt die Details und das Logo Ihrer Zoho CRM-Organisation. Die App liest nur – außer beim Logo, wenn Sie es ändern, mit einer einmaligen Erlaubnis von Zoho, die sie danach wieder vergisst.
ui-help-link = Hilfe zur Verwendung der App
ui-sign-in-kept-in = Ihre Anmeldung wird aufbewahrt in { $place }.
ui-open-data-folder = Datenordner öffnen
ui-not-by-zoho = Nicht von Zoho entwickelt. Zoho und Zoho CRM sind Marken der Zoho Corporation.
ui-close = Schließen
ui-system-keychain = dem Schlüsselbund des Systems

## Warteanzeigen

ui-starting = Wird gestartet…
ui-loading-org = Ihre Organisation wird geladen…

## Statusbereich

ui-ready = Bereit
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = Details
ui-details-hide = Details ausblenden
ui-copy-details = Details kopieren
ui-close-message-hover = Diese Meldung schließen
ui-close-message = Meldung schließen

## Statusmeldungen

ui-signed-in-again = Wieder bei { $name } angemeldet
ui-added-org = { $name } hinzugefügt
ui-logo-copied = Logo in die Zwischenablage kopiert
ui-signed-out = Abgemeldet
ui-demo-notice = Demo: Sie melden sich bei einem simulierten Zoho auf diesem Computer an.
ui-demo-left = Sie haben die Demo verlassen
ui-logo-saved = Logo gespeichert unter { $path }
ui-export-saved = { $format } gespeichert unter { $path }
ui-overview-saved = Übersicht gespeichert unter { $path }
ui-copying-logo = Logo wird kopiert…
ui-signing-out = Abmeldung läuft…
ui-bad-sign-in-address = Die Anmeldeadresse ist ungültig.
ui-reinstall = Installieren Sie die App neu.

## Abmelden bestätigen

ui-sign-out-title = Von { $name } abmelden?
ui-this-organization = dieser Organisation
ui-sign-out-body = Die App vergisst die Anmeldung dieser Organisation auf diesem Computer und bittet Zoho, sie zu beenden. Andere Organisationen bleiben angemeldet. Sie können sich jederzeit wieder anmelden.
ui-sign-out-confirm = Ja, abmelden

## Gemeinsame Schaltflächen

ui-cancel = Abbrechen
ui-copy = Kopieren
ui-copied = ✔ Kopiert
ui-copy-what = { $what } kopieren
ui-copied-what = { $what } kopiert

## Organisation konnte nicht geladen werden

ui-load-failed-title = Die Organisation konnte nicht geladen werden
ui-load-failed-body = Was passiert ist und was Sie tun können, steht unten im Fenster.
ui-try-again = Erneut versuchen
ui-sign-out = Abmelden…

## Willkommensbildschirm

ui-region-global = Überall außer China
ui-region-china = China (zoho.com.cn)
ui-welcome-tagline = Sehen Sie die Details und das Logo Ihrer Organisation, kopieren Sie beliebige Werte und speichern Sie das Logo.
ui-sign-in-with-zoho = Mit Zoho anmelden
ui-browser-opens = Ihr Browser öffnet Zohos Anmeldeseite. Die App sieht Ihr Passwort nie.
ui-account-in = Zoho-Konto in
ui-no-account = Kein Zoho-Konto zur Hand?
ui-try-demo = Demo ausprobieren
ui-try-demo-hover = Öffnet die App mit einer simulierten Organisation; kein Konto nötig
ui-change-client = Zoho-Client ändern…
ui-in-demo = Sie sind in der Demo. Sie meldet sich bei einem simulierten Zoho auf diesem Computer an; kein Konto nötig.
ui-demo-sign-in-again = Erneut bei der Demo anmelden
ui-leave-demo = Demo verlassen
ui-leave-demo-hover = Zurück zu Ihren eigenen Zoho-Organisationen

## Anmeldung läuft (Warten auf den Browser)

ui-waiting-sign-in = Warten auf Ihre Anmeldung
ui-sign-in-page-open = Zohos Anmeldeseite ist in Ihrem Browser geöffnet. Melden Sie sich dort an, erlauben Sie den Zugriff und kehren Sie dann hierher zurück.
ui-preparing-sign-in = Anmeldung wird vorbereitet…
ui-time-left = Verbleibende Zeit: { $left }
ui-open-sign-in-again = Anmeldeseite erneut öffnen
ui-browser-did-not-open = Browser nicht geöffnet? Kopieren Sie diese Adresse in Ihren Browser:
ui-sign-in-address = Anmeldeadresse

## Client-Formular: die App mit Zoho verbinden. Zohos API-Konsole ist englisch; ihre
## Schaltflächen werden daher englisch genannt.

ui-connect-title = App mit Zoho verbinden
ui-connect-intro = Zoho muss diese App kennen, bevor Sie sich anmelden können. Das dauert etwa zwei Minuten und ist nur einmal nötig.
ui-step-console = Öffnen Sie Zohos API-Konsole und melden Sie sich an:
ui-step-add-client = Wählen Sie „Add Client“ und dann „Server-based Applications“. Jeder Name und die Website Ihres Unternehmens sind geeignet.
ui-step-redirect = Fügen Sie unter „Authorized Redirect URIs“ jede dieser Adressen genau so hinzu, wie sie hier steht:
ui-redirect-uri = Weiterleitungs-URI { $uri }
ui-redirect-ports = Die zweite und dritte verwendet die App nur, wenn ein anderes Programm den ersten Port belegt.
ui-step-create = Erstellen Sie den Client und kopieren Sie dann seine Client-ID und sein Client-Secret hierher:
ui-client-id = Client-ID
ui-client-id-hint = Client-ID von Zoho einfügen
ui-client-secret = Client-Secret
ui-client-secret-hint = Client-Secret von Zoho einfügen
ui-show = Anzeigen
ui-save-and-sign-in = Speichern und anmelden
ui-back = Zurück
ui-try-demo-instead = Stattdessen die Demo ausprobieren
ui-secret-kept-in = Das Client-Secret wird aufbewahrt in { $place }.

## Speichern-Abfrage

ui-save-logo-title = Logo speichern
ui-export-pdf-title = Als PDF exportieren
ui-export-json-title = Als JSON exportieren
ui-export-overview-title = Übersicht als CSV exportieren
ui-file-exists = Dort gibt es bereits eine Datei namens „{ $name }“. Ersetzen?
ui-replace = Ersetzen
ui-choose-another-name = Anderen Namen wählen
ui-type-where = Dieser Computer hat seinen üblichen Dateiauswahldialog nicht angeboten. Geben Sie deshalb hier ein, wohin { $what ->
        [logo] das Logo
       *[file] die Datei
    } gespeichert werden soll. Noch nicht vorhandene Ordner werden angelegt.
ui-save-as = Speichern unter
ui-save = Speichern

## Logo-Bereich

ui-logo-heading = Logo
ui-org-logo = Logo der Organisation
ui-loading-logo = Logo wird geladen…
ui-no-logo-yet = Diese Organisation hat kein Logo.
ui-logo-failed = Das Logo konnte nicht geladen werden. Aktualisieren Sie, um es erneut zu versuchen.
ui-copy-image = Bild kopieren
ui-copy-image-hover = Das Bild in die Zwischenablage legen
ui-save-logo = Logo speichern…
ui-save-logo-hover = Die Logodatei genau so speichern, wie Zoho sie gesendet hat (Strg+S)
ui-saved-to = Gespeichert unter { $path }
ui-open-folder = Ordner öffnen

## Logo ändern

ui-grant-sentence = Zoho fragt einmal in Ihrem Browser nach der Erlaubnis, das Logo zu ändern; die App hält diese Erlaubnis nur im Arbeitsspeicher und vergisst sie, sobald die Änderung erledigt ist.
ui-change-logo-button = Logo ändern…
ui-change-logo-hover = Wählen Sie ein neues Bild; Sie sehen genau, was gesendet wird, bevor sich etwas ändert. Sie können auch ein Bild auf das Fenster ziehen oder eines einfügen.
ui-paste-picture = Bild einfügen
ui-paste-picture-hover = Das Bild aus der Zwischenablage als neues Logo verwenden
ui-remove-logo-button = Logo entfernen…
ui-remove-logo-hover = Das Logo in Zoho CRM entfernen; vorher wird eine Kopie gespeichert
ui-fitting = Bild wird an Zohos Grenzen angepasst…
ui-new-logo = Neues Logo
ui-chosen = Ausgewählt: { $measure }
ui-will-be-sent = Wird gesendet: { $measure }
ui-change-logo = Logo ändern
ui-remove-question = Das Logo dieser Organisation in Zoho CRM entfernen? Vorher wird eine Kopie auf diesem Computer gespeichert; Sie können sie unter „Frühere Logos“ wiederherstellen.
ui-remove-confirm = Ja, Logo entfernen
ui-waiting-permission = Warten auf Ihre Erlaubnis im Browser. Wählen Sie auf Zohos Seite { $name } aus.
ui-opening-zoho = Zoho wird in Ihrem Browser geöffnet…
ui-backup-saved = Das bisherige Logo wurde unter { $path } gespeichert.
ui-earlier-logos = Frühere Logos ({ $count })
ui-earlier-logos-note = Vor jeder Änderung auf diesem Computer gespeichert. Beim Wiederherstellen fragt Zoho einmal in Ihrem Browser nach der Erlaubnis.
ui-restore = Wiederherstellen
ui-restore-hover = Dieses wieder zum Logo machen
ui-also-change = Diese Organisationen ebenso ändern:
ui-one-at-a-time = Zoho erteilt die Erlaubnis immer nur für eine Organisation, daher öffnet sich Ihr Browser nacheinander einmal für jede dieser { $count } Organisationen; jede erhält eine eigene Kopie ihres aktuellen Logos.
ui-now = Jetzt
ui-after-change = Nach der Änderung
ui-logo-now = Logo jetzt
ui-logo-after-change = Logo nach der Änderung
ui-no-logo = Kein Logo
ui-sent-as-is = Das Bild wird unverändert gesendet: { $why }
ui-picture-was = Das Bild wurde angepasst ({ $what }), denn { $why }
ui-fit-why = { $reason ->
    [unchanged] es liegt innerhalb der Grenzen von Zoho (1 MB und 10 Megapixel).
    [converted] Zoho nimmt nachweislich nur PNG-, JPEG- und GIF-Logos an.
    [re-encoded] Zoho nimmt Logos nur bis 1 MB an.
    [scaled-pixels] Zoho nimmt Logos nur bis 10 Megapixel und 1 MB an.
   *[scaled-bytes] Zoho nimmt Logos nur bis 1 MB an, und neu kodieren allein reichte nicht.
}
ui-fit-change = { $change ->
    [converted] von { $from } in { $to } umgewandelt, { $sizes }
    [re-encoded] als { $to } neu kodiert, { $sizes }
   *[scaled] von { $from } auf { $to } verkleinert, { $sizes }
}
