# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = Non impostato
org-value-on = Attivo
org-value-off = Disattivato
org-value-role-hierarchy = Gerarchia dei ruoli
org-value-reporting-to-hierarchy = Gerarchia dei responsabili
org-value-cut = { $start }… ({ $count } caratteri in tutto; Copia li copia tutti)
org-rows-not-shown = { $count ->
    [one] { $count } altro campo non è mostrato qui; Copia tutto e Copia come JSON li includono tutti.
   *[other] Altri { $count } campi non sono mostrati qui; Copia tutto e Copia come JSON li includono tutti.
}
org-untitled = Organizzazione Zoho CRM
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label }: { $value }

org-environment-production = Produzione
org-environment-sandbox = Sandbox
org-environment-developer = Sviluppatore
org-environment-bigin = Bigin
org-environment-production-short = Prod
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Svil
org-environment-bigin-short = Bigin

org-section-company = Azienda
org-section-contact = Contatti
org-section-address = Indirizzo
org-section-locale = Impostazioni locali e valuta
org-section-licence = Licenza
org-section-identifiers = Identificatori
org-section-settings = Impostazioni
org-section-other = Altro

org-field-company-name = Nome dell'azienda
org-field-alias = Alias
org-field-description = Descrizione
org-field-environment = Ambiente
org-field-employees = Dipendenti
org-field-created = Data di creazione
org-field-primary-email = E-mail principale
org-field-phone = Telefono
org-field-mobile = Cellulare
org-field-fax = Fax
org-field-website = Sito web
org-field-street = Via
org-field-city = Città
org-field-state-or-province = Stato o provincia
org-field-postal-code = CAP
org-field-country = Paese
org-field-country-code = Codice del paese
org-field-time-zone = Fuso orario
org-field-currency = Valuta
org-field-currency-code = Codice valuta
org-field-currency-symbol = Simbolo della valuta
org-field-currency-locale = Impostazioni locali della valuta
org-field-multiple-currencies = Più valute
org-field-edition = Edizione
org-field-paid-plan = Piano a pagamento
org-field-paid-plan-ends = Fine del piano a pagamento
org-field-user-licences = Licenze utente
org-field-portal-user-licences = Licenze utente del portale
org-field-trial = Prova
org-field-trial-ends = Fine della prova
org-field-what-happens-after-the-trial = Cosa succede dopo la prova
org-field-licence-details = Dettagli della licenza
org-field-organization-id = ID organizzazione
org-field-domain-name = Nome di dominio
org-field-primary-user-id-zuid = ID dell'utente principale (ZUID)
org-field-group-id-zgid = ID gruppo (ZGID)
org-field-encrypted-group-id = ID gruppo crittografato
org-field-zia-portal-id = ID portale Zia
org-field-zia-group-id = ID gruppo Zia
org-field-logo-file-id = ID file del logo
org-field-google-workspace-integration = Integrazione con Google Workspace
org-field-translation = Traduzione
org-field-privacy-settings = Impostazioni della privacy
org-field-hipaa-compliance = Conformità HIPAA
org-field-lite-users = Utenti Lite
org-field-account-can-be-deleted = L'account può essere eliminato
org-field-connected-apps-oauth = App connesse (OAuth)
org-field-records-per-page-at-most = Record per pagina, al massimo
org-field-call-icon = Icona di chiamata
org-field-hierarchy = Gerarchia
org-field-strictly-reporting = Solo subordinati diretti
org-field-check-in-restricted-for = Check-in limitato per
org-field-check-in = Check-in

org-alert-plan-expired = Piano scaduto
org-alert-plan-ends = { $days ->
    [1] Il piano scade entro un giorno
   *[other] Il piano scade tra { $days } giorni
}
org-alert-trial-ends = { $days ->
    [1] La prova termina entro un giorno
   *[other] La prova termina tra { $days } giorni
}
org-alert-trial-ended = Prova terminata
org-alert-plan-hint = Il piano a pagamento scade: { $date }
org-alert-trial-hint = La prova termina: { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } byte
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = Non c'è ancora niente da esportare.
org-export-nothing-resolution = Aggiorna per recuperare l'organizzazione, poi esporta di nuovo.
org-export-pdf-failed = Impossibile creare il PDF.
org-export-pdf-failed-resolution = Riprova; se continua a non riuscire, esporta come JSON e segnala il problema.
org-export-not-saved = Impossibile salvare l'esportazione in { $path }.
org-export-not-saved-resolution = Scegli un'altra cartella e riprova.
org-export-pdf-dialog = Esporta come PDF
org-export-json-dialog = Esporta come JSON

