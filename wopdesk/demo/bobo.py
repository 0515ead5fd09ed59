"""The primary demo: ONEE (Morocco) mentors ONEA (Burkina Faso) in Bobo-Dioulasso.

A made-up partnership between real operators, written in French as its members would
write it. Amounts are in CFA francs (XOF), the partnership's currency; what the funder
pays in euros is entered in euros (1 EUR = 655.957 XOF, the fixed parity).

Public facts used below (docs/demo.md lists each with where it was read):

=====================================  ==============================================
Fact                                   Source
=====================================  ==============================================
ONEA, national operator of urban       World Bank, Gridlines note 53 (2010),
water in Burkina Faso                  "Corporatizing a water utility"
ONEA: 510,000 customers in 2020        ONEA board chair, press conference of
                                       29 April 2021 (Wakat Séra, L'Éco du Faso)
ONEA's switch to two-monthly meter     same press conference
reading, and the complaints it raised
ONEE mentors African operators,        pS-Eau letter 77 (April 2015); UN-Habitat
Burkina Faso among them; its IEA       WOP fact sheet ONEA–ONEE; ONEE director
institute trains them                  general, World Water Congress 2025
EU-funded WOPs coordinated by          Leral.net, December 2023 (ONAS–ONEE WOP)
GWOPA/UN-Habitat
Bobo-Dioulasso: 903,887 residents      INSD, 5th RGPH 2019, reported by
                                       L'Express du Faso
Nasso treatment station: 52,000 m³/d,  Ministry of Water (mea.gov.bf), 12 June
raw water pH about 5.5, neutralised;   2020; L'Express du Faso, 15 Nov 2022
axes Nasso–Bolomakoté and Nasso–Bama
ONEA's loss-reduction teams work in    Burkinainfo, 24 August 2021
Ouagadougou and Bobo-Dioulasso
Alternating supply in the hot season   Burkina24, 6 April 2018;
                                       L'Express du Faso, 14 March 2024
Public bodies are ONEA's largest       L'Économiste du Faso, 8 August 2018
debtors
=====================================  ==============================================

No public source gives Bobo-Dioulasso's non-revenue water, continuity, pipe breaks,
collection ratio, complaints or chlorine compliance: every reading is illustrative and
its note says so ("Démo : valeur illustrative"). People are invented.
"""

import datetime as dt
from decimal import Decimal

from wopdesk.demo.spec import (
    ActionPlan,
    ActionRow,
    BudgetLineRow,
    Capacity,
    Contribution,
    DemoSpec,
    ExchangeRate,
    Expense,
    Finding,
    Learning,
    LearningPeople,
    OutputRow,
    Person,
    Progress,
    Stage,
    Target,
    Track,
    Utility,
    Visit,
)
from wopdesk.domain import vocab as v

D = dt.date
EUR_XOF = 655.957  # fixed parity of the CFA franc (BCEAO)

# It sorts first among the demos: with no partnership remembered, the app opens it.
TITLE = "Bobo-Dioulasso — ONEE et ONEA\u00a0: une eau continue et sûre"

UTILITIES = (
    Utility(
        "mentor",
        "Office National de l'Électricité et de l'Eau Potable (ONEE – Branche Eau)",
        "Maroc",
        "Rabat",
        v.UtilityKind.BOTH,
        None,
        None,
    ),
    Utility(
        "mentee",
        "Office National de l'Eau et de l'Assainissement (ONEA)",
        "Burkina Faso",
        "Direction régionale de Bobo-Dioulasso (Hauts-Bassins)",
        v.UtilityKind.BOTH,
        None,
        510_000,  # customers in 2020, ONEA press conference of 29 April 2021
    ),
)

M, E, C = v.Role.MENTOR, v.Role.MENTEE, v.Role.COORDINATOR
PEOPLE = (
    Person(
        "maria",
        "Nadia Benjelloun",
        "mentor",
        "Cheffe de division réduction des pertes",
        "n.benjelloun@onee.example",
        M,
    ),
    Person(
        "joao",
        "Youssef El Amrani",
        "mentor",
        "Responsable gestion clientèle",
        "y.elamrani@onee.example",
        M,
    ),
    Person(
        "andres",
        "Hicham Tazi",
        "mentor",
        "Chimiste, laboratoire de contrôle qualité",
        "h.tazi@onee.example",
        M,
    ),
    Person(
        "aissatou",
        "Aïssata Traoré",
        "mentee",
        "Cheffe du service exploitation",
        "a.traore@onea.example",
        E,
    ),
    Person(
        "mamadou",
        "Issouf Sanou",
        "mentee",
        "Technicien réseau, cellule réduction des pertes",
        "i.sanou@onea.example",
        E,
    ),
    Person(
        "fatou",
        "Mariam Ouattara",
        "mentee",
        "Cheffe d'agence commerciale",
        "m.ouattara@onea.example",
        E,
    ),
    Person(
        "ibrahima",
        "Boureima Sawadogo",
        "mentee",
        "Technicien de laboratoire, station de Nasso",
        "b.sawadogo@onea.example",
        E,
    ),
    Person(
        "clara",
        "Clara Esteban Ruiz",
        None,
        "Chargée de programme WOP",
        "c.esteban@wop-programme.example",
        C,
    ),
)

