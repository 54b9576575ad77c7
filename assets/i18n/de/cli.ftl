# Die Befehlszeile (zoho-org-viewer im Terminal). Befehle, Optionen, Umgebungsvariablen und
# Dateipfade bleiben unübersetzt.

## --help

cli-help-about = Org Viewer for Zoho CRM: Details und Logo Ihrer Zoho CRM-Organisation ansehen.
cli-help-after =
    Ohne Befehl öffnet sich das App-Fenster.

    Einstellungen (Umgebungsvariablen):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          Der OAuth-Client aus Zohos API-Konsole (https://api-console.zoho.com). Ohne sie wird
          der in der App gespeicherte oder der eingebaute Client verwendet.
      ZOHO_ACCOUNTS_URL
          Wo die Anmeldung beginnt. Standard: https://accounts.zoho.com (Zoho leitet zu jedem
          Rechenzentrum außer dem chinesischen weiter); in China https://accounts.zoho.com.cn.
          Muss https sein, oder einfaches http auf diesem Computer (127.0.0.1 oder localhost)
          für das simulierte Zoho.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Die Anmeldung nur auf diesem einen Port empfangen, falls die Ports 17645 bis 17647 auf
          diesem Computer belegt sind. Die Weiterleitungs-URI http://127.0.0.1:PORT/callback muss
          dann für den Client in Zohos API-Konsole eingetragen sein.
      ZOHO_ORG_VIEWER_STORE
          Wo die Anmeldung aufbewahrt wird: "keyring" (der Schlüsselbund des Systems) oder "file"
          (eine Datei in Ihrem Einstellungsordner, die nur Sie lesen können). Standard: der
          Schlüsselbund, oder die Datei, wenn dieser Computer keinen Schlüsselbund hat.
      RUST_LOG
          Wie viel auf stderr protokolliert wird, z. B. "info" oder "debug" (Standard "warn").
          Tokens und das Client-Secret werden nie ausgegeben oder protokolliert, auf keiner Stufe.

    Exit-Status: 0 bei Erfolg; 1, wenn etwas schiefging, mit dem Grund auf stderr; 2, wenn die
    Befehlszeile selbst falsch ist.
cli-help-usage = Aufruf:
cli-help-commands = Befehle
cli-help-arguments = Argumente
cli-help-options = Optionen
cli-help-flag-help = Hilfe anzeigen
cli-help-flag-version = Version anzeigen
cli-help-demo = Die App mit dem eingebauten simulierten Zoho öffnen (kein Zoho-Konto nötig).
cli-help-login = Im Browser bei Zoho anmelden; die Organisation, die Sie dort auswählen, wird hinzugefügt (oder erneuert).
cli-help-login-long =
    Im Browser bei Zoho anmelden; die Organisation, die Sie dort auswählen, wird hinzugefügt (oder erneuert).

    Öffnet Zohos Anmeldeseite in Ihrem Browser (unter Linux den in $BROWSER genannten, falls gesetzt) und gibt ihre Adresse auch aus, falls sich kein Browser öffnet. Wartet dann bis zu 3 Minuten auf die Rückkehr des Browsers. Die auf Zohos Seite gewählte Organisation wird zur aktuellen.
