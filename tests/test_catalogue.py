"""The indicator catalogue: its sources, its update of existing profiles, its languages,
and the indicators a partnership defines for itself."""

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.test_server_push import creation, new_id, principal, push
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain import catalogue as cat
from wopdesk.domain.catalogue import (
    CATALOGUE_VERSION,
    TEXT_FIELDS,
    builtin_indicator_id,
    catalogue,
    is_better,
    load_catalogue,
    markdown,
    meets,
)
from wopdesk.domain.i18n import set_language
from wopdesk.domain.vocab import BetterWhen
from wopdesk.errors import ValidationError
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.visit import build_latest_visit_summary
from wopdesk.server.db import ServerDatabase
from wopdesk.storage import commands, listing, queries
from wopdesk.storage.clock import Stamp
from wopdesk.storage.models import Indicator, IndicatorReading, Partnership, Setting, SiteVisit
from wopdesk.storage.store import CATALOGUE_VERSION_SETTING, Store

ROOT = Path(__file__).resolve().parent.parent
# The catalogue file this CATALOGUE_VERSION was given to. After changing the file, raise
# CATALOGUE_VERSION (so profiles are updated) and write the new hash here.
PINNED_SHA256 = "6981b35bbd268ec4995cc1d24f3e5d119e71e6d9dedb2be98b15fc5a9b7cad98"


def definition(code: str) -> cat.IndicatorDefinition:
    return cat.by_code()[code]


# --- the file and its sources ---------------------------------------------------------


def test_a_changed_catalogue_file_comes_with_a_new_version() -> None:
    assert cat.catalogue_sha256() == PINNED_SHA256, (
        "resources/indicators.csv changed: raise CATALOGUE_VERSION and pin the new hash"
    )


def test_docs_list_the_catalogue_as_the_file_says() -> None:
    docs = (ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    assert docs == markdown(), "run: python -m wopdesk.domain.catalogue --markdown"
    for d in catalogue():
        assert f"| {d.number} | {d.code}" in docs


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("IBNET-WATER-COV", "1.1"),
        ("IBNET-SEWER-COV", "2.1"),
        ("IBNET-NRW-PCT", "6.1"),
        ("IBNET-METERING", "7.1"),
        ("IBNET-PIPE-BREAKS", "9.1"),
        ("IBNET-UNIT-OPEX", "11.1"),
        ("IBNET-STAFF", "12.1"),
        ("IBNET-CONTINUITY", "15.1"),
        ("IBNET-CL-TESTS", "15.3"),
        ("IBNET-CL-PASS", "15.4"),
        ("IBNET-COMPLAINTS", "16.1"),
        ("IBNET-COLLECTION-PERIOD", "23.1"),
        ("IBNET-COLLECTION-RATIO", "23.2"),
        ("SLB-2", "2.1.2"),
    ],
)
def test_each_indicator_carries_its_frameworks_own_number(code: str, number: str) -> None:
    d = definition(code)
    assert d.number == number
    assert f"indicator {number}" in d.source or f"sheet {number}" in d.source


def test_every_row_cites_its_document_and_no_blue_book_for_the_toolkits_numbers() -> None:
    for d in catalogue():
        assert d.number, d.code
        assert d.source, d.code
        if d.framework == "IBNET":
            assert d.source.startswith("IBNET Toolkit"), d.code
            assert "Blue Book" not in d.source, d.code
        else:
            assert "Handbook on Service Level Benchmarking" in d.source, d.code
            assert "(2008)" in d.source, d.code


def test_every_handbook_row_is_checked_and_cites_its_indicator_sheets_pages() -> None:
    # Section 2.1 gives each indicator two pages from p. 17 (2.1.1) to p. 34 (2.1.9) in the
    # printing whose Section II starts on p. 13; the other printing's pages differ, so a
    # page names its printing.
    printing = "(in the printing whose contents start Section II on p. 13)"
    for d in catalogue():
        if d.framework != "SLB":
            continue
        sheet = int(d.number.rsplit(".", 1)[1])
        pages = f"pp. {15 + 2 * sheet}–{16 + 2 * sheet} {printing}"
        assert d.checked, d.code
        assert d.source.endswith(f"indicator sheet {d.number}, {pages}"), d.code
        assert d.benchmark_source.endswith(f"indicator {d.number}, {pages}"), d.code
    assert "pp. 17–18" in definition("SLB-1").source
    assert "sewerage" not in definition("SLB-2").note  # not what the Handbook says of 135 lpcd


