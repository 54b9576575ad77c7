# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ Menu
ui-app-icon = Icône de l'application
ui-demo-badge = Démo
ui-appearance = Apparence
ui-theme-system = Comme le système
ui-theme-light = Clair
ui-theme-dark = Sombre
ui-organizations = Organisations
ui-add-organization = Ajouter une organisation…
ui-sign-out-this = Se déconnecter de cette organisation…
ui-sign-out-all = Se déconnecter de toutes…
ui-about = À propos d'Org Viewer…

## About window.

ui-app-icon-large = Icône d'Org Viewer
ui-version = Version { $version }
ui-about-text = Affiche les détails et le logo de votre organisation Zoho CRM. L'application ne fait que lire, sauf le logo quand vous le modifiez, avec une autorisation ponctuelle de Zoho qu'elle oublie une fois la modification faite.
ui-help-link = Aide sur l'utilisation de l'application
ui-sign-in-kept-in = Votre connexion est conservée dans { $place }.
ui-open-data-folder = Ouvrir le dossier de données
ui-not-by-zoho = Application non conçue par Zoho. Zoho et Zoho CRM sont des marques de Zoho Corporation.
ui-close = Fermer
ui-system-keychain = le trousseau du système

## Waiting screens (a spinner with one line).

ui-starting = Démarrage…
ui-loading-org = Chargement de votre organisation…

## Status area at the bottom of the window.

ui-ready = Prêt
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = Détails
ui-details-hide = Masquer les détails
ui-copy-details = Copier les détails
ui-close-message-hover = Fermer ce message
ui-close-message = Fermer le message

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = Vous êtes de nouveau connecté à { $name }
ui-added-org = { $name } a été ajoutée
ui-logo-copied = Logo copié dans le presse-papiers
ui-signed-out = Déconnecté
ui-demo-notice = Démo : vous vous connectez à un Zoho simulé sur cet ordinateur.
ui-demo-left = Vous avez quitté la démo
ui-logo-saved = Logo enregistré dans { $path }
ui-export-saved = { $format } enregistré dans { $path }
ui-overview-saved = Vue d'ensemble enregistrée dans { $path }
ui-copying-logo = Copie du logo…
ui-signing-out = Déconnexion…
ui-bad-sign-in-address = L'adresse de connexion est illisible.
ui-reinstall = Réinstallez l'application.

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = Se déconnecter de { $name } ?
ui-this-organization = cette organisation
ui-sign-out-body = L'application oublie la connexion à cette organisation sur cet ordinateur et demande à Zoho d'y mettre fin. Les autres organisations restent connectées. Vous pouvez vous reconnecter à tout moment.
ui-sign-out-confirm = Oui, se déconnecter

## Shared buttons.

ui-cancel = Annuler
ui-copy = Copier
ui-copied = ✔ Copié
ui-copy-what = Copier : { $what }
ui-copied-what = Copié : { $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = Impossible de charger l'organisation
ui-load-failed-body = Ce qui s'est passé et ce qu'il faut faire sont indiqués en bas de la fenêtre.
ui-try-again = Réessayer
ui-sign-out = Se déconnecter…

## Welcome screen.

ui-region-global = Partout sauf en Chine
ui-region-china = Chine (zoho.com.cn)
ui-welcome-tagline = Consultez les détails et le logo de votre organisation, copiez n'importe quelle valeur et enregistrez le logo.
ui-sign-in-with-zoho = Se connecter avec Zoho
ui-browser-opens = Votre navigateur ouvre la page de connexion de Zoho. L'application ne voit jamais votre mot de passe.
ui-account-in = Compte Zoho situé :
ui-no-account = Pas de compte Zoho sous la main ?
ui-try-demo = Essayer la démo
ui-try-demo-hover = Ouvre l'application avec une organisation simulée ; aucun compte nécessaire
ui-change-client = Changer le client Zoho…
ui-in-demo = Vous êtes dans la démo. Elle se connecte à un Zoho simulé sur cet ordinateur ; aucun compte n'est nécessaire.
ui-demo-sign-in-again = Se reconnecter à la démo
ui-leave-demo = Quitter la démo
ui-leave-demo-hover = Revenir à vos propres organisations Zoho

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = En attente de votre connexion
ui-sign-in-page-open = La page de connexion de Zoho est ouverte dans votre navigateur. Connectez-vous et autorisez l'accès, puis revenez ici.
ui-preparing-sign-in = Préparation de la connexion…
ui-time-left = Temps restant : { $left }
ui-open-sign-in-again = Rouvrir la page de connexion
ui-browser-did-not-open = Le navigateur ne s'est pas ouvert ? Copiez cette adresse dans votre navigateur :
ui-sign-in-address = adresse de connexion

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = Connecter l'application à Zoho
ui-connect-intro = Zoho doit connaître cette application avant que vous puissiez vous connecter. Cela prend environ deux minutes et ne se fait qu'une fois.
ui-step-console = Ouvrez la console API de Zoho et connectez-vous :
ui-step-add-client = Choisissez Add client, puis Server-based Applications. N'importe quel nom et le site web de votre entreprise conviennent.
ui-step-redirect = Sous Authorized redirect URIs, ajoutez chacune de ces adresses exactement telle qu'elle est écrite :
ui-redirect-uri = URI de redirection { $uri }
ui-redirect-ports = L'application n'utilise la deuxième et la troisième que lorsqu'un autre programme occupe le premier port.
ui-step-create = Créez le client, puis copiez ici son Client ID et son Client Secret :
ui-client-id = Client ID
ui-client-id-hint = Collez le Client ID fourni par Zoho
ui-client-secret = Client Secret
ui-client-secret-hint = Collez le Client Secret fourni par Zoho
ui-show = Afficher
ui-save-and-sign-in = Enregistrer et se connecter
ui-back = Retour
ui-try-demo-instead = Essayer plutôt la démo
ui-secret-kept-in = Le Client Secret est conservé dans { $place }.

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = Enregistrer le logo
ui-export-pdf-title = Exporter en PDF
ui-export-json-title = Exporter en JSON
ui-export-overview-title = Exporter la vue d'ensemble en CSV
ui-file-exists = Un fichier nommé « { $name } » existe déjà à cet endroit. Le remplacer ?
ui-replace = Remplacer
ui-choose-another-name = Choisir un autre nom
ui-type-where = Cet ordinateur n'a pas proposé son sélecteur de fichiers habituel ; saisissez donc ici où { $what ->
        [logo] enregistrer le logo
       *[file] enregistrer le fichier
    }. Les dossiers qui n'existent pas encore sont créés.
