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