PARTNERSHIP = {
    "title": TITLE,
    "mentor": "mentor",
    "mentee": "mentee",
    "type": v.PartnershipType.SOUTH_SOUTH,
    "planned_start": D(2024, 3, 1),
    "planned_end": D(2027, 6, 30),
    "actual_start": D(2024, 3, 18),
    "currency": "XOF",
    "objectives": "Ramener l'eau non facturée de Bobo-Dioulasso de 27,6\u202f% à 22\u202f%, tenir "
    "21,5 heures de service par jour en moyenne malgré la saison chaude, porter le taux "
    "de recouvrement à 95\u202f% et rendre conformes 95\u202f% des contrôles de chlore résiduel, "
    "en renforçant les équipes de la direction régionale.",
    "location": "Bobo-Dioulasso, Burkina Faso",
    "phase": v.WopPhase.IMPLEMENTATION,
    "status": v.PartnershipStatus.ACTIVE,
    "code_of_conduct_date": D(2024, 3, 18),
}

TRACKS = (
    Track(
        "nrw",
        "Réduire les pertes par la sectorisation",
        v.WorkingArea.NON_REVENUE_WATER,
        "maria",
        "mamadou",
        "Le réseau n'est pas sectorisé\u00a0: les pertes ne se lisent qu'en bloc, entre les "
        "volumes produits à Nasso et les volumes facturés.",
    ),
    Track(
        "billing",
        "Relève bimestrielle et recouvrement",
        v.WorkingArea.BILLING_COLLECTION,
        "joao",
        "fatou",
        "Depuis le passage à la relève bimestrielle, les réclamations pour factures "
        "élevées ont augmenté\u202f; les arriérés des administrations pèsent sur le recouvrement.",
    ),
    Track(
        "quality",
        "Qualité de l'eau, de Nasso au robinet",
        v.WorkingArea.WATER_SAFETY_QUALITY,
        "andres",
        "ibrahima",
        "L'eau brute de Nasso est agressive (pH voisin de 5,5) et doit être neutralisée\u202f; "
        "le chlore résiduel n'est suivi qu'en quelques points du réseau.",
    ),
)

# One reading a quarter, 31 March 2024 to 30 September 2026; the third (30 September 2024,
# just before the joint diagnosis) is the baseline. All illustrative.
TARGETS = (
    Target(
        "nrw",
        "IBNET-NRW-PCT",
        22.0,
        (28.4, 28.9, 27.6, 27.9, 28.6, 27.1, 26.4, 26.0, 25.7, 24.9, 24.3),
        ((D(2025, 6, 30), 26.5), (D(2026, 6, 30), 24.5)),
    ),
    Target(
        "nrw",
        "IBNET-CONTINUITY",
        21.5,
        (17.5, 16.8, 19.0, 19.4, 17.2, 18.1, 20.2, 20.6, 19.3, 19.8, 21.0),
    ),
    Target(
        "nrw", "IBNET-PIPE-BREAKS", 1.0, (1.9, 2.1, 1.8, 1.9, 1.7, 1.6, 1.5, 1.5, 1.3, 1.2, 1.2)
    ),
    Target(
        "billing",
        "IBNET-COLLECTION-RATIO",
        95.0,
        (86.0, 84.0, 85.0, 83.0, 87.0, 88.0, 89.0, 90.0, 90.0, 91.0, 92.0),
        ((D(2025, 6, 30), 88.0), (D(2026, 6, 30), 91.0)),
    ),
    Target(
        "billing",
        "IBNET-COMPLAINTS",
        5.0,
        (9.5, 11.2, 12.4, 11.8, 10.6, 9.9, 8.7, 8.1, 7.6, 7.0, 6.8),
    ),
    Target(
        "quality",
        "IBNET-CL-PASS",
        95.0,
        (78.0, 76.0, 79.0, 81.0, 80.0, 84.0, 87.0, 88.0, 90.0, 91.0, 93.0),
        ((D(2025, 6, 30), 84.0), (D(2026, 6, 30), 90.0)),
    ),
)

FINDINGS = (
    Finding(
        "f1",
        "nrw",
        v.FindingArea.TECHNICAL,
        "Aucun secteur n'a de compteur d'entrée\u00a0: les pertes ne peuvent pas être localisées.",
        "Les extensions récentes ont été raccordées sans compteurs de sectorisation.",
        v.Priority.HIGH,
    ),
    Finding(
        "f2",
        "nrw",
        v.FindingArea.MANAGERIAL,
        "Une fuite signalée est réparée en quatre jours en moyenne.",
        "Les bons d'intervention sont sur papier et aucun délai n'est suivi.",
        v.Priority.HIGH,
    ),
    Finding(
        "f3",
        "billing",
        v.FindingArea.FINANCIAL,
        "Les arriérés des administrations et des collectivités pèsent sur le recouvrement.",
        "Les factures des bâtiments publics n'ont pas d'interlocuteur désigné.",
        v.Priority.HIGH,
    ),
    Finding(
        "f4",
        "billing",
        v.FindingArea.ORGANISATIONAL,
        "Le fichier clients ne correspond plus au terrain dans les quartiers lotis récemment.",
        "Aucune procédure n'enregistre les branchements posés par les entreprises.",
        v.Priority.MEDIUM,
    ),
    Finding(
        "f5",
        "quality",
        v.FindingArea.TECHNICAL,
        "Le chlore résiduel n'est mesuré qu'en cinq points, deux fois par semaine.",
        "Un seul comparateur pour tout le réseau.",
        v.Priority.MEDIUM,
    ),
    Finding(
        "f6",
        "quality",
        v.FindingArea.MANAGERIAL,
        "Pas de plan de gestion de la sécurité sanitaire de l'eau pour le système de Nasso.",
        "L'équipe n'a jamais été formée à l'approche par les risques.",
        v.Priority.LOW,
    ),
)

