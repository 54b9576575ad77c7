# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

# A field Zoho left empty.
org-value-not-set = Sin definir
# A setting that is switched on or off.
org-value-on = Activado
org-value-off = Desactivado
# Zoho's kinds of role hierarchy (Settings section).
org-value-role-hierarchy = Jerarquía de roles
org-value-reporting-to-hierarchy = Jerarquía de informes
# A very long value cut short on screen. $start is the start of Zoho's value (keep it first),
# $count how many characters the whole value has. "Copy" is the row's copy button.
org-value-cut = { $start }… ({ $count } caracteres en total; Copiar los copia todos)
# Below the sections when an org has more fields than the screen draws; $count is a number.
# "Copy all" and "Copy as JSON" are the names of buttons on the same screen.
org-rows-not-shown = { $count ->
    [one] { $count } campo más no se muestra aquí; Copiar todo y Copiar como JSON lo incluyen.
   *[other] { $count } campos más no se muestran aquí; Copiar todo y Copiar como JSON los incluyen todos.
}
# The heading of Copy all's text for an org without a name.
org-untitled = Organización de Zoho CRM
# Copy all's first line: $name is the company name, $environment one of the org-environment-* words.
org-readable-title = { $name } ({ $environment })
# One line of Copy all's text: a field label and Zoho's value.
org-readable-line = { $label }: { $value }

# The kind of organization (badges, the Environment field, the overview). Zoho's terms.
org-environment-production = Producción
org-environment-sandbox = Sandbox
org-environment-developer = Desarrollador
# Bigin is a Zoho product name.
org-environment-bigin = Bigin
# The same, shortened for the folded switcher (at most about 7 characters).
org-environment-production-short = Prod.
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Desarr.
org-environment-bigin-short = Bigin

# Section headings on the organization screen, in Copy all, compare and the PDF.
org-section-company = Empresa
org-section-contact = Contacto
org-section-address = Dirección
org-section-locale = Configuración regional y divisa
org-section-licence = Licencia
org-section-identifiers = Identificadores
org-section-settings = Configuración
org-section-other = Otros

# Field labels. Use Zoho CRM's own terms in your language (edition, licence, sandbox…).
org-field-company-name = Nombre de la empresa
org-field-alias = Alias
org-field-description = Descripción
org-field-environment = Entorno
org-field-employees = Empleados
org-field-created = Creada
org-field-primary-email = Correo electrónico principal
org-field-phone = Teléfono
org-field-mobile = Móvil
org-field-fax = Fax
org-field-website = Sitio web
org-field-street = Calle
org-field-city = Ciudad
org-field-state-or-province = Estado o provincia
org-field-postal-code = Código postal
org-field-country = País
org-field-country-code = Código de país
org-field-time-zone = Zona horaria
org-field-currency = Divisa
org-field-currency-code = Código de divisa
org-field-currency-symbol = Símbolo de divisa
org-field-currency-locale = Configuración regional de la divisa
org-field-multiple-currencies = Varias divisas
org-field-edition = Edición
org-field-paid-plan = Plan de pago
org-field-paid-plan-ends = Fin del plan de pago
org-field-user-licences = Licencias de usuario
org-field-portal-user-licences = Licencias de usuario del portal
org-field-trial = Prueba
org-field-trial-ends = Fin de la prueba
org-field-what-happens-after-the-trial = Qué ocurre después de la prueba
org-field-licence-details = Detalles de la licencia
org-field-organization-id = ID de la organización
org-field-domain-name = Nombre de dominio
org-field-primary-user-id-zuid = ID del usuario principal (ZUID)
org-field-group-id-zgid = ID de grupo (ZGID)
org-field-encrypted-group-id = ID de grupo cifrado
org-field-zia-portal-id = ID del portal de Zia
org-field-zia-group-id = ID de grupo de Zia
org-field-logo-file-id = ID del archivo del logotipo
org-field-google-workspace-integration = Integración con Google Workspace
org-field-translation = Traducción
org-field-privacy-settings = Configuración de privacidad
org-field-hipaa-compliance = Cumplimiento de HIPAA
org-field-lite-users = Usuarios Lite
org-field-account-can-be-deleted = La cuenta se puede eliminar
org-field-connected-apps-oauth = Aplicaciones conectadas (OAuth)
org-field-records-per-page-at-most = Máximo de registros por página
org-field-call-icon = Icono de llamada
org-field-hierarchy = Jerarquía
org-field-strictly-reporting = Solo subordinados directos
org-field-check-in-restricted-for = Check-in restringido para
org-field-check-in = Check-in

