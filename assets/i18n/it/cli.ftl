# La riga di comando (zoho-org-viewer in un terminale). Comandi, opzioni, variabili d'ambiente
# e percorsi dei file non si traducono.

## --help

cli-help-about = Org Viewer for Zoho CRM: visualizza i dettagli e il logo della tua organizzazione Zoho CRM.
cli-help-after =
    Senza un comando, si apre la finestra dell'app.

    Impostazioni (variabili d'ambiente):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          Il client OAuth dalla console API di Zoho (https://api-console.zoho.com). Senza di
          esse, si usa il client salvato nell'app o integrato in essa.
      ZOHO_ACCOUNTS_URL
          Dove inizia l'accesso. Predefinito https://accounts.zoho.com (Zoho inoltra a ogni data
          center tranne quello cinese); in Cina usa https://accounts.zoho.com.cn. Deve essere
          https, oppure http semplice su questo computer (127.0.0.1 o localhost) per lo Zoho
          simulato.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Ricevi l'accesso solo su questa porta, quando le porte da 17645 a 17647 sono occupate
          su questo computer. L'URI di reindirizzamento http://127.0.0.1:PORT/callback deve
          allora essere registrato per il client nella console API di Zoho.
      ZOHO_ORG_VIEWER_STORE
          Dove viene conservato l'accesso: "keyring" (il portachiavi del sistema) o "file" (un
          file nella tua cartella delle impostazioni che solo tu puoi leggere). Predefinito: il
          portachiavi, o il file se questo computer non ha un portachiavi.
      RUST_LOG
          Quanto registrare su stderr, ad es. "info" o "debug" (predefinito "warn"). I token e il
          segreto del client non vengono mai mostrati né registrati, a nessun livello.

    Codice di uscita: 0 in caso di successo; 1 se qualcosa è andato storto, con il motivo su
    stderr; 2 se la riga di comando stessa è sbagliata.
cli-help-usage = Uso:
cli-help-commands = Comandi
cli-help-arguments = Argomenti
cli-help-options = Opzioni
cli-help-flag-help = Mostra l'aiuto
cli-help-flag-version = Mostra la versione
cli-help-demo = Apri l'app con lo Zoho simulato integrato (non serve un account Zoho).
cli-help-login = Accedi a Zoho nel browser; l'organizzazione che scegli lì viene aggiunta (o rinnovata).
cli-help-login-long =
    Accedi a Zoho nel browser; l'organizzazione che scegli lì viene aggiunta (o rinnovata).

    Apre la pagina di accesso di Zoho nel browser (su Linux quello indicato da $BROWSER, se impostato) e ne mostra anche l'indirizzo, nel caso non si apra nessun browser. Poi attende fino a 3 minuti il ritorno del browser. L'organizzazione scelta nella pagina di Zoho diventa quella attuale.
