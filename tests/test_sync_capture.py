"""Change capture: every write of a synced field is stamped and queued, in its transaction."""

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from wopdesk.demo import DEMO_PARTNERSHIP_ID, create_demo
from wopdesk.domain import vocab as v
from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.changes import NODE_SETTING, OutboxEntry
from wopdesk.storage.clock import Stamp, stamp_node
from wopdesk.storage.codecs import codecs, wire_values
from wopdesk.storage.store import SKIP_CAPTURE, Store
from wopdesk.sync.outbox import collapse, outbox_changes
from wopdesk.sync.status import resolve_conflict, sync_status


def outbox(store: Store) -> list[OutboxEntry]:
    with store.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def add_utility(store: Store, **values: Any) -> m.Utility:
    with store.transaction() as session:
        return cmd.create(session, m.Utility, **{"name": "Aguas", "country": "PE", **values})


def test_create_edit_delete_are_captured_with_stamps(store: Store) -> None:
    utility = add_utility(store, population_served=1000)
    with store.transaction() as session:
        cmd.update(session, m.Utility, utility.id, name="Aguas de Lima", region="Lima")
    with store.transaction() as session:
        cmd.delete(session, m.Utility, utility.id)
    created, edited, deleted = outbox(store)
    assert created.entity == "utility"
    assert created.row_id == utility.id
    assert created.changes["name"] == ["Aguas", None]
    assert created.changes["kind"] == ["water", None]  # enums travel as their values
    assert set(created.changes) == set(m.Utility.synced_fields())
    assert edited.changes == {
        "name": ["Aguas de Lima", created.stamp],
        "region": ["Lima", created.stamp],
    }
    assert deleted.changes == {"deleted": [True, created.stamp]}
    # A delete says which version of the record it saw.
    assert deleted.seen is not None
    assert deleted.seen["name"] == edited.stamp
    assert created.stamp < edited.stamp < deleted.stamp
    with store.reading() as session:
        clocks = session.get(m.Utility, utility.id).clocks
    assert clocks["name"] == edited.stamp
    assert clocks["deleted"] == deleted.stamp
    assert clocks["country"] == created.stamp
    assert stamp_node(created.stamp) == store.get_setting(NODE_SETTING)


def test_an_edit_that_changes_nothing_queues_nothing(store: Store) -> None:
    utility = add_utility(store)
    with store.transaction() as session:
        cmd.update(session, m.Utility, utility.id, name="Aguas")
        session.get(m.Utility, utility.id).region = None
    assert len(outbox(store)) == 1


def test_a_refused_write_queues_nothing(store: Store) -> None:
    utility = add_utility(store)
    with pytest.raises(ValidationError), store.transaction() as session:
        cmd.update(session, m.Utility, utility.id, population_served=-5)
    with pytest.raises(ValidationError), store.transaction() as session:
        cmd.create(session, m.Utility, name="", country="PE")
    assert len(outbox(store)) == 1


def test_catalogue_and_skip_capture_sessions_are_not_captured(store: Store) -> None:
    assert outbox(store) == []
    with store.reading() as session:
        builtin = session.scalars(select(m.Indicator).where(m.Indicator.builtin)).first()
        assert builtin is not None
        assert builtin.clocks == {}
    with store.transaction(**{SKIP_CAPTURE: True}) as session:
        cmd.create(session, m.Utility, name="Pulled", country="SN")
    assert outbox(store) == []


def test_wire_values_are_plain_json(demo_store: Store) -> None:
    with demo_store.reading() as session:
        visit = session.scalars(select(m.SiteVisit)).first()
        assert visit is not None
        values = wire_values(visit)
    assert values["start_date"] == visit.start_date.isoformat()
    assert values["state"] == visit.state.value
    assert dt.datetime.fromisoformat(values["created_at"]) == visit.created_at
    codec = codecs(m.SiteVisit)["start_date"]
    assert codec.from_wire(values["start_date"]) == visit.start_date
    assert codecs(m.Expense)["amount"].to_wire(12) == 12.0


@pytest.mark.parametrize(
    ("model", "field", "value", "reason"),
    [
        (m.Utility, "name", None, "cannot be empty"),
        (m.Utility, "name", 5, "must be text"),
        (m.Utility, "kind", "lake", "not a valid kind"),
        (m.Utility, "population_served", "many", "whole number"),
        (m.Utility, "population_served", True, "whole number"),
        (m.Utility, "deleted", "yes", "true or false"),
        (m.Expense, "amount", float("nan"), "finite"),
        (m.Expense, "currency", "EURO", "longer than 3"),
        (m.SiteVisit, "start_date", "31/12/2026", "YYYY-MM-DD"),
        (m.SiteVisit, "start_date", "2026-02-30", "not a real date"),
        (m.Utility, "created_at", "2026-01-01T10:00:00", "UTC offset"),
    ],
)
def test_codecs_refuse_wrong_values(
    model: type[m.SyncedRecord], field: str, value: Any, reason: str
) -> None:
    assert reason in (codecs(model)[field].check(value) or "")


