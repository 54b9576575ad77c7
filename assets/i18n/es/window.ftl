# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

# The menu button in the top bar; keep the ☰ sign in front.
ui-menu = ☰ Menú
# Screen-reader text of the small app icon at the left of the top bar.
ui-app-icon = Icono de la aplicación
# Badge beside the app name while the demo (a simulated Zoho) runs; one short word.
ui-demo-badge = Demo
# Menu heading above the three theme choices.
ui-appearance = Apariencia
ui-theme-system = Igual que el sistema
ui-theme-light = Claro
ui-theme-dark = Oscuro
# Menu heading above the list of signed-in organizations (Zoho's term for a CRM account).
ui-organizations = Organizaciones
ui-add-organization = Añadir una organización…
ui-sign-out-this = Cerrar sesión en esta organización…
ui-sign-out-all = Cerrar sesión en todas…
ui-about = Acerca de Org Viewer…

## About window.

# Screen-reader text of the large app icon (welcome screen and About).
ui-app-icon-large = Icono de Org Viewer
# { $version } is the version number, e.g. 1.4.0.
ui-version = Versión { $version }
ui-about-text = Muestra los detalles y el logotipo de su organización de Zoho CRM. Solo lee datos, salvo el logotipo cuando usted lo cambia, con un permiso de un solo uso de Zoho que olvida al terminar.
# A link to the user guide.
ui-help-link = Ayuda para usar la aplicación
# { $place } is where the sign-in is kept: "the system keychain" (ui-system-keychain) or a file path.
ui-sign-in-kept-in = Su inicio de sesión se guarda en { $place }.
ui-open-data-folder = Abrir la carpeta de datos
ui-not-by-zoho = Esta aplicación no es de Zoho. Zoho y Zoho CRM son marcas comerciales de Zoho Corporation.
ui-close = Cerrar
# Where secrets are kept unless a file is used; inserted into "kept in { $place }".
ui-system-keychain = el llavero del sistema

## Waiting screens (a spinner with one line).

ui-starting = Iniciando…
ui-loading-org = Cargando su organización…

## Status area at the bottom of the window.

# Shown when there is nothing to say.
ui-ready = Listo
# A confirmation; keep the ✔ sign in front. { $text } is the confirmation itself.
ui-done = ✔ { $text }
# A problem's summary; keep the ⚠ sign in front. { $text } is the summary.
ui-problem-line = ⚠ { $text }
# A notice found at start-up, passed on as it is.
ui-notice = { $text }
ui-details-show = Detalles
ui-details-hide = Ocultar detalles
ui-copy-details = Copiar detalles
# Hover text and screen-reader label of the × that closes a message.
ui-close-message-hover = Cerrar este mensaje
ui-close-message = Cerrar mensaje

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = Sesión iniciada de nuevo en { $name }
ui-added-org = Se añadió { $name }
ui-logo-copied = Logotipo copiado al portapapeles
ui-signed-out = Sesión cerrada
ui-demo-notice = Demo: está iniciando sesión en un Zoho simulado en este equipo.
ui-demo-left = Salió de la demo
ui-logo-saved = Logotipo guardado en { $path }
# { $format } is a file format such as PDF or JSON.
ui-export-saved = { $format } guardado en { $path }
ui-overview-saved = Vista general guardada en { $path }
ui-copying-logo = Copiando el logotipo…
ui-signing-out = Cerrando sesión…
# A problem: what happened, then what to do.
ui-bad-sign-in-address = La dirección de inicio de sesión no se puede leer.
ui-reinstall = Vuelva a instalar la aplicación.

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = ¿Cerrar sesión en { $name }?
# Used for { $name } when the organization's name is not known.
ui-this-organization = esta organización
ui-sign-out-body = La aplicación olvida el inicio de sesión de esta organización en este equipo y pide a Zoho que lo termine. Las demás organizaciones siguen con la sesión iniciada. Puede volver a iniciar sesión en cualquier momento.
ui-sign-out-confirm = Sí, cerrar sesión

## Shared buttons.

