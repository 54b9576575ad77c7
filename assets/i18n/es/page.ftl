# La página que muestra el navegador después de iniciar sesión en Zoho.

page-signed-in-title = Ha iniciado sesión
page-signed-in-message = Org Viewer for Zoho CRM ya puede mostrar su organización.
page-close-tab = Puede cerrar esta pestaña y volver a la aplicación.
page-write-granted-title = Permiso recibido
page-write-granted-message = Org Viewer for Zoho CRM está cambiando el logotipo ahora y olvidará el permiso en cuanto termine.
page-added-title = Se añadió { $org }
page-renewed-title = Ha vuelto a iniciar sesión en { $org }
page-added-message = Org Viewer for Zoho CRM ahora muestra { $org }.

page-not-completed-title = El inicio de sesión no se completó
page-zoho-code = Código de Zoho: { $code }
page-already-over-title = Este inicio de sesión ya terminó
page-already-over-message = Este inicio de sesión ya se usó o ha caducado.
page-already-over-next = Vuelva a la aplicación; si allí no ha iniciado sesión, vuelva a iniciarla.
page-not-found = No encontrado
