# Gemba — français. Les mêmes messages que en.ftl (un test le vérifie).
# Les arguments s'écrivent { $nom } ; les nombres choisissent leur forme avec { $count -> ... }.

## Mots communs

loading = Chargement…
create = Créer
save = Enregistrer
change = Changer
find = Chercher
filter = Filtrer
search = Rechercher
upload = Envoyer
reason = Motif
note = Note
note-is = Note : { $note }
now = maintenant
minutes = Minutes
minutes-short =
    { $count ->
        [one] { $count } min
       *[other] { $count } min
    }
quantity = Quantité
quantity-short = Qté
printed-name = Nom en capitales
photo-n = Photo { $id }
count-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
list-in-all =
    { $count ->
        [one] { $count } au total
       *[other] { $count } au total
    }
list-more = Plus

## Erreurs

err-sign-in = Veuillez vous connecter.
err-bad-credentials = E-mail ou mot de passe incorrect.
err-forbidden = Vous n'avez pas le droit de faire cela.
err-not-found = Introuvable.
err-correct-fields = Corrigez les champs signalés.
err-too-many = Trop de tentatives. Réessayez dans { $seconds } secondes.
err-unavailable = Gemba est injoignable ou occupé. Vérifiez la connexion et réessayez.
err-internal = Un problème est survenu de notre côté. Identifiant de la requête : { $request_id }

## Messages des règles du serveur

msg-required = Ce champ est obligatoire.
msg-at-most-chars = Utilisez au plus { $max_chars } caractères.
msg-control-chars = Retirez les caractères de contrôle.
msg-date-format = Écrivez la date sous la forme AAAA-MM-JJ.
msg-read-form = Certains champs n'ont pas pu être lus : vérifiez le formulaire.
msg-minutes-whole = Indiquez les minutes en nombre entier.
msg-minutes-range = Indiquez entre 1 et 1440 minutes.
msg-outside-limits = { $value } est hors des limites ({ $limits }) ; ajoutez une note indiquant ce qui a été fait.
msg-give-reason = Indiquez un motif.

## Navigation

nav-main = Principale
nav-home = Accueil
nav-my-work = Mon travail
nav-work-orders = Ordres de travail
nav-assets = Équipements
nav-pm = Préventif
nav-rounds = Tournées
nav-tags = Étiquettes
nav-kpi = Indicateurs
nav-report = Signaler
nav-safety-events = Événements sécurité
nav-capa = CAPA
nav-osha = OSHA
nav-audits = Audits
nav-templates = Modèles
nav-compliance = Conformité
nav-audit-log = Journal d'audit
nav-reminders = Rappels
nav-people = Personnes
nav-sites = Sites
nav-reminder-policies = Règles de rappel
nav-outbox = Boîte d'envoi
nav-profile = Profil
nav-more = Plus
nav-keep-offline = Garder pour le hors-ligne
nav-sign-out = Se déconnecter
nav-site = Site
nav-switch = Changer
nav-bell =
    { $count ->
        [0] Rappels : aucun non lu
        [one] Rappels : { $count } non lu
       *[other] Rappels : { $count } non lus
    }

## Connexion

login-title = Connexion · Gemba
login-tagline = Maintenance et sécurité, sur le terrain.
login-email = E-mail
login-password = Mot de passe
login-sign-in = Se connecter

## Choix des personnes et des équipements

people-nobody-yet = Personne pour l'instant
people-choose = Choisissez une personne
asset = Équipement
asset-find-label = Trouver l'équipement : repère, nom ou emplacement
asset-find-placeholder = Repère, nom ou emplacement
asset-find-hint = Trouvez l'équipement, ou laissez vide pour un travail qui ne porte pas sur un équipement.
asset-none = Aucun équipement ne correspond. Essayez son repère ou son emplacement.

## Ordres de travail

