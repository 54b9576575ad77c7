# Probleme: was schiefging und was zu tun ist. Jedes Problem besteht aus einer Zusammenfassung
# (was passiert ist) und einer Lösung (was zu tun ist). Scope-Namen und Umgebungsvariablen
# bleiben unverändert.

## Details eines Problems und der Text, der für ein Support-Ticket kopiert wird

err-label-zoho-code = Zoho-Code
err-label-http-status = HTTP-Status
err-label-detail = Detail
err-label-time = Zeit
err-label-app = App
err-detail-line = { $label }: { $value }

## Sätze zusammensetzen

err-with-code = { $sentence } (Zoho-Code { $code }).
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 Minute
       *[other] { $count } Minuten
    }
   *[seconds] { $count ->
        [one] 1 Sekunde
       *[other] { $count } Sekunden
    }
}

## Zoho CRM hat sich geweigert, Daten zu senden

err-crm-invalid-request-method = Zoho hat die Art nicht akzeptiert, wie diese App { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} angefordert hat.
err-crm-oauth-scope-mismatch = Ihre Anmeldung enthält keine Berechtigung, { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} zu lesen.
err-crm-authentication-failure = Zoho hat die Anmeldung dieser App nicht akzeptiert, als sie { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} angefordert hat.
err-crm-no-permission = Ihr Zoho CRM-Benutzer darf { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} nicht lesen.
err-crm-invalid-url-pattern = Zoho hat die Adresse nicht erkannt, die diese App für { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} verwendet hat.
err-crm-internal-error = Bei Zoho ist beim Senden { $what ->
    [logo] des Logos
    [accounts] der Anmeldung
   *[org] der Organisationsdetails
} ein interner Fehler aufgetreten.
err-crm-authorization-failed = Ihr Zoho CRM-Benutzer hat nicht die nötigen Rechte, um { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} zu lesen.
err-crm-invalid-token = Ihre Zoho-Anmeldung ist abgelaufen oder wurde widerrufen.
err-crm-other = Zoho hat sich geweigert, { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} zu senden ({ $code }).
err-fix-update-app = Aktualisieren Sie Org Viewer auf die neueste Version. Wenn das nicht hilft, melden Sie das Problem und nennen Sie den Fehlercode.
err-fix-read-scope = Melden Sie sich ab, dann wieder an, und erlauben Sie den Zugriff, wenn Zoho fragt. Der Zoho-Client muss den Scope ZohoCRM.org.READ haben dürfen.
err-fix-sign-in-again = Melden Sie sich erneut an.
err-fix-ask-admin-view = Bitten Sie Ihren Zoho CRM-Administrator um ein Profil, das die Einstellungen der Organisation anzeigen darf.
err-fix-internal = Versuchen Sie es in einigen Minuten erneut. Wenn es weiterhin passiert, wenden Sie sich an den Zoho-Support und nennen Sie den Fehlercode.
err-fix-crm-other = Versuchen Sie es erneut. Wenn es weiterhin passiert, wenden Sie sich an den Zoho-Support und nennen Sie den Fehlercode.

## Zohos Begrenzung, wie oft die App anfragen darf

err-rate-limited = Zoho begrenzt gerade, wie oft diese App Daten anfordern darf.
err-fix-long-pause = Zoho hat um eine lange Pause gebeten; versuchen Sie es später erneut.
err-fix-wait = Warten Sie { $duration } und versuchen Sie es dann erneut.
err-fix-wait-a-minute = Warten Sie eine Minute und versuchen Sie es dann erneut.

## Die Verbindung zu Zoho

err-network = Es konnte keine Verbindung zu Zoho hergestellt werden.
err-network-host = Es konnte keine Verbindung zu Zoho ({ $host }) hergestellt werden.
err-fix-network = Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut. Wenn Sie einen Proxy oder ein VPN verwenden, stellen Sie sicher, dass die App darüber Zoho erreichen kann.
err-dropped = Die Verbindung zu Zoho wurde getrennt, bevor die Antwort ankam.
err-dropped-host = Die Verbindung zu Zoho ({ $host }) wurde getrennt, bevor die Antwort ankam.
err-fix-dropped = Versuchen Sie es gleich noch einmal. Wenn es weiterhin passiert, unterbricht möglicherweise ein Proxy, ein VPN oder eine Firewall die Verbindung zu Zoho.
err-timeout = Zoho hat nicht rechtzeitig geantwortet.
err-fix-timeout = Prüfen Sie Ihre Internetverbindung und versuchen Sie es gleich noch einmal.

## Antworten, die die App nicht verwenden konnte

