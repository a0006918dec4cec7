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
list-pages = Pages
list-previous = Page précédente
list-next = Page suivante
list-page-of = Page { $page } sur { $last }

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
nav-scan = Scanner
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
wo-cancel-ask = Annuler cet ordre de travail…
wo-reject-ask = Refuser cette demande…
wo-cancel-why = Pourquoi ? (gardé dans le dossier)
wo-cancel-yes = Oui, l’annuler
wo-reject-yes = Oui, la refuser
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
wo-part-search = Chercher une pièce (code ou nom)
wo-parts-first =
    { $count ->
        [one] La première pièce par code : cherchez pour en trouver une autre.
       *[other] Les { $count } premières pièces par code : cherchez pour en trouver une autre.
    }
wo-parts-none = Aucune pièce de ce site ne correspond.
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
step-sign-password = Votre mot de passe (signature)
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

js-no-room = Non envoyé, et ce téléphone n'a plus de place pour le garder (libérez de l'espace ou envoyez-le une fois connecté). Votre saisie est toujours là.
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
title-scan = Scanner · Gemba
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
pm-after-open = après la clôture de l'ordre de travail ouvert
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
token-revoke-ask = Révoquer…
token-revoke = Oui, révoquer cette clé
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
user-revoke-ask = Révoquer…
user-revoke = Oui, révoquer cet accès
sites-anonymous-reports = Signalements de problèmes sans compte (étiquettes QR)
sites-pm-window = Fenêtre du préventif ±%
sites-pm-window-mode = Travail en avance
sites-pm-window-symmetric = compte seulement dans la fenêtre
sites-pm-window-late-only = compte toujours (en retard : dans la fenêtre)
sites-pm-window-min = au moins (jours)
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
audit-changed-by = Modifié par
audit-anyone = N’importe qui
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

## La page du service worker sans connexion

js-offline-title = Gemba : connexion nécessaire
js-offline-heading = Cette page a besoin d'une connexion
js-offline-missing = Il n'y a pas de réseau ici, et { $path } n'a pas été gardée sur ce téléphone pour le hors-ligne.
js-offline-kept = Ce que vous faites sur les pages gardées sur ce téléphone est enregistré et envoyé au retour de la connexion.

## La page d'erreur hors de l'application

err-page-title = Gemba : erreur
err-page-sorry = Désolé
err-page-internal = Un problème est survenu de notre côté.
err-page-request-id = Identifiant de la requête :
err-page-back = Retour à Gemba

## Inspections et indicateurs

title-templates = Modèles de listes de contrôle · Gemba
title-template = Modèle · Gemba
title-inspections = Audits et inspections · Gemba
title-inspection = Audit · Gemba
title-inspection-report = Rapport d'audit · Gemba
title-kpi = Indicateurs de maintenance · Gemba
tmpl-title = Modèles de listes de contrôle
tmpl-name = Nom
tmpl-category-inspection = inspection
tmpl-category-audit = audit
tmpl-state-draft = brouillon
tmpl-state-published = publiée
tmpl-state-retired = retirée
tmpl-new = Nouveau modèle
tmpl-kind = Type
tmpl-kind-inspection = Inspection
tmpl-kind-audit = Audit
tmpl-pass-mark = Seuil de réussite (%)
# yes_no_na, pass_fail, rating, number, text, photo, weight=, critical, clause= et guidance= sont ce que l'on saisit : ne pas les traduire
tmpl-items-help = Points, un par ligne : # Section, puis [yes_no_na|pass_fail|rating|number:MIN..MAX UNITÉ|text|photo] question | weight=2 | critical | clause=... | guidance=... | text.es=... | guidance.en=... (le point dans une autre langue), # Section | es=... | en=...
tmpl-translated = Aussi en : { $languages }
starter-fire-extinguisher-monthly = Contrôle mensuel des extincteurs
starter-forklift-pre-shift = Vérification du chariot avant la prise de poste
starter-loto-periodic-annual = Inspection périodique annuelle de consignation
starter-5s-audit = Audit 5S du poste de travail
starter-iso-45001-internal = Audit interne ISO 45001 par article
starter-iso-9001-internal = Audit interne ISO 9001 par article
tmpl-create-draft = Créer le brouillon
tmpl-pass-mark-items =
    { $count ->
        [one] Seuil de réussite { $mark } % · { $count } point
       *[other] Seuil de réussite { $mark } % · { $count } points
    }
tmpl-weight = poids { $weight }
tmpl-publish = Publier cette version
tmpl-schedule-title = Planification
tmpl-schedule-submit = Planifier
tmpl-edit-draft = Modifier ce brouillon
tmpl-edit-new-version = Modifier (crée une nouvelle version en brouillon)
tmpl-items = Points
insp-title = Audits et inspections
insp-filter-open = Ouverts
insp-filter-done = Terminés
insp-nothing-here = Rien ici.
insp-status-scheduled = planifié
insp-status-in-progress = en cours
insp-status-done = terminé
insp-score = { $score } %
insp-no-score = pas encore de score
insp-passed = réussi
insp-failed = échoué
insp-critical-failed = un point critique a échoué
insp-critical = critique
insp-field-title = Titre
insp-due = Échéance
insp-area = Zone
insp-asset-tag-optional = Repère de l'équipement (facultatif)
insp-lead-auditor = Auditeur principal
insp-me = Moi
insp-team = Équipe
insp-repeat = Répétition
insp-repeat-once = Une fois
insp-repeat-fixed = Tous les N jours à partir de l'échéance précédente
insp-repeat-floating = N jours après la dernière réalisation
insp-every-days = N (jours)
insp-lead-days = L'afficher ce nombre de jours avant son échéance
insp-yes = Oui
insp-no = Non
insp-na = S.O.
insp-answer-yes = oui
insp-answer-no = non
insp-answer-na = sans objet
insp-answer-pass = conforme
insp-answer-fail = non conforme
insp-answer-photo = photo:{ $id }
insp-value-unit = Valeur ({ $unit })
insp-note-optional = Remarque (facultative)
insp-add-photo = Ajouter une photo
insp-raise-finding = Relever un constat
insp-finding-n = Constat n° { $id } : { $title }
insp-finding-status-open = ouvert
insp-finding-status-closed = clos
insp-grade-major-nc = Non-conformité majeure
insp-grade-minor-nc = Non-conformité mineure
insp-grade-observation = Observation
insp-grade-ofi = Piste d'amélioration
insp-grade-good-practice = Bonne pratique
insp-capa-n = CAPA n° { $id }
insp-capa-status-open = ouverte
insp-capa-status-in-progress = en cours
insp-capa-status-done = terminée
insp-capa-status-verified-effective = efficacité vérifiée
insp-capa-status-reopened = rouverte
insp-create-work-order = Créer un ordre de travail
insp-create-capa = Créer une action CAPA
insp-root-cause = Cause racine (obligatoire pour une non-conformité)
insp-action = Action
insp-owner = Responsable
insp-create-action = Créer l'action
insp-previous = Précédent
insp-next = Suivant
insp-auditee-is = audité : { $name }
# suivi de la date et de l'heure
insp-signed-by = Signé par { $name } le
insp-all-items = Tous les points
insp-one-per-screen = Un point par écran
insp-report = Rapport
insp-findings = Constats
insp-sign-off-title = Signature
insp-sign-off = Signer
insp-auditee-when-present = Audité (s'il est présent)
insp-auditee-signs = L'audité signe avec son compte Gemba
insp-auditee-email = E-mail de l'audité
insp-auditee-password = Mot de passe de l'audité
insp-your-password = Votre mot de passe (signature)
insp-no-action = Pas encore d'action
insp-verdict-passed = Réussi
insp-verdict-failed = Échoué
insp-verdict-none = Pas encore signé
insp-report-title = Rapport d'audit : { $title }
insp-back = Retour à l'audit
insp-print = Imprimer
insp-checklist = Liste de contrôle
insp-signed = Signé
# suivi de la date et de l'heure
insp-signed-at = { $name } le
insp-not-yet = pas encore
insp-auditee = Audité
insp-findings-by-grade = Constats par classement
insp-no-findings = Aucun constat.
insp-open-actions = Actions ouvertes
insp-nothing-open = Rien d'ouvert.
insp-finding = Constat
insp-failed-items = Points non conformes
insp-none = Aucun.
kpi-title = Indicateurs de maintenance
kpi-from = Du
kpi-to = Au
kpi-show = Afficher
kpi-period = Du { $from } au { $to }
kpi-pm-compliance = Respect du préventif
kpi-percent = { $value } %
kpi-on-time =
    { $count ->
        [one] { $on_time } sur { $count } à temps
       *[other] { $on_time } sur { $count } à temps
    }
kpi-overdue = Ordres de travail en retard
kpi-backlog = Travaux en attente
kpi-hours = { $hours } h
kpi-planned = Maintenance planifiée
kpi-pm-by-month = Respect du préventif par mois
kpi-pm-window = Quand une maintenance préventive compte comme à l'heure
kpi-window-symmetric = Dans les { $pct } % de son intervalle avant ou après l'échéance, et au moins { $min ->
        [one] 1 jour
       *[other] { $min } jours
    } de chaque côté (chaque site le règle sous Sites).
kpi-window-late-only = N'importe quel jour de son intervalle jusqu'à l'échéance, et dans les { $pct } % de l'intervalle après, au moins { $min ->
        [one] 1 jour
       *[other] { $min } jours
    } (chaque site le règle sous Sites).