ALL_HANDS = ("maria", "joao", "andres", "aissatou", "mamadou", "fatou")
VISITS = (
    Visit(
        "first",
        "Première mission\u00a0: diagnostic conjoint",
        D(2024, 10, 14),
        D(2024, 10, 18),
        v.VisitState.FINAL,
        D(2025, 3, 10),
        "Confirmer le diagnostic sur le terrain et choisir le premier secteur pilote.",
        "Visite de la station de Nasso et de ses forages\u202f; mesure de débit de nuit à "
        "l'entrée de Bolomakoté\u202f; cartographie de la relève et de la facturation à "
        "l'agence commerciale\u202f; prélèvements de chlore résiduel en 12 points.",
        "La mesure de nuit à Bolomakoté donne un débit minimum de 95 m³/h là où l'on "
        "attendait environ 40 m³/h\u00a0: de grosses fuites sur les conduites anciennes. "
        "L'équipe a appris à lire la courbe de débit de nuit sur place. Relève\u00a0: 6 "
        "tournées sur 40 dépassent leur délai. Le laboratoire de Nasso est bien tenu "
        "mais manque de réactifs DPD.",
        ALL_HANDS,
        "Le débit minimum de nuit de Bolomakoté est plus du double de l'attendu.",
        "nrw",
        (
            "Mesure de débit de nuit à l'entrée de Bolomakoté",
            "Regard de vanne qui fuit, secteur 24",
            "File d'attente à l'agence commerciale un lundi matin",
        ),
    ),
    Visit(
        "v2",
        "Deuxième mission\u00a0: préparer la saison chaude",
        D(2025, 3, 10),
        D(2025, 3, 14),
        v.VisitState.FINAL,
        D(2025, 9, 15),
        "Préparer la distribution alternée de la saison chaude et poser les premiers "
        "compteurs de sectorisation.",
        "Essai du programme de distribution alternée avec le centre de dispatching de "
        "Bolomakoté\u202f; pose d'un débitmètre à l'entrée du secteur pilote\u202f; atelier "
        "sur les réclamations liées à la relève bimestrielle.",
        "Le programme de distribution alternée tient sur une page par secteur. Le premier "
        "débitmètre enregistre depuis le 12 mars. À l'agence, 40\u202f% des réclamations "
        "viennent de relevés estimés faute d'accès au compteur.",
        ALL_HANDS,
        "Les hauts de Belle-Ville manquent d'eau dès que la demande dépasse la production.",
        "nrw",
        (
            "Débitmètre posé à l'entrée du secteur pilote",
            "Salle de commande du centre de dispatching de Bolomakoté",
        ),
    ),
    Visit(
        "v3",
        "Troisième mission\u00a0: recherche active de fuites",
        D(2025, 9, 15),
        D(2025, 9, 19),
        v.VisitState.FINAL,
        D(2026, 3, 16),
        "Former une équipe à la recherche active de fuites et suivre le recouvrement.",
        "Recherche de fuites au microphone de sol dans Bolomakoté\u202f; revue des arriérés "
        "des administrations avec l'agence commerciale\u202f; contrôle des électrolyseurs de "
        "Nasso.",
        "Quatorze fuites trouvées en trois nuits, dont neuf invisibles en surface. Le "
        "débit de nuit de Bolomakoté est passé de 95 à 71 m³/h après les réparations. Le "
        "suivi mensuel des arriérés a fait rentrer une partie des factures des écoles.",
        ALL_HANDS,
        "Les réparations de branchements ne sont pas contrôlées après remblai.",
        "nrw",
        (
            "Écoute au microphone de sol, Bolomakoté",
            "Fuite sur branchement mise à nu",
        ),
    ),
    Visit(
        "v4",
        "Quatrième mission\u00a0: bilan à mi-parcours",
        D(2026, 3, 16),
        D(2026, 3, 20),
        v.VisitState.FINAL,
        D(2026, 10, 12),
        "Faire le bilan à mi-parcours avec la direction régionale et ajuster le plan d'action.",
        "Revue des indicateurs avec la direction régionale\u202f; audit du circuit des "
        "réclamations\u202f; visite des trois secteurs équipés.",
        "Le débit de nuit de Bolomakoté se maintient sous 70 m³/h. Les réclamations pour "
        "facture élevée ont baissé mais leur traitement dépasse encore trois semaines. "
        "Les terminaux de relève ne sont toujours pas achetés\u00a0: le marché est relancé.",
        ALL_HANDS,
        "Le traitement d'une réclamation pour facture élevée prend plus de trois semaines.",
        "billing",
        ("Revue des indicateurs avec la direction régionale",),
    ),
    Visit(
        "second",
        "Cinquième mission\u00a0: secteurs, réclamations et stock de pièces",
        D(2026, 10, 12),
        D(2026, 10, 16),
        v.VisitState.DRAFT,
        D(2027, 3, 15),
        "Suivre le plan d'action, former au corrélateur acoustique et auditer la "
        "chloration de Nasso.",
        "Recherche de fuites au corrélateur dans le secteur 24\u202f; revue du suivi des "
        "arriérés\u202f; audit de la salle de chloration\u202f; atelier de programmation 2027.",
        "Issouf a conduit seul la mesure de nuit de Belle-Ville. Le recouvrement atteint "
        "92\u202f% sur le trimestre. Une pompe doseuse a été remplacée à Nasso mais aucune "
        "membrane de rechange n'est en stock.",
        ALL_HANDS,
        "Aucune pièce de rechange en stock pour les pompes doseuses de Nasso.",
        "nrw",
        (
            "Formation au corrélateur acoustique, secteur 24",
            "Nouveau débitmètre à l'entrée de Belle-Ville",
            "Salle de chloration de Nasso après le remplacement de la pompe",
        ),
    ),
)