ui-save-as = Enregistrer sous
ui-save = Enregistrer

## Logo panel on the org screen.

ui-logo-heading = Logo
ui-org-logo = Logo de l'organisation
ui-loading-logo = Chargement du logo…
ui-no-logo-yet = Cette organisation n'a pas de logo.
ui-logo-failed = Impossible de charger le logo. Actualisez pour réessayer.
ui-copy-image = Copier l'image
ui-copy-image-hover = Placer l'image dans le presse-papiers
ui-save-logo = Enregistrer le logo…
ui-save-logo-hover = Enregistrer le fichier du logo exactement tel que Zoho l'a envoyé (Ctrl+S)
ui-saved-to = Enregistré dans { $path }
ui-open-folder = Ouvrir le dossier

## Changing the logo (below the logo panel).

ui-grant-sentence = Zoho vous demande une fois, dans votre navigateur, l'autorisation de modifier le logo ; l'application garde cette autorisation en mémoire uniquement et l'oublie une fois la modification faite.
ui-change-logo-button = Modifier le logo…
ui-change-logo-hover = Choisissez une nouvelle image ; vous voyez exactement ce qui sera envoyé avant toute modification. Vous pouvez aussi déposer une image sur la fenêtre ou en coller une.
ui-paste-picture = Coller l'image
ui-paste-picture-hover = Utiliser l'image du presse-papiers comme nouveau logo
ui-remove-logo-button = Supprimer le logo…
ui-remove-logo-hover = Supprimer le logo dans Zoho CRM ; une copie est d'abord enregistrée
ui-fitting = Adaptation de l'image aux limites de Zoho…
ui-new-logo = Nouveau logo
ui-chosen = Choisie : { $measure }
ui-will-be-sent = Sera envoyée : { $measure }
ui-change-logo = Modifier le logo
ui-remove-question = Supprimer le logo de cette organisation dans Zoho CRM ? Une copie est d'abord enregistrée sur cet ordinateur ; vous pourrez la restaurer depuis Logos précédents.
ui-remove-confirm = Oui, supprimer le logo
ui-waiting-permission = En attente de votre autorisation dans le navigateur. Sur la page de Zoho, choisissez { $name }.
ui-opening-zoho = Ouverture de Zoho dans votre navigateur…
ui-backup-saved = Le logo précédent a été enregistré dans { $path }.
ui-earlier-logos = Logos précédents ({ $count })
ui-earlier-logos-note = Enregistrés sur cet ordinateur avant chaque modification. Restaurer demande une fois l'autorisation à Zoho dans votre navigateur.
ui-restore = Restaurer
ui-restore-hover = Refaire de celui-ci le logo
ui-also-change = Modifier aussi ces organisations de la même façon :
ui-one-at-a-time = Zoho donne l'autorisation pour une seule organisation à la fois ; votre navigateur s'ouvre donc une fois pour chacune de ces { $count } organisations, tour à tour ; chacune reçoit sa propre copie de son logo actuel.
ui-now = Actuel
ui-after-change = Après la modification
ui-logo-now = Logo actuel
ui-logo-after-change = Logo après la modification
ui-no-logo = Aucun logo
ui-sent-as-is = L'image est envoyée telle quelle : { $why }
ui-picture-was = L'image a été { $what }, car { $why }
ui-fit-why = { $reason ->
    [unchanged] elle respecte les limites de Zoho (1 Mo et 10 mégapixels).
    [converted] Zoho n'accepte à notre connaissance que les logos PNG, JPEG et GIF.
    [re-encoded] Zoho accepte les logos de 1 Mo au plus.
    [scaled-pixels] Zoho accepte les logos de 10 mégapixels et 1 Mo au plus.
   *[scaled-bytes] Zoho accepte les logos de 1 Mo au plus, et le réencodage seul ne suffisait pas.
}
ui-fit-change = { $change ->
    [converted] convertie de { $from } en { $to }, { $sizes }
    [re-encoded] réencodée en { $to }, { $sizes }
   *[scaled] réduite de { $from } à { $to }, { $sizes }
}
