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
list-pages = Pages
list-previous = Previous page
list-next = Next page
list-page-of = Page { $page } of { $last }

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
nav-scan = Scan
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
wo-cancel-ask = Cancel this work order…
wo-reject-ask = Reject this request…
wo-cancel-why = Why? (kept on the record)
wo-cancel-yes = Yes, cancel it
wo-reject-yes = Yes, reject it
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
wo-part-search = Find a part (code or name)
wo-parts-first =
    { $count ->
        [one] The first part by code: search to find another.
       *[other] The first { $count } parts by code: search to find another.
    }
wo-parts-none = No part of this site matches.
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
step-sign-password = Your password (signature)
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

js-no-room = Not sent, and this phone has no room left to keep it (free some space, or send it once you have a connection). Your input is still here.
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
title-scan = Scan · Gemba
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
        [one] { $count } work order generated, { $missed } missed occurrences recorded.
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
pm-after-open = after the open work order is completed
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
token-revoke-ask = Revoke…
token-revoke = Yes, revoke this key
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
user-revoke-ask = Revoke…
user-revoke = Yes, revoke this access
sites-anonymous-reports = Problem reports without an account (QR labels)
sites-pm-window = PM window ±%
sites-pm-window-mode = Early work
sites-pm-window-symmetric = counts within the window only
sites-pm-window-late-only = always counts (late: within the window)
sites-pm-window-min = at least (days)
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
audit-changed-by = Changed by
audit-anyone = Anyone
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

## The service worker's page without a connection (the words of the pages last seen)

js-offline-title = Gemba: needs a connection
js-offline-heading = This page needs a connection
js-offline-missing = There is no network here, and { $path } was not made available offline on this phone.
js-offline-kept = What you do on pages kept on this phone is saved and sent when the connection is back.

## The error page outside the app

err-page-title = Gemba: error
err-page-sorry = Sorry
err-page-internal = Something went wrong on our side.
err-page-request-id = Request id:
err-page-back = Back to Gemba

## Inspections and KPIs

title-templates = Checklist templates · Gemba
title-template = Template · Gemba
title-inspections = Audits and inspections · Gemba
title-inspection = Audit · Gemba
title-inspection-report = Audit report · Gemba
title-kpi = Maintenance KPIs · Gemba
tmpl-title = Checklist templates
tmpl-name = Name
tmpl-category-inspection = inspection
tmpl-category-audit = audit
tmpl-state-draft = draft
tmpl-state-published = published
tmpl-state-retired = retired
tmpl-new = New template
tmpl-kind = Kind
tmpl-kind-inspection = Inspection
tmpl-kind-audit = Audit
tmpl-pass-mark = Pass mark (%)
# yes_no_na, pass_fail, rating, number, text, photo, weight=, critical, clause= and guidance= are what people type: keep them
tmpl-items-help = Items, one per line: # Section, then [yes_no_na|pass_fail|rating|number:MIN..MAX UNIT|text|photo] question | weight=2 | critical | clause=... | guidance=... | text.es=... | guidance.fr=... (the item in another language), # Section | es=... | fr=...
tmpl-translated = Also in: { $languages }
starter-fire-extinguisher-monthly = Fire extinguisher monthly inspection
starter-forklift-pre-shift = Forklift pre-shift check
starter-loto-periodic-annual = Lockout/tagout annual periodic inspection
starter-5s-audit = 5S workplace audit
starter-iso-45001-internal = ISO 45001 internal audit by clause
starter-iso-9001-internal = ISO 9001 internal audit by clause
tmpl-create-draft = Create draft
tmpl-pass-mark-items =
    { $count ->
        [one] Pass mark { $mark } % · { $count } items
       *[other] Pass mark { $mark } % · { $count } items
    }
tmpl-weight = weight { $weight }
tmpl-publish = Publish this version
tmpl-schedule-title = Schedule
tmpl-schedule-submit = Schedule
tmpl-edit-draft = Edit this draft
tmpl-edit-new-version = Edit (makes a new draft version)
tmpl-items = Items
insp-title = Audits and inspections
insp-filter-open = Open
insp-filter-done = Done
insp-nothing-here = Nothing here.
# an audit's status as the lists show it (English pages show the stored value)
insp-status-scheduled = scheduled
insp-status-in-progress = in_progress
insp-status-done = done
insp-score = { $score } %
insp-no-score = no score yet
insp-passed = passed
insp-failed = failed
insp-critical-failed = a critical item failed
insp-critical = critical
insp-field-title = Title
insp-due = Due
insp-area = Area
insp-asset-tag-optional = Asset tag (optional)
insp-lead-auditor = Lead auditor
insp-me = Me
insp-team = Team
insp-repeat = Repeat
insp-repeat-once = Once
insp-repeat-fixed = Every N days from the previous due date
insp-repeat-floating = N days after the last one was done
insp-every-days = N (days)
insp-lead-days = Show it this many days before it is due
insp-yes = Yes
insp-no = No
insp-na = N/A
# an answer as the audit shows it (English pages show the stored value)
insp-answer-yes = yes
insp-answer-no = no
insp-answer-na = na
insp-answer-pass = pass
insp-answer-fail = fail
insp-answer-photo = photo:{ $id }
insp-value-unit = Value ({ $unit })
insp-note-optional = Note (optional)
insp-add-photo = Add photo
insp-raise-finding = Raise a finding
insp-finding-n = Finding #{ $id }: { $title }
insp-finding-status-open = open
insp-finding-status-closed = closed
insp-grade-major-nc = Major nonconformity
insp-grade-minor-nc = Minor nonconformity
insp-grade-observation = Observation
insp-grade-ofi = Opportunity for improvement
insp-grade-good-practice = Good practice
insp-capa-n = CAPA #{ $id }
# a CAPA action's status (English pages show the stored value)
insp-capa-status-open = open
insp-capa-status-in-progress = in_progress
insp-capa-status-done = done
insp-capa-status-verified-effective = verified_effective
insp-capa-status-reopened = reopened
insp-create-work-order = Create work order
insp-create-capa = Create CAPA action
insp-root-cause = Root cause (required for a nonconformity)
insp-action = Action
insp-owner = Owner
insp-create-action = Create action
insp-previous = Previous
insp-next = Next
insp-auditee-is = auditee { $name }
# followed by the date and time
insp-signed-by = Signed by { $name } at
insp-all-items = All items
insp-one-per-screen = One item per screen
insp-report = Report
insp-findings = Findings
insp-sign-off-title = Sign off
insp-sign-off = Sign off
insp-auditee-when-present = Auditee (when present)
insp-auditee-signs = The auditee signs with their Gemba account
insp-auditee-email = Auditee's e-mail
insp-auditee-password = Auditee's password
insp-your-password = Your password (signature)
insp-no-action = No action yet
insp-verdict-passed = Passed
insp-verdict-failed = Failed
insp-verdict-none = Not signed off yet
insp-report-title = Audit report: { $title }
insp-back = Back to the audit
insp-print = Print
insp-checklist = Checklist
insp-signed = Signed
# followed by the date and time
insp-signed-at = { $name } at
insp-not-yet = not yet
insp-auditee = Auditee
insp-findings-by-grade = Findings by grade
insp-no-findings = No findings.
insp-open-actions = Open actions
insp-nothing-open = Nothing open.
insp-finding = Finding
insp-failed-items = Failed items
insp-none = None.
kpi-title = Maintenance KPIs
kpi-from = From
kpi-to = To
kpi-show = Show
kpi-period = { $from } to { $to }
kpi-pm-compliance = PM compliance
kpi-percent = { $value } %
kpi-on-time =
    { $count ->
        [one] { $on_time } of { $count } on time
       *[other] { $on_time } of { $count } on time
    }
