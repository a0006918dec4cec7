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
