"""Pull: fetch the server's changes page by page and apply each with its cursor.

A page of pulled changes is applied together with the cursor that follows it, so the
next pull starts exactly after the last page applied (CouchDB's checkpoint, Anki's usn).
"""

from concurrent.futures import ThreadPoolExecutor

from pydantic import TypeAdapter
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from wopdesk.storage.changes import CLOCK_SETTING, SKIP_CAPTURE
from wopdesk.storage.codecs import codecs
from wopdesk.storage.models import ENTITIES
from wopdesk.storage.progress import withdraw_outdated
from wopdesk.storage.store import SKIP_VALIDATION, Store
from wopdesk.storage.visit_followup import reopen_outdated
from wopdesk.sync import signoffs
from wopdesk.sync.apply import Applied, apply_changes
from wopdesk.sync.client import SyncError
from wopdesk.sync.job import SyncJob
from wopdesk.sync.protocol import (
    Change,
    PulledChange,
    PullPage,
    scope_grants,
)
from wopdesk.sync.report import SyncReport
from wopdesk.sync.status import (
    CURSOR,
    SCOPE,
    get_state,
    read_states,
    set_state,
)
from wopdesk.sync.withdrawn import leave_withdrawn

_CHANGE_LIST = TypeAdapter(list[PulledChange])
# Pulled changes of records that could not be linked yet (see ``_apply_page``).
UNLINKED = "sync.unlinked"
# Pulled changes this version cannot read (a newer WOPdesk's fields or kinds of record),
# kept until an update brings them (see ``_apply_page``).
UNKNOWN = "sync.unknown"


class CursorMoved(Exception):
    """The database's pull cursor is no longer the one a page was asked from."""


def _kept(store: Store, key: str = UNLINKED) -> list[PulledChange]:
    """Pulled changes kept aside under ``key`` (``UNLINKED`` or ``UNKNOWN``)."""
    with store.reading() as session:
        kept = get_state(session, key)
    return _CHANGE_LIST.validate_python(kept) if kept else []


def readable(change: Change) -> bool:
    """Whether this version knows the change's kind of record and field and can read
    its value (a newer WOPdesk may add a field, or a word to a list of choices)."""
    model = ENTITIES.get(change.entity)
    codec = codecs(model).get(change.field) if model is not None else None
    return codec is not None and codec.check(change.value) is None