title-my-work = Mon travail · Gemba
title-work-orders = Ordres de travail · Gemba
title-new-work-order = Nouvel ordre de travail · Gemba
title-work-order = Ordre de travail · Gemba
my-work-order = Qui vous sont assignés : en retard d'abord, puis ceux du jour, puis les autres.
my-work-empty = Rien ne vous est assigné. Bravo.
wo-new = Nouvel ordre de travail
wo-none-here = Aucun ordre de travail ici.
wo-status = Statut
wo-filter-open = Ouverts
wo-filter-requests = Demandes
wo-filter-done = Terminés
wo-filter-cancelled = Annulés
wo-filter-all = Tous
wo-title-placeholder = Titre
wo-what = Ce qu'il faut faire
wo-type = Type
wo-priority = Priorité
wo-due-date = Échéance
wo-assign-to = Assigner à
wo-estimated-minutes = Minutes estimées
wo-details = Détails
wo-due = échéance { $date }
wo-no-due-date = sans échéance
wo-overdue = En retard
wo-status-requested = Demandé
wo-status-open = Ouvert
wo-status-in-progress = En cours
wo-status-on-hold = En attente
wo-status-done = Terminé
wo-status-cancelled = Annulé
wo-type-corrective = Correctif
wo-type-preventive = Préventif
wo-type-tpm = TPM
wo-type-request = Demande
wo-type-follow-up = Suite
wo-priority-low = Basse
wo-priority-medium = Moyenne
wo-priority-high = Haute
wo-priority-urgent = Urgente
wo-back-my-work = ← Mon travail
wo-all = Tous les ordres de travail
wo-reported-by = Signalé par { $name }
wo-reason-is = Motif : { $reason }
wo-not-assigned = Non assigné
wo-assigned-to = Assigné à { $names }
wo-approve = Approuver
wo-reject = Refuser
wo-resume = Reprendre
wo-start = Démarrer
wo-hold = Mettre en attente
wo-cancel = Annuler
wo-reopen = Rouvrir
wo-checklist = Liste de contrôle
wo-photos = Photos
wo-add-photo = Ajouter une photo
wo-complete = Terminer et signer
wo-complete-meaning = Votre signature signifie : j'ai effectué ce travail. Saisissez votre mot de passe pour signer.
wo-signatures = Signatures
wo-verify = Vérifier
wo-sign-verified = Signer comme vérifié
wo-notes = Notes
wo-add-note-label = Ajouter une note
wo-add-note = Ajouter la note
wo-time = Temps
wo-minutes-logged =
    { $count ->
        [one] { $count } minute saisie
       *[other] { $count } minutes saisies
    }
wo-log-time = Saisir le temps
wo-parts = Pièces
wo-part = Pièce
wo-from-stock = (prise en stock)
wo-on-hand = { $quantity } { $unit } en stock
wo-add-part = Ajouter la pièce
wo-failure = Défaillance
wo-problem = Problème
wo-cause = Cause
wo-remedy = Remède
wo-save-failure = Enregistrer les codes de défaillance
wo-downtime = Arrêt
wo-asset-running = L'équipement tourne à nouveau
wo-asset-down = Équipement à l'arrêt

## Étapes de la liste de contrôle

step-done = Fait
step-not-done = Pas fait
step-pass = Conforme
step-fail = Non conforme
step-photo = Photo
step-signed = Signé : { $name }
step-note-for-fail = Note (obligatoire si non conforme)
step-note-outside-limits = Note (obligatoire hors limites)
step-value = Valeur
step-answer = Réponse
step-your-name = Votre nom
step-name = Nom
step-sign = Signer
step-follow-up = Créer un ordre de suite

## Rappels et le récapitulatif par e-mail

remind-due-in = échéance dans { $days }
remind-expires-in = expire dans { $days }
remind-due-today = échéance aujourd'hui
remind-expires-today = expire aujourd'hui
remind-overdue = en retard de { $days }
remind-expired-ago = expiré depuis { $days }
remind-escalated-overdue = en retard de { $days } : remonté à vous comme responsable du site
remind-escalated-expired = expiré depuis { $days } : remonté à vous comme responsable du site
urgency-escalated = Remontés à vous
urgency-overdue = En retard
urgency-due-today = Pour aujourd'hui
urgency-this-week = Cette semaine
urgency-later = À venir
digest-n-escalated =
    { $count ->
        [one] { $count } remonté
       *[other] { $count } remontés
    }
digest-n-overdue =
    { $count ->
        [one] { $count } en retard
       *[other] { $count } en retard
    }