kpi-window-line = { $interval ->
        [one] Chaque jour
       *[other] Tous les { $interval } jours
    } ({ $due } prévues) : de { $before ->
        [one] 1 jour
       *[other] { $before } jours
    } avant à { $after ->
        [one] 1 jour
       *[other] { $after } jours
    } après l'échéance
kpi-reliability = Fiabilité
kpi-failures = Pannes
kpi-downtime-h = Arrêt h
kpi-mtbf-h = MTBF h
kpi-mttr-h = MTTR h
kpi-availability-pct = Disponibilité %

## Enquêtes sécurité, CAPA et conformité

title-safety-event = Événement sécurité · Gemba
event-osha-case = Dossier OSHA
event-open-case = Ouvrir un dossier OSHA
event-details-hidden = Les détails de la blessure ne sont visibles que par le service HSE.
event-where = Où
event-people-involved = Personnes impliquées
event-done-right-away = Fait sur-le-champ
inv-title = Enquête
inv-closed = Close.
inv-witnesses = Témoins
inv-timeline = Chronologie
inv-five-why = 5 pourquoi
inv-why = Pourquoi { $n } ?
inv-root-cause = Cause racine
inv-cause-category = Catégorie de cause
cause-category-people = Personnes (formation, fatigue, comportement)
cause-category-method = Méthode (procédure, consigne)
cause-category-machine = Machine (équipement, protecteurs, outil)
cause-category-material = Matière (substance, pièce)
cause-category-environment = Milieu (implantation, éclairage, météo)
cause-category-management = Management (planification, encadrement, moyens)
inv-contributing-factors = Facteurs contributifs
inv-save = Enregistrer l'enquête
inv-close = Clore l'enquête
title-capa = CAPA · Gemba
capa-heading = CAPA n° { $id } { $title }
# le type d'une action tel que sa carte l'affiche
capa-card-kind-immediate = immédiate
capa-card-kind-corrective = corrective
capa-card-kind-preventive = préventive
capa-kind-immediate = Immédiate
capa-kind-corrective = Corrective
capa-kind-preventive = Préventive
capa-status-open = Ouverte
capa-status-in-progress = En cours
capa-status-done = Réalisée, efficacité à vérifier
capa-status-verified-effective = Efficacité vérifiée
capa-status-reopened = Inefficace, rouverte
capa-overdue = en retard
capa-evidence-is = Preuve : { $evidence }
capa-checked-by = Vérifié par { $name } : { $note }
capa-evidence-placeholder = Preuve de la réalisation
capa-evidence = Preuve
capa-create-wo = Créer un ordre de travail
capa-effectiveness-check = Vérification de l'efficacité
capa-effective = Efficace
capa-not-effective = Inefficace
capa-section-title = Actions correctives et préventives
capa-add-an-action = Ajouter une action
capa-action = Action
capa-owner = Responsable
capa-add = Ajouter l'action
capa-filter-open = Ouvertes
capa-filter-all = Toutes
capa-none = Aucune action.
title-compliance = Conformité · Gemba
title-readiness = État de préparation · Gemba
title-evidence = Preuve · Gemba
title-certificates = Certificats · Gemba
title-audit-packs = Dossiers d'audit · Gemba
comp-tab-frameworks = Référentiels
comp-fw-requirements =
    { $count ->
        [one] { $count } exigence
       *[other] { $count } exigences
    }
comp-applies-here = s'applique à ce site
comp-not-chosen = non retenu pour ce site
comp-does-not-apply = Ne s'applique pas ici
comp-applies = S'applique à ce site
comp-add-framework-title = Ajouter votre propre référentiel
comp-fw-name-placeholder = Manuel qualité du client
comp-edition = Édition
comp-add-framework = Ajouter le référentiel
comp-covered = Preuve en vigueur
comp-gap = Écart : aucune preuve approuvée en vigueur
comp-expires-within =
    { $count ->
        [one] expire dans { $count } jour
       *[other] expire dans { $count } jours
    }
comp-open-capa =
    { $count ->
        [one] { $count } CAPA ouverte
       *[other] { $count } CAPA ouvertes
    }
comp-every-months =
    { $count ->
        [one] tous les { $count } mois
       *[other] tous les { $count } mois
    }
comp-to-date = au { $date }
comp-readiness =
    { $count ->
        [one] Préparation { $percent } · { $covered } exigence sur { $count } avec une preuve en vigueur · expirent : { $in30 } sous 30 jours, { $in60 } sous 60, { $in90 } sous 90
       *[other] Préparation { $percent } · { $covered } exigences sur { $count } avec une preuve en vigueur · expirent : { $in30 } sous 30 jours, { $in60 } sous 60, { $in90 } sous 90
    }
comp-percent = { $value } %
comp-file-evidence = Classer une preuve
comp-requirement = Exigence
comp-link-label = Lien (pour un lien)
comp-record-label = Enregistrement (pour un enregistrement dans Gemba)
comp-number = Numéro
comp-record-number = Numéro de l'enregistrement
comp-effective-date = Date d'effet
comp-valid-until = Valable jusqu'au
comp-create-evidence = Créer la preuve
comp-add-requirement-title = Ajouter une exigence
comp-reference = Référence (article ou section)
comp-short-title = Titre court
comp-every-label = Tous les (mois ; vide : une fois ou en cas de changement)
comp-add-requirement = Ajouter l'exigence
comp-map-title = Classer des preuves à partir du travail
comp-map-help = Chaque réalisation du plan de maintenance préventive, du modèle d'audit ou du type de certification associé devient une preuve approuvée, datée du jour où le travail a été fait.
comp-work = Travail
comp-source-pm-schedule = Plan de maintenance préventive
comp-source-inspection-template = Modèle d'audit ou d'inspection
comp-source-cert-type = Type de certification
comp-its-number = Son numéro
comp-map = Associer
evidence-kind-file = Fichier envoyé
evidence-kind-link = Lien
evidence-kind-record = Enregistrement dans Gemba
evidence-record-type-work-order = Ordre de travail
evidence-record-type-inspection = Audit ou inspection
evidence-record-type-person-certification = Enregistrement de formation ou de certification
evidence-record-type-capa = Action CAPA
# le type d'un enregistrement lié à côté de son numéro
evidence-record-name-work-order = ordre de travail
evidence-record-name-inspection = inspection
evidence-record-name-person-certification = certification d'une personne
evidence-record-name-capa = CAPA
evidence-status-draft = Brouillon
evidence-status-in-review = En revue
evidence-status-approved = Approuvée
evidence-status-rejected = Refusée
evidence-status-expired = Expirée
evidence-revision-n = révision { $revision }
evidence-counts = compte pour la préparation
evidence-not-counts = ne compte pas pour la préparation
evidence-effective = en vigueur le { $date }
evidence-valid-until = valable jusqu'au { $date }
evidence-supports = Justifie
evidence-owner = Responsable
evidence-origin = Origine
evidence-origin-auto = Classée par le travail lui-même
evidence-origin-manual = Classée à la main
evidence-approved-by = Approuvée par
evidence-by-at = { $name }, le
evidence-link = Lien
evidence-record = Enregistrement
evidence-revisions = Révisions
evidence-revision = Révision { $number }
evidence-bytes =
    { $count ->
        [one] { $size } octet
       *[other] { $size } octets
    }
evidence-intact = Fichier intact
evidence-altered = ALTÉRÉ : le fichier conservé ne correspond plus à son SHA-256
evidence-upload-title = Envoyer une révision
evidence-file-label = Fichier (PDF, photo, Word/Excel, texte)
evidence-review = Revue
evidence-submit = Soumettre pour revue
evidence-password = Votre mot de passe (signature)
cert-certificates = Certificats
cert-decision = décision du { $date }
comp-expires = expire le { $date }
cert-status-valid = Valide
cert-status-surveillance-due = Audit de surveillance à faire
cert-status-surveillance-overdue = Audit de surveillance en retard
cert-status-expired = Expiré
cert-next-surveillance = Prochain audit de surveillance au plus tard le { $date }
cert-no-surveillance-left = Plus d'audit de surveillance dans ce cycle
cert-surveillance = { $year } : au plus tard le { $due }, { $held }
cert-held = tenu le { $date }
cert-held-late =
    { $days ->
        [one] tenu le { $date }, avec 1 jour de retard
       *[other] tenu le { $date }, avec { $days } jours de retard
    }
cert-not-held-yet = pas encore tenu
cert-record-audit = Enregistrer un audit
cert-kind-surveillance = Surveillance
cert-kind-recertification = Renouvellement
cert-held-on = Tenu le
cert-new-decision = Nouvelle date de décision (renouvellement)
cert-new-expiry = Nouvelle expiration imprimée (renouvellement)
comp-record = Enregistrer
cert-add-title = Ajouter un certificat
cert-standard = Norme
cert-body = Organisme certificateur
cert-number = Numéro du certificat
cert-scope = Périmètre
cert-decision-date = Décision de certification
cert-expiry-printed = Expiration imprimée
cert-add = Ajouter le certificat
comp-matrix-title = Matrice des compétences
comp-any-status = Tous les statuts
competency-valid = Valide
competency-expiring = Expire sous 30 jours
competency-expired = Expirée
competency-missing = Manquante
comp-any-role = Tous les rôles
# un rôle dans la matrice des compétences
comp-role-admin = administrateur
comp-role-manager = responsable
comp-role-ehs-officer = responsable HSE
comp-role-technician = technicien
comp-role-operator = opérateur
comp-role-auditor = auditeur
comp-download-csv = Télécharger le CSV
comp-person = Personne
comp-no-role-needs = Aucun rôle n'exige encore de certification sur ce site.
comp-record-cert-title = Enregistrer une certification
comp-issued-on = Délivrée le
comp-expires-on = Expire le (si imprimé)
comp-role-needs-title = Ce qu'il faut à chaque rôle ici
comp-require = Exiger
comp-records = Enregistrements
comp-issued = Délivrée le { $date }
comp-document = Document
comp-upload-document = Envoyer le document
pack-title = Dossiers d'audit
pack-framework = Référentiel
pack-to = Au
pack-build = Constituer le dossier d'audit
pack-period = du { $from } au { $to }
pack-requested-by = Demandé par { $name }, le
pack-ready =
    { $count ->
        [one] Prêt · { $size } octet · SHA-256 { $sha }
       *[other] Prêt · { $size } octets · SHA-256 { $sha }
    }