err-too-large = Zohos Antwort für { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} war größer als { $megabytes } MB, daher hat die App aufgehört, sie zu lesen.
err-fix-too-large = Versuchen Sie es später erneut. Wenn es weiterhin passiert, wenden Sie sich an den Zoho-Support.
err-html-page = Statt { $what ->
    [logo] des Logos
    [accounts] der Anmeldung
   *[org] der Organisationsdetails
} kam eine Webseite zurück; etwas zwischen Ihnen und Zoho hat an Zohos Stelle geantwortet.
err-cut-off = Die Antwort mit { $what ->
    [logo] dem Logo
    [accounts] der Anmeldung
   *[org] den Organisationsdetails
} wurde abgeschnitten, bevor sie vollständig war.
err-not-zoho-json = Zohos Antwort mit { $what ->
    [logo] dem Logo
    [accounts] der Anmeldung
   *[org] den Organisationsdetails
} konnte nicht gelesen werden.
err-no-organization = Zohos Antwort enthielt keine Organisation.
err-redirected = Die Anfrage für { $what ->
    [logo] das Logo
    [accounts] die Anmeldung
   *[org] die Organisationsdetails
} wurde an eine andere Adresse umgeleitet; die App folgt keinen Umleitungen, daher wurde nichts dorthin gesendet.
err-fix-html-page = Wenn Sie sich in Ihrem Netzwerk erst bei einem WLAN-Portal oder Proxy anmelden müssen, tun Sie das zuerst; versuchen Sie es dann erneut.
err-fix-cut-off = Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
err-fix-unreadable = Versuchen Sie es erneut. Wenn es weiterhin passiert, wenden Sie sich an den Zoho-Support.
err-fix-redirected = Versuchen Sie es erneut. Wenn es weiterhin passiert, informieren Sie Ihre IT-Abteilung: Möglicherweise leitet etwas zwischen Ihnen und Zoho die App um.

## Zohos Anmeldeserver hat eine Anfrage abgelehnt

err-token-code-used = Der Anmeldecode von Zoho war abgelaufen oder wurde bereits verwendet.
err-token-revoked = Ihre gespeicherte Zoho-Anmeldung ist nicht mehr gültig; möglicherweise wurde sie widerrufen.
err-token-invalid-client = Zoho erkennt die Client-ID dieser App für das Rechenzentrum Ihres Kontos nicht.
err-token-invalid-secret = Zoho hat das Client-Secret dieser App nicht akzeptiert.
err-token-invalid-redirect = Zoho hat die Adresse nicht akzeptiert, zu der die Anmeldung zurückkehrt (die Weiterleitungs-URI).
err-token-access-denied = Zoho lehnt für einige Minuten neue Anmeldungen dieser App ab.
err-token-throttled = Zoho hat neue Zugriffe für diese Anmeldung vorübergehend gesperrt, weil in kurzer Zeit zu viele angefordert wurden.
err-token-revoke-other = Zoho konnte diese App nicht abmelden ({ $code }).
err-token-other = Zoho hat die Anmeldung abgelehnt ({ $code }).
err-fix-invalid-client = Prüfen Sie die Client-ID. Öffnen Sie in Zohos API-Konsole die Einstellungen (Settings) des Clients und aktivieren Sie Ihr Rechenzentrum (multi-DC); melden Sie sich dann erneut an.
err-fix-invalid-secret = Kopieren Sie das Client-Secret erneut aus Zohos API-Konsole und geben Sie es noch einmal ein.
err-fix-invalid-redirect = Fügen Sie in Zohos API-Konsole diese Weiterleitungs-URIs genau so zum Client hinzu, wie sie hier stehen: { $uris }.
err-fix-wait-ten-minutes = Warten Sie etwa 10 Minuten und versuchen Sie es dann erneut.
err-fix-revoke-other = Sie können die App auch in Ihrem Zoho-Konto unter „Sitzungen“, „Verbundene Apps“ entfernen.
err-fix-token-other = Versuchen Sie, sich erneut anzumelden. Wenn es weiterhin passiert, melden Sie das Problem und nennen Sie den Fehlercode.

## Die Anmeldung im Browser wurde nicht abgeschlossen

