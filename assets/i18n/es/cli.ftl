# La línea de comandos (zoho-org-viewer en un terminal). Los comandos, opciones, variables de
# entorno y rutas de archivo no se traducen.

## --help

cli-help-about = Org Viewer for Zoho CRM: vea los detalles y el logotipo de su organización de Zoho CRM.
cli-help-after =
    Sin un comando, se abre la ventana de la aplicación.

    Configuración (variables de entorno):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          El cliente OAuth de la consola de API de Zoho (https://api-console.zoho.com). Sin
          ellas, se usa el cliente guardado en la aplicación o integrado en ella.
      ZOHO_ACCOUNTS_URL
          Dónde empieza el inicio de sesión. Por defecto https://accounts.zoho.com (Zoho redirige
          a todos los centros de datos salvo el de China); en China, use
          https://accounts.zoho.com.cn. Debe ser https, o http simple en este equipo (127.0.0.1 o
          localhost) para el Zoho simulado.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Recibir el inicio de sesión solo en este puerto, para cuando los puertos 17645 a 17647
          están ocupados en este equipo. El URI de redirección http://127.0.0.1:PORT/callback debe
          estar registrado entonces para el cliente en la consola de API de Zoho.
      ZOHO_ORG_VIEWER_STORE
          Dónde se guarda el inicio de sesión: "keyring" (el llavero del sistema) o "file" (un
          archivo en su carpeta de configuración que solo usted puede leer). Por defecto: el
          llavero, o el archivo si este equipo no tiene llavero.
      RUST_LOG
          Cuánto registrar en stderr, p. ej. "info" o "debug" (por defecto "warn"). Los tokens y
          el secreto del cliente nunca se muestran ni se registran, en ningún nivel.

    Código de salida: 0 si todo fue bien; 1 si algo salió mal, con el motivo en stderr; 2 si la
    propia línea de comandos es incorrecta.
cli-help-usage = Uso:
cli-help-commands = Comandos
cli-help-arguments = Argumentos
cli-help-options = Opciones
cli-help-flag-help = Mostrar la ayuda
cli-help-flag-version = Mostrar la versión
cli-help-demo = Abrir la aplicación con el Zoho simulado integrado (no hace falta una cuenta de Zoho).
cli-help-login = Iniciar sesión en Zoho en su navegador; la organización que elija allí se añade (o se renueva).
cli-help-login-long =
    Iniciar sesión en Zoho en su navegador; la organización que elija allí se añade (o se renueva).

    Abre la página de inicio de sesión de Zoho en su navegador (en Linux, el indicado por $BROWSER, si está definido) y también muestra su dirección, por si no se abre ningún navegador. Después espera hasta 3 minutos a que el navegador vuelva. La organización elegida en la página de Zoho pasa a ser la actual.