pack-failed = Échec : { $error }
pack-queued = En attente
pack-building = Constitution · { $percent } %
pack-download = Télécharger le ZIP
pack-index-title = Dossier d'audit
pack-index-heading = Dossier d'audit : { $framework } { $edition }
pack-index-about = { $site } ({ $code }) · période du { $from } au { $to } · constitué le { $at } par Gemba
pack-index-requirements = Exigences et preuves
pack-index-gap = Aucune preuve approuvée sur la période
pack-index-altered = Fichier modifié ou absent : non inclus
pack-index-approved = approuvée
pack-index-no-end = sans fin
pack-index-covered = { $covered } exigences sur { $total } ont des preuves approuvées sur la période.
pack-index-pm = Respect de la maintenance préventive
pack-index-pm-figures = { $due } ordres de maintenance préventive à échéance, { $on_time } faits à temps : { $percent }
pack-index-capa = Actions correctives et préventives (CAPA)
pack-index-certificates = Certificats
pack-index-competency = Matrice des compétences ({ $on })
pack-col-requirement = Exigence
pack-col-evidence = Preuve
pack-col-status = Statut
pack-col-effective = En vigueur le
pack-col-valid-until = Valable jusqu'au
pack-col-file = Fichier / SHA-256
pack-col-action = Action
pack-col-kind = Nature
pack-col-due = Échéance
pack-col-verified = Vérifiée
pack-col-standard = Norme
pack-col-body = Organisme certificateur
pack-col-number = Numéro
pack-col-decision = Décision
pack-col-expiry = Expiration
pack-col-next-surveillance = Prochaine surveillance
pack-col-person = Personne

## Fichiers pour tableurs (la matrice des compétences)

csv-person = Personne
csv-roles = Rôles
csv-not-required = non requis
csv-competency-valid = valide
csv-competency-expiring = expire bientôt
csv-competency-expired = expiré
csv-competency-missing = manquant
csv-role-admin = administrateur
csv-role-manager = responsable
csv-role-ehs-officer = responsable_HSE
csv-role-technician = technicien
csv-role-operator = opérateur
csv-role-auditor = auditeur

## Registres OSHA

title-osha = Registres OSHA · Gemba
title-osha-case = Cas OSHA · Gemba
title-osha-new-case = Nouveau cas OSHA · Gemba
title-osha-301 = OSHA 301 · Gemba
title-osha-log = Registre OSHA 300 · Gemba
title-osha-privacy = Liste des cas confidentiels · Gemba
title-osha-rates = Taux de sécurité · Gemba
title-osha-summary = OSHA 300A · Gemba
title-osha-ita = Fichiers ITA · Gemba
osha-year = Année
osha-show = Afficher
osha-link-log = Registre 300
osha-link-privacy = Liste des cas confidentiels
osha-link-ita = Fichiers ITA
osha-link-summary = Récapitulatif 300A
osha-link-rates = Taux
osha-cases = Cas
osha-new-case = Nouveau cas
osha-no-cases = Aucun cas cette année.
osha-to-confirm = Caractère enregistrable à confirmer · à consigner avant le { $date }
osha-recordable = Enregistrable
osha-not-recordable = Non enregistrable
osha-entered-late =
    { $count ->
        [one] saisi avec { $count } jour de retard
       *[other] saisi avec { $count } jours de retard
    }
osha-establishment = Établissement
osha-establishment-name = Nom de l'établissement
osha-company-name = Nom de l'entreprise
osha-ein = EIN (9 chiffres)
osha-street-address = Adresse
osha-city = Ville
osha-state-code = État (deux lettres)
osha-zip = Code postal (ZIP)
osha-naics = Code NAICS (6 chiffres)
osha-industry = Description de l'activité
osha-establishment-type = Type d'établissement
osha-establishment-type-private = Secteur privé
osha-establishment-type-state-government = Administration d'un État
osha-establishment-type-local-government = Administration locale
osha-save-establishment = Enregistrer l'établissement
osha-year-data = { $year } : effectifs et heures
osha-annual-average-employees = Effectif moyen annuel
osha-total-hours = Total des heures travaillées par l'ensemble des salariés
osha-change-reason = Motif de la modification (pour corriger une année déjà transmise)
osha-new-case-title = Nouveau cas OSHA
osha-from-event = À partir de l'événement sécurité n° { $id }
osha-open-case = Ouvrir le cas
osha-employee-name = Nom du salarié
osha-job-title = Poste
osha-injury-date = Date de la lésion ou du début de la maladie
osha-learned-on = Date à laquelle vous l'avez appris
osha-where = Lieu de l'événement
osha-injury-description = Lésion ou maladie, parties du corps atteintes et objet ou substance qui a directement blessé ou rendu malade la personne
osha-case-type = Type (colonne M)
osha-case-type-1 = Lésion
osha-case-type-2 = Affection de la peau
osha-case-type-3 = Affection respiratoire
osha-case-type-4 = Intoxication
osha-case-type-5 = Perte auditive
osha-case-type-6 = Toutes les autres maladies
osha-case-title = Cas { $number }
osha-case-deadlines = À consigner avant le { $record_by } (OSHA-8 : 7 jours après en avoir eu connaissance) · conservé jusqu'au { $kept_until } · au registre { $year }
osha-case-late =
    { $count ->
        [one] Saisi en retard : le { $recorded_on }, { $count } jour après le délai de 7 jours ({ $record_by } ; connu le { $learned_on }).
       *[other] Saisi en retard : le { $recorded_on }, { $count } jours après le délai de 7 jours ({ $record_by } ; connu le { $learned_on }).
    }
