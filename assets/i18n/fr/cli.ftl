# La ligne de commande (zoho-org-viewer dans un terminal). Les commandes, options, variables
# d'environnement et chemins de fichiers ne se traduisent pas.

## --help

cli-help-about = Org Viewer for Zoho CRM : consultez les détails et le logo de votre organisation Zoho CRM.
cli-help-after =
    Sans commande, la fenêtre de l'application s'ouvre.

    Réglages (variables d'environnement) :
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          Le client OAuth de la console API de Zoho (https://api-console.zoho.com). Sans eux,
          le client enregistré dans l'application ou intégré à celle-ci est utilisé.
      ZOHO_ACCOUNTS_URL
          Où commence la connexion. Par défaut https://accounts.zoho.com (Zoho redirige vers
          chaque centre de données sauf celui de la Chine) ; en Chine, utilisez
          https://accounts.zoho.com.cn. Doit être en https, ou en http simple sur cet ordinateur
          (127.0.0.1 ou localhost) pour le Zoho simulé.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Recevoir la connexion sur ce seul port, lorsque les ports 17645 à 17647 sont pris sur
          cet ordinateur. L'URI de redirection http://127.0.0.1:PORT/callback doit alors être
          enregistrée pour le client dans la console API de Zoho.
      ZOHO_ORG_VIEWER_STORE
          Où la connexion est conservée : "keyring" (le trousseau du système) ou "file" (un
          fichier de votre dossier de réglages que vous seul pouvez lire). Par défaut : le
          trousseau, ou le fichier si cet ordinateur n'a pas de trousseau.
      RUST_LOG
          Le niveau de journalisation sur stderr, par ex. "info" ou "debug" (par défaut "warn").
          Les jetons et le secret du client ne sont jamais affichés ni journalisés, à aucun niveau.

    Code de sortie : 0 en cas de succès ; 1 en cas de problème, avec la raison sur stderr ; 2 si
    la ligne de commande elle-même est incorrecte.
cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-flag-help = Afficher l'aide
cli-help-flag-version = Afficher la version
cli-help-demo = Ouvrir l'application avec le Zoho simulé intégré (aucun compte Zoho nécessaire).
cli-help-login = Se connecter à Zoho dans votre navigateur ; l'organisation que vous y choisissez est ajoutée (ou renouvelée).
cli-help-login-long =
    Se connecter à Zoho dans votre navigateur ; l'organisation que vous y choisissez est ajoutée (ou renouvelée).

    Ouvre la page de connexion de Zoho dans votre navigateur (sous Linux, celui indiqué par $BROWSER, s'il est défini) et affiche aussi son adresse, au cas où aucun navigateur ne s'ouvre. Attend ensuite jusqu'à 3 minutes le retour du navigateur. L'organisation choisie sur la page de Zoho devient l'organisation actuelle.
cli-help-orgs = Lister les organisations connectées sur cet ordinateur, l'actuelle étant marquée.
cli-help-orgs-json = Afficher plutôt un tableau JSON (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Faire de ORG l'organisation actuelle (celle qu'utilisent les commandes sans --org).
cli-help-switch-org = L'organisation : son ID, son zgid, son nom de domaine ou une partie du nom de son entreprise.
cli-help-org = Afficher les détails d'une organisation, regroupés et en termes simples.
cli-help-org-org = L'organisation (par défaut : l'actuelle) : ID, zgid, domaine ou une partie de son nom.
cli-help-org-all = Toutes les organisations connectées, récupérées en une fois.
cli-help-org-json = Afficher plutôt l'objet org de Zoho en JSON, avec toutes les clés envoyées par Zoho (avec --all, un tableau de ces objets).
cli-help-logo = Enregistrer le logo d'une organisation dans un fichier (--out), ou le modifier (--set) ou le supprimer (--remove).
cli-help-logo-long =
    Enregistrer le logo d'une organisation dans un fichier (--out), ou le modifier (--set) ou le supprimer (--remove).

    --set et --remove ouvrent Zoho une fois dans votre navigateur pour obtenir l'autorisation de modifier le logo ; l'autorisation est gardée en mémoire uniquement et oubliée une fois la modification faite. Le logo actuel est d'abord enregistré dans le dossier de données de l'application. Une image au-delà des limites de Zoho (1 Mo, 10 mégapixels) est réduite et réencodée pour tenir.
cli-help-logo-out = Enregistrer le logo dans ce fichier, octet pour octet tel que Zoho l'envoie (remplacé s'il existe ; écrit entièrement ou pas du tout).
cli-help-logo-set = Faire de cette image (PNG, JPEG, GIF, WebP ou BMP) le logo de l'organisation.
cli-help-logo-remove = Supprimer le logo de l'organisation.
cli-help-logo-org = L'organisation (par défaut : l'actuelle). Avec --set ou --remove, indiquez-la plusieurs fois pour modifier plusieurs organisations, l'une après l'autre (Zoho demande l'autorisation pour chacune dans le navigateur).
cli-help-logout = Révoquer une connexion chez Zoho et l'oublier sur cet ordinateur (par défaut : l'organisation actuelle).
cli-help-logout-org = L'organisation dont vous vous déconnectez.
cli-help-logout-all = Se déconnecter de toutes les organisations.
cli-help-sim = Exécuter le Zoho simulé au premier plan et afficher ses adresses (Ctrl-C l'arrête).
cli-help-sim-orgs = Jouer un utilisateur dans N organisations inventées au lieu des trois de la démo (pour les mesures de performance).

## Réglages inutilisables

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL n'est pas une adresse web. Indiquez le serveur de connexion de Zoho, par exemple https://accounts.zoho.com, ou supprimez ce réglage.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL vaut { $value }, mais doit commencer par https:// (le http simple n'est permis que sur cet ordinateur, par exemple http://127.0.0.1:PORT pour le Zoho simulé). Corrigez-le, ou supprimez-le pour utiliser https://accounts.zoho.com.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL ne doit contenir ni nom d'utilisateur ni mot de passe. Indiquez seulement l'adresse du serveur, par exemple https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT vaut "{ $value }", mais doit être un numéro de port de 1 à 65535 (dont l'URI de redirection http://127.0.0.1:PORT/callback est enregistrée pour le client). Corrigez-le, ou supprimez-le pour utiliser les ports 17645 à 17647.
cli-startup-setting-refused = L'application a été lancée avec un réglage qu'elle ne peut pas utiliser ; elle utilise donc son réglage habituel.
cli-startup-setting-refused-next = La personne qui a configuré cet ordinateur peut corriger ou supprimer le réglage indiqué sous Détails, puis redémarrer l'application.
cli-log-setting-unreadable = RUST_LOG n'a pas pu être lu ({ $error }) ; seuls les avertissements et les erreurs sont affichés.

## login

cli-login-opening = Ouverture de la page de connexion de Zoho dans votre navigateur. Si elle ne s'ouvre pas, allez à cette adresse :
cli-login-waiting = Attente de { $duration } au maximum pendant que vous terminez dans le navigateur (Ctrl-C annule). Sur la page de Zoho, choisissez l'organisation à ajouter.
cli-login-added = Connexion à Zoho réussie : { $org } a été ajoutée ({ $place }) ; c'est maintenant l'organisation actuelle.
cli-login-renewed = La connexion à { $org } a été renouvelée ({ $place }) ; c'est maintenant l'organisation actuelle.
cli-login-old-not-revoked = La connexion remplacée n'a pas pu être révoquée chez Zoho ({ $error }) ; vous pouvez la supprimer sous Sessions, Applications connectées dans votre compte Zoho.
cli-where-both = { $environment }, { $place }
cli-where-centre = centre de données { $centre } de Zoho
cli-where-unknown = centre de données inconnu
cli-browser-not-opened = Impossible d'ouvrir un navigateur ({ $problem }). Ouvrez l'adresse ci-dessus dans votre navigateur pour continuer.
cli-browser-fallback = Si le navigateur ne s'ouvre pas, allez à cette adresse :

## Type et centre de données d'une organisation

cli-environment = { $kind ->
    [production] Production
    [sandbox] Sandbox
    [developer] Développeur
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] production
    [sandbox] sandbox
    [developer] développeur
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] États-Unis
    [eu] Europe
    [in] Inde
    [au] Australie
    [jp] Japon
    [cn] Chine
    [ca] Canada
    [sa] Arabie saoudite
    [uk] Royaume-Uni
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Inconnu