cli-help-orgs = Die auf diesem Computer angemeldeten Organisationen auflisten, die aktuelle markiert.
cli-help-orgs-json = Stattdessen ein JSON-Array ausgeben (id, zgid, company_name, type, data_centre, current).
cli-help-switch = ORG zur aktuellen Organisation machen (die Befehle ohne --org verwenden).
cli-help-switch-org = Die Organisation: ihre ID, zgid, ihr Domainname oder ein Teil ihres Firmennamens.
cli-help-org = Die Details einer Organisation ausgeben, gruppiert und in einfachen Worten.
cli-help-org-org = Die Organisation (Standard: die aktuelle): ID, zgid, Domain oder ein Teil ihres Namens.
cli-help-org-all = Alle angemeldeten Organisationen, gleichzeitig abgerufen.
cli-help-org-json = Stattdessen Zohos Org-Objekt als JSON ausgeben, mit jedem Schlüssel, den Zoho gesendet hat (mit --all ein Array davon).
cli-help-logo = Das Logo einer Organisation in einer Datei speichern (--out), ändern (--set) oder entfernen (--remove).
cli-help-logo-long =
    Das Logo einer Organisation in einer Datei speichern (--out), ändern (--set) oder entfernen (--remove).

    --set und --remove öffnen Zoho einmal in Ihrem Browser, um die Erlaubnis zum Ändern des Logos einzuholen; die Erlaubnis wird nur im Arbeitsspeicher gehalten und nach der Änderung vergessen. Das aktuelle Logo wird vorher im Datenordner der App gesichert. Ein Bild über Zohos Grenzen (1 MB, 10 Megapixel) wird verkleinert und neu kodiert, damit es passt.
cli-help-logo-out = Das Logo in dieser Datei speichern, Byte für Byte so, wie Zoho es sendet (eine vorhandene Datei wird ersetzt; ganz oder gar nicht geschrieben).
cli-help-logo-set = Dieses Bild (PNG, JPEG, GIF, WebP oder BMP) zum Logo der Organisation machen.
cli-help-logo-remove = Das Logo der Organisation entfernen.
cli-help-logo-org = Die Organisation (Standard: die aktuelle). Mit --set oder --remove mehrfach angeben, um mehrere Organisationen nacheinander zu ändern (Zoho fragt für jede im Browser nach der Erlaubnis).
cli-help-logout = Eine Anmeldung bei Zoho widerrufen und auf diesem Computer vergessen (Standard: die aktuelle Organisation).
cli-help-logout-org = Die Organisation, von der Sie sich abmelden.
cli-help-logout-all = Von allen Organisationen abmelden.
cli-help-sim = Das simulierte Zoho im Vordergrund ausführen und seine Adressen ausgeben (Strg+C beendet es).
cli-help-sim-orgs = Einen Benutzer in N erfundenen Organisationen spielen statt in den drei der Demo (für Benchmarks).

## Einstellungen, die nicht verwendet werden können

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL ist keine Webadresse. Setzen Sie sie auf Zohos Anmeldeserver, etwa https://accounts.zoho.com, oder entfernen Sie sie.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL ist { $value }, muss aber mit https:// beginnen (einfaches http ist nur auf diesem Computer erlaubt, etwa http://127.0.0.1:PORT für das simulierte Zoho). Korrigieren Sie sie, oder entfernen Sie sie, um https://accounts.zoho.com zu verwenden.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL darf keinen Benutzernamen und kein Passwort enthalten. Setzen Sie sie nur auf die Adresse des Servers, etwa https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT ist "{ $value }", muss aber eine Portnummer von 1 bis 65535 sein (eine, deren Weiterleitungs-URI http://127.0.0.1:PORT/callback für den Client eingetragen ist). Korrigieren Sie sie, oder entfernen Sie sie, um die Ports 17645 bis 17647 zu verwenden.
cli-startup-setting-refused = Die App wurde mit einer Einstellung gestartet, die sie nicht verwenden kann, und nutzt deshalb ihre übliche Einstellung.
cli-startup-setting-refused-next = Wer diesen Computer eingerichtet hat, kann die unter „Details“ genannte Einstellung korrigieren oder entfernen und die App dann neu starten.
cli-log-setting-unreadable = RUST_LOG konnte nicht gelesen werden ({ $error }); nur Warnungen und Fehler werden angezeigt.

## login