kpi-overdue = Overdue work orders
kpi-backlog = Backlog
kpi-hours = { $hours } h
kpi-planned = Planned maintenance
kpi-pm-by-month = PM compliance by month
kpi-pm-window = When a PM counts as on time
kpi-window-symmetric = Within { $pct } % of its interval before or after the due date, and at least { $min ->
        [one] 1 day
       *[other] { $min } days
    } either side (each site sets this under Sites).
kpi-window-late-only = Any day of its interval up to the due date, and within { $pct } % of the interval after it, at least { $min ->
        [one] 1 day
       *[other] { $min } days
    } (each site sets this under Sites).
kpi-window-line = { $interval ->
        [one] Daily
       *[other] Every { $interval } days
    } ({ $due } due): from { $before ->
        [one] 1 day
       *[other] { $before } days
    } before to { $after ->
        [one] 1 day
       *[other] { $after } days
    } after the due date
kpi-reliability = Reliability
kpi-failures = Failures
kpi-downtime-h = Downtime h
kpi-mtbf-h = MTBF h
kpi-mttr-h = MTTR h
kpi-availability-pct = Availability %

## Safety investigations, CAPA and compliance

title-safety-event = Safety event · Gemba
event-osha-case = OSHA case
event-open-case = Open an OSHA case
event-details-hidden = Injury details are visible to EHS only.
event-where = Where
event-people-involved = People involved
event-done-right-away = Done right away
inv-title = Investigation
inv-closed = Closed.
inv-witnesses = Witnesses
inv-timeline = Timeline
inv-five-why = 5 Why
inv-why = Why { $n }?
inv-root-cause = Root cause
inv-cause-category = Cause category
cause-category-people = People (training, fatigue, behaviour)
cause-category-method = Method (procedure, instruction)
cause-category-machine = Machine (equipment, guarding, tool)
cause-category-material = Material (substance, part)
cause-category-environment = Environment (layout, lighting, weather)
cause-category-management = Management (planning, supervision, resources)
inv-contributing-factors = Contributing factors
inv-save = Save investigation
inv-close = Close investigation
title-capa = CAPA · Gemba
capa-heading = CAPA #{ $id } { $title }
# an action's kind as its card shows it (English pages show the stored value)
capa-card-kind-immediate = immediate
capa-card-kind-corrective = corrective
capa-card-kind-preventive = preventive
capa-kind-immediate = Immediate
capa-kind-corrective = Corrective
capa-kind-preventive = Preventive
capa-status-open = Open
capa-status-in-progress = In progress
capa-status-done = Done, awaiting effectiveness check
capa-status-verified-effective = Verified effective
capa-status-reopened = Not effective, reopened
capa-overdue = overdue
capa-evidence-is = Evidence: { $evidence }
capa-checked-by = Checked by { $name }: { $note }
capa-evidence-placeholder = Evidence it was done
capa-evidence = Evidence
capa-create-wo = Create work order
capa-effectiveness-check = Effectiveness check
capa-effective = Effective
capa-not-effective = Not effective
capa-section-title = Corrective and preventive actions
capa-add-an-action = Add an action
capa-action = Action
capa-owner = Owner
capa-add = Add action
capa-filter-open = Open
capa-filter-all = All
capa-none = No actions.
title-compliance = Compliance · Gemba
title-readiness = Readiness · Gemba
title-evidence = Evidence · Gemba
title-certificates = Certificates · Gemba
title-audit-packs = Audit packs · Gemba
comp-tab-frameworks = Frameworks
comp-fw-requirements =
    { $count ->
        [one] { $count } requirements
       *[other] { $count } requirements
    }
comp-applies-here = applies to this site
comp-not-chosen = not chosen for this site
comp-does-not-apply = Does not apply here
comp-applies = Applies to this site
comp-add-framework-title = Add your own framework
comp-fw-name-placeholder = Customer quality manual
comp-edition = Edition
comp-add-framework = Add framework
comp-covered = Current evidence
comp-gap = Gap: no current approved evidence
comp-expires-within =
    { $count ->
        [one] expires within { $count } days
       *[other] expires within { $count } days
    }
comp-open-capa =
    { $count ->
        [one] { $count } open CAPA
       *[other] { $count } open CAPA
    }
comp-every-months =
    { $count ->
        [one] every { $count } months
       *[other] every { $count } months
    }
comp-to-date = to { $date }
comp-readiness =
    { $count ->
        [one] Readiness { $percent } · { $covered } of { $count } requirements with current evidence · expiring: { $in30 } in 30 days, { $in60 } in 60, { $in90 } in 90
       *[other] Readiness { $percent } · { $covered } of { $count } requirements with current evidence · expiring: { $in30 } in 30 days, { $in60 } in 60, { $in90 } in 90
    }
comp-percent = { $value } %
comp-file-evidence = File evidence
comp-requirement = Requirement
comp-link-label = Link (for a link)
comp-record-label = Record (for a record in Gemba)
comp-number = Number
comp-record-number = Record number
comp-effective-date = Effective date
comp-valid-until = Valid until
comp-create-evidence = Create evidence
comp-add-requirement-title = Add a requirement
comp-reference = Reference (clause or section)
comp-short-title = Short title
comp-every-label = Every (months; empty: once or on change)
comp-add-requirement = Add requirement
comp-map-title = File evidence from the work
comp-map-help = Each completion of the mapped PM schedule, audit template or certification type becomes approved evidence, dated when the work was done.
comp-work = Work
comp-source-pm-schedule = PM schedule
comp-source-inspection-template = Audit or inspection template
comp-source-cert-type = Certification type
comp-its-number = Its number
comp-map = Map
evidence-kind-file = Uploaded file
evidence-kind-link = Link
evidence-kind-record = Record in Gemba
evidence-record-type-work-order = Work order
evidence-record-type-inspection = Audit or inspection
evidence-record-type-person-certification = Training or certification record
evidence-record-type-capa = CAPA action
# a linked record's type beside its number (English pages show the stored value)
evidence-record-name-work-order = work order
evidence-record-name-inspection = inspection
evidence-record-name-person-certification = person certification
evidence-record-name-capa = capa
evidence-status-draft = Draft
evidence-status-in-review = In review
evidence-status-approved = Approved
evidence-status-rejected = Rejected
evidence-status-expired = Expired
evidence-revision-n = revision { $revision }
evidence-counts = counts for readiness
evidence-not-counts = does not count for readiness
evidence-effective = effective { $date }
evidence-valid-until = valid until { $date }
evidence-supports = Supports
evidence-owner = Owner
evidence-origin = Origin
evidence-origin-auto = Filed by the work itself
evidence-origin-manual = Filed by hand
evidence-approved-by = Approved by
evidence-by-at = { $name } at
evidence-link = Link
evidence-record = Record
evidence-revisions = Revisions
evidence-revision = Revision { $number }
evidence-bytes =
    { $count ->
        [one] { $size } bytes
       *[other] { $size } bytes
    }
evidence-intact = File intact
evidence-altered = ALTERED: the stored file no longer matches its SHA-256
evidence-upload-title = Upload a revision
evidence-file-label = File (PDF, photo, Word/Excel, text)
evidence-review = Review
evidence-submit = Submit for review
evidence-password = Your password (signature)
cert-certificates = Certificates
cert-decision = decision { $date }
comp-expires = expires { $date }
cert-status-valid = Valid
cert-status-surveillance-due = Surveillance due
cert-status-surveillance-overdue = Surveillance overdue
cert-status-expired = Expired
cert-next-surveillance = Next surveillance audit due by { $date }
cert-no-surveillance-left = No surveillance audit left in this cycle
cert-surveillance = { $year }: due by { $due }, { $held }
cert-held = held { $date }
cert-held-late =
    { $days ->
        [one] held { $date }, 1 day late
       *[other] held { $date }, { $days } days late
    }