digest-n-due-today =
    { $count ->
        [one] { $count } pour aujourd'hui
       *[other] { $count } pour aujourd'hui
    }
digest-n-coming-up =
    { $count ->
        [one] { $count } à venir
       *[other] { $count } à venir
    }
digest-subject = Gemba : { $parts }
digest-subject-none = Gemba : rappels
digest-line = { $title } ({ $says }, { $when })
digest-due = échéance { $date }
digest-expiry = expiration { $date }
digest-hello = Bonjour { $name },
digest-intro = Voici ce qui demande votre attention dans Gemba.
digest-and-more =
    { $count ->
        [one] … et { $count } de plus
       *[other] … et { $count } de plus
    }
digest-all-reminders = Tous vos rappels
digest-choose = Choisir ce que vous recevez par e-mail
digest-stop = Ne plus recevoir les rappels facultatifs par e-mail
digest-escalations-always = Ce qui vous est remonté comme responsable est toujours envoyé.

## Profil

site-language = Langue des personnes sans choix
site-language-none = Aucune (celle de chaque navigateur)

title-profile = Profil · Gemba
profile-language = Langue
profile-language-label = Gemba me parle en
profile-language-auto = Automatique (la langue du site, sinon celle du navigateur)
msg-choose-language = Choisissez une des langues de la liste.

## Dates

date-medium = { $day } { $month } { $year }
date-time-medium = { $date }, { $time } { $zone }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.

## Accueil

title-home = Accueil · Gemba
home-hello = Bonjour { $name }
home-your-day = Votre journée
home-nothing-due = Rien n'est dû pour vous aujourd'hui.
home-overdue =
    { $count ->
        [one] En retard ({ $count })
       *[other] En retard ({ $count })
    }
home-due-today =
    { $count ->
        [one] Pour aujourd'hui ({ $count })
       *[other] Pour aujourd'hui ({ $count })
    }
home-more-open =
    { $count ->
        [one] Mon travail : { $count } autre ouvert
       *[other] Mon travail : { $count } autres ouverts
    }
home-round-done =
    { $count ->
        [one] Tournée du jour : { $count } point contrôlé
       *[other] Tournée du jour : les { $count } points contrôlés
    }
home-round-left =
    { $count ->
        [one] Tournée du jour : { $count } point sur { $points } à contrôler
       *[other] Tournée du jour : { $count } points sur { $points } à contrôler
    }
home-your-actions = Vos actions
home-overdue-since = En retard depuis le { $date }
home-due = Échéance { $date }
home-your-audits = Vos audits
home-answered =
    { $count ->
        [one] { $answered } sur { $count } répondu
       *[other] { $answered } sur { $count } répondus
    }
home-unread =
    { $count ->
        [one] { $count } rappel non lu
       *[other] { $count } rappels non lus
    }
home-signed-in-as = Connecté en tant que { $email }
home-current-site = Site actuel :
home-sites-roles = Vos sites et vos rôles
home-no-role = Vous n'avez encore de rôle sur aucun site. Demandez à un administrateur de vous en attribuer un.
home-time-zone = Fuseau horaire : { $zone }
role-admin = Administrateur
role-manager = Responsable
role-ehs-officer = Responsable HSE
role-technician = Technicien
role-operator = Opérateur
role-auditor = Auditeur (lecture seule)
date-long = { $weekday } { $day } { $month }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-long-1 = janvier
month-long-2 = février
month-long-3 = mars
month-long-4 = avril
month-long-5 = mai
month-long-6 = juin
month-long-7 = juillet
month-long-8 = août
month-long-9 = septembre
month-long-10 = octobre
month-long-11 = novembre
month-long-12 = décembre

## TPM : tournées et étiquettes

title-rounds = Tournées · Gemba
title-tags = Étiquettes · Gemba
round-today = Tournée du jour
round-checked =
    { $count ->
        [one] { $done } point contrôlé sur { $count }
       *[other] { $done } points contrôlés sur { $count }
    }
