# Problems: what went wrong and what to do (Dutch).
# See assets/i18n/en/problems.ftl for where each message shows and what its placeholders hold.

## The Details part of a problem.
err-label-zoho-code = Zoho-code
err-label-http-status = HTTP-status
err-label-detail = Detail
err-label-time = Tijd
err-label-app = App
err-detail-line = { $label }: { $value }

## Putting sentences together.
err-with-code = { $sentence } (Zoho-code { $code }).
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 minuut
       *[other] { $count } minuten
    }
   *[seconds] { $count ->
        [one] 1 seconde
       *[other] { $count } seconden
    }
}

## Zoho CRM refused to send data.
err-crm-invalid-request-method = Zoho accepteerde niet hoe deze app { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} opvroeg.
err-crm-oauth-scope-mismatch = Uw aanmelding bevat geen toestemming om { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} te lezen.
err-crm-authentication-failure = Zoho accepteerde de aanmelding van deze app niet bij het opvragen van { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
}.
err-crm-no-permission = Uw Zoho CRM-gebruiker mag { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} niet lezen.
err-crm-invalid-url-pattern = Zoho herkende het adres niet dat deze app gebruikte voor { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
}.
err-crm-internal-error = Zoho had een intern probleem bij het verzenden van { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
}.
err-crm-authorization-failed = Uw Zoho CRM-gebruiker heeft niet de rechten om { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} te lezen.
err-crm-invalid-token = Uw Zoho-aanmelding is verlopen of ingetrokken.
err-crm-other = Zoho weigerde { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} te verzenden ({ $code }).
err-fix-update-app = Werk Org Viewer bij naar de nieuwste versie. Helpt dat niet, meld dan het probleem en vermeld de foutcode.
err-fix-read-scope = Meld u af, meld u daarna opnieuw aan en sta de toegang toe als Zoho daarom vraagt. De Zoho-client moet de scope ZohoCRM.org.READ mogen gebruiken.
err-fix-sign-in-again = Meld u opnieuw aan.
err-fix-ask-admin-view = Vraag uw Zoho CRM-beheerder om een profiel dat de instellingen van de organisatie mag bekijken.
err-fix-internal = Probeer het over een paar minuten opnieuw. Blijft het gebeuren, neem dan contact op met de ondersteuning van Zoho en vermeld de foutcode.
err-fix-crm-other = Probeer het opnieuw. Blijft het gebeuren, neem dan contact op met de ondersteuning van Zoho en vermeld de foutcode.

## Zoho's limit on how often the app may ask.
err-rate-limited = Zoho beperkt op dit moment hoe vaak deze app gegevens mag opvragen.
err-fix-long-pause = Zoho heeft om een lange pauze gevraagd; probeer het later opnieuw.
err-fix-wait = Wacht { $duration } en probeer het opnieuw.
err-fix-wait-a-minute = Wacht een minuut en probeer het opnieuw.

## The connection to Zoho.
err-network = Kan geen verbinding maken met Zoho.
err-network-host = Kan geen verbinding maken met Zoho ({ $host }).
err-fix-network = Controleer uw internetverbinding en probeer het opnieuw. Gebruikt u een proxy of vpn, zorg er dan voor dat de app Zoho daarmee kan bereiken.
err-dropped = De verbinding met Zoho werd verbroken voordat het antwoord binnen was.
err-dropped-host = De verbinding met Zoho ({ $host }) werd verbroken voordat het antwoord binnen was.
err-fix-dropped = Probeer het zo meteen opnieuw. Blijft het gebeuren, dan verbreekt misschien een proxy, vpn of firewall de verbinding met Zoho.
err-timeout = Zoho heeft niet op tijd geantwoord.
err-fix-timeout = Controleer uw internetverbinding en probeer het zo meteen opnieuw.

