# Gemba — español. Los mismos mensajes que en.ftl (una prueba lo comprueba).
# Los argumentos se escriben { $nombre }; los números eligen su forma con { $count -> ... }.

## Palabras comunes

loading = Cargando…
create = Crear
save = Guardar
change = Cambiar
find = Buscar
filter = Filtrar
search = Buscar
upload = Subir
reason = Motivo
note = Nota
note-is = Nota: { $note }
now = ahora
minutes = Minutos
minutes-short =
    { $count ->
        [one] { $count } min
       *[other] { $count } min
    }
quantity = Cantidad
quantity-short = Cant.
printed-name = Nombre en letra de imprenta
photo-n = Foto { $id }
count-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
list-in-all =
    { $count ->
        [one] { $count } en total
       *[other] { $count } en total
    }
list-more = Más
list-pages = Páginas
list-previous = Página anterior
list-next = Página siguiente
list-page-of = Página { $page } de { $last }

## Errores

err-sign-in = Inicie sesión.
err-bad-credentials = Correo o contraseña incorrectos.
err-forbidden = No tiene permiso para hacer eso.
err-not-found = No encontrado.
err-correct-fields = Corrija los campos marcados.
err-too-many = Demasiados intentos. Vuelva a intentarlo en { $seconds } segundos.
err-unavailable = No se pudo contactar con Gemba o está ocupado. Compruebe la conexión y vuelva a intentarlo.
err-internal = Algo falló de nuestro lado. Id. de la solicitud: { $request_id }

## Mensajes de las reglas del servidor

msg-required = Este campo es obligatorio.
msg-at-most-chars = Use como máximo { $max_chars } caracteres.
msg-control-chars = Quite los caracteres de control.
msg-date-format = Escriba la fecha como AAAA-MM-DD.
msg-read-form = No se pudieron leer algunos campos: revise el formulario.
msg-minutes-whole = Escriba los minutos como un número entero.
msg-minutes-range = Escriba entre 1 y 1440 minutos.
msg-outside-limits = { $value } está fuera de los límites ({ $limits }); añada una nota que diga qué se hizo.
msg-give-reason = Indique un motivo.

## Navegación

nav-main = Principal
nav-home = Inicio
nav-my-work = Mi trabajo
nav-scan = Escanear
nav-work-orders = Órdenes de trabajo
nav-assets = Equipos
nav-pm = Preventivo
nav-rounds = Rondas
nav-tags = Tarjetas
nav-kpi = Indicadores
nav-report = Reportar
nav-safety-events = Eventos de seguridad
nav-capa = CAPA
nav-osha = OSHA
nav-audits = Auditorías
nav-templates = Plantillas
nav-compliance = Cumplimiento
nav-audit-log = Registro de auditoría
nav-reminders = Recordatorios
nav-people = Personas
nav-sites = Plantas
nav-reminder-policies = Reglas de recordatorio
nav-outbox = Bandeja de salida
nav-profile = Perfil
nav-more = Más
nav-keep-offline = Guardar para usar sin conexión
nav-sign-out = Cerrar sesión
nav-site = Planta
nav-switch = Cambiar
nav-bell =
    { $count ->
        [0] Recordatorios: ninguno sin leer
        [one] Recordatorios: { $count } sin leer
       *[other] Recordatorios: { $count } sin leer
    }

## Inicio de sesión

login-title = Iniciar sesión · Gemba
login-tagline = Mantenimiento y seguridad, en la planta.
login-email = Correo electrónico
login-password = Contraseña
login-sign-in = Iniciar sesión

## Selección de personas y equipos

people-nobody-yet = Nadie todavía
people-choose = Elija una persona
asset = Equipo
asset-find-label = Buscar el equipo: código, nombre o ubicación
asset-find-placeholder = Código, nombre o ubicación
asset-find-hint = Busque el equipo, o déjelo en blanco si el trabajo no es sobre un equipo.
asset-none = Ningún equipo coincide. Pruebe con su código o su ubicación.

## Órdenes de trabajo

title-my-work = Mi trabajo · Gemba
title-work-orders = Órdenes de trabajo · Gemba
title-new-work-order = Nueva orden de trabajo · Gemba
title-work-order = Orden de trabajo · Gemba
my-work-order = Asignadas a usted: primero las vencidas, luego las de hoy, luego el resto.
my-work-empty = No tiene nada asignado. Bien hecho.
wo-new = Nueva orden de trabajo
wo-none-here = No hay órdenes de trabajo aquí.
wo-status = Estado
wo-filter-open = Abiertas
wo-filter-requests = Solicitudes
wo-filter-done = Terminadas
wo-filter-cancelled = Canceladas
wo-filter-all = Todas
wo-title-placeholder = Título
wo-what = Qué hay que hacer
wo-type = Tipo
wo-priority = Prioridad
wo-due-date = Fecha límite
wo-assign-to = Asignar a
wo-estimated-minutes = Minutos estimados
wo-details = Detalles
wo-due = vence el { $date }
wo-no-due-date = sin fecha límite
wo-overdue = Vencida
wo-status-requested = Solicitada
wo-status-open = Abierta
wo-status-in-progress = En curso
wo-status-on-hold = En espera
wo-status-done = Terminada
wo-status-cancelled = Cancelada
wo-type-corrective = Correctivo
wo-type-preventive = Preventivo
wo-type-tpm = TPM
wo-type-request = Solicitud
wo-type-follow-up = Seguimiento
wo-priority-low = Baja
wo-priority-medium = Media
wo-priority-high = Alta
wo-priority-urgent = Urgente
wo-back-my-work = ← Mi trabajo
wo-all = Todas las órdenes de trabajo
wo-reported-by = Reportada por { $name }
wo-reason-is = Motivo: { $reason }
wo-not-assigned = Sin asignar
wo-assigned-to = Asignada a { $names }
wo-approve = Aprobar
wo-reject = Rechazar
wo-resume = Reanudar
wo-start = Empezar
wo-hold = Poner en espera
wo-cancel-ask = Cancelar esta orden de trabajo…
wo-reject-ask = Rechazar esta solicitud…
wo-cancel-why = ¿Por qué? (queda en el registro)
wo-cancel-yes = Sí, cancelarla
wo-reject-yes = Sí, rechazarla
wo-reopen = Reabrir
wo-checklist = Lista de verificación
wo-photos = Fotos
wo-add-photo = Añadir una foto
wo-complete = Terminar y firmar
wo-complete-meaning = Su firma significa: terminé este trabajo. Escriba su contraseña para firmar.
wo-signatures = Firmas
wo-verify = Verificar
wo-sign-verified = Firmar como verificada
wo-notes = Notas
wo-add-note-label = Añadir una nota
wo-add-note = Añadir nota
wo-time = Tiempo
wo-minutes-logged =
    { $count ->
        [one] { $count } minuto registrado
       *[other] { $count } minutos registrados
    }
wo-log-time = Registrar tiempo
wo-parts = Repuestos
wo-part = Repuesto
wo-from-stock = (sacado del almacén)
wo-on-hand = { $quantity } { $unit } en almacén
wo-add-part = Añadir repuesto
wo-part-search = Buscar un repuesto (código o nombre)
wo-parts-first =
    { $count ->
        [one] El primer repuesto por código: busque para encontrar otro.
       *[other] Los { $count } primeros repuestos por código: busque para encontrar otro.
    }
wo-parts-none = Ningún repuesto de esta planta coincide.
wo-failure = Falla
wo-problem = Problema
wo-cause = Causa
wo-remedy = Solución
wo-save-failure = Guardar códigos de falla
wo-downtime = Parada
wo-asset-running = El equipo vuelve a funcionar
wo-asset-down = Equipo parado

## Pasos de la lista de verificación

step-done = Hecho
step-not-done = No hecho
step-pass = Conforme
step-fail = No conforme
step-photo = Foto
step-signed = Firmado: { $name }
step-note-for-fail = Nota (obligatoria si no es conforme)
step-note-outside-limits = Nota (obligatoria fuera de los límites)
step-value = Valor
step-answer = Respuesta
step-sign-password = Su contraseña (firma)
step-your-name = Su nombre
step-name = Nombre
step-sign = Firmar
step-follow-up = Crear una orden de seguimiento

## Recordatorios y el resumen por correo

remind-due-in = vence en { $days }
remind-expires-in = caduca en { $days }
remind-due-today = vence hoy
remind-expires-today = caduca hoy
remind-overdue = vencida hace { $days }
remind-expired-ago = caducó hace { $days }
remind-escalated-overdue = vencida hace { $days }: se le escala como responsable de la planta
remind-escalated-expired = caducó hace { $days }: se le escala como responsable de la planta
urgency-escalated = Escaladas a usted
urgency-overdue = Vencidas
urgency-due-today = Vencen hoy
urgency-this-week = Esta semana
urgency-later = Próximamente
digest-n-escalated =
    { $count ->
        [one] { $count } escalada
       *[other] { $count } escaladas
    }
digest-n-overdue =
    { $count ->
        [one] { $count } vencida
       *[other] { $count } vencidas
    }
digest-n-due-today =
    { $count ->
        [one] { $count } para hoy
       *[other] { $count } para hoy
    }
digest-n-coming-up =
    { $count ->
        [one] { $count } próxima
       *[other] { $count } próximas
    }
digest-subject = Gemba: { $parts }
digest-subject-none = Gemba: recordatorios
digest-line = { $title } ({ $says }, { $when })
digest-due = vence el { $date }
digest-expiry = caduca el { $date }
digest-hello = Hola, { $name }:
digest-intro = Esto es lo que requiere su atención en Gemba.
digest-and-more =
    { $count ->
        [one] ... y { $count } más
       *[other] ... y { $count } más
    }
digest-all-reminders = Todos sus recordatorios
digest-choose = Elija qué recibe por correo
digest-stop = Dejar de recibir los recordatorios opcionales por correo
digest-escalations-always = Lo que se le escala como responsable se envía siempre.

## Perfil

site-language = Idioma de quien no eligió ninguno
site-language-none = Ninguno (el de cada navegador)

title-profile = Perfil · Gemba
profile-language = Idioma
profile-language-label = Gemba me habla en
profile-language-auto = Automático (el idioma de la planta, si no el del navegador)
msg-choose-language = Elija uno de los idiomas de la lista.

## Fechas

date-medium = { $day } { $month } { $year }
date-time-medium = { $date }, { $time } { $zone }
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic

## Inicio

title-home = Inicio · Gemba
home-hello = Hola, { $name }
home-your-day = Su día
home-nothing-due = Hoy no tiene nada pendiente.
home-overdue =
    { $count ->
        [one] Vencida ({ $count })
       *[other] Vencidas ({ $count })
    }
home-due-today =
    { $count ->
        [one] Para hoy ({ $count })
       *[other] Para hoy ({ $count })
    }
home-more-open =
    { $count ->
        [one] Mi trabajo: { $count } abierta más
       *[other] Mi trabajo: { $count } abiertas más
    }
home-round-done =
    { $count ->
        [one] Ronda de hoy: { $count } punto revisado
       *[other] Ronda de hoy: los { $count } puntos revisados
    }
home-round-left =
    { $count ->
        [one] Ronda de hoy: falta { $count } de { $points } puntos
       *[other] Ronda de hoy: faltan { $count } de { $points } puntos
    }
home-your-actions = Sus acciones
home-overdue-since = Vencida desde el { $date }
home-due = Vence el { $date }
home-your-audits = Sus auditorías
home-answered =
    { $count ->
        [one] { $answered } de { $count } respondida
       *[other] { $answered } de { $count } respondidas
    }
home-unread =
    { $count ->
        [one] { $count } recordatorio sin leer
       *[other] { $count } recordatorios sin leer
    }
home-signed-in-as = Sesión iniciada como { $email }
home-current-site = Planta actual:
home-sites-roles = Sus plantas y funciones
home-no-role = Aún no tiene ninguna función en ninguna planta. Pida a un administrador que le asigne una.
home-time-zone = Zona horaria: { $zone }
role-admin = Administrador
role-manager = Responsable
role-ehs-officer = Técnico de seguridad (EHS)
role-technician = Técnico
role-operator = Operador
role-auditor = Auditor (solo lectura)
date-long = { $weekday }, { $day } de { $month }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-long-1 = enero
month-long-2 = febrero
month-long-3 = marzo
month-long-4 = abril
month-long-5 = mayo
month-long-6 = junio
month-long-7 = julio
month-long-8 = agosto
month-long-9 = septiembre
month-long-10 = octubre
month-long-11 = noviembre
month-long-12 = diciembre

## TPM: rondas y tarjetas

title-rounds = Rondas · Gemba
title-tags = Tarjetas · Gemba
round-today = Ronda de hoy
round-checked =
    { $count ->
        [one] { $done } de { $count } punto revisado
       *[other] { $done } de { $count } puntos revisados
    }