round-none-due = Aucun point NIL n'est dû aujourd'hui sur ce site.
round-ok = OK
round-not-ok = Pas OK
round-tag-n = étiquette n° { $id }
round-ok-when = { $method } — OK si : { $acceptance }
round-tool = Outil/lubrifiant : { $tool }
round-what-found = Qu'avez-vous trouvé ?
round-reading = Relevé (facultatif)
round-photo = Photo (facultative)
round-am-step = Étape MA (facultative)
round-f-tag = Étiquette F : je répare
round-m-tag = Étiquette M : maintenance
tag-category = Catégorie
tag-category-minor-defect = Défaut mineur
tag-category-lubrication = Lubrification
tag-category-contamination-source = Source de contamination
tag-category-hard-to-access = Zone difficile d'accès
tag-category-quality-defect = Source de défaut qualité
tag-category-unnecessary-item = Objet inutile
tag-category-unsafe-condition = Situation dangereuse
am-step-1 = 1. Nettoyage initial
am-step-2 = 2. Suppression des sources de salissure
am-step-3 = 3. Standards de nettoyage et de lubrification
am-step-4 = 4. Inspection générale
am-step-5 = 5. Inspection autonome
am-step-6 = 6. Standardisation
am-step-7 = 7. Gestion autonome
tags-title = Étiquettes d'anomalie
tags-fm-ratio = Rapport F:M
not-applicable = s.o.
tags-f-open = F ouvertes
tags-f-closed = F fermées
tags-m-open = M ouvertes
tags-m-closed = M fermées
tags-open = Étiquettes ouvertes
tags-kind = Étiquette { $kind }
tags-priority = priorité { $priority }
tags-am-step-is = étape MA { $step }
tags-am-and-priority = Étape MA et priorité
tags-am-step = Étape MA
tags-what-you-did = Ce que vous avez fait
tags-countermeasure = Contre-mesure
tags-close = Fermer
wo-number = Ordre de travail n° { $id }

## Sécurité et signalements

