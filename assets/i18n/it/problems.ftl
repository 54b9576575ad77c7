# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Keep Zoho's own terms (client ID, client secret, redirect URI, scope names such as
# ZohoCRM.org.READ, API console, Sessions, Connected apps) as Zoho's interface names them
# in your language; scope names and environment variables (ZOHO_CLIENT_ID) never change.

## The Details part of a problem, and the text copied for a support ticket.
err-label-zoho-code = Codice Zoho
err-label-http-status = Stato HTTP
err-label-detail = Dettaglio
err-label-time = Ora
err-label-app = App
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
err-with-code = { $sentence } (codice Zoho { $code }).
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 minuto
       *[other] { $count } minuti
    }
   *[seconds] { $count ->
        [one] 1 secondo
       *[other] { $count } secondi
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = Zoho non ha accettato il modo in cui questa app ha richiesto { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-oauth-scope-mismatch = Il tuo accesso non include il permesso di leggere { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-authentication-failure = Zoho non ha accettato l'accesso di questa app quando ha richiesto { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-no-permission = Il tuo utente Zoho CRM non è autorizzato a leggere { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-invalid-url-pattern = Zoho non ha riconosciuto l'indirizzo usato da questa app per { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-internal-error = Zoho ha avuto un problema interno durante l'invio { $what ->
    [logo] del logo
    [accounts] dell'accesso
   *[org] dei dettagli dell'organizzazione
}.
err-crm-authorization-failed = Il tuo utente Zoho CRM non ha i privilegi per leggere { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-crm-invalid-token = Il tuo accesso a Zoho è scaduto o è stato revocato.
err-crm-other = Zoho si è rifiutato di inviare { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
} ({ $code }).
err-fix-update-app = Aggiorna Org Viewer all'ultima versione. Se non basta, segnala il problema indicando il codice di errore.
err-fix-read-scope = Esci, poi accedi di nuovo e consenti l'accesso quando Zoho lo chiede. Il client Zoho deve essere autorizzato per l'ambito ZohoCRM.org.READ.
err-fix-sign-in-again = Accedi di nuovo.
err-fix-ask-admin-view = Chiedi all'amministratore di Zoho CRM un profilo che possa visualizzare le impostazioni dell'organizzazione.
err-fix-internal = Riprova tra qualche minuto. Se continua a succedere, contatta l'assistenza Zoho indicando il codice di errore.
err-fix-crm-other = Riprova. Se continua a succedere, contatta l'assistenza Zoho indicando il codice di errore.

## Zoho's limit on how often the app may ask.
err-rate-limited = Al momento Zoho sta limitando la frequenza con cui questa app può richiedere dati.
err-fix-long-pause = Zoho ha chiesto una lunga pausa; riprova più tardi.
err-fix-wait = Attendi { $duration } e riprova.
err-fix-wait-a-minute = Attendi un minuto e riprova.

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = Impossibile connettersi a Zoho.
err-network-host = Impossibile connettersi a Zoho ({ $host }).
err-fix-network = Controlla la connessione a Internet, poi riprova. Se usi un proxy o una VPN, assicurati che consenta all'app di raggiungere Zoho.
err-dropped = La connessione a Zoho si è interrotta prima che arrivasse la risposta.
err-dropped-host = La connessione a Zoho ({ $host }) si è interrotta prima che arrivasse la risposta.
err-fix-dropped = Riprova tra un momento. Se continua a succedere, un proxy, una VPN o un firewall potrebbe interrompere la connessione a Zoho.
err-timeout = Zoho non ha risposto in tempo.
err-fix-timeout = Controlla la connessione a Internet e riprova tra un momento.

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = La risposta di Zoho con { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
} superava { $megabytes } MB, quindi l'app ha smesso di leggerla.
err-fix-too-large = Riprova più tardi. Se continua a succedere, contatta l'assistenza Zoho.
err-html-page = È arrivata una pagina web al posto { $what ->
    [logo] del logo
    [accounts] dell'accesso
   *[org] dei dettagli dell'organizzazione
}; qualcosa tra te e Zoho ha risposto al posto di Zoho.
err-cut-off = La risposta con { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
} si è interrotta prima di essere completa.
err-not-zoho-json = Impossibile leggere la risposta di Zoho con { $what ->
    [logo] il logo
    [accounts] l'accesso
   *[org] i dettagli dell'organizzazione
}.
err-no-organization = La risposta di Zoho non conteneva un'organizzazione.
err-redirected = La richiesta { $what ->
    [logo] del logo
    [accounts] dell'accesso
   *[org] dei dettagli dell'organizzazione
} è stata reindirizzata a un altro indirizzo; l'app non segue i reindirizzamenti, quindi non è stato inviato nulla lì.
err-fix-html-page = Se la tua rete richiede l'accesso a un portale Wi-Fi o a un proxy, eseguilo prima; poi riprova.
err-fix-cut-off = Controlla la connessione a Internet e riprova.
err-fix-unreadable = Riprova. Se continua a succedere, contatta l'assistenza Zoho.
err-fix-redirected = Riprova. Se continua a succedere, informa il reparto IT: qualcosa tra te e Zoho potrebbe reindirizzare l'app.

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = Il codice di accesso di Zoho era scaduto o era già stato usato.
err-token-revoked = L'accesso a Zoho salvato non è più valido; potrebbe essere stato revocato.
err-token-invalid-client = Zoho non riconosce il Client ID di questa app per il data center del tuo account.
err-token-invalid-secret = Zoho non ha accettato il Client Secret di questa app.
err-token-invalid-redirect = Zoho non ha accettato l'indirizzo a cui ritorna l'accesso (l'URI di reindirizzamento).
err-token-access-denied = Zoho sta rifiutando nuovi accessi per questa app per qualche minuto.
err-token-throttled = Zoho ha sospeso temporaneamente le nuove autorizzazioni per questo accesso perché ne sono state richieste troppe in poco tempo.
err-token-revoke-other = Zoho non è riuscito a disconnettere questa app ({ $code }).
err-token-other = Zoho ha rifiutato l'accesso ({ $code }).
err-fix-invalid-client = Controlla il Client ID. Nella console API di Zoho, apri le impostazioni (Settings) del client e abilita il tuo data center (multi-DC), poi accedi di nuovo.
err-fix-invalid-secret = Copia di nuovo il Client Secret dalla console API di Zoho e inseriscilo di nuovo.
err-fix-invalid-redirect = Nella console API di Zoho, aggiungi al client questi URI di reindirizzamento esattamente come scritti: { $uris }.
err-fix-wait-ten-minutes = Attendi circa 10 minuti, poi riprova.
err-fix-revoke-other = Puoi anche rimuovere l'app nel tuo account Zoho, in Sessioni, App connesse.
err-fix-token-other = Prova ad accedere di nuovo. Se continua a succedere, segnala il problema indicando il codice di errore.

## The sign-in in the browser did not complete.
err-state-mismatch = La risposta dal browser non apparteneva a questo accesso, quindi l'app l'ha ignorata.
err-accounts-server-not-allowed = L'accesso è tornato indicando { $server }, che non è un server di accesso Zoho, quindi l'app si è fermata senza contattarlo.
err-api-domain-not-allowed = La risposta di Zoho indicava { $domain } come indirizzo del CRM, che non è un indirizzo Zoho, quindi l'app non lo userà.
err-ports-unavailable = L'app non ha potuto ricevere l'accesso perché { $count ->
    [0] la porta di accesso è usata
    [one] la porta { $last } è usata
   *[other] le porte { $ports } e { $last } sono usate
} da un altro programma.
err-sign-in-timed-out = L'accesso non è stato completato entro { $duration }.
err-sign-in-cancelled = L'accesso è stato annullato.
err-denied-in-browser = L'accesso non è stato consentito nella pagina di consenso di Zoho.
err-zoho-refused-sign-in = Zoho non è riuscito a completare l'accesso ({ $error }).
err-missing-code = Il browser è tornato senza un codice di accesso di Zoho.
err-no-refresh-token = Zoho non ha fornito all'app un accesso duraturo.
err-fix-restart-sign-in = Avvia di nuovo l'accesso dall'app e completalo nella scheda del browser che si apre.
err-fix-interference = Riprova. Se succede di nuovo, informa il reparto IT: qualcosa potrebbe interferire con l'accesso.
err-fix-ports = Chiudi l'altro programma (o un'altra copia di questa app) e riprova.
err-fix-timed-out = Avvia di nuovo l'accesso e completalo nel browser.
err-fix-cancelled = Accedi di nuovo quando vuoi.
err-fix-denied = Accedi di nuovo e consenti l'accesso, così l'app può leggere la tua organizzazione.
err-fix-zoho-refused = Riprova. Se continua a succedere, segnala il problema indicando il codice di errore.
err-fix-no-refresh-token = Esci, poi accedi di nuovo in modo che Zoho chieda il tuo consenso.

## Nothing to sign in with.
err-not-signed-in = Non hai eseguito l'accesso a Zoho.
err-fix-sign-in-first = Prima accedi con Zoho.
err-no-client = Questa app non è ancora configurata con un client Zoho.
err-fix-no-client = Inserisci il Client ID e il Client Secret dalla console API di Zoho, oppure imposta ZOHO_CLIENT_ID e ZOHO_CLIENT_SECRET.

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = Zoho ha rifiutato il logo perché troppo grande. In Zoho non è stato cambiato nulla.
err-fix-logo-too-large = Zoho accetta al massimo 1 MB e 10 megapixel; scegli un'immagine più piccola.
err-logo-not-a-picture = Zoho non ha accettato il file come immagine. In Zoho non è stato cambiato nulla.
err-fix-logo-not-a-picture = Scegli un'immagine PNG, JPEG o GIF.
err-logo-no-write-scope = Il permesso concesso da Zoho non consente di cambiare il logo. In Zoho non è stato cambiato nulla.
err-fix-logo-no-write-scope = Riprova e consenti l'accesso quando Zoho lo chiede. Il client Zoho deve essere autorizzato per l'ambito ZohoCRM.org.ALL.
err-logo-not-allowed = Il tuo utente Zoho CRM non può cambiare il logo di questa organizzazione. In Zoho non è stato cambiato nulla.
err-fix-logo-not-allowed = Chiedi all'amministratore di Zoho CRM un profilo che possa modificare le impostazioni dell'organizzazione.
err-logo-outcome-unknown = La connessione a Zoho si è interrotta prima che Zoho indicasse se il logo era cambiato.
err-fix-logo-outcome-unknown = Controlla il logo in Zoho CRM prima di riprovare. { $then }
err-logo-unchanged = { $summary } In Zoho non è stato cambiato nulla.

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = Controlla il Client ID e il Client Secret, poi riprova.
err-client-not-saved = Impossibile salvare il client.
err-fix-client-not-saved = Puoi comunque accedere ora; la prossima volta ti verrà chiesto di nuovo il client.
err-sign-in-not-opened = Impossibile aprire l'accesso.
err-sign-out-not-forgotten = Disconnessione eseguita, ma non è stato possibile rimuovere l'accesso da questo computer: { $error }
err-fix-sign-out-again = Prova a uscire di nuovo.
err-sign-out-not-told = Sei disconnesso su questo computer, ma non è stato possibile informare Zoho.
err-fix-sign-out-not-told = Per sicurezza, rimuovi l'app nel tuo account Zoho, in Sessioni, App connesse.
err-demo-not-started = Impossibile avviare la demo.
err-fix-demo-not-started = Chiudi le altre copie dell'app e riprova.
err-demo-no-room = Impossibile avviare la demo: non c'è spazio per i suoi file.
err-fix-free-disk = Libera un po' di spazio su disco e riprova.
err-sign-in-page-unreachable = La pagina di accesso di Zoho non è raggiungibile da questo computer.
err-fix-sign-in-page-unreachable = Controlla la connessione a Internet (o chiedi al reparto IT se Zoho è bloccato), poi riprova.
err-fix-not-saved-sign-in = Controlla che il disco non sia pieno e che la cartella delle impostazioni ti appartenga, poi accedi di nuovo.
err-app-damaged-address = L'app è danneggiata: l'indirizzo di Zoho non è leggibile.
err-fix-reinstall = Reinstalla l'app.

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = Impossibile mostrare l'immagine adattata.
err-fix-another-picture = Prova un'altra immagine.
err-org-gone = Un'organizzazione da modificare non ha più un accesso attivo qui.
err-fix-org-gone = Accedi di nuovo all'organizzazione, poi cambia il suo logo.
err-logo-busy = Il logo di { $org } è occupato da un'altra modifica.
err-fix-logo-busy = Attendi che finisca, poi riprova.
err-nothing-changed = Non è stato cambiato nulla.
err-earlier-logo-unreadable = Impossibile leggere il logo precedente.
err-fix-try-again = Riprova.
err-logo-change-cancelled = Hai annullato la modifica del logo. In Zoho non è stato cambiato nulla.
err-earlier-logo-gone = Quel logo precedente non c'è più.
err-fix-earlier-logo-gone = Scegline un altro dall'elenco.
err-fix-pick-another = Scegline un altro.
err-clipboard-empty = Negli appunti non c'è nessuna immagine.
err-fix-clipboard-empty = Prima copia un'immagine, oppure scegli il suo file con Cambia logo….
err-clipboard-too-large = L'immagine negli appunti è troppo grande.
err-fix-clipboard-too-large = Salvala come file e scegli invece quel file.
err-no-file-dialog = Su questo computer non è disponibile una finestra di selezione dei file.
err-fix-no-file-dialog = Trascina un'immagine sul logo, oppure copiane una e incollala qui con Ctrl+V.
err-file-unreadable = Impossibile leggere { $file }.
err-fix-check-file = Controlla il file, poi riprova.
err-pasted-not-picture = Ciò che hai incollato non è un'immagine che l'app può usare.
err-fix-pasted-not-picture = Copia di nuovo l'immagine, oppure scegli invece il suo file.
err-picture-unusable = Questa immagine non può diventare il logo: { $why }.
err-fix-picture-unusable = Scegli un'immagine PNG, JPEG, GIF, WebP o BMP.

## Copying and saving the logo.
err-clipboard-failed = Impossibile copiare il logo negli appunti.
err-fix-clipboard-failed = Riprova, oppure salva invece il logo in un file.
err-folder-not-opened = Impossibile aprire la cartella { $folder }.
err-fix-folder-not-opened = Aprila dal gestore dei file.
err-logo-not-saved = Impossibile salvare il logo in { $file }.
err-fix-logo-not-saved = Scegli un'altra cartella e riprova.
err-no-logo = Non c'è nessun logo da usare.
err-fix-no-logo = Aggiorna per recuperare il logo dell'organizzazione.

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
# Used after "Posizione…:" style labels, so no article or preposition in front.
err-store-location = { $place ->
    [keychain] portachiavi del sistema
    [memory] memoria di questa app (viene dimenticato alla chiusura dell'app)
    [unavailable] portachiavi del sistema (non disponibile su questo computer)
   *[file] file { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}
err-store-keychain-timeout = Il portachiavi del sistema non ha risposto entro { $duration }. Sbloccalo e riprova.
err-store-keychain-locked = Il portachiavi del sistema è bloccato o non ha consentito a Org Viewer di usarlo. Sbloccalo (o consenti l'accesso quando richiesto) e riprova.
err-store-keychain-unusable = Il portachiavi del sistema non può essere usato su questo computer ({ $cause }). Imposta ZOHO_ORG_VIEWER_STORE=file per conservare invece l'accesso in un file privato.
err-store-no-keychain = Su questo computer non è disponibile un portachiavi del sistema. Imposta ZOHO_ORG_VIEWER_STORE=file per conservare invece l'accesso in un file privato.
err-store-keychain-failed = Il portachiavi del sistema ha segnalato un problema ({ $detail }). Riprova, oppure riavvia il computer se continua a succedere.
err-store-keychain-thread = Org Viewer non è riuscito ad avviare un'attività in background per raggiungere il portachiavi del sistema ({ $cause }). Chiudi alcuni programmi e riprova.
err-store-no-settings-folder = Org Viewer non ha trovato la cartella delle impostazioni perché la tua cartella home non è nota. Controlla che l'impostazione HOME (o, su Windows, USERPROFILE) punti alla tua cartella home.
err-store-file-read = Org Viewer non è riuscito a leggere { $file }: { $cause }. Controlla che il file e la sua cartella ti appartengano.
err-store-file-write = Org Viewer non è riuscito a salvare { $file }: { $cause }. Controlla che il disco non sia pieno e che la cartella ti appartenga.
err-store-damaged-file = Org Viewer non può usare il file delle credenziali { $file }: { $reason }. Accedi di nuovo per sostituirlo.
err-store-damaged-org-list = Org Viewer non riesce a leggere il suo elenco di organizzazioni con accesso in { $file }: { $reason }. Accedi di nuovo per ricostruirlo.
err-store-corrupt = Org Viewer non può usare { $what ->
    [client] il client OAuth salvato
   *[session] l'accesso salvato
} (posizione: { $location }): { $reason }. { $what ->
    [client] Inserisci di nuovo il Client ID e il Client Secret per sostituirli.
   *[session] Accedi di nuovo per sostituirlo.
}
err-store-newer-version = { $what ->
    [client] Il client OAuth salvato
   *[session] L'accesso salvato
} (posizione: { $location }) proviene da una versione più recente di Org Viewer (formato { $version }). Aggiorna Org Viewer, oppure { $what ->
    [client] inserisci di nuovo il Client ID e il Client Secret per sostituirli.
   *[session] accedi di nuovo per sostituirlo.
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE è impostata su "{ $value }", un valore che Org Viewer non conosce. Impostala su "keyring" o "file", oppure rimuovila.

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = Questa organizzazione non ha un accesso attivo su questo computer. Accedi di nuovo.
err-no-org-id = Zoho non ha indicato l'organizzazione di questo accesso, quindi l'accesso non è stato conservato. Accedi di nuovo.
err-sign-in-not-saved = Impossibile salvare l'accesso su questo computer, quindi è stato annullato presso Zoho: { $error }
err-fix-go-back-sign-in = Torna all'app e accedi di nuovo.

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] Non è un'immagine che l'app sa leggere (PNG, JPEG, GIF, WebP o BMP)
   *[no] non è un'immagine che l'app sa leggere (PNG, JPEG, GIF, WebP o BMP)
}
err-fit-unsupported = { $start ->
    [yes] È un'immagine { $format }, che l'app non sa leggere; salvala prima come PNG o JPEG
   *[no] è un'immagine { $format }, che l'app non sa leggere; salvala prima come PNG o JPEG
}
err-fit-too-large = { $start ->
    [yes] È troppo grande perché l'app possa aprirla ({ $detail }); riducila prima
   *[no] è troppo grande perché l'app possa aprirla ({ $detail }); riducila prima
}
err-fit-damaged = { $start ->
    [yes] Il file è danneggiato
   *[no] il file è danneggiato
}
err-fit-cannot-fit = { $start ->
    [yes] Supera il limite di 1 MB di Zoho anche quando è molto ridotta
   *[no] supera il limite di 1 MB di Zoho anche quando è molto ridotta
}

## Changing the logo did not go through (window and command line).
err-logo-wrong-org = Zoho ha concesso il permesso per { $granted }, non per l'organizzazione da modificare, quindi non è stato inviato nulla. Riprova e scegli { $wanted } nella pagina di Zoho.
err-logo-current-unreadable = Impossibile leggere il logo attuale per conservarne una copia, quindi in Zoho non è stato cambiato nulla: { $error }
err-logo-backup-failed = Impossibile salvare su questo computer una copia del logo attuale ({ $cause }), quindi in Zoho non è stato cambiato nulla.
err-fix-logo-backup-failed = Controlla che la cartella dei dati abbia spazio e sia scrivibile, poi riprova.

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
err-store-file-notice = Posizione del tuo accesso: { $location }, leggibile solo da te, { $reason ->
    [asked] come richiesto da ZOHO_ORG_VIEWER_STORE=file
   *[no_keychain] perché questo computer non ha un portachiavi del sistema utilizzabile
}.
err-store-cause-locked = è bloccato o non ha consentito a Org Viewer di usarlo
err-store-cause-timeout = non ha risposto entro { $duration }
err-store-trouble-ambiguous = contiene più di una voce per Org Viewer
err-store-trouble-too-long = la voce supera il limite di { $limit } caratteri
err-store-trouble-not-text = una voce di Org Viewer non è testo leggibile
err-store-trouble-vanished = una voce è scomparsa durante la lettura
err-store-trouble-stopped = l'attività che comunicava con esso si è interrotta inaspettatamente

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = Esegui `zoho-org-viewer login` per accedere di nuovo.
err-cli-fix-ports = { $fix } Oppure imposta ZOHO_ORG_VIEWER_REDIRECT_PORT su una porta libera il cui URI di reindirizzamento sia registrato per il client.

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = Inserisci il Client ID dalla console API di Zoho.
err-client-id-spaces = Il Client ID non può contenere spazi o a capo. Copialo di nuovo dalla console API di Zoho.
err-client-id-is-secret = Questo sembra il Client Secret. Incolla qui il Client ID: inizia con "1000.".
err-client-id-prefix = Un Client ID di Zoho inizia con "1000.". Copialo di nuovo dalla console API di Zoho.
err-client-id-characters = Dopo "1000.", un Client ID di Zoho contiene solo lettere maiuscole e cifre. Copialo di nuovo dalla console API di Zoho.
err-client-id-length = Un Client ID di Zoho ha { $expected } caratteri dopo "1000.", ma questo ne ha { $length }. Controlla che sia stato copiato per intero.
err-client-secret-empty = Inserisci il Client Secret dalla console API di Zoho.
err-client-secret-spaces = Il Client Secret non può contenere spazi o a capo. Copialo di nuovo dalla console API di Zoho.
err-client-secret-is-id = Questo sembra il Client ID. Incolla qui il Client Secret: è il codice più lungo, di lettere e cifre.
err-client-secret-characters = Un Client Secret di Zoho contiene solo le cifre 0-9 e le lettere a-f. Copialo di nuovo dalla console API di Zoho.
err-client-secret-length = Un Client Secret di Zoho ha { $expected } caratteri, ma questo ne ha { $length }. Controlla che sia stato copiato per intero.

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = L'app non può mostrare immagini { $format }, ma puoi salvare il logo e aprirlo altrove.
err-preview-too-large = Il logo è troppo grande per essere mostrato ({ $detail }); puoi comunque salvarlo.
err-preview-damaged = Il file del logo è danneggiato e non può essere mostrato; puoi comunque salvarlo.
err-cli-sign-in-revoked = { $error } L'accesso a { $org } è stato rimosso da questo computer; esegui `zoho-org-viewer login` per accedervi di nuovo.
err-cli-some-orgs-failed = Impossibile recuperare { $failed } organizzazioni su { $total }; vedi le righe qui sopra.
err-cli-no-client = Nessun client Zoho è configurato per l'accesso. Crea un client Server-based nella console API di Zoho (https://api-console.zoho.com) con l'URI di reindirizzamento { $redirect_uris }, poi imposta ZOHO_CLIENT_ID e ZOHO_CLIENT_SECRET sul suo Client ID e Client Secret.
err-cli-not-signed-in = Non hai eseguito l'accesso a nessuna organizzazione su questo computer. Esegui prima `zoho-org-viewer login`.
err-cli-no-logo = La tua organizzazione non ha un logo in Zoho CRM, quindi non è stato scritto nessun file.
err-cli-out-is-folder = { $path } è una cartella. Indica un nome di file per il logo, ad esempio { $example }.
err-cli-save-logo = Impossibile salvare il logo in { $path }: { $cause }. Controlla che la cartella esista e che tu possa scriverci; non è stato scritto nulla.
err-cli-revoke-failed = Disconnessione da { $org } eseguita su questo computer, ma non è stato possibile chiedere a Zoho di revocare l'accesso. { $reason } L'app potrebbe avere ancora accesso presso Zoho finché non la rimuovi lì: accedi al tuo account Zoho, apri Sessioni, poi App connesse, e rimuovi Org Viewer.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho ha revocato l'accesso dell'app,
   *[no] Non è stato possibile chiedere a Zoho di revocare l'accesso,
} ma non è stato possibile rimuovere da questo computer l'accesso a { $org }: { $error } Risolvi il problema ed esegui di nuovo il comando.
err-cli-read-picture = Impossibile leggere { $path }: { $cause }. Controlla il nome del file; il logo non è stato cambiato.
err-cli-picture = { $path } non può diventare il logo: { $why }. Il logo non è stato cambiato.
err-cli-one-org-only = logo --out salva il logo di una sola organizzazione; indica un solo --org.
err-cli-some-logos-unchanged = Il logo di { $failed } organizzazioni su { $total } non è stato cambiato; vedi le righe qui sopra.
err-cli-nothing-to-do = Indica cosa fare con il logo: --out FILE, --set FILE o --remove.
err-cli-runtime = Impossibile avviare le attività in background del comando ({ $cause }). Chiudi alcuni programmi e riprova.
err-cli-window = Impossibile aprire la finestra dell'app ({ $detail }). Assicurati di essere in una sessione desktop e che il driver grafico supporti OpenGL 2 o versioni successive; i comandi (login, org, logo, logout) funzionano senza finestra.
err-cli-choose-org = { $error } Indicane una tramite ID, dominio o una parte del nome che corrisponda solo a essa: { $choices }.
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = Non hai eseguito l'accesso a nessuna organizzazione su questo computer.
err-store-no-match = Nessuna organizzazione con accesso corrisponde a "{ $query }".
err-store-ambiguous = "{ $query }" corrisponde a più di un'organizzazione con accesso.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = il contenuto non è JSON valido (riga { $line }, colonna { $column })
err-damaged-not-object = il contenuto non è un oggetto JSON
err-damaged-no-version = manca la versione del formato
err-damaged-version-not-number = la versione del formato non è un numero
err-damaged-cut-short = il contenuto è troncato
err-damaged-unreadable = non è stato possibile leggere il contenuto
err-damaged-missing-entry = manca una voce obbligatoria (campo mancante { $field })
err-damaged-wrong-kind = una voce ha un valore del tipo sbagliato
err-damaged-too-large = il file è decisamente troppo grande
err-damaged-not-text = il file non contiene testo
err-damaged-symbolic-link = il file è un collegamento simbolico, che Org Viewer non segue
err-damaged-not-a-file = non è un file normale (è una cartella, una named pipe o un dispositivo)
err-damaged-newer-file = proviene da una versione più recente di Org Viewer (formato { $version })
err-damaged-newer-list = è stata scritta da una versione più recente dell'app ({ $version })
err-damaged-not-encoded = non è stato possibile codificare i dati
err-damaged-empty-client-id = il Client ID è vuoto
err-damaged-empty-client-secret = il Client Secret è vuoto
err-damaged-empty = { $name ->
    [refresh] il token di aggiornamento è vuoto
    [accounts] l'indirizzo del server degli account è vuoto
   *[api] il dominio API è vuoto
}
err-damaged-expiry = la scadenza del token di accesso è fuori intervallo
err-damaged-not-address = { $name ->
    [accounts] l'indirizzo del server degli account non è un indirizzo web
   *[api] il dominio API non è un indirizzo web
}
err-damaged-no-org-id = Zoho ha inviato l'organizzazione senza il suo ID

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer si è fermato per un errore interno. C'è un rapporto in { $file }.
err-crash-unreported = Org Viewer si è fermato per un errore interno (non è stato possibile scrivere il rapporto: { $error }).
err-crash-last-time = L'ultima volta Org Viewer si è chiuso inaspettatamente. Se succede di nuovo, segnalalo e allega { $file }.

## Logo changes.
err-logo-changed-done = Il logo di { $org } è stato cambiato.
err-logo-removed-done = Il logo di { $org } è stato rimosso.
err-choose-logo-title = Scegli un nuovo logo
err-pictures-filter = Immagini
err-unknown-format = Formato sconosciuto

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = inviata così com'è ({ $format }, { $sent }, { $size })
err-fit-converted = convertita da { $from } a { $to }, { $sizes }
err-fit-re-encoded = ricodificata come { $format }, { $sizes }
err-fit-scaled = ridimensionata da { $original } a { $sent }, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Rientra nei limiti di Zoho (1 MB e 10 megapixel).
err-fit-format-not-taken = Zoho, per quanto se ne sa, accetta solo loghi PNG, JPEG e GIF.
err-fit-too-heavy = Zoho accetta loghi di al massimo 1 MB.
err-fit-too-many-pixels = Zoho accetta loghi di al massimo 10 megapixel e 1 MB.
err-fit-still-too-heavy = Zoho accetta loghi di al massimo 1 MB, e ricodificarla non bastava.
