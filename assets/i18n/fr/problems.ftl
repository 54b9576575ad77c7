# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Zoho's API console labels (Client ID, Client Secret) are kept as the console shows them.

## The Details part of a problem, and the text copied for a support ticket.

err-label-zoho-code = Code Zoho
err-label-http-status = Statut HTTP
err-label-detail = Détail
err-label-time = Heure
err-label-app = Application
err-detail-line = { $label } : { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").

err-with-code = { $sentence } (code Zoho { $code }).
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
   *[seconds] { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; each branch fits the sentence around it.

err-crm-invalid-request-method = Zoho n'a pas accepté la façon dont cette application a demandé { $what ->
    [logo] le logo
    [accounts] la connexion
   *[org] les détails de l'organisation
}.
err-crm-oauth-scope-mismatch = Votre connexion n'inclut pas l'autorisation de lire { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
}.
err-crm-authentication-failure = Zoho n'a pas accepté la connexion de cette application lorsqu'elle a demandé { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
}.
err-crm-no-permission = Votre utilisateur Zoho CRM n'est pas autorisé à lire { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
}.
err-crm-invalid-url-pattern = Zoho n'a pas reconnu l'adresse utilisée par cette application pour { $what ->
    [logo] le logo
    [accounts] la connexion
   *[org] les détails de l'organisation
}.
err-crm-internal-error = Zoho a rencontré un problème interne lors de l'envoi { $what ->
    [logo] du logo
    [accounts] des informations de connexion
   *[org] des détails de l'organisation
}.
err-crm-authorization-failed = Votre utilisateur Zoho CRM n'a pas les privilèges nécessaires pour lire { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
}.
err-crm-invalid-token = Votre connexion à Zoho a expiré ou a été révoquée.
err-crm-other = Zoho a refusé d'envoyer { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
} ({ $code }).
err-fix-update-app = Installez la dernière version d'Org Viewer. Si cela ne suffit pas, signalez le problème en indiquant le code d'erreur.
err-fix-read-scope = Déconnectez-vous, puis reconnectez-vous et autorisez l'accès lorsque Zoho le demande. Le client Zoho doit disposer de la portée ZohoCRM.org.READ.
err-fix-sign-in-again = Reconnectez-vous.
err-fix-ask-admin-view = Demandez à votre administrateur Zoho CRM un profil autorisé à consulter les paramètres de l'organisation.
err-fix-internal = Réessayez dans quelques minutes. Si le problème persiste, contactez l'assistance Zoho en indiquant le code d'erreur.
err-fix-crm-other = Réessayez. Si le problème persiste, contactez l'assistance Zoho en indiquant le code d'erreur.

## Zoho's limit on how often the app may ask.

err-rate-limited = Zoho limite actuellement la fréquence à laquelle cette application peut demander des données.
err-fix-long-pause = Zoho a demandé une longue pause ; réessayez plus tard.
err-fix-wait = Patientez { $duration } et réessayez.
err-fix-wait-a-minute = Patientez une minute et réessayez.

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).

err-network = Impossible de se connecter à Zoho.
err-network-host = Impossible de se connecter à Zoho ({ $host }).
err-fix-network = Vérifiez votre connexion Internet, puis réessayez. Si vous utilisez un proxy ou un VPN, assurez-vous qu'il permet à l'application de joindre Zoho.
err-dropped = La connexion à Zoho a été interrompue avant l'arrivée de la réponse.
err-dropped-host = La connexion à Zoho ({ $host }) a été interrompue avant l'arrivée de la réponse.
err-fix-dropped = Réessayez dans un instant. Si le problème persiste, un proxy, un VPN ou un pare-feu coupe peut-être la connexion à Zoho.
err-timeout = Zoho n'a pas répondu à temps.
err-fix-timeout = Vérifiez votre connexion Internet et réessayez dans un instant.

## Answers the app could not use. $what as above; $megabytes a whole number.

