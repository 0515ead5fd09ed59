"""The second demo: a national WOP in Maharashtra, India, followed on the SLB framework.

Maharashtra Jeevan Pradhikaran (MJP), the state's water utility, which designed and
supported Malkapur's 24x7 scheme, mentors Karad Municipal Council, Malkapur's neighbour
on the Koyna. Texts are in English, names also in Devanagari as their owners write
them, amounts in rupees. A made-up partnership between real public bodies.

Public facts used below (docs/demo.md lists each with where it was read):

=====================================  ==============================================
Fact                                   Source
=====================================  ==============================================
Karad Municipal Council: 53,879        Census of India 2011, town data
residents, 11,395 households, 26 wards (censusindia.co.in, Karad 802870)
Karad's twice-a-day supply from the    Free Press Journal, 18 August 2024
Koyna; the July 2024 washout of the
main pipeline, the Warunji jackwell
and the new line from the Koyna bridge
Malkapur's 24x7 supply, designed with  Governance Knowledge Centre, Malkapur 24X7
MJP: hydraulic model, HDPE pipes,      Water Supply Project (2012); Indian Express,
automatic meter reading, 110 lpcd      25 January 2012; OneWorld South Asia (2013)
India WOPs: MJP invited Tamil Nadu's   /work/shared/seeds (India WOPs outreach note)
change-management engineers (2006-07)
Maharashtra ULBs, 2009-10 medians:     CEPT University, PAS Databook Part 1
NRW 25.4 %, metering 0 %, supply 1 h   (2009-10), published July 2014
a day, collection efficiency 68.5 %
=====================================  ==============================================

No public source gives Karad's own SLB values: every reading is illustrative and its
note says so ("Demo: illustrative value"). People are invented.
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
    Expense,
    Finding,
    Learning,
    LearningPeople,
    OutputRow,
    Person,
    Stage,
    Target,
    Track,
    Utility,
    Visit,
)
from wopdesk.domain import vocab as v

D = dt.date
PREFIX = "india:"
TITLE = "Karad — MJP and Karad Municipal Council: towards 24x7 water"

UTILITIES = (
    Utility(
        "mjp",
        "Maharashtra Jeevan Pradhikaran (MJP)",
        "India",
        "Maharashtra",
        v.UtilityKind.BOTH,
        None,
        None,
    ),
    Utility(
        "karad",
        "Karad Municipal Council (कराड नगर परिषद)",
        "India",
        "Karad, Satara district, Maharashtra",
        v.UtilityKind.WATER,
        53_879,  # town population, Census of India 2011
        None,
    ),
)

M, E, C = v.Role.MENTOR, v.Role.MENTEE, v.Role.COORDINATOR
PEOPLE = (
    Person(
        "sunil",
        "Sunil Deshpande (सुनील देशपांडे)",
        "mjp",
        "Executive engineer, water audit",
        "s.deshpande@mjp.example",
        M,
    ),
    Person(
        "meera",
        "Meera Kulkarni (मीरा कुलकर्णी)",
        "mjp",
        "Deputy engineer, consumer metering",
        "m.kulkarni@mjp.example",
        M,
    ),
    Person(
        "rahul",
        "Rahul Jadhav (राहुल जाधव)",
        "karad",
        "Junior engineer, water supply",
        "rahul.jadhav@karad-mc.example",
        E,
    ),
    Person(
        "snehal",
        "Snehal Patil (स्नेहल पाटील)",
        "karad",
        "Accounts officer, water charges",
        "snehal.patil@karad-mc.example",
        E,
    ),
    Person(
        "anil",
        "Anil Pawar (अनिल पवार)",
        "karad",
        "Plumbing supervisor",
        "anil.pawar@karad-mc.example",
        E,
    ),
    Person(
        "priya",
        "Priya Raghunathan (प्रिया रघुनाथन)",
        None,
        "WOP platform coordinator",
        "priya@wop-platform.example",
        C,
    ),
)

PARTNERSHIP = {
    "title": TITLE,
    "mentor": "mjp",
    "mentee": "karad",
    "type": v.PartnershipType.NATIONAL,
    "planned_start": D(2025, 1, 1),
    "planned_end": D(2027, 12, 31),
    "actual_start": D(2025, 1, 20),
    "currency": "INR",
    "objectives": "Know where Karad's water goes (a water audit and district meters), meter "
    "every connection in a first pilot zone and supply it around the clock, and raise the "
    "collection of water charges, so that the council can plan 24x7 supply city-wide.",
    "location": "Karad, Satara district, Maharashtra, India",
    "phase": v.WopPhase.IMPLEMENTATION,
    "status": v.PartnershipStatus.ACTIVE,
    "code_of_conduct_date": D(2025, 1, 20),
}

TRACKS = (
    Track(
        "nrw",
        "Water audit and non-revenue water",
        v.WorkingArea.NON_REVENUE_WATER,
        "sunil",
        "rahul",
        "Water is pumped from the Koyna twice a day; no bulk meter says how much of it "
        "reaches the elevated reservoirs, let alone the taps.",
    ),
    Track(
        "metering",
        "Metering and water charges",
        v.WorkingArea.BILLING_COLLECTION,
        "meera",
        "snehal",
        "Most connections pay a flat annual charge; arrears are carried from year to year.",
    ),
    Track(
        "pilot",
        "A first zone on continuous supply",
        v.WorkingArea.OPERATION_MAINTENANCE,
        "sunil",
        "anil",
        "Supply is intermittent everywhere; pipes drain between supplies and draw in dirty water.",
    ),
)

# One reading a quarter, 31 March 2025 to 30 September 2026; the first is the baseline.
# All illustrative (see the module docstring).
TARGETS = (
    Target(
        "nrw",
        "SLB-4",
        25.0,
        (41.0, 40.0, 38.5, 37.0, 35.5, 34.0, 32.5),
        ((D(2025, 12, 31), 37.0), (D(2026, 12, 31), 31.0)),
    ),
    Target(
        "metering",
        "SLB-3",
        60.0,
        (22.0, 24.0, 27.0, 31.0, 36.0, 40.0, 44.0),
        ((D(2025, 12, 31), 32.0), (D(2026, 12, 31), 46.0)),
    ),
    Target("metering", "SLB-9", 85.0, (58.0, 61.0, 60.0, 64.0, 67.0, 69.0, 72.0)),
    Target("pilot", "SLB-5", 6.0, (2.0, 2.0, 2.0, 2.5, 2.5, 3.0, 3.5)),
)

FINDINGS = (
    Finding(
        "f1",
        "nrw",
        v.FindingArea.TECHNICAL,
        "No bulk meter at the jackwell or at the elevated reservoirs.",
        "Meters were left out of the pumping main works to save cost.",
        v.Priority.HIGH,
    ),
    Finding(
        "f2",
        "nrw",
        v.FindingArea.MANAGERIAL,
        "Leaks are repaired only when residents complain.",
        "No leak register and no night inspection.",
        v.Priority.MEDIUM,
    ),
    Finding(
        "f3",
        "metering",
        v.FindingArea.FINANCIAL,
        "Flat charges bring in less than the electricity bill of the pumps.",
        "Charges were last revised years ago and are not linked to use.",
        v.Priority.HIGH,
    ),
    Finding(
        "f4",
        "pilot",
        v.FindingArea.TECHNICAL,
        "Ward maps of the pipes are incomplete and out of date.",
        "Extensions were laid by contractors without as-built drawings.",
        v.Priority.HIGH,
    ),
)

ALL_HANDS = ("sunil", "meera", "rahul", "snehal", "anil")
VISITS = (
    Visit(
        "1",
        "Inception visit: planning the water audit",
        D(2025, 2, 17),
        D(2025, 2, 19),
        v.VisitState.FINAL,
        D(2025, 8, 18),
        "Agree the work plan and walk the system from the Koyna intake to the reservoirs.",
        "Walk of the pumping main from the Warunji jackwell; visit of the elevated "
        "reservoirs; workshop on the water balance with the water supply section.",
        "Pumping hours are logged by hand and no volume is measured. The team agreed to "
        "fit bulk meters first, then estimate losses by zone. The accounts section keeps "
        "flat-rate demands in a spreadsheet.",
        ALL_HANDS,
        "Pumping hours are the only record of what enters the network.",
        "nrw",
        ("Warunji jackwell on the Koyna", "Water balance workshop"),
    ),
    Visit(
        "2",
        "Second visit: after the monsoon",
        D(2025, 8, 18),
        D(2025, 8, 20),
        v.VisitState.FINAL,
        D(2026, 2, 16),
        "Check the bulk meters and choose the pilot zone.",
        "Reading of the new bulk meters; night walk along the main in two wards; study of "
        "three candidate pilot zones with their reservoirs.",
        "The bulk meters show about a third of the water lost before billing. The pilot "
        "zone chosen is fed by a single reservoir and has about 900 connections.",
        ALL_HANDS,
        "Air valves on the main leak whenever pumping starts.",
        "nrw",
        ("Bulk meter on the pumping main", "Leaking air valve near the Koyna bridge"),
    ),
    Visit(
        "3",
        "Third visit: designing the pilot zone",
        D(2026, 2, 16),
        D(2026, 2, 18),
        v.VisitState.FINAL,
        D(2026, 9, 21),
        "Design the pilot zone's metering and its move to continuous supply.",
        "Hydraulic model of the pilot zone with the MJP design cell; consumer meeting on "
        "meters and charges; check of the meter reading routes.",
        "Residents accept meters if the first bills come with a visit. The model shows "
        "the zone can hold pressure around the clock once two leaking mains are replaced.",
        ALL_HANDS,
        "Two mains in the pilot zone cannot hold pressure overnight.",
        "pilot",
        ("Consumer meeting in the pilot zone",),
    ),
    Visit(
        "4",
        "Fourth visit: pilot zone review",
        D(2026, 9, 21),
        D(2026, 9, 23),
        v.VisitState.DRAFT,
        D(2027, 2, 15),
        "Review the pilot zone's first weeks and the first metered bills.",
        "Pressure logging in the pilot zone; review of the first metered bills with the "
        "accounts section; visit of the replaced mains.",
        "The pilot zone has held supply for 18 hours a day for three weeks. Metered bills "
        "went out in August; complaints were few and mostly about reading dates.",
        ALL_HANDS,
        "Pressure drops at the tail end of the pilot zone in the evening peak.",
        "pilot",
        ("Pressure logger at the pilot zone's tail end", "Replaced main, pilot zone"),
    ),
)

A = v.ActionStatus
ACTIONS = (
    ActionRow(
        "a1",
        "nrw",
        "Fit bulk meters on the pumping main and at the two main reservoirs",
        "rahul",
        D(2025, 7, 31),
        A.DONE,
        100,
        "f1",
        "1",
    ),
    ActionRow(
        "a2",
        "nrw",
        "Keep a leak register and inspect the main at night once a month",
        "anil",
        D(2026, 3, 31),
        A.IN_PROGRESS,
        70,
        "f2",
        None,
    ),
    ActionRow(
        "a3",
        "metering",
        "Propose volumetric charges for metered connections to the general body",
        "snehal",
        D(2026, 6, 30),
        A.DONE,
        100,
        "f3",
        None,
    ),
    ActionRow(
        "a4",
        "pilot",
        "Survey and map the pipes of the pilot zone",
        "rahul",
        D(2025, 12, 31),
        A.DONE,
        100,
        "f4",
        "2",
    ),
    ActionRow(
        "a5",
        "pilot",
        "Replace the two leaking mains of the pilot zone",
        "anil",
        D(2026, 7, 31),
        A.DONE,
        100,
        None,
        "3",
    ),
    ActionRow(
        "a6",
        "metering",
        "Meter every connection of the pilot zone",
        "snehal",
        D(2026, 8, 31),
        A.IN_PROGRESS,
        80,
        None,
        "3",
    ),
    ActionRow(
        "a7",
        "pilot",
        "Fit a pressure-reducing valve at the pilot zone's inlet",
        "anil",
        D(2026, 12, 31),
        A.PLANNED,
        0,
        None,
        "4",
    ),
)

F = v.LearningForm
LEARNING = (
    Learning(
        "l1",
        "nrw",
        F.FORMAL_COURSE,
        D(2025, 3, 24),
        "Water balance and the components of non-revenue water (IWA)",
        "sunil",
        ("rahul", "anil"),
        12.0,
        "Water balance",
        1,
        3,
        None,
        "Rahul prepared the council's first annual water balance in April 2026.",
    ),
    Learning(
        "l2",
        "nrw",
        F.SITE_VISIT,
        D(2025, 2, 18),
        "Reading a pumping main: air valves, washouts and meters",
        "sunil",
        ("rahul", "anil"),
        5.0,
        "Transmission main operation",
        1,
        2,
        "1",
        None,
    ),
    Learning(
        "l3",
        "pilot",
        F.EXPOSURE_VISIT,
        D(2025, 10, 9),
        "Exposure visit to Malkapur's 24x7 water supply",
        "sunil",
        ("rahul", "snehal", "anil"),
        8.0,
        "Continuous supply operation",
        1,
        3,
        None,
        "The pilot zone's design copies Malkapur's single-reservoir feed.",
    ),
    Learning(
        "l4",
        "metering",
        F.PEER_PROBLEM_SOLVING,
        D(2025, 11, 12),
        "Why consumers refuse meters, and what to say to them",
        "meera",
        ("snehal",),
        3.0,
        "Consumer engagement",
        1,
        3,
        None,
        None,
    ),
    Learning(
        "l5",
        "metering",
        F.ON_THE_JOB,
        D(2026, 2, 17),
        "Planning meter reading routes",
        "meera",
        ("snehal",),
        6.0,
        "Meter reading",
        1,
        3,
        "3",
        None,
    ),
    Learning(
        "l6",
        "pilot",
        F.REMOTE_SESSION,
        D(2026, 6, 10),
        "Pressure logging and reading the logs",
        "sunil",
        ("rahul",),
        2.0,
        "Pressure management",
        1,
        2,
        None,
        None,
    ),
)

# The budget: what the council pays in cash, line by line, and MJP's time in kind.
# Demo: illustrative amounts (no public source gives them); the expenses below are
# filed on the line of their category.
X = v.ExpenseCategory
BUDGET_LINES = (
    BudgetLineRow(
        "equipment",
        X.EQUIPMENT,
        "Karad Municipal Council",
        "Bulk meters, the pilot zone's domestic meters and its pressure-reducing valve. "
        "Demo: illustrative amount.",
        3_000_000,
        "INR",
        False,
    ),
    BudgetLineRow(
        "travel",
        X.TRAVEL,
        "Karad Municipal Council",
        "Hired cars for MJP's visits and the exposure visit. Demo: illustrative amount.",
        100_000,
        "INR",
        False,
    ),
    BudgetLineRow(
        "stay",
        X.ACCOMMODATION,
        "Karad Municipal Council",
        "Rest house for MJP's engineers on each visit. Demo: illustrative amount.",
        120_000,
        "INR",
        False,
    ),
    BudgetLineRow(
        "mjp-time",
        X.STAFF_TIME,
        "Maharashtra Jeevan Pradhikaran",
        "Engineers' time and the design cell, in kind. Demo: the contribution's amount.",
        1_200_000,
        "INR",
        True,
    ),
)

CONTRIBUTIONS = (
    Contribution(
        "karad",
        "Karad Municipal Council",
        "karad",
        v.ContributionKind.CASH,
        sum(line.amount for line in BUDGET_LINES if not line.in_kind),
        "From the water supply budget: meters and fittings, and the mentors' travel and "
        "stay. Demo: illustrative amount, that of the budget lines.",
    ),
    Contribution(
        "mjp",
        "Maharashtra Jeevan Pradhikaran",
        "mjp",
        v.ContributionKind.IN_KIND,
        1_200_000,
        "Engineers' time and the design cell's hydraulic model. Demo: illustrative amount.",
    ),
)

EXPENSES = (
    Expense(D(2025, 2, 17), X.TRAVEL, 14_500, "INR", False, "Hired car Pune–Karad and back"),
    Expense(
        D(2025, 2, 17), X.ACCOMMODATION, 19_800, "INR", False, "Rest house, 2 people × 3 nights"
    ),
    Expense(D(2025, 6, 20), X.EQUIPMENT, 640_000, "INR", False, "Two electromagnetic bulk meters"),
    Expense(D(2025, 8, 18), X.TRAVEL, 14_500, "INR", False, "Hired car, second visit"),
    Expense(D(2025, 8, 18), X.ACCOMMODATION, 19_800, "INR", False, "Rest house, second visit"),
    Expense(D(2025, 10, 9), X.TRAVEL, 3_200, "INR", False, "Council jeep to Malkapur"),
    Expense(D(2026, 2, 16), X.ACCOMMODATION, 19_800, "INR", False, "Rest house, third visit"),
    Expense(D(2026, 2, 16), X.STAFF_TIME, 180_000, "INR", True, "MJP design cell, hydraulic model"),
    Expense(D(2026, 4, 30), X.EQUIPMENT, 1_620_000, "INR", False, "900 domestic water meters"),
    Expense(D(2026, 9, 21), X.TRAVEL, 15_200, "INR", False, "Hired car, fourth visit"),
    Expense(D(2026, 9, 21), X.ACCOMMODATION, 21_600, "INR", False, "Rest house, fourth visit"),
)

K = v.CapacityDimension
CAPACITY = (
    Capacity("nrw", K.INFORMATION, 0, 2, None, "Bulk meters give daily volumes"),
    Capacity("nrw", K.KNOWLEDGE_SKILLS, 1, 1, None, "The council's first water balance"),
    Capacity(
        "metering",
        K.EXTERNAL_RESOURCES,
        1,
        1,
        "Volumetric charges still wait for the general body",
        "Consumers of the pilot zone accept meters",
    ),
    Capacity("pilot", K.WORKING_ROUTINES, 1, 2, "One plumbing team for the whole city", None),
)

# The results chain: what each track delivers, and which actions serve it. Estimated
# costs are in rupees and illustrative (no public source gives them).
OS = v.OutputStatus
OUTPUTS = (
    OutputRow(
        "balance",
        "nrw",
        "Monthly water balance of the scheme from bulk meters",
        "Water produced, supplied and billed each month, from the bulk meters on the pumping "
        "main and at the reservoirs.",
        D(2025, 9, 30),
        OS.DELIVERED,
        "Water balance sheets for each month since August 2025, presented to the Chief Officer",
        D(2025, 9, 15),
    ),
    OutputRow(
        "tariff",
        "metering",
        "Volumetric charges for metered connections adopted by the general body",
        "A charge per kilolitre for metered connections, in place of the flat rate. Demo: "
        "the actions' estimated costs are illustrative.",
        D(2026, 12, 31),
        OS.IN_PROGRESS,
        None,
        None,
    ),
    OutputRow(
        "gis",
        "pilot",
        "GIS map of the pilot zone's network",
        "Pipes, valves and connections of the pilot zone, surveyed and mapped.",
        D(2025, 12, 31),
        OS.DELIVERED,
        "Map layers handed over to the water supply section and printed for the valve crew",
        D(2026, 1, 20),
    ),
    OutputRow(
        "continuous",
        "pilot",
        "Pilot zone supplied around the clock",
        "The pilot zone isolated, its leaking mains replaced and its pressure managed, so that "
        "it can be supplied 24 hours a day. Demo: the actions' estimated costs are illustrative.",
        D(2027, 3, 31),
        OS.IN_PROGRESS,
        None,
        None,
    ),
)
ACTION_PLANS = (
    ActionPlan("a1", "balance", D(2025, 4, 1)),
    ActionPlan("a2", "balance", D(2025, 8, 1)),
    ActionPlan("a3", "tariff", D(2026, 2, 2)),
    ActionPlan("a6", "tariff", D(2026, 3, 2), Decimal(1_800_000)),
    ActionPlan("a4", "gis", D(2025, 9, 1)),
    ActionPlan("a5", "continuous", D(2026, 2, 2), Decimal(2_400_000)),
    ActionPlan("a7", "continuous", D(2026, 10, 1), Decimal(350_000)),
)

# Who took part in each learning entry (l4 names its one trainee and gives no counts).
# Demo: illustrative head counts.
LEARNING_PEOPLE = (
    LearningPeople("l1", None, 4, 14, 0),
    LearningPeople("l2", None, 0, 6, 0),
    LearningPeople("l3", None, 3, 7, 0),
    LearningPeople("l5", None, 3, 1, 0),
    LearningPeople("l6", 12, 4, 6, 2),
)

# The stage of change each track reached, oldest first.
STAGES = (
    Stage(
        "nrw",
        v.ChangeStage.PLANNED,
        D(2025, 2, 28),
        "Water audit method agreed with the council's engineer; bulk meters to be checked.",
        "sunil",
    ),
    Stage(
        "nrw",
        v.ChangeStage.PILOTED,
        D(2025, 9, 30),
        "First water audit of one zone done from bulk meter readings; the method note is "
        "filed with the water works section.",
        "sunil",
    ),
    Stage(
        "metering",
        v.ChangeStage.PLANNED,
        D(2025, 11, 30),
        "Metering plan and the talking points for consumers approved by the standing committee.",
        "meera",
    ),
    Stage(
        "pilot",
        v.ChangeStage.PLANNED,
        D(2025, 4, 15),
        "Pilot zone chosen after the exposure visit was planned; valves and boundary listed.",
        "sunil",
    ),
    Stage(
        "pilot",
        v.ChangeStage.PILOTED,
        D(2026, 7, 31),
        "Pilot zone on continuous supply; pressure logs read every week by the zone staff.",
        "sunil",
    ),
)

SPEC = DemoSpec(
    prefix=PREFIX,
    utilities=UTILITIES,
    people=PEOPLE,
    partnership=PARTNERSHIP,
    team="MJP engineers with Karad's water supply section",
    tracks=TRACKS,
    targets=TARGETS,
    first_period=D(2025, 3, 31),
    baseline_reading=0,
    target_date=D(2027, 12, 31),
    frequency="quarterly",
    verification="Council's water supply records, checked on each visit. Demo: illustrative "
    "values; no public source gives Karad's own SLB figures.",
    reading_source="Karad Municipal Council, water supply section",
    reading_note="Demo: illustrative value.",
    findings=FINDINGS,
    diagnosis_evidence="Joint diagnosis, Karad, February 2025",
    diagnosis_date=D(2025, 2, 19),
    site="Karad — Koyna intake, pumping main and pilot zone",
    latitude=17.2833,
    longitude=74.1833,
    visits=VISITS,
    actions=ACTIONS,
    learning=LEARNING,
    contributions=CONTRIBUTIONS,
    expenses=EXPENSES,
    budget_lines=BUDGET_LINES,
    capacity=CAPACITY,
    capacity_date=D(2026, 6, 30),
    outputs=OUTPUTS,
    action_plans=ACTION_PLANS,
    learning_people=LEARNING_PEOPLE,
    stages=STAGES,
)


# --- partnership health and the WOP cycle's history (issue 14) ---
# Scores are the partners' own judgement in this made-up demo, not measured figures.

from dataclasses import replace as _replace  # noqa: E402

from wopdesk.demo.spec import HealthReviewRow, PairRow, PhaseRow  # noqa: E402

_HEALTH_NOTE = "Demo: illustrative scores."
HEALTH = (
    HealthReviewRow(
        "2026-mentor",
        D(2026, 10, 20),
        v.PartnerSide.MENTOR,
        None,
        {
            "leadership": (3, "The chief officer chairs the monthly review."),
            "communication": (3, None),
            "trust": (3, None),
            "timeliness": (3, None),
            "resources": (2, "Meters for the pilot zone wait for the council's tender."),
            "mentee_ownership": (3, None),
            "learning_applied": (4, "The council's engineers drew the water balance themselves."),
            "sustainability": (2, None),
        },
        _HEALTH_NOTE,
    ),
    HealthReviewRow(
        "2026-mentee",
        D(2026, 10, 22),
        v.PartnerSide.MENTEE,
        None,
        {
            "leadership": (3, None),
            "communication": (4, None),
            "trust": (4, None),
            "timeliness": (3, None),
            "resources": (2, "Volumetric charges still wait for the general body."),
            "mentee_ownership": (3, None),
            "learning_applied": (3, None),
            "sustainability": (2, None),
        },
        _HEALTH_NOTE,
    ),
)
PHASES = (
    PhaseRow(v.WopPhase.DIAGNOSIS, D(2025, 1, 20), "Memorandum signed; joint diagnosis begins."),
    PhaseRow(v.WopPhase.WORK_PLANNING, D(2025, 3, 3), "Diagnosis agreed by both partners."),
    PhaseRow(v.WopPhase.IMPLEMENTATION, D(2025, 4, 15), "Work plan approved by the council."),
)
TICKED = (("implementation_advisory", D(2025, 5, 2)),)
PAIRS = (
    PairRow("sunil", "rahul", v.MentoringPhase.MIDDLE, D(2025, 9, 1), "Water audit and DMAs."),
)
SPEC = _replace(SPEC, health=HEALTH, ticked_practices=TICKED, phases=PHASES, pairs=PAIRS)
