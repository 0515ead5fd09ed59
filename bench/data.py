"""The demo partnership scaled up: many learning entries and visit notes with realistic text.

``create_demo`` and the storage commands make the base profile. The many extra rows go in
with SQLAlchemy Core ``executemany`` through the Store's engine, because going through
``commands`` would take minutes; that skips validation and change capture, which is what
a profile whose old entries were synced long ago looks like (an empty outbox). Real user
writes always go through commands, and ``learning_through_commands`` does that for the
figures that need captured changes. Profiles are cached in ``bench/results/data`` by their
size, this generator's version and the schema revision.
"""

import datetime as dt
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Table, insert

from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo, demo_id
from wopdesk.domain import vocab as v
from wopdesk.storage import commands
from wopdesk.storage.database import alembic_config
from wopdesk.storage.models import LearningActivity, LearningTrainee, SiteVisit, SyncedRecord
from wopdesk.storage.store import Store

DATA_VERSION = 2  # bump when the generated data changes shape
CHUNK = 5000

MENTORS = ("maria", "joao", "andres")
MENTEES = ("aissatou", "mamadou", "fatou", "ibrahima")
TRACKS = ("nrw", "billing", "quality")

PLACES = (
    "Sikilo",
    "Médina Chérif",
    "Gadapara",
    "Doumassou",
    "Bantanguel",
    "Saré Moussa",
    "Escale",
    "Belfort",
    "Saré Kémo",
    "Hilèle",
    "Bouna Kane",
    "Sinthiang Idrissa",
    "Fafacourou",
    "Dioulacolon",
    "Saré Bidji",
    "Thiétty",
    "Bagadadji",
    "Médina Gounass",
    "Santhiaba",
    "Tankanto Escale",
    "Saré Yoba",
    "Coumbacara",
    "Mampatim",
    "Dabo",
    "Pata",
    "Kounkané",
    "Diaobé",
    "Vélingara",
    "Médina Yoro Foulah",
    "Salikégné",
)
STATIONS = (
    "Sikilo pumping station",
    "Bantanguel reservoir",
    "Saré Kémo borehole",
    "Escale water tower",
    "Doumassou booster station",
    "Gadapara borehole F3",
    "Belfort elevated tank",
    "Dioulacolon treatment plant",
    "Hilèle borehole F7",
    "Santhiaba pressure zone inlet",
    "Thiétty chlorination house",
    "Médina Chérif standpipe kiosk",
)
EQUIPMENT = (
    "chlorinator dosing pump",
    "bulk meter",
    "pressure reducing valve",
    "booster pump",
    "transformer",
    "standby generator",
    "flow logger",
    "turbidity meter",
    "sluice valve",
    "air release valve",
)
FAILURES = (
    "was out of service for three days",
    "had a worn diaphragm",
    "was bypassed since the last storm",
    "reads about 12% low against the portable ultrasonic meter",
    "trips every afternoon when the load is highest",
    "has no spare parts in stock",
    "was replaced and now works well",
)
PEOPLE_NAMES = (
    "Mamadou Diallo",
    "Fatou Sène",
    "Ibrahima Sy",
    "Aïssatou Ndiaye",
    "María José Peña",
    "João Gonçalves",
    "Andrés Quiñones",
    "Ousmane Ba",
    "Khady Faye",
    "Cheikh Mbaye",
)