A = v.ActionStatus
ACTIONS = (
    ActionRow(
        "a1",
        "nrw",
        "Poser des débitmètres à l'entrée de Bolomakoté, de Belle-Ville et du secteur 24",
        "mamadou",
        D(2025, 6, 30),
        A.DONE,
        100,
        "f1",
        None,
    ),
    ActionRow(
        "a2",
        "nrw",
        "Tenir un registre des bons d'intervention et publier chaque mois le délai de "
        "réparation des fuites",
        "aissatou",
        D(2026, 6, 30),
        A.IN_PROGRESS,
        60,
        "f2",
        None,
    ),
    ActionRow(
        "a3",
        "nrw",
        "Refaire la mesure de débit de nuit à Belle-Ville et dans le secteur 24",
        "mamadou",
        D(2026, 9, 30),
        A.IN_PROGRESS,
        40,
        None,
        "first",
    ),
    ActionRow(
        "a4",
        "billing",
        "Désigner un interlocuteur pour les factures des administrations et suivre leurs "
        "arriérés chaque mois",
        "fatou",
        D(2026, 8, 31),
        A.DONE,
        100,
        "f3",
        None,
    ),
    ActionRow(
        "a5",
        "billing",
        "Mettre à jour le fichier clients des quartiers lotis récemment par une enquête "
        "porte-à-porte",
        "fatou",
        D(2027, 3, 31),
        A.PLANNED,
        0,
        "f4",
        None,
    ),
    ActionRow(
        "a6",
        "billing",
        "Acheter des terminaux de relève portables",
        "aissatou",
        D(2026, 3, 31),
        A.BLOCKED,
        10,
        "f3",
        None,
    ),
    ActionRow(
        "a7",
        "quality",
        "Suivre le chlore résiduel en 12 points, trois fois par semaine",
        "ibrahima",
        D(2025, 12, 31),
        A.DONE,
        100,
        "f5",
        None,
    ),
    ActionRow(
        "a8",
        "quality",
        "Rédiger le plan de gestion de la sécurité sanitaire de l'eau du système de Nasso",
        "ibrahima",
        D(2027, 1, 31),
        A.PLANNED,
        0,
        "f6",
        None,
    ),
    ActionRow(
        "a9",
        "quality",
        "Construire un second laboratoire en ville",
        "aissatou",
        D(2026, 12, 31),
        A.DROPPED,
        0,
        "f5",
        None,
    ),
    ActionRow(
        "a10",
        "quality",
        "Constituer un stock de membranes et de clapets pour les pompes doseuses",
        "ibrahima",
        D(2026, 11, 30),
        A.PLANNED,
        0,
        None,
        "second",
    ),
    ActionRow(
        "a11",
        "nrw",
        "Réparer les fuites trouvées au corrélateur dans le secteur 24",
        "mamadou",
        D(2026, 11, 15),
        A.IN_PROGRESS,
        70,
        None,
        "second",
    ),
    ActionRow(
        "a12",
        "nrw",
        "Publier le programme de distribution alternée par secteur et l'annoncer par SMS",
        "aissatou",
        D(2025, 4, 15),
        A.DONE,
        100,
        None,
        "v2",
    ),
    ActionRow(
        "a13",
        "nrw",
        "Contrôler chaque réparation de branchement avant remblai",
        "mamadou",
        D(2026, 1, 31),
        A.DONE,
        100,
        None,
        "v3",
    ),
    ActionRow(
        "a14",
        "billing",
        "Traiter les réclamations pour facture élevée en moins de dix jours",
        "fatou",
        D(2026, 9, 30),
        A.IN_PROGRESS,
        50,
        None,
        "v4",
    ),
)