round-none-due = Hoy no toca ningún punto CIL en esta planta.
round-ok = Bien
round-not-ok = Mal
round-tag-n = tarjeta #{ $id }
round-ok-when = { $method } — Bien si: { $acceptance }
round-tool = Herramienta/lubricante: { $tool }
round-what-found = ¿Qué encontró?
round-reading = Lectura (opcional)
round-photo = Foto (opcional)
round-am-step = Paso de MA (opcional)
round-f-tag = Tarjeta F: lo arreglo yo
round-m-tag = Tarjeta M: mantenimiento
tag-category = Categoría
tag-category-minor-defect = Defecto menor
tag-category-lubrication = Lubricación
tag-category-contamination-source = Fuente de contaminación
tag-category-hard-to-access = Zona de difícil acceso
tag-category-quality-defect = Fuente de defectos de calidad
tag-category-unnecessary-item = Elemento innecesario
tag-category-unsafe-condition = Condición insegura
am-step-1 = 1. Limpieza inicial
am-step-2 = 2. Contramedidas contra las fuentes de contaminación
am-step-3 = 3. Estándares de limpieza y lubricación
am-step-4 = 4. Inspección general
am-step-5 = 5. Inspección autónoma
am-step-6 = 6. Estandarización
am-step-7 = 7. Gestión autónoma
tags-title = Tarjetas de anomalías
tags-fm-ratio = Relación F:M
not-applicable = n/d
tags-f-open = F abiertas
tags-f-closed = F cerradas
tags-m-open = M abiertas
tags-m-closed = M cerradas
tags-open = Tarjetas abiertas
tags-kind = Tarjeta { $kind }
tags-priority = prioridad { $priority }
tags-am-step-is = paso de MA { $step }
tags-am-and-priority = Paso de MA y prioridad
tags-am-step = Paso de MA
tags-what-you-did = Lo que hizo
tags-countermeasure = Contramedida
tags-close = Cerrar
wo-number = Orden de trabajo #{ $id }

## Seguridad y reportes de problemas

title-safety = Seguridad · Gemba
title-safety-events = Eventos de seguridad · Gemba
title-report = Reportar un problema · Gemba
event = Evento
event-kind-injury-illness = Lesión o enfermedad
event-kind-near-miss = Casi accidente
event-kind-hazard = Observación de peligro
event-kind-property-damage = Daños materiales
event-kind-environmental-release = Vertido o emisión al medio ambiente
event-status-reported = Reportado
event-status-investigating = En investigación
event-status-closed = Cerrado
safety-report-title = Reportar un evento de seguridad
safety-report-sent = Gracias. El reporte #{ $id } se envió a EHS.
safety-what-happened = ¿Qué pasó?
safety-few-words = En pocas palabras
safety-when = Cuándo
safety-when-hint = Déjelo vacío si fue ahora.
safety-where = Dónde (zona, línea, sala)
safety-asset = Código del equipo, si hubo una máquina implicada (opcional)
safety-description = Qué pasó (opcional)
safety-people = Quién estuvo implicado (opcional)
safety-immediate = Qué se hizo en el momento (opcional)
safety-anonymous = Enviar una observación de peligro sin mi nombre (si la planta lo permite)
send-report = Enviar reporte
safety-my-reports = Mis reportes
safety-none-mine = Todavía no ha reportado nada.
safety-all-events = Todos los eventos
safety-capa-actions = Acciones CAPA
safety-osha = Registros OSHA
safety-report-event = Reportar un evento
safety-none = No hay eventos reportados.
safety-reported-by = reportado por { $name }
report-title = Reportar un problema
report-sent = Gracias. Su reporte #{ $id } se envió a mantenimiento.
report-what = ¿Qué falla?
report-details = Detalles (opcional)
report-sign-in = Inicie sesión para reportar un problema con este equipo.

## Los textos de los scripts de la página (barra sin conexión, formularios no enviados)

js-no-room = No enviado, y este teléfono no tiene espacio para guardarlo (libere espacio o envíelo cuando tenga conexión). Lo que escribió sigue aquí.
js-not-sent-retry = No enviado ni guardado en este teléfono. Lo que escribió sigue aquí; vuelva a intentarlo.
js-no-connection = No enviado: no hay conexión. Lo que escribió sigue aquí; envíelo de nuevo cuando haya conexión.
js-too-large = Es demasiado grande para enviarlo. Si es una foto, elija una más pequeña.
js-not-saved = No guardado (error { $status }). Lo que escribió sigue aquí; vuelva a intentarlo.
js-change = Cambio
js-photo = foto
js-session-ended = Su sesión terminó: vuelva a iniciar sesión para enviarlo.
js-refused-kind = Rechazado ({ $kind }).
js-refused-status = El servidor rechazó este cambio (error { $status }).
js-state-waiting = En espera
js-state-signin = Hay que iniciar sesión
js-state-refused = Rechazado
js-state-signature = Espera su firma
js-note-waiting = Guardado en este teléfono; se enviará cuando vuelva la conexión
js-note-signature = Terminado en este teléfono; espera su firma
js-note-signin = Guardado en este teléfono: inicie sesión de nuevo para enviarlo
js-note-refused = Rechazado por el servidor: vea los cambios en espera arriba
js-waiting-one = { $n } cambio en espera
js-waiting-other = { $n } cambios en espera
js-to-sign-one = { $n } espera su firma
js-to-sign-other = { $n } esperan su firma
js-decide-one = { $n } necesita su decisión
js-decide-other = { $n } necesitan su decisión
js-sign-what-one = Firme el trabajo terminado en este teléfono:
js-sign-what-other = Firme los { $n } trabajos terminados en este teléfono:
js-sign-one = Firmar
js-sign-other = Firmar los { $n }
js-tapped = tocado el { $when }
js-keep-note = Guardar como nota
js-follow-up = Abrir un seguimiento
js-send-again = Enviar de nuevo
js-discard = Descartar
js-discard-confirm = ¿Descartar este cambio? No se enviará.
js-done-offline = Hecho en un teléfono sin conexión el { $when }; no se registró: { $reason }
js-not-kept-now = (No se guardó ahora: { $why })
js-no-connection-short = no hay conexión
js-kept-one = En este teléfono: { $n } página, { $kb } KB ({ $when }).
js-kept-other = En este teléfono: { $n } páginas, { $kb } KB ({ $when }).
js-clock-ahead = El reloj de este teléfono va { $minutes } min adelantado respecto al del servidor: póngalo en hora. Se guarda la hora de cada toque según el teléfono, con la del servidor al lado.
js-clock-behind = El reloj de este teléfono va { $minutes } min atrasado respecto al del servidor: póngalo en hora. Se guarda la hora de cada toque según el teléfono, con la del servidor al lado.
js-leave-one = { $n } cambio espera para enviarse. Se queda en este teléfono para usted y se envía cuando vuelva a iniciar sesión. ¿Cerrar sesión?
js-leave-other = { $n } cambios esperan para enviarse. Se quedan en este teléfono para usted y se envían cuando vuelva a iniciar sesión. ¿Cerrar sesión?


## Equipos y preventivo

title-assets = Equipos · Gemba
title-scan = Escanear · Gemba
title-new-asset = Nuevo equipo · Gemba
title-asset = Equipo · Gemba
title-import-assets = Importar equipos · Gemba
title-qr-labels = Etiquetas QR · Gemba
assets-new = Nuevo equipo
assets-import-csv = Importar CSV
assets-export-csv = Exportar CSV
assets-search-label = Buscar equipos
assets-search-placeholder = Código o nombre
assets-count =
    { $count ->
        [one] { $count } equipo
       *[other] { $count } equipos
    }
assets-print-labels = Imprimir las etiquetas QR de esta página
assets-back = ← Equipos
assets-import = Importar equipos
assets-import-help = Pegue un CSV con una fila de encabezado: tag, name, parent_tag, category, criticality, manufacturer, model, serial, install_date, status, notes (tag y name son obligatorios). Si hay algún error, no se importa nada.
assets-import-csv-label = CSV
assets-import-submit = Verificar e importar
assets-imported =
    { $count ->
        [one] { $count } equipo importado.
       *[other] { $count } equipos importados.
    }
assets-import-failed = No se importó nada. Corrija lo siguiente y vuelva a intentarlo:
assets-import-row = Fila { $row }, { $field }: { $message }
assets-labels-print = Imprima esta página para obtener las etiquetas.
asset-create = Crear equipo
asset-tag = Código
asset-name = Nombre
asset-category = Categoría
asset-category-placeholder = prensa, transportador, bomba…
asset-criticality = Criticidad
asset-criticality-a = A (crítico)
asset-criticality-b = B (importante)
asset-criticality-c = C (operar hasta la falla)
asset-status = Estado
asset-status-running = En marcha
asset-status-down = Parado
asset-status-standby = En reserva
asset-status-retired = Dado de baja
asset-manufacturer = Fabricante
asset-model = Modelo
asset-serial = Número de serie
asset-install-date = Fecha de instalación
asset-notes = Notas
asset-qr-label = Etiqueta QR
asset-add-component = Añadir un componente
asset-add-pm = Añadir un plan preventivo
asset-open-work = Trabajo abierto
asset-recent-work = Trabajo reciente
asset-meters = Medidores
asset-pm-schedules = Planes preventivos
asset-cil-standard = Estándar CIL
# el rol de un punto CIL en la lista
asset-cil-role-admin = administrador
asset-cil-role-manager = responsable
asset-cil-role-ehs-officer = técnico de seguridad (EHS)
asset-cil-role-technician = técnico
asset-cil-role-operator = operador
asset-cil-role-auditor = auditor
asset-components = Componentes
asset-move = Mover
asset-move-parent = Código del nuevo equipo padre (vacío: nivel superior)
asset-move-submit = Mover con sus componentes
asset-cil-add-title = Añadir un punto CIL
asset-cil-point = Punto
asset-cil-point-placeholder = Lubricación de la cadena
asset-cil-method = Método
asset-cil-method-placeholder = Aplicar aceite con brocha en la cadena
asset-cil-ok-when = Bien si
asset-cil-ok-when-placeholder = Cadena húmeda, sin eslabones secos
asset-cil-tool = Herramienta / lubricante
# daily, weekly:N y monthly:N se escriben así: no traducirlos
asset-cil-frequency = Frecuencia: daily (diaria), weekly:1 (lunes) … weekly:7, monthly:1 … monthly:31
asset-cil-role = Rol
asset-cil-add = Añadir punto
meter-add-title = Añadir un medidor
meter-name = Nombre
meter-name-placeholder = Horas de funcionamiento
meter-unit = Unidad
meter-unit-placeholder = h
meter-kind = Tipo
meter-kind-cumulative = acumulativo
meter-kind-gauge = instantáneo
meter-option-cumulative = Acumulativo (solo aumenta)
meter-option-gauge = Instantáneo (cualquier valor)
meter-add = Añadir medidor
meter-no-reading = aún sin lecturas
meter-new-reading-for = Nueva lectura de { $name }
meter-reading = Lectura
meter-reset = puesta a cero
meter-chart-label =
    { $count ->
        [one] Última lectura, de { $min } a { $max }
       *[other] Últimas { $count } lecturas, de { $min } a { $max }
    }
title-pm = Mantenimiento preventivo · Gemba
title-schedule = Plan preventivo · Gemba
title-new-schedule = Nuevo plan · Gemba
pm-title = Mantenimiento preventivo
pm-add-hint = Añada un plan desde la página de un equipo.
pm-generate = Generar ahora el trabajo que vence
pm-generated =
    { $count ->
        [one] { $count } orden de trabajo generada, { $missed ->
            [one] { $missed } ocurrencia no realizada registrada.
           *[other] { $missed } ocurrencias no realizadas registradas.
        }
       *[other] { $count } órdenes de trabajo generadas, { $missed ->
            [one] { $missed } ocurrencia no realizada registrada.
           *[other] { $missed } ocurrencias no realizadas registradas.
        }
    }
pm-off = Desactivado
pm-next = próximo: { $when }
pm-trigger-fixed = Calendario fijo
pm-trigger-floating = Flotante (desde la finalización)
pm-trigger-meter = Medidor
pm-trigger-time-or-meter = Tiempo o medidor, lo que llegue primero
pm-trigger-calendar = Regla de calendario (RRULE)
pm-trigger-unknown = Desconocido
pm-due-or-at = { $date } o al llegar a { $reading }
pm-after-open = cuando se complete la orden de trabajo abierta
pm-at-reading = al llegar a { $reading }
pm-holidays = Festivos de la planta
pm-holiday-remove = Quitar
pm-holiday-day = Día
pm-holiday-name = Nombre
pm-holiday-add = Añadir festivo
pm-back = ← Mantenimiento preventivo
pm-lead-days =
    { $count ->
        [one] antelación de { $count } día
       *[other] antelación de { $count } días
    }
pm-every-days =
    { $count ->
        [one] cada día
       *[other] cada { $count } días
    }