## Export… on the overview

org-overview-export-nothing = Non c'è nessuna organizzazione da esportare.
org-overview-export-nothing-resolution = Accedi a un'organizzazione, poi esporta di nuovo.
org-overview-export-not-saved = Impossibile salvare la panoramica in { $path }.
org-overview-export-dialog = Esporta panoramica come CSV
org-overview-export-file-name = Organizzazioni Zoho.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · Organizzazione Zoho CRM
org-pdf-title = { $name }: organizzazione Zoho CRM
org-pdf-page = Pagina { $page } di { $pages }
org-pdf-value-cut = { $start }… ({ $count } caratteri in tutto; l'esportazione JSON li contiene tutti)
org-export-file-name = Organizzazione { $company }.{ $extension }
org-export-file-name-untitled = Organizzazione Zoho.{ $extension }
org-fetched = Recuperata: { $when }

## The overview (every signed-in organization in one table)

org-overview-column-name = Organizzazione
org-overview-column-environment = Ambiente
org-overview-column-data-centre = Data center
org-overview-column-edition = Edizione
org-overview-column-paid = A pagamento o prova
org-overview-column-expiry = Fine piano o prova
org-overview-column-users = Utenti
org-overview-column-time-zone = Fuso orario
org-overview-column-currency = Valuta
org-overview-column-fetched = Ultimo recupero
org-overview-column-state = Stato
org-overview-sort-by = Ordina per { $column ->
    [name] organizzazione
    [environment] ambiente
    [data-centre] data center
    [edition] edizione
    [paid] a pagamento o prova
    [expiry] fine piano o prova
    [users] utenti
    [time-zone] fuso orario
    [currency] valuta
    [fetched] ultimo recupero
   *[state] stato
}
org-overview-paid = A pagamento
org-overview-trial = Prova
org-overview-free = Free
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = Aggiornata
org-state-refreshing = In aggiornamento
org-state-saved = Salvata
org-state-not-fetched = Non recuperata
org-state-offline = Offline
org-state-problem = Problema
org-state-fresh-sentence = Aggiornata: recuperata da Zoho dopo l'avvio dell'app.
org-state-refreshing-sentence = Recupero da Zoho in corso.
org-state-saved-sentence = Salvata dalla tua ultima visita; aggiorna per recuperarla da Zoho.
org-state-not-fetched-sentence = Non ancora recuperata: aggiorna per recuperarla da Zoho.
org-state-offline-sentence = Impossibile raggiungere Zoho: vengono mostrati i dati salvati. Controlla la connessione e aggiorna.
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = L'ultimo aggiornamento non è riuscito.
org-state-stale-resolution = Aggiorna di nuovo.
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence } Fai clic per i dettagli.
org-copy-details = Copia dettagli

org-overview-title = Panoramica
org-overview-count = { $count ->
    [one] { $count } organizzazione
   *[other] { $count } organizzazioni
}
org-overview-search-hint = Cerca nome, ID, dominio, data center
org-overview-search = Cerca organizzazioni
org-overview-search-tooltip = Mostra le organizzazioni il cui nome, ID, dominio o data center contiene questo testo
org-overview-refresh-all-button = ⟳ Aggiorna tutte
org-overview-refresh-all = Aggiorna tutte
org-overview-refresh-all-tooltip = Recupera di nuovo tutte le organizzazioni insieme (F5)
org-refreshing = Aggiornamento…
org-overview-copy-table = Copia tabella
org-overview-copy-table-tooltip = Copia le righe mostrate, separate da tabulazioni, da incollare in un foglio di calcolo
org-export-button = Esporta…
org-overview-export-tooltip = Salva la riga di ogni organizzazione in un file CSV
org-overview-no-match = Nessuna organizzazione corrisponde. Svuota la casella di ricerca per vederle tutte.
org-overview-column-logo = Logo
org-overview-open-tooltip = Apri questa organizzazione
org-overview-open = Apri { $name }

## The organization screen's header and actions

