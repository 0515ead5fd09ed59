"""Partnership health reviews and the WOP cycle's history: resource files, refusals,
summaries, and sync through a real server."""

import datetime as dt
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from keyring.backends import fail
from sqlalchemy import func, select

from wopdesk.domain import i18n
from wopdesk.domain import vocab as v
from wopdesk.domain.cycle import phase_practices, practices
from wopdesk.domain.health import HIGHEST, LOWEST, health_items, item_name
from wopdesk.errors import ValidationError
from wopdesk.server import accounts
from wopdesk.server.app import create_app
from wopdesk.server.db import ServerDatabase
from wopdesk.server.testing import running_server
from wopdesk.storage import commands as cmd
from wopdesk.storage import health
from wopdesk.storage import models as m
from wopdesk.storage.health import ItemScore
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync import tokens as sync_tokens
from wopdesk.sync.client import ServerConnection
from wopdesk.sync.engine import SyncEngine
from wopdesk.sync.tokens import FileTokens

TODAY = dt.date.today()


def test_resource_files_load_and_every_row_names_its_source() -> None:
    items = health_items()
    assert len(items) >= 8
    assert len({i.id for i in items}) == len(items)
    assert all(i.name and i.description and i.source.strip() for i in items)
    assert {"leadership", "communication", "trust", "sustainability"} <= {i.id for i in items}
    found = practices()
    assert len({p.id for p in found}) == len(found)
    assert all(p.text and p.source.strip() for p in found)
    # Every phase of the cycle has guidance; the seeds' five phases have theirs.
    for phase in v.WopPhase:
        assert phase_practices(phase), phase
    assert len(phase_practices(v.WopPhase.DESIGN)) == 5


def test_item_names_are_translated() -> None:
    try:
        i18n.set_language("fr")
        assert item_name("trust") == "Confiance"
        i18n.set_language("es")
        assert item_name("trust") == "Confianza"
    finally:
        i18n.set_language(None)
    assert item_name("gone_item") == "gone_item"


def _partnership(store: Store) -> str:
    with store.transaction() as session:
        mentor = cmd.create(session, m.Utility, name="Mentor utility", country="MA")
        mentee = cmd.create(session, m.Utility, name="Mentee utility", country="BF")
        partnership = cmd.create(
            session,
            m.Partnership,
            title="A partnership",
            mentor_utility_id=mentor.id,
            mentee_utility_id=mentee.id,
            currency="XOF",
        )
        return partnership.id