err-state-mismatch = Die Antwort des Browsers gehörte nicht zu dieser Anmeldung, daher hat die App sie ignoriert.
err-accounts-server-not-allowed = Die Anmeldung kam mit { $server } zurück, das kein Anmeldeserver von Zoho ist, daher hat die App abgebrochen, ohne ihn zu kontaktieren.
err-api-domain-not-allowed = Zohos Antwort nannte { $domain } als CRM-Adresse. Das ist keine Zoho-Adresse, daher verwendet die App sie nicht.
err-ports-unavailable = Die App konnte die Anmeldung nicht empfangen, weil ein anderes Programm { $count ->
    [0] den Anmeldeport
    [one] den Port { $last }
   *[other] die Ports { $ports } und { $last }
} belegt.
err-sign-in-timed-out = Die Anmeldung wurde nicht innerhalb von { $duration } abgeschlossen.
err-sign-in-cancelled = Die Anmeldung wurde abgebrochen.
err-denied-in-browser = Auf Zohos Zustimmungsseite wurde der Zugriff nicht erlaubt.
err-zoho-refused-sign-in = Zoho konnte die Anmeldung nicht abschließen ({ $error }).
err-missing-code = Der Browser kam ohne Anmeldecode von Zoho zurück.
err-no-refresh-token = Zoho hat der App keine dauerhafte Anmeldung erteilt.
err-fix-restart-sign-in = Starten Sie die Anmeldung erneut in der App und schließen Sie sie in dem Browser-Tab ab, den sie öffnet.
err-fix-interference = Versuchen Sie es erneut. Wenn es wieder passiert, informieren Sie Ihre IT-Abteilung: Möglicherweise stört etwas die Anmeldung.
err-fix-ports = Schließen Sie das andere Programm (oder eine weitere Instanz dieser App) und versuchen Sie es erneut.
err-fix-timed-out = Starten Sie die Anmeldung erneut und schließen Sie sie in Ihrem Browser ab.
err-fix-cancelled = Melden Sie sich erneut an, sobald Sie bereit sind.
err-fix-denied = Melden Sie sich erneut an und erlauben Sie den Zugriff, damit die App Ihre Organisation lesen kann.
err-fix-zoho-refused = Versuchen Sie es erneut. Wenn es weiterhin passiert, melden Sie das Problem und nennen Sie den Fehlercode.
err-fix-no-refresh-token = Melden Sie sich ab und dann wieder an, damit Zoho nach Ihrer Zustimmung fragt.

## Nichts, womit man sich anmelden kann

err-not-signed-in = Sie sind nicht bei Zoho angemeldet.
err-fix-sign-in-first = Melden Sie sich zuerst bei Zoho an.
err-no-client = Diese App ist noch nicht mit einem Zoho-Client eingerichtet.
err-fix-no-client = Geben Sie die Client-ID und das Client-Secret aus Zohos API-Konsole ein oder setzen Sie ZOHO_CLIENT_ID und ZOHO_CLIENT_SECRET.

## Zoho hat die Änderung des Logos abgelehnt

err-logo-too-large = Zoho hat das Logo als zu groß abgelehnt. Bei Zoho wurde nichts geändert.
err-fix-logo-too-large = Zoho akzeptiert höchstens 1 MB und 10 Megapixel; wählen Sie ein kleineres Bild.
err-logo-not-a-picture = Zoho hat die Datei nicht als Bild angenommen. Bei Zoho wurde nichts geändert.
err-fix-logo-not-a-picture = Wählen Sie ein PNG-, JPEG- oder GIF-Bild.
err-logo-no-write-scope = Die von Zoho erteilte Erlaubnis erlaubt nicht, das Logo zu ändern. Bei Zoho wurde nichts geändert.
err-fix-logo-no-write-scope = Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn Zoho fragt. Der Zoho-Client muss den Scope ZohoCRM.org.ALL haben dürfen.
err-logo-not-allowed = Ihr Zoho CRM-Benutzer darf das Logo dieser Organisation nicht ändern. Bei Zoho wurde nichts geändert.
err-fix-logo-not-allowed = Bitten Sie Ihren Zoho CRM-Administrator um ein Profil, das die Einstellungen der Organisation ändern darf.
err-logo-outcome-unknown = Die Verbindung zu Zoho wurde beendet, bevor Zoho mitteilte, ob das Logo geändert wurde.
err-fix-logo-outcome-unknown = Sehen Sie sich das Logo in Zoho CRM an, bevor Sie es erneut versuchen. { $then }
err-logo-unchanged = { $summary } Bei Zoho wurde nichts geändert.

## Probleme des Fensters: Anmelden, Demo, Abmelden