org-caveat-cached = Dalla tua ultima visita
org-caveat-offline = Offline: vengono mostrati i dati salvati
org-caveat-stale = Non aggiornata: vengono mostrati i dati salvati
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = La tua organizzazione
org-logo-alt = Logo dell'organizzazione
org-copy-all = Copia tutto
org-copy-all-tooltip = Copia tutti i valori come testo leggibile
org-copy-json = Copia come JSON
org-copy-json-tooltip = Copia i dati di Zoho esattamente come sono stati inviati
org-sign-out = Esci…
org-sign-out-tooltip = Esci e dimentica l'accesso su questo computer
org-refresh-button = ⟳ Aggiorna
org-refresh = Aggiorna
org-refresh-tooltip = Recupera di nuovo l'organizzazione (F5)
org-exported-to = Esportata in { $path }
org-open-folder = Apri cartella
org-open-folder-tooltip = Mostra il file esportato nel gestore dei file
org-export-tooltip = Salva i dettagli dell'organizzazione in un file
org-export-pdf = Documento PDF…
org-export-pdf-tooltip = Una pagina leggibile da stampare o allegare a un ticket di assistenza
org-export-json = File JSON…
org-export-json-tooltip = I dati di Zoho con tutti i campi, esattamente come sono stati inviati

## The filter box above the sections

org-filter = Filtra campi
org-filter-tooltip = Mostra i campi il cui nome o valore contiene questo testo (Ctrl+F)
org-filter-no-match = Nessun campo corrisponde. Premi Esc nella casella del filtro per vedere tutti i campi.
org-filter-matches = { $count ->
    [one] { $count } campo corrisponde
   *[other] { $count } campi corrispondono
}
org-section-no-match = Nessun campo corrispondente
org-section-show = Mostra
org-section-show-tooltip = Mostra comunque questi campi
org-section-hide = Nascondi
org-section-hide-tooltip = Comprimi di nuovo questi campi
org-section-show-name = Mostra { $section }
org-section-hide-name = Nascondi { $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = Cambia organizzazione (visualizzata: { $name })
org-switcher-heading = Organizzazioni
org-switcher-unfold = Mostra i nomi delle organizzazioni
org-switcher-fold = Mostra solo i loghi delle organizzazioni
org-switcher-sign-out = Esci da questa organizzazione…
org-switcher-overview-tooltip = Tutte le organizzazioni in una tabella
org-switcher-compare-tooltip = Due organizzazioni affiancate
org-switcher-compare-disabled = Aggiungi una seconda organizzazione per confrontarne due
org-switcher-add-button = + Aggiungi un'organizzazione…
org-switcher-add = Aggiungi un'organizzazione…
org-switcher-add-tooltip = Accedi di nuovo e scegli un'altra organizzazione nella pagina di Zoho
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }, data center { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = data center { $data_centre }
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Ctrl+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Ctrl+{ $number }

org-add-title = Aggiungi un'organizzazione
org-add-text = La pagina di accesso di Zoho si apre nel browser: lì scegli l'organizzazione da aggiungere dall'elenco delle tue organizzazioni, poi consenti l'accesso.
org-add-continue = Continua nel browser
org-sign-out-all-title = { $count ->
    [one] Uscire dall'organizzazione?
   *[other] Uscire da tutte le { $count } organizzazioni?
}
org-sign-out-all-text = L'app dimentica tutti gli accessi su questo computer e chiede a Zoho di revocarli. Puoi accedere di nuovo in qualsiasi momento.
org-sign-out-all-confirm = Sì, esci da tutte

## Compare (two organizations side by side)

org-compare-title = Confronta
org-compare-with = con
org-compare-first = Prima organizzazione
org-compare-second = Seconda organizzazione
org-compare-pick = Scegli due organizzazioni i cui dettagli sono stati recuperati. Aggiorna un'organizzazione per recuperarla.
org-compare-count = { $count ->
    [0] Nessuna differenza
    [one] { $count } differenza
   *[other] { $count } differenze
}
org-compare-only-differences = Mostra solo le differenze
org-compare-copy = Copia differenze
org-compare-copy-tooltip = Copia i campi diversi, separati da tabulazioni
org-compare-identifiers-note = Gli identificatori sono sempre diversi tra due organizzazioni: vengono mostrati ma non conteggiati.
org-compare-field = Campo
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label } (sempre diverso)
org-compare-differs = { $label } è diverso: { $value }
