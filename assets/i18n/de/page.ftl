# Die Seite, die der Browser nach der Anmeldung bei Zoho zeigt.

page-signed-in-title = Sie sind angemeldet
page-signed-in-message = Org Viewer for Zoho CRM kann jetzt Ihre Organisation anzeigen.
page-close-tab = Sie können diesen Tab schließen und zur App zurückkehren.
page-write-granted-title = Erlaubnis erhalten
page-write-granted-message = Org Viewer for Zoho CRM ändert jetzt das Logo und vergisst die Erlaubnis, sobald das erledigt ist.
page-added-title = { $org } wurde hinzugefügt
page-renewed-title = Sie sind wieder bei { $org } angemeldet
page-added-message = Org Viewer for Zoho CRM zeigt jetzt { $org }.

page-not-completed-title = Die Anmeldung wurde nicht abgeschlossen
page-zoho-code = Zoho-Code: { $code }
page-already-over-title = Diese Anmeldung ist bereits beendet
page-already-over-message = Diese Anmeldung wurde bereits verwendet oder ist abgelaufen.
page-already-over-next = Kehren Sie zur App zurück; wenn Sie dort nicht angemeldet sind, starten Sie die Anmeldung erneut.
page-not-found = Nicht gefunden