cli-help-orgs = Listar las organizaciones con sesión iniciada en este equipo, con la actual marcada.
cli-help-orgs-json = Mostrar en su lugar un array JSON (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Hacer de ORG la organización actual (la que usan los comandos sin --org).
cli-help-switch-org = La organización: su ID, zgid, nombre de dominio o una parte del nombre de su empresa.
cli-help-org = Mostrar los detalles de una organización, agrupados y en palabras sencillas.
cli-help-org-org = La organización (por defecto: la actual): ID, zgid, dominio o una parte de su nombre.
cli-help-org-all = Todas las organizaciones con sesión iniciada, obtenidas a la vez.
cli-help-org-json = Mostrar en su lugar el objeto org de Zoho como JSON, con todas las claves que envió Zoho (con --all, un array de ellos).
cli-help-logo = Guardar el logotipo de una organización en un archivo (--out), o cambiarlo (--set) o eliminarlo (--remove).
cli-help-logo-long =
    Guardar el logotipo de una organización en un archivo (--out), o cambiarlo (--set) o eliminarlo (--remove).

    --set y --remove abren Zoho una vez en su navegador para pedir permiso para cambiar el logotipo; el permiso se guarda solo en memoria y se olvida al terminar el cambio. Antes, el logotipo actual se guarda en la carpeta de datos de la aplicación. Una imagen que supere los límites de Zoho (1 MB, 10 megapíxeles) se reduce y se vuelve a codificar para que quepa.
cli-help-logo-out = Guardar el logotipo en este archivo, byte a byte tal como lo envía Zoho (se reemplaza si existe; se escribe entero o nada).
cli-help-logo-set = Hacer de esta imagen (PNG, JPEG, GIF, WebP o BMP) el logotipo de la organización.
cli-help-logo-remove = Eliminar el logotipo de la organización.
cli-help-logo-org = La organización (por defecto: la actual). Con --set o --remove, indíquela más de una vez para cambiar varias organizaciones, una tras otra (Zoho pide permiso para cada una en el navegador).
cli-help-logout = Revocar un inicio de sesión en Zoho y olvidarlo en este equipo (por defecto: la organización actual).
cli-help-logout-org = La organización de la que cerrar sesión.
cli-help-logout-all = Cerrar sesión en todas las organizaciones.
cli-help-sim = Ejecutar el Zoho simulado en primer plano y mostrar sus direcciones (Ctrl-C lo detiene).
cli-help-sim-orgs = Simular un usuario en N organizaciones inventadas en lugar de las tres de la demo (para pruebas de rendimiento).

## Configuración que no se puede usar

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL no es una dirección web. Póngale el servidor de inicio de sesión de Zoho, como https://accounts.zoho.com, o quítela.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL es { $value }, pero debe empezar por https:// (el http simple solo se permite en este equipo, como http://127.0.0.1:PORT para el Zoho simulado). Corríjala, o quítela para usar https://accounts.zoho.com.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL no debe contener un nombre de usuario ni una contraseña. Póngale solo la dirección del servidor, como https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT es "{ $value }", pero debe ser un número de puerto del 1 al 65535 (uno cuyo URI de redirección http://127.0.0.1:PORT/callback esté registrado para el cliente). Corríjala, o quítela para usar los puertos 17645 a 17647.
cli-startup-setting-refused = La aplicación se inició con una configuración que no puede usar, así que usa su configuración habitual.
cli-startup-setting-refused-next = Quien configuró este equipo puede corregir o quitar la configuración indicada en Detalles y después reiniciar la aplicación.
cli-log-setting-unreadable = No se pudo leer RUST_LOG ({ $error }); solo se muestran advertencias y errores.

## login

cli-login-opening = Abriendo la página de inicio de sesión de Zoho en su navegador. Si no se abre, vaya a esta dirección:
cli-login-waiting = Esperando hasta { $duration } a que termine en el navegador (Ctrl-C cancela). En la página de Zoho, elija la organización que desea añadir.
cli-login-added = Sesión iniciada en Zoho: se añadió { $org } ({ $place }); ahora es la organización actual.
cli-login-renewed = Se renovó el inicio de sesión de { $org } ({ $place }); ahora es la organización actual.
cli-login-old-not-revoked = No se pudo revocar en Zoho el inicio de sesión que este reemplaza ({ $error }); puede quitarlo en Sesiones, Aplicaciones conectadas de su cuenta de Zoho.
cli-where-both = { $environment }, { $place }
cli-where-centre = centro de datos de Zoho en { $centre }
cli-where-unknown = centro de datos desconocido
cli-browser-not-opened = No se pudo abrir un navegador ({ $problem }). Abra la dirección de arriba en su navegador para continuar.
cli-browser-fallback = Si el navegador no se abre, vaya a esta dirección:

## Tipo y centro de datos de una organización

cli-environment = { $kind ->
    [production] Producción
    [sandbox] Sandbox
    [developer] Desarrollador
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] producción
    [sandbox] sandbox
    [developer] desarrollador
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] Estados Unidos
    [eu] Europa
    [in] India
    [au] Australia
    [jp] Japón
    [cn] China
    [ca] Canadá
    [sa] Arabia Saudí
    [uk] Reino Unido
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Desconocido

## orgs

cli-orgs-heading-organization = Organización
cli-orgs-heading-environment = Entorno
cli-orgs-heading-data-centre = Centro de datos
cli-orgs-heading-id = ID
cli-orgs-current-marked = La organización actual está marcada con *; `zoho-org-viewer switch ORG` la cambia.
cli-orgs-none = No tiene sesión iniciada en ninguna organización en este equipo. Ejecute `zoho-org-viewer login` para añadir una.

## switch, logout

cli-now-current = { $org } es ahora la organización actual.
cli-logout-nothing = No tiene sesión iniciada en Zoho, así que no había nada que cerrar.
cli-logout-done = Sesión cerrada en { $org }: Zoho revocó el acceso de la aplicación y el inicio de sesión se eliminó de este equipo.

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = Logotipo ({ $description }) guardado en { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } píxeles, { $size }
cli-logo-extension-note = Nota: el logotipo es una imagen { $format }, pero el nombre del archivo termina en .{ $extension }; algunos programas se guían por el nombre, así que { $suggested } podría ser más adecuado.
cli-picture-is = Imagen: { $change }.
cli-picture-was = Imagen: { $change }. { $why }
cli-logo-one-at-a-time = Zoho da permiso para una sola organización cada vez, así que su navegador se abre una vez para cada una de estas { $total } organizaciones, por turnos.
cli-logo-progress = { $number } de { $total }: { $org }
cli-logo-permission = Para cambiar el logotipo de { $org }, Zoho pide una vez en su navegador permiso para cambiarlo; la aplicación guarda ese permiso solo en memoria y lo olvida al terminar. En la página de Zoho, elija { $org }.
cli-logo-waiting = Esperando hasta { $duration } a que termine en el navegador (Ctrl-C cancela).
cli-logo-changed = Se cambió el logotipo de { $org }.
cli-logo-removed = Se eliminó el logotipo de { $org }.
cli-logo-backup-saved = Se guardó una copia del logotipo actual en { $file }.
cli-logo-no-backup = { $org } no tenía logotipo, así que no había nada de lo que guardar una copia.
