# Gemba — English. Every message here must also be in es.ftl and fr.ftl (a test checks).
# Arguments are written { $name }; counts choose their form with { $count -> ... }.

## Shared words

loading = Loading…
create = Create
save = Save
change = Change
find = Find
filter = Filter
search = Search
upload = Upload
reason = Reason
note = Note
note-is = Note: { $note }
now = now
minutes = Minutes
minutes-short =
    { $count ->
        [one] { $count } min
       *[other] { $count } min
    }
quantity = Quantity
quantity-short = Qty
printed-name = Printed name
photo-n = Photo { $id }
count-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
list-in-all =
    { $count ->
        [one] { $count } in all
       *[other] { $count } in all
    }
list-more = More

## Errors

err-sign-in = Please sign in.
err-bad-credentials = Wrong email or password.
err-forbidden = You don't have permission to do that.
err-not-found = Not found.
err-correct-fields = Please correct the highlighted fields.
err-too-many = Too many attempts. Try again in { $seconds } seconds.
err-unavailable = Gemba could not be reached or is busy. Check the connection and try again.
err-internal = Something went wrong on our side. Request id: { $request_id }

## Messages from the server's rules (matched on their English text; keep it as the code writes it)

msg-required = This field is required.
msg-at-most-chars = Use at most { $max_chars } characters.
msg-control-chars = Remove control characters.
msg-date-format = Give the date as YYYY-MM-DD.
msg-read-form = Some fields could not be read: check the form.
msg-minutes-whole = Enter minutes as a whole number.
msg-minutes-range = Enter minutes from 1 to 1440.
msg-outside-limits = { $value } is outside the limits ({ $limits }); add a note saying what was done.
msg-give-reason = Give a reason.

## Navigation

nav-main = Main
nav-home = Home
nav-my-work = My work
nav-work-orders = Work orders
nav-assets = Assets
nav-pm = PM
nav-rounds = Rounds
nav-tags = Tags
nav-kpi = KPIs
nav-report = Report
nav-safety-events = Safety events
nav-capa = CAPA
nav-osha = OSHA
nav-audits = Audits
nav-templates = Templates
nav-compliance = Compliance
nav-audit-log = Audit log
nav-reminders = Reminders
nav-people = People
nav-sites = Sites
nav-reminder-policies = Reminder policies
nav-outbox = Outbox
nav-profile = Profile
nav-more = More
nav-keep-offline = Make available offline
nav-sign-out = Sign out
nav-site = Site
nav-switch = Switch
nav-bell =
    { $count ->
        [0] Reminders: none unread
        [one] Reminders: { $count } unread
       *[other] Reminders: { $count } unread
    }

## Sign-in

login-title = Sign in · Gemba
login-tagline = Maintenance and safety, on the shop floor.
login-email = E-mail
login-password = Password
login-sign-in = Sign in

## People and assets pickers

people-nobody-yet = Nobody yet
people-choose = Choose a person
asset = Asset
asset-find-label = Find the asset: tag, name or where it is
asset-find-placeholder = Tag, name or where it is
asset-find-hint = Find the asset, or leave it out for work that is not on one.
asset-none = No asset matches. Try its tag or where it is.

## Work orders

