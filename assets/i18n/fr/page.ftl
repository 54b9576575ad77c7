# La page que le navigateur affiche après la connexion à Zoho.

page-signed-in-title = Vous êtes connecté
page-signed-in-message = Org Viewer for Zoho CRM peut maintenant afficher votre organisation.
page-close-tab = Vous pouvez fermer cet onglet et revenir à l'application.
page-write-granted-title = Autorisation reçue
page-write-granted-message = Org Viewer for Zoho CRM modifie le logo maintenant, et oublie l'autorisation dès que c'est fait.
page-added-title = { $org } a été ajoutée
page-renewed-title = Vous êtes de nouveau connecté à { $org }
page-added-message = Org Viewer for Zoho CRM affiche maintenant { $org }.

page-not-completed-title = La connexion n'a pas abouti
page-zoho-code = Code Zoho : { $code }
page-already-over-title = Cette connexion est déjà terminée
page-already-over-message = Cette connexion a déjà été utilisée ou a expiré.
page-already-over-next = Revenez à l'application ; si vous n'y êtes pas connecté, recommencez la connexion.
page-not-found = Introuvable