err-too-large = La réponse de Zoho pour { $what ->
    [logo] le logo
    [accounts] la connexion
   *[org] les détails de l'organisation
} dépassait { $megabytes } Mo ; l'application a donc arrêté de la lire.
err-fix-too-large = Réessayez plus tard. Si le problème persiste, contactez l'assistance Zoho.
err-html-page = Une page web a été reçue à la place { $what ->
    [logo] du logo
    [accounts] des informations de connexion
   *[org] des détails de l'organisation
} ; un intermédiaire entre vous et Zoho a répondu à la place de Zoho.
err-cut-off = La réponse contenant { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
} a été coupée avant d'être complète.
err-not-zoho-json = La réponse de Zoho contenant { $what ->
    [logo] le logo
    [accounts] les informations de connexion
   *[org] les détails de l'organisation
} n'a pas pu être lue.
err-no-organization = La réponse de Zoho ne contenait aucune organisation.
err-redirected = La demande { $what ->
    [logo] du logo
    [accounts] de connexion
   *[org] des détails de l'organisation
} a été redirigée vers une autre adresse ; l'application ne suit pas les redirections, donc rien n'y a été envoyé.
err-fix-html-page = Si votre réseau vous demande de vous connecter à un portail Wi-Fi ou à un proxy, faites-le d'abord, puis réessayez.
err-fix-cut-off = Vérifiez votre connexion Internet et réessayez.
err-fix-unreadable = Réessayez. Si le problème persiste, contactez l'assistance Zoho.
err-fix-redirected = Réessayez. Si le problème persiste, prévenez votre service informatique : un intermédiaire entre vous et Zoho redirige peut-être l'application.

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).

