"""One profile's local data: the database, the blob store and a unit of work.

Every write goes through ``Store.transaction()``: validated before it is written (at
flush, or by ``commands.create`` for a new record), committed at the end of the block or
rolled back whole, so a failed save changes nothing.
"""

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from wopdesk.domain.catalogue import CATALOGUE_VERSION, IndicatorDefinition, catalogue
from wopdesk.domain.i18n import translate
from wopdesk.domain.people import stage_problem, trainee_count_problem
from wopdesk.domain.rules import required_problem, validate
from wopdesk.domain.vocab import VisitState
from wopdesk.errors import ValidationError
from wopdesk.storage import results_chain
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.changes import CAPTURE, SKIP_CAPTURE, ChangeCapture
from wopdesk.storage.database import open_engine, writer_engine
from wopdesk.storage.milestones import check_milestone
from wopdesk.storage.models import (
    Indicator,
    IndicatorMilestone,
    LearningActivity,
    ProgressRecord,
    Setting,
    SiteVisit,
    SyncedRecord,
    TrackStage,
)
from wopdesk.storage.paths import BLOBS_DIR, DATABASE_NAME, resolve_data_dir
from wopdesk.storage.progress import check_progress, refuse_edit_of_approved
from wopdesk.storage.visit_followup import check_signoff

# Session.info keys. Sync applies other people's changes with validation off, and
# local bookkeeping (seeding the catalogue) is not captured for sync (SKIP_CAPTURE).
SKIP_VALIDATION = "skip_validation"
# The local setting holding the catalogue version this profile's built-in indicators follow.
CATALOGUE_VERSION_SETTING = "catalogue_version"
# Writer connections kept open between transactions: the app's saves, and a sync's.
_KEPT_WRITERS = 2


class Store:
    """The database and blob store of one data directory."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.blobs = BlobStore(data_dir / BLOBS_DIR)
        # Every session carries the change capture, so every write is stamped and queued.
        self.capture = ChangeCapture()
        self._session_info = {CAPTURE: self.capture}
        self.sessions = sessionmaker(engine, expire_on_commit=False, info=self._session_info)
        # Write transactions begin as writers, so they wait for a sync instead of failing.
        self.writer = writer_engine(engine)
        self.writes = sessionmaker(self.writer, expire_on_commit=False, info=self._session_info)
        # Writer connections and their sessions, kept between transactions (``transaction``).
        self._idle_writers: deque[tuple[Connection, Session]] = deque()

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> "Store":
        """Open (creating and migrating if needed) the profile at ``data_dir``."""
        directory = resolve_data_dir(data_dir)
        store = cls(directory, open_engine(directory / DATABASE_NAME))
        store.seed_catalogue()
        with store.transaction() as session:
            store.capture.start(session)
        return store

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    def close(self) -> None:
        while self._idle_writers:
            connection, session = self._idle_writers.pop()
            session.close()
            connection.close()
        self.engine.dispose()

    @contextmanager
    def transaction(self, **info: Any) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        It holds the database's write lock from its first statement: keep it short.

        Its connection (``BEGIN IMMEDIATE``) and the session object are kept for the
        next transaction: checking a connection out of the pool and back in (the pool's
        bookkeeping, its reset, a new ``Connection``) and building a ``Session`` cost
        more than a small save's own Python. Up to ``_KEPT_WRITERS`` pairs stay idle
        between transactions; each transaction takes one nobody else holds, so threads
        and nested transactions never share one. The session is closed at the end of
        the block, as before; one that was used again after its block (and so began a
        transaction of its own) is never handed out. After a failure the connection goes
        back to the pool, whose reset rolls back what SQLite may still hold open (a
        COMMIT refused by a deferred foreign key leaves the transaction open).
        """
        connection, session = self._take_writer()
        session.info.update(info)
        try:
            with session, session.begin():
                yield session
        except BaseException:
            connection.close()
            raise
        if len(self._idle_writers) < _KEPT_WRITERS and _idle(connection):
            self._idle_writers.append((connection, session))
        else:
            connection.close()

    def _take_writer(self) -> tuple[Connection, Session]:
        """An idle writer connection and its closed session, or a new pair."""
        while self._idle_writers:
            try:
                connection, session = self._idle_writers.pop()
            except IndexError:  # another thread took the last one
                break
            if not session.in_transaction() and _idle(connection):
                session.info.clear()
                session.info.update(self._session_info)
                return connection, session
            session.close()
            connection.close()
        connection = self.writer.connect()
        return connection, self.writes(bind=connection)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with self.sessions() as session:
            yield session

    def seed_catalogue(
        self,
        definitions: tuple[IndicatorDefinition, ...] | None = None,
        version: int = CATALOGUE_VERSION,
    ) -> bool:
        """Bring the built-in indicators up to the catalogue ``version``, in one transaction.

        Nothing happens when the profile already has that version or a newer one. Rows are
        found by id, which a renamed or renumbered indicator keeps, so readings, baselines
        and targets stay with their indicator; an indicator dropped from the catalogue
        stays too, for the readings that refer to it. Says whether anything was updated.
        """
        with self.transaction(**{SKIP_CAPTURE: True}) as session:
            setting = session.get(Setting, CATALOGUE_VERSION_SETTING)
            if setting is not None and int(setting.value or 0) >= version:
                return False
            _apply_catalogue(session, catalogue() if definitions is None else definitions)
            session.merge(Setting(key=CATALOGUE_VERSION_SETTING, value=version))
        return True

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.reading() as session:
            setting = session.get(Setting, key)
            return default if setting is None else setting.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as session:
            session.merge(Setting(key=key, value=value))