err-fix-check-client = Prüfen Sie die Client-ID und das Client-Secret und versuchen Sie es dann erneut.
err-client-not-saved = Der Client konnte nicht gespeichert werden.
err-fix-client-not-saved = Sie können sich trotzdem jetzt anmelden; beim nächsten Mal werden Sie erneut nach dem Client gefragt.
err-sign-in-not-opened = Die Anmeldung konnte nicht geöffnet werden.
err-sign-out-not-forgotten = Abgemeldet, aber die Anmeldung konnte nicht von diesem Computer entfernt werden: { $error }
err-fix-sign-out-again = Versuchen Sie erneut, sich abzumelden.
err-sign-out-not-told = Sie sind auf diesem Computer abgemeldet, aber Zoho konnte nicht benachrichtigt werden.
err-fix-sign-out-not-told = Entfernen Sie die App sicherheitshalber in Ihrem Zoho-Konto unter „Sitzungen“, „Verbundene Apps“.
err-demo-not-started = Die Demo konnte nicht gestartet werden.
err-fix-demo-not-started = Schließen Sie andere Instanzen der App und versuchen Sie es erneut.
err-demo-no-room = Die Demo konnte nicht gestartet werden: kein Platz für ihre Dateien.
err-fix-free-disk = Geben Sie Speicherplatz frei und versuchen Sie es erneut.
err-sign-in-page-unreachable = Zohos Anmeldeseite ist von diesem Computer aus nicht erreichbar.
err-fix-sign-in-page-unreachable = Prüfen Sie die Internetverbindung (oder fragen Sie Ihre IT-Abteilung, ob Zoho gesperrt ist) und versuchen Sie es dann erneut.
err-fix-not-saved-sign-in = Stellen Sie sicher, dass der Datenträger nicht voll ist und Ihr Einstellungsordner Ihnen gehört, und melden Sie sich dann erneut an.
err-app-damaged-address = Die App ist beschädigt: Zohos Adresse ist ungültig.
err-fix-reinstall = Installieren Sie die App neu.

## Das Logo ändern (Logo-Bereich und sein Dialog)

err-fitted-not-shown = Das angepasste Bild konnte nicht angezeigt werden.
err-fix-another-picture = Versuchen Sie es mit einem anderen Bild.
err-org-gone = Eine zu ändernde Organisation ist hier nicht mehr angemeldet.
err-fix-org-gone = Melden Sie sich erneut bei ihr an und ändern Sie dann ihr Logo.
err-logo-busy = Das Logo von { $org } wird gerade anderweitig geändert.
err-fix-logo-busy = Warten Sie, bis das abgeschlossen ist, und versuchen Sie es dann erneut.
err-nothing-changed = Es wurde nichts geändert.
err-earlier-logo-unreadable = Das frühere Logo konnte nicht gelesen werden.
err-fix-try-again = Versuchen Sie es erneut.
err-logo-change-cancelled = Sie haben die Änderung des Logos abgebrochen. Bei Zoho wurde nichts geändert.
err-earlier-logo-gone = Dieses frühere Logo ist nicht mehr vorhanden.
err-fix-earlier-logo-gone = Wählen Sie ein anderes aus der Liste.
err-fix-pick-another = Wählen Sie ein anderes.
err-clipboard-empty = In der Zwischenablage ist kein Bild.
err-fix-clipboard-empty = Kopieren Sie zuerst ein Bild oder wählen Sie seine Datei über „Logo ändern…“.
err-clipboard-too-large = Das Bild in der Zwischenablage ist zu groß.
err-fix-clipboard-too-large = Speichern Sie es als Datei und wählen Sie stattdessen diese Datei.
err-no-file-dialog = Auf diesem Computer ist kein Dateidialog verfügbar.
err-fix-no-file-dialog = Ziehen Sie ein Bild auf das Logo oder kopieren Sie eines und fügen Sie es hier mit Strg+V ein.
err-file-unreadable = { $file } konnte nicht gelesen werden.
err-fix-check-file = Prüfen Sie die Datei und versuchen Sie es dann erneut.
err-pasted-not-picture = Das Eingefügte ist kein Bild, das die App verwenden kann.
err-fix-pasted-not-picture = Kopieren Sie das Bild erneut oder wählen Sie stattdessen seine Datei.
err-picture-unusable = Dieses Bild kann nicht zum Logo werden: { $why }.
err-fix-picture-unusable = Wählen Sie ein PNG-, JPEG-, GIF-, WebP- oder BMP-Bild.

## Das Logo kopieren und speichern

err-clipboard-failed = Das Logo konnte nicht in die Zwischenablage gelegt werden.
err-fix-clipboard-failed = Versuchen Sie es erneut oder speichern Sie das Logo stattdessen in einer Datei.
err-folder-not-opened = Der Ordner { $folder } konnte nicht geöffnet werden.
err-fix-folder-not-opened = Öffnen Sie ihn über Ihren Dateimanager.
err-logo-not-saved = Das Logo konnte nicht unter { $file } gespeichert werden.
err-fix-logo-not-saved = Wählen Sie einen anderen Ordner und versuchen Sie es erneut.
err-no-logo = Es gibt kein Logo, das verwendet werden kann.
err-fix-no-logo = Aktualisieren Sie, um das Logo der Organisation abzurufen.

