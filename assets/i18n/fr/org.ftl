# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = Non renseigné
org-value-on = Activé
org-value-off = Désactivé
org-value-role-hierarchy = Hiérarchie des rôles
org-value-reporting-to-hierarchy = Hiérarchie des responsables
org-value-cut = { $start }… ({ $count } caractères au total ; Copier les copie tous)
org-rows-not-shown = { $count ->
    [one] { $count } autre champ n'est pas affiché ici ; Tout copier et Copier en JSON incluent tous les champs.
   *[other] { $count } autres champs ne sont pas affichés ici ; Tout copier et Copier en JSON les incluent tous.
}
org-untitled = Organisation Zoho CRM
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label } : { $value }

org-environment-production = Production
org-environment-sandbox = Sandbox
org-environment-developer = Développeur
org-environment-bigin = Bigin
org-environment-production-short = Prod
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Dév
org-environment-bigin-short = Bigin

org-section-company = Entreprise
org-section-contact = Coordonnées
org-section-address = Adresse
org-section-locale = Paramètres régionaux et devise
org-section-licence = Licence
org-section-identifiers = Identifiants
org-section-settings = Paramètres
org-section-other = Autres

org-field-company-name = Nom de l'entreprise
org-field-alias = Alias
org-field-description = Description
org-field-environment = Environnement
org-field-employees = Employés
org-field-created = Créée le
org-field-primary-email = E-mail principal
org-field-phone = Téléphone
org-field-mobile = Mobile
org-field-fax = Fax
org-field-website = Site web
org-field-street = Rue
org-field-city = Ville
org-field-state-or-province = État ou province
org-field-postal-code = Code postal
org-field-country = Pays
org-field-country-code = Code du pays
org-field-time-zone = Fuseau horaire
org-field-currency = Devise
org-field-currency-code = Code de la devise
org-field-currency-symbol = Symbole de la devise
org-field-currency-locale = Paramètres régionaux de la devise
org-field-multiple-currencies = Multidevise
org-field-edition = Édition
org-field-paid-plan = Abonnement payant
org-field-paid-plan-ends = Fin de l'abonnement payant
org-field-user-licences = Licences utilisateur
org-field-portal-user-licences = Licences utilisateur du portail
org-field-trial = Essai
org-field-trial-ends = Fin de l'essai
org-field-what-happens-after-the-trial = Après l'essai
org-field-licence-details = Détails de la licence
org-field-organization-id = ID de l'organisation
org-field-domain-name = Nom de domaine
org-field-primary-user-id-zuid = ID de l'utilisateur principal (ZUID)
org-field-group-id-zgid = ID du groupe (ZGID)
org-field-encrypted-group-id = ID du groupe chiffré
org-field-zia-portal-id = ID du portail Zia
org-field-zia-group-id = ID du groupe Zia
org-field-logo-file-id = ID du fichier du logo
org-field-google-workspace-integration = Intégration Google Workspace
org-field-translation = Traduction
org-field-privacy-settings = Paramètres de confidentialité
org-field-hipaa-compliance = Conformité HIPAA
org-field-lite-users = Utilisateurs Lite
org-field-account-can-be-deleted = Compte supprimable
org-field-connected-apps-oauth = Applications connectées (OAuth)
org-field-records-per-page-at-most = Enregistrements par page, au maximum
org-field-call-icon = Icône d'appel
org-field-hierarchy = Hiérarchie
org-field-strictly-reporting = Strictement hiérarchique
org-field-check-in-restricted-for = Pointage restreint pour
org-field-check-in = Pointage

org-alert-plan-expired = Abonnement expiré
org-alert-plan-ends = { $days ->
    [1] L'abonnement se termine d'ici un jour
   *[other] L'abonnement se termine dans { $days } jours
}
org-alert-trial-ends = { $days ->
    [1] L'essai se termine d'ici un jour
   *[other] L'essai se termine dans { $days } jours
}
org-alert-trial-ended = Essai terminé
org-alert-plan-hint = Fin de l'abonnement payant : { $date }
org-alert-trial-hint = Fin de l'essai : { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
}
org-file-size-kb = { $size } Ko
org-file-size-mb = { $size } Mo

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = Il n'y a encore rien à exporter.
org-export-nothing-resolution = Actualisez pour récupérer l'organisation, puis exportez à nouveau.
org-export-pdf-failed = Le PDF n'a pas pu être créé.
org-export-pdf-failed-resolution = Réessayez ; si l'échec persiste, exportez en JSON et signalez le problème.
org-export-not-saved = L'export n'a pas pu être enregistré dans { $path }.
org-export-not-saved-resolution = Choisissez un autre dossier et réessayez.
org-export-pdf-dialog = Exporter en PDF
org-export-json-dialog = Exporter en JSON

