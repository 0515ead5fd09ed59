"""Records that do not fit: a pulled record this laptop cannot link never stops a sync, and
a child written after its parent was deleted brings the parent back."""

from collections.abc import Iterator

import pytest

from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    VISIT,
    Replica,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.server import records
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.sync.engine import UNLINKED
from wopdesk.sync.status import get_state

ACTIVITY = demo_id("learning:l1")


@pytest.fixture
def old_server_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The server as it was before it refused references across partnerships."""
    monkeypatch.setattr(records._Push, "check_reference", lambda *_args: None)
    yield


def test_a_record_that_cannot_be_linked_is_kept_aside_and_the_rest_applied(
    replicas: tuple[Replica, Replica],  # noqa: F811
    old_server_rules: None,
) -> None:
    a, b = replicas
    # Joao writes, in one batch, a good edit and an action naming a visit nobody has
    # (as another partnership's visit is, on Maria's laptop).
    elsewhere = "0b9d0c1e-5c57-4f6e-9a43-1d3d5e0c7a11"
    with b.store.transaction() as session:
        cmd.update(session, m.SiteVisit, VISIT, notes="good edit from Joao")
        action_id = cmd.create(
            session,
            m.Action,
            partnership_id=DEMO_PARTNERSHIP_ID,
            description="Refers to a visit of another partnership",
            status="planned",
        ).id
    # The reference is set behind the database's back, as no WOPdesk would set it.
    bad = b.store.engine.raw_connection()
    try:
        bad.execute("PRAGMA foreign_keys=OFF")
        bad.execute("UPDATE action SET visit_id = ? WHERE id = ?", (elsewhere, action_id))
        bad.execute(
            "UPDATE sync_outbox SET changes = json_set(changes, '$.visit_id', json_array(?, NULL))"
            " WHERE row_id = ?",
            (elsewhere, action_id),
        )
        bad.commit()
    finally:
        bad.close()
    b.sync()

    report = a.sync()  # before: "The server sent records that do not fit together"
    assert report.set_aside == [
        f"action {action_id}: it refers to a record this laptop does not have; "
        "it is kept aside and applied when that record arrives."
    ]
    assert a.get(m.SiteVisit, VISIT).notes == "good edit from Joao"
    assert a.get(m.Action, action_id) is None
    with a.store.reading() as session:
        assert get_state(session, UNLINKED)
    # The next sync neither fails nor forgets it: it waits for its visit.
    a.sync()
    with a.store.reading() as session:
        assert [c["row_id"] for c in get_state(session, UNLINKED)] == [action_id] * len(
            get_state(session, UNLINKED)
        )


def test_a_trainee_added_to_a_deleted_activity_brings_it_back(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    a.write(cmd.delete, m.LearningActivity, ACTIVITY)
    trainee = b.write(
        cmd.create,
        m.LearningTrainee,
        partnership_id=DEMO_PARTNERSHIP_ID,
        activity_id=ACTIVITY,
        person_id=demo_id("person:fatou"),
    ).id
    a.sync()
    b.sync()
    a.sync()
    for replica in (a, b):
        assert replica.get(m.LearningActivity, ACTIVITY).deleted is False
        assert replica.get(m.LearningTrainee, trainee).deleted is False
        conflicts = [
            c for c in replica.conflicts() if c.row_id == ACTIVITY and c.field == "deleted"
        ]
        assert len(conflicts) == 1
        assert conflicts[0].set_aside_value is True


def test_a_trainee_added_before_the_delete_arrives_brings_it_back_too(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    a.write(cmd.delete, m.LearningActivity, ACTIVITY)
    trainee = b.write(
        cmd.create,
        m.LearningTrainee,
        partnership_id=DEMO_PARTNERSHIP_ID,
        activity_id=ACTIVITY,
        person_id=demo_id("person:fatou"),
    ).id
    b.sync()  # the child reaches the server first
    a.sync()  # then the delete, which never saw it
    b.sync()
    for replica in (a, b):
        assert replica.get(m.LearningActivity, ACTIVITY).deleted is False
        assert replica.get(m.LearningTrainee, trainee).deleted is False


def test_deleting_with_the_children_one_knows_stays_deleted(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    a.write(cmd.delete, m.LearningActivity, ACTIVITY)
    a.sync()
    b.sync()
    assert b.get(m.LearningActivity, ACTIVITY).deleted is True
    assert not [c for c in b.conflicts() if c.row_id == ACTIVITY]