def _idle(connection: Connection) -> bool:
    """Whether ``connection`` is usable and holds no transaction, in SQLAlchemy or SQLite."""
    if connection.invalidated or connection.in_transaction():
        return False
    return not connection.connection.driver_connection.in_transaction  # type: ignore[union-attr]


def _apply_catalogue(session: Session, definitions: tuple[IndicatorDefinition, ...]) -> None:
    existing = {
        row.id: row for row in session.scalars(select(Indicator).where(Indicator.builtin.is_(True)))
    }
    for definition in definitions:
        row = existing.get(definition.id) or Indicator(id=definition.id, builtin=True)
        row.framework = definition.framework
        row.code = definition.code
        row.name = definition.name
        row.unit = definition.unit
        row.formula = definition.formula
        row.better_when = definition.better_when
        row.benchmark = definition.benchmark
        row.benchmark_source = definition.benchmark_source or None
        row.min_value = definition.min_value
        row.max_value = definition.max_value
        if row.id not in existing:
            session.add(row)


@event.listens_for(Session, "before_flush")
def _validate_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """No code path can save a record that breaks a domain rule."""
    if session.info.get(SKIP_VALIDATION):
        return
    for record in (*session.new, *session.dirty):
        if isinstance(record, SyncedRecord):
            check_record(session, record)


def check_record(session: Session, record: SyncedRecord) -> None:
    """Refuse, with one sentence, a record about to be saved that breaks a domain rule."""
    check_new(session, type(record), record.values())
    if inspect(record).persistent:
        _refuse_emptied(record)
    if isinstance(record, SiteVisit) and not record.deleted:
        _refuse_edit_of_final_visit(session, record)
    if isinstance(record, ProgressRecord) and not record.deleted:
        refuse_edit_of_approved(record)


# Kept by WOPdesk itself, never typed.
_BOOKKEEPING = frozenset({"created_at", "updated_at", "deleted", "clocks"})


def _refuse_emptied(record: SyncedRecord) -> None:
    """A field the database cannot hold empty, emptied by an edit: the "required" sentence
    (a new record gets the field's default instead)."""
    for column in record.__table__.columns:
        if column.nullable or column.primary_key or column.name in _BOOKKEEPING:
            continue
        if getattr(record, column.key) is None:
            raise required_problem(record.rules, column.key)


def check_new(session: Session, model: type[SyncedRecord], values: dict[str, Any]) -> None:
    """Refuse, with one sentence, a new record (every column's value) that breaks a rule."""
    if session.info.get(SKIP_VALIDATION) or values["deleted"]:
        return
    validate(model.rules, values)
    if model is ProgressRecord:
        check_progress(session, values)
    results_chain.check(session, model, values)
    if model is SiteVisit:
        check_signoff(session, values)
    if model is IndicatorMilestone:
        check_milestone(session, values)
    problem = _people_or_stage_problem(model, values)
    if problem is not None:
        raise problem


def _people_or_stage_problem(
    model: type[SyncedRecord], values: dict[str, Any]
) -> ValidationError | None:
    """Rules across fields of learning counts and track stages (domain/people.py)."""
    if model is LearningActivity:
        return trainee_count_problem(values)
    if model is TrackStage:
        return stage_problem(values)
    return None


def _refuse_edit_of_final_visit(session: Session, visit: SiteVisit) -> None:
    """A final visit is read-only until its state goes back to draft."""
    state = inspect(visit)
    if state.pending or state.attrs.state.history.has_changes():
        return
    if visit.state == VisitState.FINAL and session.is_modified(visit):
        message = translate("storage", "This site visit is final; reopen it before editing.")
        raise ValidationError(message, "state")