TOPICS = (
    "Water balance and NRW components (IWA)",
    "Night step test in a district metered area",
    "Active leak detection with ground microphones",
    "Pressure management with reducing valves",
    "Reading minimum night flow from logger data",
    "Bulk meter sizing and installation",
    "Customer meter testing and replacement policy",
    "Billing-cycle process mapping",
    "Mobile-money bill payment and reconciliation",
    "Customer register update by door-to-door survey",
    "Disconnection and reconnection procedure",
    "Tariff structure and social connection subsidies",
    "Why chlorine residual drops at the network ends",
    "Chlorine dosing calculation and jar tests",
    "Water safety plan: hazards and control measures",
    "Sampling plan and laboratory quality control",
    "Pump efficiency testing and energy audit",
    "Preventive maintenance planning for pumping stations",
    "Asset register and condition assessment",
    "GIS mapping of the distribution network",
    "Work orders for leak repairs",
    "Complaint handling and customer service charter",
    "Budgeting and cost recovery",
    "Reading a water safety plan template",
    "Procurement of meters and fittings",
    "Reservoir cleaning and disinfection",
    "Illegal connections: detection and regularisation",
    "Performance indicators and monthly operations report",
)
TOPIC_SUFFIXES = (
    "",
    "",
    " (refresher)",
    " — practical session",
    " for the {place} team",
    " in zone {zone}",
    " at {station}",
)
COMPETENCIES = (
    "Water balance",
    "Step testing",
    "Active leak control",
    "Pressure management",
    "Metering",
    "Process mapping",
    "Revenue collection",
    "Customer relations",
    "Chlorine decay",
    "Water safety planning",
    "Laboratory practice",
    "Energy efficiency",
    "Maintenance planning",
    "Asset management",
    "GIS",
    "Financial planning",
)
APPLIED = (
    "{person} ran the zone {zone} step test alone; report filed.",
    "New billing calendar adopted by the commercial department.",
    "Booster chlorination point added at {place}.",
    "{person} now checks the {equipment} every week and logs the readings.",
    "Leak repair time in zone {zone} fell from {days} to {days2} days.",
    "{n} customer meters tested; {m} replaced.",
    "The {place} team updated {n} customer records in the register.",
    "Monthly operations report now includes night flow for zone {zone}.",
)
NOTE_SENTENCES = (
    "The night step test in zone {zone} showed a minimum night flow of {flow} m³/h "
    "against an expected {expected} m³/h.",
    "{person} led the leak survey on the {place} road with the ground microphone; "
    "{n} leaks were found and {m} repaired the same week.",
    "Residual chlorine at the {place} sampling point was {chlorine} mg/l, below the "
    "0.2 mg/l target.",
    "The billing office still had {n} undelivered bills; the mobile payment pilot "
    "reaches {pct}% of customers in the pilot area.",
    "The {equipment} at the {station} {failure}.",
    "Customers in {place} complained about low pressure in the evening; the logger "
    "confirms pressure under 10 m from 18:00 to 22:00.",
    "We agreed that {person} will send the monthly operations report by the 10th of each month.",
    "The customer register was checked for {n} connections in {place}; {pct}% were out of date.",
    "Collection efficiency reached {pct}% this quarter, up from {pct2}% a year ago.",
    "The laboratory is clean and well kept but lacks reagents for turbidity tests.",
    "{n} illegal connections were found along the main to {place} and regularised.",
    "The new tariff for social connections was explained at a public meeting in {place}.",
    "Energy use at the {station} is {kwh} kWh per m³; the pumps run far from their "
    "best efficiency point.",
    "The GIS layer of the network now covers zones 1 to {zone}.",
    "Work orders for repairs are now registered; average repair time is {days} days.",
    "Standpipe vendors in {place} sell water at three times the social tariff.",
    "The sludge from the {station} is still dumped behind the fence.",
    "{person} presented the draft water safety plan to the management team.",
    "Two new plumbers joined the repair crew in {place} and were trained on site.",
    "The procurement of {n} household meters is delayed by customs clearance.",
    "Rainy-season turbidity at the intake reached {n} NTU; the filters were backwashed "
    "twice a day.",
    "The asset register lists {n} valves, of which {pct}% could be located in the field.",
    "A women's group in {place} asked for a public tap closer to the market.",
    "Payment at the post office counter was stopped; customers now pay by mobile money "
    "or at the {place} agency.",
    "The generator at the {station} ran {n} hours this month because of power cuts.",
    "Pressure in zone {zone} rose to {flow} m after the reducing valve was reset.",
    "The data logger downloads are now archived on the shared drive every Friday.",
    "The directors agreed to fund a second leak detection team from next year's budget.",
    "Old galvanised service pipes in {place} cause most of the visible leaks.",
    "The complaint register shows {n} complaints this quarter, mostly about bills.",
)
ACTIVITIES = (
    "walk of the {place} network with the NRW team",
    "night step test in zone {zone}",
    "billing-office process mapping",
    "chlorine sampling at {n} points",
    "audit of the {station}",
    "planning workshop for next year",
    "meter testing on the test bench",
    "review of the work plan with both directors",
)
PURPOSES = (
    "Review progress on the work plan and train on active leak detection.",
    "Confirm the diagnosis with field checks.",
    "Follow up the mobile payment pilot and the customer register update.",
    "Audit the chlorination and sampling routine.",
    "Agree the next year's work plan and budget.",
)