F = v.LearningForm
LEARNING = (
    Learning(
        "l1",
        "nrw",
        F.FORMAL_COURSE,
        D(2024, 12, 9),
        "Bilan hydraulique et composantes des pertes (méthode IWA)",
        "maria",
        ("mamadou", "aissatou"),
        16.0,
        "Bilan hydraulique",
        1,
        3,
        None,
        None,
    ),
    Learning(
        "l2",
        "nrw",
        F.SITE_VISIT,
        D(2024, 10, 16),
        "Mesure de débit de nuit dans un secteur",
        "maria",
        ("mamadou",),
        6.0,
        "Mesure de débit de nuit",
        1,
        3,
        "first",
        "Issouf a mesuré seul le débit de nuit de Bolomakoté en décembre 2024\u202f; "
        "rapport déposé.",
    ),
    Learning(
        "l3",
        "billing",
        F.ON_THE_JOB,
        D(2024, 10, 17),
        "Cartographie du processus de relève et de facturation",
        "joao",
        ("fatou",),
        8.0,
        "Cartographie des processus",
        2,
        3,
        "first",
        "Nouveau calendrier des tournées de relève adopté par l'agence commerciale.",
    ),
    Learning(
        "l4",
        "quality",
        F.PEER_PROBLEM_SOLVING,
        D(2025, 1, 22),
        "Pourquoi le chlore résiduel chute en bout de réseau",
        "andres",
        ("ibrahima",),
        3.0,
        "Décroissance du chlore",
        2,
        4,
        None,
        "Un point de rechloration a été ajouté sur l'axe Nasso–Bama.",
    ),
    Learning(
        "l5",
        "billing",
        F.JOINT_PLANNING_WORK,
        D(2025, 3, 12),
        "Plan de suivi des arriérés des administrations",
        "joao",
        ("fatou", "aissatou"),
        12.0,
        "Recouvrement",
        2,
        4,
        "v2",
        "Le suivi mensuel des arriérés tourne depuis mai 2025.",
    ),
    Learning(
        "l6",
        "nrw",
        F.EXPOSURE_VISIT,
        D(2025, 6, 16),
        "Voyage d'étude à l'Institut international de l'eau et de l'assainissement (IEA) "
        "de l'ONEE\u00a0: recherche de fuites",
        "maria",
        ("mamadou", "aissatou"),
        32.0,
        "Recherche active de fuites",
        2,
        4,
        None,
        None,
    ),
    Learning(
        "l7",
        "quality",
        F.REMOTE_SESSION,
        D(2026, 5, 6),
        "Lecture d'un modèle de plan de gestion de la sécurité sanitaire de l'eau",
        "andres",
        ("ibrahima",),
        2.0,
        "Sécurité sanitaire de l'eau",
        1,
        2,
        None,
        None,
    ),
    Learning(
        "l8",
        "nrw",
        F.SITE_VISIT,
        D(2026, 10, 13),
        "Détection de fuites au corrélateur acoustique",
        "maria",
        ("mamadou",),
        5.0,
        "Recherche active de fuites",
        3,
        4,
        "second",
        None,
    ),
    Learning(
        "l9",
        "nrw",
        F.ON_THE_JOB,
        D(2025, 9, 17),
        "Écoute des fuites au microphone de sol, de nuit, à Bolomakoté",
        "maria",
        ("mamadou",),
        9.0,
        "Recherche active de fuites",
        2,
        3,
        "v3",
        None,
    ),
    Learning(
        "l10",
        "billing",
        F.JOINT_PLANNING_WORK,
        D(2026, 3, 18),
        "Revue à mi-parcours du plan d'action",
        "joao",
        ("fatou", "aissatou", "mamadou"),
        4.0,
        "Pilotage du plan d'action",
        1,
        2,
        "v4",
        None,
    ),
)

GRANT_EUR = 150_000
CONTRIBUTIONS = (
    Contribution(
        "donor",
        "Programme EU-WOP (Union européenne)",
        None,
        v.ContributionKind.CASH,
        round(GRANT_EUR * EUR_XOF),
        f"Subvention de {GRANT_EUR:,} EUR".replace(",", " ")
        + " (parité fixe 1 EUR = 655,957 XOF). Démo\u00a0: montant illustratif.",
    ),
    Contribution(
        "mentor",
        "ONEE – Branche Eau",
        "mentor",
        v.ContributionKind.IN_KIND,
        26_000_000,
        "Temps des experts valorisé. Démo\u00a0: montant illustratif.",
    ),
    Contribution(
        "mentee",
        "ONEA",
        "mentee",
        v.ContributionKind.IN_KIND,
        9_800_000,
        "Temps des agents, véhicules et salle de réunion. Démo\u00a0: montant illustratif.",
    ),
)

X = v.ExpenseCategory
EXPENSES = (
    Expense(
        D(2024, 10, 13), X.TRAVEL, 2_350, "EUR", False, "Billets Casablanca–Ouagadougou, 3 experts"
    ),
    Expense(
        D(2024, 10, 13), X.TRAVEL, 420_000, "XOF", False, "Véhicule Ouagadougou–Bobo-Dioulasso A/R"
    ),
    Expense(
        D(2024, 10, 14), X.ACCOMMODATION, 1_050_000, "XOF", False, "Hôtel, 3 personnes × 5 nuits"
    ),
    Expense(
        D(2024, 10, 14), X.PER_DIEM, 900_000, "XOF", False, "Indemnités journalières, 1re mission"
    ),
    Expense(
        D(2024, 10, 14), X.STAFF_TIME, 4_600_000, "XOF", True, "Temps des experts, 1re mission"
    ),
    Expense(
        D(2025, 2, 20),
        X.EQUIPMENT,
        16_800,
        "EUR",
        False,
        "Trois débitmètres électromagnétiques et enregistreurs",
    ),
    Expense(D(2025, 3, 9), X.TRAVEL, 2_410, "EUR", False, "Billets, 2e mission"),
    Expense(D(2025, 3, 10), X.ACCOMMODATION, 1_050_000, "XOF", False, "Hôtel, 2e mission"),
    Expense(D(2025, 6, 14), X.TRAVEL, 1_980, "EUR", False, "Voyage d'étude au Maroc, 2 agents"),
    Expense(D(2025, 9, 14), X.TRAVEL, 2_280, "EUR", False, "Billets, 3e mission"),
    Expense(
        D(2025, 9, 15),
        X.EQUIPMENT,
        9_600,
        "EUR",
        False,
        "Corrélateur acoustique et deux microphones de sol",
    ),
    Expense(D(2025, 9, 15), X.ACCOMMODATION, 1_050_000, "XOF", False, "Hôtel, 3e mission"),
    Expense(D(2026, 3, 15), X.TRAVEL, 2_520, "EUR", False, "Billets, 4e mission"),
    Expense(D(2026, 3, 16), X.ACCOMMODATION, 1_120_000, "XOF", False, "Hôtel, 4e mission"),
    Expense(D(2026, 10, 11), X.TRAVEL, 2_640, "EUR", False, "Billets, 5e mission"),
    Expense(D(2026, 10, 12), X.ACCOMMODATION, 1_120_000, "XOF", False, "Hôtel, 5e mission"),
    Expense(
        D(2026, 10, 12),
        X.EQUIPMENT,
        310_000,
        "XOF",
        False,
        "Réactifs DPD pour le laboratoire de Nasso",
    ),
)

