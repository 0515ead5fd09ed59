"""The results chain: outputs, and actions' start date, estimated cost and output."""

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.migration_support import STAMP, database_at
from tests.test_reports import whole_text
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.demo.bobo import ACTIONS, OUTPUTS
from wopdesk.domain import i18n
from wopdesk.domain import vocab as v
from wopdesk.errors import ValidationError
from wopdesk.reports.progress import build_progress_report
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import queries, results_chain, spreadsheets
from wopdesk.storage.store import Store

D = dt.date
PID = DEMO_PARTNERSHIP_ID
NRW = demo_id("track:nrw")
ACTION = demo_id("action:a3")
KARAD = demo_id("india:partnership")


def _footprint(store: Store) -> tuple[int, int, list[tuple[object, ...]]]:
    """Outputs, outbox entries and every action's row: what a refused save must not touch."""
    with store.reading() as session:
        outputs = session.query(m.Output).count()
        outbox = session.connection().exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
        actions = session.connection().exec_driver_sql("SELECT * FROM action ORDER BY id").all()
    return outputs, int(outbox or 0), [tuple(row) for row in actions]


def _output(store: Store, **values: object) -> str:
    with store.transaction() as session:
        return cmd.create(
            session, m.Output, partnership_id=PID, **{"title": "Carte SIG", **values}
        ).id


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        ({"title": "  "}, "title", "Output: Title is required."),
        (
            {"status": v.OutputStatus.DELIVERED, "evidence": "Le rapport"},
            "delivered_date",
            "Output: a delivered output needs its delivered date.",
        ),
        (
            {"status": v.OutputStatus.DELIVERED, "delivered_date": D(2999, 1, 1)},
            "delivered_date",
            "is in the future",
        ),
        (
            {"track_id": demo_id("india:track:nrw")},
            "track_id",
            "Output: the improvement track is not one of this partnership.",
        ),
    ],
)
def test_a_refused_output_writes_nothing(
    demo_store: Store, values: dict[str, object], field: str, sentence: str
) -> None:
    before = _footprint(demo_store)
    with pytest.raises(ValidationError, match=sentence) as refused:
        _output(demo_store, **values)
    assert refused.value.field == field
    assert str(refused.value).count(".") == 1  # one sentence
    assert _footprint(demo_store) == before


def test_a_delivered_output_with_its_date_is_saved(demo_store: Store) -> None:
    output_id = _output(
        demo_store,
        status=v.OutputStatus.DELIVERED,
        delivered_date=D(2026, 5, 2),
        evidence="Carte remise au service technique",
        track_id=NRW,
    )
    with demo_store.reading() as session:
        output = session.get(m.Output, output_id)
        assert output is not None
        assert output.status == v.OutputStatus.DELIVERED


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        (
            {"start_date": D(2026, 10, 1)},  # a3 is due on 30 September 2026
            "due_date",
            "Action: Due date",
        ),
        (
            {"estimated_cost": Decimal("1500000")},
            "estimated_cost_currency",
            "Action: give the currency of the estimated cost.",
        ),
        (
            {"estimated_cost": Decimal("100"), "estimated_cost_currency": "DOL"},
            "estimated_cost_currency",
            "'DOL' is not an ISO 4217 currency",
        ),
        (
            {"estimated_cost": Decimal("-5"), "estimated_cost_currency": "XOF"},
            "estimated_cost",
            "cannot be negative",
        ),
        (
            {"output_id": "00000000-0000-0000-0000-00000000f0f0"},  # forged
            "output_id",
            "Action: the output it serves is not one of this partnership.",
        ),
    ],
)
def test_a_refused_action_change_writes_nothing(
    demo_store: Store, values: dict[str, object], field: str, sentence: str
) -> None:
    before = _footprint(demo_store)
    with pytest.raises(ValidationError, match=sentence) as refused, demo_store.transaction() as s:
        cmd.update(s, m.Action, ACTION, **values)
    assert refused.value.field == field
    assert _footprint(demo_store) == before


def test_an_action_cannot_serve_another_partnerships_output(demo_store: Store) -> None:
    with demo_store.reading() as session:
        karad_output = results_chain.outputs(session, KARAD)[0].id
    before = _footprint(demo_store)
    with pytest.raises(ValidationError, match="not one of this partnership"):
        with demo_store.transaction() as session:
            cmd.update(session, m.Action, ACTION, output_id=karad_output)
    with pytest.raises(ValidationError, match="not one of this partnership"):
        with demo_store.transaction() as session:
            cmd.create(
                session, m.Action, partnership_id=PID, description="x", output_id=karad_output
            )
    assert _footprint(demo_store) == before