title-my-work = My work · Gemba
title-work-orders = Work orders · Gemba
title-new-work-order = New work order · Gemba
title-work-order = Work order · Gemba
my-work-order = Assigned to you: overdue first, then due today, then the rest.
my-work-empty = Nothing assigned to you. Well done.
wo-new = New work order
wo-none-here = No work orders here.
wo-status = Status
wo-filter-open = Open
wo-filter-requests = Requests
wo-filter-done = Done
wo-filter-cancelled = Cancelled
wo-filter-all = All
wo-title-placeholder = Title
wo-what = What needs doing
wo-type = Type
wo-priority = Priority
wo-due-date = Due date
wo-assign-to = Assign to
wo-estimated-minutes = Estimated minutes
wo-details = Details
wo-due = due { $date }
wo-no-due-date = no due date
wo-overdue = Overdue
wo-status-requested = Requested
wo-status-open = Open
wo-status-in-progress = In progress
wo-status-on-hold = On hold
wo-status-done = Done
wo-status-cancelled = Cancelled
wo-type-corrective = Corrective
wo-type-preventive = Preventive
wo-type-tpm = TPM
wo-type-request = Request
wo-type-follow-up = Follow-up
wo-priority-low = Low
wo-priority-medium = Medium
wo-priority-high = High
wo-priority-urgent = Urgent
wo-back-my-work = ← My work
wo-all = All work orders
wo-reported-by = Reported by { $name }
wo-reason-is = Reason: { $reason }
wo-not-assigned = Not assigned
wo-assigned-to = Assigned to { $names }
wo-approve = Approve
wo-reject = Reject
wo-resume = Resume
wo-start = Start
wo-hold = Put on hold
wo-cancel = Cancel
wo-reopen = Reopen
wo-checklist = Checklist
wo-photos = Photos
wo-add-photo = Add a photo
wo-complete = Complete and sign
wo-complete-meaning = Your signature means: I completed this work. Enter your password to sign.
wo-signatures = Signatures
wo-verify = Verify
wo-sign-verified = Sign as verified
wo-notes = Notes
wo-add-note-label = Add a note
wo-add-note = Add note
wo-time = Time
wo-minutes-logged =
    { $count ->
        [one] { $count } min logged
       *[other] { $count } min logged
    }
wo-log-time = Log time
wo-parts = Parts
wo-part = Part
wo-from-stock = (taken from stock)
wo-on-hand = { $quantity } { $unit } on hand
wo-add-part = Add part
wo-failure = Failure
wo-problem = Problem
wo-cause = Cause
wo-remedy = Remedy
wo-save-failure = Save failure codes
wo-downtime = Downtime
wo-asset-running = Asset running again
wo-asset-down = Asset down

## Checklist steps

step-done = Done
step-not-done = Not done
step-pass = Pass
step-fail = Fail
step-photo = Photo
step-signed = Signed: { $name }
step-note-for-fail = Note (needed for Fail)
step-note-outside-limits = Note (needed outside the limits)
step-value = Value
step-answer = Answer
step-your-name = Your name
step-name = Name
step-sign = Sign
step-follow-up = Create a follow-up work order

## Reminders and the e-mail digest

remind-due-in = due in { $days }
remind-expires-in = expires in { $days }
remind-due-today = due today
remind-expires-today = expires today
remind-overdue = { $days } overdue
remind-expired-ago = expired { $days } ago
remind-escalated-overdue = { $days } overdue: escalated to you as the site's manager
remind-escalated-expired = expired { $days } ago: escalated to you as the site's manager
urgency-escalated = Escalated to you
urgency-overdue = Overdue
urgency-due-today = Due today
urgency-this-week = This week
urgency-later = Coming up
digest-n-escalated =
    { $count ->
        [one] { $count } escalated
       *[other] { $count } escalated
    }
digest-n-overdue =
    { $count ->
        [one] { $count } overdue
       *[other] { $count } overdue
    }
digest-n-due-today =
    { $count ->
        [one] { $count } due today
       *[other] { $count } due today
    }
digest-n-coming-up =
    { $count ->
        [one] { $count } coming up
       *[other] { $count } coming up
    }
digest-subject = Gemba: { $parts }
digest-subject-none = Gemba: reminders
digest-line = { $title } ({ $says }, { $when })
digest-due = due { $date }
digest-expiry = expiry { $date }
digest-hello = Hello { $name },
digest-intro = This is what needs your attention in Gemba.
digest-and-more =
    { $count ->
        [one] ... and { $count } more
       *[other] ... and { $count } more
    }
digest-all-reminders = All your reminders
digest-choose = Choose what you get by e-mail
digest-stop = Stop optional reminder e-mails
digest-escalations-always = Escalations to you as a manager are always sent.