## Answers the app could not use.
err-too-large = Het antwoord van Zoho met { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} was groter dan { $megabytes } MB, dus de app is gestopt met lezen.
err-fix-too-large = Probeer het later opnieuw. Blijft het gebeuren, neem dan contact op met de ondersteuning van Zoho.
err-html-page = Er kwam een webpagina terug in plaats van { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
}; iets tussen u en Zoho heeft in plaats van Zoho geantwoord.
err-cut-off = Het antwoord met { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} werd afgebroken voordat het volledig was.
err-not-zoho-json = Het antwoord van Zoho met { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} kon niet worden gelezen.
err-no-organization = Het antwoord van Zoho bevatte geen organisatie.
err-redirected = Het verzoek om { $what ->
    [logo] het logo
    [accounts] de aanmelding
   *[org] de organisatiegegevens
} werd doorgestuurd naar een ander adres; de app volgt geen doorverwijzingen, dus er is niets naartoe gestuurd.
err-fix-html-page = Moet u zich op uw netwerk eerst aanmelden bij een wifi-portaal of proxy, doe dat dan eerst en probeer het daarna opnieuw.
err-fix-cut-off = Controleer uw internetverbinding en probeer het opnieuw.
err-fix-unreadable = Probeer het opnieuw. Blijft het gebeuren, neem dan contact op met de ondersteuning van Zoho.
err-fix-redirected = Probeer het opnieuw. Blijft het gebeuren, laat het dan uw IT-afdeling weten: iets tussen u en Zoho stuurt de app mogelijk door.

## Zoho's sign-in server refused a request.
err-token-code-used = De aanmeldcode van Zoho was verlopen of al gebruikt.
err-token-revoked = Uw opgeslagen Zoho-aanmelding is niet meer geldig; misschien is ze ingetrokken.
err-token-invalid-client = Zoho herkent de client-ID van deze app niet voor het datacenter van uw account.
err-token-invalid-secret = Zoho accepteerde het clientgeheim van deze app niet.
err-token-invalid-redirect = Zoho accepteerde het adres niet waarnaar de aanmelding terugkeert (de omleidings-URI).
err-token-access-denied = Zoho weigert een paar minuten lang nieuwe aanmeldingen voor deze app.
err-token-throttled = Zoho heeft nieuwe toegang voor deze aanmelding gepauzeerd omdat er in korte tijd te veel is aangevraagd.
err-token-revoke-other = Zoho kon deze app niet afmelden ({ $code }).
err-token-other = Zoho weigerde de aanmelding ({ $code }).
err-fix-invalid-client = Controleer de client-ID. Open in de API-console van Zoho de instellingen (Settings) van de client, schakel uw datacenter in (multi-DC) en meld u daarna opnieuw aan.
err-fix-invalid-secret = Kopieer het clientgeheim opnieuw uit de API-console van Zoho en voer het opnieuw in.
err-fix-invalid-redirect = Voeg in de API-console van Zoho deze omleidings-URI's aan de client toe, precies zoals ze hier staan: { $uris }.
err-fix-wait-ten-minutes = Wacht ongeveer 10 minuten en probeer het dan opnieuw.
err-fix-revoke-other = U kunt de app ook verwijderen in uw Zoho-account onder Sessies, Verbonden apps.
err-fix-token-other = Probeer u opnieuw aan te melden. Blijft het gebeuren, meld dan het probleem en vermeld de foutcode.

