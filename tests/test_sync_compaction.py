"""Compaction of the server's change log, and laptops that start from its snapshot, through
a real server on 127.0.0.1 (SQLite, and PostgreSQL when WOPDESK_TEST_PG_URL is set)."""

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.test_sync_engine import (  # noqa: F401  (quiet_environment: autouse fixture)
    ACTION,
    VISIT,
    Replica,
    Server,
    _serve,
    quiet_environment,
    snapshot,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo
from wopdesk.server import cli as server_cli
from wopdesk.server import compaction
from wopdesk.server.db import LoggedChange, PushedBatch, ServerRecord, ServerState
from wopdesk.storage import commands as cmd
from wopdesk.storage import deletions
from wopdesk.storage import models as m
from wopdesk.storage.codecs import codecs
from wopdesk.storage.store import Store
from wopdesk.sync import client as sync_client
from wopdesk.sync.engine import SyncEngine


@pytest.fixture
def laptops(server_db_url: str, tmp_path: Path) -> Iterator[tuple[Replica, Replica, Server]]:
    """Maria's laptop with the demo, synced, and Joao's, synced once, on any server."""
    for server in _serve(server_db_url):
        a = Replica(Store.open(tmp_path / "maria"), server, "maria")
        b = Replica(Store.open(tmp_path / "joao"), server, "joao")
        create_demo(a.store)
        with a.connection() as connection:
            SyncEngine(a.store, connection, batch_changes=500).sync()
        b.sync()
        yield a, b, server
        a.store.close()
        b.store.close()


def compact(server: Server, *args: str) -> tuple[int, str, str]:
    url = server.db.engine.url.render_as_string(hide_password=False)
    return call(["--db", url, "compact", *args])


def call(argv: list[str]) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = server_cli.main(argv)
        except SystemExit as exc:  # argparse's refusal
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def log_entries(server: Server) -> list[tuple[int, str, str, str, str]]:
    with server.db.read() as session:
        rows = session.execute(
            select(
                LoggedChange.seq,
                LoggedChange.entity,
                LoggedChange.row_id,
                LoggedChange.field,
                LoggedChange.stamp,
            ).order_by(LoggedChange.seq)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def server_state(server: Server) -> dict[tuple[str, str], dict[str, object]]:
    with server.db.read() as session:
        return {(r.entity, r.row_id): r.fields for r in session.scalars(select(ServerRecord)).all()}


def edit_many_times(a: Replica, times: int = 3) -> None:
    for n in range(times):
        a.write(cmd.update, m.SiteVisit, VISIT, notes=f"Draft {n} of the visit notes.")
        a.write(cmd.update, m.Action, ACTION, description=f"Action, version {n}.")
        a.sync()


def test_compaction_keeps_only_the_latest_value_of_each_field(
    laptops: tuple[Replica, Replica, Server],
) -> None:
    a, _b, server = laptops
    edit_many_times(a)
    state = server_state(server)
    before = log_entries(server)
    notes = [e for e in before if e[1:4] == ("site_visit", VISIT, "notes")]
    assert len(notes) == 4  # created, then edited three times

    code, out, err = compact(server, "--older-than", "0")

    assert code == 0, err
    assert "Compacted the change log" in out
    after = log_entries(server)
    fields = Counter(e[1:4] for e in after)
    assert max(fields.values()) == 1
    assert len(after) == len(fields) < len(before)
    assert [e[0] for e in after] == list(range(1, len(after) + 1))
    # The entry kept is the latest: the stamp the server's record holds.
    for _seq, entity, row_id, name, stamp in after:
        assert state[(entity, row_id)][name]["s"] == stamp  # type: ignore[index]
    assert server_state(server) == state  # the records themselves are untouched
    with server.db.read() as session:
        assert session.scalar(select(ServerState.compacted_seq)) == before[-1][0]
    assert compact(server, "--older-than", "0")[1].startswith("Nothing to compact")


def test_a_laptop_synced_before_and_one_started_after_get_the_same_state(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, server = laptops
    edit_many_times(a)
    # A delete after Joao's last sync: it must reach him.
    a.write(deletions.delete, m.Action, ACTION)
    a.sync()
    assert compact(server, "--older-than", "0")[0] == 0
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "joao")
    try:
        # Small pages: the snapshot takes several, none of which restarts it.
        with fresh.connection() as connection:
            report = SyncEngine(fresh.store, connection, page_changes=200).sync()
        assert report.received > 0
        # Joao's laptop last pulled before the compacted range, with last year's protocol.
        monkeypatch.setattr(sync_client, "PROTOCOL_VERSION", 2)
        b.sync()
        expected = snapshot(a.store)
        assert snapshot(fresh.store) == expected
        assert snapshot(b.store) == expected
        assert b.get(m.Action, ACTION).deleted is True
        assert b.get(m.SiteVisit, VISIT).notes == "Draft 2 of the visit notes."
        # Nothing left to pull on either.
        assert fresh.sync().nothing_happened
        assert b.sync().nothing_happened
    finally:
        fresh.store.close()


def test_a_delete_survives_compaction_and_is_never_resurrected(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    a, b, server = laptops
    a.write(cmd.update, m.Action, ACTION, description="Edited before the delete.")
    a.sync()
    a.write(deletions.delete, m.Action, ACTION)
    a.sync()
    assert compact(server, "--older-than", "0")[0] == 0
    deleted = [e for e in log_entries(server) if e[1:4] == ("action", ACTION, "deleted")]
    assert len(deleted) == 1
    assert server_state(server)[("action", ACTION)]["deleted"]["v"] is True  # type: ignore[index]
    b.sync()  # held the action live, with a cursor from before the compaction
    assert b.get(m.Action, ACTION).deleted is True
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "maria")
    try:
        fresh.sync()
        assert fresh.get(m.Action, ACTION).deleted is True
    finally:
        fresh.store.close()


def test_conflicts_are_still_found_for_a_laptop_with_an_old_base(
    laptops: tuple[Replica, Replica, Server],
) -> None:
    a, b, server = laptops
    b.write(cmd.update, m.SiteVisit, VISIT, notes="João, offline for months.")
    edit_many_times(a)
    assert compact(server, "--older-than", "0")[0] == 0
    report = b.sync()
    assert report.new_conflicts == 1
    a.sync()
    for replica in (a, b):
        (conflict,) = [c for c in replica.conflicts() if c.row_id == VISIT]
        assert conflict.field == "notes"
        assert {conflict.kept_value, conflict.set_aside_value} == {
            "João, offline for months.",
            "Draft 2 of the visit notes.",
        }
    assert snapshot(a.store) == snapshot(b.store)


def test_only_changes_older_than_the_retention_are_compacted(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    a, _b, server = laptops
    edit_many_times(a, 2)
    old = log_entries(server)[-1][0]
    with server.db.write() as session:  # everything so far was received 40 days ago
        session.execute(
            update(PushedBatch).values(received_at=dt.datetime.now(dt.UTC) - dt.timedelta(40))
        )
    edit_many_times(a, 2)  # recent: numbers kept, superseded entries removed
    # A record made recently, its required description written three times: it must
    # still arrive whole (its first description stays in the batch that made it).
    action = a.write(
        cmd.create, m.Action, partnership_id=DEMO_PARTNERSHIP_ID, description="Fix valve 3."
    ).id
    a.sync()
    for text in ("Fix valves 3 and 4.", "Replace valves 3 and 4."):
        a.write(cmd.update, m.Action, action, description=text)
        a.sync()
    recent = [e for e in log_entries(server) if e[0] > old]

    code, out, err = compact(server, "--older-than", "30")

    assert code == 0, err
    after = log_entries(server)
    above = [e for e in after if e[0] > old]
    assert set(above) < set(recent)  # never renumbered, some removed
    fields_above = Counter(e[1:4] for e in above if e[2] != action)
    assert fields_above.most_common(1)[0][1] == 1
    texts = [e for e in after if e[1:4] == ("action", action, "description")]
    written = [e[0] for e in recent if e[1:4] == ("action", action, "description")]
    assert len(written) == 3
    assert [e[0] for e in texts] == [written[0], written[-1]]
    compacted = Counter(e[1:4] for e in after if e[0] <= old)
    assert max(compacted.values()) == 1
    # Written again since: an optional field needs no older value in the snapshot, a
    # required one keeps it (its record arrives whole).
    assert ("site_visit", VISIT, "notes") not in compacted
    assert ("action", ACTION, "description") in compacted
    with server.db.read() as session:
        assert session.scalar(select(ServerState.compacted_seq)) == old
        assert session.scalar(select(PushedBatch.batch_id).limit(1)) is not None
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "maria")
    try:
        fresh.sync()
        assert snapshot(fresh.store) == snapshot(a.store)
    finally:
        fresh.store.close()


@pytest.mark.parametrize(
    ("days", "said"),
    [
        ("-1", "The retention must be between 0 and 36500 days, not -1."),
        ("soon", "'soon' is not a number of days."),
        ("nan", "The retention must be between 0 and 36500 days, not nan."),
    ],
)
def test_a_bad_retention_is_one_sentence_and_changes_nothing(
    laptops: tuple[Replica, Replica, Server], days: str, said: str
) -> None:
    _a, _b, server = laptops
    before = log_entries(server)
    code, _out, err = compact(server, "--older-than", days)
    assert code == 2
    assert said in err
    assert log_entries(server) == before


def test_compaction_renumbers_records_whole_in_creation_order(
    laptops: tuple[Replica, Replica, Server],
) -> None:
    a, _b, server = laptops
    edit_many_times(a, 2)
    first_seen: dict[tuple[str, str], int] = {}
    for seq, entity, row_id, _name, _stamp in log_entries(server):
        first_seen.setdefault((entity, row_id), seq)
    compaction.compact(server.db, dt.timedelta(0))
    records = [e[1:3] for e in log_entries(server)]
    # Each record's entries are consecutive, records in the order they were created.
    runs = [key for n, key in enumerate(records) if n == 0 or records[n - 1] != key]
    assert len(runs) == len(set(runs))
    assert runs == sorted(runs, key=first_seen.__getitem__)


def runs_of_records(entries: list[tuple[int, str, str, str, str]]) -> list[tuple[str, str]]:
    """Each stretch of consecutive entries of one record, in the log's order."""
    records = [e[1:3] for e in entries]
    return [key for n, key in enumerate(records) if n == 0 or records[n - 1] != key]


def cut_fields(entries: list[tuple[int, str, str, str, str]]) -> set[tuple[str, str]]:
    """The (kind, field) of entries found after their record's first stretch ended."""
    ended: set[tuple[str, str]] = set()
    cut: set[tuple[str, str]] = set()
    previous: tuple[str, str] | None = None
    for _seq, entity, row_id, name, _stamp in entries:
        if previous is not None and previous != (entity, row_id):
            ended.add(previous)
        if (entity, row_id) in ended:
            cut.add((entity, name))
        previous = (entity, row_id)
    return cut


@contextlib.contextmanager
def first_sync_in_small_pages(a: Replica, server: Server, tmp_path: Path) -> Iterator[Replica]:
    """A new laptop after its first sync in pages of 200 changes, checked to end with
    ``a``'s state; its store is closed after the block."""
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "joao")
    try:
        with fresh.connection() as connection:
            SyncEngine(fresh.store, connection, page_changes=200).sync()
        assert snapshot(fresh.store) == snapshot(a.store)
        yield fresh
    finally:
        fresh.store.close()


def test_a_record_edited_in_later_parts_still_arrives_whole(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    """The visit's notes (optional) and the action's description (required) are edited
    in batches that a small step compacts in later parts: each record's entries stay
    together, with the latest values, so a new laptop writes each record once."""
    a, _b, server = laptops
    edit_many_times(a, 2)
    state = server_state(server)
    done = compaction.compact(server.db, dt.timedelta(0), step=500)
    assert done.entries > 2 * 500  # several parts
    entries = log_entries(server)
    runs = runs_of_records(entries)
    assert runs.count(("site_visit", VISIT)) == runs.count(("action", ACTION)) == 1
    # A record is cut only by references written again later (the demo signs visits
    # after it made them): they stay after the records they name.
    cut = cut_fields(entries)
    assert cut
    assert all(codecs(m.ENTITIES[entity])[name].references for entity, name in cut)
    for _seq, entity, row_id, name, stamp in entries:
        assert state[(entity, row_id)][name]["s"] == stamp  # type: ignore[index]
    with first_sync_in_small_pages(a, server, tmp_path) as fresh:
        assert fresh.get(m.SiteVisit, VISIT).notes == "Draft 1 of the visit notes."


def test_a_reference_set_later_stays_after_the_record_it_names(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    """A learning entry made with the demo is given, much later, a trainer who did not
    exist then: compacted in parts, that value stays after the trainer's record, so a
    new laptop's pages never name a person it has not received yet."""
    a, _b, server = laptops
    with a.store.reading() as session:
        entry = session.scalars(
            select(m.LearningActivity.id)
            .where(m.LearningActivity.trainer_id.is_not(None))
            .order_by(m.LearningActivity.created_at)
        ).first()
    assert entry is not None
    trainer = a.write(lambda session: cmd.create(session, m.Person, name="Awa Ndiaye").id)
    a.write(cmd.update, m.LearningActivity, entry, trainer_id=trainer)
    a.sync()
    compaction.compact(server.db, dt.timedelta(0), step=500)
    entries = log_entries(server)
    where = {(e[1], e[2], e[3]): e[0] for e in entries}
    assert where[("learning_activity", entry, "trainer_id")] > where[("person", trainer, "name")]
    with first_sync_in_small_pages(a, server, tmp_path) as fresh:
        assert fresh.get(m.LearningActivity, entry).trainer_id == trainer


def test_a_compaction_in_the_middle_of_a_first_sync_restarts_it(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    a, _b, server = laptops
    edit_many_times(a, 1)
    assert compact(server, "--older-than", "0")[0] == 0
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "joao")

    def meanwhile() -> None:  # before the third page: someone edits, the server compacts
        a.write(cmd.update, m.SiteVisit, VISIT, notes="Written during Joao's first sync.")
        a.sync()
        assert compact(server, "--older-than", "0")[0] == 0

    fresh.transport.before[("GET /v1/changes", 3)] = meanwhile
    try:
        with fresh.connection() as connection:
            SyncEngine(fresh.store, connection, page_changes=200).sync()
        assert snapshot(fresh.store) == snapshot(a.store)
        assert fresh.get(m.SiteVisit, VISIT).notes == "Written during Joao's first sync."
    finally:
        fresh.store.close()


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_the_server_compacts_by_itself_once_a_day(
    laptops: tuple[Replica, Replica, Server],
) -> None:
    a, _b, server = laptops
    edit_many_times(a)
    before = len(log_entries(server))
    clock = FakeClock()
    compactor = compaction.AutoCompactor(
        server.db, dt.timedelta(0), first=dt.timedelta(minutes=10), clock=clock
    ).start()
    try:
        compactor.wake()  # not due yet: nothing runs
        assert compactor.runs == []
        clock.now += 600
        compactor.wake()
        assert compactor.wait_for_runs(1, timeout=60)
        after = log_entries(server)
        assert len(after) < before
        assert max(Counter(e[1:4] for e in after).values()) == 1
        assert compactor.runs[0].removed == before - len(after)
        edit_many_times(a, 1)
        clock.now += 24 * 3600  # a day later, the next run
        compactor.wake()
        assert compactor.wait_for_runs(2, timeout=60)
        assert max(Counter(e[1:4] for e in log_entries(server)).values()) == 1
    finally:
        compactor.stop()


def test_a_push_while_the_server_compacts_succeeds_and_loses_nothing(
    laptops: tuple[Replica, Replica, Server], tmp_path: Path
) -> None:
    import threading

    a, b, server = laptops
    edit_many_times(a)
    paused, go = threading.Event(), threading.Event()
    steps: list[int] = []

    def between() -> None:  # between two of the compaction's transactions
        steps.append(len(steps))
        if len(steps) == 3:
            paused.set()
            assert go.wait(60)

    clock = FakeClock()
    compactor = compaction.AutoCompactor(
        server.db, dt.timedelta(0), first=dt.timedelta(0), clock=clock, between=between, step=100
    ).start()
    try:
        assert paused.wait(60)  # the compaction has renumbered two parts of the log
        a.write(cmd.update, m.SiteVisit, VISIT, notes="Pushed while the server compacts.")
        created = a.write(
            cmd.create, m.Action, partnership_id=DEMO_PARTNERSHIP_ID, description="New valve."
        ).id
        report = a.sync()
        assert report.sent >= 2
        assert not report.refused
        go.set()
        assert compactor.wait_for_runs(1, timeout=60)
    finally:
        go.set()
        compactor.stop()
    assert len(steps) > 3  # the log went in several transactions
    assert compactor.runs[0].removed > 0
    with server.db.read() as session:
        horizon = session.scalar(select(ServerState.compacted_seq))
    below = Counter(e[1:4] for e in log_entries(server) if e[0] <= horizon)  # type: ignore[operator]
    assert max(below.values()) == 1
    b.sync()
    fresh = Replica(Store.open(tmp_path / "fresh"), server, "joao")
    try:
        with fresh.connection() as connection:
            SyncEngine(fresh.store, connection, page_changes=200).sync()
        expected = snapshot(a.store)
        assert snapshot(b.store) == expected
        assert snapshot(fresh.store) == expected
        assert fresh.get(m.SiteVisit, VISIT).notes == "Pushed while the server compacts."
        assert fresh.get(m.Action, created).description == "New valve."
    finally:
        fresh.store.close()


def test_the_automatic_retention_is_checked_before_serving() -> None:
    code, _out, err = call(["--compact-after", "soon"])
    assert code == 2
    assert "'soon' is not a number of days." in err
    code, _out, err = call(["--compact-after", "-3"])
    assert code == 2
    assert "The retention must be between 0 and 36500 days, not -3." in err
    parser = server_cli.build_parser()
    assert parser.parse_args(["--compact-after", "off"]).compact_after is None
    assert parser.parse_args([]).compact_after == dt.timedelta(days=30)