def _count(store: Store, model: type[m.SyncedRecord]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _record(store: Store, pid: str, scores: dict[str, ItemScore], **values: object) -> str:
    fields = {"date": TODAY, "scored_by": v.PartnerSide.MENTEE, **values}
    with store.transaction() as session:
        return health.record_review(session, pid, fields, scores).id


@pytest.mark.parametrize(
    ("values", "scores", "sentence"),
    [
        ({}, {"trust": ItemScore(HIGHEST + 1)}, "is scored from 1 to 4 (got 5)"),
        ({}, {"trust": ItemScore(3), "leadership": ItemScore(LOWEST - 1)}, "(got 0)"),
        ({"date": TODAY + dt.timedelta(days=1)}, {"trust": ItemScore(3)}, "is in the future"),
        ({}, {"nonsense": ItemScore(3)}, "'nonsense' is not one of the items"),
        ({}, {"trust": ItemScore(None)}, "score at least one item"),
        ({"scored_by": None}, {"trust": ItemScore(3)}, "is required"),
    ],
)
def test_a_bad_review_is_refused_with_one_sentence_and_nothing_is_written(
    store: Store, values: dict[str, object], scores: dict[str, ItemScore], sentence: str
) -> None:
    pid = _partnership(store)
    before = _count(store, m.HealthReview), _count(store, m.HealthScore)
    with pytest.raises(ValidationError) as refused:
        _record(store, pid, scores, **values)
    assert sentence in str(refused.value)
    assert str(refused.value).count(".") <= 2  # one sentence
    assert (_count(store, m.HealthReview), _count(store, m.HealthScore)) == before


def test_a_score_out_of_the_scale_is_refused_even_written_directly(store: Store) -> None:
    pid = _partnership(store)
    review = _record(store, pid, {"trust": ItemScore(2)})
    with pytest.raises(ValidationError, match="between 1 and 4"):
        with store.transaction() as session:
            cmd.create(
                session, m.HealthScore, partnership_id=pid, review_id=review, item="trust", score=9
            )


def test_the_summary_averages_each_sides_latest_reviews_per_item(store: Store) -> None:
    pid = _partnership(store)
    earlier = TODAY - dt.timedelta(days=90)
    mentor, mentee = v.PartnerSide.MENTOR, v.PartnerSide.MENTEE
    _record(store, pid, {"trust": ItemScore(1)}, date=earlier)  # older: not counted
    _record(store, pid, {"trust": ItemScore(2), "leadership": ItemScore(4, "Strong DG")})
    _record(store, pid, {"trust": ItemScore(3)})  # a second mentee reviewer, same day
    _record(store, pid, {"trust": ItemScore(4)}, scored_by=mentor, date=earlier)
    with store.reading() as session:
        found = health.summary(session, pid)
        older = health.summary(session, pid, up_to=earlier)
        rows = health.review_rows(session, pid)
    assert found.dates == {mentor: earlier, mentee: TODAY}
    assert found.averages["trust"] == {mentor: 4, mentee: 2.5}
    assert found.averages["leadership"] == {mentor: None, mentee: 4}
    assert (mentee, "leadership", "Strong DG") in found.comments
    assert older.averages["trust"] == {mentor: 4, mentee: 1}
    assert [r.date for r in rows] == [TODAY, TODAY, earlier, earlier]
    assert rows[-1].average in (1, 4)


def test_editing_a_review_changes_removes_and_adds_scores(store: Store) -> None:
    pid = _partnership(store)
    review_id = _record(store, pid, {"trust": ItemScore(2), "leadership": ItemScore(3)})
    with store.transaction() as session:
        health.record_review(
            session,
            pid,
            {"note": "After the steering committee"},
            {
                "trust": ItemScore(3, "Better"),
                "leadership": ItemScore(None),
                "resources": ItemScore(1),
            },
            review_id=review_id,
        )
    with store.reading() as session:
        scores = {s.item: (s.score, s.comment) for s in health.review_scores(session, review_id)}
    assert scores == {"trust": (3, "Better"), "resources": (1, None)}


def test_deleting_a_review_takes_its_scores_with_it(store: Store) -> None:
    pid = _partnership(store)
    review_id = _record(store, pid, {"trust": ItemScore(2), "leadership": ItemScore(3)})
    with store.transaction() as session:
        deletion = cmd.delete(session, m.HealthReview, review_id)
    assert deletion.records == 3
    with store.reading() as session:
        assert health.review_rows(session, pid) == []


# --- sync through the real server -------------------------------------------------------


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(sync_tokens.keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(sync_client, "RETRY_BACKOFF", 0.0)


def _sync(store: Store, url: str, user: str) -> None:
    connection = ServerConnection(
        url,
        user,
        password=lambda: f"{user}-password",
        tokens=FileTokens(store.data_dir / "tokens.json"),
        http=httpx.Client(timeout=30),
    )
    with connection:
        SyncEngine(store, connection).sync()


def test_reviews_ticks_phase_history_and_pairs_sync_through_the_server(
    tmp_path: Path, quiet: None
) -> None:
    mentor_laptop, mentee_laptop = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    pid = _partnership(mentor_laptop)
    db = ServerDatabase.open(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        for user in ("amina", "ali"):
            accounts.add_user(db, user, f"{user}-password")
            accounts.grant(db, user, pid, "mentor" if user == "amina" else "mentee")
        with running_server(create_app(db)) as url:
            with mentor_laptop.transaction() as session:
                a = cmd.create(session, m.Person, name="Amina")
                b = cmd.create(session, m.Person, name="Ali")
                cmd.create(
                    session,
                    m.PracticeTick,
                    partnership_id=pid,
                    practice="design_demand_driven",
                    ticked_on=TODAY,
                )
                cmd.create(
                    session,
                    m.PhaseChange,
                    partnership_id=pid,
                    phase=v.WopPhase.DIAGNOSIS,
                    date=TODAY,
                    note="Kick-off",
                )
                cmd.create(
                    session,
                    m.MentoringPair,
                    partnership_id=pid,
                    mentor_id=a.id,
                    mentee_id=b.id,
                    phase=v.MentoringPhase.ORIENTATION,
                    date=TODAY,
                )
                cmd.create(
                    session, m.Membership, partnership_id=pid, person_id=a.id, role=v.Role.MENTOR
                )
            _record(
                mentor_laptop,
                pid,
                {"trust": ItemScore(3, "Good visits")},
                scored_by=v.PartnerSide.MENTOR,
            )
            _sync(mentor_laptop, url, "amina")
            _sync(mentee_laptop, url, "ali")
            review = _record(mentee_laptop, pid, {"trust": ItemScore(2, "Late reports")})
            _sync(mentee_laptop, url, "ali")
            _sync(mentor_laptop, url, "amina")
            for laptop in (mentor_laptop, mentee_laptop):
                with laptop.reading() as session:
                    found = health.summary(session, pid)
                    assert found.averages["trust"] == {
                        v.PartnerSide.MENTOR: 3,
                        v.PartnerSide.MENTEE: 2,
                    }
                    assert session.get(m.HealthReview, review) is not None
                    for model in (m.PracticeTick, m.PhaseChange, m.MentoringPair):
                        assert session.scalar(select(func.count()).select_from(model)) == 1
            _edit_and_delete_sync(mentor_laptop, mentee_laptop, url)
    finally:
        db.close()
        mentor_laptop.close()
        mentee_laptop.close()


def _edit_and_delete_sync(mentor_laptop: Store, mentee_laptop: Store, url: str) -> None:
    """The mentee corrects a phase change and deletes the pair; the mentor restores it."""
    from wopdesk.storage import deletions

    with mentee_laptop.transaction() as session:
        change = session.scalars(select(m.PhaseChange)).one()
        cmd.update(session, m.PhaseChange, change.id, note="Kick-off in Bamako")
        pair = session.scalars(select(m.MentoringPair)).one()
        deletions.delete(session, m.MentoringPair, pair.id)
    _sync(mentee_laptop, url, "ali")
    _sync(mentor_laptop, url, "amina")
    with mentor_laptop.reading() as session:
        assert session.get(m.PhaseChange, change.id).note == "Kick-off in Bamako"
        assert session.get(m.MentoringPair, pair.id).deleted
    with mentor_laptop.transaction() as session:
        deletions.restore(session, "mentoring_pair", pair.id)
    _sync(mentor_laptop, url, "amina")
    _sync(mentee_laptop, url, "ali")
    with mentee_laptop.reading() as session:
        assert not session.get(m.MentoringPair, pair.id).deleted


# --- the progress report's section ------------------------------------------------------


def _report_text(store: Store, tmp_path: Path, period: str | None) -> str:
    from wopdesk.demo import DEMO_PARTNERSHIP_ID
    from wopdesk.reports.progress import build_progress_report

    from .test_reports import whole_text

    out = tmp_path / f"progress-{period}.pdf"
    build_progress_report(
        store, DEMO_PARTNERSHIP_ID, out, today=dt.date(2026, 11, 20), period=period
    )
    return whole_text(out)


def test_the_progress_report_prints_the_health_of_its_period(
    demo_store: Store, tmp_path: Path
) -> None:
    q2 = _report_text(demo_store, tmp_path, "2026-Q2")
    assert "Partnership health" in q2
    assert "Timeliness of agreed inputs" in q2
    assert "Mentor: 8 Jul 2026" in q2
    assert "Mentee: 9 Jul 2026" in q2
    assert "Matériel de détection arrivé tard." in q2  # a comment of that period's review
    q3 = _report_text(demo_store, tmp_path, "2026-Q3")
    assert "Mentee: 7 Oct 2026" in q3
    assert "Deux missions reportées." in q3
    assert "Matériel de détection" not in q3


def test_a_report_with_no_review_says_so(
    demo_store: Store, second_partnership: str, tmp_path: Path
) -> None:
    from wopdesk.reports.progress import build_progress_report

    from .test_reports import whole_text

    out = tmp_path / "second.pdf"
    build_progress_report(demo_store, second_partnership, out, today=dt.date(2026, 11, 20))
    text = whole_text(out)
    assert "Partnership health" in text
    assert "No partner has reviewed the partnership's health yet." in text