def test_benchmarks_only_with_a_published_source() -> None:
    for d in catalogue():
        assert (d.benchmark is None) == (not d.benchmark_source), d.code
    # IBNET publishes definitions, not targets.
    assert all(d.benchmark is None for d in catalogue() if d.framework == "IBNET")
    assert definition("SLB-4").benchmark == 20


def test_directions_and_bounds() -> None:
    slb2 = definition("SLB-2")
    assert (slb2.better_when, slb2.benchmark, slb2.max_value) == (BetterWhen.NORM, 135, None)
    for d in catalogue():
        if d.unit in ("%", "% of samples"):
            assert (d.min_value, d.max_value) in ((0, 100), (0, None)), d.code
    # Ratios that cannot exceed 100 % are bounded; those the source lets exceed it are not.
    assert definition("IBNET-CL-PASS").max_value == 100
    assert definition("IBNET-CL-TESTS").max_value is None  # "This may exceed 100%."
    assert definition("IBNET-COLLECTION-RATIO").max_value is None  # arrears count
    assert definition("IBNET-CONTINUITY").max_value == 24


def test_the_core_indicators_of_a_wop_diagnosis_are_there() -> None:
    names = {d.name for d in catalogue()}
    for name in ("Water coverage", "Sewerage coverage", "Pipe breaks", "Collection period"):
        assert name in names
    assert definition("IBNET-PIPE-BREAKS").unit == "breaks/km/year"
    assert definition("IBNET-COLLECTION-PERIOD").unit == "days"


def test_staff_ratio_counts_water_staff_against_water_connections() -> None:
    formula = definition("IBNET-STAFF").formula
    assert "water service" in formula
    assert "water connections" in formula
    assert "total staff" not in formula


