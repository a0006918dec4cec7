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
wo-cancel = Cancelar
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
inbox-page-of = Página { $page } de { $last }
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
token-revoke = Revocar
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
user-revoke = Revocar
sites-anonymous-reports = Reportes de problemas sin cuenta (etiquetas QR)
sites-pm-window = Margen del preventivo ±%
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
audit-changed-by = Modificado por (id. de usuario)
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
