# De opdrachtregel (zoho-org-viewer in een terminal). Opdrachten, opties, omgevingsvariabelen
# en bestandspaden worden niet vertaald.

## --help

cli-help-about = Org Viewer for Zoho CRM: bekijk de gegevens en het logo van uw Zoho CRM-organisatie.
cli-help-after =
    Zonder opdracht opent het app-venster.

    Instellingen (omgevingsvariabelen):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          De OAuth-client uit de API-console van Zoho (https://api-console.zoho.com). Zonder
          deze wordt de client gebruikt die in de app is opgeslagen of erin is ingebouwd.
      ZOHO_ACCOUNTS_URL
          Waar het aanmelden begint. Standaard https://accounts.zoho.com (Zoho stuurt door naar
          elk datacenter behalve dat van China); gebruik in China https://accounts.zoho.com.cn.
          Moet https zijn, of gewoon http op deze computer (127.0.0.1 of localhost) voor de
          gesimuleerde Zoho.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Ontvang de aanmelding alleen op deze ene poort, voor als de poorten 17645 tot en met
          17647 op deze computer bezet zijn. De omleidings-URI http://127.0.0.1:PORT/callback moet
          dan voor de client geregistreerd zijn in de API-console van Zoho.
      ZOHO_ORG_VIEWER_STORE
          Waar de aanmelding wordt bewaard: "keyring" (de sleutelhanger van het systeem) of
          "file" (een bestand in uw instellingenmap dat alleen u kunt lezen). Standaard: de
          sleutelhanger, of het bestand als deze computer geen sleutelhanger heeft.
      RUST_LOG
          Hoeveel er op stderr wordt gelogd, bijv. "info" of "debug" (standaard "warn"). Tokens
          en het clientgeheim worden nooit getoond of gelogd, op geen enkel niveau.

    Afsluitstatus: 0 bij succes; 1 als er iets misging, met de reden op stderr; 2 als de
    opdrachtregel zelf onjuist is.
cli-help-usage = Gebruik:
cli-help-commands = Opdrachten
cli-help-arguments = Argumenten
cli-help-options = Opties
cli-help-flag-help = Help tonen
cli-help-flag-version = Versie tonen
cli-help-demo = Open de app met de ingebouwde gesimuleerde Zoho (geen Zoho-account nodig).
cli-help-login = Meld u aan bij Zoho in uw browser; de organisatie die u daar kiest, wordt toegevoegd (of vernieuwd).
cli-help-login-long =
    Meld u aan bij Zoho in uw browser; de organisatie die u daar kiest, wordt toegevoegd (of vernieuwd).

    Opent de aanmeldpagina van Zoho in uw browser (op Linux degene die $BROWSER noemt, als die is ingesteld) en toont ook het adres, voor als er geen browser opent. Wacht daarna maximaal 3 minuten tot de browser terugkomt. De organisatie die op de pagina van Zoho is gekozen, wordt de huidige.
