# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ Menu
ui-app-icon = Icona dell'app
ui-demo-badge = Demo
ui-appearance = Aspetto
ui-theme-system = Come il sistema
ui-theme-light = Chiaro
ui-theme-dark = Scuro
ui-organizations = Organizzazioni
ui-add-organization = Aggiungi un'organizzazione…
ui-sign-out-this = Esci da questa organizzazione…
ui-sign-out-all = Esci da tutte…
ui-about = Informazioni su Org Viewer…

## About window.

ui-app-icon-large = Icona di Org Viewer
ui-version = Versione { $version }
ui-about-text = Mostra i dettagli e il logo della tua organizzazione Zoho CRM. Si limita a leggere, tranne il logo quando lo cambi: per quello usa un permesso valido una sola volta concesso da Zoho, che dimentica al termine.
ui-help-link = Guida all'uso dell'app
# { $place } is ui-system-keychain or a file path.
ui-sign-in-kept-in = Posizione del tuo accesso: { $place }.
ui-open-data-folder = Apri la cartella dei dati
ui-not-by-zoho = Non realizzato da Zoho. Zoho e Zoho CRM sono marchi di Zoho Corporation.
ui-close = Chiudi
ui-system-keychain = portachiavi del sistema

## Waiting screens (a spinner with one line).

ui-starting = Avvio in corso…
ui-loading-org = Caricamento della tua organizzazione…

## Status area at the bottom of the window.

ui-ready = Pronto
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = Dettagli
ui-details-hide = Nascondi dettagli
ui-copy-details = Copia dettagli
ui-close-message-hover = Chiudi questo messaggio
ui-close-message = Chiudi messaggio

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = Accesso di nuovo eseguito a { $name }
ui-added-org = { $name } aggiunta
ui-logo-copied = Logo copiato negli appunti
ui-signed-out = Disconnessione eseguita
ui-demo-notice = Demo: stai accedendo a uno Zoho simulato su questo computer.
ui-demo-left = Hai lasciato la demo
ui-logo-saved = Logo salvato in { $path }
ui-export-saved = { $format } salvato in { $path }
ui-overview-saved = Panoramica salvata in { $path }
ui-copying-logo = Copia del logo…
ui-signing-out = Disconnessione in corso…
ui-bad-sign-in-address = L'indirizzo di accesso non è leggibile.
ui-reinstall = Reinstalla l'app.

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = Uscire da { $name }?
ui-this-organization = questa organizzazione
ui-sign-out-body = L'app dimentica l'accesso a questa organizzazione su questo computer e chiede a Zoho di revocarlo. Le altre organizzazioni restano connesse. Puoi accedere di nuovo in qualsiasi momento.
ui-sign-out-confirm = Sì, esci

## Shared buttons.

