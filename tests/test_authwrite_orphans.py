"""Issue 19, point 5, for every parent and child the models have now: a child added on one
laptop while another deletes its parent stays visible on both laptops after they sync
(its parent comes back, with a conflict keeping the delete), in both arrival orders.

The pairs are generated from the models' foreign keys (``child_links``: a child names its
parent in a field that cannot be empty) and from attachments, which belong to a record of
any kind (``owner_entity``/``owner_id``) and are deleted with it on the laptop.
"""

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    Replica,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.vocab import VisitState
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.codecs import child_links
from wopdesk.storage.deletions import delete

# (parent kind, child kind, the child's field naming the parent)
LINKED = sorted(
    (parent, child, name) for parent, pairs in child_links().items() for child, name in pairs
)
# Files hang on records of any kind; these are the kinds the laptop deletes them with
# that the demo has records of (a parent of the pairs above, and a visit).
ATTACHED = sorted({parent for parent, _c, _n in LINKED} | {"site_visit"})
PAIRS = LINKED + [(owner, "attachment", "owner_id") for owner in ATTACHED]
ORDERS = ("delete arrives first", "child arrives first")


def test_the_generated_pairs_cover_the_newer_records() -> None:
    children = {child for _p, child, _n in PAIRS}
    assert {"indicator_milestone", "health_score", "track_stage", "attachment"} <= children


def _parent(replica: Replica, entity: str) -> m.SyncedRecord:
    """A live record of ``entity`` in the demo's partnership that may be deleted."""
    model = m.ENTITIES[entity]
    with replica.store.reading() as session:
        query = select(model).where(
            model.deleted.is_(False),
            model.partnership_id == DEMO_PARTNERSHIP_ID,  # type: ignore[attr-defined]
        )
        for record in session.scalars(query.order_by(model.id)):
            if getattr(record, "state", None) != VisitState.FINAL:
                return record
    raise AssertionError(f"The demo has no {entity} to delete.")


def _child_values(replica: Replica, child: str, name: str, parent_id: str) -> dict[str, Any]:
    """The fields of a new child of ``parent_id``: those of a demo record of that kind."""
    model = m.ENTITIES[child]
    with replica.store.reading() as session:
        like = session.scalars(
            select(model).where(model.deleted.is_(False)).order_by(model.id).limit(1)
        ).first()
        assert like is not None, f"The demo has no {child} to copy."
        values = {k: v for k, v in like.values().items() if k in model.synced_fields()}
    values.pop("created_at", None)
    values.pop("deleted", None)
    return {**values, name: parent_id, "partnership_id": DEMO_PARTNERSHIP_ID}


def _add_child(replica: Replica, parent: str, child: str, name: str, parent_id: str) -> str:
    if child == "attachment":
        with replica.store.transaction() as session:
            owner = session.get(m.ENTITIES[parent], parent_id)
            added = cmd.add_attachment(
                session, replica.store.blobs, owner, b"added while it was deleted", "late.txt"
            )
            return added.id
    values = _child_values(replica, child, name, parent_id)
    return str(replica.write(cmd.create, m.ENTITIES[child], **values).id)


def _in_order(order: str, a: Replica, b: Replica) -> list[Callable[[], Any]]:
    if order == ORDERS[0]:
        return [a.sync, b.sync, a.sync]
    return [b.sync, a.sync, b.sync]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("parent", "child", "name"), PAIRS)
def test_a_child_added_to_a_deleted_parent_stays_visible(
    replicas: tuple[Replica, Replica],  # noqa: F811
    parent: str,
    child: str,
    name: str,
    order: str,
) -> None:
    a, b = replicas
    parent_id = _parent(a, parent).id
    a.write(delete, m.ENTITIES[parent], parent_id)
    if order == ORDERS[0]:
        a.sync()
    child_id = _add_child(b, parent, child, name, parent_id)
    for step in _in_order(order, a, b)[1 if order == ORDERS[0] else 0 :]:
        step()
    for replica in (a, b):
        kept = replica.get(m.ENTITIES[child], child_id)
        assert kept is not None, f"{child} lost on {replica.user}"
        assert kept.deleted is False, f"{child} deleted on {replica.user}"
        assert replica.get(m.ENTITIES[parent], parent_id).deleted is False, replica.user
        said = [c for c in replica.conflicts() if c.row_id == parent_id and c.field == "deleted"]
        assert [c.set_aside_value for c in said] == [True], replica.user