class _Slots(dict[str, Any]):
    """Values for the ``{slots}`` of the text templates, drawn as they are used."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> Any:
        rng = self.rng
        makers: dict[str, Callable[[], Any]] = {
            "zone": lambda: rng.randint(1, 12),
            "flow": lambda: rng.randint(15, 60),
            "expected": lambda: rng.randint(8, 15),
            "person": lambda: rng.choice(PEOPLE_NAMES),
            "place": lambda: rng.choice(PLACES),
            "station": lambda: rng.choice(STATIONS),
            "equipment": lambda: rng.choice(EQUIPMENT),
            "failure": lambda: rng.choice(FAILURES),
            "n": lambda: rng.randint(3, 400),
            "m": lambda: rng.randint(1, 3),
            "pct": lambda: rng.randint(20, 95),
            "pct2": lambda: rng.randint(20, 95),
            "chlorine": lambda: f"{rng.uniform(0.0, 0.19):.2f}",
            "days": lambda: rng.randint(4, 12),
            "days2": lambda: rng.randint(1, 3),
            "kwh": lambda: f"{rng.uniform(0.4, 1.3):.2f}",
        }
        return makers[key]()


def fill(template: str, rng: random.Random) -> str:
    return template.format_map(_Slots(rng))


def visit_note(rng: random.Random) -> str:
    """A visit's notes: four to eight sentences of field observations."""
    return " ".join(fill(rng.choice(NOTE_SENTENCES), rng) for _ in range(rng.randint(4, 8)))


_PEOPLE_IDS = {key: demo_id(f"person:{key}") for key in (*MENTORS, *MENTEES)}
_TRACK_IDS = tuple(demo_id(f"track:{key}") for key in TRACKS)


def _person(key: str) -> str:
    return _PEOPLE_IDS[key]


FIRST_DAY = dt.date(2024, 3, 18)
DAYS = (dt.date(2026, 12, 31) - FIRST_DAY).days


def learning_values(rng: random.Random) -> dict[str, Any]:
    """One learning entry of the demo partnership, as a person would type it."""
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    before = rng.randint(1, 4)
    trainer = rng.choice(MENTORS)
    applied = rng.random() < 0.4
    suffix = fill(rng.choice(TOPIC_SUFFIXES), rng)
    return {
        "partnership_id": DEMO_PARTNERSHIP_ID,
        "track_id": rng.choice(_TRACK_IDS),
        "date": date,
        "form": rng.choice(list(v.LearningForm)),
        "topic": rng.choice(TOPICS) + suffix,
        "trainer_id": _person(trainer),
        "hours": rng.choice((1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 16.0, 24.0, 32.0)),
        "competency": rng.choice(COMPETENCIES),
        "level_before": before,
        "level_after": rng.randint(before, 5),
        "applied_evidence": fill(rng.choice(APPLIED), rng) if applied else None,
        "applied_date": date + dt.timedelta(days=rng.randint(20, 90)) if applied else None,
        "verified_by_id": _person(trainer) if applied else None,
    }