## Profile

site-language = Language of people who chose none
site-language-none = None (each browser's)

title-profile = Profile · Gemba
profile-language = Language
profile-language-label = Gemba speaks to me in
profile-language-auto = Automatic (the site's language, else the browser's)
msg-choose-language = Choose one of the languages listed.

## Dates (English pages write ISO dates; these serve the other languages)

date-medium = { $day } { $month } { $year }
date-time-medium = { $date }, { $time } { $zone }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Home

title-home = Home · Gemba
home-hello = Hello, { $name }
home-your-day = Your day
home-nothing-due = Nothing is due for you today.
home-overdue =
    { $count ->
        [one] Overdue ({ $count })
       *[other] Overdue ({ $count })
    }
home-due-today =
    { $count ->
        [one] Due today ({ $count })
       *[other] Due today ({ $count })
    }
home-more-open =
    { $count ->
        [one] My work: { $count } more open
       *[other] My work: { $count } more open
    }
home-round-done =
    { $count ->
        [one] Today's round: all { $count } point checked
       *[other] Today's round: all { $count } points checked
    }
home-round-left =
    { $count ->
        [one] Today's round: { $count } of { $points } points to check
       *[other] Today's round: { $count } of { $points } points to check
    }
home-your-actions = Your actions
home-overdue-since = Overdue since { $date }
home-due = Due { $date }
home-your-audits = Your audits
home-answered =
    { $count ->
        [one] { $answered } of { $count } answered
       *[other] { $answered } of { $count } answered
    }
home-unread =
    { $count ->
        [one] { $count } unread reminder
       *[other] { $count } unread reminders
    }
home-signed-in-as = Signed in as { $email }
home-current-site = Current site:
home-sites-roles = Your sites and roles
home-no-role = You have no role on any site yet. Ask an administrator to grant you one.
home-time-zone = Time zone: { $zone }
role-admin = Administrator
role-manager = Manager
role-ehs-officer = EHS officer
role-technician = Technician
role-operator = Operator
role-auditor = Auditor (read-only)
date-long = { $weekday } { $day } { $month }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December

## TPM: rounds and tags

title-rounds = Rounds · Gemba
title-tags = Tags · Gemba
round-today = Today's round
round-checked =
    { $count ->
        [one] { $done } of { $count } point checked
       *[other] { $done } of { $count } points checked
    }
round-none-due = No CIL points are due today on this site.
round-ok = OK
round-not-ok = Not OK
round-tag-n = tag #{ $id }
round-ok-when = { $method } — OK when: { $acceptance }
round-tool = Tool/lubricant: { $tool }
round-what-found = What did you find?
round-reading = Reading (optional)
round-photo = Photo (optional)
round-am-step = AM step (optional)
round-f-tag = F-tag: I fix it
round-m-tag = M-tag: maintenance
tag-category = Category
tag-category-minor-defect = Minor defect
tag-category-lubrication = Lubrication
tag-category-contamination-source = Contamination source
tag-category-hard-to-access = Hard-to-access area
tag-category-quality-defect = Quality defect source
tag-category-unnecessary-item = Unnecessary item
tag-category-unsafe-condition = Unsafe condition
am-step-1 = 1. Initial cleaning
am-step-2 = 2. Countermeasures for sources of contamination
am-step-3 = 3. Cleaning and lubrication standards
am-step-4 = 4. General inspection
am-step-5 = 5. Autonomous inspection
am-step-6 = 6. Standardisation
am-step-7 = 7. Autonomous management
tags-title = Abnormality tags
tags-fm-ratio = F:M ratio
not-applicable = n/a
tags-f-open = F open
tags-f-closed = F closed
tags-m-open = M open
tags-m-closed = M closed
tags-open = Open tags
tags-kind = { $kind }-tag
tags-priority = { $priority } priority
tags-am-step-is = AM step { $step }
tags-am-and-priority = AM step and priority
tags-am-step = AM step
tags-what-you-did = What you did
tags-countermeasure = Countermeasure
tags-close = Close
wo-number = Work order #{ $id }

## Safety and problem reports

title-safety = Safety · Gemba
title-safety-events = Safety events · Gemba
title-report = Report a problem · Gemba
event = Event
event-kind-injury-illness = Injury or illness
event-kind-near-miss = Near miss
event-kind-hazard = Hazard observation
event-kind-property-damage = Property damage
event-kind-environmental-release = Environmental release
event-status-reported = Reported
event-status-investigating = Under investigation
event-status-closed = Closed
safety-report-title = Report a safety event
safety-report-sent = Thank you. Report #{ $id } was sent to EHS.
safety-what-happened = What happened?
safety-few-words = In a few words
safety-when = When
safety-when-hint = Leave empty for now.
safety-where = Where (area, line, room)
safety-asset = Asset tag, if a machine was involved (optional)
safety-description = What happened (optional)
safety-people = Who was involved (optional)
safety-immediate = What was done right away (optional)
safety-anonymous = Send a hazard observation without my name (where the site allows it)
send-report = Send report
safety-my-reports = My reports
safety-none-mine = You have not reported anything yet.
safety-all-events = All events
safety-capa-actions = CAPA actions
safety-osha = OSHA recordkeeping
safety-report-event = Report an event
safety-none = No events reported.
safety-reported-by = reported by { $name }
report-title = Report a problem
report-sent = Thank you. Your report #{ $id } was sent to maintenance.
report-what = What is wrong?
report-details = Details (optional)
report-sign-in = Sign in to report a problem with this asset.

## The page's scripts (offline bar, forms that could not be sent); { $n } and the others are filled in by the script

js-not-sent-retry = Not sent and not saved on this phone. Your input is still here; try again.
js-no-connection = Not sent: there is no connection. Your input is still here; send it again when connected.
js-too-large = This is too large to send. For a photo, choose a smaller one.
js-not-saved = Not saved (error { $status }). Your input is still here; try again.
js-change = Change
js-photo = photo
js-session-ended = Your session ended: sign in again to send this.
js-refused-kind = Refused ({ $kind }).
js-refused-status = The server refused this change (error { $status }).
js-state-waiting = Waiting
js-state-signin = Needs a sign-in
js-state-refused = Refused
js-state-signature = Awaiting your signature
js-note-waiting = Saved on this phone, sent when the connection is back
js-note-signature = Completed on this phone, awaiting your signature
js-note-signin = Saved on this phone: sign in again to send it
js-note-refused = Refused by the server: see the changes waiting at the top
js-waiting-one = { $n } change waiting
js-waiting-other = { $n } changes waiting
js-to-sign-one = { $n } awaiting your signature
js-to-sign-other = { $n } awaiting your signature
js-decide-one = { $n } needs your decision
js-decide-other = { $n } need your decision
js-sign-what-one = Sign the work completed on this phone:
js-sign-what-other = Sign the { $n } completions made on this phone:
js-sign-one = Sign
js-sign-other = Sign all { $n }
js-tapped = tapped { $when }
js-keep-note = Keep as a note
js-follow-up = Open a follow-up
js-send-again = Send again
js-discard = Discard
js-discard-confirm = Discard this change? It will not be sent.
js-done-offline = Done on a phone without a connection at { $when }; not recorded: { $reason }
js-not-kept-now = (Not kept just now: { $why })
js-no-connection-short = there is no connection
js-kept-one = On this phone: { $n } page, { $kb } KB ({ $when }).
js-kept-other = On this phone: { $n } pages, { $kb } KB ({ $when }).
js-clock-ahead = This phone's clock is { $minutes } min ahead of the server's: set it right. Times of taps are kept as the phone says, with the server's time beside them.
js-clock-behind = This phone's clock is { $minutes } min behind the server's: set it right. Times of taps are kept as the phone says, with the server's time beside them.
js-leave-one = { $n } change is waiting to be sent. They stay on this phone for you and are sent when you sign in again. Sign out?
js-leave-other = { $n } changes are waiting to be sent. They stay on this phone for you and are sent when you sign in again. Sign out?


## Assets and PM

title-assets = Assets · Gemba
title-new-asset = New asset · Gemba
title-asset = Asset · Gemba
title-import-assets = Import assets · Gemba
title-qr-labels = QR labels · Gemba
assets-new = New asset
assets-import-csv = Import CSV
assets-export-csv = Export CSV
assets-search-label = Search assets
assets-search-placeholder = Tag or name
assets-count =
    { $count ->
        [one] { $count } assets
       *[other] { $count } assets
    }
assets-print-labels = Print QR labels for this page
assets-back = ← Assets
assets-import = Import assets
assets-import-help = Paste CSV with a header row: tag, name, parent_tag, category, criticality, manufacturer, model, serial, install_date, status, notes (tag and name required). Any error imports nothing.
assets-import-csv-label = CSV
assets-import-submit = Check and import
assets-imported =
    { $count ->
        [one] { $count } assets imported.
       *[other] { $count } assets imported.
    }
assets-import-failed = Nothing was imported. Fix these and try again:
assets-import-row = Row { $row }, { $field }: { $message }
assets-labels-print = Print this page to get the labels.
asset-create = Create asset
asset-tag = Tag
asset-name = Name
asset-category = Category
asset-category-placeholder = press, conveyor, pump…
asset-criticality = Criticality
asset-criticality-a = A (critical)
asset-criticality-b = B (important)
asset-criticality-c = C (run to failure)
asset-status = Status
asset-status-running = Running
asset-status-down = Down
asset-status-standby = Standby
asset-status-retired = Retired
asset-manufacturer = Manufacturer
asset-model = Model
asset-serial = Serial number
asset-install-date = Install date
asset-notes = Notes
asset-qr-label = QR label
asset-add-component = Add a component
asset-add-pm = Add a PM schedule
asset-open-work = Open work
asset-recent-work = Recent work
asset-meters = Meters
asset-pm-schedules = PM schedules
asset-cil-standard = CIL standard
# a CIL point's role as the list shows it (English pages show the stored value)
asset-cil-role-admin = admin
asset-cil-role-manager = manager
asset-cil-role-ehs-officer = ehs_officer
asset-cil-role-technician = technician
asset-cil-role-operator = operator
asset-cil-role-auditor = auditor
asset-components = Components
asset-move = Move
asset-move-parent = New parent's tag (empty: top level)
asset-move-submit = Move with its components
asset-cil-add-title = Add a CIL point
asset-cil-point = Point
asset-cil-point-placeholder = Chain lubrication
asset-cil-method = Method
asset-cil-method-placeholder = Brush oil on the chain
asset-cil-ok-when = OK when
asset-cil-ok-when-placeholder = Chain wet, no dry links
asset-cil-tool = Tool / lubricant
# daily, weekly:N and monthly:N are what people type: keep them
asset-cil-frequency = Frequency: daily, weekly:1 (Monday) … weekly:7, monthly:1 … monthly:31
asset-cil-role = Role
asset-cil-add = Add point
meter-add-title = Add a meter
meter-name = Name
meter-name-placeholder = Running hours
meter-unit = Unit
meter-unit-placeholder = h
meter-kind = Kind
meter-kind-cumulative = cumulative
meter-kind-gauge = gauge
meter-option-cumulative = Cumulative (only grows)
meter-option-gauge = Gauge (any value)
meter-add = Add meter
meter-no-reading = no reading yet
meter-new-reading-for = New reading for { $name }
meter-reading = Reading
meter-reset = reset
meter-chart-label =
    { $count ->
        [one] Last { $count } readings, from { $min } to { $max }
       *[other] Last { $count } readings, from { $min } to { $max }
    }
title-pm = Preventive maintenance · Gemba
title-schedule = Schedule · Gemba
title-new-schedule = New schedule · Gemba
pm-title = Preventive maintenance
pm-add-hint = Add a schedule from an asset's page.
pm-generate = Generate due work now
pm-generated =
    { $count ->
        [one] { $count } work orders generated, { $missed } missed occurrences recorded.
       *[other] { $count } work orders generated, { $missed } missed occurrences recorded.
    }
pm-off = Off
pm-next = next: { $when }
pm-trigger-fixed = Fixed calendar
pm-trigger-floating = Floating (from completion)
pm-trigger-meter = Meter
pm-trigger-time-or-meter = Time or meter, whichever first
pm-trigger-calendar = Calendar rule (RRULE)
pm-trigger-unknown = Unknown
pm-due-or-at = { $date } or at { $reading }
pm-at-reading = at { $reading }
pm-holidays = Site holidays
pm-holiday-remove = Remove
pm-holiday-day = Day
pm-holiday-name = Name
pm-holiday-add = Add holiday
pm-back = ← Preventive maintenance
pm-lead-days =
    { $count ->
        [one] lead { $count } days
       *[other] lead { $count } days
    }
pm-every-days =
    { $count ->
        [one] every { $count } days
       *[other] every { $count } days
    }
pm-every-meter = every { $value } on the meter
pm-switched-off = This schedule is switched off.
pm-next-due = Next due
pm-history = History
pm-missed = Missed
pm-done-on-time = Done { $date } (on time)
pm-done-late = Done { $date } (outside its window)
# a work order's status in a schedule's history (English pages show the stored value)
pm-wo-status-requested = requested
pm-wo-status-open = open
pm-wo-status-in-progress = in_progress
pm-wo-status-on-hold = on_hold
pm-wo-status-done = done
pm-wo-status-cancelled = cancelled
pm-due-window = Due { $due } (window { $start } to { $end })
pm-switch-off = Switch off
pm-switch-on = Switch on
pm-new = New PM schedule
pm-field-title = Title
pm-falls-due = Falls due
pm-first-due = First due date
pm-every-days-label = Every … days (fixed, floating, time or meter)
pm-meter = Meter (meter schedules)
pm-meter-none = None
pm-meter-every-label = Every … on the meter
pm-rrule = Calendar rule, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
pm-lead-label = Lead time (days before due)
pm-on-holiday = On a site holiday
pm-holiday-rule-ignore = Keep the date
pm-holiday-rule-shift = Move to the next working day
pm-holiday-rule-skip = Skip that occurrence
# [pass], [number …], [photo], [sign] and [meter] are what people type: keep them
pm-steps-label = Checklist, one step per line: text, [pass] text, [number 2-4.5 bar] text, [photo] text, [sign] text, [meter] text
pm-create = Create schedule

## Reminders, profile and administration

title-reminders = Reminders · Gemba
title-reminder-policies = Reminder policies · Gemba
title-outbox = Outbox · Gemba
title-people = People · Gemba
title-person = Person · Gemba
title-sites = Sites · Gemba
title-audit-log = Audit log · Gemba
title-not-found = Not found · Gemba
inbox-pages = Pages
inbox-newer = Newer
inbox-older = Older
inbox-page-of = Page { $page } of { $last }
inbox-unread =
    { $count ->
        [one] { $count } unread
       *[other] { $count } unread
    }
inbox-show-all = Show all
inbox-unread-only = Unread only
inbox-mark-all-read = Mark all read
inbox-email-preferences = E-mail preferences
inbox-empty = Nothing is due, overdue or expiring for you.
inbox-escalated = Escalated
inbox-mark-read = Mark read
prefs-by-email = By e-mail (the bell shows every reminder either way)
prefs-digest-hour = Daily digest from (local hour)
prefs-time-zone = Time zone
prefs-saved = Preferences saved.
prefs-save = Save reminder preferences
policy-saved = Saved: { $label }.
policy-intro = { $site }: reminders go out on these days before an item's due or expiry date, on the date, and once overdue; an escalation goes to the site's managers and cannot be switched off.
policy-no-before = no reminders before
policy-days-before-n =
    { $count ->
        [one] { $days } days before
       *[other] { $days } days before
    }
policy-daily-overdue = daily once overdue
policy-once-overdue = once when overdue
policy-never-escalated = never escalated
policy-escalated-from =
    { $count ->
        [one] escalated from { $count } days overdue
       *[other] escalated from { $count } days overdue
    }
policy-changed = Changed
policy-days-before = Days before (comma-separated)
policy-every-day = Every day once overdue
policy-escalate = Escalate to managers from days overdue (blank: never)
outbox-sending-through = Sending through { $server }.
outbox-no-smtp = No SMTP server is configured (GEMBA_SMTP_URL): messages are kept here and not sent. Reminders still show in everyone's inbox.
outbox-n-waiting =
    { $count ->
        [one] { $count } waiting
       *[other] { $count } waiting
    }
outbox-n-sent =
    { $count ->
        [one] { $count } sent
       *[other] { $count } sent
    }
outbox-n-failed =
    { $count ->
        [one] { $count } failed
       *[other] { $count } failed
    }
outbox-state = State
outbox-state-pending = pending
outbox-state-sending = sending
outbox-state-sent = sent
outbox-state-failed = failed
outbox-all = All
outbox-show = Show
outbox-none = No messages.
outbox-sent-at = sent { $when }
outbox-next-attempt = next attempt { $when }
outbox-queued = queued { $when }
outbox-to = To { $to }
outbox-attempts =
    { $count ->
        [one] { $count } attempt(s)
       *[other] { $count } attempt(s)
    }
outbox-server-reply = Server reply: { $reply }
outbox-retry = Retry
password-change = Change password
password-current = Current password
password-new = New password (at least 8 characters; 15 or more is better)
password-again = New password again
password-changed = Password changed. Your other sessions were signed out and your API tokens ended; create new ones below.
token-title = API tokens
token-intro = For integrations with /api/v1. A token acts with your permissions.
token-copy-now = Copy this token now; it will not be shown again:
token-name = Name
token-name-placeholder = e.g. ERP sync
token-create = Create token
token-created = created { $date }
token-last-used = last used { $date }
token-never-used = never used
token-revoked = Revoked
token-revoke = Revoke
users-search-label = Search people
users-search-placeholder = Name or e-mail
users-count =
    { $count ->
        [one] { $count } people
       *[other] { $count } people
    }
users-deactivated = Deactivated
users-created = { $email } was created.
users-add-title = Add a person
users-name = Name
users-first-password = First password (they can change it)
users-role = Role
users-end-date = End date (required for auditors)
users-add = Add person
users-all-sites = All sites
user-back = ← People
user-active = Active
user-roles = Roles
user-grant-title = Grant a role
user-framework = Framework (auditors: limit to one)
user-all-frameworks = All frameworks
user-grant = Grant
user-deactivate = Deactivate
user-reactivate = Reactivate
user-deactivate-note = A deactivated person is signed out everywhere at once and cannot sign in.
user-reactivate-note = They can sign in again with their password.
user-until = until { $date }
user-expired = Expired
user-revoke = Revoke
sites-anonymous-reports = Problem reports without an account (QR labels)
sites-pm-window = PM window ±%
sites-save-settings = Save settings
sites-add-title = Add a site
sites-code = Code (2-16 letters, digits, -)
sites-name = Name
sites-address = Address
sites-time-zone = Time zone
sites-add = Add site
audit-all-my-sites = All my sites
audit-record-type = Record type
audit-any = Any
audit-record-id = Record id
audit-changed-by = Changed by (user id)
audit-from = From
audit-until = Until
audit-apply = Apply
audit-clear = Clear
audit-none = No events match.
audit-older = Older
audit-was = was { $before }
audit-event-n = event { $seq }
not-found-title = Page not found
not-found-back = Back to Gemba