pm-every-meter = cada { $value } en el medidor
pm-switched-off = Este plan está desactivado.
pm-next-due = Próximos vencimientos
pm-history = Historial
pm-missed = No realizada
pm-done-on-time = Hecha el { $date } (a tiempo)
pm-done-late = Hecha el { $date } (fuera de su ventana)
# el estado de una orden de trabajo en el historial de un plan
pm-wo-status-requested = solicitada
pm-wo-status-open = abierta
pm-wo-status-in-progress = en curso
pm-wo-status-on-hold = en espera
pm-wo-status-done = terminada
pm-wo-status-cancelled = cancelada
pm-due-window = Vence el { $due } (ventana del { $start } al { $end })
pm-switch-off = Desactivar
pm-switch-on = Activar
pm-new = Nuevo plan preventivo
pm-field-title = Título
pm-falls-due = Cuándo vence
pm-first-due = Primera fecha de vencimiento
pm-every-days-label = Cada … días (fijo, flotante, tiempo o medidor)
pm-meter = Medidor (planes por medidor)
pm-meter-none = Ninguno
pm-meter-every-label = Cada … en el medidor
pm-rrule = Regla de calendario, p. ej. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
pm-lead-label = Antelación (días antes del vencimiento)
pm-on-holiday = En un festivo de la planta
pm-holiday-rule-ignore = Mantener la fecha
pm-holiday-rule-shift = Pasar al siguiente día laborable
pm-holiday-rule-skip = Omitir esa ocurrencia
# [pass], [number …], [photo], [sign] y [meter] se escriben así: no traducirlos
pm-steps-label = Lista de verificación, un paso por línea: texto, [pass] texto, [number 2-4.5 bar] texto, [photo] texto, [sign] texto, [meter] texto
pm-create = Crear plan

## Recordatorios, perfil y administración

title-reminders = Recordatorios · Gemba
title-reminder-policies = Reglas de recordatorio · Gemba
title-outbox = Bandeja de salida · Gemba
title-people = Personas · Gemba
title-person = Persona · Gemba
title-sites = Plantas · Gemba
title-audit-log = Registro de auditoría · Gemba
title-not-found = No encontrado · Gemba
inbox-pages = Páginas
inbox-newer = Más recientes
inbox-older = Más antiguos
inbox-unread =
    { $count ->
        [one] { $count } sin leer
       *[other] { $count } sin leer
    }
inbox-show-all = Mostrar todos
inbox-unread-only = Solo no leídos
inbox-mark-all-read = Marcar todos como leídos
inbox-email-preferences = Preferencias de correo
inbox-empty = No tiene nada pendiente, vencido ni por caducar.
inbox-escalated = Escalado
inbox-mark-read = Marcar como leído
prefs-by-email = Por correo electrónico (la campana muestra todos los recordatorios de todos modos)
prefs-digest-hour = Resumen diario a partir de (hora local)
prefs-time-zone = Zona horaria
prefs-saved = Preferencias guardadas.
prefs-save = Guardar preferencias de recordatorio
policy-saved = Guardado: { $label }.
policy-intro = { $site }: los recordatorios se envían estos días antes de la fecha de vencimiento o de caducidad de un elemento, en la misma fecha y una vez vencido; la escalada va a los responsables de la planta y no se puede desactivar.
policy-no-before = sin recordatorios antes
policy-days-before-n =
    { $count ->
        [one] { $days } día antes
       *[other] { $days } días antes
    }
policy-daily-overdue = a diario una vez vencido
policy-once-overdue = una sola vez al vencer
policy-never-escalated = nunca se escala
policy-escalated-from =
    { $count ->
        [one] se escala a partir de { $count } día de retraso
       *[other] se escala a partir de { $count } días de retraso
    }
policy-changed = Modificada
policy-days-before = Días antes (separados por comas)
policy-every-day = Cada día una vez vencido
policy-escalate = Escalar a los responsables a partir de estos días de retraso (vacío: nunca)
outbox-sending-through = Envío a través de { $server }.
outbox-no-smtp = No hay ningún servidor SMTP configurado (GEMBA_SMTP_URL): los mensajes se guardan aquí y no se envían. Los recordatorios siguen apareciendo en la bandeja de entrada de cada persona.
outbox-n-waiting =
    { $count ->
        [one] { $count } en espera
       *[other] { $count } en espera
    }
outbox-n-sent =
    { $count ->
        [one] { $count } enviado
       *[other] { $count } enviados
    }
outbox-n-failed =
    { $count ->
        [one] { $count } fallido
       *[other] { $count } fallidos
    }
