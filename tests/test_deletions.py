"""Every delete can be taken back: restore brings a record back with what went with it."""

import datetime as dt

import pytest
from sqlalchemy import select

from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.errors import NotFoundError, ValidationError
from wopdesk.storage import commands, deletions
from wopdesk.storage import models as m
from wopdesk.storage.store import Store
from wopdesk.storage.types import utcnow

DRAFT_VISIT = demo_id("visit:second")  # the demo's draft visit, with people and photos


def live_children(store: Store, visit_id: str) -> tuple[int, int]:
    with store.reading() as session:
        people = session.scalars(
            select(m.VisitParticipant).where(
                m.VisitParticipant.visit_id == visit_id, m.VisitParticipant.deleted.is_(False)
            )
        ).all()
        photos = session.scalars(
            select(m.Attachment).where(
                m.Attachment.owner_id == visit_id, m.Attachment.deleted.is_(False)
            )
        ).all()
    return len(people), len(photos)


def test_a_deleted_visit_comes_back_with_its_people_and_photos(demo_store: Store) -> None:
    before = live_children(demo_store, DRAFT_VISIT)
    assert min(before) > 0  # people and photos
    with demo_store.transaction() as session:
        gone = commands.delete(session, m.SiteVisit, DRAFT_VISIT)
    assert gone.records == 1 + sum(before)
    assert gone.entity == "site_visit"
    assert gone.partnership_id == DEMO_PARTNERSHIP_ID
    assert gone.what.startswith("Cinquième mission")
    assert live_children(demo_store, DRAFT_VISIT) == (0, 0)

    with demo_store.transaction() as session:
        back = deletions.restore(session, "site_visit", DRAFT_VISIT)
    assert back.records == gone.records
    assert live_children(demo_store, DRAFT_VISIT) == before
    with demo_store.reading() as session:
        assert not session.get(m.SiteVisit, DRAFT_VISIT).deleted


def test_what_was_deleted_before_its_parent_stays_deleted(demo_store: Store) -> None:
    with demo_store.reading() as session:
        photo = session.scalars(
            select(m.Attachment.id).where(m.Attachment.owner_id == DRAFT_VISIT)
        ).first()
    assert photo is not None
    with demo_store.transaction() as session:
        commands.delete(session, m.Attachment, photo)
        session.get(m.Attachment, photo).updated_at = utcnow() - dt.timedelta(minutes=5)
    with demo_store.transaction() as session:
        commands.delete(session, m.SiteVisit, DRAFT_VISIT)
    with demo_store.transaction() as session:
        deletions.restore(session, "site_visit", DRAFT_VISIT)
    with demo_store.reading() as session:
        assert session.get(m.Attachment, photo).deleted


def test_recently_deleted_lists_one_line_per_delete_newest_first(demo_store: Store) -> None:
    action = demo_id("action:a1")
    with demo_store.transaction() as session:
        commands.delete(session, m.SiteVisit, DRAFT_VISIT)
    with demo_store.transaction() as session:
        commands.delete(session, m.Action, action)
    with demo_store.reading() as session:
        listed = deletions.recently_deleted(session, DEMO_PARTNERSHIP_ID)
        other = deletions.recently_deleted(session, "another-partnership")
        later = deletions.recently_deleted(
            session, DEMO_PARTNERSHIP_ID, now=utcnow() + deletions.RECENT + dt.timedelta(days=1)
        )
    assert [(d.entity, d.record_id) for d in listed] == [
        ("action", action),
        ("site_visit", DRAFT_VISIT),
    ]  # the visit's people and photos are part of its line
    assert listed[1].records > 1
    assert [d.kind for d in listed] == ["Action", "Site visit"]
    assert other == []
    assert later == []


def test_a_child_cannot_come_back_before_its_parent(demo_store: Store) -> None:
    with demo_store.reading() as session:
        person = session.scalars(
            select(m.VisitParticipant.id).where(m.VisitParticipant.visit_id == DRAFT_VISIT)
        ).first()
    assert person is not None
    with demo_store.transaction() as session:
        commands.delete(session, m.SiteVisit, DRAFT_VISIT)
    with pytest.raises(ValidationError, match="Restore “Cinquième mission"):
        with demo_store.transaction() as session:
            deletions.restore(session, "visit_participant", person)
    with demo_store.reading() as session:
        assert session.get(m.VisitParticipant, person).deleted


@pytest.mark.parametrize(
    ("entity", "record_id", "error"),
    [
        ("site_visit", DRAFT_VISIT, ValidationError),  # not deleted
        ("site_visit", "no-such-id", NotFoundError),
        ("no_such_kind", DRAFT_VISIT, NotFoundError),
    ],
)
def test_restoring_what_cannot_be_restored_says_so_and_changes_nothing(
    demo_store: Store, entity: str, record_id: str, error: type[Exception]
) -> None:
    with demo_store.reading() as session:
        before = session.get(m.SiteVisit, DRAFT_VISIT).updated_at
    with pytest.raises(error) as raised:
        with demo_store.transaction() as session:
            deletions.restore(session, entity, record_id)
    assert str(raised.value).endswith(".")
    with demo_store.reading() as session:
        assert session.get(m.SiteVisit, DRAFT_VISIT).updated_at == before


def test_every_kind_of_record_says_what_it_is(demo_store: Store) -> None:
    """The Recently deleted list names each record in words, never by its id."""
    with demo_store.reading() as session:
        for model in m.ENTITIES.values():
            record = session.scalars(select(model).limit(1)).first()
            if record is None:
                continue
            text = deletions.describe(session, record)
            assert text, model.__tablename__
            assert record.id not in text, model.__tablename__