# Licence badges in the organization's header; $days is a number of days (2 to 14).
org-alert-plan-expired = Plan vencido
org-alert-plan-ends = { $days ->
    [1] El plan termina en menos de un día
   *[other] El plan termina en { $days } días
}
org-alert-trial-ends = { $days ->
    [1] La prueba termina en menos de un día
   *[other] La prueba termina en { $days } días
}
org-alert-trial-ended = Prueba terminada
# The badges' tooltips; $date is the end date as the Licence section shows it.
org-alert-plan-hint = El plan de pago termina: { $date }
org-alert-trial-hint = La prueba termina: { $date }

# File sizes (logo details). $bytes is a number; $size a number already formatted ("9.8").
org-file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

# Problems, each a sentence of what happened and one of what to do.
org-export-nothing = Todavía no hay nada que exportar.
org-export-nothing-resolution = Actualice para obtener la organización y vuelva a exportar.
org-export-pdf-failed = No se pudo crear el PDF.
org-export-pdf-failed-resolution = Vuelva a intentarlo; si sigue fallando, exporte como JSON e informe del problema.
# $path is the file's full path.
org-export-not-saved = No se pudo guardar la exportación en { $path }.
org-export-not-saved-resolution = Elija otra carpeta y vuelva a intentarlo.
# Titles of the system's save dialog.
org-export-pdf-dialog = Exportar como PDF
org-export-json-dialog = Exportar como JSON

## Export… on the overview

org-overview-export-nothing = No hay ninguna organización que exportar.
org-overview-export-nothing-resolution = Inicie sesión en una organización y vuelva a exportar.
# $path is the file's full path.
org-overview-export-not-saved = No se pudo guardar la vista general en { $path }.
org-overview-export-dialog = Exportar la vista general como CSV
# The file name the save dialog suggests; keep ".csv" and avoid / \ : * ? " < > |.
org-overview-export-file-name = Organizaciones de Zoho.csv

## The PDF export (Export… → PDF document…)

# Below the company name: $environment is one of the org-environment-* words.
org-pdf-kind = { $environment } · Organización de Zoho CRM
# The document's title in its properties; $name is the company name.
org-pdf-title = { $name }: organización de Zoho CRM
# The page footer; $page and $pages are numbers.
org-pdf-page = Página { $page } de { $pages }
# A very long value cut short; $start is the start of Zoho's value, $count its length.
org-pdf-value-cut = { $start }… ({ $count } caracteres en total; la exportación JSON los incluye todos)
# The file name the save dialog suggests: $company is the company name, $extension "pdf" or
# "json" (keep the dot before it). Avoid / \ : * ? " < > |.
org-export-file-name = Organización { $company }.{ $extension }
org-export-file-name-untitled = Organización de Zoho.{ $extension }
# "Fetched" and the date and time Zoho sent the data (header, PDF).
org-fetched = Obtenido el { $when }

## The overview (every signed-in organization in one table)

# Column headings (also the first line of Copy table and of the CSV export). Keep them short.
org-overview-column-name = Organización
org-overview-column-environment = Entorno
org-overview-column-data-centre = Centro de datos
org-overview-column-edition = Edición
org-overview-column-paid = De pago o prueba
org-overview-column-expiry = Fin del plan o prueba
org-overview-column-users = Usuarios
org-overview-column-time-zone = Zona horaria
org-overview-column-currency = Divisa
org-overview-column-fetched = Última obtención
org-overview-column-state = Estado
# A column heading's tooltip and screen-reader name: sorts the table by that column.
org-overview-sort-by = Ordenar por { $column ->
    [name] organización
    [environment] entorno
    [data-centre] centro de datos
    [edition] edición
    [paid] de pago o prueba
    [expiry] fin del plan o prueba
    [users] usuarios
    [time-zone] zona horaria
    [currency] divisa
    [fetched] última obtención
   *[state] estado
}
# The "Paid or trial" column's words.
org-overview-paid = De pago
org-overview-trial = Prueba
org-overview-free = Gratis
# An end date with its alert, in copied and exported text: $date is the date, $alert an
# org-alert-* badge text.
org-overview-expiry-alert = { $date } ({ $alert })