## orgs

cli-orgs-heading-organization = Organisation
cli-orgs-heading-environment = Environnement
cli-orgs-heading-data-centre = Centre de données
cli-orgs-heading-id = ID
cli-orgs-current-marked = L'organisation actuelle est marquée d'un * ; `zoho-org-viewer switch ORG` la change.
cli-orgs-none = Vous n'êtes connecté à aucune organisation sur cet ordinateur. Lancez `zoho-org-viewer login` pour en ajouter une.

## switch, logout

cli-now-current = { $org } est maintenant l'organisation actuelle.
cli-logout-nothing = Vous n'êtes pas connecté à Zoho ; il n'y avait donc rien à déconnecter.
cli-logout-done = Déconnecté de { $org } : Zoho a révoqué l'accès de l'application, et la connexion a été supprimée de cet ordinateur.

cli-org-failed = { $org } : { $error }

## logo

cli-logo-saved = Logo ({ $description }) enregistré dans { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } pixels, { $size }
cli-logo-extension-note = Remarque : le logo est une image { $format }, mais le nom du fichier se termine par .{ $extension } ; certains programmes se fient au nom, donc { $suggested } conviendrait peut-être mieux.
cli-picture-is = Image : { $change }.
cli-picture-was = Image : { $change }. { $why }
cli-logo-one-at-a-time = Zoho donne l'autorisation pour une seule organisation à la fois ; votre navigateur s'ouvre donc une fois pour chacune de ces { $total } organisations, tour à tour.
cli-logo-progress = { $number } sur { $total } : { $org }
cli-logo-permission = Pour modifier le logo de { $org }, Zoho demande une fois dans votre navigateur l'autorisation de le faire ; l'application garde cette autorisation en mémoire uniquement et l'oublie une fois terminé. Sur la page de Zoho, choisissez { $org }.
cli-logo-waiting = Attente de { $duration } au maximum pendant que vous terminez dans le navigateur (Ctrl-C annule).
cli-logo-changed = Logo de { $org } modifié.
cli-logo-removed = Logo de { $org } supprimé.
cli-logo-backup-saved = Une copie du logo actuel a été enregistrée dans { $file }.
cli-logo-no-backup = { $org } n'avait pas de logo ; il n'y avait donc rien à copier.