K = v.CapacityDimension
CAPACITY = (
    Capacity(
        "nrw", K.KNOWLEDGE_SKILLS, 2, 2, None, "Mesures de nuit conduites par l'équipe de Bobo"
    ),
    Capacity(
        "nrw",
        K.SYSTEMS,
        1,
        2,
        "Registre des bons d'intervention encore sur papier",
        "Les débitmètres donnent des volumes par secteur pour la première fois",
    ),
    Capacity(
        "billing",
        K.WORKING_ROUTINES,
        1,
        1,
        "Terminaux de relève pas encore achetés",
        "Suivi mensuel des arriérés",
    ),
    Capacity(
        "billing", K.LEADERSHIP, 1, 1, None, "La direction régionale préside la revue mensuelle"
    ),
    Capacity(
        "quality", K.INFRASTRUCTURE_EQUIPMENT, 0, 1, "Budget du laboratoire réduit en 2026", None
    ),
    Capacity(
        "quality", K.MOTIVATION, 2, 2, None, "L'équipe du laboratoire est fière de ses résultats"
    ),
)

PROGRESS = (
    Progress(
        D(2026, 4, 1),
        D(2026, 6, 30),
        v.ProgressStatus.ON_TRACK,
        None,
        "Le trimestre a tenu le plan : la sectorisation du centre-ville est achevée et "
        "l'eau non facturée continue de baisser.",
        "Trois secteurs de comptage posés et suivis chaque semaine ; campagne de "
        "recouvrement auprès des grands comptes.",
        "Coupures d'électricité à la station de Nasso pendant la saison chaude.",
        "Les relevés hebdomadaires des secteurs motivent les équipes plus que les "
        "rapports mensuels.",
        "Étendre la sectorisation aux quartiers nord ; former deux techniciens de plus "
        "à la recherche de fuites.",
        "clara",
        ("maria", D(2026, 7, 10)),
        ("aissatou", D(2026, 7, 12)),
    ),
    Progress(
        D(2026, 7, 1),
        D(2026, 9, 30),
        v.ProgressStatus.AT_RISK,
        "Le budget du laboratoire a été réduit et deux missions ont été reportées.",
        "Un trimestre plus lent : la qualité de l'eau reste conforme mais le plan de "
        "recherche de fuites a pris du retard.",
        "Contrôles de chlore résiduel conformes ; nouveau tableau de bord du recouvrement.",
        "Deux missions de l'équipe de l'ONEE reportées ; budget du laboratoire réduit.",
        "Prévoir les missions hors de la saison des pluies.",
        "Rattraper les missions reportées en novembre ; présenter le budget 2027.",
        "clara",
        None,
        None,
    ),
)

# The results chain: what each track delivers, and which actions serve it. Estimated
# costs are in CFA francs and illustrative (no public source gives them).
OS = v.OutputStatus
OUTPUTS = (
    OutputRow(
        "secteurs",
        "nrw",
        "Secteurs de Bolomakoté, Belle-Ville et 24 équipés de débitmètres et suivis",
        "Chaque secteur pilote a son débitmètre d'entrée, relevé chaque mois et comparé aux "
        "volumes facturés.",
        D(2025, 9, 30),
        OS.DELIVERED,
        "Procès-verbal de réception des débitmètres et premier bilan mensuel par secteur",
        D(2025, 7, 15),
    ),
    OutputRow(
        "plan-pertes",
        "nrw",
        "Plan de réduction des pertes adopté par la direction régionale",
        "Pertes par secteur, causes, réparations prioritaires et délais, validés par la "
        "direction régionale de Bobo-Dioulasso.",
        D(2027, 3, 31),
        OS.IN_PROGRESS,
        None,
        None,
    ),
    OutputRow(
        "fichier-clients",
        "billing",
        "Fichier clients à jour dans les quartiers lotis récemment",
        "Chaque branchement des nouveaux lotissements a son abonné, son compteur et sa tournée "
        "de relève. Démo\u00a0: coûts estimés des actions illustratifs.",
        D(2027, 4, 30),
        OS.PLANNED,
        None,
        None,
    ),
    OutputRow(
        "reclamations",
        "billing",
        "Procédure de suivi des réclamations et des arriérés des administrations appliquée",
        "Un interlocuteur par administration, un registre des réclamations et un délai de "
        "réponse suivi chaque mois.",
        D(2026, 12, 31),
        OS.IN_PROGRESS,
        None,
        None,
    ),
    OutputRow(
        "chlore",
        "quality",
        "Suivi du chlore résiduel en routine sur le réseau",
        "Douze points de prélèvement, trois mesures par semaine, consignées et transmises au "
        "laboratoire.",
        D(2025, 12, 31),
        OS.DELIVERED,
        "Registre des mesures de chlore tenu depuis janvier 2026, vérifié lors de la mission "
        "de mars",
        D(2026, 1, 15),
    ),
    OutputRow(
        "pgsse",
        "quality",
        "Plan de gestion de la sécurité sanitaire de l'eau du système de Nasso validé",
        "Dangers de la ressource au robinet, mesures de maîtrise et surveillance, validés par "
        "la direction de l'ONEA. Démo\u00a0: coûts estimés des actions illustratifs.",
        D(2027, 3, 31),
        OS.PLANNED,
        None,
        None,
    ),
)
ACTION_PLANS = (
    ActionPlan("a1", "secteurs", D(2025, 3, 3)),
    ActionPlan("a3", "secteurs", D(2026, 4, 6)),
    ActionPlan("a2", "plan-pertes", D(2025, 9, 1)),
    ActionPlan("a11", "plan-pertes", D(2026, 6, 1)),
    ActionPlan("a13", "plan-pertes", D(2025, 8, 4)),
    ActionPlan("a5", "fichier-clients", D(2027, 1, 4), Decimal(4_500_000)),
    ActionPlan("a6", "fichier-clients", D(2025, 10, 1), Decimal(9_000_000)),
    ActionPlan("a4", "reclamations", D(2026, 3, 2)),
    ActionPlan("a14", "reclamations", D(2026, 4, 1)),
    ActionPlan("a7", "chlore", D(2025, 9, 1)),
    ActionPlan("a8", "pgsse", D(2026, 10, 5)),
    ActionPlan("a10", "pgsse", D(2026, 9, 1), Decimal(2_500_000)),
)