cli-login-opening = Zohos Anmeldeseite wird in Ihrem Browser geöffnet. Falls sie sich nicht öffnet, rufen Sie diese Adresse auf:
cli-login-waiting = Es wird bis zu { $duration } gewartet, bis Sie im Browser fertig sind (Strg+C bricht ab). Wählen Sie auf Zohos Seite die Organisation aus, die hinzugefügt werden soll.
cli-login-added = Bei Zoho angemeldet und { $org } hinzugefügt ({ $place }); das ist jetzt die aktuelle Organisation.
cli-login-renewed = Die Anmeldung von { $org } wurde erneuert ({ $place }); das ist jetzt die aktuelle Organisation.
cli-login-old-not-revoked = Die ersetzte Anmeldung konnte bei Zoho nicht widerrufen werden ({ $error }); Sie können sie in Ihrem Zoho-Konto unter „Sitzungen“, „Verbundene Apps“ entfernen.
cli-where-both = { $environment }, { $place }
cli-where-centre = Zohos Rechenzentrum { $centre }
cli-where-unknown = Rechenzentrum unbekannt
cli-browser-not-opened = Es konnte kein Browser geöffnet werden ({ $problem }). Öffnen Sie die Adresse oben in Ihrem Browser, um fortzufahren.
cli-browser-fallback = Falls sich der Browser nicht öffnet, rufen Sie diese Adresse auf:

## Art und Rechenzentrum einer Organisation

cli-environment = { $kind ->
    [production] Produktion
    [sandbox] Sandbox
    [developer] Entwickler
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] Produktion
    [sandbox] Sandbox
    [developer] Entwickler
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] USA
    [eu] Europa
    [in] Indien
    [au] Australien
    [jp] Japan
    [cn] China
    [ca] Kanada
    [sa] Saudi-Arabien
    [uk] Vereinigtes Königreich
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Unbekannt

## orgs

cli-orgs-heading-organization = Organisation
cli-orgs-heading-environment = Umgebung
cli-orgs-heading-data-centre = Rechenzentrum
cli-orgs-heading-id = ID
cli-orgs-current-marked = Die aktuelle Organisation ist mit * markiert; `zoho-org-viewer switch ORG` ändert sie.
cli-orgs-none = Sie sind auf diesem Computer bei keiner Organisation angemeldet. Führen Sie `zoho-org-viewer login` aus, um eine hinzuzufügen.

## switch, logout

cli-now-current = { $org } ist jetzt die aktuelle Organisation.
cli-logout-nothing = Sie sind nicht bei Zoho angemeldet, es gab also nichts abzumelden.
cli-logout-done = Von { $org } abgemeldet: Zoho hat den Zugriff der App widerrufen, und die Anmeldung wurde von diesem Computer entfernt.

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = Das Logo ({ $description }) wurde in { $file } gespeichert.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } Pixel, { $size }
cli-logo-extension-note = Hinweis: Das Logo ist ein { $format }-Bild, aber der Dateiname endet auf .{ $extension }; manche Programme richten sich nach dem Namen, daher passt { $suggested } womöglich besser.
cli-picture-is = Bild: { $change }.
cli-picture-was = Bild: { $change }. { $why }
cli-logo-one-at-a-time = Zoho erteilt die Erlaubnis immer nur für eine Organisation, daher öffnet sich Ihr Browser nacheinander einmal für jede dieser { $total } Organisationen.
cli-logo-progress = { $number } von { $total }: { $org }
cli-logo-permission = Um das Logo von { $org } zu ändern, bittet Zoho einmal in Ihrem Browser um die Erlaubnis dazu; die App hält diese Erlaubnis nur im Arbeitsspeicher und vergisst sie danach. Wählen Sie auf Zohos Seite { $org } aus.
cli-logo-waiting = Es wird bis zu { $duration } gewartet, bis Sie im Browser fertig sind (Strg+C bricht ab).
cli-logo-changed = Das Logo von { $org } wurde geändert.
cli-logo-removed = Das Logo von { $org } wurde entfernt.
cli-logo-backup-saved = Eine Kopie des aktuellen Logos wurde in { $file } gespeichert.
cli-logo-no-backup = { $org } hatte kein Logo, daher gab es nichts zu sichern.