## The sign-in in the browser did not complete.
err-state-mismatch = Het antwoord van de browser hoorde niet bij deze aanmelding, dus de app heeft het genegeerd.
err-accounts-server-not-allowed = De aanmelding kwam terug met { $server }, dat geen aanmeldserver van Zoho is, dus de app is gestopt zonder er contact mee op te nemen.
err-api-domain-not-allowed = Het antwoord van Zoho noemde { $domain } als CRM-adres. Dat is geen adres van Zoho, dus de app gebruikt het niet.
err-ports-unavailable = De app kon de aanmelding niet ontvangen, omdat een ander programma { $count ->
    [0] de aanmeldpoort
    [one] poort { $last }
   *[other] de poorten { $ports } en { $last }
} gebruikt.
err-sign-in-timed-out = De aanmelding is niet binnen { $duration } voltooid.
err-sign-in-cancelled = De aanmelding is geannuleerd.
err-denied-in-browser = Op de toestemmingspagina van Zoho is geen toegang verleend.
err-zoho-refused-sign-in = Zoho kon de aanmelding niet voltooien ({ $error }).
err-missing-code = De browser kwam terug zonder aanmeldcode van Zoho.
err-no-refresh-token = Zoho heeft de app geen blijvende aanmelding gegeven.
err-fix-restart-sign-in = Begin opnieuw met aanmelden vanuit de app en rond het af in het browsertabblad dat de app opent.
err-fix-interference = Probeer het opnieuw. Gebeurt het weer, laat het dan uw IT-afdeling weten: misschien verstoort iets de aanmelding.
err-fix-ports = Sluit het andere programma (of een andere kopie van deze app) en probeer het opnieuw.
err-fix-timed-out = Begin opnieuw met aanmelden en rond het af in uw browser.
err-fix-cancelled = Meld u opnieuw aan wanneer u zover bent.
err-fix-denied = Meld u opnieuw aan en sta de toegang toe, zodat de app uw organisatie kan lezen.
err-fix-zoho-refused = Probeer het opnieuw. Blijft het gebeuren, meld dan het probleem en vermeld de foutcode.
err-fix-no-refresh-token = Meld u af en daarna opnieuw aan, zodat Zoho om uw toestemming vraagt.

## Nothing to sign in with.
err-not-signed-in = U bent niet aangemeld bij Zoho.
err-fix-sign-in-first = Meld u eerst aan met Zoho.
err-no-client = Deze app is nog niet ingesteld met een Zoho-client.
err-fix-no-client = Voer de client-ID en het clientgeheim uit de API-console van Zoho in, of stel ZOHO_CLIENT_ID en ZOHO_CLIENT_SECRET in.

## Changing the logo at Zoho was refused.
err-logo-too-large = Zoho weigerde het logo omdat het te groot is. Er is niets gewijzigd bij Zoho.
err-fix-logo-too-large = Zoho accepteert maximaal 1 MB en 10 megapixels; kies een kleinere afbeelding.
err-logo-not-a-picture = Zoho accepteerde het bestand niet als afbeelding. Er is niets gewijzigd bij Zoho.
err-fix-logo-not-a-picture = Kies een PNG-, JPEG- of GIF-afbeelding.
err-logo-no-write-scope = De toestemming die Zoho gaf, staat niet toe dat het logo wordt gewijzigd. Er is niets gewijzigd bij Zoho.
err-fix-logo-no-write-scope = Probeer het opnieuw en sta de toegang toe als Zoho daarom vraagt. De Zoho-client moet de scope ZohoCRM.org.ALL mogen gebruiken.
err-logo-not-allowed = Uw Zoho CRM-gebruiker mag het logo van deze organisatie niet wijzigen. Er is niets gewijzigd bij Zoho.
err-fix-logo-not-allowed = Vraag uw Zoho CRM-beheerder om een profiel dat de instellingen van de organisatie mag wijzigen.
err-logo-outcome-unknown = De verbinding met Zoho werd verbroken voordat Zoho liet weten of het logo is gewijzigd.
err-fix-logo-outcome-unknown = Bekijk het logo in Zoho CRM voordat u het opnieuw probeert. { $then }
err-logo-unchanged = { $summary } Er is niets gewijzigd bij Zoho.