# Who took part in each learning entry (l4 names its one trainee and gives no counts).
# Démo : effectifs illustratifs.
LEARNING_PEOPLE = (
    LearningPeople("l1", None, 5, 9, 0),
    LearningPeople("l2", None, 1, 3, 0),
    LearningPeople("l3", None, 2, 1, 0),
    LearningPeople("l5", 6, 3, 2, 1),
    LearningPeople("l6", None, 1, 3, 0),
    LearningPeople("l7", 8, 2, 3, 3),
    LearningPeople("l8", None, 0, 5, 0),
    LearningPeople("l9", None, 0, 4, 0),
    LearningPeople("l10", None, 4, 5, 0),
)

# The stage of change each track reached, oldest first.
STAGES = (
    Stage(
        "nrw",
        v.ChangeStage.PLANNED,
        D(2024, 11, 15),
        "Plan de sectorisation validé par la direction régionale après le diagnostic conjoint.",
        "maria",
    ),
    Stage(
        "nrw",
        v.ChangeStage.PILOTED,
        D(2025, 10, 30),
        "Secteur pilote isolé et équipé d'un débitmètre ; le débit de nuit y est relevé "
        "chaque semaine par l'équipe de la direction régionale.",
        "maria",
    ),
    Stage(
        "billing",
        v.ChangeStage.PLANNED,
        D(2024, 11, 15),
        "Procédure révisée de relève et de recouvrement inscrite au plan d'action.",
        "joao",
    ),
    Stage(
        "billing",
        v.ChangeStage.PILOTED,
        D(2025, 6, 30),
        "Procédure révisée essayée dans une agence pendant deux cycles de facturation.",
        "joao",
    ),
    Stage(
        "billing",
        v.ChangeStage.ADOPTED,
        D(2026, 6, 30),
        "Note de service de la direction régionale : toutes les agences suivent la "
        "procédure révisée ; le tableau de bord du recouvrement est revu chaque mois.",
        "joao",
    ),
    Stage(
        "quality",
        v.ChangeStage.PLANNED,
        D(2025, 2, 10),
        "Plan de gestion de la sécurité sanitaire de l'eau retenu comme méthode.",
        "andres",
    ),
    Stage(
        "quality",
        v.ChangeStage.PILOTED,
        D(2026, 5, 20),
        "Plan de gestion de la sécurité sanitaire essayé sur la station de Nasso ; "
        "contrôles du chlore résiduel en bout de réseau consignés au registre.",
        "andres",
    ),
)

SPEC = DemoSpec(
    prefix="",
    utilities=UTILITIES,
    people=PEOPLE,
    partnership=PARTNERSHIP,
    team="Équipe conjointe ONEE – ONEA (direction régionale de Bobo-Dioulasso)",
    tracks=TRACKS,
    targets=TARGETS,
    first_period=D(2024, 3, 31),
    baseline_reading=2,
    target_date=D(2027, 6, 30),
    frequency="trimestrielle",
    verification="Rapport mensuel d'exploitation de la direction régionale, vérifié à chaque "
    "mission. Démo\u00a0: valeurs illustratives, aucune source publique ne les donne.",
    reading_source="Rapport mensuel d'exploitation, DR ONEA Bobo-Dioulasso",
    reading_note="Démo\u00a0: valeur illustrative.",
    findings=FINDINGS,
    diagnosis_evidence="Atelier de diagnostic conjoint, Bobo-Dioulasso, octobre 2024",
    diagnosis_date=D(2024, 10, 18),
    site="Bobo-Dioulasso — station de Nasso et réseau de distribution",
    latitude=11.1833,
    longitude=-4.2833,
    visits=VISITS,
    actions=ACTIONS,
    learning=LEARNING,
    contributions=CONTRIBUTIONS,
    expenses=EXPENSES,
    capacity=CAPACITY,
    capacity_date=D(2026, 6, 30),
    outputs=OUTPUTS,
    action_plans=ACTION_PLANS,
    progress=PROGRESS,
    budget_lines=(
        BudgetLineRow(
            "grant",
            v.ExpenseCategory.OTHER,
            "Programme EU-WOP (Union européenne)",
            "Toute la subvention\u00a0: missions, équipement, indemnités. Démo\u00a0: montant "
            "illustratif, celui de la contribution.",
            GRANT_EUR,
            "EUR",
            False,
        ),
        BudgetLineRow(
            "onee",
            v.ExpenseCategory.STAFF_TIME,
            "ONEE – Branche Eau",
            "Temps des experts valorisé (en nature). Démo\u00a0: montant de la contribution.",
            26_000_000,
            "XOF",
            True,
        ),
    ),
    rates=(
        ExchangeRate(
            D(1999, 1, 1),
            "EUR",
            "XOF",
            EUR_XOF,
            "Parité fixe du franc CFA\u00a0: 1 EUR = 655,957 XOF depuis le 1er janvier 1999 "
            "(décision 98/683/CE du Conseil de l'UE\u00a0; BCEAO)",
        ),
    ),
    learning_people=LEARNING_PEOPLE,
    stages=STAGES,
)