## Export… on the overview

org-overview-export-nothing = Il n'y a aucune organisation à exporter.
org-overview-export-nothing-resolution = Connectez-vous à une organisation, puis exportez à nouveau.
org-overview-export-not-saved = La vue d'ensemble n'a pas pu être enregistrée dans { $path }.
org-overview-export-dialog = Exporter la vue d'ensemble en CSV
org-overview-export-file-name = Organisations Zoho.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · organisation Zoho CRM
org-pdf-title = { $name } : organisation Zoho CRM
org-pdf-page = Page { $page } sur { $pages }
org-pdf-value-cut = { $start }… ({ $count } caractères au total ; l'export JSON les contient tous)
org-export-file-name = Organisation { $company }.{ $extension }
org-export-file-name-untitled = Organisation Zoho.{ $extension }
org-fetched = Récupéré : { $when }

## The overview (every signed-in organization in one table)

org-overview-column-name = Organisation
org-overview-column-environment = Environnement
org-overview-column-data-centre = Centre de données
org-overview-column-edition = Édition
org-overview-column-paid = Payante ou essai
org-overview-column-expiry = Fin d'abonnement ou d'essai
org-overview-column-users = Utilisateurs
org-overview-column-time-zone = Fuseau horaire
org-overview-column-currency = Devise
org-overview-column-fetched = Dernière récupération
org-overview-column-state = État
org-overview-sort-by = Trier par { $column ->
    [name] organisation
    [environment] environnement
    [data-centre] centre de données
    [edition] édition
    [paid] payante ou essai
    [expiry] fin d'abonnement ou d'essai
    [users] utilisateurs
    [time-zone] fuseau horaire
    [currency] devise
    [fetched] dernière récupération
   *[state] état
}
org-overview-paid = Payante
org-overview-trial = Essai
org-overview-free = Gratuite
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = À jour
org-state-refreshing = Actualisation
org-state-saved = Enregistrée
org-state-not-fetched = Non récupérée
org-state-offline = Hors ligne
org-state-problem = Problème
org-state-fresh-sentence = À jour : récupérée depuis Zoho depuis le démarrage de l'application.
org-state-refreshing-sentence = Récupération depuis Zoho en cours.
org-state-saved-sentence = Enregistrée lors de votre dernière visite ; actualisez pour la récupérer depuis Zoho.
org-state-not-fetched-sentence = Pas encore récupérée : actualisez pour la récupérer depuis Zoho.
org-state-offline-sentence = Zoho est injoignable : les données enregistrées sont affichées. Vérifiez la connexion et actualisez.
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = La dernière actualisation n'a pas abouti.
org-state-stale-resolution = Actualisez à nouveau.
org-state-label = { $word } : { $sentence }
org-state-problem-tooltip = { $sentence } Cliquez pour afficher les détails.
org-copy-details = Copier les détails

org-overview-title = Vue d'ensemble
org-overview-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
org-overview-search-hint = Nom, ID, domaine, centre de données
org-overview-search = Rechercher des organisations
org-overview-search-tooltip = Afficher les organisations dont le nom, l'ID, le domaine ou le centre de données contient ce texte
org-overview-refresh-all-button = ⟳ Tout actualiser
org-overview-refresh-all = Tout actualiser
org-overview-refresh-all-tooltip = Récupérer à nouveau toutes les organisations en une fois (F5)
org-refreshing = Actualisation…
org-overview-copy-table = Copier le tableau
org-overview-copy-table-tooltip = Copier les lignes affichées, séparées par des tabulations, pour les coller dans un tableur
org-export-button = Exporter…
org-overview-export-tooltip = Enregistrer la ligne de chaque organisation dans un fichier CSV
org-overview-no-match = Aucune organisation ne correspond. Videz le champ de recherche pour les voir toutes.
org-overview-column-logo = Logo
org-overview-open-tooltip = Ouvrir cette organisation
org-overview-open = Ouvrir { $name }

## The organization screen's header and actions

org-caveat-cached = De votre dernière visite
org-caveat-offline = Hors ligne : données enregistrées affichées
org-caveat-stale = Pas à jour : données enregistrées affichées
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = Votre organisation
org-logo-alt = Logo de l'organisation
org-copy-all = Tout copier
org-copy-all-tooltip = Copier toutes les valeurs sous forme de texte lisible
org-copy-json = Copier en JSON
org-copy-json-tooltip = Copier les données de Zoho exactement telles qu'elles ont été envoyées
org-sign-out = Se déconnecter…
org-sign-out-tooltip = Se déconnecter et oublier la connexion sur cet ordinateur
org-refresh-button = ⟳ Actualiser
org-refresh = Actualiser
org-refresh-tooltip = Récupérer à nouveau l'organisation (F5)
org-exported-to = Exporté dans { $path }
org-open-folder = Ouvrir le dossier
org-open-folder-tooltip = Afficher le fichier exporté dans votre gestionnaire de fichiers
org-export-tooltip = Enregistrer les détails de l'organisation dans un fichier
org-export-pdf = Document PDF…
org-export-pdf-tooltip = Une page lisible à imprimer ou à joindre à une demande d'assistance
org-export-json = Fichier JSON…
org-export-json-tooltip = Les données de Zoho avec tous les champs, exactement telles qu'elles ont été envoyées

## The filter box above the sections

org-filter = Filtrer les champs
org-filter-tooltip = Afficher les champs dont le nom ou la valeur contient ce texte (Ctrl+F)
org-filter-no-match = Aucun champ ne correspond. Appuyez sur Échap dans le champ de filtre pour voir tous les champs.
org-filter-matches = { $count ->
    [one] { $count } champ correspond
   *[other] { $count } champs correspondent
}
org-section-no-match = Aucun champ correspondant
org-section-show = Afficher
org-section-show-tooltip = Afficher quand même ces champs
org-section-hide = Masquer
org-section-hide-tooltip = Replier à nouveau ces champs
org-section-show-name = Afficher { $section }
org-section-hide-name = Masquer { $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = Changer d'organisation (affichée : { $name })
org-switcher-heading = Organisations
org-switcher-unfold = Afficher les noms des organisations
org-switcher-fold = Afficher uniquement les logos des organisations
org-switcher-sign-out = Se déconnecter de cette organisation…
org-switcher-overview-tooltip = Toutes les organisations dans un tableau
org-switcher-compare-tooltip = Deux organisations côte à côte
org-switcher-compare-disabled = Ajoutez une deuxième organisation pour en comparer deux
org-switcher-add-button = + Ajouter une organisation…
org-switcher-add = Ajouter une organisation…
org-switcher-add-tooltip = Se reconnecter et choisir une autre organisation sur la page de Zoho
org-switcher-entry = { $name } : { $details }
org-switcher-environment-data-centre = { $environment }, centre de données { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = centre de données { $data_centre }
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

org-add-title = Ajouter une organisation
org-add-text = La page de connexion de Zoho s'ouvre dans votre navigateur : choisissez-y l'organisation à ajouter dans la liste de vos organisations, puis autorisez l'accès.
org-add-continue = Continuer dans le navigateur
org-sign-out-all-title = { $count ->
    [one] Se déconnecter de l'organisation ?
   *[other] Se déconnecter des { $count } organisations ?
}
org-sign-out-all-text = L'application oublie toutes les connexions sur cet ordinateur et demande à Zoho d'y mettre fin. Vous pouvez vous reconnecter à tout moment.
org-sign-out-all-confirm = Oui, se déconnecter de toutes

## Compare (two organizations side by side)

org-compare-title = Comparer
org-compare-with = avec
org-compare-first = Première organisation
org-compare-second = Deuxième organisation
org-compare-pick = Choisissez deux organisations dont les détails ont été récupérés. Actualisez une organisation pour la récupérer.
org-compare-count = { $count ->
    [0] Aucune différence
    [one] { $count } différence
   *[other] { $count } différences
}
org-compare-only-differences = Afficher uniquement les différences
org-compare-copy = Copier les différences
org-compare-copy-tooltip = Copier les champs qui diffèrent, séparés par des tabulations
org-compare-identifiers-note = Les identifiants diffèrent toujours d'une organisation à l'autre : ils sont affichés mais pas comptés.
org-compare-field = Champ
org-compare-copied-field = { $section } : { $label }
org-compare-always-differs = { $label } (diffère toujours)
org-compare-differs = { $label } diffère : { $value }