osha-form-301-printable = Formulaire 301 (à imprimer)
osha-all-cases = Tous les cas
osha-section-decision = 1. Est-ce enregistrable ?
osha-confirmed = Confirmé par le responsable HSE.
osha-overridden-recordable = Décision remplacée : { $reason }. Compte comme enregistrable.
osha-overridden-not-recordable = Décision remplacée : { $reason }. Compte comme non enregistrable.
osha-waiting-confirmation = En attente de la confirmation du responsable HSE.
osha-legend-work-related = OSHA-1 : lié au travail et nouveau
osha-q-work-related = Lié au travail : un événement ou une exposition dans l'environnement de travail l'a causé ou y a contribué, ou a aggravé de façon importante un état préexistant
osha-q-new-case = Un nouveau cas : pas la récidive d'un cas consigné dont les symptômes avaient disparu
osha-legend-general = OSHA-1 : critères généraux d'enregistrement
osha-death = Décès
osha-q-days-away = Jours d'arrêt de travail (après le jour de la lésion), y compris les jours recommandés par un médecin
osha-q-restricted-after = Travail restreint ou changement de poste après le jour de la lésion
osha-q-restricted-injury-day = Restreint seulement le jour de la lésion (OSHA-3 : ne compte pas)
osha-q-unconscious = Perte de connaissance
osha-q-diagnosis = Diagnostic important posé par un médecin ou un professionnel de santé habilité
osha-none = Aucun
osha-diagnosis-cancer = Cancer
osha-diagnosis-chronic = Maladie chronique irréversible
osha-diagnosis-fracture = Os ou dent fracturé ou fêlé
osha-diagnosis-eardrum = Tympan perforé
osha-legend-treatment = OSHA-2 : traitement médical au-delà des premiers soins (donné ou recommandé)
osha-treatment-otc-rx-strength = Médicament sans ordonnance à dose de prescription
osha-treatment-wound-closure = Points de suture, agrafes ou colle chirurgicale
osha-treatment-rigid-support = Attelle rigide, baleines ou plâtre
osha-treatment-therapy = Kinésithérapie ou traitement chiropratique
osha-treatment-prescription = Médicament sur ordonnance
osha-treatment-other = Autre traitement (à décrire)
osha-other-treatment = Autre traitement
osha-q-declined = Le traitement a été recommandé mais le salarié l'a refusé (compte quand même)
osha-legend-first-aid = OSHA-2 : premiers soins (liste fermée A-N)
osha-first-aid-a = Médicament sans ordonnance à dose sans ordonnance
osha-first-aid-b = Vaccination antitétanique
osha-first-aid-c = Nettoyage, rinçage ou trempage d'une plaie superficielle
osha-first-aid-d = Pansement, bandage, pansement papillon ou Steri-Strip
osha-first-aid-e = Application de chaud ou de froid
osha-first-aid-f = Soutien non rigide (bande élastique, ceinture lombaire souple)
osha-first-aid-g = Immobilisation temporaire pour le transport
osha-first-aid-h = Perçage d'un ongle ou drainage d'une ampoule
osha-first-aid-i = Cache-œil
osha-first-aid-j = Corps étranger retiré de l'œil par irrigation ou coton-tige
osha-first-aid-k = Écharde retirée (hors de l'œil) par irrigation, pince ou coton-tige
osha-first-aid-l = Protège-doigt
osha-first-aid-m = Massage
osha-first-aid-n = Boissons contre le stress thermique
osha-decide = Décider
osha-confirm-decision = Confirmer la décision
osha-override-reason = Ou la remplacer, en donnant le motif
osha-override = Remplacer
osha-section-classification = 2. Classification
osha-outcome = Issue { $outcome } · { $case_type }
osha-k-days-away =
    { $count ->
        [one] K { $count } jour d'arrêt
       *[other] K { $count } jours d'arrêt
    }
osha-l-days-restricted =
    { $count ->
        [one] L { $count } jour de travail restreint
       *[other] L { $count } jours de travail restreint
    }
osha-capped = plafonné à 180 jours
osha-date-of-death = Date du décès
osha-away-periods = Jours d'arrêt : périodes, une par ligne (2026-03-02..2026-03-06 ; seulement la date de début tant qu'elle dure)
osha-restricted-periods = Travail restreint ou changement de poste : périodes, une par ligne
osha-recommended-away = Jours d'arrêt recommandés par un médecin (s'ils dépassent ceux pris)
osha-recommended-restricted = Jours de travail restreint recommandés par un médecin
osha-classify = Classer
osha-section-privacy = 3. Cas confidentiel (OSHA-7)
osha-not-privacy-case = Pas un cas confidentiel
osha-privacy-reason-intimate = Partie intime du corps ou appareil reproducteur
osha-privacy-reason-sexual-assault = Agression sexuelle
osha-privacy-reason-mental-illness = Maladie mentale
osha-privacy-reason-hiv-hepatitis-tb = VIH, hépatite ou tuberculose
osha-privacy-reason-needlestick = Piqûre d'aiguille ou objet tranchant contaminé par le sang d'une autre personne ou des OPIM
osha-privacy-reason-employee-request = Maladie ; le salarié a demandé la confidentialité
osha-section-details = 4. Détails du cas (colonnes A-F)
osha-section-301 = 5. Formulaire 301
osha-delete = Supprimer
osha-delete-ask = Supprimer ce cas…
osha-delete-case = Oui, supprimer ce cas
osha-retention = Les registres OSHA sont conservés 5 ans après la fin de { $year } : ce cas peut être supprimé à partir du { $date }.
osha-yes = Oui
osha-no = Non
osha-employee-street = Rue du salarié
osha-state = État
osha-date-of-birth = Date de naissance
osha-date-hired = Date d'embauche
osha-sex = Sexe
osha-sex-not-given = Non indiqué
osha-sex-male = Homme
osha-sex-female = Femme
osha-physician = Médecin ou autre professionnel de santé
osha-facility = Établissement où les soins ont été donnés (nom, adresse)
osha-emergency-room = Soigné aux urgences ?
osha-hospitalized = Hospitalisé au moins une nuit ?
osha-time-began-work = Heure de début du travail du salarié (HH:MM)
osha-time-of-event = Heure de l'événement (HH:MM ; vide : impossible à déterminer)
osha-before-incident = Que faisait le salarié juste avant l'incident ?
osha-what-happened = Que s'est-il passé ?
osha-object-substance = Quel objet ou quelle substance a directement blessé le salarié ?
osha-save-301 = Enregistrer le formulaire 301
osha-print = Imprimer
osha-form-in-en = Formulaire en anglais
osha-form-in-es = Formulaire en espagnol
osha-form-note = Les intitulés sont ceux du formulaire de l'OSHA, qui n'existe qu'en anglais et en espagnol ; chacun est expliqué en français à côté.
osha-gloss-a = numéro du cas
osha-gloss-b = nom du salarié
osha-gloss-c = poste
osha-gloss-d = date de la blessure ou du début de la maladie
osha-gloss-e = lieu de l'événement
osha-gloss-f = la blessure ou la maladie, les parties du corps touchées et l'objet ou la substance en cause
osha-gloss-g = décès
osha-gloss-h = cas avec arrêt de travail
osha-gloss-i = cas avec changement de poste ou travail restreint
osha-gloss-j = autre cas à enregistrer
osha-gloss-k = jours d'arrêt de travail
osha-gloss-l = jours de changement de poste ou de travail restreint
osha-gloss-m1 = blessure
osha-gloss-m2 = affection de la peau
osha-gloss-m3 = affection respiratoire
osha-gloss-m4 = intoxication
osha-gloss-m5 = perte auditive
osha-gloss-m6 = toutes les autres maladies
osha-gloss-employees = effectif moyen annuel
osha-gloss-hours = total des heures travaillées par tous les salariés dans l'année
osha-gloss-certify = le dirigeant signataire déclare les données vraies, exactes et complètes
osha-gloss-301-1 = nom complet
osha-gloss-301-2 = adresse personnelle
osha-gloss-301-3 = date de naissance
osha-gloss-301-4 = date d'embauche
osha-gloss-301-5 = sexe
osha-gloss-301-6 = médecin ou autre professionnel de santé
osha-gloss-301-7 = lieu des soins, s'ils ont été donnés hors du site
osha-gloss-301-8 = soigné aux urgences ?
osha-gloss-301-9 = hospitalisé une nuit ou plus ?
osha-gloss-301-10 = numéro du cas dans le registre 300
osha-gloss-301-11 = date de la blessure ou de la maladie
osha-gloss-301-12 = heure de prise de poste
osha-gloss-301-13 = heure de l'événement
osha-gloss-301-14 = ce que faisait le salarié juste avant
osha-gloss-301-15 = ce qui s'est passé
osha-gloss-301-16 = la blessure ou la maladie
osha-gloss-301-17 = ce qui a directement blessé le salarié
osha-gloss-301-18 = date du décès, le cas échéant
osha-log-title = Formulaire OSHA 300 · { $establishment } · { $year }
osha-download-csv = Télécharger le CSV
osha-log-pending =
    { $count ->
        [one] { $count } cas attend la confirmation de son caractère enregistrable et n'est pas encore au registre.
       *[other] { $count } cas attendent la confirmation de leur caractère enregistrable et ne sont pas encore au registre.
    }