cert-not-held-yet = not held yet
cert-record-audit = Record an audit
cert-kind-surveillance = Surveillance
cert-kind-recertification = Recertification
cert-held-on = Held on
cert-new-decision = New decision date (recertification)
cert-new-expiry = New expiry as printed (recertification)
comp-record = Record
cert-add-title = Add a certificate
cert-standard = Standard
cert-body = Certification body
cert-number = Certificate number
cert-scope = Scope
cert-decision-date = Certification decision
cert-expiry-printed = Expiry as printed
cert-add = Add certificate
comp-matrix-title = Competency matrix
comp-any-status = Any status
competency-valid = Valid
competency-expiring = Expiring in 30 days
competency-expired = Expired
competency-missing = Missing
comp-any-role = Any role
# a role in the competency matrix (English pages show the stored value)
comp-role-admin = admin
comp-role-manager = manager
comp-role-ehs-officer = ehs officer
comp-role-technician = technician
comp-role-operator = operator
comp-role-auditor = auditor
comp-download-csv = Download CSV
comp-person = Person
comp-no-role-needs = No role needs a certification on this site yet.
comp-record-cert-title = Record a certification
comp-issued-on = Issued on
comp-expires-on = Expires on (when printed)
comp-role-needs-title = What each role needs here
comp-require = Require
comp-records = Records
comp-issued = Issued { $date }
comp-document = Document
comp-upload-document = Upload document
pack-title = Audit packs
pack-framework = Framework
pack-to = To
pack-build = Build audit pack
pack-period = { $from } to { $to }
pack-requested-by = Requested by { $name } at
pack-ready =
    { $count ->
        [one] Ready · { $size } bytes · SHA-256 { $sha }
       *[other] Ready · { $size } bytes · SHA-256 { $sha }
    }
pack-failed = Failed: { $error }
pack-queued = Queued
pack-building = Building · { $percent } %
pack-download = Download ZIP
pack-index-title = Audit pack
pack-index-heading = Audit pack: { $framework } { $edition }
pack-index-about = { $site } ({ $code }) · period { $from } to { $to } · built { $at } by Gemba
pack-index-requirements = Requirements and evidence
pack-index-gap = No approved evidence in the period
pack-index-altered = File altered or missing: not included
pack-index-approved = approved
pack-index-no-end = no end
pack-index-covered = { $covered } of { $total } requirements have approved evidence in the period.
pack-index-pm = Preventive maintenance compliance
pack-index-pm-figures = { $due } PM work orders due, { $on_time } done on time: { $percent }
pack-index-capa = Corrective and preventive actions (CAPA)
pack-index-certificates = Certificates
pack-index-competency = Competency matrix ({ $on })
pack-col-requirement = Requirement
pack-col-evidence = Evidence
pack-col-status = Status
pack-col-effective = Effective
pack-col-valid-until = Valid until
pack-col-file = File / SHA-256
pack-col-action = Action
pack-col-kind = Kind
pack-col-due = Due
pack-col-verified = Verified
pack-col-standard = Standard
pack-col-body = Certification body
pack-col-number = Number
pack-col-decision = Decision
pack-col-expiry = Expiry
pack-col-next-surveillance = Next surveillance
pack-col-person = Person

## Files for spreadsheets (the competency matrix)

csv-person = Person
csv-roles = Roles
csv-not-required = not required
csv-competency-valid = valid
csv-competency-expiring = expiring
csv-competency-expired = expired
csv-competency-missing = missing
csv-role-admin = admin
csv-role-manager = manager
csv-role-ehs-officer = ehs_officer
csv-role-technician = technician
csv-role-operator = operator
csv-role-auditor = auditor

## OSHA recordkeeping

title-osha = OSHA recordkeeping · Gemba
title-osha-case = OSHA case · Gemba
title-osha-new-case = New OSHA case · Gemba
title-osha-301 = OSHA 301 · Gemba
title-osha-log = OSHA 300 log · Gemba
title-osha-privacy = Privacy case list · Gemba
title-osha-rates = Safety rates · Gemba
title-osha-summary = OSHA 300A · Gemba
title-osha-ita = ITA files · Gemba
osha-year = Year
osha-show = Show
osha-link-log = 300 log
osha-link-privacy = Privacy list
osha-link-ita = ITA files
osha-link-summary = 300A summary
osha-link-rates = Rates
osha-cases = Cases
osha-new-case = New case
osha-no-cases = No cases this year.
osha-to-confirm = Recordability to confirm · record by { $date }
osha-recordable = Recordable
osha-not-recordable = Not recordable
osha-entered-late =
    { $count ->
        [one] entered { $count } day(s) late
       *[other] entered { $count } day(s) late
    }
osha-establishment = Establishment
osha-establishment-name = Establishment name
osha-company-name = Company name
osha-ein = EIN (9 digits)
osha-street-address = Street address
osha-city = City
osha-state-code = State (two letters)
osha-zip = ZIP
osha-naics = NAICS code (6 digits)
osha-industry = Industry description
osha-establishment-type = Establishment type
osha-establishment-type-private = Private industry
osha-establishment-type-state-government = State government
osha-establishment-type-local-government = Local government
osha-save-establishment = Save establishment
osha-year-data = { $year }: employees and hours
osha-annual-average-employees = Annual average number of employees
osha-total-hours = Total hours worked by all employees
osha-change-reason = Change reason (when correcting a submitted year)
osha-new-case-title = New OSHA case
osha-from-event = From safety event #{ $id }
osha-open-case = Open case
osha-employee-name = Employee's name
osha-job-title = Job title
osha-injury-date = Date of injury or onset of illness
osha-learned-on = Date you learned of it
osha-where = Where the event occurred
osha-injury-description = Injury or illness, parts of body affected, and object/substance that directly injured or made the person ill
osha-case-type = Type (column M)
osha-case-type-1 = Injury
osha-case-type-2 = Skin disorder
osha-case-type-3 = Respiratory condition
osha-case-type-4 = Poisoning
osha-case-type-5 = Hearing loss
osha-case-type-6 = All other illnesses
osha-case-title = Case { $number }
osha-case-deadlines = Record by { $record_by } (OSHA-8: 7 days after learning of it) · kept until { $kept_until } · on the { $year } log
osha-case-late =
    { $count ->
        [one] Entered late: on { $recorded_on }, { $count } day(s) after the 7-day limit ({ $record_by }; learned of it { $learned_on }).
       *[other] Entered late: on { $recorded_on }, { $count } day(s) after the 7-day limit ({ $record_by }; learned of it { $learned_on }).
    }