def test_node_and_clock_survive_reopening(data_dir: Any) -> None:
    first = Store.open(data_dir)
    utility = add_utility(first)
    node = first.get_setting(NODE_SETTING)
    last = outbox(first)[-1].stamp
    first.close()
    again = Store.open(data_dir)
    try:
        assert again.get_setting(NODE_SETTING) == node
        with again.transaction() as session:
            cmd.update(session, m.Utility, utility.id, name="Later")
        assert outbox(again)[-1].stamp > last
    finally:
        again.close()


def test_record_given_a_new_id_before_push_is_sent_under_it(store: Store) -> None:
    with store.transaction() as session:
        utility = cmd.create(session, m.Utility, name="Renamed", country="SN")
        utility.id = "00000000-0000-4000-8000-000000000001"
        session.flush()
    assert [e.row_id for e in outbox(store)] == ["00000000-0000-4000-8000-000000000001"]


def test_collapse_sends_a_field_once_unless_a_pulled_value_came_between(store: Store) -> None:
    utility = add_utility(store)
    for name in ("B", "C"):
        with store.transaction() as session:
            cmd.update(session, m.Utility, utility.id, name=name)
    entries = outbox(store)
    changes = collapse(entries)
    name_changes = [c for c in changes if c.field == "name"]
    assert [(c.value, c.replaced) for c in name_changes] == [("C", None)]
    # A value pulled from elsewhere between two edits breaks the chain: both are sent.
    pulled = Stamp(1, 0, "zzzzzzzzzzzzzzzz").encode()
    entries[2].changes = {"name": ["C", pulled]}
    name_changes = [c for c in collapse(entries) if c.field == "name"]
    assert [(c.value, c.replaced) for c in name_changes] == [("B", None), ("C", pulled)]


def test_status_counts_pending_changes_and_conflicts(demo_store: Store) -> None:
    with demo_store.reading() as session:
        status = sync_status(session)
    assert status.pending_changes == len(outbox(demo_store)) > 0
    assert status.open_conflicts == 0
    assert status.last_sync is None


def _conflict(store: Store, field: str, kept: Any, aside: Any) -> m.Conflict:
    with store.reading() as session:
        draft = m.SiteVisit.state == v.VisitState.DRAFT
        visit = session.scalars(select(m.SiteVisit).where(draft)).first()
        assert visit is not None
    with store.transaction(**{SKIP_CAPTURE: True}) as session:
        return cmd.create(
            session,
            m.Conflict,
            partnership_id=DEMO_PARTNERSHIP_ID,
            entity="site_visit",
            row_id=visit.id,
            field=field,
            kept_value=kept,
            set_aside_value=aside,
        )


def test_resolving_a_conflict_keeps_the_chosen_value_and_syncs(demo_store: Store) -> None:
    conflict = _conflict(demo_store, "notes", "Valve 3 leaks.", "Valve 3 was replaced.")
    merged = "Valve 3 leaked and was replaced."
    before = len(outbox(demo_store))
    with demo_store.transaction() as session:
        resolve_conflict(session, conflict.id, merged)
    with demo_store.reading() as session:
        assert session.get(m.SiteVisit, conflict.row_id).notes == merged
        assert session.get(m.Conflict, conflict.id).resolved
        assert sync_status(session).open_conflicts == 0
    fields = {f for e in outbox(demo_store)[before:] for f in e.changes}
    assert {"notes", "resolved", "resolved_at"} <= fields
    with pytest.raises(ValidationError, match="already resolved"), demo_store.transaction() as s:
        resolve_conflict(s, conflict.id, "again")


def test_resolving_with_a_wrong_value_changes_nothing(demo_store: Store) -> None:
    conflict = _conflict(demo_store, "start_date", "2026-01-01", "2026-01-02")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"), demo_store.transaction() as s:
        resolve_conflict(s, conflict.id, "tomorrow")
    with pytest.raises(NotFoundError), demo_store.transaction() as s:
        resolve_conflict(s, "00000000-0000-4000-8000-000000000000", "x")
    with demo_store.reading() as session:
        assert not session.get(m.Conflict, conflict.id).resolved


def test_demo_visit_state_enum_round_trips_through_wire(demo_store: Store) -> None:
    with demo_store.reading() as session:
        visit = session.scalars(select(m.SiteVisit)).first()
        assert visit is not None
    codec = codecs(m.SiteVisit)["state"]
    assert codec.from_wire(codec.to_wire(visit.state)) is visit.state
    assert codec.from_wire("final") is v.VisitState.FINAL
    assert create_demo(demo_store) is False


def test_the_outbox_counts_every_field_change_of_every_entry(store: Store) -> None:
    """What a sync's progress counts up to: each entry's fields, repeated writes too."""
    assert_outbox_count(store, 0)
    create_demo(store)
    utility = add_utility(store, name="Counted twice")
    with store.transaction() as session:
        cmd.update(session, m.Utility, utility.id, name="Counted twice, renamed")
    entries = outbox(store)
    assert len(entries) > 100
    assert_outbox_count(store, sum(len(entry.changes) for entry in entries))


def assert_outbox_count(store: Store, expected: int) -> None:
    with store.reading() as session:
        assert outbox_changes(session) == expected