def test_a_renamed_code_keeps_its_id() -> None:
    old = builtin_indicator_id("IBNET-COLLECTION")
    assert builtin_indicator_id("IBNET-COLLECTION-RATIO") == old
    assert definition("IBNET-COLLECTION").code == "IBNET-COLLECTION-RATIO"
    assert builtin_indicator_id("SLB-4") != builtin_indicator_id("SLB-5")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("X,X-1,1,Thing,%,a/b,higher,5,,0,100,Somewhere", "benchmark needs"),
        ("X,X-1,1,Thing,%,a/b,higher,,,100,0,Somewhere", "above max_value"),
        ("X,X-1,1,Thing,%,a/b,higher,,,0,100,", "source is missing"),
        ("X,X-1,1,Thing,%,a/b,sideways,,,0,100,Somewhere", "line 2"),
    ],
)
def test_a_bad_row_is_refused_with_its_line(tmp_path: Path, row: str, message: str) -> None:
    bad = tmp_path / "indicators.csv"
    header = "framework,code,number,name,unit,formula,better_when,benchmark,benchmark_source,"
    bad.write_text(header + "min_value,max_value,source\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_catalogue(bad)


def test_a_code_used_twice_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "indicators.csv"
    bad.write_text(
        "framework,code,name,unit,formula,better_when,benchmark,min_value,max_value,source,"
        "previous_codes\n"
        "X,X-2,Thing,%,a/b,higher,,,,here,X-1\n"
        "X,X-1,Other,%,a/b,higher,,,,here,\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="X-1 more than once"):
        load_catalogue(bad)


# --- judging a value ----------------------------------------------------------------


def test_nearer_the_norm_is_better_and_more_is_not() -> None:
    norm = BetterWhen.NORM
    assert is_better(norm, 130, 100, 135)
    assert not is_better(norm, 180, 140, 135)  # more water than the norm is no better
    assert is_better(norm, 140, 180, 135)
    # A target between the baseline and the norm is reached from either side.
    assert meets(norm, 120, 120, 90)
    assert meets(norm, 130, 120, 90)
    assert not meets(norm, 110, 120, 90)
    assert meets(norm, 150, 150, 190)
    assert not meets(norm, 160, 150, 190)
    assert is_better(BetterWhen.LOWER, 20, 30)
    assert not is_better(BetterWhen.HIGHER, 20, 30)


# --- translations -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_indicator_is_named_in_french_and_spanish(language: str) -> None:
    for d in catalogue():
        for name in ("name", "unit", "formula"):
            assert d.translations[language].get(name), (d.code, name, language)
        if d.note:
            assert d.translations[language].get("note"), (d.code, language)
        assert d.text("name", language) != d.name, (d.code, language)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_translated_texts_use_the_typography_of_the_apps_translations(language: str) -> None:
    # The app's French writes "Rapport d’avancement" and groups digits with a narrow
    # no-break space; a catalogue name beside it must not print "d'eau" or "1 000".
    for d in catalogue():
        for name in TEXT_FIELDS:
            text = d.translations.get(language, {}).get(name, "")
            assert "'" not in text, (d.code, name, text)
            assert '"' not in text, (d.code, name, text)
            assert not re.search(r"\d \d", text), (d.code, name, text)


def test_the_sources_own_terms() -> None:
    nrw = definition("IBNET-NRW-PCT")
    assert nrw.text("name", "fr").startswith("Eau non facturée")
    assert nrw.text("name", "es").startswith("Agua no contabilizada")


def test_the_indicators_page_reads_the_definition_in_the_users_language(
    demo_store: Store,
) -> None:
    nrw = builtin_indicator_id("IBNET-NRW-PCT")
    set_language("es")
    try:
        with demo_store.reading() as session:
            reading = session.scalars(
                select(IndicatorReading).where(IndicatorReading.indicator_id == nrw)
            ).first()
            assert reading is not None
            series = listing.indicator_series(
                session, reading.partnership_id, reading.utility_id, nrw
            )
    finally:
        set_language(None)
    assert series is not None
    assert series.name == "Agua no contabilizada (% del agua suministrada)"
    assert series.formula.startswith("(agua suministrada neta")
    assert series.note.startswith("Un porcentaje")
    assert "indicator 6.1" in series.source


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", re.sub(r"\s+", " ", text))


def _partnership_indicator_names(
    store: Store, partnership_id: str
) -> list[cat.IndicatorDefinition]:
    with store.reading() as session:
        links = queries.track_indicators(session, partnership_id)
        return [cat.by_id()[link.indicator_id] for link in links if link.indicator.builtin]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_reports_name_indicators_in_the_readers_language(
    demo_store: Store, tmp_path: Path, language: str
) -> None:
    with demo_store.reading() as session:
        partnerships = [p.id for p in queries.live(session, Partnership)]
    set_language(language)
    try:
        built = [
            (pid, build_progress_report(demo_store, pid, tmp_path / f"{n}.pdf").path)
            for n, pid in enumerate(partnerships)
        ]
        visit = build_latest_visit_summary(demo_store, tmp_path / "visit.pdf")
    finally:
        set_language(None)
    with demo_store.reading() as session:
        visited = session.scalar(
            select(SiteVisit.partnership_id).order_by(SiteVisit.end_date.desc())
        )
    built.append((visited, visit.path))
    checked = 0
    for pid, path in built:
        text = _pdf_text(path)
        for d in _partnership_indicator_names(demo_store, pid):
            for name in ("name", "unit"):
                english, translated = d.text(name), d.text(name, language)
                assert unicodedata.normalize("NFKC", translated) in text, translated
                if english != translated and len(english) > 3:
                    assert unicodedata.normalize("NFKC", english) not in text, english
            checked += 1
        for d in catalogue():  # no English catalogue name at all
            english = d.name
            if english != d.text("name", language):
                assert unicodedata.normalize("NFKC", english) not in text, english
    assert checked >= 5


# --- a catalogue update reaches existing profiles ----------------------------------------


def _make_old(store: Store) -> tuple[str, set[str]]:
    """Turn the demo profile into one written by WOPdesk's first catalogue: collection
    efficiency under its old code, number and wording, with readings recorded against it."""
    indicator_id = builtin_indicator_id("IBNET-COLLECTION")
    with store.transaction() as session:
        row = session.get(Indicator, indicator_id)
        assert row is not None
        row.code, row.name, row.benchmark = "IBNET-COLLECTION", "Collection efficiency", 90
        row.benchmark_source = "IBNET Blue Book (World Bank, 2014), indicator 19.1"
        row.max_value = 200
        session.merge(Setting(key=CATALOGUE_VERSION_SETTING, value=1))
        partnership = queries.live(session, Partnership)[0]
        commands.record_reading(  # one of its own, whatever the demo records
            session,
            partnership_id=partnership.id,
            utility_id=partnership.mentee_utility_id,
            indicator_id=indicator_id,
            period=dt.date(2023, 12, 31),
            value=150.0,  # arrears collected: above 100 %, as the new definition allows
        )
        readings = set(
            session.scalars(
                select(IndicatorReading.id).where(IndicatorReading.indicator_id == indicator_id)
            )
        )
    return indicator_id, readings


def test_opening_an_older_profile_updates_its_catalogue_and_keeps_its_readings(
    demo_store: Store, data_dir: Path
) -> None:
    indicator_id, readings = _make_old(demo_store)
    assert readings
    demo_store.close()
    reopened = Store.open(data_dir)
    try:
        with reopened.reading() as session:
            row = session.get(Indicator, indicator_id)
            assert row is not None
            assert (row.code, row.name) == ("IBNET-COLLECTION-RATIO", "Collection ratio")
            assert (row.benchmark, row.benchmark_source, row.max_value) == (None, None, None)
            kept = set(
                session.scalars(
                    select(IndicatorReading.id).where(IndicatorReading.indicator_id == indicator_id)
                )
            )
            assert kept == readings
            assert session.get(Setting, CATALOGUE_VERSION_SETTING).value == CATALOGUE_VERSION
            new = session.get(Indicator, builtin_indicator_id("IBNET-PIPE-BREAKS"))
            assert new is not None
            assert new.builtin
        assert reopened.seed_catalogue() is False  # once is enough
    finally:
        reopened.close()


def test_a_profile_of_catalogue_2_gets_the_handbooks_wording_and_keeps_its_readings(
    demo_store: Store, data_dir: Path
) -> None:
    nrw = builtin_indicator_id("SLB-4")
    old = "(water produced − water billed) ÷ water produced × 100"  # catalogue 2 said "billed"
    with demo_store.transaction() as session:
        row = session.get(Indicator, nrw)
        assert row is not None
        row.formula = old
        session.merge(Setting(key=CATALOGUE_VERSION_SETTING, value=2))
        readings = set(
            session.scalars(select(IndicatorReading.id).where(IndicatorReading.indicator_id == nrw))
        )
    assert readings
    demo_store.close()
    reopened = Store.open(data_dir)
    try:
        with reopened.reading() as session:
            row = session.get(Indicator, nrw)
            assert row is not None
            assert row.formula == definition("SLB-4").formula != old
            kept = session.scalars(
                select(IndicatorReading.id).where(IndicatorReading.indicator_id == nrw)
            )
            assert set(kept) == readings
    finally:
        reopened.close()


def test_a_newer_profiles_catalogue_is_left_alone(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        session.merge(Setting(key=CATALOGUE_VERSION_SETTING, value=CATALOGUE_VERSION + 1))
        session.get(Indicator, builtin_indicator_id("SLB-4")).name = "From a newer WOPdesk"
    assert demo_store.seed_catalogue() is False
    with demo_store.reading() as session:
        assert session.get(Indicator, builtin_indicator_id("SLB-4")).name == "From a newer WOPdesk"


def test_an_update_that_fails_changes_nothing(demo_store: Store) -> None:
    indicator_id, _ = _make_old(demo_store)
    good = catalogue()
    broken = (*good[:-1], cat.IndicatorDefinition(**{**_fields(good[-1]), "name": ""}))
    with pytest.raises(ValidationError):
        demo_store.seed_catalogue(broken, CATALOGUE_VERSION)
    with demo_store.reading() as session:
        assert session.get(Indicator, indicator_id).code == "IBNET-COLLECTION"
        assert session.get(Setting, CATALOGUE_VERSION_SETTING).value == 1


def _fields(d: cat.IndicatorDefinition) -> dict[str, object]:
    return {name: getattr(d, name) for name in d.__dataclass_fields__}


# --- indicators a partnership defines ------------------------------------------------


def test_a_partnerships_own_indicator_is_offered_in_that_partnership_only(
    demo_store: Store, second_partnership: str
) -> None:
    with demo_store.transaction() as session:
        own = commands.create(
            session,
            Indicator,
            partnership_id=DEMO_PARTNERSHIP_ID,
            code="KOL-LEAK-DAYS",
            name="Days to repair a visible leak",
            unit="days",
            formula="sum of days from report to repair ÷ leaks repaired",
            better_when=BetterWhen.LOWER,
            min_value=0,
        ).id
        shared = commands.create(session, Indicator, code="OLD-1", name="Shared", unit="%").id
    with demo_store.reading() as session:
        here = {i.id for i in queries.indicators(session, DEMO_PARTNERSHIP_ID)}
        there = {i.id for i in queries.indicators(session, second_partnership)}
        nrw = builtin_indicator_id("IBNET-NRW-PCT")
        assert {own, shared, nrw} <= here
        assert {shared, nrw} <= there
        assert own not in there
        count = session.scalar(select(func.count()).select_from(Indicator))
        assert count == len(catalogue()) + 2


def _partnership(utility: str) -> dict[str, object]:
    return {
        "title": "WOP",
        "mentor_utility_id": utility,
        "mentee_utility_id": utility,
        "currency": "XOF",
        "type": "south_south",
        "phase": "design",
        "status": "active",
    }


def test_the_server_keeps_a_partnerships_indicator_to_that_partnership(
    server_db: ServerDatabase,
) -> None:
    admin = principal(server_db, "admin", {}, admin=True)
    t0 = int(dt.datetime.now(dt.UTC).timestamp() * 1000) - 60_000
    stamp = Stamp(t0, 0, "a" * 16).encode()
    utility, wop, other_wop = new_id(), new_id(), new_id()
    setup = creation("utility", utility, {"name": "U", "country": "SN", "kind": "water"}, stamp)
    setup += creation("partnership", wop, _partnership(utility), stamp)
    setup += creation("partnership", other_wop, _partnership(utility), stamp)
    assert {r.status for r in push(server_db, admin, setup).results} == {"accepted"}
    member = principal(server_db, "awa", {wop: "mentor", other_wop: "mentor"})
    outsider = principal(server_db, "bob", {new_id(): "mentor"})
    indicator_id = new_id()
    indicator = {
        "partnership_id": wop,
        "framework": "Custom",
        "code": "KOL-1",
        "name": "Days to repair a leak",
        "unit": "days",
        "better_when": "lower",
        "builtin": False,
    }
    refused = push(server_db, outsider, creation("indicator", new_id(), indicator, stamp))
    assert {r.status for r in refused.results} == {"refused"}
    # Answered as a partnership the server does not have: its existence stays private.
    assert "partnership the server does not have" in (refused.results[0].reason or "")
    accepted = push(server_db, member, creation("indicator", indicator_id, indicator, stamp))
    assert [r.reason for r in accepted.results if r.status != "accepted"] == []

    def reading(partnership_id: str) -> list[dict[str, object]]:
        values = {
            "partnership_id": partnership_id,
            "utility_id": utility,
            "indicator_id": indicator_id,
            "period": "2026-06-30",
            "value": 3.0,
            "confidence": "fair",
        }
        return creation("indicator_reading", new_id(), values, stamp)

    here = push(server_db, member, reading(wop))
    assert [r.reason for r in here.results if r.status != "accepted"] == []
    there = push(server_db, member, reading(other_wop))
    assert {r.status for r in there.results} == {"refused"}
    assert "indicator of another partnership" in (there.results[0].reason or "")


def test_pinned_hash_is_the_hash_of_the_file() -> None:
    digest = hashlib.sha256((ROOT / "resources" / "indicators.csv").read_bytes()).hexdigest()
    assert digest == cat.catalogue_sha256()