# The "State" column: one word, and the sentence behind it (tooltip, screen readers).
org-state-fresh = Al día
org-state-refreshing = Actualizando
org-state-saved = Guardado
org-state-not-fetched = Sin obtener
org-state-offline = Sin conexión
org-state-problem = Problema
org-state-fresh-sentence = Al día: obtenido de Zoho desde que se inició la aplicación.
org-state-refreshing-sentence = Se está obteniendo de Zoho ahora.
org-state-saved-sentence = Guardado de su última visita; actualice para obtenerlo de Zoho.
org-state-not-fetched-sentence = Aún no se ha obtenido: actualice para obtenerlo de Zoho.
org-state-offline-sentence = No se pudo conectar con Zoho: se muestran los datos guardados. Compruebe la conexión y actualice.
# A failed refresh: $summary says what happened, $resolution what to do (both sentences).
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = La última actualización no funcionó.
org-state-stale-resolution = Vuelva a actualizar.
# A state's screen-reader name: $word is the state word, $sentence its sentence.
org-state-label = { $word }: { $sentence }
# A problem state's tooltip: $sentence is what happened and what to do.
org-state-problem-tooltip = { $sentence } Haga clic para ver los detalles.
# A button in a problem's details: copies Zoho's code, HTTP status and time.
org-copy-details = Copiar detalles

# The overview's heading, with the number of signed-in organizations beside it.
org-overview-title = Vista general
org-overview-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
# The search box: its grey hint (keep it short, the box is narrow), its name for screen
# readers, its tooltip.
org-overview-search-hint = Buscar nombre, ID, dominio, centro de datos
org-overview-search = Buscar organizaciones
org-overview-search-tooltip = Mostrar las organizaciones cuyo nombre, ID, dominio o centro de datos contiene este texto
# The button that fetches every org again (with its icon), its name for screen readers, its
# tooltip (F5 is the key).
org-overview-refresh-all-button = ⟳ Actualizar todo
org-overview-refresh-all = Actualizar todo
org-overview-refresh-all-tooltip = Volver a obtener todas las organizaciones a la vez (F5)
# Shown in place of a Refresh button while a refresh runs.
org-refreshing = Actualizando…
# Copies the table as tab-separated text.
org-overview-copy-table = Copiar tabla
org-overview-copy-table-tooltip = Copiar las filas mostradas, separadas por tabulaciones, para pegarlas en una hoja de cálculo
# The button that opens the export choices or dialog (also on the organization screen).
org-export-button = Exportar…
org-overview-export-tooltip = Guardar la fila de cada organización en un archivo CSV
org-overview-no-match = Ninguna organización coincide. Vacíe el cuadro de búsqueda para verlas todas.
# The heading of the narrow column of small logos.
org-overview-column-logo = Logotipo
# A company name in the table is a link: its tooltip, and its screen-reader name ($name is
# the company name).
org-overview-open-tooltip = Abrir esta organización
org-overview-open = Abrir { $name }

## The organization screen's header and actions

# Before "Fetched …" when the data may be out of date.
org-caveat-cached = De su última visita
org-caveat-offline = Sin conexión: se muestran los datos guardados
org-caveat-stale = No actualizado: se muestran los datos guardados
# $caveat is one of the org-caveat-* texts, $fetched the org-fetched text.
org-caveat-fetched = { $caveat } · { $fetched }
# The heading for an org without a company name.
org-your-organization = Su organización
# The logo's description for screen readers.
org-logo-alt = Logotipo de la organización
# Buttons (keep them short: at 640 px they share one row) and their tooltips.
org-copy-all = Copiar todo
org-copy-all-tooltip = Copiar todos los valores como texto legible
# JSON is a file format's name.
org-copy-json = Copiar como JSON
org-copy-json-tooltip = Copiar los datos de Zoho exactamente como se enviaron
org-sign-out = Cerrar sesión…
org-sign-out-tooltip = Cerrar sesión y olvidar el inicio de sesión en este equipo
# The Refresh button with its icon, its screen-reader name, its tooltip (F5 is the key).
org-refresh-button = ⟳ Actualizar
org-refresh = Actualizar
org-refresh-tooltip = Volver a obtener la organización (F5)
# After an export: $path is the file's full path.
org-exported-to = Exportado a { $path }
org-open-folder = Abrir carpeta
org-open-folder-tooltip = Mostrar el archivo exportado en su administrador de archivos
# The Export… menu (org-export-button) and its choices; each opens a save dialog.
org-export-tooltip = Guardar los detalles de la organización en un archivo
org-export-pdf = Documento PDF…
org-export-pdf-tooltip = Una página legible para imprimir o adjuntar a una solicitud de soporte
org-export-json = Archivo JSON…
org-export-json-tooltip = Los datos de Zoho con todos los campos, exactamente como se enviaron

## The filter box above the sections