err-token-code-used = Le code de connexion de Zoho avait expiré ou avait déjà été utilisé.
err-token-revoked = Votre connexion à Zoho enregistrée n'est plus valide ; elle a peut-être été révoquée.
err-token-invalid-client = Zoho ne reconnaît pas le Client ID de cette application pour le centre de données de votre compte.
err-token-invalid-secret = Zoho n'a pas accepté le Client Secret de cette application.
err-token-invalid-redirect = Zoho n'a pas accepté l'adresse vers laquelle la connexion revient (l'URI de redirection).
err-token-access-denied = Zoho refuse les nouvelles connexions de cette application pendant quelques minutes.
err-token-throttled = Zoho a suspendu les nouveaux accès pour cette connexion, car trop d'accès ont été demandés en peu de temps.
err-token-revoke-other = Zoho n'a pas pu déconnecter cette application ({ $code }).
err-token-other = Zoho a refusé la connexion ({ $code }).
err-fix-invalid-client = Vérifiez le Client ID. Dans la console API de Zoho, ouvrez les paramètres (Settings) du client et activez votre centre de données (multi-DC), puis reconnectez-vous.
err-fix-invalid-secret = Copiez à nouveau le Client Secret depuis la console API de Zoho et saisissez-le de nouveau.
err-fix-invalid-redirect = Dans la console API de Zoho, ajoutez au client ces URI de redirection exactement telles qu'elles sont écrites : { $uris }.
err-fix-wait-ten-minutes = Patientez environ 10 minutes, puis réessayez.
err-fix-revoke-other = Vous pouvez aussi supprimer l'application dans votre compte Zoho, sous Sessions, Applications connectées.
err-fix-token-other = Essayez de vous reconnecter. Si le problème persiste, signalez-le en indiquant le code d'erreur.

## The sign-in in the browser did not complete.

err-state-mismatch = La réponse du navigateur ne correspondait pas à cette connexion ; l'application l'a donc ignorée.
err-accounts-server-not-allowed = La connexion est revenue en désignant { $server }, qui n'est pas un serveur de connexion de Zoho ; l'application s'est donc arrêtée sans le contacter.
err-api-domain-not-allowed = La réponse de Zoho indiquait { $domain } comme adresse du CRM, qui n'est pas une adresse de Zoho ; l'application ne l'utilisera donc pas.
err-ports-unavailable = L'application n'a pas pu recevoir la connexion, car { $count ->
    [0] le port de connexion est utilisé
    [one] le port { $last } est utilisé
   *[other] les ports { $ports } et { $last } sont utilisés
} par un autre programme.
err-sign-in-timed-out = La connexion n'a pas été terminée dans un délai de { $duration }.
err-sign-in-cancelled = La connexion a été annulée.
err-denied-in-browser = L'accès n'a pas été autorisé sur la page de consentement de Zoho.
err-zoho-refused-sign-in = Zoho n'a pas pu terminer la connexion ({ $error }).
err-missing-code = Le navigateur est revenu sans code de connexion de Zoho.
err-no-refresh-token = Zoho n'a pas accordé de connexion durable à l'application.
err-fix-restart-sign-in = Recommencez la connexion depuis l'application et terminez-la dans l'onglet du navigateur qu'elle ouvre.
err-fix-interference = Réessayez. Si cela se reproduit, prévenez votre service informatique : quelque chose perturbe peut-être la connexion.
err-fix-ports = Fermez l'autre programme (ou une autre instance de cette application) et réessayez.
err-fix-timed-out = Recommencez la connexion et terminez-la dans votre navigateur.
err-fix-cancelled = Reconnectez-vous quand vous le souhaitez.
err-fix-denied = Reconnectez-vous et autorisez l'accès pour que l'application puisse lire votre organisation.
err-fix-zoho-refused = Réessayez. Si le problème persiste, signalez-le en indiquant le code d'erreur.
err-fix-no-refresh-token = Déconnectez-vous, puis reconnectez-vous pour que Zoho vous demande votre consentement.

## Nothing to sign in with.

err-not-signed-in = Vous n'êtes pas connecté à Zoho.
err-fix-sign-in-first = Connectez-vous d'abord avec Zoho.
err-no-client = Cette application n'est pas encore configurée avec un client Zoho.
err-fix-no-client = Saisissez le Client ID et le Client Secret de la console API de Zoho, ou définissez ZOHO_CLIENT_ID et ZOHO_CLIENT_SECRET.

## Changing the logo at Zoho was refused; the logo panel and the command line show these.

err-logo-too-large = Zoho a refusé le logo, qu'il juge trop volumineux. Rien n'a été modifié chez Zoho.
err-fix-logo-too-large = Zoho accepte au maximum 1 Mo et 10 mégapixels ; choisissez une image plus petite.
err-logo-not-a-picture = Zoho n'a pas reconnu le fichier comme une image. Rien n'a été modifié chez Zoho.
err-fix-logo-not-a-picture = Choisissez une image PNG, JPEG ou GIF.
err-logo-no-write-scope = L'autorisation accordée par Zoho ne permet pas de modifier le logo. Rien n'a été modifié chez Zoho.
err-fix-logo-no-write-scope = Réessayez et autorisez l'accès lorsque Zoho le demande. Le client Zoho doit disposer de la portée ZohoCRM.org.ALL.
err-logo-not-allowed = Votre utilisateur Zoho CRM n'est pas autorisé à modifier le logo de cette organisation. Rien n'a été modifié chez Zoho.
err-fix-logo-not-allowed = Demandez à votre administrateur Zoho CRM un profil autorisé à modifier les paramètres de l'organisation.
err-logo-outcome-unknown = La connexion à Zoho s'est interrompue avant que Zoho indique si le logo a été modifié.
err-fix-logo-outcome-unknown = Vérifiez le logo dans Zoho CRM avant de réessayer. { $then }
err-logo-unchanged = { $summary } Rien n'a été modifié chez Zoho.

## The window's own problems: signing in, the demo, signing out (status line, message boxes).

err-fix-check-client = Vérifiez le Client ID et le Client Secret, puis réessayez.
err-client-not-saved = Le client n'a pas pu être enregistré.
err-fix-client-not-saved = Vous pouvez quand même vous connecter maintenant ; le client vous sera redemandé la prochaine fois.
err-sign-in-not-opened = La connexion n'a pas pu être ouverte.
err-sign-out-not-forgotten = Vous êtes déconnecté, mais la connexion n'a pas pu être supprimée de cet ordinateur : { $error }
err-fix-sign-out-again = Essayez de vous déconnecter à nouveau.
err-sign-out-not-told = Vous êtes déconnecté sur cet ordinateur, mais Zoho n'a pas pu en être informé.
err-fix-sign-out-not-told = Par précaution, supprimez l'application dans votre compte Zoho, sous Sessions, Applications connectées.
err-demo-not-started = La démo n'a pas pu démarrer.
err-fix-demo-not-started = Fermez les autres instances de l'application et réessayez.
err-demo-no-room = La démo n'a pas pu démarrer : pas assez de place pour ses fichiers.
err-fix-free-disk = Libérez de l'espace disque et réessayez.
err-sign-in-page-unreachable = La page de connexion de Zoho est inaccessible depuis cet ordinateur.
err-fix-sign-in-page-unreachable = Vérifiez la connexion Internet (ou demandez à votre service informatique si Zoho est bloqué), puis réessayez.
err-fix-not-saved-sign-in = Vérifiez que le disque n'est pas plein et que votre dossier de réglages vous appartient, puis reconnectez-vous.
err-app-damaged-address = L'application est endommagée : l'adresse de Zoho est illisible.
err-fix-reinstall = Réinstallez l'application.

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.

err-fitted-not-shown = L'image adaptée n'a pas pu être affichée.
err-fix-another-picture = Essayez une autre image.
err-org-gone = Une organisation à modifier n'est plus connectée ici.
err-fix-org-gone = Reconnectez-vous à celle-ci, puis modifiez son logo.
err-logo-busy = Le logo de { $org } fait déjà l'objet d'une autre modification.
err-fix-logo-busy = Attendez la fin de celle-ci, puis réessayez.
err-nothing-changed = Rien n'a été modifié.
err-earlier-logo-unreadable = Le logo précédent n'a pas pu être lu.
err-fix-try-again = Réessayez.
err-logo-change-cancelled = Vous avez annulé la modification du logo. Rien n'a été modifié chez Zoho.
err-earlier-logo-gone = Ce logo précédent n'existe plus.
err-fix-earlier-logo-gone = Choisissez-en un autre dans la liste.
err-fix-pick-another = Choisissez-en un autre.
err-clipboard-empty = Il n'y a aucune image dans le presse-papiers.
err-fix-clipboard-empty = Copiez d'abord une image, ou choisissez son fichier avec Modifier le logo….
err-clipboard-too-large = L'image du presse-papiers est trop volumineuse.
err-fix-clipboard-too-large = Enregistrez-la dans un fichier et choisissez plutôt ce fichier.
err-no-file-dialog = Aucune boîte de dialogue de fichiers n'est disponible sur cet ordinateur.
err-fix-no-file-dialog = Déposez une image sur le logo, ou copiez-en une et collez-la ici avec Ctrl+V.
err-file-unreadable = { $file } n'a pas pu être lu.
err-fix-check-file = Vérifiez le fichier, puis réessayez.
err-pasted-not-picture = Ce qui a été collé n'est pas une image utilisable par l'application.
err-fix-pasted-not-picture = Copiez à nouveau l'image, ou choisissez plutôt son fichier.
err-picture-unusable = Cette image ne peut pas devenir le logo : { $why }.
err-fix-picture-unusable = Choisissez une image PNG, JPEG, GIF, WebP ou BMP.

## Copying and saving the logo.

err-clipboard-failed = Le logo n'a pas pu être placé dans le presse-papiers.
err-fix-clipboard-failed = Réessayez, ou enregistrez plutôt le logo dans un fichier.
err-folder-not-opened = Le dossier { $folder } n'a pas pu être ouvert.
err-fix-folder-not-opened = Ouvrez-le depuis votre gestionnaire de fichiers.
err-logo-not-saved = Le logo n'a pas pu être enregistré dans { $file }.
err-fix-logo-not-saved = Choisissez un autre dossier et réessayez.
err-no-logo = Il n'y a aucun logo à utiliser.
err-fix-no-logo = Actualisez pour récupérer le logo de l'organisation.

## Keeping the sign-in on this computer (the system keychain or a private file).

err-store-location = { $place ->
    [keychain] le trousseau du système
    [memory] la mémoire de cette application (elle est oubliée à la fermeture de l'application)
    [unavailable] le trousseau du système (non disponible sur cet ordinateur)
   *[file] le fichier { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
err-store-keychain-timeout = Le trousseau du système n'a pas répondu dans un délai de { $duration }. Déverrouillez-le et réessayez.
err-store-keychain-locked = Le trousseau du système est verrouillé ou n'a pas autorisé Org Viewer à l'utiliser. Déverrouillez-le (ou autorisez l'accès lorsque cela vous est demandé) et réessayez.
err-store-keychain-unusable = Le trousseau du système ne peut pas être utilisé sur cet ordinateur ({ $cause }). Définissez ZOHO_ORG_VIEWER_STORE=file pour conserver plutôt la connexion dans un fichier privé.
err-store-no-keychain = Aucun trousseau système n'est disponible sur cet ordinateur. Définissez ZOHO_ORG_VIEWER_STORE=file pour conserver plutôt la connexion dans un fichier privé.
err-store-keychain-failed = Le trousseau du système a signalé un problème ({ $detail }). Réessayez, ou redémarrez l'ordinateur si le problème persiste.
err-store-keychain-thread = Org Viewer n'a pas pu lancer une tâche d'arrière-plan pour accéder au trousseau du système ({ $cause }). Fermez quelques programmes et réessayez.
err-store-no-settings-folder = Org Viewer n'a pas trouvé votre dossier de réglages, car votre dossier personnel est inconnu. Vérifiez que le réglage HOME (ou, sous Windows, USERPROFILE) désigne votre dossier personnel.
err-store-file-read = Org Viewer n'a pas pu lire { $file } : { $cause }. Vérifiez que le fichier et son dossier vous appartiennent.
err-store-file-write = Org Viewer n'a pas pu enregistrer { $file } : { $cause }. Vérifiez que le disque n'est pas plein et que le dossier vous appartient.
err-store-damaged-file = Org Viewer ne peut pas utiliser le fichier d'identifiants { $file } : { $reason }. Reconnectez-vous pour le remplacer.
err-store-damaged-org-list = Org Viewer ne peut pas lire sa liste d'organisations connectées dans { $file } : { $reason }. Reconnectez-vous pour la reconstituer.
err-store-corrupt = Org Viewer ne peut pas utiliser { $what ->
    [client] le client OAuth enregistré
   *[session] la connexion enregistrée
} dans { $location } : { $reason }. { $what ->
    [client] Saisissez à nouveau le Client ID et le Client Secret pour les remplacer.
   *[session] Reconnectez-vous pour la remplacer.
}
err-store-newer-version = { $what ->
    [client] Le client OAuth enregistré
   *[session] La connexion enregistrée
} dans { $location } provient d'une version plus récente d'Org Viewer (format { $version }). Mettez Org Viewer à jour, ou { $what ->
    [client] saisissez à nouveau le Client ID et le Client Secret pour les remplacer.
   *[session] reconnectez-vous pour la remplacer.
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE vaut « { $value } », une valeur qu'Org Viewer ne connaît pas. Indiquez "keyring" ou "file", ou supprimez ce réglage.

## A sign-in Zoho accepted that did not stick, and opening a saved one.

err-org-not-signed-in = Cette organisation n'est pas connectée sur cet ordinateur. Reconnectez-vous à celle-ci.
err-no-org-id = Zoho n'a pas indiqué l'organisation de cette connexion ; elle n'a donc pas été conservée. Reconnectez-vous.
err-sign-in-not-saved = La connexion n'a pas pu être enregistrée sur cet ordinateur ; elle a donc été annulée chez Zoho : { $error }
err-fix-go-back-sign-in = Revenez à l'application et reconnectez-vous.

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause and takes a capital letter.

err-fit-unknown = { $start ->
    [yes] Ce n'est pas une image que l'application sait lire (PNG, JPEG, GIF, WebP ou BMP)
   *[no] ce n'est pas une image que l'application sait lire (PNG, JPEG, GIF, WebP ou BMP)
}
err-fit-unsupported = { $start ->
    [yes] C'est une image { $format }, que l'application ne sait pas lire ; enregistrez-la d'abord en PNG ou en JPEG
   *[no] c'est une image { $format }, que l'application ne sait pas lire ; enregistrez-la d'abord en PNG ou en JPEG
}
err-fit-too-large = { $start ->
    [yes] Elle est trop grande pour que l'application puisse l'ouvrir ({ $detail }) ; réduisez-la d'abord
   *[no] elle est trop grande pour que l'application puisse l'ouvrir ({ $detail }) ; réduisez-la d'abord
}
err-fit-damaged = { $start ->
    [yes] Le fichier est endommagé
   *[no] le fichier est endommagé
}
err-fit-cannot-fit = { $start ->
    [yes] Elle dépasse toujours la limite de 1 Mo de Zoho, même très réduite
   *[no] elle dépasse toujours la limite de 1 Mo de Zoho, même très réduite
}

## Changing the logo did not go through (window and command line).

err-logo-wrong-org = Zoho a donné l'autorisation pour { $granted } et non pour l'organisation à modifier ; rien n'a donc été envoyé. Réessayez et choisissez { $wanted } sur la page de Zoho.
err-logo-current-unreadable = Le logo actuel n'a pas pu être lu pour en garder une copie ; rien n'a donc été modifié chez Zoho : { $error }
err-logo-backup-failed = Une copie du logo actuel n'a pas pu être enregistrée sur cet ordinateur ({ $cause }) ; rien n'a donc été modifié chez Zoho.
err-fix-logo-backup-failed = Vérifiez que votre dossier de données dispose d'espace libre et est accessible en écriture, puis réessayez.

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.

err-store-file-notice = Votre connexion est conservée dans { $location }, lisible par vous seul, { $reason ->
    [asked] comme le demande ZOHO_ORG_VIEWER_STORE=file
   *[no_keychain] car cet ordinateur n'a pas de trousseau système utilisable
}.
err-store-cause-locked = il est verrouillé ou n'a pas autorisé Org Viewer à l'utiliser
err-store-cause-timeout = il n'a pas répondu dans un délai de { $duration }
err-store-trouble-ambiguous = il contient plus d'une entrée pour Org Viewer
err-store-trouble-too-long = l'entrée dépasse sa limite de { $limit } caractères
err-store-trouble-not-text = une entrée d'Org Viewer n'est pas du texte lisible
err-store-trouble-vanished = une entrée a disparu pendant sa lecture
err-store-trouble-stopped = la tâche qui communique avec lui s'est arrêtée de façon inattendue

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.

err-cli-fix-login-again = Lancez `zoho-org-viewer login` pour vous reconnecter.
err-cli-fix-ports = { $fix } Vous pouvez aussi définir ZOHO_ORG_VIEWER_REDIRECT_PORT sur un port libre dont l'URI de redirection est enregistrée pour le client.

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.

err-client-id-empty = Saisissez le Client ID fourni par la console API de Zoho.
err-client-id-spaces = Le Client ID ne peut contenir ni espaces ni sauts de ligne. Copiez-le à nouveau depuis la console API de Zoho.
err-client-id-is-secret = Ceci ressemble au Client Secret. Collez ici le Client ID : il commence par « 1000. ».
err-client-id-prefix = Un Client ID Zoho commence par « 1000. ». Copiez-le à nouveau depuis la console API de Zoho.
err-client-id-characters = Après « 1000. », un Client ID Zoho ne contient que des lettres majuscules et des chiffres. Copiez-le à nouveau depuis la console API de Zoho.
err-client-id-length = Un Client ID Zoho compte { $expected } caractères après « 1000. », mais celui-ci en compte { $length }. Vérifiez qu'il a été copié en entier.
err-client-secret-empty = Saisissez le Client Secret fourni par la console API de Zoho.
err-client-secret-spaces = Le Client Secret ne peut contenir ni espaces ni sauts de ligne. Copiez-le à nouveau depuis la console API de Zoho.
err-client-secret-is-id = Ceci ressemble au Client ID. Collez ici le Client Secret : c'est le code le plus long, composé de lettres et de chiffres.
err-client-secret-characters = Un Client Secret Zoho ne contient que les chiffres 0 à 9 et les lettres a à f. Copiez-le à nouveau depuis la console API de Zoho.
err-client-secret-length = Un Client Secret Zoho compte { $expected } caractères, mais celui-ci en compte { $length }. Vérifiez qu'il a été copié en entier.

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".

err-preview-unsupported = L'application ne peut pas afficher les images { $format }, mais vous pouvez enregistrer le logo et l'ouvrir ailleurs.
err-preview-too-large = Le logo est trop grand pour être affiché ({ $detail }) ; vous pouvez quand même l'enregistrer.
err-preview-damaged = Le fichier du logo est endommagé et ne peut pas être affiché ; vous pouvez quand même l'enregistrer.
err-cli-sign-in-revoked = { $error } La connexion de { $org } a été supprimée de cet ordinateur ; lancez `zoho-org-viewer login` pour vous y reconnecter.
err-cli-some-orgs-failed = { $failed ->
    [one] { $failed } organisation sur { $total } n'a pas pu être récupérée ; voir les lignes ci-dessus.
   *[other] { $failed } organisations sur { $total } n'ont pas pu être récupérées ; voir les lignes ci-dessus.
}
err-cli-no-client = Aucun client Zoho n'est configuré pour la connexion. Créez un client Server-based Applications dans la console API de Zoho (https://api-console.zoho.com) avec l'URI de redirection { $redirect_uris }, puis définissez ZOHO_CLIENT_ID et ZOHO_CLIENT_SECRET avec son Client ID et son Client Secret.
err-cli-not-signed-in = Vous n'êtes connecté à aucune organisation sur cet ordinateur. Lancez d'abord `zoho-org-viewer login`.
err-cli-no-logo = Votre organisation n'a pas de logo dans Zoho CRM ; aucun fichier n'a donc été écrit.
err-cli-out-is-folder = { $path } est un dossier. Indiquez un nom de fichier pour le logo, par exemple { $example }.
err-cli-save-logo = Impossible d'enregistrer le logo dans { $path } : { $cause }. Vérifiez que le dossier existe et que vous pouvez y écrire ; rien n'a été écrit.
err-cli-revoke-failed = Déconnecté de { $org } sur cet ordinateur, mais Zoho n'a pas pu être invité à révoquer la connexion. { $reason } L'application a peut-être encore accès à Zoho tant que vous ne l'y avez pas supprimée : connectez-vous à votre compte Zoho, ouvrez Sessions, puis Applications connectées, et supprimez Org Viewer.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho a révoqué l'accès de l'application,
   *[no] Zoho n'a pas pu être invité à révoquer la connexion,
} mais la connexion de { $org } n'a pas pu être supprimée de cet ordinateur : { $error } Corrigez ce problème et relancez la commande.
err-cli-read-picture = Impossible de lire { $path } : { $cause }. Vérifiez le nom du fichier ; le logo n'a pas été modifié.
err-cli-picture = { $path } ne peut pas devenir le logo : { $why }. Le logo n'a pas été modifié.
err-cli-one-org-only = logo --out enregistre le logo d'une seule organisation ; indiquez un seul --org.
err-cli-some-logos-unchanged = { $failed ->
    [one] Le logo de { $failed } organisation sur { $total } n'a pas été modifié ; voir les lignes ci-dessus.
   *[other] Les logos de { $failed } organisations sur { $total } n'ont pas été modifiés ; voir les lignes ci-dessus.
}
err-cli-nothing-to-do = Indiquez quoi faire du logo : --out FILE, --set FILE ou --remove.
err-cli-runtime = Impossible de lancer le travail d'arrière-plan de la commande ({ $cause }). Fermez quelques programmes et réessayez.
err-cli-window = La fenêtre de l'application n'a pas pu s'ouvrir ({ $detail }). Vérifiez que vous êtes dans une session de bureau et que votre pilote graphique prend en charge OpenGL 2 ou une version ultérieure ; les commandes (login, org, logo, logout) fonctionnent sans fenêtre.
err-cli-choose-org = { $error } Désignez l'une de ces organisations par son ID, son domaine ou une partie de son nom qui n'appartient qu'à elle : { $choices }.
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = Vous n'êtes connecté à aucune organisation sur cet ordinateur.
err-store-no-match = Aucune organisation connectée ne correspond à « { $query } ».
err-store-ambiguous = « { $query } » correspond à plusieurs organisations connectées.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = le contenu n'est pas du JSON valide (ligne { $line }, colonne { $column })
err-damaged-not-object = le contenu n'est pas un objet JSON
err-damaged-no-version = la version du format manque
err-damaged-version-not-number = la version du format n'est pas un nombre
err-damaged-cut-short = le contenu est tronqué
err-damaged-unreadable = le contenu n'a pas pu être lu
err-damaged-missing-entry = une entrée obligatoire manque (champ manquant { $field })
err-damaged-wrong-kind = une entrée a une valeur du mauvais type
err-damaged-too-large = le fichier est beaucoup trop volumineux
err-damaged-not-text = le fichier ne contient pas de texte
err-damaged-symbolic-link = le fichier est un lien symbolique, qu'Org Viewer ne suit pas
err-damaged-not-a-file = ce n'est pas un fichier ordinaire (c'est un dossier, un tube nommé ou un périphérique)
err-damaged-newer-file = il provient d'une version plus récente d'Org Viewer (format { $version })
err-damaged-newer-list = elle a été écrite par une version plus récente de l'application ({ $version })
err-damaged-not-encoded = les données n'ont pas pu être encodées
err-damaged-empty-client-id = le Client ID est vide
err-damaged-empty-client-secret = le Client Secret est vide
err-damaged-empty = { $name ->
    [refresh] le jeton d'actualisation est vide
    [accounts] l'adresse du serveur de comptes est vide
   *[api] le domaine d'API est vide
}
err-damaged-expiry = la date d'expiration du jeton d'accès est hors limites
err-damaged-not-address = { $name ->
    [accounts] l'adresse du serveur de comptes n'est pas une adresse web
   *[api] le domaine d'API n'est pas une adresse web
}
err-damaged-no-org-id = Zoho a envoyé l'organisation sans son ID

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer s'est arrêté à cause d'une erreur interne. Un rapport se trouve dans { $file }.
err-crash-unreported = Org Viewer s'est arrêté à cause d'une erreur interne (le rapport n'a pas pu être écrit : { $error }).
err-crash-last-time = Org Viewer s'est fermé de manière inattendue la dernière fois. Si cela se reproduit, signalez-le et joignez { $file }.

## Logo changes.
err-logo-changed-done = Le logo de { $org } a été modifié.
err-logo-removed-done = Le logo de { $org } a été supprimé.
err-choose-logo-title = Choisir un nouveau logo
err-pictures-filter = Images
err-unknown-format = Format inconnu

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = envoyée telle quelle ({ $format }, { $sent }, { $size })
err-fit-converted = convertie de { $from } en { $to }, { $sizes }
err-fit-re-encoded = réencodée en { $format }, { $sizes }
err-fit-scaled = réduite de { $original } à { $sent }, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Elle respecte les limites de Zoho (1 Mo et 10 mégapixels).
err-fit-format-not-taken = Zoho n'accepte, à notre connaissance, que les logos PNG, JPEG et GIF.
err-fit-too-heavy = Zoho accepte les logos de 1 Mo au plus.
err-fit-too-many-pixels = Zoho accepte les logos de 10 mégapixels et 1 Mo au plus.
err-fit-still-too-heavy = Zoho accepte les logos de 1 Mo au plus, et le réencodage seul ne suffisait pas.
