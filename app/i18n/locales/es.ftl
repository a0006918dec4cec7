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