osha-privacy-title = Liste confidentielle des cas confidentiels
osha-case-no = N° de cas
osha-employee = Salarié
osha-rates-title = Taux d'incidence { $year }
osha-rates-defined = Pour 200 000 heures travaillées (LTIFR pour 1 000 000) ; s.o. quand aucune heure n'est enregistrée. Le temps perdu est un décès (G) ou un cas avec arrêt de travail (H), pas le travail restreint ; le LTIFR compte les cas avec temps perdu qui sont des lésions (M1). La gravité compte les jours d'arrêt (K) et de travail restreint (L), plafonnés à 180 par cas.
osha-site = Site
osha-hours = Heures
osha-recordable-count = Enregistrables
osha-severity = Gravité
osha-all-sites = Tous les sites
osha-trend-title = Tendance (ce site, TRC cumulé sur l'année)
osha-trend-label = TRC cumulé sur l'année par mois
osha-trend-point =
    { $count ->
        [one] mois { $month } : { $count } cas, TRC { $trc }
       *[other] mois { $month } : { $count } cas, TRC { $trc }
    }
osha-summary-deadlines = Affichage du { $from } au { $until } · transmission ITA avant le { $due }
osha-totals-reconcile = Les totaux concordent : G+H+I+J = M1+...+M6.
osha-totals-do-not-reconcile = Les totaux ne concordent pas.
osha-certification = Certification
osha-certified = Certifié par { $name }, { $title } ({ $phone }), le { $date } — signé par { $signed_by } le
osha-cert-name = Nom du dirigeant de l'entreprise
osha-cert-title = Fonction
osha-cert-phone = Téléphone
osha-cert-password = Votre mot de passe (signature)
osha-certify = Certifier
osha-ita-title = Fichiers pour l'Injury Tracking Application (ITA) de l'OSHA
osha-ita-case-n = cas { $number },
osha-ita-summary-file = Fichier du récapitulatif 300A ({ $year })
osha-ita-download-summary = Télécharger le CSV 300A
osha-ita-fix-first = Corrigez ceci avant de télécharger :
osha-ita-case-file =
    { $count ->
        [one] Fichier des données de cas ({ $count } cas)
       *[other] Fichier des données de cas ({ $count } cas)
    }
osha-ita-download-cases = Télécharger le CSV des cas
osha-ita-submission = Transmission
osha-ita-submitted = Transmis à l'OSHA le { $date } (échéance : { $due }).
osha-ita-due = Échéance : { $due }. Enregistrez la transmission une fois faite dans l'ITA de l'OSHA : les rappels s'arrêtent.
osha-ita-submitted-on = Transmis le
osha-ita-record = Enregistrer la transmission

## Se désabonner des rappels par e-mail

unsub-stop = Ne plus recevoir les rappels par e-mail
unsub-ask = Ne plus recevoir les rappels facultatifs de Gemba par e-mail ? Vous continuez à voir les rappels dans l'application, et ce qui vous est remonté comme responsable de site vous est toujours envoyé.
unsub-stopped = Rappels par e-mail arrêtés
unsub-stopped-text = Vous ne recevrez plus de rappels facultatifs par e-mail. Réactivez-les depuis votre profil
unsub-invalid = Lien non valide
unsub-invalid-text = Ce lien de désabonnement n'est pas valide.
unsub-failed = Un problème est survenu
unsub-failed-text = Réessayez plus tard.

## Types de rappel

item-type-work-order = Ordres de travail
item-type-pm = Maintenance préventive
item-type-cil-round = Tournées NIL non faites
item-type-tag = Étiquettes d'anomalie ouvertes trop longtemps
item-type-capa = Actions CAPA
item-type-audit = Audits et inspections
item-type-evidence = Preuves arrivant à expiration
item-type-certificate = Certificats de l'organisation arrivant à expiration
item-type-person-cert = Habilitations des personnes arrivant à expiration
item-type-osha-recording = OSHA : enregistrer un cas sous 7 jours
item-type-osha-300a = OSHA : 300A certifié et affiché avant le 1er février
item-type-osha-ita = OSHA : déclaration ITA avant le 2 mars
prefs-escalations-note = Ce qui vous est remonté comme responsable de site arrive toujours par e-mail.

## Messages des contrôles du fichier ITA

msg-ita-required = Obligatoire.
msg-ita-more-than-zero = Plus de 0.
msg-ita-ein = Un EIN compte neuf chiffres, p. ex. 12-3456789.
msg-ita-zip = Un code ZIP à cinq chiffres ou ZIP+4, p. ex. 75001 ou 75001-1234.
msg-ita-naics = Un code NAICS à six chiffres.
msg-ita-state = Le code postal de l'État en deux lettres, p. ex. TX.
msg-ita-establishment-type = Choisissez privé, gouvernement d'État ou collectivité locale.
msg-ita-required-death = Obligatoire en cas de décès.
msg-ita-only-death = Seulement en cas de décès.
msg-ita-before-incident = Avant la date de l'incident.
msg-ita-after-incident = Après la date de l'incident.
msg-ita-sex = M, F ou vide.
msg-ita-death-no-days = Un décès ne comporte aucun décompte de jours.
msg-ita-days-away-case = Un cas avec arrêt a besoin de ses jours d'arrêt.
msg-ita-restriction-case = Un cas de poste aménagé ou de restriction a besoin de ses jours.
msg-ita-cap-180 = Les jours d'arrêt et de restriction sont plafonnés à 180 au total.
msg-ita-hours-per-employee = Plus d'heures par salarié qu'une année n'en compte ; vérifiez les deux chiffres.

## Messages des envois refusés

msg-pm-window-pct = Saisissez un pourcentage entier de 0 à 50.
msg-pm-window-mode = Choisissez si le travail en avance compte : avant ou après l'échéance, ou seulement après.
msg-pm-window-min-days = Saisissez un nombre entier de jours de 0 à 30.
msg-cert-held-future = Enregistrez un audit une fois qu'il a eu lieu.
msg-cert-decision-future = Enregistrez un certificat une fois que l'organisme de certification a décidé : cette date est dans le futur.
msg-cert-expiry-after-decision = L'échéance doit être postérieure à la décision de certification.
msg-cert-new-expiry-after = La nouvelle échéance doit être postérieure à la décision de recertification.
msg-cert-kind = Choisissez surveillance ou recertification.
msg-recert-future = Enregistrez la recertification une fois décidée : cette date est dans le futur.
msg-file-empty = Le fichier est vide.
msg-file-too-large = Le fichier dépasse 10 Mo.
msg-photo-kinds = Seules les photos JPEG, PNG et WebP sont acceptées.
msg-document-kinds = Envoyez un PDF, une photo, un fichier Word/Excel/OpenDocument, ou un fichier texte ou CSV.
msg-upload-route-limit = Le fichier dépasse { $mb } Mo ; choisissez-en un plus petit.
msg-upload-failed = L'envoi a échoué (identifiant de la requête { $id }).

## Scan
scan-title = Scanner un équipement
scan-camera = Scanner son code QR
scan-pointing = Visez l’étiquette QR avec l’appareil photo.
scan-no-camera = L’appareil photo n’a pas pu s’ouvrir : saisissez le repère.
scan-type-tag = Ou saisissez le repère de sa plaque
scan-find = Chercher
scan-hint = L’appareil photo du téléphone ouvre aussi une étiquette QR de Gemba.
scan-none = Aucun équipement de ce site ne correspond à « { $code } ».
scan-maybe = Est-ce l’un de ceux-ci ?

## Tables wider than a phone
table-tags = Étiquettes par catégorie
table-reliability = Fiabilité par équipement
table-osha-log = Registre OSHA 300
table-osha-rates = Taux par site
table-osha-year-rates = Taux de l’année
table-osha-privacy = Cas confidentiels

## OSHA special criteria (1904.8 to 1904.11)
osha-legend-special = Cas particuliers (1904.8 à 1904.11)
osha-q-sharp = Une piqûre d’aiguille ou une coupure par un objet tranchant contaminé par le sang ou un autre matériel potentiellement infectieux d’une autre personne (1904.8)
osha-q-medical-removal = Retiré du travail au titre de la surveillance médicale d’une norme OSHA (1904.9)
osha-q-tuberculosis = Infecté par la tuberculose après une exposition au travail à un cas connu de tuberculose active (1904.11)
osha-hearing = Test d’audition (1904.10)
osha-hearing-hint = Seuils en dB à 2000, 3000 et 4000 Hz, audiogramme de référence et actuel, pour chaque oreille testée (des valeurs corrigées selon l’âge peuvent être utilisées).
osha-ear-left = Oreille gauche
osha-ear-right = Oreille droite
osha-baseline = Référence
osha-current = Actuel

## Production et TRS
nav-production = Production
title-production = Production · Gemba
prod-title = Production
prod-intro = Saisissez les quantités de chaque poste et ses arrêts : la page des indicateurs en tire le TRS (disponibilité × performance × qualité).
prod-no-assets = Aucun équipement n’a encore de temps de cycle idéal : indiquez-le sur la page de l’équipement (Temps de cycle idéal) pour saisir sa production.
prod-record-shift = Saisir un poste
prod-date = Jour où commence le poste
prod-start = Début
prod-end = Fin
prod-planned = Temps de production planifié (minutes)
prod-planned-hint = Vide : tout le poste
prod-total = Pièces produites
prod-rejects = Pièces rebutées
prod-startup-rejects = Dont rebutées au démarrage
prod-save-shift = Enregistrer le poste
prod-saved = Enregistré pour { $asset } : TRS { $oee }.
prod-record-stop = Saisir un arrêt
prod-stop-hint = Un arrêt terminé, avec sa cause : les arrêts non planifiés et planifiés réduisent la disponibilité ; les arrêts hors programme (pauses, pas de commandes) ne comptent pas.
prod-stop-from = Arrêté à
prod-stop-to = Reparti à
prod-save-stop = Enregistrer l’arrêt
prod-stop-saved = Arrêt enregistré.
prod-kind-unplanned = non planifié
prod-kind-planned = planifié
prod-kind-not-scheduled = hors programme
prod-recent = Derniers postes
prod-counts = { $total } produites, { $rejects } rebutées, { $planned } min planifiées
prod-factors = D { $a } · P { $p } · Q { $q } · TRS { $oee }
prod-import = Importer les quantités produites (CSV)
prod-import-help = Une ligne par équipement et par poste, avec l’en-tête asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects (heures HH:MM à l’heure du site ; planned_minutes, rejects et startup_rejects peuvent rester vides). Toutes les lignes sont importées, ou aucune.
prod-imported =
    { $count ->
        [one] { $count } poste importé.
       *[other] { $count } postes importés.
    }
prod-reasons = Causes d’arrêt
prod-reason-off = Désactiver
prod-reason-on = Activer
prod-reason-code = Code
prod-reason-name = Nom
prod-reason-kind = Type
prod-reason-add = Ajouter la cause
kpi-oee = TRS
kpi-oee-none = Aucune production saisie sur cette période.
kpi-oee-shifts =
    { $count ->
        [one] { $count } poste
       *[other] { $count } postes
    }
kpi-oee-trend = TRS sur la période
kpi-six-losses = Six grandes pertes
kpi-six-losses-rule = Sur { $planned } de temps de production planifié ; { $outside } d’arrêts hors programme sont en dehors et ne comptent pas. Les arrêts non planifiés de moins de 5 minutes sont des micro-arrêts.
kpi-oee-by-asset = TRS par équipement
kpi-oee-enter = Saisir la production
oee-availability = Disponibilité
oee-performance = Performance
oee-quality = Qualité
oee-loss = Perte
oee-factor = Facteur
oee-lost-h = Heures perdues
oee-shifts = Postes
oee-loss-unplanned = Arrêts non planifiés (pannes)
oee-loss-planned = Arrêts planifiés (changements de série, réglages)
oee-loss-small-stops = Micro-arrêts
oee-loss-slow-cycles = Ralentissements
oee-loss-production-rejects = Rebuts de production
oee-loss-startup-rejects = Rebuts de démarrage
asset-cycle-time = Temps de cycle idéal
asset-cycle-none = Non défini : la production de cet équipement ne peut pas encore être saisie pour le TRS.
asset-cycle-line = { $seconds } s par pièce depuis
asset-cycle-seconds = Secondes par pièce à la cadence idéale
asset-cycle-from = À partir du (vide : maintenant)
asset-cycle-save = Fixer le temps de cycle

## Changes on this phone
js-state-sent = Envoyé
js-note-sent = Envoyé
js-sent-at = saisi le { $when }, envoyé le { $sent }
js-all-changes = Toutes les modifications faites sur ce téléphone
title-changes = Modifications sur ce téléphone · Gemba
changes-title = Modifications sur ce téléphone
changes-intro = Ce que vous avez fait sur ce téléphone, le plus récent d’abord : en attente d’envoi, refusé (avec la raison et vos choix), en attente de votre signature, et ce qui a été envoyé ces dernières 24 heures. Personne d’autre se connectant sur ce téléphone ne le voit.
changes-empty = Rien en attente, et rien envoyé depuis ce téléphone ces dernières 24 heures.
wo-reassign = Réaffecter
wo-reassign-to = Confier cet ordre de travail à
wo-reassign-button = Réaffecter
js-started-here = Démarré sur ce téléphone : le travail peut être saisi dès maintenant ; il est envoyé, avec le démarrage, au retour de la connexion.
round-tomorrow = Tournée de demain
round-see-tomorrow = Tournée de demain
round-see-today = Tournée du jour
asset-safety = Avant de commencer
asset-energy-control = Consignation des énergies (cadenassage)
asset-energy-control-hint = Sources d’énergie, points d’isolement et étapes pour consigner et vérifier
asset-safety-notes = Consignes de sécurité
asset-safety-notes-hint = Dangers et équipements de protection à porter
msg-prod-not-started = Le poste n’a pas encore commencé : saisissez-le une fois commencé.
msg-prod-date = Indiquez une date au format AAAA-MM-JJ.
msg-prod-time = Indiquez une heure au format HH:MM.
msg-prod-planned-max = Au plus les { $minutes } minutes du poste.
msg-prod-planned = Indiquez les minutes de production planifiées, plus de 0.
msg-prod-number = Indiquez un nombre.
msg-prod-units = Indiquez un nombre entier de pièces, 0 ou plus.
msg-prod-rejects = Plus de rebuts que les { $total } pièces produites.
msg-prod-startup = Les rebuts de démarrage font partie des rebuts : au plus { $rejects }.
msg-prod-cycle = Indiquez les secondes que prend une pièce à la cadence idéale, plus de 0 et au plus 86400.
msg-prod-no-cycle = { $tag } n’a pas de temps de cycle idéal pour ce poste : indiquez-le d’abord sur la page de l’équipement.
msg-prod-overlap = La production de { $tag } est déjà saisie pour un poste qui chevauche celui-ci ({ $day } { $from }-{ $to }).
msg-prod-reason = Choisissez une cause dans la liste du site.
msg-prod-stop-time = Indiquez une date et une heure comme 2026-12-05 08:10.
msg-prod-stop-order = La fin n’est pas après le début.
msg-prod-stop-future = C’est encore à venir : saisissez l’arrêt une fois terminé.
msg-prod-stop-overlap = { $tag } a déjà un autre arrêt saisi sur cette période.
msg-prod-cycle-from = Indiquez une date au format AAAA-MM-JJ, ou laissez vide pour maintenant.
msg-wo-reassigned = L’ordre de travail n° { $id } a été réaffecté à { $names } entre-temps : rien n’y a été enregistré.

## Field errors and refusals the server writes in English, found by their English text
msg-actions-are-raised-from-investigation = Les actions se créent depuis une analyse ou un constat.
msg-asset-cannot-moved-under-itself = Un équipement ne peut pas être placé sous lui-même ni sous l'un de ses composants.
msg-asset-hierarchy-has-at-most = Une arborescence d'équipements a au plus { $max } niveaux ; celle-ci en aurait { $depth }.
msg-auditor-grant-needs-end-date = L'accès d'un auditeur a besoin d'une date de fin.
msg-employee-s-request-makes-only = La demande du salarié ne rend confidentiel qu'un cas de maladie, pas une blessure.
msg-operation-id-must-uuid = L'identifiant d'opération doit être un UUID.
msg-another-asset-site-already-has = Un autre équipement de ce site a déjà ce repère.
msg-another-part-site-has-code = Une autre pièce de ce site a ce code.
msg-another-site-already-uses-code = Un autre site utilise déjà ce code.
msg-answer-at-least-first-why = Répondez au moins au premier pourquoi.
msg-answer-recordability-questions-first = Répondez d'abord aux questions d'enregistrement.
msg-answer-these-required-steps-first = Répondez d'abord à ces étapes obligatoires : { $steps }.
msg-answer-yes-no = Répondez oui ou non.
msg-assign-people-who-can-work = Affectez des personnes qui peuvent travailler sur les ordres de travail de ce site.
msg-at-most-10-000-rows = Au plus 10 000 lignes par fichier.
msg-at-most-characters = Au plus { $max } caractères.
msg-at-most = Au plus { $max }.
msg-case-types-add-up-but = Les types de cas totalisent { $by_type } mais les issues (G+H+I+J) { $outcomes } ; ils doivent être égaux.
msg-choose-f-you-fix-m = Choisissez F (vous le réparez) ou M (maintenance).
msg-choose-m-f-leave-blank = Choisissez M ou F, ou laissez vide (le fichier des cas ITA accepte M, F ou vide).
msg-choose-capa-action-work-order = Choisissez une action CAPA ou un ordre de travail.
msg-choose-pm-schedule-audit-template = Choisissez un plan de maintenance préventive, un modèle d'audit ou un type de certification.
msg-choose-category-from-list = Choisissez une catégorie dans la liste.
msg-choose-category = Choisissez une catégorie.
msg-choose-certification-type = Choisissez un type de certification.
msg-choose-diagnosis-from-list = Choisissez un diagnostic dans la liste.
msg-choose-file-link-record = Choisissez un fichier, un lien ou un enregistrement.
msg-choose-file = Choisissez un fichier.
msg-choose-grade = Choisissez une gravité.
msg-choose-meter = Choisissez un compteur.
msg-choose-person = Choisissez une personne.
msg-choose-photo = Choisissez une photo.
msg-choose-priority = Choisissez une priorité.
msg-choose-reason = Choisissez un motif.
msg-choose-role-site-s-staff = Choisissez un rôle du personnel du site.
msg-choose-role = Choisissez un rôle.
msg-choose-site = Choisissez un site.
msg-choose-status-from-list = Choisissez un statut dans la liste.
msg-choose-template-with-published-version = Choisissez un modèle qui a une version publiée.
msg-choose-template = Choisissez un modèle.
msg-choose-time-zone-such-europe = Choisissez un fuseau horaire comme Europe/Paris ou America/Chicago.
msg-choose-type = Choisissez un type.
msg-choose-year-from = Choisissez une année de { $first } à { $last }.
msg-choose-asset = Choisissez un équipement.
msg-choose-autonomous-maintenance-step-from = Choisissez une étape de maintenance autonome de 1 à 7.
msg-choose-end-after-start-at = Choisissez une fin après le début, au plus un an plus tard.
msg-choose-hour-from-0-23 = Choisissez une heure de 0 à 23.
msg-choose-at-least-one-requirement = Choisissez au moins une exigence que cette preuve étaye.
msg-choose-at-most-ten-years = Choisissez au plus dix ans.
msg-choose-cumulative-gauge = Choisissez cumulatif ou jauge.
msg-choose-fixed-floating = Choisissez fixe ou glissant.
msg-choose-from-list = Choisissez dans la liste.
msg-choose-how-schedule-falls-due = Choisissez comment le plan arrive à échéance.
msg-choose-ignore-shift-skip = Choisissez ignorer, décaler ou sauter.
msg-choose-immediate-corrective-preventive = Choisissez immédiate, corrective ou préventive.
msg-choose-injury-kind-illness-m1 = Choisissez blessure ou le type de maladie (M1-M6).
msg-choose-inspection-audit = Choisissez inspection ou audit.
msg-choose-one-from-list = Choisissez-en un dans la liste.
msg-choose-one-asset-s-meters = Choisissez l'un des compteurs de cet équipement.
msg-choose-one-your-sites = Choisissez l'un de vos sites.
msg-choose-pass-fail = Choisissez conforme ou non conforme.
msg-choose-someone-who-can-work = Choisissez quelqu'un qui peut travailler sur les ordres de travail de ce site.
msg-choose-someone-who-works-site = Choisissez quelqu'un qui travaille sur ce site.
msg-choose-submit-approve-reject = Choisissez soumettre, approuver ou rejeter.
msg-choose-cause-category = Choisissez la catégorie de la cause.
msg-choose-lead-auditor = Choisissez l'auditeur principal.
msg-choose-unplanned-planned-not-scheduled = Choisissez non planifié, planifié ou hors programme.
msg-choose-what-happened = Choisissez ce qui s'est passé.
msg-choose-what-kind-record = Choisissez le type d'enregistrement.
msg-choose-who-owns-action = Choisissez le responsable de l'action.
msg-complete-work-order-first = Terminez d'abord son ordre de travail.
msg-complete-work-order-with-sign = Terminez l'ordre de travail avec sa signature.
msg-confirm-override = Confirmez ou annulez.
msg-days-are-counted-from-day = Les jours se comptent à partir du lendemain de la blessure (OSHA-4) : commencez après la date de la blessure.
msg-days-away-days-away-cases = Les jours d'arrêt et les cas avec arrêt vont ensemble : tous deux à 0 ou tous deux au-dessus de 0.
msg-days-away-make-days-away = Les jours d'arrêt en font un cas avec arrêt (H).
msg-days-away-restricted-make-h = Des jours d'arrêt ou de restriction en font un cas H ou I.
msg-describe-evidence-that-action-was = Décrivez la preuve que l'action a été faite.
msg-describe-other-treatment = Décrivez l'autre traitement.
msg-don-t-build-password-from = Ne construisez pas le mot de passe à partir de votre nom ou de votre e-mail.
msg-enter-1-240-minutes = Indiquez de 1 à 240 minutes.
msg-enter-number-days = Indiquez un nombre de jours.
msg-enter-quantity-greater-than-zero = Indiquez une quantité supérieure à zéro.
msg-enter-quantity-0-more = Indiquez une quantité de 0 ou plus.
msg-enter-quantity = Indiquez une quantité.
msg-enter-rule-such-freq-monthly = Indiquez une règle comme FREQ=MONTHLY;BYMONTHDAY=1.
msg-enter-tag = Indiquez un repère.
msg-enter-mail-address-like-name = Indiquez une adresse e-mail comme nom@example.com.
msg-enter-mail-address = Indiquez une adresse e-mail.
msg-enter-only-rrule-part-first = Indiquez seulement la partie RRULE ; la première échéance est le début.
msg-enter-annual-average-number-employees = Indiquez l'effectif moyen annuel en nombre entier.
msg-enter-date-death-death-recorded = Indiquez la date du décès : un décès s'enregistre avec elle (le fichier ITA l'exige).
msg-enter-interval-days-1-3660 = Indiquez l'intervalle en jours (1 à 3660).
msg-enter-meter-interval-greater-than = Indiquez l'intervalle du compteur (supérieur à 0).
msg-enter-threshold-db-whole-number = Indiquez le seuil en dB, un nombre entier de -10 à 120 (les six pour cette oreille).
msg-enter-total-hours-worked-by = Indiquez le total des heures travaillées par tous les salariés en nombre entier.
msg-enter-year-s-employees-hours = Indiquez l'effectif et les heures travaillées de l'année avant de certifier.
msg-enter-year-s-employees-hours-2 = Indiquez d'abord l'effectif et les heures travaillées de l'année.
msg-enter-your-mail-address = Indiquez votre adresse e-mail.
msg-enter-your-password = Indiquez votre mot de passe.
msg-escalations-you-site-s-manager = Les escalades qui vous visent comme responsable de site arrivent toujours par e-mail.
msg-every-1-3660-days = Tous les 1 à 3660 jours.
msg-expired-evidence-cannot-approved-add = Une preuve expirée ne peut pas être approuvée ; ajoutez une révision avec de nouvelles dates.
msg-give-1-240-months-leave = Indiquez de 1 à 240 mois, ou laissez vide pour une durée sans fin.
msg-give-date-yyyy-mm-dd = Indiquez une date (AAAA-MM-JJ).
msg-give-date-between-01-01 = Indiquez une date entre { $from }-01-01 et { $to }-12-31.
msg-give-due-date-yyyy-mm = Indiquez une échéance (AAAA-MM-JJ).
msg-give-number-months-from-1 = Indiquez un nombre de mois de 1 à 120, ou laissez vide.
msg-give-rating-from-1-5 = Donnez une note de 1 à 5.
msg-give-web-address-starting-with = Indiquez une adresse web commençant par https:// ou http://.
msg-give-at-most-five-whys = Donnez au plus cinq pourquoi.
msg-give-date-time-2026-11 = Indiquez la date et l'heure, par ex. 2026-11-22 14:30.
msg-give-reason-overriding-decision = Indiquez le motif de l'annulation de la décision.
msg-give-record-s-number = Indiquez le numéro de l'enregistrement.
msg-job-transfer-restriction-cases-need = Les cas de changement de poste ou de restriction ont besoin de leurs jours.
msg-keep-each-why-under-500 = Gardez chaque pourquoi sous 500 caractères.
msg-line-period-ends-before-starts = Ligne { $line } : la période finit avant de commencer.
msg-must-before-date-incident = Doit précéder la date de l'incident.
msg-no-asset-with-tag-site = Aucun équipement avec ce repère sur ce site.
msg-no-asset-site-earlier-file = Aucun équipement { $parent } sur ce site ni plus haut dans le fichier.
msg-no-such-asset-site = Cet équipement n'existe pas sur ce site.
msg-no-such-asset = Cet équipement n'existe pas.
msg-no-such-date-site-s = Cette date n'existe pas dans le calendrier du site.
msg-no-such-event-site = Cet événement n'existe pas sur ce site.
msg-no-such-framework = Ce référentiel n'existe pas.
msg-no-such-item = Ce point n'existe pas.
msg-no-such-part-site = Cette pièce n'existe pas sur ce site.
msg-no-such-record-site = Cet enregistrement n'existe pas sur ce site.
msg-no-such-site = Ce site n'existe pas.
msg-no-such-user = Cet utilisateur n'existe pas.
msg-not-case-belongs-another-year = Pas en { $year } : le cas appartient au registre d'une autre année.
msg-one-requirements-does-not-exist = L'une des exigences n'existe pas.
msg-only-completed-work-order-can = Seul un ordre de travail terminé peut être vérifié.
msg-only-draft-can-published = Seul un brouillon peut être publié.
msg-only-failed-out-limit-step = Seule une étape non conforme ou hors limites a une suite.
msg-only-manager-can-reopen-work = Seul un responsable peut rouvrir un ordre de travail.
msg-only-auditor-s-access-limited = Seul l'accès d'un auditeur se limite à un référentiel.
msg-only-hazard-observations-can-sent = Seules les observations de danger peuvent être envoyées sans votre nom.
msg-only-stock-needed-correct-quantity = Seulement { $on_hand } de { $part } en stock ; { $wanted } nécessaires. Corrigez la quantité ou enregistrez d'abord un inventaire.
msg-overlaps-row-shift-same-asset = Chevauche la ligne { $other }, un poste du même équipement.
msg-production-already-recorded-shift = La production de { $asset } est déjà enregistrée pour ce poste.
msg-say-why-rejected = Dites pourquoi elle est rejetée.
msg-say-why-action-was-was = Dites pourquoi l'action a été efficace ou non.
msg-sent-anonymously-event = Envoyé anonymement comme événement n°{ $id }.
msg-someone-changed-action-meanwhile-reload = Quelqu'un a modifié cette action entre-temps ; rechargez-la.
msg-someone-changed-case-meanwhile-reload = Quelqu'un a modifié ce cas entre-temps ; rechargez-le.
msg-start-work-order-before-answering = Démarrez l'ordre de travail avant de répondre à ses étapes.
msg-state-root-cause = Indiquez la cause racine.
msg-that-date-future = Cette date est dans le futur.
msg-that-future = C'est dans le futur.
msg-that-person-does-not-work = Cette personne ne travaille pas sur ce site.
msg-action-no-longer-open = L'action n'est plus ouverte.
msg-auditee-signs-with-their-own = L'audité signe avec son propre compte.
msg-auditee-s-mail-password-wrong = L'e-mail ou le mot de passe de l'audité est erroné.
msg-case-log-date-another-year = Le cas est au registre { $year } ; une date d'une autre année demande un nouveau cas.
msg-clocks-skip-time-site-s = Cette heure n'existe pas dans le calendrier du site (changement d'heure).
msg-date-birth-must-before-injury = La date de naissance doit précéder la blessure.
msg-date-death-before-injury = La date du décès précède la blessure.
msg-document-expands-more-than-mb = Le document se décompresse en plus de { $mb } Mo ({ $ratio } fois sa taille) : refusé comme bombe zip possible.
msg-document-holds-parts-document-has = Le document contient { $parts } parties ; un document en a au plus { $max }.
msg-effectiveness-check-must-done-by = La vérification d'efficacité doit être faite par quelqu'un d'autre que le responsable de l'action.
msg-end-date-before-start-date = La date de fin précède la date de début.
msg-end-date-past = La date de fin est passée.
msg-end-before-start = La fin précède le début.
msg-expiry-cannot-before-issue-date = L'expiration ne peut pas précéder la date de délivrance.
msg-file-has-no-rows-under = Le fichier n'a aucune ligne sous son en-tête.
msg-file-damaged-cannot-read-document = Le fichier est endommagé : il ne peut pas être lu comme un document.
msg-hire-date-after-injury = La date d'embauche est postérieure à la blessure.
msg-investigation-already-closed = L'analyse est déjà close.
msg-investigation-closed = L'analyse est close.
msg-issue-date-cannot-future = La date de délivrance ne peut pas être dans le futur.
msg-lead-auditor-must-able-run = L'auditeur principal doit pouvoir mener des audits sur ce site.
msg-new-parent-belongs-another-site = Le nouveau parent appartient à un autre site.
msg-owner-must-work-site = Le responsable doit travailler sur ce site.
msg-pack-not-ready-yet = Le dossier n'est pas encore prêt.
msg-period-ends-before-starts = La période finit avant de commencer.
msg-photo-could-not-read-image = La photo n'a pas pu être lue comme une image.
msg-photo-larger-than-12-000 = La photo dépasse 12 000 pixels de côté.
msg-request-larger-than-kb = La requête dépasse { $kb } Ko.
msg-rule-needs-freq-daily-weekly = La règle a besoin de FREQ (DAILY, WEEKLY, MONTHLY ou YEARLY).
msg-shift-has-not-started-yet = Le poste n'a pas encore commencé.
msg-site-already-has-reason-with = Le site a déjà un motif avec ce code.
msg-stored-pack-no-longer-matches = Le dossier enregistré ne correspond plus à son SHA-256.
msg-submission-date-cannot-future = La date de transmission ne peut pas être dans le futur.
msg-two-new-passwords-differ = Les deux nouveaux mots de passe diffèrent.
msg-data-submitted-after-year-ends = Les données { $year } se transmettent après la fin de l'année.
msg-summary-certified-after-year-ends = Le récapitulatif { $year } se certifie après la fin de l'année.
msg-answer-does-not-fit-item = Cette réponse ne convient pas au point.
msg-answer-does-not-fit-step = Cette réponse ne convient pas à l'étape.
msg-audit-already-signed-off = Cet audit est déjà signé.
msg-audit-signed-off = Cet audit est signé.
msg-audit-signed-off-answers-no = Cet audit est signé ; ses réponses ne changent plus.
msg-day-already-holiday = Ce jour est déjà férié.
msg-mail-address-too-long-254 = Cette adresse e-mail est trop longue (254 caractères au plus).
msg-event-already-has-osha-case = Cet événement a déjà un cas OSHA.
msg-evidence-link-record-not-file = Cette preuve est un lien ou un enregistrement, pas un fichier.
msg-file-no-longer-matches-sha = Ce fichier ne correspond plus au SHA-256 enregistré lors de son envoi : il a été modifié.
msg-finding-already-has-action = Ce constat a déjà son action.
msg-finding-closed = Ce constat est clos.
msg-framework-already-has-requirement-with = Ce référentiel a déjà une exigence avec cette référence.
msg-not-your-current-password = Ce n'est pas votre mot de passe actuel.
msg-not-your-password = Ce n'est pas votre mot de passe.
msg-operation-id-was-used-another = Cet identifiant d'opération a servi à une autre opération.
msg-password-too-common-choose-one = Ce mot de passe est trop courant ; choisissez-en un plus difficile à deviner.
msg-person-already-holds-role-there = Cette personne a déjà ce rôle là-bas.
msg-point-was-already-checked-today = Ce point a déjà été contrôlé aujourd'hui.
msg-reading-lower-than-last-one = Ce relevé ({ $value }) est inférieur au précédent ({ $last }). Si le compteur a été remis à zéro ou remplacé, marquez le relevé comme remise à zéro.
msg-rule-never-produces-date-example = Cette règle ne donne jamais de date (par exemple, il n'y a pas de 30 février) : vérifiez ses jours et ses mois.
msg-site-does-not-take-anonymous = Ce site n'accepte pas les signalements anonymes.
msg-surveillance-audit-was-held-before = Cet audit de surveillance a eu lieu avant la décision de certification ({ $date }) : enregistrez les audits de ce cycle.
msg-tag-already-closed = Cette étiquette est déjà close.
msg-tag-closed = Cette étiquette est close.
msg-type-exists-already = Ce type existe déjà.
msg-work-order-has-no-asset = Cet ordre de travail n'a pas d'équipement.
msg-too-many-wrong-passwords-account = Trop de mots de passe erronés pour ce compte : réessayez dans { $minutes } min.
msg-type-your-name-sign = Tapez votre nom pour signer.
msg-unknown-column-use = Colonne inconnue ; utilisez { $columns }.
msg-unknown-reminder-type = Type de rappel inconnu.
msg-upload-photo-first = Envoyez d'abord une photo.
msg-upload-file-before-submitting-review = Envoyez le fichier avant de le soumettre à la revue.
msg-upload-photo-work-order-first = Envoyez d'abord la photo sur cet ordre de travail.
msg-use-0-365-days = Utilisez de 0 à 365 jours.
msg-use-2-16-characters = Utilisez de 2 à 16 caractères.
msg-use-b-c = Utilisez A, B ou C.
msg-use-date-like-2019-06 = Utilisez une date comme 2019-06-30.
msg-use-date-like-2026-11 = Utilisez une date comme 2026-11-01.
msg-use-date-like-2026-11-2 = Utilisez une date comme 2026-11-22.
msg-use-date-like-2026-12 = Utilisez une date comme 2026-12-01.
msg-use-date-like-2026-12-2 = Utilisez une date comme 2026-12-25.
msg-use-date-like-2026-12-3 = Utilisez une date comme 2026-12-31.
msg-use-number-days-overdue-from = Utilisez un nombre de jours de retard de 1 à 365, ou laissez vide pour jamais.
msg-use-at-least-characters-more = Utilisez au moins { $min } caractères ({ $recommended } ou plus, c'est mieux).
msg-use-at-most-10-reminders = Utilisez au plus 10 rappels avant la date.
msg-use-daily-weekly-1-7 = Utilisez daily, weekly:1-7 ou monthly:1-31.
msg-use-letters-digits-only = Utilisez uniquement des lettres, des chiffres et '-'.
msg-use-letters-digits-only-2 = Utilisez uniquement des lettres, des chiffres et - _ . /
msg-use-letters-digits-only-3 = Utilisez uniquement des lettres, des chiffres, - et _.
msg-use-low-medium-high-urgent = Utilisez low, medium, high ou urgent.
msg-use-pending-sending-sent-failed = Utilisez pending, sending, sent ou failed.
msg-use-running-down-standby-retired = Utilisez running, down, standby ou retired.
msg-version-already-draft-edit-that = La version { $version } est déjà un brouillon : modifiez celle-là.
msg-work-order-already-exists-action = L'ordre de travail n°{ $number } existe déjà pour cette action.
msg-write = Écrivez-le ainsi : { $written }.
msg-write-something-leave-step-later = Écrivez quelque chose, ou laissez l'étape pour plus tard.
msg-write-investigation-first = Rédigez d'abord l'analyse.
msg-write-time-hh-mm-07 = Écrivez l'heure au format HH:MM, par ex. 07:30.
msg-you-cannot-deactivate-yourself = Vous ne pouvez pas vous désactiver vous-même.
msg-you-cannot-learn-before-happened = Vous ne pouvez pas l'apprendre avant qu'il ne se produise.
msg-you-cannot-revoke-your-own = Vous ne pouvez pas retirer votre propre rôle d'administrateur.
msg-no-asset-named-on-site = Aucun équipement « { $tag } » sur ce site.
msg-header-row-lacks-column = La ligne d'en-tête n'a pas de colonne « { $column } ».
msg-closed-wo-reopen-first = Un ordre de travail clos ne peut pas être modifié ; rouvrez-le d'abord.
msg-failed-check-needs-note = Un contrôle non conforme a besoin d'une note disant ce qui a été trouvé.
msg-framework-auditor-one-site = L'accès d'un auditeur limité à un référentiel vaut pour un seul site.
msg-meter-reading-negative = Un relevé ne peut pas être négatif sur un compteur cumulatif.
msg-meter-twelve-digits = Un compteur affiche au plus 12 chiffres : vérifiez ce relevé.
msg-new-due-date-past = Une nouvelle échéance ne peut pas être dans le passé ; nous sommes le { $today }.
msg-nonconformity-capa-root-cause = La CAPA d'une non-conformité a besoin de sa cause racine.
msg-percentage-0-100 = Un pourcentage de 0 à 100.
msg-period-start-future = Une période ne peut pas commencer dans le futur.
msg-published-version-immutable = Une version publiée ne peut pas être modifiée ; modifiez-la pour créer un nouveau brouillon.
msg-stop-over-31-days = Un arrêt de plus de 31 jours : vérifiez les dates.
msg-template-needs-item = Un modèle a besoin d'au moins un point pour être publié.
msg-user-email-exists = Un utilisateur avec cette adresse e-mail existe déjà.
msg-freq-not-supported = FREQ={ $freq } n'est pas pris en charge ; utilisez DAILY, WEEKLY, MONTHLY ou YEARLY.
msg-osha-kept-until = Les registres OSHA de { $year } sont conservés jusqu'au { $until } (5 ans après la fin de l'année) ; ce cas ne peut pas être supprimé avant le { $after }.
msg-wo-cannot-go = Un ordre de travail ne peut pas passer de « { $from } » à « { $to } ».
msg-wo-already-status = L'ordre de travail est déjà « { $status } ».
msg-capa-cannot-go = Cette action ne peut pas passer de « { $from } » à « { $to } ».
msg-evidence-cannot-be = Une preuve à l'état « { $from } » ne peut pas être { $action }.
msg-retry-only-failed = Seul un message en échec peut être renvoyé ; celui-ci est { $state }.
msg-wo-closed-meanwhile = L'ordre de travail n°{ $number } a été { $what } entre-temps{ $why } : plus rien ne peut y être enregistré.
msg-word-requested = Demandé
msg-word-open = Ouvert
msg-word-in-progress = En cours
msg-word-on-hold = En attente
msg-word-done = Terminé
msg-word-cancelled-label = Annulé
msg-word-capa-open = ouverte
msg-word-capa-in-progress = en cours
msg-word-capa-done = faite, en attente de vérification d'efficacité
msg-word-capa-verified = vérifiée efficace
msg-word-capa-reopened = rouverte
msg-word-draft = brouillon
msg-word-in-review = en revue
msg-word-approved = approuvée
msg-word-rejected = rejetée
msg-word-expired = expirée
msg-word-submitted = soumise
msg-word-revised = révisée
msg-word-pending = en attente
msg-word-sending = en cours d'envoi
msg-word-sent = envoyé
msg-word-failed = en échec
msg-word-cancelled = annulé
msg-word-completed = terminé
