# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Keep Zoho's own terms (client ID, client secret, redirect URI, scope names such as
# ZohoCRM.org.READ, API console, Sessions, Connected apps) as Zoho's interface names them
# in your language; scope names and environment variables (ZOHO_CLIENT_ID) never change.

## The Details part of a problem, and the text copied for a support ticket.
# Labels of the Details list.
err-label-zoho-code = Código de Zoho
err-label-http-status = Estado HTTP
err-label-detail = Detalle
err-label-time = Hora
err-label-app = Aplicación
# One line of the copied details: a label above and its value (a code, a number, Zoho's
# own English text, a date).
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
# A summary naming Zoho's error code; $sentence is the summary without its final full stop,
# $code a code such as NO_PERMISSION (never translated).
err-with-code = { $sentence } (código de Zoho { $code }).
# Two whole sentences one after the other: what happened, then what to do.
err-two-sentences = { $first } { $second }
# A length of time inside other sentences ("Wait 2 minutes and try again.").
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
   *[seconds] { $count ->
        [one] 1 segundo
       *[other] { $count } segundos
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = Zoho no aceptó la forma en que esta aplicación pidió { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-oauth-scope-mismatch = Su inicio de sesión no incluye permiso para leer { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-authentication-failure = Zoho no aceptó el inicio de sesión de esta aplicación cuando pidió { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-no-permission = Su usuario de Zoho CRM no tiene permiso para leer { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-invalid-url-pattern = Zoho no reconoció la dirección que esta aplicación usó para { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-internal-error = Zoho tuvo un problema interno al enviar { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-authorization-failed = Su usuario de Zoho CRM no tiene los privilegios necesarios para leer { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-crm-invalid-token = Su inicio de sesión en Zoho caducó o fue revocado.
# $code is Zoho's error code, such as LIMIT_REACHED.
err-crm-other = Zoho se negó a enviar { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
} ({ $code }).
err-fix-update-app = Actualice Org Viewer a la última versión. Si eso no ayuda, informe del problema e indique el código de error.
err-fix-read-scope = Cierre sesión, vuelva a iniciarla y permita el acceso cuando Zoho lo pida. El cliente de Zoho debe tener permitido el alcance ZohoCRM.org.READ.
err-fix-sign-in-again = Vuelva a iniciar sesión.
err-fix-ask-admin-view = Pida a su administrador de Zoho CRM un perfil que pueda ver la configuración de la organización.
err-fix-internal = Vuelva a intentarlo en unos minutos. Si sigue ocurriendo, comuníquese con el soporte de Zoho e indique el código de error.
err-fix-crm-other = Vuelva a intentarlo. Si sigue ocurriendo, comuníquese con el soporte de Zoho e indique el código de error.

## Zoho's limit on how often the app may ask.
err-rate-limited = En este momento Zoho está limitando la frecuencia con la que esta aplicación puede pedir datos.
err-fix-long-pause = Zoho pidió una pausa larga; vuelva a intentarlo más tarde.
# $duration is a length of time (see err-duration).
err-fix-wait = Espere { $duration } y vuelva a intentarlo.
err-fix-wait-a-minute = Espere un minuto y vuelva a intentarlo.

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = No se pudo conectar con Zoho.
err-network-host = No se pudo conectar con Zoho ({ $host }).
err-fix-network = Compruebe su conexión a Internet y vuelva a intentarlo. Si usa un proxy o una VPN, asegúrese de que permita a la aplicación llegar a Zoho.
err-dropped = La conexión con Zoho se cortó antes de que llegara la respuesta.
err-dropped-host = La conexión con Zoho ({ $host }) se cortó antes de que llegara la respuesta.
err-fix-dropped = Vuelva a intentarlo en un momento. Si sigue ocurriendo, puede que un proxy, una VPN o un firewall esté cortando la conexión con Zoho.
err-timeout = Zoho no respondió a tiempo.
err-fix-timeout = Compruebe su conexión a Internet y vuelva a intentarlo en un momento.

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = La respuesta de Zoho con { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
} superaba los { $megabytes } MB, así que la aplicación dejó de leerla.
err-fix-too-large = Vuelva a intentarlo más tarde. Si sigue ocurriendo, comuníquese con el soporte de Zoho.
err-html-page = Llegó una página web en lugar de { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}; algo entre usted y Zoho respondió en lugar de Zoho.
err-cut-off = La respuesta con { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
} se cortó antes de estar completa.
err-not-zoho-json = No se pudo leer la respuesta de Zoho con { $what ->
    [logo] el logotipo
    [accounts] el inicio de sesión
   *[org] los detalles de la organización
}.
err-no-organization = La respuesta de Zoho no contenía ninguna organización.
err-redirected = La solicitud { $what ->
    [logo] del logotipo
    [accounts] del inicio de sesión
   *[org] de los detalles de la organización
} se redirigió a otra dirección; la aplicación no sigue redirecciones, así que no se envió nada allí.
err-fix-html-page = Si su red le pide iniciar sesión en un portal Wi-Fi o en un proxy, hágalo primero y vuelva a intentarlo.
err-fix-cut-off = Compruebe su conexión a Internet y vuelva a intentarlo.
err-fix-unreadable = Vuelva a intentarlo. Si sigue ocurriendo, comuníquese con el soporte de Zoho.
err-fix-redirected = Vuelva a intentarlo. Si sigue ocurriendo, avise a su equipo de TI: puede que algo entre usted y Zoho esté redirigiendo la aplicación.

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = El código de inicio de sesión de Zoho había caducado o ya se había usado.
err-token-revoked = Su inicio de sesión guardado en Zoho ya no es válido; es posible que se haya revocado.
err-token-invalid-client = Zoho no reconoce el ID del cliente de esta aplicación para el centro de datos de su cuenta.
err-token-invalid-secret = Zoho no aceptó el secreto del cliente de esta aplicación.
err-token-invalid-redirect = Zoho no aceptó la dirección a la que vuelve el inicio de sesión (el URI de redirección).
err-token-access-denied = Zoho está rechazando nuevos inicios de sesión de esta aplicación durante unos minutos.
err-token-throttled = Zoho pausó el acceso nuevo para este inicio de sesión porque se pidió demasiadas veces en poco tiempo.
err-token-revoke-other = Zoho no pudo cerrar la sesión de esta aplicación ({ $code }).
err-token-other = Zoho rechazó el inicio de sesión ({ $code }).
# "multi-DC" is Zoho's own name of the setting.
err-fix-invalid-client = Compruebe el ID del cliente. En la consola de API de Zoho, abra la configuración (Settings) del cliente y active su centro de datos (multi-DC); después vuelva a iniciar sesión.
err-fix-invalid-secret = Vuelva a copiar el secreto del cliente desde la consola de API de Zoho e introdúzcalo de nuevo.
# $uris is a list of addresses, such as http://127.0.0.1:17645/callback, separated by commas.
err-fix-invalid-redirect = En la consola de API de Zoho, añada al cliente estos URI de redirección exactamente como están escritos: { $uris }.
err-fix-wait-ten-minutes = Espere unos 10 minutos y vuelva a intentarlo.
err-fix-revoke-other = También puede quitar la aplicación en su cuenta de Zoho, en Sesiones, Aplicaciones conectadas.
err-fix-token-other = Intente volver a iniciar sesión. Si sigue ocurriendo, informe del problema e indique el código de error.

## The sign-in in the browser did not complete.
err-state-mismatch = La respuesta del navegador no correspondía a este inicio de sesión, así que la aplicación la ignoró.
# $server and $domain are web addresses.
err-accounts-server-not-allowed = El inicio de sesión volvió indicando { $server }, que no es un servidor de inicio de sesión de Zoho, así que la aplicación se detuvo sin contactarlo.
err-api-domain-not-allowed = La respuesta de Zoho indicó { $domain } como dirección del CRM, pero no es una dirección de Zoho, así que la aplicación no la usará.
# $count is how many ports were tried (0 when unknown); $ports lists all but the last,
# separated by commas; $last is the last port (a number such as 17647).
err-ports-unavailable = La aplicación no pudo recibir el inicio de sesión porque { $count ->
    [0] el puerto de inicio de sesión está
    [one] el puerto { $last } está
   *[other] los puertos { $ports } y { $last } están
} en uso por otro programa.
# $duration is a length of time (see err-duration).
err-sign-in-timed-out = El inicio de sesión no se terminó en { $duration }.
err-sign-in-cancelled = Se canceló el inicio de sesión.
err-denied-in-browser = No se permitió el acceso en la página de consentimiento de Zoho.
# $error is Zoho's own code, such as server_error.
err-zoho-refused-sign-in = Zoho no pudo completar el inicio de sesión ({ $error }).
err-missing-code = El navegador volvió sin un código de inicio de sesión de Zoho.
err-no-refresh-token = Zoho no dio a la aplicación un inicio de sesión duradero.
err-fix-restart-sign-in = Vuelva a iniciar sesión desde la aplicación y termine el proceso en la pestaña del navegador que se abre.
err-fix-interference = Vuelva a intentarlo. Si vuelve a ocurrir, avise a su equipo de TI: puede que algo esté interfiriendo con el inicio de sesión.
err-fix-ports = Cierre el otro programa (u otra copia de esta aplicación) y vuelva a intentarlo.
err-fix-timed-out = Vuelva a iniciar sesión y complete el proceso en su navegador.
err-fix-cancelled = Vuelva a iniciar sesión cuando esté listo.
err-fix-denied = Vuelva a iniciar sesión y permita el acceso para que la aplicación pueda leer su organización.
err-fix-zoho-refused = Vuelva a intentarlo. Si sigue ocurriendo, informe del problema e indique el código de error.
err-fix-no-refresh-token = Cierre sesión y vuelva a iniciarla para que Zoho le pida su consentimiento.

## Nothing to sign in with.
err-not-signed-in = No ha iniciado sesión en Zoho.
err-fix-sign-in-first = Primero inicie sesión con Zoho.
# ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET are environment variables: never translate them.
err-no-client = Esta aplicación aún no está configurada con un cliente de Zoho.
err-fix-no-client = Introduzca el ID y el secreto del cliente de la consola de API de Zoho, o defina ZOHO_CLIENT_ID y ZOHO_CLIENT_SECRET.

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = Zoho rechazó el logotipo por ser demasiado grande. No se cambió nada en Zoho.
err-fix-logo-too-large = Zoho acepta como máximo 1 MB y 10 megapíxeles; elija una imagen más pequeña.
err-logo-not-a-picture = Zoho no aceptó el archivo como imagen. No se cambió nada en Zoho.
err-fix-logo-not-a-picture = Elija una imagen PNG, JPEG o GIF.
err-logo-no-write-scope = El permiso que dio Zoho no permite cambiar el logotipo. No se cambió nada en Zoho.
err-fix-logo-no-write-scope = Vuelva a intentarlo y permita el acceso cuando Zoho lo pida. El cliente de Zoho debe tener permitido el alcance ZohoCRM.org.ALL.
err-logo-not-allowed = Su usuario de Zoho CRM no puede cambiar el logotipo de esta organización. No se cambió nada en Zoho.
err-fix-logo-not-allowed = Pida a su administrador de Zoho CRM un perfil que pueda cambiar la configuración de la organización.
err-logo-outcome-unknown = La conexión con Zoho terminó antes de que Zoho indicara si el logotipo cambió.
# $then is another problem's fix, a whole sentence.
err-fix-logo-outcome-unknown = Revise el logotipo en Zoho CRM antes de volver a intentarlo. { $then }
# $summary is another problem's summary, a whole sentence.
err-logo-unchanged = { $summary } No se cambió nada en Zoho.

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = Compruebe el ID y el secreto del cliente y vuelva a intentarlo.
err-client-not-saved = No se pudo guardar el cliente.
err-fix-client-not-saved = Aun así puede iniciar sesión ahora; la próxima vez se le volverá a pedir el cliente.
err-sign-in-not-opened = No se pudo abrir el inicio de sesión.
# $error is a whole sentence saying why (from the settings store).
err-sign-out-not-forgotten = Se cerró la sesión, pero no se pudo eliminar el inicio de sesión de este equipo: { $error }
err-fix-sign-out-again = Intente cerrar sesión de nuevo.
err-sign-out-not-told = Cerró la sesión en este equipo, pero no se pudo avisar a Zoho.
err-fix-sign-out-not-told = Para estar seguro, quite la aplicación en su cuenta de Zoho, en Sesiones, Aplicaciones conectadas.
err-demo-not-started = No se pudo iniciar la demo.
err-fix-demo-not-started = Cierre las demás copias de la aplicación y vuelva a intentarlo.
err-demo-no-room = No se pudo iniciar la demo: no hay espacio para sus archivos.
err-fix-free-disk = Libere espacio en el disco y vuelva a intentarlo.
err-sign-in-page-unreachable = No se puede acceder a la página de inicio de sesión de Zoho desde este equipo.
err-fix-sign-in-page-unreachable = Compruebe la conexión a Internet (o pregunte al equipo de TI si Zoho está bloqueado) y vuelva a intentarlo.
err-fix-not-saved-sign-in = Compruebe que el disco no esté lleno y que su carpeta de configuración le pertenezca; después vuelva a iniciar sesión.
err-app-damaged-address = La aplicación está dañada: no se puede leer la dirección de Zoho.
err-fix-reinstall = Vuelva a instalar la aplicación.

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = No se pudo mostrar la imagen ajustada.
err-fix-another-picture = Pruebe con otra imagen.
err-org-gone = Una de las organizaciones que se iban a cambiar ya no tiene la sesión iniciada aquí.
err-fix-org-gone = Vuelva a iniciar sesión en ella y después cambie su logotipo.
# $org is a company name.
err-logo-busy = El logotipo de { $org } está ocupado con otro cambio.
err-fix-logo-busy = Espere a que termine y vuelva a intentarlo.
err-nothing-changed = No se cambió nada.
err-earlier-logo-unreadable = No se pudo leer el logotipo anterior.
err-fix-try-again = Vuelva a intentarlo.
err-logo-change-cancelled = Canceló el cambio de logotipo. No se cambió nada en Zoho.
err-earlier-logo-gone = Ese logotipo anterior ya no está.
err-fix-earlier-logo-gone = Elija otro de la lista.
err-fix-pick-another = Elija otro.
err-clipboard-empty = No hay ninguna imagen en el portapapeles.
err-fix-clipboard-empty = Copie primero una imagen, o elija su archivo con Cambiar logotipo….
err-clipboard-too-large = La imagen del portapapeles es demasiado grande.
err-fix-clipboard-too-large = Guárdela como archivo y elija ese archivo.
err-no-file-dialog = No hay ningún diálogo de archivos disponible en este equipo.
err-fix-no-file-dialog = Suelte una imagen sobre el logotipo, o copie una y péguela aquí con Ctrl+V.
# $file is a file's full path.
err-file-unreadable = No se pudo leer { $file }.
err-fix-check-file = Compruebe el archivo y vuelva a intentarlo.
err-pasted-not-picture = Lo que se pegó no es una imagen que la aplicación pueda usar.
err-fix-pasted-not-picture = Vuelva a copiar la imagen, o elija su archivo.
# $why says what is wrong with the picture (see the err-fit- messages), starting with a capital.
err-picture-unusable = Esta imagen no puede ser el logotipo: { $why }.
err-fix-picture-unusable = Elija una imagen PNG, JPEG, GIF, WebP o BMP.

## Copying and saving the logo.
err-clipboard-failed = No se pudo poner el logotipo en el portapapeles.
err-fix-clipboard-failed = Vuelva a intentarlo, o guarde el logotipo en un archivo.
# $folder is a folder's full path.
err-folder-not-opened = No se pudo abrir la carpeta { $folder }.
err-fix-folder-not-opened = Ábrala desde su administrador de archivos.
# $file is a file's full path.
err-logo-not-saved = No se pudo guardar el logotipo en { $file }.
err-fix-logo-not-saved = Elija otra carpeta y vuelva a intentarlo.
err-no-logo = No hay ningún logotipo que usar.
err-fix-no-logo = Actualice para obtener el logotipo de la organización.

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
# Where the sign-in is kept, inside other sentences.
err-store-location = { $place ->
    [keychain] el llavero del sistema
    [memory] la memoria de esta aplicación (se olvida al cerrar la aplicación)
    [unavailable] el llavero del sistema (no disponible en este equipo)
   *[file] el archivo { $file }
}
# A length of time in seconds, possibly with decimals (0.25).
err-store-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
err-store-keychain-timeout = El llavero del sistema no respondió en { $duration }. Desbloquéelo y vuelva a intentarlo.
err-store-keychain-locked = El llavero del sistema está bloqueado o no permitió que Org Viewer lo usara. Desbloquéelo (o permita el acceso cuando se le pida) y vuelva a intentarlo.
# ZOHO_ORG_VIEWER_STORE=file is a setting to type as it is.
err-store-keychain-unusable = El llavero del sistema no se puede usar en este equipo ({ $cause }). Defina ZOHO_ORG_VIEWER_STORE=file para guardar el inicio de sesión en un archivo privado.
err-store-no-keychain = No hay ningún llavero del sistema disponible en este equipo. Defina ZOHO_ORG_VIEWER_STORE=file para guardar el inicio de sesión en un archivo privado.
err-store-keychain-failed = El llavero del sistema informó de un problema ({ $detail }). Vuelva a intentarlo, o reinicie el equipo si sigue ocurriendo.
err-store-keychain-thread = Org Viewer no pudo iniciar una tarea en segundo plano para acceder al llavero del sistema ({ $cause }). Cierre algunos programas y vuelva a intentarlo.
# HOME and USERPROFILE are names of settings; never translate them.
err-store-no-settings-folder = Org Viewer no encontró su carpeta de configuración porque no se conoce su carpeta personal. Compruebe que la variable HOME (o, en Windows, USERPROFILE) apunte a su carpeta personal.
err-store-file-read = Org Viewer no pudo leer { $file }: { $cause }. Compruebe que el archivo y su carpeta le pertenezcan.
err-store-file-write = Org Viewer no pudo guardar { $file }: { $cause }. Compruebe que el disco no esté lleno y que la carpeta le pertenezca.
err-store-damaged-file = Org Viewer no puede usar el archivo de credenciales { $file }: { $reason }. Vuelva a iniciar sesión para reemplazarlo.
err-store-damaged-org-list = Org Viewer no puede leer su lista de organizaciones con sesión iniciada en { $file }: { $reason }. Vuelva a iniciar sesión para reconstruirla.
# $location is err-store-location; $what is the saved item: the sign-in or the OAuth client.
err-store-corrupt = Org Viewer no puede usar { $what ->
    [client] el cliente OAuth guardado
   *[session] el inicio de sesión guardado
} en { $location }: { $reason }. { $what ->
    [client] Vuelva a introducir el ID y el secreto del cliente para reemplazarlos.
   *[session] Vuelva a iniciar sesión para reemplazarlo.
}
# $version is a format number.
err-store-newer-version = { $what ->
    [client] El cliente OAuth guardado
   *[session] El inicio de sesión guardado
} en { $location } proviene de una versión más reciente de Org Viewer (formato { $version }). Actualice Org Viewer o { $what ->
    [client] vuelva a introducir el ID y el secreto del cliente para reemplazarlos.
   *[session] vuelva a iniciar sesión para reemplazarlo.
}
# $value is what the person typed; "keyring" and "file" are values to type as they are.
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE tiene el valor "{ $value }", que Org Viewer no conoce. Defínala como "keyring" o "file", o quítela.

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = Esta organización no tiene la sesión iniciada en este equipo. Vuelva a iniciar sesión en ella.
err-no-org-id = Zoho no indicó la organización de este inicio de sesión, así que no se guardó. Vuelva a iniciar sesión.
# $error is a whole sentence from the err-store- messages.
err-sign-in-not-saved = No se pudo guardar el inicio de sesión en este equipo, así que se deshizo en Zoho: { $error }
# The browser page after such a sign-in.
err-fix-go-back-sign-in = Vuelva a la aplicación e inicie sesión de nuevo.

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] No es una imagen que la aplicación pueda leer (PNG, JPEG, GIF, WebP o BMP)
   *[no] no es una imagen que la aplicación pueda leer (PNG, JPEG, GIF, WebP o BMP)
}
# $format is a file format such as SVG or TIFF.
err-fit-unsupported = { $start ->
    [yes] Es una imagen { $format }, que la aplicación no puede leer; guárdela antes como PNG o JPEG
   *[no] es una imagen { $format }, que la aplicación no puede leer; guárdela antes como PNG o JPEG
}
# $detail is the decoder's own words, such as "8000 × 8000".
err-fit-too-large = { $start ->
    [yes] Es demasiado grande para que la aplicación la abra ({ $detail }); redúzcala primero
   *[no] es demasiado grande para que la aplicación la abra ({ $detail }); redúzcala primero
}
err-fit-damaged = { $start ->
    [yes] El archivo está dañado
   *[no] el archivo está dañado
}
err-fit-cannot-fit = { $start ->
    [yes] Sigue superando el límite de 1 MB de Zoho incluso muy reducida
   *[no] sigue superando el límite de 1 MB de Zoho incluso muy reducida
}

## Changing the logo did not go through (window and command line).
# $granted and $wanted are company names.
err-logo-wrong-org = Zoho dio permiso para { $granted }, no para la organización que se está cambiando, así que no se envió nada. Vuelva a intentarlo y elija { $wanted } en la página de Zoho.
# $error is another problem's summary, a whole sentence.
err-logo-current-unreadable = No se pudo leer el logotipo actual para guardar una copia, así que no se cambió nada en Zoho: { $error }
# $cause is the system's own words.
err-logo-backup-failed = No se pudo guardar en este equipo una copia del logotipo actual ({ $cause }), así que no se cambió nada en Zoho.
err-fix-logo-backup-failed = Compruebe que su carpeta de datos tenga espacio y se pueda escribir en ella; después vuelva a intentarlo.

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
# $location is err-store-location.
err-store-file-notice = Su inicio de sesión se guarda en { $location }, que solo usted puede leer, { $reason ->
    [asked] como indica ZOHO_ORG_VIEWER_STORE=file
   *[no_keychain] porque este equipo no tiene un llavero del sistema que se pueda usar
}.
err-store-cause-locked = está bloqueado o no permitió que Org Viewer lo usara
# $duration is err-store-seconds.
err-store-cause-timeout = no respondió en { $duration }
err-store-trouble-ambiguous = contiene más de una entrada para Org Viewer
# $limit is a number of characters.
err-store-trouble-too-long = la entrada supera su límite de { $limit } caracteres
err-store-trouble-not-text = una entrada de Org Viewer no es texto legible
err-store-trouble-vanished = una entrada desapareció mientras se leía
err-store-trouble-stopped = la tarea que se comunicaba con él se detuvo inesperadamente

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = Ejecute `zoho-org-viewer login` para volver a iniciar sesión.
# $fix is the usual fix, a whole sentence.
err-cli-fix-ports = { $fix } O defina ZOHO_ORG_VIEWER_REDIRECT_PORT con un puerto libre cuyo URI de redirección esté registrado para el cliente.

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = Introduzca el ID del cliente de la consola de API de Zoho.
err-client-id-spaces = El ID del cliente no puede contener espacios ni saltos de línea. Vuelva a copiarlo desde la consola de API de Zoho.
err-client-id-is-secret = Esto parece el secreto del cliente. Pegue aquí el ID del cliente: empieza por "1000.".
err-client-id-prefix = El ID de un cliente de Zoho empieza por "1000.". Vuelva a copiarlo desde la consola de API de Zoho.
err-client-id-characters = Después de "1000.", el ID de un cliente de Zoho solo tiene letras mayúsculas y dígitos. Vuelva a copiarlo desde la consola de API de Zoho.
err-client-id-length = El ID de un cliente de Zoho tiene { $expected } caracteres después de "1000.", pero este tiene { $length }. Compruebe que se copió completo.
err-client-secret-empty = Introduzca el secreto del cliente de la consola de API de Zoho.
err-client-secret-spaces = El secreto del cliente no puede contener espacios ni saltos de línea. Vuelva a copiarlo desde la consola de API de Zoho.
err-client-secret-is-id = Esto parece el ID del cliente. Pegue aquí el secreto del cliente: es el código más largo de letras y dígitos.
err-client-secret-characters = El secreto de un cliente de Zoho solo tiene los dígitos 0-9 y las letras a-f. Vuelva a copiarlo desde la consola de API de Zoho.
err-client-secret-length = El secreto de un cliente de Zoho tiene { $expected } caracteres, pero este tiene { $length }. Compruebe que se copió completo.

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = La aplicación no puede mostrar imágenes { $format }, pero puede guardar el logotipo y abrirlo en otro programa.
err-preview-too-large = El logotipo es demasiado grande para mostrarlo ({ $detail }); aun así puede guardarlo.
err-preview-damaged = El archivo del logotipo está dañado y no se puede mostrar; aun así puede guardarlo.
# $org is a company name; $error a whole sentence with Zoho's code.
err-cli-sign-in-revoked = { $error } El inicio de sesión de { $org } se eliminó de este equipo; ejecute `zoho-org-viewer login` para volver a iniciar sesión en ella.
# $failed and $total are numbers of organizations.
err-cli-some-orgs-failed = No se pudieron obtener { $failed } de { $total } organizaciones; vea las líneas de arriba.
# $redirect_uris lists addresses; https://api-console.zoho.com is Zoho's page (keep it).
err-cli-no-client = No hay ningún cliente de Zoho configurado para iniciar sesión. Cree un cliente Server-based en la consola de API de Zoho (https://api-console.zoho.com) con el URI de redirección { $redirect_uris } y después defina ZOHO_CLIENT_ID y ZOHO_CLIENT_SECRET con su ID y su secreto del cliente.
err-cli-not-signed-in = No ha iniciado sesión en ninguna organización en este equipo. Primero ejecute `zoho-org-viewer login`.
err-cli-no-logo = Su organización no tiene logotipo en Zoho CRM, así que no se escribió ningún archivo.
# $path is a folder, $example a file name in it.
err-cli-out-is-folder = { $path } es una carpeta. Indique un nombre de archivo para el logotipo, como { $example }.
# $cause is the system's own words.
err-cli-save-logo = No se pudo guardar el logotipo en { $path }: { $cause }. Compruebe que la carpeta exista y que pueda escribir en ella; no se escribió nada.
# $reason is a whole sentence.
err-cli-revoke-failed = Se cerró la sesión en { $org } en este equipo, pero no se pudo pedir a Zoho que revocara el inicio de sesión. { $reason } Es posible que la aplicación siga teniendo acceso en Zoho hasta que usted la quite allí: inicie sesión en su cuenta de Zoho, abra Sesiones, luego Aplicaciones conectadas, y quite Org Viewer.
# $revoked is "yes" when Zoho revoked the access; $error a whole sentence.
err-cli-forget-failed = { $revoked ->
    [yes] Zoho revocó el acceso de la aplicación,
   *[no] No se pudo pedir a Zoho que revocara el inicio de sesión,
} pero el inicio de sesión de { $org } no se pudo eliminar de este equipo: { $error } Corríjalo y vuelva a ejecutar el comando.
err-cli-read-picture = No se pudo leer { $path }: { $cause }. Compruebe el nombre del archivo; el logotipo no se cambió.
# $why is a clause from the err-fit- messages.
err-cli-picture = { $path } no puede ser el logotipo: { $why }. El logotipo no se cambió.
# --out and --org are options of the command: keep them.
err-cli-one-org-only = logo --out guarda el logotipo de una sola organización; indique un solo --org.
err-cli-some-logos-unchanged = No se cambió el logotipo de { $failed } de { $total } organizaciones; vea las líneas de arriba.
# --out FILE, --set FILE and --remove are options of the command: keep them.
err-cli-nothing-to-do = Indique qué hacer con el logotipo: --out FILE, --set FILE o --remove.
err-cli-runtime = No se pudo iniciar el trabajo en segundo plano del comando ({ $cause }). Cierre algunos programas y vuelva a intentarlo.
# $detail is the windowing system's own words; login, org, logo and logout are commands.
err-cli-window = No se pudo abrir la ventana de la aplicación ({ $detail }). Asegúrese de estar en una sesión de escritorio y de que su controlador gráfico admita OpenGL 2 o posterior; los comandos (login, org, logo, logout) funcionan sin ventana.
# $error is a whole sentence; $choices lists organizations as "Name (ID 123)" separated by "; ".
err-cli-choose-org = { $error } Indique una de estas por su ID, su dominio o una parte de su nombre que solo le corresponda a ella: { $choices }.
# One organization in that list: $name is a company name, $id a number.
err-cli-org-choice = { $name } (ID { $id })
# Choosing an organization by name on the command line; $query is what the person typed.
err-store-none-signed-in = No ha iniciado sesión en ninguna organización en este equipo.
err-store-no-match = Ninguna organización con sesión iniciada coincide con "{ $query }".
err-store-ambiguous = "{ $query }" coincide con más de una organización con sesión iniciada.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = el contenido no es JSON válido (línea { $line }, columna { $column })
err-damaged-not-object = el contenido no es un objeto JSON
err-damaged-no-version = falta la versión del formato
err-damaged-version-not-number = la versión del formato no es un número
err-damaged-cut-short = el contenido está incompleto
err-damaged-unreadable = no se pudo leer el contenido
err-damaged-missing-entry = falta una entrada obligatoria (falta el campo { $field })
err-damaged-wrong-kind = una entrada tiene un valor del tipo equivocado
err-damaged-too-large = el archivo es demasiado grande
err-damaged-not-text = el archivo no contiene texto
err-damaged-symbolic-link = el archivo es un enlace simbólico, que Org Viewer no sigue
err-damaged-not-a-file = no es un archivo normal (es una carpeta, una tubería con nombre o un dispositivo)
err-damaged-newer-file = procede de una versión más reciente de Org Viewer (formato { $version })
err-damaged-newer-list = la escribió una versión más reciente de la aplicación ({ $version })
err-damaged-not-encoded = no se pudieron codificar los datos
err-damaged-empty-client-id = el Client ID está vacío
err-damaged-empty-client-secret = el Client Secret está vacío
err-damaged-empty = { $name ->
    [refresh] el token de actualización está vacío
    [accounts] la dirección del servidor de cuentas está vacía
   *[api] el dominio de la API está vacío
}
err-damaged-expiry = la caducidad del token de acceso está fuera de rango
err-damaged-not-address = { $name ->
    [accounts] la dirección del servidor de cuentas no es una dirección web
   *[api] el dominio de la API no es una dirección web
}
err-damaged-no-org-id = Zoho envió la organización sin su ID

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer se detuvo por un error interno. Hay un informe en { $file }.
err-crash-unreported = Org Viewer se detuvo por un error interno (no se pudo escribir el informe: { $error }).
err-crash-last-time = Org Viewer se cerró inesperadamente la última vez. Si vuelve a ocurrir, notifíquelo y adjunte { $file }.

## Logo changes.
err-logo-changed-done = Se cambió el logotipo de { $org }.
err-logo-removed-done = Se quitó el logotipo de { $org }.
err-choose-logo-title = Elegir un nuevo logotipo
err-pictures-filter = Imágenes
err-unknown-format = Formato desconocido

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = enviada tal como está ({ $format }, { $sent }, { $size })
err-fit-converted = convertida de { $from } a { $to }, { $sizes }
err-fit-re-encoded = recodificada como { $format }, { $sizes }
err-fit-scaled = reducida de { $original } a { $sent }, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Está dentro de los límites de Zoho (1 MB y 10 megapíxeles).
err-fit-format-not-taken = Zoho solo acepta, que se sepa, logotipos PNG, JPEG y GIF.
err-fit-too-heavy = Zoho acepta logotipos de 1 MB como máximo.
err-fit-too-many-pixels = Zoho acepta logotipos de 10 megapíxeles y 1 MB como máximo.
err-fit-still-too-heavy = Zoho acepta logotipos de 1 MB como máximo, y recodificar no bastaba.