## The window's own problems.
err-fix-check-client = Controleer de client-ID en het clientgeheim en probeer het opnieuw.
err-client-not-saved = De client kon niet worden opgeslagen.
err-fix-client-not-saved = U kunt zich nu toch aanmelden; de volgende keer wordt opnieuw naar de client gevraagd.
err-sign-in-not-opened = De aanmelding kon niet worden geopend.
err-sign-out-not-forgotten = Afgemeld, maar de aanmelding kon niet van deze computer worden verwijderd: { $error }
err-fix-sign-out-again = Probeer u opnieuw af te melden.
err-sign-out-not-told = U bent afgemeld op deze computer, maar Zoho kon dat niet worden gemeld.
err-fix-sign-out-not-told = Verwijder voor de zekerheid de app in uw Zoho-account onder Sessies, Verbonden apps.
err-demo-not-started = De demo kon niet starten.
err-fix-demo-not-started = Sluit andere kopieën van de app en probeer het opnieuw.
err-demo-no-room = De demo kon niet starten: er is geen ruimte voor de bestanden.
err-fix-free-disk = Maak wat schijfruimte vrij en probeer het opnieuw.
err-sign-in-page-unreachable = De aanmeldpagina van Zoho is vanaf deze computer niet bereikbaar.
err-fix-sign-in-page-unreachable = Controleer de internetverbinding (of vraag IT of Zoho geblokkeerd is) en probeer het opnieuw.
err-fix-not-saved-sign-in = Controleer of de schijf niet vol is en of uw instellingenmap van u is, en meld u daarna opnieuw aan.
err-app-damaged-address = De app is beschadigd: het adres van Zoho is onleesbaar.
err-fix-reinstall = Installeer de app opnieuw.

## Changing the logo (the logo panel and its dialog).
err-fitted-not-shown = De aangepaste afbeelding kon niet worden getoond.
err-fix-another-picture = Probeer een andere afbeelding.
err-org-gone = Een organisatie die moet worden gewijzigd, is hier niet meer aangemeld.
err-fix-org-gone = Meld u er opnieuw bij aan en wijzig daarna het logo.
err-logo-busy = Aan het logo van { $org } wordt al een andere wijziging uitgevoerd.
err-fix-logo-busy = Wacht tot die klaar is en probeer het dan opnieuw.
err-nothing-changed = Er is niets gewijzigd.
err-earlier-logo-unreadable = Het eerdere logo kon niet worden gelezen.
err-fix-try-again = Probeer het opnieuw.
err-logo-change-cancelled = U hebt het wijzigen van het logo geannuleerd. Er is niets gewijzigd bij Zoho.
err-earlier-logo-gone = Dat eerdere logo is er niet meer.
err-fix-earlier-logo-gone = Kies een ander logo uit de lijst.
err-fix-pick-another = Kies een ander.
err-clipboard-empty = Er staat geen afbeelding op het klembord.
err-fix-clipboard-empty = Kopieer eerst een afbeelding, of kies het bestand met Logo wijzigen….
err-clipboard-too-large = De afbeelding op het klembord is te groot.
err-fix-clipboard-too-large = Sla haar op als bestand en kies dat bestand.
err-no-file-dialog = Er is op deze computer geen venster beschikbaar om een bestand te kiezen.
err-fix-no-file-dialog = Zet een afbeelding neer op het logo, of kopieer er een en plak die hier met Ctrl+V.
err-file-unreadable = { $file } kon niet worden gelezen.
err-fix-check-file = Controleer het bestand en probeer het opnieuw.
err-pasted-not-picture = Wat u hebt geplakt, is geen afbeelding die de app kan gebruiken.
err-fix-pasted-not-picture = Kopieer de afbeelding opnieuw, of kies het bestand.
err-picture-unusable = Deze afbeelding kan niet het logo worden: { $why }.
err-fix-picture-unusable = Kies een PNG-, JPEG-, GIF-, WebP- of BMP-afbeelding.

## Copying and saving the logo.
err-clipboard-failed = Het logo kon niet op het klembord worden gezet.
err-fix-clipboard-failed = Probeer het opnieuw, of sla het logo op in een bestand.
err-folder-not-opened = De map { $folder } kon niet worden geopend.
err-fix-folder-not-opened = Open de map vanuit uw bestandsbeheer.
err-logo-not-saved = Het logo kon niet worden opgeslagen in { $file }.
err-fix-logo-not-saved = Kies een andere map en probeer het opnieuw.
err-no-logo = Er is geen logo om te gebruiken.
err-fix-no-logo = Vernieuw om het logo van de organisatie op te halen.