osha-form-301-printable = Form 301 (printable)
osha-all-cases = All cases
osha-section-decision = 1. Is it recordable?
osha-confirmed = Confirmed by the EHS officer.
osha-overridden-recordable = Overridden: { $reason }. Counts as recordable.
osha-overridden-not-recordable = Overridden: { $reason }. Counts as not recordable.
osha-waiting-confirmation = Waiting for the EHS officer's confirmation.
osha-legend-work-related = OSHA-1: work-related and new
osha-q-work-related = Work-related: an event or exposure in the work environment caused or contributed to it, or significantly aggravated a pre-existing condition
osha-q-new-case = A new case: not a recurrence of a recorded case whose symptoms had resolved
osha-legend-general = OSHA-1: general recording criteria
osha-death = Death
osha-q-days-away = Days away from work (after the day of injury), including days recommended by a physician
osha-q-restricted-after = Restricted work or job transfer after the day of injury
osha-q-restricted-injury-day = Restricted only on the day of injury (OSHA-3: does not count)
osha-q-unconscious = Loss of consciousness
osha-q-diagnosis = Significant diagnosis by a physician or licensed health care professional
osha-none = None
osha-diagnosis-cancer = Cancer
osha-diagnosis-chronic = Chronic irreversible disease
osha-diagnosis-fracture = Fractured or cracked bone or tooth
osha-diagnosis-eardrum = Punctured eardrum
osha-legend-treatment = OSHA-2: medical treatment beyond first aid (given or recommended)
osha-treatment-otc-rx-strength = Non-prescription medicine at prescription strength
osha-treatment-wound-closure = Sutures, staples or surgical glue
osha-treatment-rigid-support = Rigid splint, stays or cast
osha-treatment-therapy = Physical therapy or chiropractic treatment
osha-treatment-prescription = Prescription medicine
osha-treatment-other = Other treatment (describe)
osha-other-treatment = Other treatment
osha-q-declined = The treatment was recommended but the employee declined it (still counts)
osha-legend-first-aid = OSHA-2: first aid (closed list A-N)
osha-first-aid-a = Non-prescription medicine at non-prescription strength
osha-first-aid-b = Tetanus immunization
osha-first-aid-c = Cleaning, flushing or soaking a surface wound
osha-first-aid-d = Wound covering, bandage, butterfly bandage or Steri-Strip
osha-first-aid-e = Hot or cold therapy
osha-first-aid-f = Non-rigid support (elastic wrap, non-rigid back belt)
osha-first-aid-g = Temporary immobilization for transport
osha-first-aid-h = Drilling a nail or draining a blister
osha-first-aid-i = Eye patch
osha-first-aid-j = Foreign body removed from the eye by irrigation or cotton swab
osha-first-aid-k = Splinter removed (not from the eye) by irrigation, tweezers or swab
osha-first-aid-l = Finger guard
osha-first-aid-m = Massage
osha-first-aid-n = Drinking fluids for heat stress
osha-decide = Decide
osha-confirm-decision = Confirm the decision
osha-override-reason = Or override it, with the reason
osha-override = Override
osha-section-classification = 2. Classification
osha-outcome = Outcome { $outcome } · { $case_type }
osha-k-days-away =
    { $count ->
        [one] K { $count } days away
       *[other] K { $count } days away
    }
osha-l-days-restricted =
    { $count ->
        [one] L { $count } days restricted
       *[other] L { $count } days restricted
    }
osha-capped = capped at 180 days
osha-date-of-death = Date of death
osha-away-periods = Days away: periods, one per line (2026-03-02 to 2026-03-06; only a start date while it goes on)
osha-restricted-periods = Restricted work or job transfer: periods, one per line
osha-recommended-away = Days away recommended by a physician (if more than taken)
osha-recommended-restricted = Restricted days recommended by a physician
osha-classify = Classify
osha-section-privacy = 3. Privacy case (OSHA-7)
osha-not-privacy-case = Not a privacy case
osha-privacy-reason-intimate = Intimate body part or reproductive system
osha-privacy-reason-sexual-assault = Sexual assault
osha-privacy-reason-mental-illness = Mental illness
osha-privacy-reason-hiv-hepatitis-tb = HIV, hepatitis or tuberculosis
osha-privacy-reason-needlestick = Needlestick or sharps contaminated with another person's blood or OPIM
osha-privacy-reason-employee-request = Illness; the employee asked for privacy
osha-section-details = 4. Case details (columns A-F)
osha-section-301 = 5. Form 301
osha-delete = Delete
osha-delete-ask = Delete this case…
osha-delete-case = Yes, delete this case
osha-retention = OSHA records are kept 5 years after the end of { $year }: this case can be deleted from { $date }.
osha-yes = Yes
osha-no = No
osha-employee-street = Employee's street
osha-state = State
osha-date-of-birth = Date of birth
osha-date-hired = Date hired
osha-sex = Sex
osha-sex-not-given = Not given
osha-sex-male = Male
osha-sex-female = Female
osha-physician = Physician or other health care professional
osha-facility = Facility where treatment was given (name, address)
osha-emergency-room = Treated in an emergency room?
osha-hospitalized = Hospitalized overnight as an in-patient?
osha-time-began-work = Time employee began work (HH:MM)
osha-time-of-event = Time of event (HH:MM; blank: cannot be determined)
osha-before-incident = What was the employee doing just before the incident?
osha-what-happened = What happened?
osha-object-substance = What object or substance directly harmed the employee?
osha-save-301 = Save form 301
osha-print = Print
osha-form-in-en = Form in English
osha-form-in-es = Form in Spanish
osha-form-note = The labels are OSHA's own wording on its form; each is explained in English beside it.
osha-gloss-a = case number
osha-gloss-b = the employee's name
osha-gloss-c = job title
osha-gloss-d = date of the injury or of the onset of the illness
osha-gloss-e = where the event occurred
osha-gloss-f = the injury or illness, the parts of the body affected and the object or substance that caused it
osha-gloss-g = death
osha-gloss-h = case with days away from work
osha-gloss-i = case with job transfer or restriction
osha-gloss-j = other recordable case
osha-gloss-k = days away from work
osha-gloss-l = days of job transfer or restriction
osha-gloss-m1 = injury
osha-gloss-m2 = skin disorder
osha-gloss-m3 = respiratory condition
osha-gloss-m4 = poisoning
osha-gloss-m5 = hearing loss
osha-gloss-m6 = all other illnesses
osha-gloss-employees = annual average number of employees
osha-gloss-hours = total hours worked by all employees in the year
osha-gloss-certify = the signing executive declares the entries true, accurate and complete
osha-gloss-301-1 = full name
osha-gloss-301-2 = home address
osha-gloss-301-3 = date of birth
osha-gloss-301-4 = date hired
osha-gloss-301-5 = sex
osha-gloss-301-6 = physician or other health care professional
osha-gloss-301-7 = where treatment was given, if away from the worksite
osha-gloss-301-8 = treated in an emergency room?
osha-gloss-301-9 = hospitalized overnight as an in-patient?
osha-gloss-301-10 = case number in the 300 log
osha-gloss-301-11 = date of the injury or illness
osha-gloss-301-12 = time the employee began work
osha-gloss-301-13 = time of the event
osha-gloss-301-14 = what the employee was doing just before
osha-gloss-301-15 = what happened
osha-gloss-301-16 = the injury or illness
osha-gloss-301-17 = what directly harmed the employee
osha-gloss-301-18 = date of death, if the employee died
osha-log-title = OSHA Form 300 · { $establishment } · { $year }
osha-download-csv = Download CSV
osha-log-pending =
    { $count ->
        [one] { $count } case(s) wait for the recordability confirmation and are not on the log yet.
       *[other] { $count } case(s) wait for the recordability confirmation and are not on the log yet.
    }
osha-privacy-title = Confidential privacy case list
osha-case-no = Case no.
osha-employee = Employee
osha-rates-title = Incidence rates { $year }
osha-rates-defined = Per 200,000 hours worked (LTIFR per 1,000,000); n/a when no hours are recorded. Lost time is a death (G) or a days-away case (H), not restricted work; LTIFR counts the lost-time cases that are injuries (M1). Severity counts the days away (K) and restricted (L), each case capped at 180.
osha-site = Site
osha-hours = Hours
osha-recordable-count = Recordable
osha-severity = Severity
osha-all-sites = All sites
osha-trend-title = Trend (this site, TRC year to date)
osha-trend-label = Year-to-date TRC by month
osha-trend-point =
    { $count ->
        [one] month { $month }: { $count } cases, TRC { $trc }
       *[other] month { $month }: { $count } cases, TRC { $trc }
    }
osha-summary-deadlines = Post from { $from } to { $until } · ITA submission due { $due }
osha-totals-reconcile = Totals reconcile: G+H+I+J = M1+...+M6.
osha-totals-do-not-reconcile = Totals do not reconcile.
osha-certification = Certification
osha-certified = Certified by { $name }, { $title } ({ $phone }), on { $date } — signed by { $signed_by } at
osha-cert-name = Company executive's name
osha-cert-title = Title
osha-cert-phone = Phone
osha-cert-password = Your password (signature)
osha-certify = Certify
osha-ita-title = OSHA Injury Tracking Application files
osha-ita-case-n = case { $number },
osha-ita-summary-file = 300A summary file ({ $year })
osha-ita-download-summary = Download 300A CSV
osha-ita-fix-first = Fix these before downloading:
osha-ita-case-file =
    { $count ->
        [one] Case data file ({ $count } cases)
       *[other] Case data file ({ $count } cases)
    }