cli-help-orgs = Elenca le organizzazioni con accesso su questo computer, con quella attuale contrassegnata.
cli-help-orgs-json = Mostra invece un array JSON (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Rendi ORG l'organizzazione attuale (quella che i comandi usano senza --org).
cli-help-switch-org = L'organizzazione: il suo ID, zgid, nome di dominio o una parte del nome dell'azienda.
cli-help-org = Mostra i dettagli di un'organizzazione, raggruppati e in parole semplici.
cli-help-org-org = L'organizzazione (predefinita: quella attuale): ID, zgid, dominio o una parte del nome.
cli-help-org-all = Tutte le organizzazioni con accesso, recuperate insieme.
cli-help-org-json = Mostra invece l'oggetto org di Zoho in JSON, con ogni chiave inviata da Zoho (con --all, un array di oggetti).
cli-help-logo = Salva il logo di un'organizzazione in un file (--out), oppure cambialo (--set) o rimuovilo (--remove).
cli-help-logo-long =
    Salva il logo di un'organizzazione in un file (--out), oppure cambialo (--set) o rimuovilo (--remove).

    --set e --remove aprono Zoho una volta nel browser per chiedere il permesso di cambiare il logo; il permesso resta solo in memoria e viene dimenticato a modifica conclusa. Prima, il logo attuale viene salvato nella cartella dei dati dell'app. Un'immagine oltre i limiti di Zoho (1 MB, 10 megapixel) viene ridotta e ricodificata per rientrarvi.
cli-help-logo-out = Salva il logo in questo file, byte per byte come lo invia Zoho (sostituito se esiste; scritto per intero o per niente).
cli-help-logo-set = Rendi questa immagine (PNG, JPEG, GIF, WebP o BMP) il logo dell'organizzazione.
cli-help-logo-remove = Rimuovi il logo dell'organizzazione.
cli-help-logo-org = L'organizzazione (predefinita: quella attuale). Con --set o --remove, indicala più volte per cambiare più organizzazioni, una dopo l'altra (Zoho chiede il permesso per ciascuna nel browser).
cli-help-logout = Revoca un accesso presso Zoho e dimenticalo su questo computer (predefinita: l'organizzazione attuale).
cli-help-logout-org = L'organizzazione da cui uscire.
cli-help-logout-all = Esci da tutte le organizzazioni.
cli-help-sim = Esegui lo Zoho simulato in primo piano e mostra i suoi indirizzi (Ctrl-C lo arresta).
cli-help-sim-orgs = Simula un utente in N organizzazioni inventate invece delle tre della demo (per i benchmark).

## Impostazioni non utilizzabili

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL non è un indirizzo web. Impostala sul server di accesso di Zoho, come https://accounts.zoho.com, oppure rimuovila.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL è { $value }, ma deve iniziare con https:// (l'http semplice è consentito solo su questo computer, come http://127.0.0.1:PORT per lo Zoho simulato). Correggila, oppure rimuovila per usare https://accounts.zoho.com.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL non deve contenere un nome utente o una password. Impostala solo sull'indirizzo del server, come https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT è "{ $value }", ma deve essere un numero di porta da 1 a 65535 (una il cui URI di reindirizzamento http://127.0.0.1:PORT/callback sia registrato per il client). Correggila, oppure rimuovila per usare le porte da 17645 a 17647.
cli-startup-setting-refused = L'app è stata avviata con un'impostazione che non può usare, quindi usa la sua impostazione abituale.
cli-startup-setting-refused-next = Chi ha configurato questo computer può correggere o rimuovere l'impostazione indicata in Dettagli, quindi riavviare l'app.
cli-log-setting-unreadable = Impossibile leggere RUST_LOG ({ $error }); vengono mostrati solo avvisi ed errori.

## login

cli-login-opening = Apertura della pagina di accesso di Zoho nel browser. Se non si apre, vai a questo indirizzo:
cli-login-waiting = Attesa fino a { $duration } che tu finisca nel browser (Ctrl-C annulla). Nella pagina di Zoho, scegli l'organizzazione da aggiungere.
cli-login-added = Accesso a Zoho eseguito: { $org } è stata aggiunta ({ $place }); ora è l'organizzazione attuale.
cli-login-renewed = L'accesso a { $org } è stato rinnovato ({ $place }); ora è l'organizzazione attuale.
cli-login-old-not-revoked = Non è stato possibile revocare presso Zoho l'accesso sostituito ({ $error }); puoi rimuoverlo in Sessioni, App connesse nel tuo account Zoho.
cli-where-both = { $environment }, { $place }
cli-where-centre = data center { $centre } di Zoho
cli-where-unknown = data center sconosciuto
cli-browser-not-opened = Impossibile aprire un browser ({ $problem }). Apri l'indirizzo qui sopra nel browser per continuare.
cli-browser-fallback = Se il browser non si apre, vai a questo indirizzo:

## Tipo e data center di un'organizzazione

cli-environment = { $kind ->
    [production] Produzione
    [sandbox] Sandbox
    [developer] Sviluppatore
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] produzione
    [sandbox] sandbox
    [developer] sviluppatore
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] Stati Uniti
    [eu] Europa
    [in] India
    [au] Australia
    [jp] Giappone
    [cn] Cina
    [ca] Canada
    [sa] Arabia Saudita
    [uk] Regno Unito
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Sconosciuto

## orgs

cli-orgs-heading-organization = Organizzazione
cli-orgs-heading-environment = Ambiente
cli-orgs-heading-data-centre = Data center
cli-orgs-heading-id = ID
cli-orgs-current-marked = L'organizzazione attuale è contrassegnata con *; `zoho-org-viewer switch ORG` la cambia.
cli-orgs-none = Non hai eseguito l'accesso a nessuna organizzazione su questo computer. Esegui `zoho-org-viewer login` per aggiungerne una.

## switch, logout

cli-now-current = { $org } è ora l'organizzazione attuale.
cli-logout-nothing = Non hai eseguito l'accesso a Zoho, quindi non c'era niente da cui uscire.
cli-logout-done = Disconnessione da { $org } eseguita: Zoho ha revocato l'accesso dell'app e l'accesso è stato rimosso da questo computer.

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = Logo ({ $description }) salvato in { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } pixel, { $size }
cli-logo-extension-note = Nota: il logo è un'immagine { $format }, ma il nome del file termina con .{ $extension }; alcuni programmi si basano sul nome, quindi { $suggested } potrebbe essere più adatto.
cli-picture-is = Immagine: { $change }.
cli-picture-was = Immagine: { $change }. { $why }
cli-logo-one-at-a-time = Zoho concede il permesso per un'organizzazione alla volta, quindi il browser si apre una volta per ciascuna di queste { $total } organizzazioni, a turno.
cli-logo-progress = { $number } di { $total }: { $org }
cli-logo-permission = Per cambiare il logo di { $org }, Zoho chiede una volta nel browser il permesso di cambiarlo; l'app tiene quel permesso solo in memoria e lo dimentica al termine. Nella pagina di Zoho, scegli { $org }.
cli-logo-waiting = Attesa fino a { $duration } che tu finisca nel browser (Ctrl-C annulla).
cli-logo-changed = Il logo di { $org } è stato cambiato.
cli-logo-removed = Il logo di { $org } è stato rimosso.
cli-logo-backup-saved = Una copia del logo attuale è stata salvata in { $file }.
cli-logo-no-backup = { $org } non aveva un logo, quindi non c'era nulla di cui conservare una copia.
