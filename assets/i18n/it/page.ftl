# La pagina che il browser mostra dopo l'accesso a Zoho.

page-signed-in-title = Accesso eseguito
page-signed-in-message = Org Viewer for Zoho CRM ora può mostrare la tua organizzazione.
page-close-tab = Puoi chiudere questa scheda e tornare all'app.
page-write-granted-title = Permesso ricevuto
page-write-granted-message = Org Viewer for Zoho CRM sta cambiando il logo e dimenticherà il permesso non appena avrà finito.
page-added-title = { $org } è stata aggiunta
page-renewed-title = Hai di nuovo eseguito l'accesso a { $org }
page-added-message = Org Viewer for Zoho CRM ora mostra { $org }.

page-not-completed-title = L'accesso non è stato completato
page-zoho-code = Codice Zoho: { $code }
page-already-over-title = Questo accesso è già concluso
page-already-over-message = Questo accesso è già stato usato o è scaduto.
page-already-over-next = Torna all'app; se lì non hai eseguito l'accesso, ricomincia l'accesso.
page-not-found = Non trovato