def test_an_action_keeps_its_start_cost_and_output(demo_store: Store) -> None:
    output_id = _output(demo_store, track_id=NRW)
    with demo_store.transaction() as session:
        cmd.update(
            session,
            m.Action,
            ACTION,
            start_date=D(2026, 7, 1),
            estimated_cost=Decimal("1250.55"),
            estimated_cost_currency="EUR",
            output_id=output_id,
        )
    with demo_store.reading() as session:
        action = session.get(m.Action, ACTION)
        assert action is not None
        assert action.estimated_cost == Decimal("1250.55")
        assert isinstance(action.estimated_cost, Decimal)
        (chain,) = [
            c for c in results_chain.outputs_by_track(session, PID, NRW) if c.track_id == NRW
        ]
        mine = next(o for o in chain.outputs if o.id == output_id)
        assert [a.id for a in mine.actions] == [ACTION]


def test_outputs_are_searchable(demo_store: Store) -> None:
    output_id = _output(demo_store, evidence="Attestation tamponnée par le maire")
    with demo_store.reading() as session:
        (hit,) = queries.search(session, "attestation tamponnee")
        assert (hit.entity, hit.row_id) == ("output", output_id)


def test_migration_0009_keeps_actions_and_their_search(tmp_path: Path) -> None:
    with sqlite3.connect(database_at(tmp_path, "0008_budget_lines")) as conn:
        conn.execute(
            "INSERT INTO action (id, partnership_id, description, due_date, status, progress, "
            f"created_at, updated_at, deleted, clocks) VALUES ('a', 'p', 'Réparer la conduite', "
            f"'2026-03-31', 'in_progress', 40, {STAMP})"
        )
    conn.close()
    store = Store.open(tmp_path)
    with store.reading() as session:
        action = session.get(m.Action, "a")
        assert action is not None
        assert (action.description, action.due_date, action.progress) == (
            "Réparer la conduite",
            D(2026, 3, 31),
            40,
        )
        assert (action.start_date, action.estimated_cost, action.output_id) == (None, None, None)
        assert [h.row_id for h in queries.search(session, "conduite")] == ["a"]
    with store.transaction() as session:  # the rebuilt table's search triggers still work
        cmd.update(session, m.Action, "a", description="Remplacer la vanne")
    with store.reading() as session:
        assert [h.row_id for h in queries.search(session, "vanne")] == ["a"]
        assert queries.search(session, "conduite") == []
    store.close()


def test_the_progress_report_prints_the_outputs_and_their_actions(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "progress.pdf"
    build_progress_report(demo_store, PID, path, today=D(2026, 11, 20))
    text = whole_text(path)
    section = text[text.index("Outputs and actions") :]
    for output in OUTPUTS:
        assert " ".join(output.title.split()) in section
    # The outputs' status, target date and evidence, then an action under its output.
    plan = section.index("Plan de réduction des pertes adopté")
    assert "In progress" in section[plan : plan + 200]
    assert "31 Mar 2027" in section[plan : plan + 200]
    assert "Delivered on 15 Jul 2025." in section
    action = next(a for a in ACTIONS if a.key == "a11")
    assert section.index(action.description[:40]) > plan


def test_the_work_plan_export_holds_the_output_start_and_cost(
    demo_store: Store, tmp_path: Path
) -> None:
    written = spreadsheets.export_xlsx(demo_store, PID, tmp_path / "bobo.xlsx")
    sheet = openpyxl.load_workbook(written)["Work plan"]
    headings = [cell.value for cell in sheet[1]]
    assert headings[2] == "Output it serves"
    assert headings[4] == "Start date"
    assert headings[8:] == ["Estimated cost", "Cost currency"]
    a6 = next(a for a in ACTIONS if a.key == "a6")  # fichier-clients, 9,000,000 XOF
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == a6.description)
    assert row[2].value == "Fichier clients à jour dans les quartiers lotis récemment"
    assert row[4].value == dt.datetime(2025, 10, 1)
    assert (row[8].value, row[8].number_format, row[9].value) == (9_000_000, "#,##0", "XOF")
    csv_dir = spreadsheets.export_csv(demo_store, PID, tmp_path / "csv")
    assert csv_dir
    text = (tmp_path / "csv" / "actions.csv").read_text(encoding="utf-8-sig")
    assert ",2025-10-01,2026-03-31," in text
    assert ",9000000,XOF" in text


def test_the_french_report_names_the_section_in_french(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    i18n.set_language("fr")
    try:
        build_progress_report(demo_store, PID, path, today=D(2026, 11, 20))
    finally:
        i18n.set_language(None)
    text = whole_text(path)
    assert "Produits et actions" in text
    assert "Livré le 15 juil. 2025." in text