## Die Anmeldung auf diesem Computer aufbewahren (Schlüsselbund des Systems oder private Datei)

# Steht immer nach „in“ (Dativ).
err-store-location = { $place ->
    [keychain] dem Schlüsselbund des Systems
    [memory] dem Arbeitsspeicher dieser App (sie wird beim Schließen der App vergessen)
    [unavailable] dem Schlüsselbund des Systems (auf diesem Computer nicht verfügbar)
   *[file] der Datei { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}
err-store-keychain-timeout = Der Schlüsselbund des Systems hat nicht innerhalb von { $duration } geantwortet. Entsperren Sie ihn und versuchen Sie es erneut.
err-store-keychain-locked = Der Schlüsselbund des Systems ist gesperrt oder hat Org Viewer die Verwendung nicht erlaubt. Entsperren Sie ihn (oder erlauben Sie den Zugriff, wenn Sie gefragt werden) und versuchen Sie es erneut.
err-store-keychain-unusable = Der Schlüsselbund des Systems kann auf diesem Computer nicht verwendet werden ({ $cause }). Setzen Sie ZOHO_ORG_VIEWER_STORE=file, um die Anmeldung stattdessen in einer privaten Datei aufzubewahren.
err-store-no-keychain = Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar. Setzen Sie ZOHO_ORG_VIEWER_STORE=file, um die Anmeldung stattdessen in einer privaten Datei aufzubewahren.
err-store-keychain-failed = Der Schlüsselbund des Systems hat ein Problem gemeldet ({ $detail }). Versuchen Sie es erneut, oder starten Sie den Computer neu, wenn es weiterhin passiert.
err-store-keychain-thread = Org Viewer konnte keine Hintergrundaufgabe für den Zugriff auf den Schlüsselbund des Systems starten ({ $cause }). Schließen Sie einige Programme und versuchen Sie es erneut.
err-store-no-settings-folder = Org Viewer konnte Ihren Einstellungsordner nicht finden, weil Ihr Benutzerordner nicht bekannt ist. Prüfen Sie, ob die Einstellung HOME (unter Windows USERPROFILE) auf Ihren Benutzerordner zeigt.
err-store-file-read = Org Viewer konnte { $file } nicht lesen: { $cause }. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören.
err-store-file-write = Org Viewer konnte { $file } nicht speichern: { $cause }. Stellen Sie sicher, dass der Datenträger nicht voll ist und der Ordner Ihnen gehört.
err-store-damaged-file = Org Viewer kann die Anmeldedatei { $file } nicht verwenden: { $reason }. Melden Sie sich erneut an, um sie zu ersetzen.
err-store-damaged-org-list = Org Viewer kann seine Liste der angemeldeten Organisationen in { $file } nicht lesen: { $reason }. Melden Sie sich erneut an, um sie neu aufzubauen.
err-store-corrupt = Org Viewer kann { $what ->
    [client] den gespeicherten OAuth-Client
   *[session] die gespeicherte Anmeldung
} in { $location } nicht verwenden: { $reason }. { $what ->
    [client] Geben Sie die Client-ID und das Client-Secret erneut ein, um sie zu ersetzen.
   *[session] Melden Sie sich erneut an, um sie zu ersetzen.
}
err-store-newer-version = { $what ->
    [client] Der gespeicherte OAuth-Client
   *[session] Die gespeicherte Anmeldung
} in { $location } stammt aus einer neueren Version von Org Viewer (Format { $version }). Aktualisieren Sie Org Viewer, oder { $what ->
    [client] geben Sie die Client-ID und das Client-Secret erneut ein, um sie zu ersetzen.
   *[session] melden Sie sich erneut an, um sie zu ersetzen.
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE ist auf „{ $value }“ gesetzt, was Org Viewer nicht kennt. Setzen Sie sie auf „keyring“ oder „file“, oder entfernen Sie sie.

## Eine von Zoho akzeptierte Anmeldung, die nicht gespeichert wurde

err-org-not-signed-in = Diese Organisation ist auf diesem Computer nicht angemeldet. Melden Sie sich erneut bei ihr an.
err-no-org-id = Zoho hat die Organisation dieser Anmeldung nicht genannt, daher wurde sie nicht gespeichert. Melden Sie sich erneut an.
err-sign-in-not-saved = Die Anmeldung konnte auf diesem Computer nicht gespeichert werden und wurde deshalb bei Zoho rückgängig gemacht: { $error }
err-fix-go-back-sign-in = Kehren Sie zur App zurück und melden Sie sich erneut an.

## Warum ein Bild nicht zum Logo werden kann (innerhalb eines Satzes, nach einem Doppelpunkt)

err-fit-unknown = { $start ->
    [yes] Es ist kein Bild, das die App lesen kann (PNG, JPEG, GIF, WebP oder BMP)
   *[no] es ist kein Bild, das die App lesen kann (PNG, JPEG, GIF, WebP oder BMP)
}
err-fit-unsupported = { $start ->
    [yes] Es ist ein { $format }-Bild, das die App nicht lesen kann; speichern Sie es zuerst als PNG oder JPEG
   *[no] es ist ein { $format }-Bild, das die App nicht lesen kann; speichern Sie es zuerst als PNG oder JPEG
}
err-fit-too-large = { $start ->
    [yes] Es ist zu groß, als dass die App es öffnen könnte ({ $detail }); verkleinern Sie es zuerst
   *[no] es ist zu groß, als dass die App es öffnen könnte ({ $detail }); verkleinern Sie es zuerst
}
err-fit-damaged = { $start ->
    [yes] Die Datei ist beschädigt
   *[no] die Datei ist beschädigt
}
err-fit-cannot-fit = { $start ->
    [yes] Es bleibt selbst stark verkleinert über Zohos Grenze von 1 MB
   *[no] es bleibt selbst stark verkleinert über Zohos Grenze von 1 MB
}

## Die Änderung des Logos ist nicht durchgegangen

err-logo-wrong-org = Zoho hat die Erlaubnis für { $granted } erteilt, nicht für die zu ändernde Organisation, daher wurde nichts gesendet. Versuchen Sie es erneut und wählen Sie auf Zohos Seite { $wanted } aus.
err-logo-current-unreadable = Das aktuelle Logo konnte nicht gelesen werden, um eine Kopie aufzubewahren, daher wurde bei Zoho nichts geändert: { $error }
err-logo-backup-failed = Eine Kopie des aktuellen Logos konnte nicht auf diesem Computer gespeichert werden ({ $cause }), daher wurde bei Zoho nichts geändert.
err-fix-logo-backup-failed = Prüfen Sie, ob Ihr Datenordner genug Platz hat und beschreibbar ist, und versuchen Sie es dann erneut.

## Wo die Anmeldung aufbewahrt wird (ein einmaliger Hinweis) und die Ursachen beim Schlüsselbund

err-store-file-notice = Ihre Anmeldung wird in { $location } aufbewahrt und ist nur für Sie lesbar, { $reason ->
    [asked] wie ZOHO_ORG_VIEWER_STORE=file es verlangt
   *[no_keychain] weil dieser Computer keinen nutzbaren Schlüsselbund des Systems hat
}.
err-store-cause-locked = er ist gesperrt oder hat Org Viewer die Verwendung nicht erlaubt
err-store-cause-timeout = er hat nicht innerhalb von { $duration } geantwortet
err-store-trouble-ambiguous = er enthält mehr als einen Eintrag für Org Viewer
err-store-trouble-too-long = der Eintrag ist länger als sein Limit von { $limit } Zeichen
err-store-trouble-not-text = ein Eintrag von Org Viewer ist kein lesbarer Text
err-store-trouble-vanished = ein Eintrag ist verschwunden, während er gelesen wurde
err-store-trouble-stopped = die Aufgabe, die mit ihm kommuniziert, wurde unerwartet beendet

## Die Fehlerzeile der Befehlszeile (eine Zeile auf stderr)

err-cli-fix-login-again = Führen Sie `zoho-org-viewer login` aus, um sich erneut anzumelden.
err-cli-fix-ports = { $fix } Oder setzen Sie ZOHO_ORG_VIEWER_REDIRECT_PORT auf einen freien Port, dessen Weiterleitungs-URI für den Client eingetragen ist.

## Das Client-Formular und die Einrichtung in der Befehlszeile. „1000.“ bleibt unverändert.

err-client-id-empty = Geben Sie die Client-ID aus Zohos API-Konsole ein.
err-client-id-spaces = Die Client-ID darf keine Leerzeichen oder Zeilenumbrüche enthalten. Kopieren Sie sie erneut aus Zohos API-Konsole.
err-client-id-is-secret = Das sieht nach dem Client-Secret aus. Fügen Sie hier die Client-ID ein: Sie beginnt mit „1000.“.
err-client-id-prefix = Eine Zoho-Client-ID beginnt mit „1000.“. Kopieren Sie sie erneut aus Zohos API-Konsole.
err-client-id-characters = Nach „1000.“ enthält eine Zoho-Client-ID nur Großbuchstaben und Ziffern. Kopieren Sie sie erneut aus Zohos API-Konsole.
err-client-id-length = Eine Zoho-Client-ID hat nach „1000.“ { $expected } Zeichen, diese hier aber { $length }. Prüfen Sie, ob sie vollständig kopiert wurde.
err-client-secret-empty = Geben Sie das Client-Secret aus Zohos API-Konsole ein.
err-client-secret-spaces = Das Client-Secret darf keine Leerzeichen oder Zeilenumbrüche enthalten. Kopieren Sie es erneut aus Zohos API-Konsole.
err-client-secret-is-id = Das sieht nach der Client-ID aus. Fügen Sie hier das Client-Secret ein: Es ist der längere Code aus Buchstaben und Ziffern.
err-client-secret-characters = Ein Zoho-Client-Secret enthält nur die Ziffern 0–9 und die Buchstaben a–f. Kopieren Sie es erneut aus Zohos API-Konsole.
err-client-secret-length = Ein Zoho-Client-Secret hat { $expected } Zeichen, dieses hier aber { $length }. Prüfen Sie, ob es vollständig kopiert wurde.

## Der Logo-Bereich, wenn ein Logo nicht dargestellt werden kann

err-preview-unsupported = Die App kann { $format }-Bilder nicht anzeigen, aber Sie können das Logo speichern und anderswo öffnen.
err-preview-too-large = Das Logo ist zu groß für die Anzeige ({ $detail }); Sie können es trotzdem speichern.
err-preview-damaged = Die Logodatei ist beschädigt und kann nicht angezeigt werden; Sie können sie trotzdem speichern.
err-cli-sign-in-revoked = { $error } Die Anmeldung von { $org } wurde von diesem Computer entfernt; führen Sie `zoho-org-viewer login` aus, um sich erneut bei ihr anzumelden.
err-cli-some-orgs-failed = { $failed } von { $total } Organisationen konnten nicht abgerufen werden; siehe die Zeilen oben.
err-cli-no-client = Für die Anmeldung ist kein Zoho-Client eingerichtet. Erstellen Sie in Zohos API-Konsole (https://api-console.zoho.com) einen serverbasierten Client (Server-based Applications) mit der Weiterleitungs-URI { $redirect_uris } und setzen Sie dann ZOHO_CLIENT_ID und ZOHO_CLIENT_SECRET auf seine Client-ID und sein Client-Secret.
err-cli-not-signed-in = Sie sind auf diesem Computer bei keiner Organisation angemeldet. Führen Sie zuerst `zoho-org-viewer login` aus.
err-cli-no-logo = Ihre Organisation hat in Zoho CRM kein Logo, daher wurde keine Datei geschrieben.
err-cli-out-is-folder = { $path } ist ein Ordner. Geben Sie einen Dateinamen für das Logo an, etwa { $example }.
err-cli-save-logo = Das Logo konnte nicht unter { $path } gespeichert werden: { $cause }. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen; es wurde nichts geschrieben.
err-cli-revoke-failed = Auf diesem Computer von { $org } abgemeldet, aber Zoho konnte nicht aufgefordert werden, die Anmeldung zu widerrufen. { $reason } Die App hat bei Zoho möglicherweise weiterhin Zugriff, bis Sie sie dort entfernen: Melden Sie sich bei Ihrem Zoho-Konto an, öffnen Sie „Sitzungen“, dann „Verbundene Apps“, und entfernen Sie Org Viewer.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho hat den Zugriff der App widerrufen,
   *[no] Zoho konnte nicht aufgefordert werden, die Anmeldung zu widerrufen,
} aber die Anmeldung von { $org } konnte nicht von diesem Computer entfernt werden: { $error } Beheben Sie das und führen Sie den Befehl erneut aus.
err-cli-read-picture = { $path } konnte nicht gelesen werden: { $cause }. Prüfen Sie den Dateinamen; das Logo wurde nicht geändert.
err-cli-picture = { $path } kann nicht zum Logo werden: { $why }. Das Logo wurde nicht geändert.
err-cli-one-org-only = logo --out speichert das Logo einer einzigen Organisation; geben Sie genau ein --org an.
err-cli-some-logos-unchanged = Das Logo von { $failed } von { $total } Organisationen wurde nicht geändert; siehe die Zeilen oben.
err-cli-nothing-to-do = Geben Sie an, was mit dem Logo geschehen soll: --out FILE, --set FILE oder --remove.
err-cli-runtime = Die Hintergrundarbeit des Befehls konnte nicht gestartet werden ({ $cause }). Schließen Sie einige Programme und versuchen Sie es erneut.
err-cli-window = Das App-Fenster konnte nicht geöffnet werden ({ $detail }). Stellen Sie sicher, dass Sie in einer Desktop-Sitzung sind und Ihr Grafiktreiber OpenGL 2 oder neuer unterstützt; die Befehle (login, org, logo, logout) funktionieren ohne Fenster.
err-cli-choose-org = { $error } Geben Sie eine dieser Organisationen über ihre ID, ihre Domain oder einen nur auf sie passenden Teil ihres Namens an: { $choices }.
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = Sie sind auf diesem Computer bei keiner Organisation angemeldet.
err-store-no-match = Keine angemeldete Organisation passt zu „{ $query }“.
err-store-ambiguous = „{ $query }“ passt zu mehr als einer angemeldeten Organisation.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = der Inhalt ist kein gültiges JSON (Zeile { $line }, Spalte { $column })
err-damaged-not-object = der Inhalt ist kein JSON-Objekt
err-damaged-no-version = die Formatversion fehlt
err-damaged-version-not-number = die Formatversion ist keine Zahl
err-damaged-cut-short = der Inhalt bricht vorzeitig ab
err-damaged-unreadable = der Inhalt konnte nicht gelesen werden
err-damaged-missing-entry = ein erforderlicher Eintrag fehlt (fehlendes Feld { $field })
err-damaged-wrong-kind = ein Eintrag hat einen Wert der falschen Art
err-damaged-too-large = die Datei ist viel zu groß
err-damaged-not-text = die Datei enthält keinen Text
err-damaged-symbolic-link = die Datei ist ein symbolischer Link, dem Org Viewer nicht folgt
err-damaged-not-a-file = das ist keine normale Datei (sondern ein Ordner, eine Named Pipe oder ein Gerät)
err-damaged-newer-file = sie stammt aus einer neueren Version von Org Viewer (Format { $version })
err-damaged-newer-list = sie wurde von einer neueren Version der App geschrieben ({ $version })
err-damaged-not-encoded = die Daten konnten nicht codiert werden
err-damaged-empty-client-id = die Client-ID ist leer
err-damaged-empty-client-secret = das Client-Secret ist leer
err-damaged-empty = { $name ->
    [refresh] das Refresh-Token ist leer
    [accounts] die Adresse des Kontenservers ist leer
   *[api] die API-Domain ist leer
}
err-damaged-expiry = das Ablaufdatum des Zugriffstokens liegt außerhalb des gültigen Bereichs
err-damaged-not-address = { $name ->
    [accounts] die Adresse des Kontenservers ist keine Webadresse
   *[api] die API-Domain ist keine Webadresse
}
err-damaged-no-org-id = Zoho hat die Organisation ohne ihre ID gesendet

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer wurde wegen eines internen Fehlers beendet. Ein Bericht liegt in { $file }.
err-crash-unreported = Org Viewer wurde wegen eines internen Fehlers beendet (der Bericht konnte nicht geschrieben werden: { $error }).
err-crash-last-time = Org Viewer wurde beim letzten Mal unerwartet beendet. Wenn das erneut passiert, melden Sie es bitte und hängen Sie { $file } an.

## Logo changes.
err-logo-changed-done = Das Logo von { $org } wurde geändert.
err-logo-removed-done = Das Logo von { $org } wurde entfernt.
err-choose-logo-title = Neues Logo auswählen
err-pictures-filter = Bilder
err-unknown-format = Unbekanntes Format

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = unverändert gesendet ({ $format }, { $sent }, { $size })
err-fit-converted = von { $from } in { $to } umgewandelt, { $sizes }
err-fit-re-encoded = als { $format } neu codiert, { $sizes }
err-fit-scaled = von { $original } auf { $sent } verkleinert, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Es hält die Grenzen von Zoho ein (1 MB und 10 Megapixel).
err-fit-format-not-taken = Zoho nimmt bekanntlich nur PNG-, JPEG- und GIF-Logos an.
err-fit-too-heavy = Zoho nimmt Logos von höchstens 1 MB an.
err-fit-too-many-pixels = Zoho nimmt Logos von höchstens 10 Megapixeln und 1 MB an.
err-fit-still-too-heavy = Zoho nimmt Logos von höchstens 1 MB an, und neues Codieren allein reichte nicht aus.