class Puller(SyncJob):
    """Applies the server's changes; leaves partnerships this person may no longer see."""

    def pull(self, report: SyncReport) -> bool:
        """Pull every page; return whether the person's scope changed since the last pull.

        The next page is asked for while this one is applied, so the server prepares it
        meanwhile; pages are still applied one after the other, each with its cursor.
        """
        cursor, scope = first = self._stored_cursor()
        start = cursor
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wopdesk-pull") as fetcher:
            page = self.connection.pull(cursor, scope, self.page_changes)
            while True:
                self.allowed = page.partnerships
                last = page.last if page.last is not None else page.cursor
                self._progress("receive", max(page.cursor - start, 0), max(last - start, 0))
                following = None
                try:
                    if page.cursor == cursor and page.scope == scope and not page.changes:
                        if any(readable(c) for c in _kept(self.store, UNKNOWN)):
                            # This laptop was updated meanwhile.
                            self._apply_page(page, report, (cursor, scope))
                        with self.store.reading() as session:
                            self._check_server(session, page.server_id, remember=False)
                        break
                    if page.more:
                        following = fetcher.submit(
                            self.connection.pull, page.cursor, page.scope, self.page_changes
                        )
                    self._apply_page(page, report, (cursor, scope))
                except CursorMoved:
                    # Another sync went further, or a restore brought back an older state:
                    # go on from what the database holds, once the page asked ahead is in.
                    if following is not None:
                        following.result()
                    cursor, scope = self._stored_cursor()
                    page = self.connection.pull(cursor, scope, self.page_changes)
                    continue
                cursor, scope = page.cursor, page.scope
                if following is None:
                    break
                page = following.result()
        return first[1] is not None and scope_grants(scope) != scope_grants(first[1])

    def _stored_cursor(self) -> tuple[int, str | None]:
        """The cursor and scope the database holds: where its next pull starts."""
        with self.store.reading() as session:
            return int(get_state(session, CURSOR, 0)), get_state(session, SCOPE)

    def _apply_page(
        self, page: PullPage, report: SyncReport, asked: tuple[int, str | None]
    ) -> None:
        """Apply a pulled page and move the cursor past it, in one transaction.

        ``asked`` is the cursor and scope the page was asked from; if the database holds
        others by then (``CursorMoved``), nothing is applied: the page would move its
        cursor past changes it does not have (a backup restored meanwhile) or back.

        A record that refers to one this laptop does not have (sent before the server
        refused such references, or whose parent comes later) must not stop the sync
        of everything else: the page is applied without it, and its changes are kept
        aside (``sync.unlinked``) and tried again with every later page.

        A change this version cannot read (a field, a kind of record or a choice that a
        newer WOPdesk added) is kept too (``sync.unknown``), never lost nor a reason to
        stop: once an update of this laptop brings what it needs, the next pull applies
        it, merged by its stamp like any other.
        """
        waiting = _kept(self.store)
        unreadable: list[PulledChange] = []
        changes = list(waiting)
        for change in [*_kept(self.store, UNKNOWN), *page.changes]:
            (changes if readable(change) else unreadable).append(change)
        misfits: set[tuple[str, str]] = set()
        while True:
            kept = [c for c in changes if (c.entity, c.row_id) not in misfits]
            aside = [c for c in changes if (c.entity, c.row_id) in misfits]
            try:
                applied = self._apply_changes(page, kept, aside, unreadable, asked)
                break
            except IntegrityError:
                # A reference to a record that never came is found at commit (deferred).
                found = self._misfits(page, kept)
                if not found or found <= misfits:
                    raise SyncError(
                        "The server sent records that do not fit together, and they could "
                        "not be told apart from the others."
                    ) from None
                misfits |= found
        signoffs.add_unseen(applied, self.pushed, page.changes, self.store)
        if applied.outdated_approvals:
            with self.store.transaction() as session:
                withdraw_outdated(session, applied.outdated_approvals)
        if applied.outdated_visits:
            # Captured to sync, unchecked: the merged visit is other replicas' writes too.
            with self.store.transaction(**{SKIP_VALIDATION: True}) as session:
                report.reopened_visits += reopen_outdated(session, applied.outdated_visits)
        report.received += applied.fields
        report.kept_for_update = len(unreadable)
        report.new_conflicts += applied.new_conflicts
        report.changed_records |= applied.records
        for entity, row_id in sorted({(c.entity, c.row_id) for c in aside}):
            line = (
                f"{entity} {row_id}: it refers to a record this laptop does not have; "
                "it is kept aside and applied when that record arrives."
            )
            if line not in report.set_aside:
                report.set_aside.append(line)

    def _apply_changes(
        self,
        page: PullPage,
        changes: list[PulledChange],
        aside: list[PulledChange],
        unreadable: list[PulledChange],
        asked: tuple[int, str | None],
    ) -> "Applied":
        info = {SKIP_CAPTURE: True, SKIP_VALIDATION: True}
        with self.store.transaction(**info) as session:
            self._check_server(session, page.server_id)
            read_states(session, CURSOR, SCOPE, CLOCK_SETTING, UNLINKED, UNKNOWN)
            if (int(get_state(session, CURSOR, 0)), get_state(session, SCOPE)) != asked:
                raise CursorMoved
            applied = apply_changes(session, changes, self.clock(session))
            set_state(session, CURSOR, page.cursor)
            set_state(session, SCOPE, page.scope)
            set_state(session, CLOCK_SETTING, self.clock(session).last.encode())
            set_state(session, UNLINKED, _CHANGE_LIST.dump_python(aside, mode="json"))
            set_state(session, UNKNOWN, _CHANGE_LIST.dump_python(unreadable, mode="json"))
        return applied

    def _misfits(self, page: PullPage, changes: list[PulledChange]) -> set[tuple[str, str]]:
        """The records of ``changes`` whose references lead nowhere, found by applying
        them in a transaction that is rolled back."""
        found: set[tuple[str, str]] = set()
        with self.store.writes() as session:
            session.info.update({SKIP_CAPTURE: True, SKIP_VALIDATION: True})
            try:
                apply_changes(session, changes, self.clock(session))
                check = session.execute(text("PRAGMA foreign_key_check")).all()
                for table, rowid, _parent, _key in check:
                    row_id = session.execute(
                        text(f'SELECT id FROM "{table}" WHERE rowid = :rowid'), {"rowid": rowid}
                    ).scalar()
                    if row_id is not None:
                        found.add((table, row_id))
            finally:
                session.rollback()
        return found

    def _leave_withdrawn(self, report: SyncReport) -> None:
        """Tell about partnerships this person may no longer see; remove those told of."""
        with self.store.transaction(**{SKIP_CAPTURE: True}) as session:
            found = leave_withdrawn(session, self.allowed, self.store.data_dir)
        report.withdrawn += found.notices
        report.withdrawn_files += found.saved
        if found.notices:
            report.changed_records.add(("partnership", ""))  # the selector reloads