def visit_values(rng: random.Random, number: int) -> dict[str, Any]:
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    end = start + dt.timedelta(days=rng.randint(0, 5))
    activities = "; ".join(fill(rng.choice(ACTIVITIES), rng) for _ in range(rng.randint(2, 4)))
    return {
        "partnership_id": DEMO_PARTNERSHIP_ID,
        "title": f"Technical visit {number}: {rng.choice(PLACES)}",
        "start_date": start,
        "end_date": end,
        "site": rng.choice(STATIONS),
        "purpose": rng.choice(PURPOSES),
        "activities": activities[0].upper() + activities[1:] + ".",
        "notes": visit_note(rng),
        "next_visit_date": end + dt.timedelta(days=rng.randint(60, 180)),
        "state": v.VisitState.FINAL if rng.random() < 0.8 else v.VisitState.DRAFT,
    }


def _stamped(values: dict[str, Any], rng: random.Random, day: dt.date) -> dict[str, Any]:
    """Bookkeeping columns for a bulk-inserted row written on ``day``."""
    when = dt.datetime.combine(day, dt.time(17), dt.UTC)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created_at": when,
        "updated_at": when,
        "deleted": False,
        "clocks": {},
        **values,
    }


def _chunks(rows: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _table(model: type[SyncedRecord]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def add_learning(store: Store, count: int, rng: random.Random) -> None:
    """Bulk-add ``count`` learning entries, each with one to three trainees."""
    if count <= 0:
        return
    entries = (learning_values(rng) for _ in range(count))
    activities = (_stamped(entry, rng, entry["date"]) for entry in entries)
    with store.engine.begin() as conn:
        for chunk in _chunks(activities):
            trainees = [
                _stamped(
                    {
                        "partnership_id": DEMO_PARTNERSHIP_ID,
                        "activity_id": row["id"],
                        "person_id": _person(person),
                    },
                    rng,
                    row["date"],
                )
                for row in chunk
                for person in rng.sample(MENTEES, rng.randint(1, 3))
            ]
            conn.execute(insert(_table(LearningActivity)), chunk)
            conn.execute(insert(_table(LearningTrainee)), trainees)


def add_visit_notes(store: Store, count: int, rng: random.Random) -> None:
    """Bulk-add ``count`` site visits with notes (the longest text the search indexes)."""
    if count <= 0:
        return
    values = (visit_values(rng, n + 3) for n in range(count))
    visits = (_stamped(visit, rng, visit["start_date"]) for visit in values)
    with store.engine.begin() as conn:
        for chunk in _chunks(visits):
            conn.execute(insert(_table(SiteVisit)), chunk)


def learning_through_commands(store: Store, count: int, seed: int = 7) -> list[str]:
    """Add ``count`` learning entries the way a user does (validated, captured for sync)."""
    rng = random.Random(seed)
    with store.transaction() as session:
        return [
            commands.create(session, LearningActivity, **learning_values(rng)).id
            for _ in range(count)
        ]


def schema_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or "none"


def build_profile(path: Path, learning: int = 0, visit_notes: int = 0, seed: int = 6) -> Path:
    """A data directory with the demo partnership plus the extra rows, ready to open."""
    store = Store.open(path)
    try:
        create_demo(store)
        rng = random.Random(seed)
        add_learning(store, learning, rng)
        add_visit_notes(store, visit_notes, rng)
    finally:
        store.close()
    # Leave one self-contained file, as after a normal close of the app.
    conn = sqlite3.connect(path / "wopdesk.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def cached_profile(
    cache_dir: Path,
    learning: int = 0,
    visit_notes: int = 0,
    log: Callable[[str], None] = print,
) -> Path:
    """The generated profile of this size, built once and kept in ``cache_dir``."""
    key = f"profile-l{learning}-v{visit_notes}-d{DATA_VERSION}-s{schema_revision()}"
    target = cache_dir / key
    if target.is_dir():
        return target
    log(f"building data: demo + {learning:,} learning entries + {visit_notes:,} visit notes")
    started = time.perf_counter()
    cache_dir.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache_dir))
    try:
        build_profile(building, learning, visit_notes)
        building.rename(target)  # a half-built profile is never found under its key
    finally:
        shutil.rmtree(building, ignore_errors=True)
    log(f"built in {time.perf_counter() - started:.1f} s: {target}")
    return target


def copy_profile(source: Path, target: Path) -> Path:
    """A private copy of a cached profile, for a figure that writes to it."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target