# The box's grey hint and screen-reader name, and its tooltip (Ctrl+F is the key).
org-filter = Filtrar campos
org-filter-tooltip = Mostrar los campos cuyo nombre o valor contiene este texto (Ctrl+F)
# Above the sections while filtering; $count is a number.
org-filter-no-match = Ningún campo coincide. Pulse Escape en el cuadro de filtro para ver todos los campos.
org-filter-matches = { $count ->
    [one] { $count } campo coincide
   *[other] { $count } campos coinciden
}
# Beside a section heading without a match; the small button shows or folds its fields.
org-section-no-match = Ningún campo coincide
org-section-show = Mostrar
org-section-show-tooltip = Mostrar estos campos de todos modos
org-section-hide = Ocultar
org-section-hide-tooltip = Volver a ocultar estos campos
# The same buttons' screen-reader names: $section is a section heading (org-section-*).
org-section-show-name = Mostrar { $section }
org-section-hide-name = Ocultar { $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

# The top-bar menu's screen-reader name: $name is the company name or a place (Overview, Compare).
org-switcher-menu = Cambiar de organización (se muestra { $name })
# The small heading above the list.
org-switcher-heading = Organizaciones
# The fold button's tooltip and screen-reader name.
org-switcher-unfold = Mostrar los nombres de las organizaciones
org-switcher-fold = Mostrar solo los logotipos de las organizaciones
# An entry's right-click menu.
org-switcher-sign-out = Cerrar sesión en esta organización…
# The places above the list: their tooltips, and why Compare is greyed out with one org.
org-switcher-overview-tooltip = Todas las organizaciones en una tabla
org-switcher-compare-tooltip = Dos organizaciones una al lado de la otra
org-switcher-compare-disabled = Añada una segunda organización para comparar dos
# The button that signs in to one more org (with its "+"), its screen-reader name, its tooltip.
org-switcher-add-button = + Añadir una organización…
org-switcher-add = Añadir una organización…
org-switcher-add-tooltip = Iniciar sesión de nuevo y elegir otra organización en la página de Zoho
# An entry's screen-reader name: $name is the company name, $details one of the three below.
org-switcher-entry = { $name }: { $details }
# $environment is an org-environment-* word; $data_centre Zoho's code for it (EU, US, IN…).
org-switcher-environment-data-centre = { $environment }, centro de datos { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = centro de datos { $data_centre }
# An entry's tooltip, on two or three lines; $number is the digit of its Ctrl shortcut.
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

# Before the browser opens to add an org: a title, a sentence, the button that goes on.
org-add-title = Añadir una organización
org-add-text = La página de inicio de sesión de Zoho se abre en su navegador: allí, elija en la lista de sus organizaciones la que desea añadir y permita el acceso.
org-add-continue = Continuar en el navegador
# Asking before signing out of every org; $count is the number of orgs.
org-sign-out-all-title = { $count ->
    [one] ¿Cerrar sesión en la organización?
   *[other] ¿Cerrar sesión en las { $count } organizaciones?
}
org-sign-out-all-text = La aplicación olvida todos los inicios de sesión en este equipo y pide a Zoho que los termine. Puede volver a iniciar sesión en cualquier momento.
org-sign-out-all-confirm = Sí, cerrar sesión en todas

## Compare (two organizations side by side)

org-compare-title = Comparar
# Between the two organization pickers: "[first org] with [second org]".
org-compare-with = con
# The pickers' screen-reader names.
org-compare-first = Primera organización
org-compare-second = Segunda organización
org-compare-pick = Elija dos organizaciones cuyos detalles se hayan obtenido. Actualice una organización para obtenerlos.
# How many fields differ; $count is a number.
org-compare-count = { $count ->
    [0] Sin diferencias
    [one] { $count } diferencia
   *[other] { $count } diferencias
}
org-compare-only-differences = Mostrar solo las diferencias
org-compare-copy = Copiar diferencias
org-compare-copy-tooltip = Copiar los campos que difieren, separados por tabulaciones
org-compare-identifiers-note = Los identificadores siempre difieren entre dos organizaciones: se muestran, pero no se cuentan.
# The heading of the field column (on screen and in the copied text).
org-compare-field = Campo
# A field in the copied differences: $section is a section heading, $label a field label.
org-compare-copied-field = { $section }: { $label }
# An identifier whose values differ; $label is a field label.
org-compare-always-differs = { $label } (siempre difiere)
# A differing value's screen-reader name: $label is a field label, $value Zoho's value.
org-compare-differs = { $label } difiere: { $value }