cli-help-orgs = Toon de organisaties die op deze computer zijn aangemeld, met de huidige gemarkeerd.
cli-help-orgs-json = Toon in plaats daarvan een JSON-array (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Maak ORG de huidige organisatie (die opdrachten zonder --org gebruiken).
cli-help-switch-org = De organisatie: haar ID, zgid, domeinnaam of een deel van haar bedrijfsnaam.
cli-help-org = Toon de gegevens van een organisatie, gegroepeerd en in gewone woorden.
cli-help-org-org = De organisatie (standaard: de huidige): ID, zgid, domein of een deel van haar naam.
cli-help-org-all = Alle aangemelde organisaties, in één keer opgehaald.
cli-help-org-json = Toon in plaats daarvan het org-object van Zoho als JSON, met elke sleutel die Zoho stuurde (met --all een array daarvan).
cli-help-logo = Sla het logo van een organisatie op in een bestand (--out), of wijzig het (--set) of verwijder het (--remove).
cli-help-logo-long =
    Sla het logo van een organisatie op in een bestand (--out), of wijzig het (--set) of verwijder het (--remove).

    --set en --remove openen Zoho één keer in uw browser om toestemming te vragen het logo te wijzigen; de toestemming blijft alleen in het geheugen en wordt vergeten zodra de wijziging klaar is. Het huidige logo wordt eerst opgeslagen in de gegevensmap van de app. Een afbeelding boven de limieten van Zoho (1 MB, 10 megapixels) wordt verkleind en opnieuw gecodeerd zodat ze past.
cli-help-logo-out = Sla het logo op in dit bestand, byte voor byte zoals Zoho het stuurt (vervangen als het bestaat; helemaal of helemaal niet geschreven).
cli-help-logo-set = Maak deze afbeelding (PNG, JPEG, GIF, WebP of BMP) het logo van de organisatie.
cli-help-logo-remove = Verwijder het logo van de organisatie.
cli-help-logo-org = De organisatie (standaard: de huidige). Geef haar met --set of --remove meer dan eens op om meerdere organisaties na elkaar te wijzigen (Zoho vraagt voor elk om toestemming in de browser).
cli-help-logout = Trek een aanmelding in bij Zoho en vergeet haar op deze computer (standaard: de huidige organisatie).
cli-help-logout-org = De organisatie waarvoor u zich afmeldt.
cli-help-logout-all = Meld u af bij alle organisaties.
cli-help-sim = Voer de gesimuleerde Zoho op de voorgrond uit en toon de adressen (Ctrl-C stopt hem).
cli-help-sim-orgs = Speel een gebruiker in N verzonnen organisaties in plaats van de drie van de demo (voor benchmarks).

## Instellingen die niet bruikbaar zijn

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL is geen webadres. Stel de aanmeldserver van Zoho in, zoals https://accounts.zoho.com, of verwijder de instelling.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL is { $value }, maar moet met https:// beginnen (gewoon http is alleen op deze computer toegestaan, zoals http://127.0.0.1:PORT voor de gesimuleerde Zoho). Corrigeer de instelling, of verwijder haar om https://accounts.zoho.com te gebruiken.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL mag geen gebruikersnaam of wachtwoord bevatten. Stel alleen het adres van de server in, zoals https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT is "{ $value }", maar moet een poortnummer van 1 tot en met 65535 zijn (een poort waarvan de omleidings-URI http://127.0.0.1:PORT/callback voor de client is geregistreerd). Corrigeer de instelling, of verwijder haar om de poorten 17645 tot en met 17647 te gebruiken.
cli-startup-setting-refused = De app is gestart met een instelling die ze niet kan gebruiken, en gebruikt daarom haar gewone instelling.
cli-startup-setting-refused-next = Wie deze computer heeft ingericht, kan de instelling die onder Details staat corrigeren of verwijderen en de app daarna opnieuw starten.
cli-log-setting-unreadable = RUST_LOG kon niet worden gelezen ({ $error }); alleen waarschuwingen en fouten worden getoond.

## login

cli-login-opening = De aanmeldpagina van Zoho wordt in uw browser geopend. Als ze niet opent, ga dan naar dit adres:
cli-login-waiting = Er wordt maximaal { $duration } gewacht tot u klaar bent in de browser (Ctrl-C annuleert). Kies op de pagina van Zoho de organisatie die u wilt toevoegen.
cli-login-added = Aangemeld bij Zoho: { $org } is toegevoegd ({ $place }); dit is nu de huidige organisatie.
cli-login-renewed = De aanmelding van { $org } is vernieuwd ({ $place }); dit is nu de huidige organisatie.
cli-login-old-not-revoked = De aanmelding die deze vervangt, kon niet bij Zoho worden ingetrokken ({ $error }); u kunt haar verwijderen onder Sessies, Verbonden apps in uw Zoho-account.
cli-where-both = { $environment }, { $place }
cli-where-centre = Zoho-datacenter { $centre }
cli-where-unknown = datacenter onbekend
cli-browser-not-opened = Er kon geen browser worden geopend ({ $problem }). Open het adres hierboven in uw browser om verder te gaan.
cli-browser-fallback = Als de browser niet opent, ga dan naar dit adres:

## Soort en datacenter van een organisatie

cli-environment = { $kind ->
    [production] Productie
    [sandbox] Sandbox
    [developer] Ontwikkelaar
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] productie
    [sandbox] sandbox
    [developer] ontwikkelaar
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] Verenigde Staten
    [eu] Europa
    [in] India
    [au] Australië
    [jp] Japan
    [cn] China
    [ca] Canada
    [sa] Saudi-Arabië
    [uk] Verenigd Koninkrijk
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Onbekend

## orgs

cli-orgs-heading-organization = Organisatie
cli-orgs-heading-environment = Omgeving
cli-orgs-heading-data-centre = Datacenter
cli-orgs-heading-id = ID
cli-orgs-current-marked = De huidige organisatie is gemarkeerd met *; `zoho-org-viewer switch ORG` wijzigt haar.
cli-orgs-none = U bent op deze computer bij geen enkele organisatie aangemeld. Voer `zoho-org-viewer login` uit om er een toe te voegen.

## switch, logout

cli-now-current = { $org } is nu de huidige organisatie.
cli-logout-nothing = U bent niet aangemeld bij Zoho, dus er was niets om af te melden.
cli-logout-done = Afgemeld bij { $org }: Zoho heeft de toegang van de app ingetrokken en de aanmelding is van deze computer verwijderd.

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = Het logo ({ $description }) is opgeslagen in { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } pixels, { $size }
cli-logo-extension-note = Let op: het logo is een { $format }-afbeelding, maar de bestandsnaam eindigt op .{ $extension }; sommige programma's gaan af op de naam, dus { $suggested } past misschien beter.
cli-picture-is = Afbeelding: { $change }.
cli-picture-was = Afbeelding: { $change }. { $why }
cli-logo-one-at-a-time = Zoho geeft toestemming voor één organisatie tegelijk, dus uw browser opent om de beurt één keer voor elk van deze { $total } organisaties.
cli-logo-progress = { $number } van { $total }: { $org }
cli-logo-permission = Om het logo van { $org } te wijzigen, vraagt Zoho één keer in uw browser om toestemming; de app houdt die toestemming alleen in het geheugen en vergeet haar als het klaar is. Kies op de pagina van Zoho { $org }.
cli-logo-waiting = Er wordt maximaal { $duration } gewacht tot u klaar bent in de browser (Ctrl-C annuleert).
cli-logo-changed = Het logo van { $org } is gewijzigd.
cli-logo-removed = Het logo van { $org } is verwijderd.
cli-logo-backup-saved = Een kopie van het huidige logo is opgeslagen in { $file }.
cli-logo-no-backup = { $org } had geen logo, dus er was niets om een kopie van te bewaren.