# --- partnership health and the WOP cycle's history (issue 14) ---
# Scores are the partners' own judgement in this made-up demo, not measured figures.

from dataclasses import replace as _replace  # noqa: E402

from wopdesk.demo.spec import HealthReviewRow, PairRow, PhaseRow  # noqa: E402

_Q2, _Q3 = (D(2026, 4, 1), D(2026, 6, 30)), (D(2026, 7, 1), D(2026, 9, 30))
_HEALTH_NOTE = "Démo\u00a0: notes illustratives."
HEALTH = (
    HealthReviewRow(
        "q2-mentor",
        D(2026, 7, 8),
        v.PartnerSide.MENTOR,
        _Q2,
        {
            "leadership": (4, "La direction régionale suit chaque mission."),
            "communication": (3, None),
            "trust": (4, None),
            "timeliness": (3, "Relevés de secteurs parfois transmis avec une semaine de retard."),
            "resources": (3, None),
            "mentee_ownership": (3, None),
            "learning_applied": (3, "Recherche de fuites appliquée dans deux secteurs."),
            "sustainability": (2, "Procédures pas encore écrites."),
        },
        _HEALTH_NOTE,
    ),
    HealthReviewRow(
        "q2-mentee",
        D(2026, 7, 9),
        v.PartnerSide.MENTEE,
        _Q2,
        {
            "leadership": (3, None),
            "communication": (4, "Réponses rapides de l'équipe de l'ONEE entre les missions."),
            "trust": (4, None),
            "timeliness": (3, None),
            "resources": (2, "Matériel de détection arrivé tard."),
            "mentee_ownership": (4, None),
            "learning_applied": (3, None),
            "sustainability": (2, None),
        },
        _HEALTH_NOTE,
    ),
    HealthReviewRow(
        "q3-mentor",
        D(2026, 10, 6),
        v.PartnerSide.MENTOR,
        _Q3,
        {
            "leadership": (3, None),
            "communication": (3, None),
            "trust": (4, None),
            "timeliness": (2, "Deux missions reportées."),
            "resources": (2, "Budget du laboratoire réduit."),
            "mentee_ownership": (3, None),
            "learning_applied": (3, None),
            "sustainability": (2, None),
        },
        _HEALTH_NOTE,
    ),
    HealthReviewRow(
        "q3-mentee",
        D(2026, 10, 7),
        v.PartnerSide.MENTEE,
        _Q3,
        {
            "leadership": (3, None),
            "communication": (3, "Moins d'échanges pendant l'hivernage."),
            "trust": (4, None),
            "timeliness": (2, "Missions de l'ONEE reportées deux fois."),
            "resources": (2, None),
            "mentee_ownership": (4, "Les équipes de secteur organisent elles-mêmes les relevés."),
            "learning_applied": (3, None),
            "sustainability": (3, None),
        },
        _HEALTH_NOTE,
    ),
)
PHASES = (
    PhaseRow(v.WopPhase.DESIGN, D(2023, 11, 15), "Demande de l'ONEA, note conceptuelle."),
    PhaseRow(v.WopPhase.STRUCTURING, D(2024, 3, 18), "Convention signée, code de conduite."),
    PhaseRow(v.WopPhase.DIAGNOSIS, D(2024, 9, 2), "Mission de diagnostic conjoint."),
    PhaseRow(v.WopPhase.WORK_PLANNING, D(2024, 10, 21), "Restitution du diagnostic."),
    PhaseRow(v.WopPhase.IMPLEMENTATION, D(2025, 1, 13), "Plan de travail validé par les DG."),
)
TICKED = (
    ("implementation_advisory", D(2025, 3, 10)),
    ("implementation_learning_by_doing", D(2025, 6, 20)),
    ("implementation_change_agents", D(2026, 2, 5)),
)
PAIRS = (
    PairRow(
        "maria",
        "mamadou",
        v.MentoringPhase.MIDDLE,
        D(2025, 6, 1),
        "Recherche de fuites et sectorisation\u00a0: Issouf conduit les campagnes.",
    ),
    PairRow("andres", "ibrahima", v.MentoringPhase.ORIENTATION, D(2026, 9, 15), ""),
)
SPEC = _replace(SPEC, health=HEALTH, ticked_practices=TICKED, phases=PHASES, pairs=PAIRS)