ui-cancel = Cancelar
# A small copy button beside a value, and what it says for a moment after a click (keep ✔).
ui-copy = Copiar
ui-copied = ✔ Copiado
# Screen-reader label and hover text of a copy button; { $what } names the value, e.g. "Organization ID".
ui-copy-what = Copiar { $what }
ui-copied-what = Copiado: { $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = No se pudo cargar la organización
ui-load-failed-body = Lo que ocurrió y qué hacer se muestran en la parte inferior de la ventana.
ui-try-again = Reintentar
ui-sign-out = Cerrar sesión…

## Welcome screen.

ui-region-global = Todo el mundo salvo China
# zoho.com.cn is a web address; keep it.
ui-region-china = China (zoho.com.cn)
ui-welcome-tagline = Vea los detalles y el logotipo de su organización, copie cualquier valor y guarde el logotipo.
ui-sign-in-with-zoho = Iniciar sesión con Zoho
ui-browser-opens = Su navegador abre la página de inicio de sesión de Zoho. La aplicación nunca ve su contraseña.
# Label before the region choice (Everywhere except China / China).
ui-account-in = Cuenta de Zoho en
ui-no-account = ¿No tiene una cuenta de Zoho a mano?
ui-try-demo = Probar la demo
ui-try-demo-hover = Abre la aplicación con una organización simulada; no hace falta una cuenta
ui-change-client = Cambiar el cliente de Zoho…
ui-in-demo = Está en la demo. Inicia sesión en un Zoho simulado en este equipo; no hace falta una cuenta.
ui-demo-sign-in-again = Volver a iniciar sesión en la demo
ui-leave-demo = Salir de la demo
ui-leave-demo-hover = Volver a sus propias organizaciones de Zoho

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = Esperando a que inicie sesión
ui-sign-in-page-open = La página de inicio de sesión de Zoho está abierta en su navegador. Inicie sesión allí y permita el acceso; después vuelva aquí.
ui-preparing-sign-in = Preparando el inicio de sesión…
# { $left } is minutes and seconds, e.g. 2:05.
ui-time-left = Tiempo restante: { $left }
ui-open-sign-in-again = Abrir de nuevo la página de inicio de sesión
ui-browser-did-not-open = ¿No se abrió el navegador? Copie esta dirección en su navegador:
# Names the value for "Copy { $what }" (ui-copy-what).
ui-sign-in-address = dirección de inicio de sesión

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = Conectar la aplicación con Zoho
ui-connect-intro = Zoho necesita conocer esta aplicación antes de que usted pueda iniciar sesión. Esto lleva unos dos minutos y se hace una sola vez.
ui-step-console = Abra la consola de API de Zoho e inicie sesión:
ui-step-add-client = Elija Add client y luego Server-based Applications. Sirve cualquier nombre y el sitio web de su empresa.
ui-step-redirect = En Authorized redirect URIs, añada cada uno de estos exactamente como está escrito:
# Names the value for "Copy { $what }"; { $uri } is a web address.
ui-redirect-uri = URI de redirección { $uri }
ui-redirect-ports = La aplicación usa el segundo y el tercero solo cuando otro programa ocupa el primer puerto.
ui-step-create = Cree el cliente y después copie aquí su Client ID y su Client Secret:
ui-client-id = Client ID
ui-client-id-hint = Pegue el Client ID de Zoho
ui-client-secret = Client Secret
ui-client-secret-hint = Pegue el Client Secret de Zoho
# A tick box that shows the secret as typed.
ui-show = Mostrar
ui-save-and-sign-in = Guardar e iniciar sesión
ui-back = Atrás
ui-try-demo-instead = Probar la demo en su lugar
# { $place } is "the system keychain" (ui-system-keychain) or a file path.
ui-secret-kept-in = El secreto del cliente se guarda en { $place }.

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = Guardar logotipo
ui-export-pdf-title = Exportar como PDF
ui-export-json-title = Exportar como JSON
ui-export-overview-title = Exportar la vista general como CSV
# { $name } is a file name.
ui-file-exists = Ya existe ahí un archivo llamado "{ $name }". ¿Desea reemplazarlo?
ui-replace = Reemplazar
ui-choose-another-name = Elegir otro nombre
# { $what } is "logo" for the logo and "file" for an export.
ui-type-where = Este equipo no ofreció su selector de archivos habitual, así que escriba aquí dónde debe guardarse { $what ->
        [logo] el logotipo
       *[file] el archivo
    }. Las carpetas que aún no existen se crean.
ui-save-as = Guardar como
ui-save = Guardar

## Logo panel on the org screen.

ui-logo-heading = Logotipo
# Screen-reader label of the logo picture.
ui-org-logo = Logotipo de la organización
ui-loading-logo = Cargando el logotipo…
ui-no-logo-yet = Esta organización no tiene logotipo.
ui-logo-failed = No se pudo cargar el logotipo. Actualice para volver a intentarlo.
ui-copy-image = Copiar imagen
ui-copy-image-hover = Poner la imagen en el portapapeles
ui-save-logo = Guardar logotipo…
ui-save-logo-hover = Guardar el archivo del logotipo exactamente como lo envió Zoho (Ctrl+S)
ui-saved-to = Guardado en { $path }
ui-open-folder = Abrir carpeta

## Changing the logo (below the logo panel).

ui-grant-sentence = Zoho pide una vez en su navegador permiso para cambiar el logotipo; la aplicación guarda ese permiso solo en memoria y lo olvida al terminar el cambio.
ui-change-logo-button = Cambiar logotipo…
ui-change-logo-hover = Elija una imagen nueva; verá exactamente lo que se enviará antes de que cambie nada. También puede soltar una imagen en la ventana o pegarla.
ui-paste-picture = Pegar imagen
ui-paste-picture-hover = Usar la imagen del portapapeles como nuevo logotipo
ui-remove-logo-button = Eliminar logotipo…
ui-remove-logo-hover = Eliminar el logotipo en Zoho CRM; antes se guarda una copia
ui-fitting = Ajustando la imagen a los límites de Zoho…
ui-new-logo = Nuevo logotipo
# { $measure } reads like "JPEG · 3651 × 2738 px · 0.98 MB".
ui-chosen = Elegida: { $measure }
ui-will-be-sent = Se enviará: { $measure }
ui-change-logo = Cambiar logotipo
# "Earlier logos" is the heading of the list of saved copies (ui-earlier-logos).
ui-remove-question = ¿Eliminar el logotipo de esta organización en Zoho CRM? Antes se guarda una copia en este equipo; puede restaurarla desde Logotipos anteriores.
ui-remove-confirm = Sí, eliminar el logotipo
# { $name } is a company name from Zoho.
ui-waiting-permission = Esperando su permiso en el navegador. En la página de Zoho, elija { $name }.
ui-opening-zoho = Abriendo Zoho en su navegador…
ui-backup-saved = El logotipo anterior se guardó en { $path }.
# { $count } is how many copies are listed.
ui-earlier-logos = Logotipos anteriores ({ $count })
ui-earlier-logos-note = Guardados en este equipo antes de cada cambio. Restaurar pide permiso a Zoho en su navegador, una vez.
ui-restore = Restaurar
ui-restore-hover = Volver a usar este logotipo
ui-also-change = Cambiar también estas organizaciones de la misma forma:
# { $count } is the number of organizations (always 2 or more).
ui-one-at-a-time = Zoho da permiso para una sola organización cada vez, así que su navegador se abre una vez para cada una de estas { $count } organizaciones, por turnos; cada una recibe su propia copia de su logotipo actual.
# Captions over the current logo and the new one, side by side; short.
ui-now = Ahora
ui-after-change = Después del cambio
# Screen-reader labels of those two pictures.
ui-logo-now = Logotipo actual
ui-logo-after-change = Logotipo después del cambio
ui-no-logo = Sin logotipo
# { $why } is a sentence from the fitting, starting in lower case.
ui-sent-as-is = La imagen se envía tal como está: { $why }
# { $what } says what fitting did (e.g. "made smaller"); { $why } a sentence in lower case.
ui-picture-was = La imagen se ajustó ({ $what }) porque { $why }
ui-fit-why = { $reason ->
    [unchanged] está dentro de los límites de Zoho de 1 MB y 10 megapíxeles.
    [converted] solo se sabe que Zoho acepta logotipos PNG, JPEG y GIF.
    [re-encoded] Zoho acepta logotipos de 1 MB como máximo.
    [scaled-pixels] Zoho acepta logotipos de 10 megapíxeles y 1 MB como máximo.
   *[scaled-bytes] Zoho acepta logotipos de 1 MB como máximo, y volver a codificarla no bastó.
}
ui-fit-change = { $change ->
    [converted] convertida de { $from } a { $to }, { $sizes }
    [re-encoded] recodificada como { $to }, { $sizes }
   *[scaled] reducida de { $from } a { $to }, { $sizes }
}