ui-cancel = Annulla
ui-copy = Copia
ui-copied = ✔ Copiato
ui-copy-what = Copia { $what }
ui-copied-what = Copiato: { $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = Impossibile caricare l'organizzazione
ui-load-failed-body = Cosa è successo e cosa fare è indicato in fondo alla finestra.
ui-try-again = Riprova
ui-sign-out = Esci…

## Welcome screen.

ui-region-global = Ovunque tranne la Cina
ui-region-china = Cina (zoho.com.cn)
ui-welcome-tagline = Visualizza i dettagli e il logo della tua organizzazione, copia qualsiasi valore e salva il logo.
ui-sign-in-with-zoho = Accedi con Zoho
ui-browser-opens = Il browser apre la pagina di accesso di Zoho. L'app non vede mai la tua password.
ui-account-in = Account Zoho in
ui-no-account = Non hai un account Zoho a portata di mano?
ui-try-demo = Prova la demo
ui-try-demo-hover = Apre l'app con un'organizzazione simulata; non serve un account
ui-change-client = Cambia il client Zoho…
ui-in-demo = Sei nella demo. Accede a uno Zoho simulato su questo computer; non serve un account.
ui-demo-sign-in-again = Accedi di nuovo alla demo
ui-leave-demo = Esci dalla demo
ui-leave-demo-hover = Torna alle tue organizzazioni Zoho

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = In attesa del tuo accesso
ui-sign-in-page-open = La pagina di accesso di Zoho è aperta nel browser. Accedi lì e consenti l'accesso, poi torna qui.
ui-preparing-sign-in = Preparazione dell'accesso…
ui-time-left = Tempo rimanente: { $left }
ui-open-sign-in-again = Apri di nuovo la pagina di accesso
ui-browser-did-not-open = Il browser non si è aperto? Copia questo indirizzo nel browser:
ui-sign-in-address = indirizzo di accesso

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = Collega l'app a Zoho
ui-connect-intro = Zoho deve conoscere questa app prima che tu possa accedere. Richiede circa due minuti e si fa una sola volta.
ui-step-console = Apri la console API di Zoho e accedi:
ui-step-add-client = Scegli Add client, poi Server-based Applications. Vanno bene un nome qualsiasi e il sito web della tua azienda.
ui-step-redirect = In Authorized redirect URIs, aggiungi ciascuno di questi esattamente come scritto:
ui-redirect-uri = URI di reindirizzamento { $uri }
ui-redirect-ports = L'app usa il secondo e il terzo solo quando un altro programma occupa la prima porta.
ui-step-create = Crea il client, poi copia qui il suo Client ID e il suo Client Secret:
ui-client-id = Client ID
ui-client-id-hint = Incolla il Client ID da Zoho
ui-client-secret = Client Secret
ui-client-secret-hint = Incolla il Client Secret da Zoho
ui-show = Mostra
ui-save-and-sign-in = Salva e accedi
ui-back = Indietro
ui-try-demo-instead = Prova invece la demo
ui-secret-kept-in = Posizione del Client Secret: { $place }.

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = Salva logo
ui-export-pdf-title = Esporta come PDF
ui-export-json-title = Esporta come JSON
ui-export-overview-title = Esporta panoramica come CSV
ui-file-exists = In quella posizione esiste già un file denominato "{ $name }". Sostituirlo?
ui-replace = Sostituisci
ui-choose-another-name = Scegli un altro nome
ui-type-where = Questo computer non ha offerto la sua consueta finestra di selezione dei file, quindi digita qui dove salvare { $what ->
        [logo] il logo
       *[file] il file
    }. Le cartelle che non esistono ancora vengono create.
ui-save-as = Salva come
ui-save = Salva

## Logo panel on the org screen.

ui-logo-heading = Logo
ui-org-logo = Logo dell'organizzazione
ui-loading-logo = Caricamento del logo…
ui-no-logo-yet = Questa organizzazione non ha un logo.
ui-logo-failed = Impossibile caricare il logo. Aggiorna per riprovare.
ui-copy-image = Copia immagine
ui-copy-image-hover = Copia l'immagine negli appunti
ui-save-logo = Salva logo…
ui-save-logo-hover = Salva il file del logo esattamente come lo ha inviato Zoho (Ctrl+S)
ui-saved-to = Salvato in { $path }
ui-open-folder = Apri cartella

## Changing the logo (below the logo panel).

ui-grant-sentence = Zoho chiede nel browser, una sola volta, il permesso di cambiare il logo; l'app tiene quel permesso solo in memoria e lo dimentica a modifica conclusa.
ui-change-logo-button = Cambia logo…
ui-change-logo-hover = Scegli una nuova immagine; vedrai esattamente cosa verrà inviato prima che cambi qualcosa. Puoi anche trascinare un'immagine sulla finestra o incollarne una.
ui-paste-picture = Incolla immagine
ui-paste-picture-hover = Usa l'immagine negli appunti come nuovo logo
ui-remove-logo-button = Rimuovi logo…
ui-remove-logo-hover = Rimuove il logo in Zoho CRM; prima ne viene salvata una copia
ui-fitting = Adattamento dell'immagine ai limiti di Zoho…
ui-new-logo = Nuovo logo
ui-chosen = Scelta: { $measure }
ui-will-be-sent = Verrà inviata: { $measure }
ui-change-logo = Cambia logo
ui-remove-question = Rimuovere il logo di questa organizzazione in Zoho CRM? Prima ne viene salvata una copia su questo computer; potrai ripristinarla da Loghi precedenti.
ui-remove-confirm = Sì, rimuovi il logo
ui-waiting-permission = In attesa del tuo permesso nel browser. Nella pagina di Zoho, scegli { $name }.
ui-opening-zoho = Apertura di Zoho nel browser…
ui-backup-saved = Il logo precedente è stato salvato in { $path }.
ui-earlier-logos = Loghi precedenti ({ $count })
ui-earlier-logos-note = Salvati su questo computer prima di ogni modifica. Ripristina chiede a Zoho il permesso nel browser, una sola volta.
ui-restore = Ripristina
ui-restore-hover = Rendi di nuovo questo il logo
ui-also-change = Cambia allo stesso modo anche queste organizzazioni:
ui-one-at-a-time = Zoho concede il permesso per un'organizzazione alla volta, quindi il browser si apre una volta per ciascuna di queste { $count } organizzazioni, a turno; ognuna riceve la propria copia del suo logo attuale.
ui-now = Ora
ui-after-change = Dopo la modifica
ui-logo-now = Logo attuale
ui-logo-after-change = Logo dopo la modifica
ui-no-logo = Nessun logo
ui-sent-as-is = L'immagine viene inviata così com'è: { $why }
ui-picture-was = L'immagine è stata { $what }, perché { $why }
ui-fit-why = { $reason ->
    [unchanged] rientra nei limiti di Zoho di 1 MB e 10 megapixel.
    [converted] per quanto noto, Zoho accetta solo loghi PNG, JPEG e GIF.
    [re-encoded] Zoho accetta loghi di al massimo 1 MB.
    [scaled-pixels] Zoho accetta loghi di al massimo 10 megapixel e 1 MB.
   *[scaled-bytes] Zoho accetta loghi di al massimo 1 MB, e la sola ricodifica non bastava.
}
ui-fit-change = { $change ->
    [converted] convertita da { $from } a { $to }, { $sizes }
    [re-encoded] ricodificata come { $to }, { $sizes }
   *[scaled] ridotta da { $from } a { $to }, { $sizes }
}