osha-ita-download-cases = Download case CSV
osha-ita-submission = Submission
osha-ita-submitted = Submitted to OSHA on { $date } (due { $due }).
osha-ita-due = Due { $due }. Record the submission once it is made in OSHA's ITA: the reminders stop.
osha-ita-submitted-on = Submitted on
osha-ita-record = Record the submission

## Unsubscribing from reminder e-mails (the link in a digest)

unsub-stop = Stop reminder e-mails
unsub-ask = Stop the optional reminder e-mails from Gemba? You keep seeing reminders in the app, and escalations to you as a site's manager are still sent.
unsub-stopped = Reminder e-mails stopped
unsub-stopped-text = You will get no more optional reminder e-mails. Turn them back on from your profile
unsub-invalid = Link not valid
unsub-invalid-text = This unsubscribe link is not valid.
unsub-failed = Something went wrong
unsub-failed-text = Please try again later.

## Reminder item types

item-type-work-order = Work orders
item-type-pm = Preventive maintenance
item-type-cil-round = CIL rounds not done
item-type-tag = Abnormality tags open too long
item-type-capa = CAPA actions
item-type-audit = Audits and inspections
item-type-evidence = Evidence expiring
item-type-certificate = Organisation certificates expiring
item-type-person-cert = People's certifications expiring
item-type-osha-recording = OSHA: record a case within 7 days
item-type-osha-300a = OSHA: 300A certified and posted by February 1
item-type-osha-ita = OSHA: ITA submission by March 2
prefs-escalations-note = Escalations to you as a site's manager always come by e-mail.

## Messages of the ITA file checks (matched on their English text)

msg-ita-required = Required.
msg-ita-more-than-zero = More than 0.
msg-ita-ein = An EIN has nine digits, e.g. 12-3456789.
msg-ita-zip = A five-digit ZIP code or ZIP+4, e.g. 75001 or 75001-1234.
msg-ita-naics = A six-digit NAICS code.
msg-ita-state = The two-letter postal code, e.g. TX.
msg-ita-establishment-type = Choose private, state government or local government.
msg-ita-required-death = Required for a death.
msg-ita-only-death = Only for a death.
msg-ita-before-incident = Before the date of the incident.
msg-ita-after-incident = After the date of the incident.
msg-ita-sex = M, F or blank.
msg-ita-death-no-days = A death records no day counts.
msg-ita-days-away-case = A days-away case needs its days away.
msg-ita-restriction-case = A job transfer or restriction case needs its days.
msg-ita-cap-180 = Days away and restricted together are capped at 180.
msg-ita-hours-per-employee = More hours per employee than a year has; check both figures.

## Messages of refused uploads (matched on their English text)

msg-pm-window-pct = Enter a whole percentage from 0 to 50.
msg-pm-window-mode = Choose whether early work counts: before or after the due date, or after it only.
msg-pm-window-min-days = Enter a whole number of days from 0 to 30.
msg-cert-held-future = Record an audit once it has been held.
msg-cert-decision-future = Record a certificate once the certification body has decided: this date is in the future.
msg-cert-expiry-after-decision = The expiry must be after the certification decision.
msg-cert-new-expiry-after = The new expiry must be after the recertification decision.
msg-cert-kind = Choose surveillance or recertification.
msg-recert-future = Record the recertification once it has been decided: this date is in the future.
msg-file-empty = The file is empty.
msg-file-too-large = The file is larger than 10 MB.
msg-photo-kinds = Only JPEG, PNG and WebP photos are accepted.
msg-document-kinds = Upload a PDF, a photo, a Word/Excel/OpenDocument file, or a text or CSV file.
msg-upload-route-limit = The file is larger than { $mb } MB; choose a smaller one.
msg-upload-failed = Upload failed (request id { $id }).

## Scan
scan-title = Scan an asset
scan-camera = Scan its QR code
scan-pointing = Point the camera at the QR label.
scan-no-camera = The camera could not be opened: type the tag instead.
scan-type-tag = Or type the tag on its plate
scan-find = Find
scan-hint = Your phone’s own camera app also opens a Gemba QR label.
scan-none = No asset on this site matches “{ $code }”.
scan-maybe = Is it one of these?

## Tables wider than a phone
table-tags = Tags by category
table-reliability = Reliability by asset
table-osha-log = OSHA 300 log
table-osha-rates = Rates by site
table-osha-year-rates = Rates of the year
table-osha-privacy = Privacy cases

## OSHA special criteria (1904.8 to 1904.11)
osha-legend-special = Special cases (1904.8 to 1904.11)
osha-q-sharp = A needlestick or cut from a sharp object contaminated with another person's blood or other potentially infectious material (1904.8)
osha-q-medical-removal = Removed from work under the medical surveillance requirements of an OSHA standard (1904.9)
osha-q-tuberculosis = Infected with tuberculosis after exposure at work to a known case of active tuberculosis (1904.11)
osha-hearing = Hearing test (1904.10)
osha-hearing-hint = Thresholds in dB at 2000, 3000 and 4000 Hz, baseline and current audiogram, for each ear tested (age-corrected values may be used).
osha-ear-left = Left ear
osha-ear-right = Right ear
osha-baseline = Baseline
osha-current = Current