## Keeping the sign-in on this computer.
err-store-location = { $place ->
    [keychain] de sleutelhanger van het systeem
    [memory] het geheugen van deze app (dat wordt gewist als de app sluit)
    [unavailable] de sleutelhanger van het systeem (niet beschikbaar op deze computer)
   *[file] het bestand { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
}
err-store-keychain-timeout = De sleutelhanger van het systeem heeft niet binnen { $duration } geantwoord. Ontgrendel hem en probeer het opnieuw.
err-store-keychain-locked = De sleutelhanger van het systeem is vergrendeld of stond Org Viewer niet toe hem te gebruiken. Ontgrendel hem (of sta de toegang toe als daarom wordt gevraagd) en probeer het opnieuw.
err-store-keychain-unusable = De sleutelhanger van het systeem kan op deze computer niet worden gebruikt ({ $cause }). Stel ZOHO_ORG_VIEWER_STORE=file in om de aanmelding in plaats daarvan in een privébestand te bewaren.
err-store-no-keychain = Er is op deze computer geen sleutelhanger van het systeem beschikbaar. Stel ZOHO_ORG_VIEWER_STORE=file in om de aanmelding in plaats daarvan in een privébestand te bewaren.
err-store-keychain-failed = De sleutelhanger van het systeem meldde een probleem ({ $detail }). Probeer het opnieuw, of start de computer opnieuw op als het blijft gebeuren.
err-store-keychain-thread = Org Viewer kon geen achtergrondtaak starten om de sleutelhanger van het systeem te bereiken ({ $cause }). Sluit enkele programma's en probeer het opnieuw.
err-store-no-settings-folder = Org Viewer kon uw instellingenmap niet vinden, omdat uw thuismap niet bekend is. Controleer of de instelling HOME (of op Windows USERPROFILE) naar uw thuismap verwijst.
err-store-file-read = Org Viewer kon { $file } niet lezen: { $cause }. Controleer of het bestand en de map ervan van u zijn.
err-store-file-write = Org Viewer kon { $file } niet opslaan: { $cause }. Controleer of de schijf niet vol is en of de map van u is.
err-store-damaged-file = Org Viewer kan het aanmeldingsbestand { $file } niet gebruiken: { $reason }. Meld u opnieuw aan om het te vervangen.
err-store-damaged-org-list = Org Viewer kan de lijst met aangemelde organisaties in { $file } niet lezen: { $reason }. Meld u opnieuw aan om de lijst opnieuw op te bouwen.
err-store-corrupt = Org Viewer kan { $what ->
    [client] de opgeslagen OAuth-client
   *[session] de opgeslagen aanmelding
} in { $location } niet gebruiken: { $reason }. { $what ->
    [client] Voer de client-ID en het clientgeheim opnieuw in om ze te vervangen.
   *[session] Meld u opnieuw aan om haar te vervangen.
}
err-store-newer-version = { $what ->
    [client] De opgeslagen OAuth-client
   *[session] De opgeslagen aanmelding
} in { $location } komt van een nieuwere versie van Org Viewer (indeling { $version }). Werk Org Viewer bij, of { $what ->
    [client] voer de client-ID en het clientgeheim opnieuw in om ze te vervangen.
   *[session] meld u opnieuw aan om haar te vervangen.
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE staat op "{ $value }", wat Org Viewer niet kent. Stel het in op "keyring" of "file", of verwijder het.

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = Deze organisatie is niet aangemeld op deze computer. Meld u er opnieuw bij aan.
err-no-org-id = Zoho noemde de organisatie van deze aanmelding niet, dus is ze niet bewaard. Meld u opnieuw aan.
err-sign-in-not-saved = De aanmelding kon niet op deze computer worden opgeslagen, dus is ze bij Zoho ongedaan gemaakt: { $error }
err-fix-go-back-sign-in = Ga terug naar de app en meld u opnieuw aan.

## Why a picture cannot become the logo, inside a sentence.
err-fit-unknown = { $start ->
    [yes] Het is geen afbeelding die de app kan lezen (PNG, JPEG, GIF, WebP of BMP)
   *[no] het is geen afbeelding die de app kan lezen (PNG, JPEG, GIF, WebP of BMP)
}
err-fit-unsupported = { $start ->
    [yes] Het is een { $format }-afbeelding, die de app niet kan lezen; sla haar eerst op als PNG of JPEG
   *[no] het is een { $format }-afbeelding, die de app niet kan lezen; sla haar eerst op als PNG of JPEG
}
err-fit-too-large = { $start ->
    [yes] Ze is te groot voor de app om te openen ({ $detail }); verklein haar eerst
   *[no] ze is te groot voor de app om te openen ({ $detail }); verklein haar eerst
}
err-fit-damaged = { $start ->
    [yes] Het bestand is beschadigd
   *[no] het bestand is beschadigd
}
err-fit-cannot-fit = { $start ->
    [yes] Ze blijft boven de 1 MB van Zoho, zelfs als ze heel klein wordt gemaakt
   *[no] ze blijft boven de 1 MB van Zoho, zelfs als ze heel klein wordt gemaakt
}

## Changing the logo did not go through.
err-logo-wrong-org = Zoho gaf toestemming voor { $granted }, niet voor de organisatie die wordt gewijzigd, dus er is niets verzonden. Probeer het opnieuw en kies { $wanted } op de pagina van Zoho.
err-logo-current-unreadable = Het huidige logo kon niet worden gelezen om er een kopie van te bewaren, dus er is niets gewijzigd bij Zoho: { $error }
err-logo-backup-failed = Er kon geen kopie van het huidige logo op deze computer worden opgeslagen ({ $cause }), dus er is niets gewijzigd bij Zoho.
err-fix-logo-backup-failed = Controleer of uw gegevensmap ruimte heeft en beschrijfbaar is, en probeer het opnieuw.

## Where the sign-in is kept, and the keychain's causes.
err-store-file-notice = Uw aanmelding wordt bewaard in { $location }, alleen leesbaar voor u, { $reason ->
    [asked] zoals ZOHO_ORG_VIEWER_STORE=file vraagt
   *[no_keychain] omdat deze computer geen bruikbare sleutelhanger van het systeem heeft
}.
err-store-cause-locked = hij is vergrendeld of stond Org Viewer niet toe hem te gebruiken
err-store-cause-timeout = hij heeft niet binnen { $duration } geantwoord
err-store-trouble-ambiguous = hij bevat meer dan één item voor Org Viewer
err-store-trouble-too-long = het item is langer dan de limiet van { $limit } tekens
err-store-trouble-not-text = een item van Org Viewer is geen leesbare tekst
err-store-trouble-vanished = een item verdween terwijl het werd gelezen
err-store-trouble-stopped = de taak die ermee communiceerde, is onverwacht gestopt

## Problems of other screens that the window shows the same way.

## The command line's error line.
err-cli-fix-login-again = Voer `zoho-org-viewer login` uit om u opnieuw aan te melden.
err-cli-fix-ports = { $fix } Of stel ZOHO_ORG_VIEWER_REDIRECT_PORT in op een vrije poort waarvan de omleidings-URI voor de client is geregistreerd.

## The client form: what is wrong with a client ID or secret.
err-client-id-empty = Voer de client-ID uit de API-console van Zoho in.
err-client-id-spaces = De client-ID mag geen spaties of regeleinden bevatten. Kopieer hem opnieuw uit de API-console van Zoho.
err-client-id-is-secret = Dit lijkt het clientgeheim te zijn. Plak hier de client-ID: die begint met "1000.".
err-client-id-prefix = Een client-ID van Zoho begint met "1000.". Kopieer hem opnieuw uit de API-console van Zoho.
err-client-id-characters = Na "1000." bevat een client-ID van Zoho alleen hoofdletters en cijfers. Kopieer hem opnieuw uit de API-console van Zoho.
err-client-id-length = Een client-ID van Zoho heeft { $expected } tekens na "1000.", maar deze heeft er { $length }. Controleer of hij volledig is gekopieerd.
err-client-secret-empty = Voer het clientgeheim uit de API-console van Zoho in.
err-client-secret-spaces = Het clientgeheim mag geen spaties of regeleinden bevatten. Kopieer het opnieuw uit de API-console van Zoho.
err-client-secret-is-id = Dit lijkt de client-ID te zijn. Plak hier het clientgeheim: dat is de langere code van letters en cijfers.
err-client-secret-characters = Een clientgeheim van Zoho bevat alleen de cijfers 0-9 en de letters a-f. Kopieer het opnieuw uit de API-console van Zoho.
err-client-secret-length = Een clientgeheim van Zoho heeft { $expected } tekens, maar dit heeft er { $length }. Controleer of het volledig is gekopieerd.

## The logo panel when a logo cannot be drawn.
err-preview-unsupported = De app kan geen { $format }-afbeeldingen tonen, maar u kunt het logo opslaan en ergens anders openen.
err-preview-too-large = Het logo is te groot om te tonen ({ $detail }); u kunt het nog wel opslaan.
err-preview-damaged = Het logobestand is beschadigd en kan niet worden getoond; u kunt het nog wel opslaan.
err-cli-sign-in-revoked = { $error } De aanmelding van { $org } is van deze computer verwijderd; voer `zoho-org-viewer login` uit om u er opnieuw bij aan te melden.
err-cli-some-orgs-failed = { $failed } van de { $total } organisaties konden niet worden opgehaald; zie de regels hierboven.
err-cli-no-client = Er is geen Zoho-client ingesteld om u aan te melden. Maak een client van het type Server-based aan in de API-console van Zoho (https://api-console.zoho.com) met de omleidings-URI { $redirect_uris } en stel daarna ZOHO_CLIENT_ID en ZOHO_CLIENT_SECRET in op de client-ID en het clientgeheim ervan.
err-cli-not-signed-in = U bent op deze computer bij geen enkele organisatie aangemeld. Voer eerst `zoho-org-viewer login` uit.
err-cli-no-logo = Uw organisatie heeft geen logo in Zoho CRM, dus er is geen bestand geschreven.
err-cli-out-is-folder = { $path } is een map. Geef een bestandsnaam op voor het logo, bijvoorbeeld { $example }.
err-cli-save-logo = Kan het logo niet opslaan in { $path }: { $cause }. Controleer of de map bestaat en of u erin mag schrijven; er is niets geschreven.
err-cli-revoke-failed = Afgemeld bij { $org } op deze computer, maar Zoho kon niet worden gevraagd de aanmelding in te trekken. { $reason } De app heeft bij Zoho mogelijk nog toegang totdat u die daar verwijdert: meld u aan bij uw Zoho-account, open Sessies en daarna Verbonden apps, en verwijder Org Viewer.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho heeft de toegang van de app ingetrokken,
   *[no] Zoho kon niet worden gevraagd de aanmelding in te trekken,
} maar de aanmelding van { $org } kon niet van deze computer worden verwijderd: { $error } Los dat op en voer de opdracht opnieuw uit.
err-cli-read-picture = Kan { $path } niet lezen: { $cause }. Controleer de bestandsnaam; het logo is niet gewijzigd.
err-cli-picture = { $path } kan niet het logo worden: { $why }. Het logo is niet gewijzigd.
err-cli-one-org-only = logo --out slaat het logo van één organisatie op; geef één --org op.
err-cli-some-logos-unchanged = Het logo van { $failed } van de { $total } organisaties is niet gewijzigd; zie de regels hierboven.
err-cli-nothing-to-do = Geef aan wat er met het logo moet gebeuren: --out FILE, --set FILE of --remove.
err-cli-runtime = Kan het achtergrondwerk van de opdracht niet starten ({ $cause }). Sluit enkele programma's en probeer het opnieuw.
err-cli-window = Het app-venster kon niet worden geopend ({ $detail }). Controleer of u in een desktopsessie werkt en of uw grafische stuurprogramma OpenGL 2 of hoger ondersteunt; de opdrachten (login, org, logo, logout) werken zonder venster.
err-cli-choose-org = { $error } Geef een van deze organisaties op met haar ID, domein of een deel van haar naam dat alleen bij haar past: { $choices }.
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = U bent op deze computer bij geen enkele organisatie aangemeld.
err-store-no-match = Geen enkele aangemelde organisatie komt overeen met "{ $query }".
err-store-ambiguous = "{ $query }" komt overeen met meer dan één aangemelde organisatie.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = de inhoud is geen geldige JSON (regel { $line }, kolom { $column })
err-damaged-not-object = de inhoud is geen JSON-object
err-damaged-no-version = de formaatversie ontbreekt
err-damaged-version-not-number = de formaatversie is geen getal
err-damaged-cut-short = de inhoud is afgebroken
err-damaged-unreadable = de inhoud kon niet worden gelezen
err-damaged-missing-entry = er ontbreekt een verplicht item (ontbrekend veld { $field })
err-damaged-wrong-kind = een item heeft een waarde van het verkeerde soort
err-damaged-too-large = het bestand is veel te groot
err-damaged-not-text = het bestand bevat geen tekst
err-damaged-symbolic-link = het bestand is een symbolische koppeling, die Org Viewer niet volgt
err-damaged-not-a-file = het is geen gewoon bestand (maar een map, een named pipe of een apparaat)
err-damaged-newer-file = het komt uit een nieuwere versie van Org Viewer (formaat { $version })
err-damaged-newer-list = ze is geschreven door een nieuwere versie van de app ({ $version })
err-damaged-not-encoded = de gegevens konden niet worden gecodeerd
err-damaged-empty-client-id = de client-ID is leeg
err-damaged-empty-client-secret = het clientgeheim is leeg
err-damaged-empty = { $name ->
    [refresh] het vernieuwingstoken is leeg
    [accounts] het adres van de accountserver is leeg
   *[api] het API-domein is leeg
}
err-damaged-expiry = de vervaldatum van het toegangstoken valt buiten het bereik
err-damaged-not-address = { $name ->
    [accounts] het adres van de accountserver is geen webadres
   *[api] het API-domein is geen webadres
}
err-damaged-no-org-id = Zoho stuurde de organisatie zonder haar ID

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer is gestopt door een interne fout. Er staat een rapport in { $file }.
err-crash-unreported = Org Viewer is gestopt door een interne fout (het rapport kon niet worden geschreven: { $error }).
err-crash-last-time = Org Viewer is de vorige keer onverwacht gesloten. Als het opnieuw gebeurt, meld het dan en voeg { $file } toe.

## Logo changes.
err-logo-changed-done = Het logo van { $org } is gewijzigd.
err-logo-removed-done = Het logo van { $org } is verwijderd.
err-choose-logo-title = Kies een nieuw logo
err-pictures-filter = Afbeeldingen
err-unknown-format = Onbekend formaat

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = verzonden zoals ze is ({ $format }, { $sent }, { $size })
err-fit-converted = omgezet van { $from } naar { $to }, { $sizes }
err-fit-re-encoded = opnieuw gecodeerd als { $format }, { $sizes }
err-fit-scaled = verkleind van { $original } naar { $sent }, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Ze blijft binnen de limieten van Zoho (1 MB en 10 megapixels).
err-fit-format-not-taken = Zoho neemt voor zover bekend alleen PNG-, JPEG- en GIF-logo's aan.
err-fit-too-heavy = Zoho neemt logo's van hoogstens 1 MB aan.
err-fit-too-many-pixels = Zoho neemt logo's van hoogstens 10 megapixels en 1 MB aan.
err-fit-still-too-heavy = Zoho neemt logo's van hoogstens 1 MB aan, en opnieuw coderen alleen was niet genoeg.
