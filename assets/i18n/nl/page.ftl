# De pagina die de browser toont na het aanmelden bij Zoho.

page-signed-in-title = U bent aangemeld
page-signed-in-message = Org Viewer for Zoho CRM kan nu uw organisatie tonen.
page-close-tab = U kunt dit tabblad sluiten en teruggaan naar de app.
page-write-granted-title = Toestemming ontvangen
page-write-granted-message = Org Viewer for Zoho CRM wijzigt nu het logo en vergeet de toestemming zodra dat klaar is.
page-added-title = { $org } is toegevoegd
page-renewed-title = U bent weer aangemeld bij { $org }
page-added-message = Org Viewer for Zoho CRM toont nu { $org }.

page-not-completed-title = Het aanmelden is niet voltooid
page-zoho-code = Zoho-code: { $code }
page-already-over-title = Deze aanmelding is al afgelopen
page-already-over-message = Deze aanmelding is al gebruikt of verlopen.
page-already-over-next = Ga terug naar de app; als u daar niet bent aangemeld, begin dan opnieuw met aanmelden.
page-not-found = Niet gevonden