## Production and OEE
nav-production = Production
title-production = Production · Gemba
prod-title = Production
prod-intro = Record each shift's counts and the stops inside it: the KPI page turns them into OEE (availability × performance × quality).
prod-no-assets = No asset has an ideal cycle time yet: set one on the asset's page (Ideal cycle time) to record its production.
prod-record-shift = Record a shift
prod-date = Day the shift starts
prod-start = Start
prod-end = End
prod-planned = Planned production time (minutes)
prod-planned-hint = Blank: the whole shift
prod-total = Units made
prod-rejects = Rejected units
prod-startup-rejects = Of which rejected at start-up
prod-save-shift = Save the shift
prod-saved = Saved for { $asset }: OEE { $oee }.
prod-record-stop = Record a stop
prod-stop-hint = A stop that has ended, with its reason: unplanned and planned stops lower availability; stops not scheduled (breaks, no orders) do not count.
prod-stop-from = Stopped at
prod-stop-to = Running again at
prod-save-stop = Save the stop
prod-stop-saved = Stop saved.
prod-kind-unplanned = unplanned
prod-kind-planned = planned
prod-kind-not-scheduled = not scheduled
prod-recent = Latest shifts
prod-counts = { $total } made, { $rejects } rejected, { $planned } min planned
prod-factors = A { $a } · P { $p } · Q { $q } · OEE { $oee }
prod-import = Import production counts (CSV)
prod-import-help = One row per asset and shift, with the header asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects (times as HH:MM on the site's clock; planned_minutes, rejects and startup_rejects may be blank). All rows are imported or none.
prod-imported =
    { $count ->
        [one] { $count } shift imported.
       *[other] { $count } shifts imported.
    }
prod-reasons = Stop reasons
prod-reason-off = Switch off
prod-reason-on = Switch on
prod-reason-code = Code
prod-reason-name = Name
prod-reason-kind = Kind
prod-reason-add = Add the reason
kpi-oee = OEE
kpi-oee-none = No production recorded in this period.
kpi-oee-shifts =
    { $count ->
        [one] { $count } shift
       *[other] { $count } shifts
    }
kpi-oee-trend = OEE over the period
kpi-six-losses = Six big losses
kpi-six-losses-rule = Of { $planned } planned production time; { $outside } of stops not scheduled are outside it and not counted. Unplanned stops under 5 minutes are small stops.
kpi-oee-by-asset = OEE by asset
kpi-oee-enter = Record production
oee-availability = Availability
oee-performance = Performance
oee-quality = Quality
oee-loss = Loss
oee-factor = Factor
oee-lost-h = Hours lost
oee-shifts = Shifts
oee-loss-unplanned = Unplanned stops (breakdowns)
oee-loss-planned = Planned stops (changeovers, setup)
oee-loss-small-stops = Small stops
oee-loss-slow-cycles = Slow cycles
oee-loss-production-rejects = Production rejects
oee-loss-startup-rejects = Start-up rejects
asset-cycle-time = Ideal cycle time
asset-cycle-none = None set: this asset's production cannot be recorded for OEE yet.
asset-cycle-line = { $seconds } s per unit from
asset-cycle-seconds = Seconds per unit at the ideal rate
asset-cycle-from = From (blank: now)
asset-cycle-save = Set the cycle time

## Changes on this phone
js-state-sent = Sent
js-note-sent = Sent
js-sent-at = tapped { $when }, sent { $sent }
js-all-changes = All changes made on this phone
title-changes = Changes on this phone · Gemba
changes-title = Changes on this phone
changes-intro = What you did on this phone, newest first: waiting to be sent, refused (with why and your choices), awaiting your signature, and what was sent in the last 24 hours. Nobody else signing in on this phone sees them.
changes-empty = Nothing waiting, and nothing sent from this phone in the last 24 hours.
wo-reassign = Reassign
wo-reassign-to = Give this work order to
wo-reassign-button = Reassign
js-started-here = Started on this phone: the work can be recorded now and is sent, with the start, when the connection is back.
round-tomorrow = Tomorrow's round
round-see-tomorrow = Tomorrow's round
round-see-today = Today's round
asset-safety = Before you start
asset-energy-control = Energy control (lockout/tagout)
asset-energy-control-hint = Energy sources, isolation points and the steps to lock out and verify
asset-safety-notes = Safety notes
asset-safety-notes-hint = Hazards and the protective equipment to wear
msg-prod-not-started = The shift has not started yet: record it once it has.
msg-prod-date = Enter a date as YYYY-MM-DD.
msg-prod-time = Enter a time as HH:MM.
msg-prod-planned-max = At most the shift's { $minutes } minutes.
msg-prod-planned = Enter the minutes planned to run, more than 0.
msg-prod-number = Enter a number.
msg-prod-units = Enter a whole number of units, 0 or more.
msg-prod-rejects = More rejects than the { $total } units made.
msg-prod-startup = Start-up rejects are part of the rejects: at most { $rejects }.
msg-prod-cycle = Enter the seconds one unit takes at the ideal rate, more than 0 and at most 86400.
msg-prod-no-cycle = { $tag } has no ideal cycle time for this shift: set it on the asset's page first.
msg-prod-overlap = Production of { $tag } is already recorded for a shift overlapping this one ({ $day } { $from }-{ $to }).
msg-prod-reason = Choose a reason from the site's list.
msg-prod-stop-time = Enter a date and time like 2026-12-05 08:10.
msg-prod-stop-order = The end is not after the start.
msg-prod-stop-future = This is still to come: record a stop once it has ended.
msg-prod-stop-overlap = { $tag } has another stop recorded in this time.
msg-prod-cycle-from = Enter a date as YYYY-MM-DD, or leave it blank for now.
msg-wo-reassigned = Work order #{ $id } was reassigned to { $names } meanwhile: nothing was recorded on it.

## Field errors and refusals the server writes in English, found by their English text
msg-actions-are-raised-from-investigation = Actions are raised from an investigation or a finding.
msg-asset-cannot-moved-under-itself = An asset cannot be moved under itself or one of its own components.
msg-asset-hierarchy-has-at-most = An asset hierarchy has at most { $max } levels; this would make { $depth }.
msg-auditor-grant-needs-end-date = An auditor grant needs an end date.
msg-employee-s-request-makes-only = An employee's request makes only an illness a privacy case, not an injury.
msg-operation-id-must-uuid = An operation id must be a UUID.
msg-another-asset-site-already-has = Another asset of this site already has this tag.
msg-another-part-site-has-code = Another part of this site has this code.
msg-another-site-already-uses-code = Another site already uses this code.
msg-answer-at-least-first-why = Answer at least the first why.
msg-answer-recordability-questions-first = Answer the recordability questions first.
msg-answer-these-required-steps-first = Answer these required steps first: { $steps }.
msg-answer-yes-no = Answer yes or no.
msg-assign-people-who-can-work = Assign people who can work on this site's work orders.
msg-at-most-10-000-rows = At most 10,000 rows per file.
msg-at-most-characters = At most { $max } characters.
msg-at-most = At most { $max }.
msg-case-types-add-up-but = Case types add up to { $by_type } but the outcomes (G+H+I+J) to { $outcomes }; they must be equal.
msg-choose-f-you-fix-m = Choose F (you fix it) or M (maintenance).
msg-choose-m-f-leave-blank = Choose M or F, or leave it blank (the ITA case file takes M, F or blank).
msg-choose-capa-action-work-order = Choose a CAPA action or a work order.
msg-choose-pm-schedule-audit-template = Choose a PM schedule, an audit template or a certification type.
msg-choose-category-from-list = Choose a category from the list.
msg-choose-category = Choose a category.
msg-choose-certification-type = Choose a certification type.
msg-choose-diagnosis-from-list = Choose a diagnosis from the list.
msg-choose-file-link-record = Choose a file, a link or a record.
msg-choose-file = Choose a file.
msg-choose-grade = Choose a grade.
msg-choose-meter = Choose a meter.
msg-choose-person = Choose a person.
msg-choose-photo = Choose a photo.
msg-choose-priority = Choose a priority.
msg-choose-reason = Choose a reason.
msg-choose-role-site-s-staff = Choose a role of the site's staff.
msg-choose-role = Choose a role.
msg-choose-site = Choose a site.
msg-choose-status-from-list = Choose a status from the list.
msg-choose-template-with-published-version = Choose a template with a published version.
msg-choose-template = Choose a template.
msg-choose-time-zone-such-europe = Choose a time zone such as Europe/Paris or America/Chicago.
msg-choose-type = Choose a type.
msg-choose-year-from = Choose a year from { $first } to { $last }.
msg-choose-asset = Choose an asset.
msg-choose-autonomous-maintenance-step-from = Choose an autonomous-maintenance step from 1 to 7.
msg-choose-end-after-start-at = Choose an end after the start, at most a year later.
msg-choose-hour-from-0-23 = Choose an hour from 0 to 23.
msg-choose-at-least-one-requirement = Choose at least one requirement this evidence supports.
msg-choose-at-most-ten-years = Choose at most ten years.
msg-choose-cumulative-gauge = Choose cumulative or gauge.
msg-choose-fixed-floating = Choose fixed or floating.
msg-choose-from-list = Choose from the list.
msg-choose-how-schedule-falls-due = Choose how the schedule falls due.
msg-choose-ignore-shift-skip = Choose ignore, shift or skip.
msg-choose-immediate-corrective-preventive = Choose immediate, corrective or preventive.
msg-choose-injury-kind-illness-m1 = Choose injury or the kind of illness (M1-M6).
msg-choose-inspection-audit = Choose inspection or audit.
msg-choose-one-from-list = Choose one from the list.
msg-choose-one-asset-s-meters = Choose one of this asset's meters.
msg-choose-one-your-sites = Choose one of your sites.
msg-choose-pass-fail = Choose pass or fail.
msg-choose-someone-who-can-work = Choose someone who can work on this site's work orders.
msg-choose-someone-who-works-site = Choose someone who works on this site.
msg-choose-submit-approve-reject = Choose submit, approve or reject.
msg-choose-cause-category = Choose the cause category.
msg-choose-lead-auditor = Choose the lead auditor.
msg-choose-unplanned-planned-not-scheduled = Choose unplanned, planned or not scheduled.
msg-choose-what-happened = Choose what happened.
msg-choose-what-kind-record = Choose what kind of record it is.
msg-choose-who-owns-action = Choose who owns the action.
msg-complete-work-order-first = Complete its work order first.
msg-complete-work-order-with-sign = Complete the work order with its sign-off.
msg-confirm-override = Confirm or override.
msg-days-are-counted-from-day = Days are counted from the day after the injury (OSHA-4): start after the injury date.
msg-days-away-days-away-cases = Days away and days-away cases go together: both 0 or both more than 0.
msg-days-away-make-days-away = Days away make this a days-away case (H).
msg-days-away-restricted-make-h = Days away or restricted make this an H or I case.
msg-describe-evidence-that-action-was = Describe the evidence that the action was done.
msg-describe-other-treatment = Describe the other treatment.
msg-don-t-build-password-from = Don't build the password from your name or e-mail address.
msg-enter-1-240-minutes = Enter 1 to 240 minutes.
msg-enter-number-days = Enter a number of days.
msg-enter-quantity-greater-than-zero = Enter a quantity greater than zero.
msg-enter-quantity-0-more = Enter a quantity of 0 or more.
msg-enter-quantity = Enter a quantity.
msg-enter-rule-such-freq-monthly = Enter a rule such as FREQ=MONTHLY;BYMONTHDAY=1.
msg-enter-tag = Enter a tag.
msg-enter-mail-address-like-name = Enter an e-mail address like name@example.com.
msg-enter-mail-address = Enter an e-mail address.
msg-enter-only-rrule-part-first = Enter only the RRULE part; the first due date is the start.
msg-enter-annual-average-number-employees = Enter the annual average number of employees as a whole number.
msg-enter-date-death-death-recorded = Enter the date of death: a death is recorded with it (the ITA file needs it).
msg-enter-interval-days-1-3660 = Enter the interval in days (1 to 3660).
msg-enter-meter-interval-greater-than = Enter the meter interval (greater than 0).
msg-enter-threshold-db-whole-number = Enter the threshold in dB, a whole number from -10 to 120 (all six for this ear).
msg-enter-total-hours-worked-by = Enter the total hours worked by all employees as a whole number.
msg-enter-year-s-employees-hours = Enter the year's employees and hours worked before certifying.
msg-enter-year-s-employees-hours-2 = Enter the year's employees and hours worked first.
msg-enter-your-mail-address = Enter your e-mail address.
msg-enter-your-password = Enter your password.
msg-escalations-you-site-s-manager = Escalations to you as a site's manager always come by e-mail.
msg-every-1-3660-days = Every 1 to 3660 days.
msg-expired-evidence-cannot-approved-add = Expired evidence cannot be approved; add a revision with new dates.
msg-give-1-240-months-leave = Give 1 to 240 months, or leave it empty for no end.
msg-give-date-yyyy-mm-dd = Give a date (YYYY-MM-DD).
msg-give-date-between-01-01 = Give a date between { $from }-01-01 and { $to }-12-31.
msg-give-due-date-yyyy-mm = Give a due date (YYYY-MM-DD).
msg-give-number-months-from-1 = Give a number of months from 1 to 120, or leave it empty.
msg-give-rating-from-1-5 = Give a rating from 1 to 5.
msg-give-web-address-starting-with = Give a web address starting with https:// or http://.
msg-give-at-most-five-whys = Give at most five whys.
msg-give-date-time-2026-11 = Give the date and time, e.g. 2026-11-22 14:30.
msg-give-reason-overriding-decision = Give the reason for overriding the decision.
msg-give-record-s-number = Give the record's number.
msg-job-transfer-restriction-cases-need = Job transfer or restriction cases need their days.
msg-keep-each-why-under-500 = Keep each why under 500 characters.
msg-line-period-ends-before-starts = Line { $line }: the period ends before it starts.
msg-must-before-date-incident = Must be before the date of the incident.
msg-no-asset-with-tag-site = No asset with this tag on this site.
msg-no-asset-site-earlier-file = No asset { $parent } on this site or earlier in the file.
msg-no-such-asset-site = No such asset on this site.
msg-no-such-asset = No such asset.
msg-no-such-date-site-s = No such date on the site's calendar.
msg-no-such-event-site = No such event on this site.
msg-no-such-framework = No such framework.
msg-no-such-item = No such item.
msg-no-such-part-site = No such part on this site.
msg-no-such-record-site = No such record on this site.
msg-no-such-site = No such site.
msg-no-such-user = No such user.
msg-not-case-belongs-another-year = Not in { $year }: the case belongs on another year's log.
msg-one-requirements-does-not-exist = One of the requirements does not exist.
msg-only-completed-work-order-can = Only a completed work order can be verified.
msg-only-draft-can-published = Only a draft can be published.
msg-only-failed-out-limit-step = Only a failed or out-of-limit step gets a follow-up.
msg-only-manager-can-reopen-work = Only a manager can reopen a work order.
msg-only-auditor-s-access-limited = Only an auditor's access is limited to one framework.
msg-only-hazard-observations-can-sent = Only hazard observations can be sent without your name.
msg-only-stock-needed-correct-quantity = Only { $on_hand } of { $part } in stock; { $wanted } needed. Correct the quantity or record a stock count first.
msg-overlaps-row-shift-same-asset = Overlaps row { $other }, a shift of the same asset.
msg-production-already-recorded-shift = Production of { $asset } is already recorded for this shift.
msg-say-why-rejected = Say why it is rejected.
msg-say-why-action-was-was = Say why the action was or was not effective.
msg-sent-anonymously-event = Sent anonymously as event #{ $id }.
msg-someone-changed-action-meanwhile-reload = Someone changed this action meanwhile; reload it.
msg-someone-changed-case-meanwhile-reload = Someone changed this case meanwhile; reload it.
msg-start-work-order-before-answering = Start the work order before answering its steps.
msg-state-root-cause = State the root cause.
msg-that-date-future = That date is in the future.
msg-that-future = That is in the future.
msg-that-person-does-not-work = That person does not work on this site.
msg-action-no-longer-open = The action is no longer open.
msg-auditee-signs-with-their-own = The auditee signs with their own account.
msg-auditee-s-mail-password-wrong = The auditee's e-mail or password is wrong.
msg-case-log-date-another-year = The case is on the { $year } log; a date in another year needs a new case.
msg-clocks-skip-time-site-s = The clocks skip this time on the site's calendar.
msg-date-birth-must-before-injury = The date of birth must be before the injury.
msg-date-death-before-injury = The date of death is before the injury.
msg-document-expands-more-than-mb = The document expands to more than { $mb } MB ({ $ratio }x its size): refused as a possible zip bomb.
msg-document-holds-parts-document-has = The document holds { $parts } parts; a document has at most { $max }.
msg-effectiveness-check-must-done-by = The effectiveness check must be done by someone other than the action's owner.
msg-end-date-before-start-date = The end date is before the start date.
msg-end-date-past = The end date is in the past.
msg-end-before-start = The end is before the start.
msg-expiry-cannot-before-issue-date = The expiry cannot be before the issue date.
msg-file-has-no-rows-under = The file has no rows under its header.
msg-file-damaged-cannot-read-document = The file is damaged: it cannot be read as a document.
msg-hire-date-after-injury = The hire date is after the injury.
msg-investigation-already-closed = The investigation is already closed.
msg-investigation-closed = The investigation is closed.
msg-issue-date-cannot-future = The issue date cannot be in the future.
msg-lead-auditor-must-able-run = The lead auditor must be able to run audits on this site.
msg-new-parent-belongs-another-site = The new parent belongs to another site.
msg-owner-must-work-site = The owner must work on this site.
msg-pack-not-ready-yet = The pack is not ready yet.
msg-period-ends-before-starts = The period ends before it starts.
msg-photo-could-not-read-image = The photo could not be read as an image.
msg-photo-larger-than-12-000 = The photo is larger than 12,000 pixels on a side.
msg-request-larger-than-kb = The request is larger than { $kb } KB.
msg-rule-needs-freq-daily-weekly = The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).
msg-shift-has-not-started-yet = The shift has not started yet.
msg-site-already-has-reason-with = The site already has a reason with this code.
msg-stored-pack-no-longer-matches = The stored pack no longer matches its SHA-256.
msg-submission-date-cannot-future = The submission date cannot be in the future.
msg-two-new-passwords-differ = The two new passwords differ.
msg-data-submitted-after-year-ends = The { $year } data is submitted after the year ends.
msg-summary-certified-after-year-ends = The { $year } summary is certified after the year ends.
msg-answer-does-not-fit-item = This answer does not fit the item.
msg-answer-does-not-fit-step = This answer does not fit the step.
msg-audit-already-signed-off = This audit is already signed off.
msg-audit-signed-off = This audit is signed off.
msg-audit-signed-off-answers-no = This audit is signed off; its answers no longer change.
msg-day-already-holiday = This day is already a holiday.
msg-mail-address-too-long-254 = This e-mail address is too long (254 characters at most).
msg-event-already-has-osha-case = This event already has an OSHA case.
msg-evidence-link-record-not-file = This evidence is a link or a record, not a file.
msg-file-no-longer-matches-sha = This file no longer matches the SHA-256 recorded when it was uploaded: it was altered.
msg-finding-already-has-action = This finding already has its action.
msg-finding-closed = This finding is closed.
msg-framework-already-has-requirement-with = This framework already has a requirement with this reference.
msg-not-your-current-password = This is not your current password.
msg-not-your-password = This is not your password.
msg-operation-id-was-used-another = This operation id was used for another operation.
msg-password-too-common-choose-one = This password is too common; choose one that is harder to guess.
msg-person-already-holds-role-there = This person already holds this role there.
msg-point-was-already-checked-today = This point was already checked today.
msg-reading-lower-than-last-one = This reading ({ $value }) is lower than the last one ({ $last }). If the counter was reset or replaced, mark the reading as a meter reset.
msg-rule-never-produces-date-example = This rule never produces a date (for example, there is no 30 February): check its days and months.
msg-site-does-not-take-anonymous = This site does not take anonymous reports.
msg-surveillance-audit-was-held-before = This surveillance audit was held before the certification decision ({ $date }): record audits of this cycle.
msg-tag-already-closed = This tag is already closed.
msg-tag-closed = This tag is closed.
msg-type-exists-already = This type exists already.
msg-work-order-has-no-asset = This work order has no asset.
msg-too-many-wrong-passwords-account = Too many wrong passwords for this account: try again in { $minutes } min.
msg-type-your-name-sign = Type your name to sign.
msg-unknown-column-use = Unknown column; use { $columns }.
msg-unknown-reminder-type = Unknown reminder type.
msg-upload-photo-first = Upload a photo first.
msg-upload-file-before-submitting-review = Upload the file before submitting it for review.
msg-upload-photo-work-order-first = Upload the photo to this work order first.
msg-use-0-365-days = Use 0 to 365 days.
msg-use-2-16-characters = Use 2 to 16 characters.
msg-use-b-c = Use A, B or C.
msg-use-date-like-2019-06 = Use a date like 2019-06-30.
msg-use-date-like-2026-11 = Use a date like 2026-11-01.
msg-use-date-like-2026-11-2 = Use a date like 2026-11-22.
msg-use-date-like-2026-12 = Use a date like 2026-12-01.
msg-use-date-like-2026-12-2 = Use a date like 2026-12-25.
msg-use-date-like-2026-12-3 = Use a date like 2026-12-31.
msg-use-number-days-overdue-from = Use a number of days overdue from 1 to 365, or leave it blank for never.
msg-use-at-least-characters-more = Use at least { $min } characters ({ $recommended } or more is better).
msg-use-at-most-10-reminders = Use at most 10 reminders before the date.
msg-use-daily-weekly-1-7 = Use daily, weekly:1-7 or monthly:1-31.
msg-use-letters-digits-only = Use letters, digits and '-' only.
msg-use-letters-digits-only-2 = Use letters, digits and - _ . / only.
msg-use-letters-digits-only-3 = Use letters, digits, - and _ only.
msg-use-low-medium-high-urgent = Use low, medium, high or urgent.
msg-use-pending-sending-sent-failed = Use pending, sending, sent or failed.
msg-use-running-down-standby-retired = Use running, down, standby or retired.
msg-version-already-draft-edit-that = Version { $version } is already a draft: edit that one.
msg-work-order-already-exists-action = Work order #{ $number } already exists for this action.
msg-write = Write it as { $written }.
msg-write-something-leave-step-later = Write something, or leave the step for later.
msg-write-investigation-first = Write the investigation first.
msg-write-time-hh-mm-07 = Write the time as HH:MM, e.g. 07:30.
msg-you-cannot-deactivate-yourself = You cannot deactivate yourself.
msg-you-cannot-learn-before-happened = You cannot learn of it before it happened.
msg-you-cannot-revoke-your-own = You cannot revoke your own administrator role.
msg-no-asset-named-on-site = No asset "{ $tag }" on this site.
msg-header-row-lacks-column = The header row has no "{ $column }" column.
msg-closed-wo-reopen-first = A closed work order cannot be changed; reopen it first.
msg-failed-check-needs-note = A failed check needs a note saying what was found.
msg-framework-auditor-one-site = A framework-limited auditor grant is for one site.
msg-meter-reading-negative = A meter reading cannot be negative on a cumulative meter.
msg-meter-twelve-digits = A meter shows at most 12 digits: check this reading.
msg-new-due-date-past = A new due date cannot be in the past; today is { $today }.
msg-nonconformity-capa-root-cause = A nonconformity's CAPA needs its root cause.
msg-percentage-0-100 = A percentage from 0 to 100.
msg-period-start-future = A period cannot start in the future.
msg-published-version-immutable = A published version cannot be changed; edit it to make a new draft.
msg-stop-over-31-days = A stop of more than 31 days: check the dates.
msg-template-needs-item = A template needs at least one item to be published.
msg-user-email-exists = A user with this e-mail address already exists.
msg-freq-not-supported = FREQ={ $freq } is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY.
msg-osha-kept-until = OSHA records for { $year } are kept until { $until } (5 years after the end of the year); this case cannot be deleted before { $after }.
msg-wo-cannot-go = A work order cannot go from { $from } to { $to }.
msg-wo-already-status = The work order is already { $status }.
msg-capa-cannot-go = This action cannot go from { $from } to { $to }.
msg-evidence-cannot-be = Evidence that is { $from } cannot be { $action }.
msg-retry-only-failed = Only a failed message can be retried; this one is { $state }.
msg-wo-closed-meanwhile = Work order #{ $number } was { $what } meanwhile{ $why }: nothing more can be recorded on it.
msg-word-requested = Requested
msg-word-open = Open
msg-word-in-progress = In progress
msg-word-on-hold = On hold
msg-word-done = Done
msg-word-cancelled-label = Cancelled
msg-word-capa-open = open
msg-word-capa-in-progress = in_progress
msg-word-capa-done = done
msg-word-capa-verified = verified_effective
msg-word-capa-reopened = reopened
msg-word-draft = draft
msg-word-in-review = in_review
msg-word-approved = approved
msg-word-rejected = rejected
msg-word-expired = expired
msg-word-submitted = submitted
msg-word-revised = revised
msg-word-pending = pending
msg-word-sending = sending
msg-word-sent = sent
msg-word-failed = failed
msg-word-cancelled = cancelled
msg-word-completed = completed
