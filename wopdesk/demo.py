"""A realistic demo partnership, so a new user (and the tests) see WOPdesk with real-looking data.

Ids are derived from names, so running the demo twice adds nothing.
"""

import datetime as dt
import io
import uuid
from dataclasses import replace
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import queries, visit_snapshot
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.store import Store

DEMO_NAMESPACE = uuid.UUID("0b1f3c9e-5d1a-4f0e-8f7a-6b0d2f9a4c21")
DEMO_PARTNERSHIP_TITLE = "Santa Clara – Kolda WOP: water for every household"


def demo_id(key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


DEMO_PARTNERSHIP_ID = demo_id("partnership")

D = dt.date

PEOPLE = [
    # key, name, utility key, job title, email
    (
        "maria",
        "María José Peña",
        "mentor",
        "NRW programme manager",
        "mj.pena@aguas-santaclara.example",
    ),
    (
        "joao",
        "João Gonçalves",
        "mentor",
        "Billing systems lead",
        "j.goncalves@aguas-santaclara.example",
    ),
    (
        "andres",
        "Andrés Quiñones",
        "mentor",
        "Water quality chemist",
        "a.quinones@aguas-santaclara.example",
    ),
    (
        "aissatou",
        "Aïssatou Ndiaye",
        "mentee",
        "Director of operations",
        "a.ndiaye@see-kolda.example",
    ),
    ("mamadou", "Mamadou Diallo", "mentee", "Network technician", "m.diallo@see-kolda.example"),
    ("fatou", "Fatou Sène", "mentee", "Commercial manager", "f.sene@see-kolda.example"),
    ("ibrahima", "Ibrahima Sy", "mentee", "Laboratory technician", "i.sy@see-kolda.example"),
    (
        "priya",
        "Priya Raghunathan (प्रिया रघुनाथन)",
        None,
        "WOP platform coordinator",
        "priya@wop-platform.example",
    ),
]

ROLES = {
    "maria": v.Role.MENTOR,
    "joao": v.Role.MENTOR,
    "andres": v.Role.MENTOR,
    "aissatou": v.Role.MENTEE,
    "mamadou": v.Role.MENTEE,
    "fatou": v.Role.MENTEE,
    "ibrahima": v.Role.MENTEE,
    "priya": v.Role.COORDINATOR,
}


def create_demo(store: Store) -> bool:
    """Fill the store with the demo partnership; False if it is already there."""
    with store.reading() as session:
        if session.get(m.Partnership, DEMO_PARTNERSHIP_ID) is not None:
            return False
    with store.transaction() as session:
        _Builder(session, store.blobs).build()
    return True


class _Builder:
    def __init__(self, session: Session, blobs: BlobStore) -> None:
        self.session = session
        self.blobs = blobs
        self.pid = DEMO_PARTNERSHIP_ID

    def add(self, model: type[m.SyncedRecord], key: str, **values: Any) -> Any:
        scoped = (
            {"partnership_id": self.pid} if model.partnership_column == "partnership_id" else {}
        )
        return cmd.create(self.session, model, id=demo_id(key), **scoped, **values)

    def person(self, key: str) -> str:
        return demo_id(f"person:{key}")

    def build(self) -> None:
        self.utilities_and_people()
        self.partnership()
        self.tracks_and_indicators()
        self.diagnosis()
        self.visits()
        self.work_plan()
        self.finalise_visits()
        self.learning()
        self.readings()
        self.money()
        self.capacity()

    def utilities_and_people(self) -> None:
        self.add(
            m.Utility,
            "utility:mentor",
            name="Aguas de Santa Clara",
            country="Colombia",
            region="Santa Clara, Antioquia",
            kind=v.UtilityKind.BOTH,
            population_served=1_250_000,
            connections=310_000,
        )
        self.add(
            m.Utility,
            "utility:mentee",
            name="Société des Eaux de Kolda",
            country="Senegal",
            region="Kolda",
            kind=v.UtilityKind.WATER,
            population_served=180_000,
            connections=21_400,
        )
        for key, name, utility, title, email in PEOPLE:
            self.add(
                m.Person,
                f"person:{key}",
                name=name,
                job_title=title,
                email=email,
                utility_id=demo_id(f"utility:{utility}") if utility else None,
            )

    def partnership(self) -> None:
        self.add(
            m.Partnership,
            "partnership",
            title=DEMO_PARTNERSHIP_TITLE,
            mentor_utility_id=demo_id("utility:mentor"),
            mentee_utility_id=demo_id("utility:mentee"),
            type=v.PartnershipType.SOUTH_SOUTH,
            planned_start=D(2024, 3, 1),
            planned_end=D(2027, 2, 28),
            actual_start=D(2024, 3, 18),
            currency="USD",
            objectives="Cut non-revenue water in Kolda from 48% to 35%, raise bill collection "
            "to 85% and make every residual-chlorine test compliant, by building the skills "
            "of Kolda's own teams.",
            location="Kolda, Senegal",
            phase=v.WopPhase.IMPLEMENTATION,
            status=v.PartnershipStatus.ACTIVE,
            code_of_conduct_date=D(2024, 3, 18),
        )
        for key, role in ROLES.items():
            self.add(m.Membership, f"membership:{key}", person_id=self.person(key), role=role)

    def tracks_and_indicators(self) -> None:
        mentee = demo_id("utility:mentee")
        tracks = [
            (
                "nrw",
                "Reduce non-revenue water",
                v.WorkingArea.NON_REVENUE_WATER,
                "maria",
                "mamadou",
                "Half of the water produced is never billed; no district metering.",
            ),
            (
                "billing",
                "Billing and collection",
                v.WorkingArea.BILLING_COLLECTION,
                "joao",
                "fatou",
                "Bills are typed by hand; a third of customers pay late or never.",
            ),
            (
                "quality",
                "Water safety and quality",
                v.WorkingArea.WATER_SAFETY_QUALITY,
                "andres",
                "ibrahima",
                "Chlorine dosing is manual and tests are irregular.",
            ),
        ]
        for key, title, area, mentor_lead, mentee_lead, situation in tracks:
            self.add(
                m.ImprovementTrack,
                f"track:{key}",
                title=title,
                working_area=area,
                mentor_lead_id=self.person(mentor_lead),
                mentee_lead_id=self.person(mentee_lead),
                initial_situation=situation,
                team="Joint team of both utilities",
            )
        for track, code, base, target in INDICATOR_PLAN:
            self.add(
                m.TrackIndicator,
                f"track_indicator:{code}",
                track_id=demo_id(f"track:{track}"),
                indicator_id=builtin_indicator_id(code),
                utility_id=mentee,
                baseline_value=base,
                baseline_date=D(2024, 3, 31),
                target_value=target,
                target_date=D(2026, 12, 31),
                frequency="quarterly",
                means_of_verification="Monthly operations report, checked on each visit",
            )

    def diagnosis(self) -> None:
        for key, track, area, text, cause, priority in FINDINGS:
            self.add(
                m.DiagnosisFinding,
                f"finding:{key}",
                track_id=demo_id(f"track:{track}"),
                area=area,
                finding=text,
                root_cause=cause,
                priority=priority,
                evidence="Joint diagnosis workshop, Kolda, May 2024",
                agreed_date=D(2024, 5, 24),
            )

    def visits(self) -> None:
        for key, title, start, end, _state, nxt, purpose, activities, notes in VISITS:
            visit = self.add(
                m.SiteVisit,
                f"visit:{key}",
                title=title,
                start_date=start,
                end_date=end,
                site="Kolda — Sikilo pumping station and network",
                latitude=12.8939,
                longitude=-14.9407,
                purpose=purpose,
                activities=activities,
                notes=notes,
                next_visit_date=nxt,
            )
            for person in ("maria", "joao", "andres", "aissatou", "mamadou", "fatou"):
                self.add(
                    m.VisitParticipant,
                    f"participant:{key}:{person}",
                    visit_id=visit.id,
                    person_id=self.person(person),
                    role=ROLES[person],
                )
            for n, caption in enumerate(PHOTO_CAPTIONS[key]):
                data = demo_photo(caption, seed=n + (10 if key == "second" else 0))
                attachment = cmd.add_attachment(
                    self.session, self.blobs, visit, data, f"{key}-visit-{n + 1}.jpg", caption
                )
                attachment.id = demo_id(f"photo:{key}:{n}")
            self.add(
                m.DiagnosisFinding,
                f"finding:visit:{key}",
                visit_id=visit.id,
                track_id=demo_id("track:nrw"),
                area=v.FindingArea.TECHNICAL,
                finding=VISIT_FINDINGS[key],
                priority=v.Priority.HIGH,
            )
            self.session.flush()

    def finalise_visits(self) -> None:
        """Final visits are signed with their actions as agreed then: planned, not started."""
        for key, _title, _start, _end, state, *_rest in VISITS:
            if state != v.VisitState.FINAL:
                continue
            visit = self.session.get(m.SiteVisit, demo_id(f"visit:{key}"))
            assert visit is not None
            actions = queries.actions(self.session, self.pid, visit.id)
            as_agreed = [
                replace(visit_snapshot.agreed(a), status=v.ActionStatus.PLANNED, progress=0)
                for a in actions
            ]
            visit.action_snapshot = visit_snapshot.dump(as_agreed)
            visit.state = state

    def work_plan(self) -> None:
        for key, track, text, owner, due, status, progress, origin in ACTIONS:
            self.add(
                m.Action,
                f"action:{key}",
                track_id=demo_id(f"track:{track}"),
                description=text,
                owner_id=self.person(owner),
                due_date=due,
                status=status,
                progress=progress,
                visit_id=demo_id(f"visit:{origin}") if origin in ("first", "second") else None,
                finding_id=demo_id(f"finding:{origin}")
                if origin not in ("first", "second")
                else None,
            )

    def learning(self) -> None:
        for (
            key,
            form,
            when,
            topic,
            trainer,
            trainees,
            hours,
            competency,
            before,
            after,
            visit,
        ) in LEARNING:
            activity = self.add(
                m.LearningActivity,
                f"learning:{key}",
                track_id=demo_id(f"track:{LEARNING_TRACK[key]}"),
                visit_id=demo_id(f"visit:{visit}") if visit else None,
                date=when,
                form=form,
                topic=topic,
                trainer_id=self.person(trainer),
                hours=hours,
                competency=competency,
                level_before=before,
                level_after=after,
                applied_evidence=APPLIED.get(key),
                applied_date=when + dt.timedelta(days=45) if key in APPLIED else None,
                verified_by_id=self.person(trainer) if key in APPLIED else None,
            )
            for trainee in trainees:
                self.add(
                    m.LearningTrainee,
                    f"trainee:{key}:{trainee}",
                    activity_id=activity.id,
                    person_id=self.person(trainee),
                )

    def readings(self) -> None:
        mentee = demo_id("utility:mentee")
        for code, series in READINGS.items():
            for quarter, value in enumerate(series):
                year, q = 2024 + quarter // 4, quarter % 4
                period = [D(year, 3, 31), D(year, 6, 30), D(year, 9, 30), D(year, 12, 31)][q]
                cmd.record_reading(
                    self.session,
                    id=demo_id(f"reading:{code}:{quarter}"),
                    partnership_id=self.pid,
                    utility_id=mentee,
                    indicator_id=builtin_indicator_id(code),
                    period=period,
                    value=value,
                    confidence=v.DataConfidence.FAIR if quarter < 4 else v.DataConfidence.RELIABLE,
                    source="Monthly operations report",
                )

    def money(self) -> None:
        contributions = [
            ("donor", "Global Water Solidarity Fund", None, v.ContributionKind.CASH, 38_000),
            ("mentor", "Aguas de Santa Clara", "mentor", v.ContributionKind.IN_KIND, 14_500),
            ("mentee", "Société des Eaux de Kolda", "mentee", v.ContributionKind.IN_KIND, 6_200),
        ]
        for key, name, utility, kind, amount in contributions:
            self.add(
                m.Contribution,
                f"contribution:{key}",
                contributor=name,
                kind=kind,
                amount=amount,
                contributor_utility_id=demo_id(f"utility:{utility}") if utility else None,
            )
        for n, (when, category, amount, in_kind, text) in enumerate(EXPENSES):
            self.add(
                m.Expense,
                f"expense:{n}",
                date=when,
                category=category,
                amount=amount,
                currency="USD",
                in_kind=in_kind,
                description=text,
            )

    def capacity(self) -> None:
        for n, (track, dimension, degree, contribution, obstacles, factors) in enumerate(CAPACITY):
            self.add(
                m.CapacityAssessment,
                f"capacity:{n}",
                track_id=demo_id(f"track:{track}"),
                date=D(2026, 6, 30),
                dimension=dimension,
                degree=degree,
                contribution=contribution,
                assessed_by=v.AssessedBy.BOTH,
                obstacles=obstacles,
                contributing_factors=factors,
            )


def demo_photo(caption: str, seed: int, size: tuple[int, int] = (960, 640)) -> bytes:
    """A generated JPEG that looks like a field photo placeholder: sky, ground, a label."""
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    width, height = size
    sky = (110 + seed * 7 % 60, 160 + seed * 5 % 50, 210)
    ground = (150 + seed * 11 % 60, 120 + seed * 3 % 40, 80)
    draw.rectangle((0, 0, width, height * 3 // 5), fill=sky)
    draw.rectangle((0, height * 3 // 5, width, height), fill=ground)
    draw.rectangle(
        (width // 3, height // 3, width // 3 + 220, height * 3 // 5), fill=(200, 200, 195)
    )
    draw.ellipse((width - 200, 40, width - 120, 120), fill=(250, 230, 120))
    draw.rectangle((20, height - 70, width - 20, height - 20), fill=(0, 0, 0))
    draw.text((36, height - 56), caption, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


INDICATOR_PLAN = [
    ("nrw", "IBNET-NRW-PCT", 48.0, 35.0),
    ("nrw", "IBNET-METERING", 55.0, 80.0),
    ("nrw", "IBNET-CONTINUITY", 14.0, 20.0),
    ("billing", "IBNET-COLLECTION", 62.0, 85.0),
    ("quality", "IBNET-CL-PASS", 71.0, 95.0),
]

READINGS: dict[str, list[float]] = {
    "IBNET-NRW-PCT": [48.2, 47.5, 46.9, 45.1, 44.0, 43.2, 41.8, 40.9, 40.1, 39.0, 38.4],
    "IBNET-METERING": [55, 56, 58, 61, 63, 66, 68, 70, 72, 73, 75],
    "IBNET-CONTINUITY": [14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 18.5],
    "IBNET-COLLECTION": [62, 63, 61, 66, 69, 71, 72, 74, 76, 77, 79],
    "IBNET-CL-PASS": [71, 70, 74, 78, 80, 83, 85, 86, 88, 90, 91],
}

FINDINGS = [
    (
        "f1",
        "nrw",
        v.FindingArea.TECHNICAL,
        "No district metered areas: losses cannot be located.",
        "Bulk meters were never installed when the network was extended.",
        v.Priority.HIGH,
    ),
    (
        "f2",
        "nrw",
        v.FindingArea.MANAGERIAL,
        "Leak reports take on average nine days to repair.",
        "No work-order system; repair crews are dispatched by phone.",
        v.Priority.HIGH,
    ),
    (
        "f3",
        "billing",
        v.FindingArea.FINANCIAL,
        "Collection efficiency is 62%, far below the 90% benchmark.",
        "Bills arrive late and customers cannot pay outside office hours.",
        v.Priority.HIGH,
    ),
    (
        "f4",
        "billing",
        v.FindingArea.ORGANISATIONAL,
        "Customer register is 30% out of date.",
        "No routine to record new connections and disconnections.",
        v.Priority.MEDIUM,
    ),
    (
        "f5",
        "quality",
        v.FindingArea.TECHNICAL,
        "Chlorine residual is measured twice a week at three points only.",
        "One comparator kit for the whole network.",
        v.Priority.MEDIUM,
    ),
    (
        "f6",
        "quality",
        v.FindingArea.MANAGERIAL,
        "No water safety plan.",
        "Staff never trained in risk-based management.",
        v.Priority.LOW,
    ),
]

VISITS = [
    (
        "first",
        "First technical visit: joint diagnosis",
        D(2025, 4, 7),
        D(2025, 4, 11),
        v.VisitState.FINAL,
        D(2026, 10, 12),
        "Confirm the diagnosis with field checks and set up the first district metered area.",
        "Walk of the Sikilo network with the NRW team; step test in zone 3 at night; "
        "billing-office process mapping; chlorine sampling at 12 points.",
        "The night step test in zone 3 showed a minimum night flow of 41 m³/h against an "
        "expected 12 m³/h: large hidden leaks on the 1987 asbestos-cement main. The team "
        "learned to read the step-test curve on the spot. Billing: 1,900 bills were still "
        "waiting to be delivered. The laboratory is clean and well kept but lacks reagents.",
    ),
    (
        "second",
        "Second technical visit: follow-up on DMAs and billing",
        D(2026, 10, 12),
        D(2026, 10, 16),
        v.VisitState.DRAFT,
        D(2027, 2, 8),
        "Review progress on the work plan, train on active leak detection and mobile billing.",
        "Leak detection with ground microphones in zone 3; review of the new mobile payment "
        "pilot; audit of the chlorination house; planning workshop for 2027.",
        "Zone 3 night flow is down to 19 m³/h after 14 leak repairs. Mamadou led the step "
        "test himself this time. Mobile payments reach 22% of customers in the pilot area. "
        "The chlorinator dosing pump was replaced but no spare diaphragm is stocked.",
    ),
]

VISIT_FINDINGS = {
    "first": "Minimum night flow in zone 3 is three times the expected level.",
    "second": "No spare parts stock for the chlorinator dosing pump.",
}

PHOTO_CAPTIONS = {
    "first": [
        "Night step test at the zone 3 inlet",
        "Leaking valve chamber, Sikilo road",
        "Billing office queue on a Monday morning",
    ],
    "second": [
        "Ground microphone training in zone 3",
        "New bulk meter at the DMA inlet",
        "Chlorination house after the pump replacement",
    ],
}

ACTIONS = [
    (
        "a1",
        "nrw",
        "Install bulk meters at the inlets of zones 1–3",
        "mamadou",
        D(2025, 9, 30),
        v.ActionStatus.DONE,
        100,
        "f1",
    ),
    (
        "a2",
        "nrw",
        "Set up a leak work-order register and report repair times monthly",
        "aissatou",
        D(2026, 6, 30),
        v.ActionStatus.IN_PROGRESS,
        60,
        "f2",
    ),
    (
        "a3",
        "nrw",
        "Repeat the night step test in zones 1 and 2",
        "mamadou",
        D(2026, 9, 30),
        v.ActionStatus.IN_PROGRESS,
        40,
        "first",
    ),
    (
        "a4",
        "billing",
        "Pilot mobile-money bill payment in the central district",
        "fatou",
        D(2026, 8, 31),
        v.ActionStatus.DONE,
        100,
        "f3",
    ),
    (
        "a5",
        "billing",
        "Update the customer register with a door-to-door survey",
        "fatou",
        D(2027, 3, 31),
        v.ActionStatus.PLANNED,
        0,
        "f4",
    ),
    (
        "a6",
        "billing",
        "Buy handheld meter-reading devices",
        "aissatou",
        D(2026, 3, 31),
        v.ActionStatus.BLOCKED,
        10,
        "f3",
    ),
    (
        "a7",
        "quality",
        "Extend chlorine sampling to 12 points, three times a week",
        "ibrahima",
        D(2025, 12, 31),
        v.ActionStatus.DONE,
        100,
        "f5",
    ),
    (
        "a8",
        "quality",
        "Draft a water safety plan for the Sikilo system",
        "ibrahima",
        D(2027, 1, 31),
        v.ActionStatus.PLANNED,
        0,
        "f6",
    ),
    (
        "a9",
        "quality",
        "Build a second laboratory in the north district",
        "aissatou",
        D(2026, 12, 31),
        v.ActionStatus.DROPPED,
        0,
        "f5",
    ),
    (
        "a10",
        "quality",
        "Stock a spare diaphragm and valves for the dosing pump",
        "ibrahima",
        D(2026, 11, 30),
        v.ActionStatus.PLANNED,
        0,
        "second",
    ),
    (
        "a11",
        "nrw",
        "Repair the leaking valve chambers found on Sikilo road",
        "mamadou",
        D(2026, 11, 15),
        v.ActionStatus.IN_PROGRESS,
        70,
        "second",
    ),
]

LEARNING_TRACK = {
    "l1": "nrw",
    "l2": "nrw",
    "l3": "billing",
    "l4": "quality",
    "l5": "billing",
    "l6": "nrw",
    "l7": "quality",
    "l8": "nrw",
}

LEARNING = [
    (
        "l1",
        v.LearningForm.FORMAL_COURSE,
        D(2024, 6, 10),
        "Water balance and NRW components (IWA)",
        "maria",
        ["mamadou", "aissatou"],
        16.0,
        "Water balance",
        1,
        3,
        None,
    ),
    (
        "l2",
        v.LearningForm.SITE_VISIT,
        D(2025, 4, 9),
        "Night step test in a district metered area",
        "maria",
        ["mamadou"],
        6.0,
        "Step testing",
        1,
        3,
        "first",
    ),
    (
        "l3",
        v.LearningForm.ON_THE_JOB,
        D(2025, 4, 10),
        "Billing-cycle process mapping",
        "joao",
        ["fatou"],
        8.0,
        "Process mapping",
        2,
        3,
        "first",
    ),
    (
        "l4",
        v.LearningForm.PEER_PROBLEM_SOLVING,
        D(2025, 7, 3),
        "Why chlorine residual drops at the network ends",
        "andres",
        ["ibrahima"],
        3.0,
        "Chlorine decay",
        2,
        4,
        None,
    ),
    (
        "l5",
        v.LearningForm.JOINT_PLANNING_WORK,
        D(2025, 9, 15),
        "Designing the mobile payment pilot",
        "joao",
        ["fatou", "aissatou"],
        12.0,
        "Revenue collection",
        2,
        4,
        None,
    ),
    (
        "l6",
        v.LearningForm.EXPOSURE_VISIT,
        D(2026, 2, 20),
        "Study visit to Santa Clara's leak detection unit",
        "maria",
        ["mamadou", "aissatou"],
        32.0,
        "Active leak control",
        2,
        4,
        None,
    ),
    (
        "l7",
        v.LearningForm.REMOTE_SESSION,
        D(2026, 5, 6),
        "Reading a water safety plan template",
        "andres",
        ["ibrahima"],
        2.0,
        "Water safety planning",
        1,
        2,
        None,
    ),
    (
        "l8",
        v.LearningForm.SITE_VISIT,
        D(2026, 10, 13),
        "Ground microphone leak detection",
        "maria",
        ["mamadou"],
        5.0,
        "Active leak control",
        3,
        4,
        "second",
    ),
]

APPLIED = {
    "l2": "Mamadou ran the zone 1 step test alone in June 2025; report filed.",
    "l3": "New billing calendar adopted by the commercial department.",
    "l4": "Booster chlorination point added at Médina Chérif.",
    "l5": "Pilot launched in the central district in March 2026.",
}

EXPENSES = [
    (D(2025, 4, 6), v.ExpenseCategory.TRAVEL, 4_850, False, "Flights Medellín–Dakar, 3 people"),
    (D(2025, 4, 7), v.ExpenseCategory.ACCOMMODATION, 1_320, False, "Hotel in Kolda, 5 nights"),
    (D(2025, 4, 7), v.ExpenseCategory.PER_DIEM, 900, False, "Per diem, first visit"),
    (D(2025, 4, 7), v.ExpenseCategory.STAFF_TIME, 6_000, True, "Mentor staff time, first visit"),
    (D(2025, 8, 20), v.ExpenseCategory.EQUIPMENT, 3_400, False, "Three bulk meters and loggers"),
    (D(2026, 2, 18), v.ExpenseCategory.TRAVEL, 3_100, False, "Study visit flights, 2 people"),
    (D(2026, 10, 11), v.ExpenseCategory.TRAVEL, 4_990, False, "Flights, second visit"),
    (D(2026, 10, 12), v.ExpenseCategory.ACCOMMODATION, 1_410, False, "Hotel, second visit"),
    (D(2026, 10, 12), v.ExpenseCategory.OTHER, 250, False, "Reagents for the laboratory"),
]

CAPACITY = [
    (
        "nrw",
        v.CapacityDimension.KNOWLEDGE_SKILLS,
        2,
        2,
        None,
        "Hands-on step tests led by Kolda staff",
    ),
    (
        "nrw",
        v.CapacityDimension.SYSTEMS,
        1,
        2,
        "Work-order register still on paper",
        "Bulk meters give data for the first time",
    ),
    (
        "billing",
        v.CapacityDimension.WORKING_ROUTINES,
        1,
        1,
        "Handheld devices not yet bought",
        "Mobile payment pilot",
    ),
    ("billing", v.CapacityDimension.LEADERSHIP, 1, 1, None, "Management chairs the monthly review"),
    (
        "quality",
        v.CapacityDimension.INFRASTRUCTURE_EQUIPMENT,
        0,
        1,
        "Laboratory budget cut in 2026",
        None,
    ),
    (
        "quality",
        v.CapacityDimension.MOTIVATION,
        2,
        2,
        None,
        "Laboratory team proud of the compliance figures",
    ),
]