outbox-state = Estado
outbox-state-pending = pendiente
outbox-state-sending = enviando
outbox-state-sent = enviado
outbox-state-failed = fallido
outbox-all = Todos
outbox-show = Mostrar
outbox-none = No hay mensajes.
outbox-sent-at = enviado el { $when }
outbox-next-attempt = próximo intento el { $when }
outbox-queued = en cola desde el { $when }
outbox-to = Para { $to }
outbox-attempts =
    { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
outbox-server-reply = Respuesta del servidor: { $reply }
outbox-retry = Reintentar
password-change = Cambiar la contraseña
password-current = Contraseña actual
password-new = Nueva contraseña (al menos 8 caracteres; mejor 15 o más)
password-again = Repita la nueva contraseña
password-changed = Contraseña cambiada. Se cerraron sus otras sesiones y sus tokens de API dejaron de funcionar; cree otros nuevos abajo.
token-title = Tokens de API
token-intro = Para integraciones con /api/v1. Un token actúa con sus permisos.
token-copy-now = Copie este token ahora; no se volverá a mostrar:
token-name = Nombre
token-name-placeholder = p. ej., sincronización ERP
token-create = Crear token
token-created = creado el { $date }
token-last-used = usado por última vez el { $date }
token-never-used = nunca usado
token-revoked = Revocado
token-revoke-ask = Revocar…
token-revoke = Sí, revocar esta clave
users-search-label = Buscar personas
users-search-placeholder = Nombre o correo electrónico
users-count =
    { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
users-deactivated = Desactivada
users-created = Se creó la cuenta { $email }.
users-add-title = Añadir una persona
users-name = Nombre
users-first-password = Primera contraseña (la persona puede cambiarla)
users-role = Rol
users-end-date = Fecha de fin (obligatoria para auditores)
users-add = Añadir persona
users-all-sites = Todas las plantas
user-back = ← Personas
user-active = Activa
user-roles = Roles
user-grant-title = Conceder un rol
user-framework = Marco normativo (auditores: limitar a uno)
user-all-frameworks = Todos los marcos normativos
user-grant = Conceder
user-deactivate = Desactivar
user-reactivate = Reactivar
user-deactivate-note = Una persona desactivada pierde al instante todas sus sesiones y no puede iniciar sesión.
user-reactivate-note = Podrá volver a iniciar sesión con su contraseña.
user-until = hasta el { $date }
user-expired = Vencido
user-revoke-ask = Revocar…
user-revoke = Sí, revocar este acceso
sites-anonymous-reports = Reportes de problemas sin cuenta (etiquetas QR)
sites-pm-window = Margen del preventivo ±%
sites-pm-window-mode = Trabajo anticipado
sites-pm-window-symmetric = cuenta solo dentro de la ventana
sites-pm-window-late-only = siempre cuenta (con retraso: dentro de la ventana)
sites-pm-window-min = al menos (días)
sites-save-settings = Guardar ajustes
sites-add-title = Añadir una planta
sites-code = Código (2-16 letras, cifras, -)
sites-name = Nombre
sites-address = Dirección
sites-time-zone = Zona horaria
sites-add = Añadir planta
audit-all-my-sites = Todas mis plantas
audit-record-type = Tipo de registro
audit-any = Cualquiera
audit-record-id = Id. del registro
audit-changed-by = Modificado por
audit-anyone = Cualquier persona
audit-from = Desde
audit-until = Hasta
audit-apply = Aplicar
audit-clear = Borrar
audit-none = Ningún evento coincide.
audit-older = Más antiguos
audit-was = antes: { $before }
audit-event-n = evento { $seq }
not-found-title = Página no encontrada
not-found-back = Volver a Gemba

## La página del service worker sin conexión

js-offline-title = Gemba: se necesita conexión
js-offline-heading = Esta página necesita conexión
js-offline-missing = Aquí no hay red, y { $path } no se guardó en este teléfono para usarla sin conexión.
js-offline-kept = Lo que haga en las páginas guardadas en este teléfono se guarda y se envía cuando vuelva la conexión.

## La página de error fuera de la aplicación

err-page-title = Gemba: error
err-page-sorry = Lo sentimos
err-page-internal = Algo falló de nuestro lado.
err-page-request-id = Id. de la solicitud:
err-page-back = Volver a Gemba

## Inspecciones e indicadores

title-templates = Plantillas de listas de verificación · Gemba
title-template = Plantilla · Gemba
title-inspections = Auditorías e inspecciones · Gemba
title-inspection = Auditoría · Gemba
title-inspection-report = Informe de auditoría · Gemba
title-kpi = Indicadores de mantenimiento · Gemba
tmpl-title = Plantillas de listas de verificación
tmpl-name = Nombre
tmpl-category-inspection = inspección
tmpl-category-audit = auditoría
tmpl-state-draft = borrador
tmpl-state-published = publicada
tmpl-state-retired = retirada
tmpl-new = Nueva plantilla
tmpl-kind = Tipo
tmpl-kind-inspection = Inspección
tmpl-kind-audit = Auditoría
tmpl-pass-mark = Umbral de aprobación (%)
# yes_no_na, pass_fail, rating, number, text, photo, weight=, critical, clause= y guidance= son lo que se escribe: no traducirlos
tmpl-items-help = Puntos, uno por línea: # Sección, luego [yes_no_na|pass_fail|rating|number:MÍN..MÁX UNIDAD|text|photo] pregunta | weight=2 | critical | clause=... | guidance=... | text.en=... | guidance.fr=... (el punto en otro idioma), # Sección | en=... | fr=...
tmpl-translated = También en: { $languages }
starter-fire-extinguisher-monthly = Inspección mensual de extintores
starter-forklift-pre-shift = Revisión de la carretilla antes del turno
starter-loto-periodic-annual = Inspección periódica anual de bloqueo y etiquetado
starter-5s-audit = Auditoría 5S del puesto de trabajo
starter-iso-45001-internal = Auditoría interna ISO 45001 por capítulo
starter-iso-9001-internal = Auditoría interna ISO 9001 por capítulo
tmpl-create-draft = Crear borrador
tmpl-pass-mark-items =
    { $count ->
        [one] Umbral de aprobación { $mark } % · { $count } punto
       *[other] Umbral de aprobación { $mark } % · { $count } puntos
    }
tmpl-weight = peso { $weight }
tmpl-publish = Publicar esta versión
tmpl-schedule-title = Programación
tmpl-schedule-submit = Programar
tmpl-edit-draft = Editar este borrador
tmpl-edit-new-version = Editar (crea una nueva versión en borrador)
tmpl-items = Puntos
insp-title = Auditorías e inspecciones
insp-filter-open = Abiertas
insp-filter-done = Terminadas
insp-nothing-here = No hay nada aquí.
insp-status-scheduled = programada
insp-status-in-progress = en curso
insp-status-done = terminada
insp-score = { $score } %
insp-no-score = aún sin puntuación
insp-passed = aprobada
insp-failed = no aprobada
insp-critical-failed = un punto crítico no se cumple
insp-critical = crítico
insp-field-title = Título
insp-due = Fecha límite
insp-area = Área
insp-asset-tag-optional = Código del equipo (opcional)
insp-lead-auditor = Auditor líder
insp-me = Yo
insp-team = Equipo auditor
insp-repeat = Repetición
insp-repeat-once = Una vez
insp-repeat-fixed = Cada N días desde la fecha límite anterior
insp-repeat-floating = N días después de que se hizo la última
insp-every-days = N (días)
insp-lead-days = Mostrarla esta cantidad de días antes de su fecha límite
insp-yes = Sí
insp-no = No
insp-na = N/A
insp-answer-yes = sí
insp-answer-no = no
insp-answer-na = no aplica
insp-answer-pass = conforme
insp-answer-fail = no conforme
insp-answer-photo = foto:{ $id }
insp-value-unit = Valor ({ $unit })
insp-note-optional = Nota (opcional)
insp-add-photo = Añadir foto
insp-raise-finding = Registrar un hallazgo
insp-finding-n = Hallazgo #{ $id }: { $title }
insp-finding-status-open = abierto
insp-finding-status-closed = cerrado
insp-grade-major-nc = No conformidad mayor
insp-grade-minor-nc = No conformidad menor
insp-grade-observation = Observación
insp-grade-ofi = Oportunidad de mejora
insp-grade-good-practice = Buena práctica
insp-capa-n = CAPA #{ $id }
insp-capa-status-open = abierta
insp-capa-status-in-progress = en curso
insp-capa-status-done = terminada
insp-capa-status-verified-effective = eficacia verificada
insp-capa-status-reopened = reabierta
insp-create-work-order = Crear orden de trabajo
insp-create-capa = Crear acción CAPA
insp-root-cause = Causa raíz (obligatoria para una no conformidad)
insp-action = Acción
insp-owner = Responsable
insp-create-action = Crear acción
insp-previous = Anterior
insp-next = Siguiente
insp-auditee-is = auditado: { $name }
# seguido de la fecha y la hora
insp-signed-by = Firmado por { $name } el
insp-all-items = Todos los puntos
insp-one-per-screen = Un punto por pantalla
insp-report = Informe
insp-findings = Hallazgos
insp-sign-off-title = Firma
insp-sign-off = Firmar
insp-auditee-when-present = Auditado (si está presente)
insp-auditee-signs = El auditado firma con su cuenta de Gemba
insp-auditee-email = Correo electrónico del auditado
insp-auditee-password = Contraseña del auditado
insp-your-password = Su contraseña (firma)
insp-no-action = Aún sin acción
insp-verdict-passed = Aprobada
insp-verdict-failed = No aprobada
insp-verdict-none = Aún sin firmar
insp-report-title = Informe de auditoría: { $title }
insp-back = Volver a la auditoría
insp-print = Imprimir
insp-checklist = Lista de verificación
insp-signed = Firmada
# seguido de la fecha y la hora
insp-signed-at = { $name } el
insp-not-yet = todavía no
insp-auditee = Auditado
insp-findings-by-grade = Hallazgos por clasificación
insp-no-findings = Sin hallazgos.
insp-open-actions = Acciones abiertas
insp-nothing-open = Nada abierto.
insp-finding = Hallazgo
insp-failed-items = Puntos no conformes
insp-none = Ninguno.
kpi-title = Indicadores de mantenimiento
kpi-from = Desde
kpi-to = Hasta
kpi-show = Mostrar
kpi-period = Del { $from } al { $to }
kpi-pm-compliance = Cumplimiento del preventivo
kpi-percent = { $value } %
kpi-on-time =
    { $count ->
        [one] { $on_time } de { $count } a tiempo
       *[other] { $on_time } de { $count } a tiempo
    }
kpi-overdue = Órdenes de trabajo vencidas
kpi-backlog = Trabajo pendiente
kpi-hours = { $hours } h
kpi-planned = Mantenimiento planificado
kpi-pm-by-month = Cumplimiento del preventivo por mes
kpi-pm-window = Cuándo un preventivo cuenta como a tiempo
kpi-window-symmetric = Dentro del { $pct } % de su intervalo antes o después de la fecha prevista, y al menos { $min ->
        [one] 1 día
       *[other] { $min } días
    } a cada lado (cada planta lo define en Plantas).
kpi-window-late-only = Cualquier día de su intervalo hasta la fecha prevista, y dentro del { $pct } % del intervalo después, al menos { $min ->
        [one] 1 día
       *[other] { $min } días
    } (cada planta lo define en Plantas).
kpi-window-line = { $interval ->
        [one] Diario
       *[other] Cada { $interval } días
    } ({ $due } previstos): desde { $before ->
        [one] 1 día
       *[other] { $before } días
    } antes hasta { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la fecha prevista
kpi-reliability = Fiabilidad
kpi-failures = Fallos
kpi-downtime-h = Parada h
kpi-mtbf-h = MTBF h
kpi-mttr-h = MTTR h
kpi-availability-pct = Disponibilidad %

## Investigaciones de seguridad, CAPA y cumplimiento

title-safety-event = Evento de seguridad · Gemba
event-osha-case = Caso OSHA
event-open-case = Abrir un caso OSHA
event-details-hidden = Los detalles de la lesión solo son visibles para EHS.
event-where = Dónde
event-people-involved = Personas involucradas
event-done-right-away = Hecho de inmediato
inv-title = Investigación
inv-closed = Cerrada.
inv-witnesses = Testigos
inv-timeline = Cronología
inv-five-why = 5 porqués
inv-why = ¿Por qué { $n }?
inv-root-cause = Causa raíz
inv-cause-category = Categoría de la causa
cause-category-people = Personas (formación, fatiga, comportamiento)
cause-category-method = Método (procedimiento, instrucción)
cause-category-machine = Máquina (equipo, resguardos, herramienta)
cause-category-material = Material (sustancia, pieza)
cause-category-environment = Entorno (distribución, iluminación, clima)
cause-category-management = Gestión (planificación, supervisión, recursos)
inv-contributing-factors = Factores contribuyentes
inv-save = Guardar la investigación
inv-close = Cerrar la investigación
title-capa = CAPA · Gemba
capa-heading = CAPA #{ $id } { $title }
# el tipo de una acción tal como lo muestra su tarjeta
capa-card-kind-immediate = inmediata
capa-card-kind-corrective = correctiva
capa-card-kind-preventive = preventiva
capa-kind-immediate = Inmediata
capa-kind-corrective = Correctiva
capa-kind-preventive = Preventiva
capa-status-open = Abierta
capa-status-in-progress = En curso
capa-status-done = Hecha, pendiente de verificar la eficacia
capa-status-verified-effective = Eficacia verificada
capa-status-reopened = No eficaz, reabierta
capa-overdue = vencida
capa-evidence-is = Evidencia: { $evidence }
capa-checked-by = Verificado por { $name }: { $note }
capa-evidence-placeholder = Evidencia de que se realizó
capa-evidence = Evidencia
capa-create-wo = Crear orden de trabajo
capa-effectiveness-check = Verificación de la eficacia
capa-effective = Eficaz
capa-not-effective = No eficaz
capa-section-title = Acciones correctivas y preventivas
capa-add-an-action = Añadir una acción
capa-action = Acción
capa-owner = Responsable
capa-add = Añadir acción
capa-filter-open = Abiertas
capa-filter-all = Todas
capa-none = No hay acciones.
title-compliance = Cumplimiento · Gemba
title-readiness = Preparación · Gemba
title-evidence = Evidencia · Gemba
title-certificates = Certificados · Gemba
title-audit-packs = Paquetes de auditoría · Gemba
comp-tab-frameworks = Marcos normativos
comp-fw-requirements =
    { $count ->
        [one] { $count } requisito
       *[other] { $count } requisitos
    }
comp-applies-here = se aplica a esta planta
comp-not-chosen = no elegido para esta planta
comp-does-not-apply = No se aplica aquí
comp-applies = Se aplica a esta planta
comp-add-framework-title = Añadir un marco normativo propio
comp-fw-name-placeholder = Manual de calidad del cliente
comp-edition = Edición
comp-add-framework = Añadir marco normativo
comp-covered = Evidencia vigente
comp-gap = Brecha: no hay evidencia aprobada vigente
comp-expires-within =
    { $count ->
        [one] vence en { $count } día
       *[other] vence en { $count } días
    }
comp-open-capa =
    { $count ->
        [one] { $count } CAPA abierta
       *[other] { $count } CAPA abiertas
    }
comp-every-months =
    { $count ->
        [one] cada { $count } mes
       *[other] cada { $count } meses
    }
comp-to-date = hasta el { $date }
comp-readiness =
    { $count ->
        [one] Preparación { $percent } · { $covered } de { $count } requisito con evidencia vigente · vencen: { $in30 } en 30 días, { $in60 } en 60, { $in90 } en 90
       *[other] Preparación { $percent } · { $covered } de { $count } requisitos con evidencia vigente · vencen: { $in30 } en 30 días, { $in60 } en 60, { $in90 } en 90
    }
comp-percent = { $value } %
comp-file-evidence = Registrar evidencia
comp-requirement = Requisito
comp-link-label = Enlace (para un enlace)
comp-record-label = Registro (para un registro en Gemba)
comp-number = Número
comp-record-number = Número de registro
comp-effective-date = Fecha de vigencia
comp-valid-until = Válida hasta
comp-create-evidence = Crear evidencia
comp-add-requirement-title = Añadir un requisito
comp-reference = Referencia (cláusula o apartado)
comp-short-title = Título breve
comp-every-label = Cada (meses; vacío: una vez o cuando cambie)
comp-add-requirement = Añadir requisito
comp-map-title = Registrar evidencia a partir del trabajo
comp-map-help = Cada vez que se completa el plan de PM, la plantilla de auditoría o el tipo de certificación asociados, se genera evidencia aprobada, con la fecha en que se realizó el trabajo.
comp-work = Trabajo
comp-source-pm-schedule = Plan de PM
comp-source-inspection-template = Plantilla de auditoría o inspección
comp-source-cert-type = Tipo de certificación
comp-its-number = Su número
comp-map = Asociar
evidence-kind-file = Archivo subido
evidence-kind-link = Enlace
evidence-kind-record = Registro en Gemba
evidence-record-type-work-order = Orden de trabajo
evidence-record-type-inspection = Auditoría o inspección
evidence-record-type-person-certification = Registro de formación o certificación
evidence-record-type-capa = Acción CAPA
# el tipo de un registro vinculado junto a su número
evidence-record-name-work-order = orden de trabajo
evidence-record-name-inspection = inspección
evidence-record-name-person-certification = certificación de persona
evidence-record-name-capa = CAPA
evidence-status-draft = Borrador
evidence-status-in-review = En revisión
evidence-status-approved = Aprobada
evidence-status-rejected = Rechazada
evidence-status-expired = Vencida
evidence-revision-n = revisión { $revision }
evidence-counts = cuenta para la preparación
evidence-not-counts = no cuenta para la preparación
evidence-effective = vigente desde el { $date }
evidence-valid-until = válida hasta el { $date }
evidence-supports = Respalda
evidence-owner = Responsable
evidence-origin = Origen
evidence-origin-auto = Registrada por el propio trabajo
evidence-origin-manual = Registrada a mano
evidence-approved-by = Aprobada por
evidence-by-at = { $name }, el
evidence-link = Enlace
evidence-record = Registro
evidence-revisions = Revisiones
evidence-revision = Revisión { $number }
evidence-bytes =
    { $count ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
evidence-intact = Archivo íntegro
evidence-altered = ALTERADO: el archivo guardado ya no coincide con su SHA-256
evidence-upload-title = Subir una revisión
evidence-file-label = Archivo (PDF, foto, Word/Excel, texto)
evidence-review = Revisión
evidence-submit = Enviar a revisión
evidence-password = Su contraseña (firma)
cert-certificates = Certificados
cert-decision = decisión { $date }
comp-expires = vence el { $date }
cert-status-valid = Vigente
cert-status-surveillance-due = Auditoría de seguimiento pendiente
cert-status-surveillance-overdue = Auditoría de seguimiento vencida
cert-status-expired = Vencido
cert-next-surveillance = Próxima auditoría de seguimiento antes del { $date }
cert-no-surveillance-left = No quedan auditorías de seguimiento en este ciclo
cert-surveillance = { $year }: antes del { $due }, { $held }
cert-held = realizada el { $date }
cert-held-late =
    { $days ->
        [one] realizada el { $date }, con 1 día de retraso
       *[other] realizada el { $date }, con { $days } días de retraso
    }
cert-not-held-yet = aún no realizada
cert-record-audit = Registrar una auditoría
cert-kind-surveillance = Seguimiento
cert-kind-recertification = Recertificación
cert-held-on = Realizada el
cert-new-decision = Nueva fecha de decisión (recertificación)
cert-new-expiry = Nuevo vencimiento impreso (recertificación)
comp-record = Registrar
cert-add-title = Añadir un certificado
cert-standard = Norma
cert-body = Organismo de certificación
cert-number = Número de certificado
cert-scope = Alcance
cert-decision-date = Decisión de certificación
cert-expiry-printed = Vencimiento impreso
cert-add = Añadir certificado
comp-matrix-title = Matriz de competencias
comp-any-status = Cualquier estado
competency-valid = Vigente
competency-expiring = Vence en 30 días
competency-expired = Vencida
competency-missing = Falta
comp-any-role = Cualquier rol
# un rol en la matriz de competencias
comp-role-admin = administrador
comp-role-manager = responsable
comp-role-ehs-officer = técnico de seguridad (EHS)
comp-role-technician = técnico
comp-role-operator = operador
comp-role-auditor = auditor
comp-download-csv = Descargar CSV
comp-person = Persona
comp-no-role-needs = Ningún rol necesita aún una certificación en esta planta.
comp-record-cert-title = Registrar una certificación
comp-issued-on = Emitida el
comp-expires-on = Vence el (si está impreso)
comp-role-needs-title = Lo que necesita cada rol aquí
comp-require = Exigir
comp-records = Registros
comp-issued = Emitida el { $date }
comp-document = Documento
comp-upload-document = Subir documento
pack-title = Paquetes de auditoría
pack-framework = Marco normativo
pack-to = Hasta
pack-build = Generar paquete de auditoría
pack-period = del { $from } al { $to }
pack-requested-by = Solicitado por { $name }, el
pack-ready =
    { $count ->
        [one] Listo · { $size } byte · SHA-256 { $sha }
       *[other] Listo · { $size } bytes · SHA-256 { $sha }
    }
pack-failed = Falló: { $error }
pack-queued = En cola
pack-building = Generando · { $percent } %
pack-download = Descargar ZIP
pack-index-title = Paquete de auditoría
pack-index-heading = Paquete de auditoría: { $framework } { $edition }
pack-index-about = { $site } ({ $code }) · periodo del { $from } al { $to } · generado el { $at } por Gemba
pack-index-requirements = Requisitos y evidencias
pack-index-gap = Ninguna evidencia aprobada en el periodo
pack-index-altered = Archivo alterado o ausente: no incluido
pack-index-approved = aprobada
pack-index-no-end = sin fin
pack-index-covered = { $covered } de { $total } requisitos tienen evidencias aprobadas en el periodo.
pack-index-pm = Cumplimiento del mantenimiento preventivo
pack-index-pm-figures = { $due } órdenes de mantenimiento preventivo vencidas, { $on_time } hechas a tiempo: { $percent }
pack-index-capa = Acciones correctivas y preventivas (CAPA)
pack-index-certificates = Certificados
pack-index-competency = Matriz de competencias ({ $on })
pack-col-requirement = Requisito
pack-col-evidence = Evidencia
pack-col-status = Estado
pack-col-effective = Vigente desde
pack-col-valid-until = Válida hasta
pack-col-file = Archivo / SHA-256
pack-col-action = Acción
pack-col-kind = Tipo
pack-col-due = Vence
pack-col-verified = Verificada
pack-col-standard = Norma
pack-col-body = Organismo de certificación
pack-col-number = Número
pack-col-decision = Decisión
pack-col-expiry = Vencimiento
pack-col-next-surveillance = Próxima auditoría de seguimiento
pack-col-person = Persona

## Archivos para hojas de cálculo (la matriz de competencias)

csv-person = Persona
csv-roles = Funciones
csv-not-required = no exigido
csv-competency-valid = vigente
csv-competency-expiring = por caducar
csv-competency-expired = caducado
csv-competency-missing = falta
csv-role-admin = administrador
csv-role-manager = responsable
csv-role-ehs-officer = técnico_EHS
csv-role-technician = técnico
csv-role-operator = operador
csv-role-auditor = auditor

## Registros OSHA

title-osha = Registros OSHA · Gemba
title-osha-case = Caso OSHA · Gemba
title-osha-new-case = Nuevo caso OSHA · Gemba
title-osha-301 = OSHA 301 · Gemba
title-osha-log = Registro OSHA 300 · Gemba
title-osha-privacy = Lista de casos de privacidad · Gemba
title-osha-rates = Tasas de seguridad · Gemba
title-osha-summary = OSHA 300A · Gemba
title-osha-ita = Archivos ITA · Gemba
osha-year = Año
osha-show = Mostrar
osha-link-log = Registro 300
osha-link-privacy = Lista de privacidad
osha-link-ita = Archivos ITA
osha-link-summary = Resumen 300A
osha-link-rates = Tasas
osha-cases = Casos
osha-new-case = Nuevo caso
osha-no-cases = No hay casos este año.
osha-to-confirm = Registrabilidad por confirmar · registrar antes del { $date }
osha-recordable = Registrable
osha-not-recordable = No registrable
osha-entered-late =
    { $count ->
        [one] registrado con { $count } día de retraso
       *[other] registrado con { $count } días de retraso
    }
osha-establishment = Establecimiento
osha-establishment-name = Nombre del establecimiento
osha-company-name = Nombre de la empresa
osha-ein = EIN (9 dígitos)
osha-street-address = Dirección
osha-city = Ciudad
osha-state-code = Estado (dos letras)
osha-zip = Código postal (ZIP)
osha-naics = Código NAICS (6 dígitos)
osha-industry = Descripción de la actividad
osha-establishment-type = Tipo de establecimiento
osha-establishment-type-private = Industria privada
osha-establishment-type-state-government = Gobierno estatal
osha-establishment-type-local-government = Gobierno local
osha-save-establishment = Guardar el establecimiento
osha-year-data = { $year }: empleados y horas
osha-annual-average-employees = Número medio anual de empleados
osha-total-hours = Total de horas trabajadas por todos los empleados
osha-change-reason = Motivo del cambio (al corregir un año ya enviado)
osha-new-case-title = Nuevo caso OSHA
osha-from-event = Desde el evento de seguridad #{ $id }
osha-open-case = Abrir el caso
osha-employee-name = Nombre del empleado
osha-job-title = Puesto
osha-injury-date = Fecha de la lesión o del inicio de la enfermedad
osha-learned-on = Fecha en que se enteró
osha-where = Dónde ocurrió el evento
osha-injury-description = Lesión o enfermedad, partes del cuerpo afectadas y objeto o sustancia que causó directamente la lesión o la enfermedad
osha-case-type = Tipo (columna M)
osha-case-type-1 = Lesión
osha-case-type-2 = Trastorno de la piel
osha-case-type-3 = Afección respiratoria
osha-case-type-4 = Intoxicación
osha-case-type-5 = Pérdida de audición
osha-case-type-6 = Todas las demás enfermedades
osha-case-title = Caso { $number }
osha-case-deadlines = Registrar antes del { $record_by } (OSHA-8: 7 días después de saberlo) · se conserva hasta el { $kept_until } · en el registro de { $year }
osha-case-late =
    { $count ->
        [one] Registrado tarde: el { $recorded_on }, { $count } día después del límite de 7 días ({ $record_by }; se supo el { $learned_on }).
       *[other] Registrado tarde: el { $recorded_on }, { $count } días después del límite de 7 días ({ $record_by }; se supo el { $learned_on }).
    }
osha-form-301-printable = Formulario 301 (para imprimir)
osha-all-cases = Todos los casos
osha-section-decision = 1. ¿Es registrable?
osha-confirmed = Confirmado por el responsable de EHS.
osha-overridden-recordable = Anulado: { $reason }. Cuenta como registrable.
osha-overridden-not-recordable = Anulado: { $reason }. Cuenta como no registrable.
osha-waiting-confirmation = Pendiente de la confirmación del responsable de EHS.
osha-legend-work-related = OSHA-1: relacionado con el trabajo y nuevo
osha-q-work-related = Relacionado con el trabajo: un evento o una exposición en el entorno de trabajo lo causó o contribuyó a él, o agravó de forma significativa una afección previa
osha-q-new-case = Un caso nuevo: no es la recaída de un caso registrado cuyos síntomas habían desaparecido
osha-legend-general = OSHA-1: criterios generales de registro
osha-death = Fallecimiento
osha-q-days-away = Días de baja (después del día de la lesión), incluidos los días recomendados por un médico
osha-q-restricted-after = Trabajo restringido o traslado de puesto después del día de la lesión
osha-q-restricted-injury-day = Restringido solo el día de la lesión (OSHA-3: no cuenta)
osha-q-unconscious = Pérdida del conocimiento
osha-q-diagnosis = Diagnóstico significativo de un médico o de un profesional de la salud autorizado
osha-none = Ninguno
osha-diagnosis-cancer = Cáncer
osha-diagnosis-chronic = Enfermedad crónica irreversible
osha-diagnosis-fracture = Hueso o diente fracturado o fisurado
osha-diagnosis-eardrum = Tímpano perforado
osha-legend-treatment = OSHA-2: tratamiento médico más allá de los primeros auxilios (dado o recomendado)
osha-treatment-otc-rx-strength = Medicamento sin receta a dosis de receta
osha-treatment-wound-closure = Suturas, grapas o pegamento quirúrgico
osha-treatment-rigid-support = Férula rígida, varillas o yeso
osha-treatment-therapy = Fisioterapia o tratamiento quiropráctico
osha-treatment-prescription = Medicamento con receta
osha-treatment-other = Otro tratamiento (descríbalo)
osha-other-treatment = Otro tratamiento
osha-q-declined = Se recomendó el tratamiento pero el empleado lo rechazó (cuenta igualmente)
osha-legend-first-aid = OSHA-2: primeros auxilios (lista cerrada A-N)
osha-first-aid-a = Medicamento sin receta a dosis sin receta
osha-first-aid-b = Vacuna antitetánica
osha-first-aid-c = Limpiar, lavar o remojar una herida superficial
osha-first-aid-d = Apósito, vendaje, vendaje de mariposa o Steri-Strip
osha-first-aid-e = Terapia de frío o calor
osha-first-aid-f = Soporte no rígido (venda elástica, faja lumbar no rígida)
osha-first-aid-g = Inmovilización temporal para el traslado
osha-first-aid-h = Perforar una uña o drenar una ampolla
osha-first-aid-i = Parche ocular
osha-first-aid-j = Cuerpo extraño retirado del ojo con irrigación o hisopo de algodón
osha-first-aid-k = Astilla retirada (no del ojo) con irrigación, pinzas o hisopo
osha-first-aid-l = Protector de dedo
osha-first-aid-m = Masaje
osha-first-aid-n = Beber líquidos por estrés térmico
osha-decide = Decidir
osha-confirm-decision = Confirmar la decisión
osha-override-reason = O anularla, indicando el motivo
osha-override = Anular
osha-section-classification = 2. Clasificación
osha-outcome = Resultado { $outcome } · { $case_type }
osha-k-days-away =
    { $count ->
        [one] K { $count } día de baja
       *[other] K { $count } días de baja
    }
osha-l-days-restricted =
    { $count ->
        [one] L { $count } día de trabajo restringido
       *[other] L { $count } días de trabajo restringido
    }
osha-capped = limitado a 180 días
osha-date-of-death = Fecha del fallecimiento
osha-away-periods = Días de baja: periodos, uno por línea (2026-03-02..2026-03-06; solo la fecha de inicio mientras continúe)
osha-restricted-periods = Trabajo restringido o traslado de puesto: periodos, uno por línea
osha-recommended-away = Días de baja recomendados por un médico (si son más que los tomados)
osha-recommended-restricted = Días de trabajo restringido recomendados por un médico
osha-classify = Clasificar
osha-section-privacy = 3. Caso de privacidad (OSHA-7)
osha-not-privacy-case = No es un caso de privacidad
osha-privacy-reason-intimate = Parte íntima del cuerpo o aparato reproductor
osha-privacy-reason-sexual-assault = Agresión sexual
osha-privacy-reason-mental-illness = Enfermedad mental
osha-privacy-reason-hiv-hepatitis-tb = VIH, hepatitis o tuberculosis
osha-privacy-reason-needlestick = Pinchazo con aguja u objeto cortopunzante contaminado con sangre de otra persona u OPIM
osha-privacy-reason-employee-request = Enfermedad; el empleado pidió privacidad
osha-section-details = 4. Datos del caso (columnas A-F)
osha-section-301 = 5. Formulario 301
osha-delete = Eliminar
osha-delete-ask = Eliminar este caso…
osha-delete-case = Sí, eliminar este caso
osha-retention = Los registros OSHA se conservan 5 años después del final de { $year }: este caso se puede eliminar a partir del { $date }.
osha-yes = Sí
osha-no = No
osha-employee-street = Calle del empleado
osha-state = Estado
osha-date-of-birth = Fecha de nacimiento
osha-date-hired = Fecha de contratación
osha-sex = Sexo
osha-sex-not-given = No indicado
osha-sex-male = Hombre
osha-sex-female = Mujer
osha-physician = Médico u otro profesional de la salud
osha-facility = Centro donde se dio el tratamiento (nombre, dirección)
osha-emergency-room = ¿Se atendió en urgencias?
osha-hospitalized = ¿Fue hospitalizado con ingreso durante la noche?
osha-time-began-work = Hora en que el empleado empezó a trabajar (HH:MM)
osha-time-of-event = Hora del evento (HH:MM; en blanco: no se puede determinar)
osha-before-incident = ¿Qué hacía el empleado justo antes del incidente?
osha-what-happened = ¿Qué pasó?
osha-object-substance = ¿Qué objeto o sustancia lesionó directamente al empleado?
osha-save-301 = Guardar el formulario 301
osha-print = Imprimir
osha-form-in-en = Formulario en inglés
osha-form-in-es = Formulario en español
osha-form-note = Las etiquetas son las del formulario de OSHA; cada una lleva al lado su explicación en español.
osha-gloss-a = número del caso
osha-gloss-b = nombre del empleado
osha-gloss-c = puesto
osha-gloss-d = fecha de la lesión o del inicio de la enfermedad
osha-gloss-e = dónde ocurrió el evento
osha-gloss-f = la lesión o enfermedad, las partes del cuerpo afectadas y el objeto o la sustancia que la causó
osha-gloss-g = muerte
osha-gloss-h = caso con días de baja
osha-gloss-i = caso con traslado de puesto o trabajo restringido
osha-gloss-j = otro caso registrable
osha-gloss-k = días de baja
osha-gloss-l = días de traslado de puesto o trabajo restringido
osha-gloss-m1 = lesión
osha-gloss-m2 = trastorno de la piel
osha-gloss-m3 = afección respiratoria
osha-gloss-m4 = intoxicación
osha-gloss-m5 = pérdida de audición
osha-gloss-m6 = todas las demás enfermedades
osha-gloss-employees = número medio anual de empleados
osha-gloss-hours = total de horas trabajadas por todos los empleados en el año
osha-gloss-certify = el directivo que firma declara que los datos son verdaderos, exactos y completos
osha-gloss-301-1 = nombre completo
osha-gloss-301-2 = domicilio
osha-gloss-301-3 = fecha de nacimiento
osha-gloss-301-4 = fecha de contratación
osha-gloss-301-5 = sexo
osha-gloss-301-6 = médico u otro profesional de la salud
osha-gloss-301-7 = dónde se dio el tratamiento, si fue fuera del lugar de trabajo
osha-gloss-301-8 = ¿atendido en urgencias?
osha-gloss-301-9 = ¿hospitalizado una noche como paciente interno?
osha-gloss-301-10 = número del caso en el registro 300
osha-gloss-301-11 = fecha de la lesión o enfermedad
osha-gloss-301-12 = hora a la que el empleado empezó a trabajar
osha-gloss-301-13 = hora del evento
osha-gloss-301-14 = qué hacía el empleado justo antes
osha-gloss-301-15 = qué ocurrió
osha-gloss-301-16 = la lesión o enfermedad
osha-gloss-301-17 = qué dañó directamente al empleado
osha-gloss-301-18 = fecha de la muerte, si el empleado murió
osha-log-title = Formulario OSHA 300 · { $establishment } · { $year }
osha-download-csv = Descargar CSV
osha-log-pending =
    { $count ->
        [one] { $count } caso espera la confirmación de registrabilidad y aún no está en el registro.
       *[other] { $count } casos esperan la confirmación de registrabilidad y aún no están en el registro.
    }
osha-privacy-title = Lista confidencial de casos de privacidad
osha-case-no = N.º de caso
osha-employee = Empleado
osha-rates-title = Tasas de incidencia { $year }
osha-rates-defined = Por cada 200.000 horas trabajadas (LTIFR por cada 1.000.000); n/d cuando no hay horas registradas. El tiempo perdido es un fallecimiento (G) o un caso con días de baja (H), no el trabajo restringido; el LTIFR cuenta los casos con tiempo perdido que son lesiones (M1). La gravedad cuenta los días de baja (K) y de trabajo restringido (L), con un máximo de 180 por caso.
osha-site = Planta
osha-hours = Horas
osha-recordable-count = Registrables
osha-severity = Gravedad
osha-all-sites = Todas las plantas
osha-trend-title = Tendencia (esta planta, TRC acumulado del año)
osha-trend-label = TRC acumulado del año por mes
osha-trend-point =
    { $count ->
        [one] mes { $month }: { $count } caso, TRC { $trc }
       *[other] mes { $month }: { $count } casos, TRC { $trc }
    }
osha-summary-deadlines = Publicar del { $from } al { $until } · envío a la ITA antes del { $due }
osha-totals-reconcile = Los totales cuadran: G+H+I+J = M1+...+M6.
osha-totals-do-not-reconcile = Los totales no cuadran.
osha-certification = Certificación
osha-certified = Certificado por { $name }, { $title } ({ $phone }), el { $date } — firmado por { $signed_by } el
osha-cert-name = Nombre del directivo de la empresa
osha-cert-title = Cargo
osha-cert-phone = Teléfono
osha-cert-password = Su contraseña (firma)
osha-certify = Certificar
osha-ita-title = Archivos para la Injury Tracking Application (ITA) de OSHA
osha-ita-case-n = caso { $number },
osha-ita-summary-file = Archivo del resumen 300A ({ $year })
osha-ita-download-summary = Descargar el CSV 300A
osha-ita-fix-first = Corrija esto antes de descargar:
osha-ita-case-file =
    { $count ->
        [one] Archivo de datos de casos ({ $count } caso)
       *[other] Archivo de datos de casos ({ $count } casos)
    }
osha-ita-download-cases = Descargar el CSV de casos
osha-ita-submission = Envío
osha-ita-submitted = Enviado a OSHA el { $date } (plazo: { $due }).
osha-ita-due = Plazo: { $due }. Registre el envío una vez hecho en la ITA de OSHA: los recordatorios se detienen.
osha-ita-submitted-on = Enviado el
osha-ita-record = Registrar el envío

## Darse de baja de los recordatorios por correo

unsub-stop = Dejar de recibir recordatorios por correo
unsub-ask = ¿Dejar de recibir los recordatorios opcionales de Gemba por correo? Seguirá viendo los recordatorios en la aplicación, y lo que se le escala como responsable de la planta se le seguirá enviando.
unsub-stopped = Recordatorios por correo desactivados
unsub-stopped-text = No recibirá más recordatorios opcionales por correo. Puede volver a activarlos desde su perfil
unsub-invalid = Enlace no válido
unsub-invalid-text = Este enlace para darse de baja no es válido.
unsub-failed = Algo falló
unsub-failed-text = Vuelva a intentarlo más tarde.

## Tipos de recordatorio

item-type-work-order = Órdenes de trabajo
item-type-pm = Mantenimiento preventivo
item-type-cil-round = Rondas CIL sin hacer
item-type-tag = Tarjetas de anomalía abiertas demasiado tiempo
item-type-capa = Acciones CAPA
item-type-audit = Auditorías e inspecciones
item-type-evidence = Evidencias por caducar
item-type-certificate = Certificados de la organización por caducar
item-type-person-cert = Certificaciones de personas por caducar
item-type-osha-recording = OSHA: registrar un caso en 7 días
item-type-osha-300a = OSHA: 300A certificado y publicado antes del 1 de febrero
item-type-osha-ita = OSHA: envío ITA antes del 2 de marzo
prefs-escalations-note = Lo que se le escala como responsable de la planta siempre llega por correo.

## Mensajes de las comprobaciones del archivo ITA

msg-ita-required = Obligatorio.
msg-ita-more-than-zero = Más de 0.
msg-ita-ein = Un EIN tiene nueve dígitos, p. ej. 12-3456789.
msg-ita-zip = Un código ZIP de cinco dígitos o ZIP+4, p. ej. 75001 o 75001-1234.
msg-ita-naics = Un código NAICS de seis dígitos.
msg-ita-state = El código postal de dos letras del estado, p. ej. TX.
msg-ita-establishment-type = Elija privado, gobierno estatal o gobierno local.
msg-ita-required-death = Obligatorio en caso de muerte.
msg-ita-only-death = Solo en caso de muerte.
msg-ita-before-incident = Antes de la fecha del incidente.
msg-ita-after-incident = Después de la fecha del incidente.
msg-ita-sex = M, F o en blanco.
msg-ita-death-no-days = Una muerte no lleva recuento de días.
msg-ita-days-away-case = Un caso con días de baja necesita sus días de baja.
msg-ita-restriction-case = Un caso de traslado o restricción necesita sus días.
msg-ita-cap-180 = Los días de baja y de restricción juntos tienen un tope de 180.
msg-ita-hours-per-employee = Más horas por empleado de las que tiene un año; revise ambas cifras.

## Mensajes de archivos rechazados

msg-pm-window-pct = Introduzca un porcentaje entero de 0 a 50.
msg-pm-window-mode = Elija si cuenta el trabajo anticipado: antes o después de la fecha prevista, o solo después.
msg-pm-window-min-days = Introduzca un número entero de días de 0 a 30.
msg-cert-held-future = Registre una auditoría una vez realizada.
msg-cert-decision-future = Registre un certificado cuando el organismo de certificación haya decidido: esta fecha está en el futuro.
msg-cert-expiry-after-decision = El vencimiento debe ser posterior a la decisión de certificación.
msg-cert-new-expiry-after = El nuevo vencimiento debe ser posterior a la decisión de recertificación.
msg-cert-kind = Elija seguimiento o recertificación.
msg-recert-future = Registre la recertificación una vez decidida: esta fecha está en el futuro.
msg-file-empty = El archivo está vacío.
msg-file-too-large = El archivo pesa más de 10 MB.
msg-photo-kinds = Solo se aceptan fotos JPEG, PNG y WebP.
msg-document-kinds = Suba un PDF, una foto, un archivo Word/Excel/OpenDocument, o un archivo de texto o CSV.
msg-upload-route-limit = El archivo pesa más de { $mb } MB; elija uno más pequeño.
msg-upload-failed = La subida falló (id. de la solicitud { $id }).

## Scan
scan-title = Escanear un equipo
scan-camera = Escanear su código QR
scan-pointing = Apunte la cámara a la etiqueta QR.
scan-no-camera = No se pudo abrir la cámara: escriba la etiqueta.
scan-type-tag = O escriba la etiqueta de su placa
scan-find = Buscar
scan-hint = La aplicación de cámara del teléfono también abre una etiqueta QR de Gemba.
scan-none = Ningún equipo de este sitio coincide con «{ $code }».
scan-maybe = ¿Es alguno de estos?

## Tables wider than a phone
table-tags = Etiquetas por categoría
table-reliability = Fiabilidad por equipo
table-osha-log = Registro OSHA 300
table-osha-rates = Tasas por sitio
table-osha-year-rates = Tasas del año
table-osha-privacy = Casos de privacidad

## OSHA special criteria (1904.8 to 1904.11)
osha-legend-special = Casos especiales (1904.8 a 1904.11)
osha-q-sharp = Un pinchazo con aguja o un corte con un objeto punzante contaminado con sangre u otro material potencialmente infeccioso de otra persona (1904.8)
osha-q-medical-removal = Retirado del trabajo según los requisitos de vigilancia médica de una norma de OSHA (1904.9)
osha-q-tuberculosis = Infectado de tuberculosis tras una exposición en el trabajo a un caso conocido de tuberculosis activa (1904.11)
osha-hearing = Prueba de audición (1904.10)
osha-hearing-hint = Umbrales en dB a 2000, 3000 y 4000 Hz, audiograma de referencia y actual, para cada oído examinado (se pueden usar valores corregidos por edad).
osha-ear-left = Oído izquierdo
osha-ear-right = Oído derecho
osha-baseline = Referencia
osha-current = Actual

## Producción y OEE
nav-production = Producción
title-production = Producción · Gemba
prod-title = Producción
prod-intro = Registre las cantidades de cada turno y sus paradas: la página de KPI las convierte en OEE (disponibilidad × rendimiento × calidad).
prod-no-assets = Ningún equipo tiene todavía un tiempo de ciclo ideal: indíquelo en la página del equipo (Tiempo de ciclo ideal) para registrar su producción.
prod-record-shift = Registrar un turno
prod-date = Día en que empieza el turno
prod-start = Inicio
prod-end = Fin
prod-planned = Tiempo de producción planificado (minutos)
prod-planned-hint = En blanco: todo el turno
prod-total = Unidades producidas
prod-rejects = Unidades rechazadas
prod-startup-rejects = De ellas, rechazadas en el arranque
prod-save-shift = Guardar el turno
prod-saved = Guardado para { $asset }: OEE { $oee }.
prod-record-stop = Registrar una parada
prod-stop-hint = Una parada ya terminada, con su motivo: las paradas no planificadas y planificadas reducen la disponibilidad; las no programadas (pausas, sin pedidos) no cuentan.
prod-stop-from = Parado a las
prod-stop-to = En marcha de nuevo a las
prod-save-stop = Guardar la parada
prod-stop-saved = Parada guardada.
prod-kind-unplanned = no planificada
prod-kind-planned = planificada
prod-kind-not-scheduled = no programada
prod-recent = Últimos turnos
prod-counts = { $total } producidas, { $rejects } rechazadas, { $planned } min planificados
prod-factors = D { $a } · R { $p } · C { $q } · OEE { $oee }
prod-import = Importar cantidades de producción (CSV)
prod-import-help = Una fila por equipo y turno, con la cabecera asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects (horas HH:MM del reloj del sitio; planned_minutes, rejects y startup_rejects pueden quedar en blanco). Se importan todas las filas o ninguna.
prod-imported =
    { $count ->
        [one] { $count } turno importado.
       *[other] { $count } turnos importados.
    }
prod-reasons = Motivos de parada
prod-reason-off = Desactivar
prod-reason-on = Activar
prod-reason-code = Código
prod-reason-name = Nombre
prod-reason-kind = Tipo
prod-reason-add = Añadir el motivo
kpi-oee = OEE
kpi-oee-none = No hay producción registrada en este periodo.
kpi-oee-shifts =
    { $count ->
        [one] { $count } turno
       *[other] { $count } turnos
    }
kpi-oee-trend = OEE en el periodo
kpi-six-losses = Seis grandes pérdidas
kpi-six-losses-rule = Sobre { $planned } de tiempo de producción planificado; { $outside } de paradas no programadas quedan fuera y no cuentan. Las paradas no planificadas de menos de 5 minutos son microparadas.
kpi-oee-by-asset = OEE por equipo
kpi-oee-enter = Registrar producción
oee-availability = Disponibilidad
oee-performance = Rendimiento
oee-quality = Calidad
oee-loss = Pérdida
oee-factor = Factor
oee-lost-h = Horas perdidas
oee-shifts = Turnos
oee-loss-unplanned = Paradas no planificadas (averías)
oee-loss-planned = Paradas planificadas (cambios, ajustes)
oee-loss-small-stops = Microparadas
oee-loss-slow-cycles = Ciclos lentos
oee-loss-production-rejects = Rechazos de producción
oee-loss-startup-rejects = Rechazos de arranque
asset-cycle-time = Tiempo de ciclo ideal
asset-cycle-none = Sin definir: todavía no se puede registrar la producción de este equipo para el OEE.
asset-cycle-line = { $seconds } s por unidad desde
asset-cycle-seconds = Segundos por unidad al ritmo ideal
asset-cycle-from = Desde (en blanco: ahora)
asset-cycle-save = Fijar el tiempo de ciclo

## Changes on this phone
js-state-sent = Enviado
js-note-sent = Enviado
js-sent-at = tocado el { $when }, enviado el { $sent }
js-all-changes = Todos los cambios hechos en este teléfono
title-changes = Cambios en este teléfono · Gemba
changes-title = Cambios en este teléfono
changes-intro = Lo que hizo en este teléfono, lo más reciente primero: en espera de envío, rechazado (con el motivo y sus opciones), esperando su firma, y lo enviado en las últimas 24 horas. Nadie más que inicie sesión en este teléfono los ve.
changes-empty = Nada en espera, y nada enviado desde este teléfono en las últimas 24 horas.
wo-reassign = Reasignar
wo-reassign-to = Dar esta orden de trabajo a
wo-reassign-button = Reasignar
js-started-here = Iniciada en este teléfono: ya puede registrar el trabajo; se envía, con el inicio, cuando vuelva la conexión.
round-tomorrow = Ronda de mañana
round-see-tomorrow = Ronda de mañana
round-see-today = Ronda de hoy
asset-safety = Antes de empezar
asset-energy-control = Control de energías peligrosas (bloqueo y etiquetado)
asset-energy-control-hint = Fuentes de energía, puntos de aislamiento y los pasos para bloquear y verificar
asset-safety-notes = Notas de seguridad
asset-safety-notes-hint = Peligros y equipo de protección que hay que llevar
msg-prod-not-started = El turno aún no ha empezado: regístrelo cuando empiece.
msg-prod-date = Indique una fecha como AAAA-MM-DD.
msg-prod-time = Indique una hora como HH:MM.
msg-prod-planned-max = Como máximo los { $minutes } minutos del turno.
msg-prod-planned = Indique los minutos planificados de producción, más de 0.
msg-prod-number = Indique un número.
msg-prod-units = Indique un número entero de unidades, 0 o más.
msg-prod-rejects = Más rechazos que las { $total } unidades producidas.
msg-prod-startup = Los rechazos de arranque forman parte de los rechazos: como máximo { $rejects }.
msg-prod-cycle = Indique los segundos que tarda una unidad al ritmo ideal, más de 0 y como máximo 86400.
msg-prod-no-cycle = { $tag } no tiene tiempo de ciclo ideal para este turno: indíquelo primero en la página del equipo.
msg-prod-overlap = La producción de { $tag } ya está registrada para un turno que se solapa con este ({ $day } { $from }-{ $to }).
msg-prod-reason = Elija un motivo de la lista del sitio.
msg-prod-stop-time = Indique una fecha y hora como 2026-12-05 08:10.
msg-prod-stop-order = El fin no es posterior al inicio.
msg-prod-stop-future = Esto aún no ha pasado: registre la parada cuando haya terminado.
msg-prod-stop-overlap = { $tag } ya tiene otra parada registrada en ese intervalo.
msg-prod-cycle-from = Indique una fecha como AAAA-MM-DD, o déjela en blanco para ahora.
msg-wo-reassigned = La orden de trabajo n.º { $id } se reasignó a { $names } entretanto: no se registró nada en ella.

## Field errors and refusals the server writes in English, found by their English text
msg-actions-are-raised-from-investigation = Las acciones se crean desde una investigación o un hallazgo.
msg-asset-cannot-moved-under-itself = Un activo no puede moverse bajo sí mismo ni bajo uno de sus componentes.
msg-asset-hierarchy-has-at-most = Una jerarquía de activos tiene como máximo { $max } niveles; así tendría { $depth }.
msg-auditor-grant-needs-end-date = El acceso de un auditor necesita una fecha de fin.
msg-employee-s-request-makes-only = La petición del empleado solo convierte en caso de privacidad una enfermedad, no una lesión.
msg-operation-id-must-uuid = El identificador de operación debe ser un UUID.
msg-another-asset-site-already-has = Otro activo de este sitio ya tiene esta etiqueta.
msg-another-part-site-has-code = Otro repuesto de este sitio tiene este código.
msg-another-site-already-uses-code = Otro sitio ya usa este código.
msg-answer-at-least-first-why = Responda al menos el primer porqué.
msg-answer-recordability-questions-first = Responda primero a las preguntas de registrabilidad.
msg-answer-these-required-steps-first = Responda primero a estos pasos obligatorios: { $steps }.
msg-answer-yes-no = Responda sí o no.
msg-assign-people-who-can-work = Asigne personas que puedan trabajar en las órdenes de trabajo de este sitio.
msg-at-most-10-000-rows = Como máximo 10.000 filas por archivo.
msg-at-most-characters = Como máximo { $max } caracteres.
msg-at-most = Como máximo { $max }.
msg-case-types-add-up-but = Los tipos de caso suman { $by_type } pero los resultados (G+H+I+J) { $outcomes }; deben ser iguales.
msg-choose-f-you-fix-m = Elija F (lo arregla usted) o M (mantenimiento).
msg-choose-m-f-leave-blank = Elija M o F, o déjelo en blanco (el archivo de casos ITA admite M, F o vacío).
msg-choose-capa-action-work-order = Elija una acción CAPA o una orden de trabajo.
msg-choose-pm-schedule-audit-template = Elija un plan de mantenimiento preventivo, una plantilla de auditoría o un tipo de certificación.
msg-choose-category-from-list = Elija una categoría de la lista.
msg-choose-category = Elija una categoría.
msg-choose-certification-type = Elija un tipo de certificación.
msg-choose-diagnosis-from-list = Elija un diagnóstico de la lista.
msg-choose-file-link-record = Elija un archivo, un enlace o un registro.
msg-choose-file = Elija un archivo.
msg-choose-grade = Elija una calificación.
msg-choose-meter = Elija un contador.
msg-choose-person = Elija una persona.
msg-choose-photo = Elija una foto.
msg-choose-priority = Elija una prioridad.
msg-choose-reason = Elija un motivo.
msg-choose-role-site-s-staff = Elija un rol del personal del sitio.
msg-choose-role = Elija un rol.
msg-choose-site = Elija un sitio.
msg-choose-status-from-list = Elija un estado de la lista.
msg-choose-template-with-published-version = Elija una plantilla con una versión publicada.
msg-choose-template = Elija una plantilla.
msg-choose-time-zone-such-europe = Elija una zona horaria como Europe/Paris o America/Chicago.
msg-choose-type = Elija un tipo.
msg-choose-year-from = Elija un año de { $first } a { $last }.
msg-choose-asset = Elija un activo.
msg-choose-autonomous-maintenance-step-from = Elija un paso de mantenimiento autónomo del 1 al 7.
msg-choose-end-after-start-at = Elija un fin posterior al inicio, como máximo un año después.
msg-choose-hour-from-0-23 = Elija una hora de 0 a 23.
msg-choose-at-least-one-requirement = Elija al menos un requisito que esta evidencia respalde.
msg-choose-at-most-ten-years = Elija como máximo diez años.
msg-choose-cumulative-gauge = Elija acumulativo o indicador.
msg-choose-fixed-floating = Elija fijo o flotante.
msg-choose-from-list = Elija de la lista.
msg-choose-how-schedule-falls-due = Elija cómo vence el plan.
msg-choose-ignore-shift-skip = Elija ignorar, desplazar u omitir.
msg-choose-immediate-corrective-preventive = Elija inmediata, correctiva o preventiva.
msg-choose-injury-kind-illness-m1 = Elija lesión o el tipo de enfermedad (M1-M6).
msg-choose-inspection-audit = Elija inspección o auditoría.
msg-choose-one-from-list = Elija uno de la lista.
msg-choose-one-asset-s-meters = Elija uno de los contadores de este activo.
msg-choose-one-your-sites = Elija uno de sus sitios.
msg-choose-pass-fail = Elija conforme o no conforme.
msg-choose-someone-who-can-work = Elija a alguien que pueda trabajar en las órdenes de trabajo de este sitio.
msg-choose-someone-who-works-site = Elija a alguien que trabaje en este sitio.
msg-choose-submit-approve-reject = Elija enviar, aprobar o rechazar.
msg-choose-cause-category = Elija la categoría de la causa.
msg-choose-lead-auditor = Elija el auditor jefe.
msg-choose-unplanned-planned-not-scheduled = Elija no planificado, planificado o fuera de programa.
msg-choose-what-happened = Elija qué ocurrió.
msg-choose-what-kind-record = Elija qué tipo de registro es.
msg-choose-who-owns-action = Elija quién es responsable de la acción.
msg-complete-work-order-first = Complete primero su orden de trabajo.
msg-complete-work-order-with-sign = Complete la orden de trabajo con su firma.
msg-confirm-override = Confirme o anule.
msg-days-are-counted-from-day = Los días se cuentan desde el día siguiente a la lesión (OSHA-4): empiece después de la fecha de la lesión.
msg-days-away-days-away-cases = Los días de baja y los casos con días de baja van juntos: ambos 0 o ambos más de 0.
msg-days-away-make-days-away = Los días de baja hacen de este un caso con días de baja (H).
msg-days-away-restricted-make-h = Los días de baja o de restricción hacen de este un caso H o I.
msg-describe-evidence-that-action-was = Describa la evidencia de que la acción se hizo.
msg-describe-other-treatment = Describa el otro tratamiento.
msg-don-t-build-password-from = No forme la contraseña con su nombre o su correo electrónico.
msg-enter-1-240-minutes = Indique de 1 a 240 minutos.
msg-enter-number-days = Indique un número de días.
msg-enter-quantity-greater-than-zero = Indique una cantidad mayor que cero.
msg-enter-quantity-0-more = Indique una cantidad de 0 o más.
msg-enter-quantity = Indique una cantidad.
msg-enter-rule-such-freq-monthly = Indique una regla como FREQ=MONTHLY;BYMONTHDAY=1.
msg-enter-tag = Indique una etiqueta.
msg-enter-mail-address-like-name = Indique un correo electrónico como nombre@example.com.
msg-enter-mail-address = Indique un correo electrónico.
msg-enter-only-rrule-part-first = Indique solo la parte RRULE; la primera fecha de vencimiento es el inicio.
msg-enter-annual-average-number-employees = Indique el número promedio anual de empleados como número entero.
msg-enter-date-death-death-recorded = Indique la fecha de la muerte: una muerte se registra con ella (el archivo ITA la necesita).
msg-enter-interval-days-1-3660 = Indique el intervalo en días (1 a 3660).
msg-enter-meter-interval-greater-than = Indique el intervalo del contador (mayor que 0).
msg-enter-threshold-db-whole-number = Indique el umbral en dB, un número entero de -10 a 120 (los seis de este oído).
msg-enter-total-hours-worked-by = Indique el total de horas trabajadas por todos los empleados como número entero.
msg-enter-year-s-employees-hours = Indique los empleados y las horas trabajadas del año antes de certificar.
msg-enter-year-s-employees-hours-2 = Indique primero los empleados y las horas trabajadas del año.
msg-enter-your-mail-address = Indique su correo electrónico.
msg-enter-your-password = Indique su contraseña.
msg-escalations-you-site-s-manager = Las escalaciones que recibe como responsable de un sitio siempre llegan por correo electrónico.
msg-every-1-3660-days = Cada 1 a 3660 días.
msg-expired-evidence-cannot-approved-add = Una evidencia vencida no puede aprobarse; añada una revisión con fechas nuevas.
msg-give-1-240-months-leave = Indique de 1 a 240 meses, o déjelo vacío para que no tenga fin.
msg-give-date-yyyy-mm-dd = Indique una fecha (AAAA-MM-DD).
msg-give-date-between-01-01 = Indique una fecha entre { $from }-01-01 y { $to }-12-31.
msg-give-due-date-yyyy-mm = Indique una fecha límite (AAAA-MM-DD).
msg-give-number-months-from-1 = Indique un número de meses de 1 a 120, o déjelo vacío.
msg-give-rating-from-1-5 = Dé una puntuación de 1 a 5.
msg-give-web-address-starting-with = Indique una dirección web que empiece por https:// o http://.
msg-give-at-most-five-whys = Dé como máximo cinco porqués.
msg-give-date-time-2026-11 = Indique la fecha y la hora, p. ej. 2026-11-22 14:30.
msg-give-reason-overriding-decision = Indique el motivo para anular la decisión.
msg-give-record-s-number = Indique el número del registro.
msg-job-transfer-restriction-cases-need = Los casos de traslado o restricción necesitan sus días.
msg-keep-each-why-under-500 = Cada porqué debe tener menos de 500 caracteres.
msg-line-period-ends-before-starts = Línea { $line }: el periodo termina antes de empezar.
msg-must-before-date-incident = Debe ser anterior a la fecha del incidente.
msg-no-asset-with-tag-site = No hay ningún activo con esta etiqueta en este sitio.
msg-no-asset-site-earlier-file = No hay ningún activo { $parent } en este sitio ni antes en el archivo.
msg-no-such-asset-site = Ese activo no existe en este sitio.
msg-no-such-asset = Ese activo no existe.
msg-no-such-date-site-s = Esa fecha no existe en el calendario del sitio.
msg-no-such-event-site = Ese evento no existe en este sitio.
msg-no-such-framework = Ese marco no existe.
msg-no-such-item = Ese punto no existe.
msg-no-such-part-site = Ese repuesto no existe en este sitio.
msg-no-such-record-site = Ese registro no existe en este sitio.
msg-no-such-site = Ese sitio no existe.
msg-no-such-user = Ese usuario no existe.
msg-not-case-belongs-another-year = No es de { $year }: el caso pertenece al registro de otro año.
msg-one-requirements-does-not-exist = Uno de los requisitos no existe.
msg-only-completed-work-order-can = Solo se puede verificar una orden de trabajo completada.
msg-only-draft-can-published = Solo se puede publicar un borrador.
msg-only-failed-out-limit-step = Solo un paso fallido o fuera de límites tiene seguimiento.
msg-only-manager-can-reopen-work = Solo un responsable puede reabrir una orden de trabajo.
msg-only-auditor-s-access-limited = Solo el acceso de un auditor se limita a un marco.
msg-only-hazard-observations-can-sent = Solo las observaciones de peligro pueden enviarse sin su nombre.
msg-only-stock-needed-correct-quantity = Solo hay { $on_hand } de { $part } en existencias; se necesitan { $wanted }. Corrija la cantidad o registre antes un recuento.
msg-overlaps-row-shift-same-asset = Se solapa con la fila { $other }, un turno del mismo activo.
msg-production-already-recorded-shift = La producción de { $asset } ya está registrada para este turno.
msg-say-why-rejected = Diga por qué se rechaza.
msg-say-why-action-was-was = Diga por qué la acción fue o no fue eficaz.
msg-sent-anonymously-event = Enviado de forma anónima como evento #{ $id }.
msg-someone-changed-action-meanwhile-reload = Alguien cambió esta acción mientras tanto; vuelva a cargarla.
msg-someone-changed-case-meanwhile-reload = Alguien cambió este caso mientras tanto; vuelva a cargarlo.
msg-start-work-order-before-answering = Inicie la orden de trabajo antes de responder a sus pasos.
msg-state-root-cause = Indique la causa raíz.
msg-that-date-future = Esa fecha es futura.
msg-that-future = Eso es futuro.
msg-that-person-does-not-work = Esa persona no trabaja en este sitio.
msg-action-no-longer-open = La acción ya no está abierta.
msg-auditee-signs-with-their-own = El auditado firma con su propia cuenta.
msg-auditee-s-mail-password-wrong = El correo electrónico o la contraseña del auditado son incorrectos.
msg-case-log-date-another-year = El caso está en el registro de { $year }; una fecha de otro año necesita un caso nuevo.
msg-clocks-skip-time-site-s = Los relojes se saltan esta hora en el calendario del sitio.
msg-date-birth-must-before-injury = La fecha de nacimiento debe ser anterior a la lesión.
msg-date-death-before-injury = La fecha de la muerte es anterior a la lesión.
msg-document-expands-more-than-mb = El documento se expande a más de { $mb } MB ({ $ratio } veces su tamaño): rechazado como posible bomba zip.
msg-document-holds-parts-document-has = El documento contiene { $parts } partes; un documento tiene como máximo { $max }.
msg-effectiveness-check-must-done-by = La verificación de eficacia debe hacerla alguien distinto del responsable de la acción.
msg-end-date-before-start-date = La fecha de fin es anterior a la de inicio.
msg-end-date-past = La fecha de fin ya pasó.
msg-end-before-start = El fin es anterior al inicio.
msg-expiry-cannot-before-issue-date = El vencimiento no puede ser anterior a la fecha de emisión.
msg-file-has-no-rows-under = El archivo no tiene filas bajo su encabezado.
msg-file-damaged-cannot-read-document = El archivo está dañado: no se puede leer como documento.
msg-hire-date-after-injury = La fecha de contratación es posterior a la lesión.
msg-investigation-already-closed = La investigación ya está cerrada.
msg-investigation-closed = La investigación está cerrada.
msg-issue-date-cannot-future = La fecha de emisión no puede ser futura.
msg-lead-auditor-must-able-run = El auditor jefe debe poder realizar auditorías en este sitio.
msg-new-parent-belongs-another-site = El nuevo padre pertenece a otro sitio.
msg-owner-must-work-site = El responsable debe trabajar en este sitio.
msg-pack-not-ready-yet = El paquete aún no está listo.
msg-period-ends-before-starts = El periodo termina antes de empezar.
msg-photo-could-not-read-image = La foto no se pudo leer como imagen.
msg-photo-larger-than-12-000 = La foto mide más de 12.000 píxeles de lado.
msg-request-larger-than-kb = La solicitud supera { $kb } KB.
msg-rule-needs-freq-daily-weekly = La regla necesita FREQ (DAILY, WEEKLY, MONTHLY o YEARLY).
msg-shift-has-not-started-yet = El turno aún no ha empezado.
msg-site-already-has-reason-with = El sitio ya tiene un motivo con este código.
msg-stored-pack-no-longer-matches = El paquete guardado ya no coincide con su SHA-256.
msg-submission-date-cannot-future = La fecha de envío no puede ser futura.
msg-two-new-passwords-differ = Las dos contraseñas nuevas no coinciden.
msg-data-submitted-after-year-ends = Los datos de { $year } se envían cuando termina el año.
msg-summary-certified-after-year-ends = El resumen de { $year } se certifica cuando termina el año.
msg-answer-does-not-fit-item = Esta respuesta no corresponde al punto.
msg-answer-does-not-fit-step = Esta respuesta no corresponde al paso.
msg-audit-already-signed-off = Esta auditoría ya está firmada.
msg-audit-signed-off = Esta auditoría está firmada.
msg-audit-signed-off-answers-no = Esta auditoría está firmada; sus respuestas ya no cambian.
msg-day-already-holiday = Este día ya es festivo.
msg-mail-address-too-long-254 = Este correo electrónico es demasiado largo (254 caracteres como máximo).
msg-event-already-has-osha-case = Este evento ya tiene un caso OSHA.
msg-evidence-link-record-not-file = Esta evidencia es un enlace o un registro, no un archivo.
msg-file-no-longer-matches-sha = Este archivo ya no coincide con el SHA-256 registrado al subirlo: fue alterado.
msg-finding-already-has-action = Este hallazgo ya tiene su acción.
msg-finding-closed = Este hallazgo está cerrado.
msg-framework-already-has-requirement-with = Este marco ya tiene un requisito con esta referencia.
msg-not-your-current-password = Esta no es su contraseña actual.
msg-not-your-password = Esta no es su contraseña.
msg-operation-id-was-used-another = Este identificador de operación se usó para otra operación.
msg-password-too-common-choose-one = Esta contraseña es demasiado común; elija una más difícil de adivinar.
msg-person-already-holds-role-there = Esta persona ya tiene este rol allí.
msg-point-was-already-checked-today = Este punto ya se revisó hoy.
msg-reading-lower-than-last-one = Esta lectura ({ $value }) es menor que la anterior ({ $last }). Si el contador se reinició o se cambió, marque la lectura como reinicio del contador.
msg-rule-never-produces-date-example = Esta regla nunca da una fecha (por ejemplo, no existe el 30 de febrero): revise sus días y meses.
msg-site-does-not-take-anonymous = Este sitio no acepta avisos anónimos.
msg-surveillance-audit-was-held-before = Esta auditoría de seguimiento se hizo antes de la decisión de certificación ({ $date }): registre auditorías de este ciclo.
msg-tag-already-closed = Esta tarjeta ya está cerrada.
msg-tag-closed = Esta tarjeta está cerrada.
msg-type-exists-already = Este tipo ya existe.
msg-work-order-has-no-asset = Esta orden de trabajo no tiene activo.
msg-too-many-wrong-passwords-account = Demasiadas contraseñas incorrectas para esta cuenta: vuelva a intentarlo en { $minutes } min.
msg-type-your-name-sign = Escriba su nombre para firmar.
msg-unknown-column-use = Columna desconocida; use { $columns }.
msg-unknown-reminder-type = Tipo de recordatorio desconocido.
msg-upload-photo-first = Suba primero una foto.
msg-upload-file-before-submitting-review = Suba el archivo antes de enviarlo a revisión.
msg-upload-photo-work-order-first = Suba primero la foto a esta orden de trabajo.
msg-use-0-365-days = Use de 0 a 365 días.
msg-use-2-16-characters = Use de 2 a 16 caracteres.
msg-use-b-c = Use A, B o C.
msg-use-date-like-2019-06 = Use una fecha como 2019-06-30.
msg-use-date-like-2026-11 = Use una fecha como 2026-11-01.
msg-use-date-like-2026-11-2 = Use una fecha como 2026-11-22.
msg-use-date-like-2026-12 = Use una fecha como 2026-12-01.
msg-use-date-like-2026-12-2 = Use una fecha como 2026-12-25.
msg-use-date-like-2026-12-3 = Use una fecha como 2026-12-31.
msg-use-number-days-overdue-from = Use un número de días de retraso de 1 a 365, o déjelo en blanco para nunca.
msg-use-at-least-characters-more = Use al menos { $min } caracteres (mejor { $recommended } o más).
msg-use-at-most-10-reminders = Use como máximo 10 recordatorios antes de la fecha.
msg-use-daily-weekly-1-7 = Use daily, weekly:1-7 o monthly:1-31.
msg-use-letters-digits-only = Use solo letras, cifras y '-'.
msg-use-letters-digits-only-2 = Use solo letras, cifras y - _ . /
msg-use-letters-digits-only-3 = Use solo letras, cifras, - y _.
msg-use-low-medium-high-urgent = Use low, medium, high o urgent.
msg-use-pending-sending-sent-failed = Use pending, sending, sent o failed.
msg-use-running-down-standby-retired = Use running, down, standby o retired.
msg-version-already-draft-edit-that = La versión { $version } ya es un borrador: edite esa.
msg-work-order-already-exists-action = La orden de trabajo #{ $number } ya existe para esta acción.
msg-write = Escríbalo como { $written }.
msg-write-something-leave-step-later = Escriba algo o deje el paso para más tarde.
msg-write-investigation-first = Redacte primero la investigación.
msg-write-time-hh-mm-07 = Escriba la hora como HH:MM, p. ej. 07:30.
msg-you-cannot-deactivate-yourself = No puede desactivarse a sí mismo.
msg-you-cannot-learn-before-happened = No puede enterarse antes de que ocurriera.
msg-you-cannot-revoke-your-own = No puede revocar su propio rol de administrador.
msg-no-asset-named-on-site = No hay ningún activo "{ $tag }" en este sitio.
msg-header-row-lacks-column = La fila de encabezado no tiene la columna "{ $column }".
msg-closed-wo-reopen-first = Una orden de trabajo cerrada no se puede cambiar; reábrala primero.
msg-failed-check-needs-note = Un control fallido necesita una nota que diga qué se encontró.
msg-framework-auditor-one-site = El acceso de un auditor limitado a un marco es para un solo sitio.
msg-meter-reading-negative = Una lectura no puede ser negativa en un contador acumulativo.
msg-meter-twelve-digits = Un contador muestra como máximo 12 cifras: revise esta lectura.
msg-new-due-date-past = Una nueva fecha límite no puede ser pasada; hoy es { $today }.
msg-nonconformity-capa-root-cause = La CAPA de una no conformidad necesita su causa raíz.
msg-percentage-0-100 = Un porcentaje de 0 a 100.
msg-period-start-future = Un periodo no puede empezar en el futuro.
msg-published-version-immutable = Una versión publicada no se puede cambiar; edítela para crear un borrador nuevo.
msg-stop-over-31-days = Una parada de más de 31 días: revise las fechas.
msg-template-needs-item = Una plantilla necesita al menos un punto para publicarse.
msg-user-email-exists = Ya existe un usuario con este correo electrónico.
msg-freq-not-supported = FREQ={ $freq } no es compatible; use DAILY, WEEKLY, MONTHLY o YEARLY.
msg-osha-kept-until = Los registros OSHA de { $year } se conservan hasta el { $until } (5 años después del fin del año); este caso no se puede borrar antes del { $after }.
msg-wo-cannot-go = Una orden de trabajo no puede pasar de «{ $from }» a «{ $to }».
msg-wo-already-status = La orden de trabajo ya está «{ $status }».
msg-capa-cannot-go = Esta acción no puede pasar de «{ $from }» a «{ $to }».
msg-evidence-cannot-be = Una evidencia en estado «{ $from }» no puede ser { $action }.
msg-retry-only-failed = Solo se puede reintentar un mensaje fallido; este está { $state }.
msg-wo-closed-meanwhile = La orden de trabajo #{ $number } fue { $what } mientras tanto{ $why }: ya no se puede registrar nada en ella.
msg-word-requested = Solicitada
msg-word-open = Abierta
msg-word-in-progress = En curso
msg-word-on-hold = En espera
msg-word-done = Terminada
msg-word-cancelled-label = Cancelada
msg-word-capa-open = abierta
msg-word-capa-in-progress = en curso
msg-word-capa-done = hecha, pendiente de verificar su eficacia
msg-word-capa-verified = verificada como eficaz
msg-word-capa-reopened = reabierta
msg-word-draft = borrador
msg-word-in-review = en revisión
msg-word-approved = aprobada
msg-word-rejected = rechazada
msg-word-expired = vencida
msg-word-submitted = enviada
msg-word-revised = revisada
msg-word-pending = pendiente
msg-word-sending = enviándose
msg-word-sent = enviado
msg-word-failed = fallido
msg-word-cancelled = cancelada
msg-word-completed = terminada