title-safety = Sécurité · Gemba
title-safety-events = Événements sécurité · Gemba
title-report = Signaler un problème · Gemba
event = Événement
event-kind-injury-illness = Blessure ou maladie
event-kind-near-miss = Presque accident
event-kind-hazard = Situation dangereuse observée
event-kind-property-damage = Dégât matériel
event-kind-environmental-release = Rejet dans l'environnement
event-status-reported = Signalé
event-status-investigating = En cours d'analyse
event-status-closed = Clos
safety-report-title = Signaler un événement sécurité
safety-report-sent = Merci. Le signalement n° { $id } a été envoyé au service HSE.
safety-what-happened = Que s'est-il passé ?
safety-few-words = En quelques mots
safety-when = Quand
safety-when-hint = Laissez vide si c'est maintenant.
safety-where = Où (zone, ligne, local)
safety-asset = Repère de l'équipement, si une machine est en cause (facultatif)
safety-description = Ce qui s'est passé (facultatif)
safety-people = Personnes concernées (facultatif)
safety-immediate = Ce qui a été fait sur le moment (facultatif)
safety-anonymous = Envoyer une situation dangereuse sans mon nom (si le site l'autorise)
send-report = Envoyer le signalement
safety-my-reports = Mes signalements
safety-none-mine = Vous n'avez encore rien signalé.
safety-all-events = Tous les événements
safety-capa-actions = Actions CAPA
safety-osha = Registres OSHA
safety-report-event = Signaler un événement
safety-none = Aucun événement signalé.
safety-reported-by = signalé par { $name }
report-title = Signaler un problème
report-sent = Merci. Votre signalement n° { $id } a été envoyé à la maintenance.
report-what = Qu'est-ce qui ne va pas ?
report-details = Détails (facultatif)
report-sign-in = Connectez-vous pour signaler un problème sur cet équipement.

## Les textes des scripts de la page (barre hors ligne, formulaires non envoyés)

js-not-sent-retry = Ni envoyé ni gardé sur ce téléphone. Votre saisie est toujours là ; réessayez.
js-no-connection = Non envoyé : pas de connexion. Votre saisie est toujours là ; renvoyez-la une fois connecté.
js-too-large = C'est trop lourd pour être envoyé. Pour une photo, choisissez-en une plus petite.
js-not-saved = Non enregistré (erreur { $status }). Votre saisie est toujours là ; réessayez.
js-change = Modification
js-photo = photo
js-session-ended = Votre session a pris fin : reconnectez-vous pour envoyer ceci.
js-refused-kind = Refusé ({ $kind }).
js-refused-status = Le serveur a refusé cette modification (erreur { $status }).
js-state-waiting = En attente
js-state-signin = Connexion nécessaire
js-state-refused = Refusé
js-state-signature = Attend votre signature
js-note-waiting = Gardé sur ce téléphone, envoyé au retour de la connexion
js-note-signature = Terminé sur ce téléphone, attend votre signature
js-note-signin = Gardé sur ce téléphone : reconnectez-vous pour l'envoyer
js-note-refused = Refusé par le serveur : voir les modifications en attente en haut
js-waiting-one = { $n } modification en attente
js-waiting-other = { $n } modifications en attente
js-to-sign-one = { $n } attend votre signature
js-to-sign-other = { $n } attendent votre signature
js-decide-one = { $n } attend votre décision
js-decide-other = { $n } attendent votre décision
js-sign-what-one = Signez le travail terminé sur ce téléphone :
js-sign-what-other = Signez les { $n } travaux terminés sur ce téléphone :
js-sign-one = Signer
js-sign-other = Tout signer ({ $n })
js-tapped = saisi le { $when }
js-keep-note = Garder comme note
js-follow-up = Ouvrir une suite
js-send-again = Renvoyer
js-discard = Abandonner
js-discard-confirm = Abandonner cette modification ? Elle ne sera pas envoyée.
js-done-offline = Fait sur un téléphone sans connexion le { $when } ; non enregistré : { $reason }
js-not-kept-now = (Non gardé à l'instant : { $why })
js-no-connection-short = pas de connexion
js-kept-one = Sur ce téléphone : { $n } page, { $kb } Ko ({ $when }).
js-kept-other = Sur ce téléphone : { $n } pages, { $kb } Ko ({ $when }).
js-clock-ahead = L'horloge de ce téléphone avance de { $minutes } min sur celle du serveur : mettez-la à l'heure. L'heure de chaque saisie est gardée telle que le téléphone la donne, avec celle du serveur à côté.
js-clock-behind = L'horloge de ce téléphone retarde de { $minutes } min sur celle du serveur : mettez-la à l'heure. L'heure de chaque saisie est gardée telle que le téléphone la donne, avec celle du serveur à côté.
js-leave-one = { $n } modification attend d'être envoyée. Elle reste sur ce téléphone pour vous et part quand vous vous reconnectez. Se déconnecter ?
js-leave-other = { $n } modifications attendent d'être envoyées. Elles restent sur ce téléphone pour vous et partent quand vous vous reconnectez. Se déconnecter ?


## Équipements et préventif

title-assets = Équipements · Gemba
title-new-asset = Nouvel équipement · Gemba
title-asset = Équipement · Gemba
title-import-assets = Importer des équipements · Gemba
title-qr-labels = Étiquettes QR · Gemba
assets-new = Nouvel équipement
assets-import-csv = Importer un CSV
assets-export-csv = Exporter en CSV
assets-search-label = Rechercher des équipements
assets-search-placeholder = Repère ou nom
assets-count =
    { $count ->
        [one] { $count } équipement
       *[other] { $count } équipements
    }
assets-print-labels = Imprimer les étiquettes QR de cette page
assets-back = ← Équipements
assets-import = Importer des équipements
assets-import-help = Collez un CSV avec une ligne d'en-tête : tag, name, parent_tag, category, criticality, manufacturer, model, serial, install_date, status, notes (tag et name obligatoires). À la moindre erreur, rien n'est importé.
assets-import-csv-label = CSV
assets-import-submit = Vérifier et importer
assets-imported =
    { $count ->
        [one] { $count } équipement importé.
       *[other] { $count } équipements importés.
    }
assets-import-failed = Rien n'a été importé. Corrigez ces points et réessayez :
assets-import-row = Ligne { $row }, { $field } : { $message }
assets-labels-print = Imprimez cette page pour obtenir les étiquettes.
asset-create = Créer l'équipement
asset-tag = Repère
asset-name = Nom
asset-category = Catégorie
asset-category-placeholder = presse, convoyeur, pompe…
asset-criticality = Criticité
asset-criticality-a = A (critique)
asset-criticality-b = B (important)
asset-criticality-c = C (fonctionnement jusqu'à la panne)
asset-status = État
asset-status-running = En marche
asset-status-down = À l'arrêt
asset-status-standby = En réserve
asset-status-retired = Réformé
asset-manufacturer = Fabricant
asset-model = Modèle
asset-serial = Numéro de série
asset-install-date = Date d'installation
asset-notes = Notes
asset-qr-label = Étiquette QR
asset-add-component = Ajouter un composant
asset-add-pm = Ajouter un plan préventif
asset-open-work = Travaux ouverts
asset-recent-work = Travaux récents
asset-meters = Compteurs
asset-pm-schedules = Plans préventifs
asset-cil-standard = Standard NIL
# le rôle d'un point NIL dans la liste
asset-cil-role-admin = administrateur
asset-cil-role-manager = responsable
asset-cil-role-ehs-officer = responsable HSE
asset-cil-role-technician = technicien
asset-cil-role-operator = opérateur
asset-cil-role-auditor = auditeur
asset-components = Composants
asset-move = Déplacer
asset-move-parent = Repère du nouveau parent (vide : niveau supérieur)
asset-move-submit = Déplacer avec ses composants
asset-cil-add-title = Ajouter un point NIL
asset-cil-point = Point
asset-cil-point-placeholder = Lubrification de la chaîne
asset-cil-method = Méthode
asset-cil-method-placeholder = Huiler la chaîne au pinceau
asset-cil-ok-when = OK si
asset-cil-ok-when-placeholder = Chaîne humide, aucun maillon sec
asset-cil-tool = Outil / lubrifiant
# daily, weekly:N et monthly:N s'écrivent ainsi : ne pas les traduire
asset-cil-frequency = Fréquence : daily (quotidienne), weekly:1 (lundi) … weekly:7, monthly:1 … monthly:31
asset-cil-role = Rôle
asset-cil-add = Ajouter le point
meter-add-title = Ajouter un compteur
meter-name = Nom
meter-name-placeholder = Heures de marche
meter-unit = Unité
meter-unit-placeholder = h
meter-kind = Type
meter-kind-cumulative = cumulatif
meter-kind-gauge = instantané
meter-option-cumulative = Cumulatif (ne fait qu'augmenter)
meter-option-gauge = Instantané (toute valeur)
meter-add = Ajouter le compteur
meter-no-reading = pas encore de relevé
meter-new-reading-for = Nouveau relevé pour { $name }
meter-reading = Relevé
meter-reset = remise à zéro
meter-chart-label =
    { $count ->
        [one] Dernier relevé, de { $min } à { $max }
       *[other] { $count } derniers relevés, de { $min } à { $max }
    }
title-pm = Maintenance préventive · Gemba
title-schedule = Plan préventif · Gemba
title-new-schedule = Nouveau plan · Gemba
pm-title = Maintenance préventive
pm-add-hint = Ajoutez un plan depuis la page d'un équipement.
pm-generate = Générer maintenant les travaux dus
pm-generated =
    { $count ->
        [one] { $count } ordre de travail généré, { $missed ->
            [one] { $missed } occurrence manquée enregistrée.
           *[other] { $missed } occurrences manquées enregistrées.
        }
       *[other] { $count } ordres de travail générés, { $missed ->
            [one] { $missed } occurrence manquée enregistrée.
           *[other] { $missed } occurrences manquées enregistrées.
        }
    }
pm-off = Désactivé
pm-next = prochaine échéance : { $when }
pm-trigger-fixed = Calendrier fixe
pm-trigger-floating = Glissant (depuis la réalisation)
pm-trigger-meter = Compteur
pm-trigger-time-or-meter = Temps ou compteur, au premier atteint
pm-trigger-calendar = Règle de calendrier (RRULE)
pm-trigger-unknown = Inconnu
pm-due-or-at = { $date } ou à { $reading }
pm-at-reading = à { $reading }
pm-holidays = Jours fériés du site
pm-holiday-remove = Retirer
pm-holiday-day = Jour
pm-holiday-name = Nom
pm-holiday-add = Ajouter le jour férié
pm-back = ← Maintenance préventive
pm-lead-days =
    { $count ->
        [one] préavis de { $count } jour
       *[other] préavis de { $count } jours
    }
pm-every-days =
    { $count ->
        [one] tous les { $count } jour
       *[other] tous les { $count } jours
    }
pm-every-meter = tous les { $value } au compteur
pm-switched-off = Ce plan est désactivé.
pm-next-due = Prochaines échéances
pm-history = Historique
pm-missed = Manquée
pm-done-on-time = Réalisée le { $date } (dans les délais)
pm-done-late = Réalisée le { $date } (hors de sa fenêtre)
# l'état d'un ordre de travail dans l'historique d'un plan
pm-wo-status-requested = demandé
pm-wo-status-open = ouvert
pm-wo-status-in-progress = en cours
pm-wo-status-on-hold = en attente
pm-wo-status-done = terminé
pm-wo-status-cancelled = annulé
pm-due-window = Échéance { $due } (fenêtre du { $start } au { $end })
pm-switch-off = Désactiver
pm-switch-on = Activer
pm-new = Nouveau plan préventif
pm-field-title = Titre
pm-falls-due = Déclenchement
pm-first-due = Première échéance
pm-every-days-label = Tous les … jours (fixe, glissant, temps ou compteur)
pm-meter = Compteur (plans sur compteur)
pm-meter-none = Aucun
pm-meter-every-label = Tous les … au compteur
pm-rrule = Règle de calendrier, p. ex. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1
pm-lead-label = Préavis (jours avant l'échéance)
pm-on-holiday = Un jour férié du site
pm-holiday-rule-ignore = Garder la date
pm-holiday-rule-shift = Reporter au jour ouvré suivant
pm-holiday-rule-skip = Sauter cette occurrence
# [pass], [number …], [photo], [sign] et [meter] s'écrivent ainsi : ne pas les traduire
pm-steps-label = Liste de contrôle, une étape par ligne : texte, [pass] texte, [number 2-4.5 bar] texte, [photo] texte, [sign] texte, [meter] texte
pm-create = Créer le plan

## Rappels, profil et administration

title-reminders = Rappels · Gemba
title-reminder-policies = Règles de rappel · Gemba
title-outbox = Boîte d'envoi · Gemba
title-people = Personnes · Gemba
title-person = Personne · Gemba
title-sites = Sites · Gemba
title-audit-log = Journal d'audit · Gemba
title-not-found = Introuvable · Gemba
inbox-pages = Pages
inbox-newer = Plus récents
inbox-older = Plus anciens
inbox-page-of = Page { $page } sur { $last }
inbox-unread =
    { $count ->
        [one] { $count } non lu
       *[other] { $count } non lus
    }
inbox-show-all = Tout afficher
inbox-unread-only = Non lus seulement
inbox-mark-all-read = Tout marquer comme lu
inbox-email-preferences = Préférences d'e-mail
inbox-empty = Rien n'arrive à échéance, n'est en retard ou n'expire pour vous.
inbox-escalated = Remonté
inbox-mark-read = Marquer comme lu
prefs-by-email = Par e-mail (la cloche affiche tous les rappels de toute façon)
prefs-digest-hour = Récapitulatif quotidien à partir de (heure locale)
prefs-time-zone = Fuseau horaire
prefs-saved = Préférences enregistrées.
prefs-save = Enregistrer les préférences de rappel
policy-saved = Enregistré : { $label }.
policy-intro = { $site } : les rappels partent ces jours-là avant la date d'échéance ou d'expiration d'un élément, le jour même, puis une fois en retard ; une remontée va aux responsables du site et ne peut pas être désactivée.
policy-no-before = aucun rappel avant
policy-days-before-n =
    { $count ->
        [one] { $days } jour avant
       *[other] { $days } jours avant
    }
policy-daily-overdue = chaque jour une fois en retard
policy-once-overdue = une seule fois en retard
policy-never-escalated = jamais remonté
policy-escalated-from =
    { $count ->
        [one] remonté dès { $count } jour de retard
       *[other] remonté dès { $count } jours de retard
    }
policy-changed = Modifiée
policy-days-before = Jours avant (séparés par des virgules)
policy-every-day = Chaque jour une fois en retard
policy-escalate = Remonter aux responsables à partir de ce nombre de jours de retard (vide : jamais)
outbox-sending-through = Envoi via { $server }.
outbox-no-smtp = Aucun serveur SMTP n'est configuré (GEMBA_SMTP_URL) : les messages sont conservés ici et ne sont pas envoyés. Les rappels restent visibles dans la boîte de réception de chacun.
outbox-n-waiting =
    { $count ->
        [one] { $count } en attente
       *[other] { $count } en attente
    }
outbox-n-sent =
    { $count ->
        [one] { $count } envoyé
       *[other] { $count } envoyés
    }
outbox-n-failed =
    { $count ->
        [one] { $count } en échec
       *[other] { $count } en échec
    }
outbox-state = État
outbox-state-pending = en attente
outbox-state-sending = en cours d'envoi
outbox-state-sent = envoyé
outbox-state-failed = en échec
outbox-all = Tous
outbox-show = Afficher
outbox-none = Aucun message.
outbox-sent-at = envoyé le { $when }
outbox-next-attempt = prochain essai le { $when }
outbox-queued = en file depuis le { $when }
outbox-to = À { $to }
outbox-attempts =
    { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
outbox-server-reply = Réponse du serveur : { $reply }
outbox-retry = Réessayer
password-change = Changer le mot de passe
password-current = Mot de passe actuel
password-new = Nouveau mot de passe (au moins 8 caractères ; 15 ou plus, c'est mieux)
password-again = Confirmer le nouveau mot de passe
password-changed = Mot de passe changé. Vos autres sessions ont été fermées et vos jetons d'API ne sont plus valables ; créez-en de nouveaux ci-dessous.
token-title = Jetons d'API
token-intro = Pour les intégrations avec /api/v1. Un jeton agit avec vos droits.
token-copy-now = Copiez ce jeton maintenant ; il ne sera plus affiché :
token-name = Nom
token-name-placeholder = p. ex. synchro ERP
token-create = Créer un jeton
token-created = créé le { $date }
token-last-used = utilisé pour la dernière fois le { $date }
token-never-used = jamais utilisé
token-revoked = Révoqué
token-revoke = Révoquer
users-search-label = Rechercher des personnes
users-search-placeholder = Nom ou e-mail
users-count =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
users-deactivated = Désactivée
users-created = Le compte { $email } a été créé.
users-add-title = Ajouter une personne
users-name = Nom
users-first-password = Premier mot de passe (la personne pourra le changer)
users-role = Rôle
users-end-date = Date de fin (obligatoire pour les auditeurs)
users-add = Ajouter la personne
users-all-sites = Tous les sites
user-back = ← Personnes
user-active = Active
user-roles = Rôles
user-grant-title = Attribuer un rôle
user-framework = Référentiel (auditeurs : limiter à un seul)
user-all-frameworks = Tous les référentiels
user-grant = Attribuer
user-deactivate = Désactiver
user-reactivate = Réactiver
user-deactivate-note = Une personne désactivée est aussitôt déconnectée partout et ne peut plus se connecter.
user-reactivate-note = Elle pourra se reconnecter avec son mot de passe.
user-until = jusqu'au { $date }
user-expired = Expiré
user-revoke = Révoquer
sites-anonymous-reports = Signalements de problèmes sans compte (étiquettes QR)
sites-pm-window = Fenêtre du préventif ±%
sites-save-settings = Enregistrer les réglages
sites-add-title = Ajouter un site
sites-code = Code (2 à 16 lettres, chiffres, -)
sites-name = Nom
sites-address = Adresse
sites-time-zone = Fuseau horaire
sites-add = Ajouter le site
audit-all-my-sites = Tous mes sites
audit-record-type = Type d'enregistrement
audit-any = Tous
audit-record-id = Id de l'enregistrement
audit-changed-by = Modifié par (id de l'utilisateur)
audit-from = Du
audit-until = Au
audit-apply = Appliquer
audit-clear = Effacer
audit-none = Aucun événement ne correspond.
audit-older = Plus anciens
audit-was = avant : { $before }
audit-event-n = événement { $seq }
not-found-title = Page introuvable
not-found-back = Retour à Gemba
