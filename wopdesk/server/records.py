"""Push and pull on the server: merge changes field by field, number them, page them out.

A push is applied in one transaction that first locks the ``server_state`` row: pushes
are serialised, so sequence numbers become visible in the order they were given and a
pull never skips a change that commits late (Anki's usn, one counter for everything).
"""

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Insert,
    Table,
    Text,
    Update,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from wopdesk.domain.catalogue import catalogue
from wopdesk.domain.rules import EntityRules, field_problems
from wopdesk.server import scope
from wopdesk.server.accounts import WRITING_ROLES, Principal
from wopdesk.server.blobs import missing_in
from wopdesk.server.db import (
    IN_CHUNK,
    BlobGrant,
    BlobHolder,
    Grant,
    LoggedChange,
    PushedBatch,
    RecordUse,
    ServerDatabase,
    ServerRecord,
    ServerState,
)
from wopdesk.server.errors import ApiError
from wopdesk.storage.changes import (
    Stamp,
    child_links,
    codecs,
    deterministic_id,
    required_fields,
    stamp_node,
    wall_ms,
)
from wopdesk.storage.models import ENTITIES, Conflict, SyncedRecord
from wopdesk.storage.types import utcnow
from wopdesk.sync.merge import FieldState, decide
from wopdesk.sync.protocol import (
    PROTOCOL_VERSION,
    Change,
    PushRequest,
    change_problem,
)

# Node id of stamps the server makes itself (conflict records, undeleting an edited record).
SERVER_NODE = "0000000000server"
SERVER_AUTHOR = "server"


@cache
def builtin_indicator_ids() -> frozenset[str]:
    """Built-in indicators exist on every replica with the same id and are never synced."""
    return frozenset(definition.id for definition in catalogue())


@cache
def _references(model: type[SyncedRecord]) -> dict[str, str]:
    """The synced fields of ``model`` that name another record, and that record's kind."""
    return {name: c.references for name, c in codecs(model).items() if c.references is not None}


# The fields of a conflict record a member may change: resolving it. The rest is the
# server's own record of what happened, and only the server writes conflicts.
CONFLICT_RESOLUTION = frozenset({"resolved", "resolved_at"})


@dataclass(frozen=True, slots=True)
class _Rules:
    """What ``refuse_change`` asks of a kind of record, looked up once per kind."""

    # The field naming the record's partnership, when it is not the record's own id.
    partnership_field: str | None
    indicator: bool
    references: dict[str, str]


@cache
def _rules(model: type[SyncedRecord]) -> _Rules:
    column = model.partnership_column
    return _Rules(
        partnership_field=None if column == "id" else column,
        indicator=model.__tablename__ == "indicator",
        references=_references(model),
    )


@cache
def _parents(entity: str) -> tuple[tuple[str, str], ...]:
    """The (field, kind) of the records a record of ``entity`` cannot exist without."""
    return tuple(
        (name, parent)
        for parent, links in child_links().items()
        for child, name in links
        if child == entity
    )


_OWNER_FIELDS = ("owner_entity", "owner_id")


def _owners(child: "_Record") -> list[tuple[str, Any]]:
    """(kind, id) of each record ``child`` cannot exist without: the parents it names, and
    for a file the record it is attached to (the laptop deletes them with that record)."""
    fields = child.fields
    found = [(parent, (fields.get(name) or {}).get("v")) for name, parent in _parents(child.entity)]
    if child.entity == "attachment":
        kind, row_id = ((fields.get(name) or {}).get("v") for name in _OWNER_FIELDS)
        if isinstance(kind, str) and kind in ENTITIES and kind != "conflict":
            found.append((kind, row_id))
    return found


def _state(value: dict[str, Any] | None) -> FieldState | None:
    return None if value is None else FieldState(value["v"], value["s"], value.get("by"))


@cache
def _checked_fields(model: type[SyncedRecord]) -> frozenset[str]:
    """The fields that ``field_problems`` reads for ``model``: a change of any other field
    breaks no rule on its own (most of a batch's fields: texts, dates, references)."""
    rules = model.rules
    return frozenset(
        (
            *rules.non_negative,
            *rules.ranges,
            *rules.max_length,
            *rules.not_future,
            *rules.currencies,
            *rules.emails,
            *rules.money,
            *rules.money.values(),
            *rules.exact,
        )
    )


@cache
def _field_rules(model: type[SyncedRecord], name: str) -> EntityRules:
    """``model``'s rules that read field ``name`` alone: what ``field_problems`` can find in
    a change of that one field (a money rule is checked with its currency, so a value
    alone is checked by its own entry only). The others look at fields a one-field change
    does not hold, at a cost of a call or two each (most kinds have a dozen)."""
    rules = model.rules
    return replace(
        rules,
        non_negative=tuple(n for n in rules.non_negative if n == name),
        ranges={n: r for n, r in rules.ranges.items() if n == name},
        max_length={n: r for n, r in rules.max_length.items() if n == name},
        not_future=tuple(n for n in rules.not_future if n == name),
        currencies=tuple(n for n in rules.currencies if n == name),
        emails=tuple(n for n in rules.emails if n == name),
        money={n: c for n, c in rules.money.items() if n == name},
        exact=tuple(n for n in rules.exact if n == name),
    )


def broken_rule(model: type[SyncedRecord], values: dict[str, Any]) -> str | None:
    """The domain rule a pushed value breaks on its own (an e-mail, a currency, a negative
    amount), in the very sentence the app and the command line give, or None."""
    if _checked_fields(model).isdisjoint(values):
        return None
    rules = _field_rules(model, next(iter(values))) if len(values) == 1 else model.rules
    for problem in field_problems(rules, values):
        return str(problem)
    return None


def _absent(
    model: type[SyncedRecord], row_id: str, missing: list[str], why: str = "missing"
) -> str:
    """The refusal of a change to a record the server does not have (nor the batch makes)."""
    return (
        f"The server has no {_label(model)} {row_id}, and this batch does not "
        f"create it whole ({why} {', '.join(missing)})."
    )


def _live_by_another(fields: dict[str, Any], deleter: str) -> FieldState | None:
    """The creation state of a live stored record made by a replica other than ``deleter``."""
    if (fields.get("deleted") or {}).get("v") is True:
        return None
    state = fields.get("created_at") or next(iter(fields.values()))
    if stamp_node(state["s"]) == deleter:
        return None
    return FieldState(False, state["s"], state.get("by"))


def _label(model: type[SyncedRecord]) -> str:
    return model.rules.label.lower()


@dataclass(slots=True)
class _Record:
    """The server's copy of one record while a batch is applied to it."""

    entity: str
    row_id: str
    partnership_id: str | None
    fields: dict[str, Any]
    blob_sha256: str | None = None
    new: bool = False
    changed: bool = False
    # The JSON text of each field written by this batch, made once with its log entry.
    texts: dict[str, str] = field(default_factory=dict)


# A record not read yet (``None`` in ``_Push.records`` is a record the server lacks).
_UNREAD: Any = object()
RECORD = cast(Table, ServerRecord.__table__)
USE = cast(Table, RecordUse.__table__)
LOG = cast(Table, LoggedChange.__table__)
STATE = cast(Table, ServerState.__table__)
PUSHED = cast(Table, PushedBatch.__table__)
# The change log's columns, in the order a push's log rows hold them.
LOG_COLUMNS = (
    "seq",
    "batch_id",
    "entity",
    "row_id",
    "partnership_id",
    "field",
    "value",
    "stamp",
    "author",
)
assert set(LOG_COLUMNS) == set(LOG.c.keys())
# The change log's columns a pull reads.
PULLED = (
    LOG.c.seq,
    LOG.c.batch_id,
    LOG.c.entity,
    LOG.c.row_id,
    LOG.c.field,
    # The stored JSON text itself, never decoded: a pull copies it into the page as is.
    LOG.c.value.cast(Text),
    LOG.c.stamp,
    LOG.c.author,
)


@dataclass
class _Push:
    """One batch being applied: the records it touched, the sequence, what it created.

    Records are read up front (one query per entity and chunk of ids), merged in memory,
    and written back at the end with one executemany per kind of statement.
    """

    session: Session
    principal: Principal
    batch_id: str
    seq: int
    now: int
    grants: dict[str, str]
    new_rows: dict[tuple[str, str], dict[str, Any]]
    records: dict[tuple[str, str], _Record | None] = field(default_factory=dict)
    refused_rows: dict[tuple[str, str], str] = field(default_factory=dict)
    # Records this batch creates, their values checked together by ``refuse_creation``.
    created: set[tuple[str, str]] = field(default_factory=set)
    log: list[tuple[Any, ...]] = field(default_factory=list)
    conflicts: int = 0
    # Partnerships using each shared record read so far, and the uses this batch adds.
    uses: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    new_uses: list[dict[str, str]] = field(default_factory=list)
    relogged: set[tuple[str, str]] = field(default_factory=set)
    blob_grants: set[tuple[str, str]] = field(default_factory=set)
    deleted_parents: set[tuple[str, str]] = field(default_factory=set)
    # The stored attachments of each partnership, read when one of its records is deleted.
    files: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)

    # -- reading -----------------------------------------------------------------------

    def load(self, keys: Iterable[tuple[str, str]]) -> None:
        """Read the records named by ``keys`` that are not read yet, an entity at a time."""
        wanted: dict[str, set[str]] = {}
        for entity, row_id in keys:
            if (entity, row_id) not in self.records:
                wanted.setdefault(entity, set()).add(row_id)
        for entity, id_set in wanted.items():
            ids = sorted(id_set)
            for start in range(0, len(ids), IN_CHUNK):
                query = select(
                    RECORD.c.row_id, RECORD.c.partnership_id, RECORD.c.blob_sha256, RECORD.c.fields
                ).where(
                    RECORD.c.entity == entity, RECORD.c.row_id.in_(ids[start : start + IN_CHUNK])
                )
                shared = []
                for row_id, partnership_id, blob_sha256, fields in self.session.execute(query):
                    self.records[(entity, row_id)] = _Record(
                        entity, row_id, partnership_id, dict(fields), blob_sha256
                    )
                    if partnership_id is None:
                        shared.append(row_id)
                self.load_uses(entity, shared)
            for row_id in ids:
                self.records.setdefault((entity, row_id), None)

    def load_uses(self, entity: str, row_ids: list[str]) -> None:
        """The partnerships using each of these shared records (one query, not one each):
        what ``partnerships_using`` would read, for those it has not read yet."""
        unread = [row_id for row_id in row_ids if (entity, row_id) not in self.uses]
        if not unread:
            return
        found: dict[str, set[str]] = {row_id: set() for row_id in unread}
        query = select(USE.c.row_id, USE.c.partnership_id).where(
            USE.c.entity == entity, USE.c.row_id.in_(unread)
        )
        for row_id, partnership_id in self.session.execute(query):
            found[row_id].add(partnership_id)
        for row_id, using in found.items():
            self.uses[(entity, row_id)] = using

    def record(self, entity: str, row_id: str) -> _Record | None:
        key = (entity, row_id)
        if key not in self.records:
            self.load([key])
        return self.records[key]

    def exists(self, entity: str, row_id: str) -> bool:
        if entity == "indicator" and row_id in builtin_indicator_ids():
            return True
        return self.record(entity, row_id) is not None

    # -- rules -------------------------------------------------------------------------

    def may_write(self, partnership_id: str | None) -> str | None:
        """Why this person may not change records of ``partnership_id``, or None."""
        if self.principal.admin:
            return None
        if partnership_id is None:
            # A new shared record (a utility, a person): any account that is not only an
            # observer may make one, as setting up a new partnership needs them first.
            roles = set(self.grants.values())
            if roles and not roles & WRITING_ROLES:
                return "Observers cannot change shared records (utilities, people, indicators)."
            return None
        role = self.grants.get(partnership_id)
        if role is None:
            return f"You are not a member of partnership {partnership_id}."
        if role not in WRITING_ROLES:
            return f"Observers cannot change partnership {partnership_id}."
        return None

    def may_change_shared(self, record: _Record) -> str | None:
        """Why this person may not change an existing shared record, or None.

        Its members may change a utility or a person that one of their partnerships uses;
        a record no partnership uses yet only by whoever made it.
        """
        if self.principal.admin:
            return None
        using = self.partnerships_using(record.entity, record.row_id)
        if any(self.grants.get(p) in WRITING_ROLES for p in using) or self.made_alone(record):
            return None
        label = _label(ENTITIES[record.entity])
        return f"Only members of a partnership that uses this {label} may change it."

    def made_alone(self, record: _Record) -> bool:
        """A shared record no partnership uses yet, every field of it written by this person."""
        return not self.partnerships_using(record.entity, record.row_id) and all(
            state.get("by") in (self.principal.name, SERVER_AUTHOR)
            for state in record.fields.values()
        )

    def may_name_shared(self, record: _Record) -> str | None:
        """Why this person may not refer to an existing shared record, or None."""
        if self.principal.admin or record.new:
            return None
        using = self.partnerships_using(record.entity, record.row_id)
        if using & self.grants.keys() or self.made_alone(record):
            return None
        label = _label(ENTITIES[record.entity])
        return f"It refers to a {label} that none of your partnerships uses ({record.row_id})."

    # -- shared records and their uses ---------------------------------------------------

    def partnerships_using(self, entity: str, row_id: str) -> set[str]:
        key = (entity, row_id)
        if key not in self.uses:
            self.uses[key] = set(
                self.session.scalars(
                    select(USE.c.partnership_id).where(
                        USE.c.entity == entity, USE.c.row_id == row_id
                    )
                )
            )
        return self.uses[key]

    def add_use(self, entity: str, row_id: str, partnership_id: str) -> None:
        """Let ``partnership_id``'s members read a shared record (and what it refers to).

        A record that existed before this batch is logged again as it stands, so the
        members, whose cursors may be past its first entries, receive it.
        """
        using = self.partnerships_using(entity, row_id)
        if partnership_id in using:
            return
        using.add(partnership_id)
        self.new_uses.append({"entity": entity, "row_id": row_id, "partnership_id": partnership_id})
        record = self.record(entity, row_id)
        if record is None:
            return
        if not record.new:
            self.relog(record)
        for name, target in _references(ENTITIES[entity]).items():
            value = (record.fields.get(name) or {}).get("v")
            if isinstance(value, str) and self.is_shared_record(target, value):
                self.add_use(target, value, partnership_id)

    def is_shared_record(self, entity: str, row_id: Any) -> bool:
        """Whether ``row_id`` names a record of no partnership the server has (not built in)."""
        if not isinstance(row_id, str):
            return False
        if entity == "indicator" and row_id in builtin_indicator_ids():
            return False
        referred = self.record(entity, row_id)
        return referred is not None and referred.partnership_id is None

    def note_reference(self, record: _Record, target: str, value: Any) -> None:
        """A record now names a shared one: the partnerships it belongs to use that one."""
        if not isinstance(value, str) or not self.is_shared_record(target, value):
            return
        if record.partnership_id is not None:
            self.add_use(target, value, record.partnership_id)
            return
        for partnership_id in list(self.partnerships_using(record.entity, record.row_id)):
            self.add_use(target, value, partnership_id)

    def relog(self, record: _Record) -> None:
        """Append a record's current fields to the change log again, values and stamps kept."""
        key = (record.entity, record.row_id)
        if key in self.relogged:
            return
        self.relogged.add(key)
        for name, state in record.fields.items():
            self.append_log(record, name, _value_json(state["v"]), state["s"], state.get("by"))

    def append_log(self, record: _Record, name: str, text: str, stamp: str, by: str | None) -> None:
        """A row of the change log, numbered next, its columns in LOG_COLUMNS' order."""
        self.seq += 1
        self.log.append(
            (
                self.seq,
                self.batch_id,
                record.entity,
                record.row_id,
                record.partnership_id,
                name,
                text,
                stamp,
                by,
            )
        )

    # -- files ---------------------------------------------------------------------------

    def holds_file(self, sha256: str) -> bool:
        """Whether this person has shown they have a file: uploaded it, or may read it."""
        if self.principal.admin:
            return True
        held = self.session.scalar(
            select(BlobHolder.sha256).where(
                BlobHolder.sha256 == sha256, BlobHolder.account_id == self.principal.account_id
            )
        )
        if held is not None:
            return True
        if any((sha256, p) in self.blob_grants for p in self.grants):
            return True
        granted = self.session.scalar(
            select(BlobGrant.sha256).where(
                BlobGrant.sha256 == sha256, BlobGrant.partnership_id.in_(list(self.grants))
            )
        )
        return granted is not None

    def note_file(self, record: _Record, sha256: Any) -> None:
        """An attachment grants its partnership the file only if its author has shown they
        have it (uploaded it, or may read it already). It may name any other hash: that
        grants nothing, and is accepted whether the server has that file or not (its
        upload may come later), so a push never tells whether the server has a file."""
        if isinstance(sha256, str) and record.partnership_id and self.holds_file(sha256):
            self.blob_grants.add((sha256, record.partnership_id))

    def may_create_partnership(self, partnership_id: str) -> str | None:
        """Whoever brings a new partnership becomes its coordinator, unless it has members."""
        if self.principal.admin or self.grants.get(partnership_id) in WRITING_ROLES:
            return None
        if partnership_id in self.grants:
            return f"Observers cannot change partnership {partnership_id}."
        taken = self.session.scalar(
            select(Grant.account_id).where(Grant.partnership_id == partnership_id).limit(1)
        )
        if taken is not None:
            return f"You are not a member of partnership {partnership_id}."
        self.session.execute(
            insert(Grant).values(
                account_id=self.principal.account_id,
                partnership_id=partnership_id,
                role="coordinator",
            )
        )
        self.grants[partnership_id] = "coordinator"
        return None

    def check_references(
        self, model: type[SyncedRecord], values: dict[str, Any], owner: str | None
    ) -> str | None:
        for name, value in values.items():
            reason = self.check_reference(model, name, value, owner)
            if reason is not None:
                return reason
        return None

    def check_reference(
        self, model: type[SyncedRecord], name: str, value: Any, owner: str | None
    ) -> str | None:
        """Why a record of partnership ``owner`` may not refer to ``value``, or None."""
        target = _references(model).get(name)
        if target is None or value is None:
            return None
        if not self.exists(target, value):
            return f"It refers to a {_label(ENTITIES[target])} the server does not have ({value})."
        if target == "indicator" and value in builtin_indicator_ids():
            return None
        referred = self.record(target, value)
        if referred is None:
            return None
        if self.unseen(referred):  # answered as an id the server never saw
            return f"It refers to a {_label(ENTITIES[target])} the server does not have ({value})."
        if referred.partnership_id is None:
            # Naming a shared record makes one's partnership use it, and so read it: only
            # someone who may read it already may name it (an id is not a permission).
            return self.may_name_shared(referred)
        if owner is None:
            return f"A shared record cannot refer to a partnership's {_label(ENTITIES[target])}."
        if referred.partnership_id != owner:
            # One member could otherwise break every laptop of the partnership.
            return f"It refers to a {_label(ENTITIES[target])} of another partnership ({value})."
        return None

    def check_owner(self, values: dict[str, Any], owner: str | None) -> str | None:
        """An attachment belongs to a record of its own partnership."""
        entity, row_id = values.get("owner_entity"), values.get("owner_id")
        if not isinstance(entity, str) or not isinstance(row_id, str) or entity not in ENTITIES:
            return None
        referred = self.record(entity, row_id)
        if referred is not None and referred.partnership_id not in (None, owner):
            return "It is attached to a record of another partnership."
        return None

    # -- what someone outside a partnership may learn ------------------------------------

    def unseen(self, record: _Record) -> bool:
        """Whether this person may read nothing of an existing record: one of a partnership
        they are not a member of, or a shared one none of their partnerships uses (and they
        did not make alone). Refusals about it say what an unknown id gets, so that neither
        its existence nor its partnership reaches them."""
        if self.principal.admin or record.new:
            return False
        if record.partnership_id is not None:
            return record.partnership_id not in self.grants
        used = self.partnerships_using(record.entity, record.row_id) & self.grants.keys()
        return not used and not self.made_alone(record)

    def as_if_absent(self, model: type[SyncedRecord], record: _Record) -> str | None:
        """For a change to a record this person may not see, the refusal an id the server
        never saw would get (``refuse_creation``'s); None for a record they may see."""
        if not self.unseen(record):
            return None
        if record.entity == "conflict":  # what refuse_creation says first
            return "Conflicts are recorded by the server only; a client may only resolve one."
        values = self.new_rows.get((record.entity, record.row_id), {})
        missing = sorted(required_fields(model) - values.keys())
        if missing:
            return _absent(model, record.row_id, missing)
        # A whole new record under a taken id: refused whatever the id names.
        return f"The id {record.row_id} is taken; a new {_label(model)} needs another."

    def refuse_creation(self, model: type[SyncedRecord], row_id: str) -> str | None:
        """Create the server's copy of a new record, or say why it cannot be created."""
        values = self.new_rows.get((model.__tablename__, row_id), {})
        if model.__tablename__ == "conflict":
            return "Conflicts are recorded by the server only; a client may only resolve one."
        if model.__tablename__ == "indicator" and (
            row_id in builtin_indicator_ids() or values.get("builtin") is True
        ):
            return "Built-in indicators come with WOPdesk and are never changed through sync."
        missing = sorted(required_fields(model) - values.keys())
        if missing:
            return _absent(model, row_id, missing)
        unusable = scope.unusable_required(model, values)
        if unusable:
            return _absent(model, row_id, unusable, "empty or not valid:")
        column = model.partnership_column
        partnership_id = (
            None if column is None else row_id if column == "id" else values.get(column)
        )
        reason = self.check_references(model, values, partnership_id)
        if reason is None and model.__tablename__ == "attachment":
            reason = self.check_owner(values, partnership_id)
        if reason is None:
            if model.__tablename__ == "partnership":
                reason = self.may_create_partnership(row_id)
            else:
                reason = self.may_write(partnership_id)
        reason = reason or broken_rule(model, values)
        if reason is not None:
            return reason
        self.records[(model.__tablename__, row_id)] = _Record(
            model.__tablename__, row_id, partnership_id, {}, new=True
        )
        self.created.add((model.__tablename__, row_id))
        return None

    def refuse_change(
        self, model: type[SyncedRecord], record: _Record, change: Change
    ) -> str | None:
        rules = _rules(model)
        name = change.field
        if name == rules.partnership_field and change.value != record.partnership_id:
            return "A record cannot move to another partnership."
        # A user-defined indicator says it is not built in; nothing may make one built in.
        builtin = name == "builtin" and change.value is not False
        if rules.indicator and (record.row_id in builtin_indicator_ids() or builtin):
            return "Built-in indicators come with WOPdesk and are never changed through sync."
        if record.entity == "conflict" and name not in CONFLICT_RESOLUTION:
            return "Conflicts are recorded by the server only; a client may only resolve one."
        if name in rules.references:
            reason = self.check_reference(model, name, change.value, record.partnership_id)
            if reason is not None:
                return reason
        if record.entity == "attachment":
            if name in ("owner_entity", "owner_id"):
                values = {k: (v or {}).get("v") for k, v in record.fields.items()}
                values[name] = change.value
                reason = self.check_owner(values, record.partnership_id)
                if reason is not None:
                    return reason
        if record.partnership_id is None and not record.new:
            reason = self.may_change_shared(record)
        else:
            reason = self.may_write(record.partnership_id)
        if reason is not None or self.checked_at_creation(record, name, change.value):
            return reason
        return broken_rule(model, {name: change.value})

    def checked_at_creation(self, record: _Record, name: str, value: Any) -> bool:
        """Whether ``value`` is the very value ``refuse_creation`` checked with the rest of
        the new record: no rule of one field alone can refuse what passed with them all."""
        key = (record.entity, record.row_id)
        if key not in self.created:
            return False
        values = self.new_rows[key]
        return name in values and values[name] is value

    # -- writing -----------------------------------------------------------------------

    def server_stamp(self, *after: str) -> str:
        """A stamp of the server's own, later than now and than every stamp in ``after``."""
        latest = max(Stamp.decode(s) for s in after)
        return max(Stamp(self.now, 0, SERVER_NODE), latest.successor(SERVER_NODE)).encode()

    def clamp(self, record: _Record, change: Change) -> str:
        """A stamp from the future (a clock set wrong) is brought back to the server's time."""
        if int(change.stamp[:13]) <= self.now:  # the wall time leads a valid stamp
            return change.stamp
        stamp = Stamp.decode(change.stamp)
        clamped = Stamp(self.now, stamp.counter, stamp.node)
        current = record.fields.get(change.field)
        # The same replica's later write must still beat its earlier (clamped) one.
        if current is not None and stamp_node(current["s"]) == stamp.node:
            if clamped.encode() <= current["s"]:
                clamped = Stamp.decode(current["s"]).successor(stamp.node)
        return clamped.encode()

    def write(self, record: _Record, name: str, value: Any, stamp: str, by: str) -> None:
        record.fields[name] = {"v": value, "s": stamp, "by": by}
        text = _value_json(value)
        record.texts[name] = f'{{"v": {text}, "s": {_ascii(stamp)}, "by": {_ascii(by)}}}'
        record.changed = True
        if record.entity == "attachment" and name == "sha256":
            record.blob_sha256 = value
        self.append_log(record, name, text, stamp, by)

    def set_aside(self, record: _Record, name: str, kept: FieldState, aside: FieldState) -> None:
        """Write a Conflict record keeping the value that lost; one per value set aside."""
        if record.entity == "conflict":
            return  # resolving a conflict twice is last-writer-wins, not a new conflict
        conflict_id = deterministic_id(record.entity, record.row_id, name, aside.stamp)
        if self.record("conflict", conflict_id) is not None:
            return
        values = {
            "created_at": dt.datetime.fromtimestamp(self.now / 1000, dt.UTC).isoformat(),
            "deleted": False,
            "partnership_id": record.partnership_id,
            "entity": record.entity,
            "row_id": record.row_id,
            "field": name,
            "kept_value": kept.value,
            "set_aside_value": aside.value,
            "kept_stamp": kept.stamp,
            "set_aside_stamp": aside.stamp,
            "kept_by": kept.by,
            "set_aside_by": aside.by,
            "resolved": False,
            "resolved_at": None,
        }
        assert values.keys() == codecs(Conflict).keys()
        conflict = _Record("conflict", conflict_id, record.partnership_id, {}, new=True)
        self.records[("conflict", conflict_id)] = conflict
        stamp = self.server_stamp(kept.stamp, aside.stamp)
        for key, value in values.items():
            self.write(conflict, key, value, stamp, SERVER_AUTHOR)
        if record.partnership_id is None:
            # About a shared record: for the members of the partnerships that use it.
            for partnership_id in list(self.partnerships_using(record.entity, record.row_id)):
                self.add_use("conflict", conflict_id, partnership_id)
        self.conflicts += 1

    def undelete(self, record: _Record, deletion: FieldState, edit: FieldState) -> None:
        """An edit made without seeing a delete wins: the record stays, the delete is set aside."""
        stamp = self.server_stamp(deletion.stamp, edit.stamp)
        self.write(record, "deleted", False, stamp, SERVER_AUTHOR)
        self.set_aside(record, "deleted", FieldState(False, edit.stamp, edit.by), deletion)

    def check_delete(self, record: _Record, change: Change, stamp: str) -> None:
        """A delete that did not see someone else's edit of the record is set aside."""
        seen = change.seen or {}
        deleter = stamp_node(stamp)
        for name, state in list(record.fields.items()):
            if name == "deleted" or state["s"] == seen.get(name):
                continue
            if stamp_node(state["s"]) not in (deleter, SERVER_NODE):
                deletion = _state(record.fields["deleted"])
                assert deletion is not None
                self.undelete(record, deletion, FieldState(state["v"], state["s"], state["by"]))
                return

    def check_edit_of_deleted(self, record: _Record, edit: FieldState) -> None:
        deletion = _state(record.fields.get("deleted"))
        if deletion is None or deletion.value is not True:
            return
        if stamp_node(deletion.stamp) not in (stamp_node(edit.stamp), SERVER_NODE):
            self.undelete(record, deletion, edit)

    def accept(self, record: _Record, change: Change, stamp: str) -> dict[str, Any]:
        """Write a change that won, then look at what a delete or an edit of a deleted
        record means for the record's other fields."""
        self.write(record, change.field, change.value, stamp, self.principal.name)
        target = _references(ENTITIES[record.entity]).get(change.field)
        if target is not None:
            self.note_reference(record, target, change.value)
        if record.entity == "attachment" and change.field == "sha256":
            self.note_file(record, change.value)
        if change.field == "deleted":
            if change.value is True:
                self.check_delete(record, change, stamp)
                if record.entity != "conflict":  # any record may have files attached
                    self.deleted_parents.add((record.entity, record.row_id))
            else:
                self.revive_parents(record, stamp)
        else:
            self.revive_parents(record, stamp)
            deleted = record.fields.get("deleted")
            # Most records are live: no FieldState to make for them.
            if deleted is not None and deleted["v"] is True:
                incoming = FieldState(change.value, stamp, self.principal.name)
                self.check_edit_of_deleted(record, incoming)
        return {"status": "accepted", "stamp": stamp, "reason": None}

    def revive_parents(self, child: _Record, stamp: str) -> None:
        """A live child written without seeing its parent's deletion brings the parent back
        (as an edit does for a deleted record): otherwise it would live on, unseen."""
        parents = _owners(child)
        if not parents:
            return
        if (child.fields.get("deleted") or {}).get("v") is True:
            return
        for parent_entity, parent_id in parents:
            parent = self.record(parent_entity, parent_id) if isinstance(parent_id, str) else None
            if parent is None or parent.partnership_id != child.partnership_id:
                continue  # a shared record a file hangs on is not the partnership's to revive
            deleted = parent.fields.get("deleted")
            # Most parents are live: no FieldState to make for them.
            if deleted is None or deleted["v"] is not True:
                continue
            deletion = _state(deleted)
            assert deletion is not None
            if stamp_node(deletion.stamp) not in (stamp_node(stamp), SERVER_NODE):
                self.undelete(parent, deletion, FieldState(False, stamp, self.principal.name))
                self.revive_parents(parent, stamp)

    def check_deleted_parents(self) -> None:
        """A parent deleted in this batch while it has live children the deleter did not
        delete with it (a laptop deletes the children it knows of): they were added
        elsewhere, unseen, so the parent comes back."""
        for entity, row_id in sorted(self.deleted_parents):
            parent = self.record(entity, row_id)
            if parent is None:
                continue
            deletion = _state(parent.fields.get("deleted"))
            if deletion is None or deletion.value is not True:
                continue
            child = self._live_child(entity, parent)
            if child is not None:
                self.undelete(parent, deletion, child)

    def _live_child(self, entity: str, parent: _Record) -> FieldState | None:
        """A state of a live child of ``parent`` written by another replica, if any."""
        deleter = stamp_node(parent.fields["deleted"]["s"])
        for child_entity, name in child_links().get(entity, ()):
            rows = self.session.execute(
                select(RECORD.c.row_id, RECORD.c.fields).where(
                    RECORD.c.entity == child_entity,
                    RECORD.c.partnership_id == parent.partnership_id,
                )
            )
            for row_id, stored in rows:
                held = self.records.get((child_entity, row_id))
                fields = held.fields if held else stored
                if (fields.get(name) or {}).get("v") != parent.row_id:
                    continue
                written = _live_by_another(fields, deleter)
                if written is not None:
                    return written
        return self._live_file(entity, parent, deleter)

    def _live_file(self, entity: str, parent: _Record, deleter: str) -> FieldState | None:
        """A live file attached to ``parent`` by another replica (the laptop deletes a
        record's files with it, as it does its children), if any."""
        for row_id, fields in self.files_of(parent.partnership_id):
            held = self.records.get(("attachment", row_id))
            fields = held.fields if held else fields
            owner = {name: (fields.get(name) or {}).get("v") for name in _OWNER_FIELDS}
            if owner != {"owner_entity": entity, "owner_id": parent.row_id}:
                continue
            written = _live_by_another(fields, deleter)
            if written is not None:
                return written
        return None

    def files_of(self, partnership_id: str | None) -> list[tuple[str, dict[str, Any]]]:
        """The stored attachments of a partnership, read once per batch."""
        if partnership_id is None:
            return []
        if partnership_id not in self.files:
            query = select(RECORD.c.row_id, RECORD.c.fields).where(
                RECORD.c.entity == "attachment", RECORD.c.partnership_id == partnership_id
            )
            self.files[partnership_id] = [(r, f) for r, f in self.session.execute(query)]
        return self.files[partnership_id]

    def files_wanted(self) -> list[str]:
        """The files of the live attachments this batch wrote that this person should send
        now, as ``/v1/blobs/missing`` would say: one the laptop was told the server had
        may have been removed (compaction) between that question and this batch."""
        hashes = [
            r.blob_sha256
            for r in self.records.values()
            if r is not None
            and r.changed
            and r.entity == "attachment"
            and r.blob_sha256 is not None
            and (r.fields.get("deleted") or {}).get("v") is not True
        ]
        return missing_in(self.session, self.principal, hashes) if hashes else []

    # -- one change --------------------------------------------------------------------

    def apply(self, change: Change) -> dict[str, Any]:
        """What happened to ``change``, as a ``ChangeResult``'s fields.

        A change that cannot be kept is refused alone, with its reason: the rest of the
        batch is applied (a laptop of another version sends what it knows).
        """
        problem = change_problem(change)
        if problem is not None:
            return _result("refused", reason=problem)
        model = ENTITIES[change.entity]
        key = (change.entity, change.row_id)
        record = self.records.get(key, _UNREAD)
        if record is _UNREAD:
            record = self.record(*key)
        if record is None:
            reason = self.refused_rows.get(key) or self.refuse_creation(model, change.row_id)
            if reason is not None:
                self.refused_rows[key] = reason
                return _result("refused", reason=reason)
            record = self.record(*key)
            assert record is not None
        else:
            reason = self.as_if_absent(model, record) or self.refuse_change(model, record, change)
            if reason is not None:
                return _result("refused", reason=reason)
        if (reason := scope.refuse(self, change)) is not None:
            return _result("refused", reason=reason)
        stamp = change.stamp
        if int(stamp[:13]) > self.now:  # the wall time leads a valid stamp
            stamp = self.clamp(record, change)
        held = record.fields.get(change.field)
        if held is None:
            # A field the server has never had (every field of a new record): it wins.
            return self.accept(record, change, stamp)
        current = _state(held)
        decision = decide(current, change.value, stamp, change.replaced)
        if decision.duplicate:
            return _result("duplicate", stamp)
        incoming = FieldState(change.value, stamp, self.principal.name)
        if not decision.apply:
            assert current is not None
            if decision.conflict:
                self.set_aside(record, change.field, current, incoming)
            return _result("superseded", current.stamp)
        if decision.conflict:
            assert current is not None
            self.set_aside(record, change.field, incoming, current)
        return self.accept(record, change, stamp)

    # -- the batch ---------------------------------------------------------------------

    def apply_all(self, changes: list[Change]) -> list[dict[str, Any]]:
        """Read what the batch touches, merge each change in order, write it all back."""
        self.load(_touched(changes))
        results = [self.apply(change) for change in changes]
        self.check_deleted_parents()
        self.save()
        return results

    def save(self) -> None:
        """Write new and changed records and append the change log, an executemany each."""
        records = [r for r in self.records.values() if r is not None and r.changed]
        created = [_record_row(r) for r in records if r.new]
        updated = [
            {
                "b_entity": r.entity,
                "b_row_id": r.row_id,
                "b_fields": _fields_json(r),
                "b_blob": r.blob_sha256,
            }
            for r in records
            if not r.new
        ]
        _execute_many(self.session, insert(RECORD), created)
        _execute_many(self.session, UPDATE_RECORD, updated)
        _insert_rows(self.session, LOG, LOG_COLUMNS, self.log)
        _execute_many(self.session, insert(USE), self.new_uses)
        self.save_blob_grants()

    def save_blob_grants(self) -> None:
        if not self.blob_grants:
            return
        held = {
            (sha, p)
            for sha, p in self.session.execute(
                select(BlobGrant.sha256, BlobGrant.partnership_id).where(
                    BlobGrant.sha256.in_({sha for sha, _p in self.blob_grants})
                )
            )
        }
        rows = [{"sha256": sha, "partnership_id": p} for sha, p in sorted(self.blob_grants - held)]
        _execute_many(self.session, insert(BlobGrant), rows)


def _execute_many(session: Session, statement: Insert | Update, rows: list[dict[str, Any]]) -> None:
    """Run ``statement`` for each row with the driver's executemany.

    The rows hold stored forms already (JSON as text, as SQLAlchemy's JSON type stores
    it), so SQLAlchemy's per-row parameter processing, most of a batch's cost, is skipped.
    """
    if not rows:
        return
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    if compiled.positional:
        names = compiled.positiontup or []
        # itemgetter of one name gives a value, not a tuple: statements here have several.
        ordered = itemgetter(*names)
        connection.exec_driver_sql(compiled.string, [ordered(row) for row in rows])
    else:
        connection.exec_driver_sql(compiled.string, rows)


def _insert_rows(
    session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """``_execute_many`` of an INSERT for rows given as tuples in ``columns``' order:
    passed as they are where the driver takes the table's columns by position (SQLite)."""
    if not rows:
        return
    connection = session.connection()
    compiled = insert(table).compile(dialect=connection.dialect)
    if compiled.positional and tuple(compiled.positiontup or ()) == columns:
        connection.exec_driver_sql(compiled.string, rows)
    else:
        _execute_many(
            session, insert(table), [dict(zip(columns, row, strict=True)) for row in rows]
        )


UPDATE_RECORD = (
    update(RECORD)
    .where(RECORD.c.entity == bindparam("b_entity"), RECORD.c.row_id == bindparam("b_row_id"))
    .values(
        fields=bindparam("b_fields", type_=RECORD.c.fields.type),
        blob_sha256=bindparam("b_blob", type_=RECORD.c.blob_sha256.type),
    )
)


def _value_json(value: Any) -> str:
    """A value's JSON text exactly as ``json.dumps`` writes it, without its call for
    the common kinds: text (the C string encoder dumps uses), null, booleans, integers."""
    kind = type(value)
    if kind is str:
        return _ascii(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return json.dumps(value)


def _fields_json(record: _Record) -> str:
    """``json.dumps(record.fields)``, the same text, from the texts made as fields were
    written: only the fields this batch did not write are encoded here."""
    texts = record.texts
    parts = [
        f"{_ascii(name)}: {texts.get(name) or json.dumps(state)}"
        for name, state in record.fields.items()
    ]
    return "{" + ", ".join(parts) + "}"


def _record_row(record: _Record) -> dict[str, Any]:
    return {
        "entity": record.entity,
        "row_id": record.row_id,
        "partnership_id": record.partnership_id,
        "blob_sha256": record.blob_sha256,
        "fields": _fields_json(record),
    }


def _result(status: str, stamp: str | None = None, reason: str | None = None) -> dict[str, Any]:
    """A ``ChangeResult`` as its JSON fields: validated once for the whole batch."""
    return {"status": status, "stamp": stamp, "reason": reason}


def _touched(changes: list[Change]) -> Iterator[tuple[str, str]]:
    """The records a batch changes and the records its values refer to."""
    for change in changes:
        model = ENTITIES.get(change.entity)
        if model is None:
            continue  # refused alone, when its turn comes
        yield change.entity, change.row_id
        target = _references(model).get(change.field)
        if target is not None and isinstance(change.value, str):
            yield target, change.value


def _new_rows(changes: list[Change]) -> dict[tuple[str, str], dict[str, Any]]:
    """Field values per record in a batch, to create records the server does not have."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        rows.setdefault((change.entity, change.row_id), {})[change.field] = change.value
    return rows


def push(
    db: ServerDatabase, principal: Principal, request: PushRequest, protocol: int = PROTOCOL_VERSION
) -> dict[str, Any]:
    """Apply a batch once; a replay of the same batch id gets the first answer again.

    The answer is a ``PushResponse``'s JSON fields, made from values this function
    checked or wrote itself, so it goes out without another validation; a client of
    ``protocol`` 1 gets it without the fields it does not know.
    """
    answer, _text = _push(db, principal, request)
    return _as_spoken(answer, protocol)


def push_json(
    db: ServerDatabase, principal: Principal, request: PushRequest, protocol: int = PROTOCOL_VERSION
) -> str:
    """``push``'s answer as the JSON text the API sends: for a new batch, the same text
    that was stored for replays, encoded once (2,000 results: a few ms a batch)."""
    answer, text = _push(db, principal, request)
    if protocol < PROTOCOL_VERSION or text is None:
        text = _dumps(_as_spoken(answer, protocol))
    return text


# The keys of a push's answer each protocol added: a laptop of an older one refuses
# keys it does not know (answers may gain keys only from protocol 3 on).
_ANSWER_KEYS_SINCE = {"logged": 2, "files_wanted": 3}


def _as_spoken(answer: dict[str, Any], protocol: int) -> dict[str, Any]:
    """``answer`` without the keys a laptop of ``protocol`` does not know."""
    return {k: v for k, v in answer.items() if _ANSWER_KEYS_SINCE.get(k, 0) <= protocol}


def _push(
    db: ServerDatabase, principal: Principal, request: PushRequest
) -> tuple[dict[str, Any], str | None]:
    """The answer, and its JSON text when the batch was applied now (not a replay)."""
    with db.write() as session:
        # Plain rows, not ORM objects: the sequence is written back with one UPDATE.
        state = session.execute(
            select(STATE.c.last_seq, STATE.c.server_id, STATE.c.compacted_seq)
            .where(STATE.c.id == 1)
            .with_for_update()
        ).one()
        done = session.execute(
            select(PUSHED.c.account_id, PUSHED.c.result).where(
                PUSHED.c.batch_id == request.batch_id
            )
        ).first()
        if done is not None:
            if done.account_id != principal.account_id:
                raise ApiError(409, "This batch id was already used by another account.")
            return {**done.result, "replayed": True}, None
        work = _Push(
            session=session,
            principal=principal,
            batch_id=request.batch_id,
            seq=state.last_seq,
            now=wall_ms(),
            grants=dict(principal.grants),
            new_rows=_new_rows(request.changes),
        )
        first = work.seq
        results = work.apply_all(request.changes)
        session.execute(update(STATE).where(STATE.c.id == 1).values(last_seq=work.seq))
        # After the batch's writes (and the file grants they add).
        files_wanted = work.files_wanted()
        answer = {
            "batch_id": request.batch_id,
            "results": results,
            "conflicts": work.conflicts,
            "replayed": False,
            "server_id": state.server_id,
            "server_time": work.now,
            # Pushes are serialised (the lock above): these numbers hold this batch alone.
            "logged": {
                "after": first,
                "last": work.seq,
                "scope": scope_token(
                    replace(principal, grants=work.grants).scope_key(), state.compacted_seq
                ),
            },
            "files_wanted": files_wanted,
        }
        text = _dumps(answer)
        # Stored as the text already made: what a replay reads back is the same answer.
        dialect = session.get_bind().dialect
        received_at = PUSHED.c.received_at.type.dialect_impl(dialect).bind_processor(dialect)
        now = utcnow()
        row = {
            "batch_id": request.batch_id,
            "account_id": principal.account_id,
            "received_at": now if received_at is None else received_at(now),
            "result": text,
        }
        _execute_many(session, insert(PUSHED), [row])
    return answer, text


def pull(
    db: ServerDatabase,
    principal: Principal,
    after: int,
    scope: str | None,
    limit: int,
    protocol: int = PROTOCOL_VERSION,
) -> str:
    """Changes this person may see after ``after``, whole batches at a time.

    The answer is a ``PullPage`` as JSON text, read from the change log (whose values
    were checked when they were pushed), so it goes out without another validation.
    """
    grants = principal.scope_key()
    with db.read() as session:
        if session.get_bind().dialect.name == "postgresql":
            # One snapshot for the whole page: a compaction committing between two reads
            # would renumber the log under the cursor (SQLite's read transaction is one).
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        high, server_id, horizon = session.execute(
            select(STATE.c.last_seq, STATE.c.server_id, STATE.c.compacted_seq).where(
                STATE.c.id == 1
            )
        ).one()
        current_scope = scope_token(grants, horizon)
        # A new scope (a grant, a revoke) or a history older than the cursor (a server
        # restored from backup) means pulling everything again; applying is idempotent.
        # So does a cursor below the compaction horizon that was not given while pulling
        # the compacted log: that part was renumbered (docs/sync.md, "Compaction").
        given_grants, _dot, mark = (scope or "").partition(".")
        if given_grants != grants or after > high:
            after = 0
        elif after < horizon and mark != str(horizon):
            after = 0
        visible = [LOG.c.seq <= high]
        if not principal.admin:
            partnerships = list(principal.grants)
            used_here = exists().where(
                USE.c.entity == LOG.c.entity,
                USE.c.row_id == LOG.c.row_id,
                USE.c.partnership_id.in_(partnerships),
            )
            visible.append(
                or_(
                    LOG.c.partnership_id.in_(partnerships),
                    and_(LOG.c.partnership_id.is_(None), used_here),
                )
            )
        page = select(*PULLED).order_by(LOG.c.seq)
        # all(): one fetchall, not a fetchone per row as iterating the result does.
        rows = list(session.execute(page.where(LOG.c.seq > after, *visible).limit(limit)).all())
        if len(rows) < limit:
            cursor = high
        else:
            # Never end a page inside a batch: a record created by a batch arrives whole.
            # A batch's entries are consecutive (pushes are serialised), so the batch ends
            # before the next entry of another batch, found along the sequence's index.
            last = rows[-1]
            following = (
                select(LOG.c.seq)
                .where(LOG.c.seq > last.seq, LOG.c.seq <= high, LOG.c.batch_id != last.batch_id)
                .order_by(LOG.c.seq)
                .limit(1)
                .scalar_subquery()
            )
            rest = page.where(LOG.c.seq > last.seq, LOG.c.seq < func.coalesce(following, high + 1))
            rows += session.execute(rest.where(*visible)).all()
            cursor = rows[-1].seq
    head = {
        "cursor": cursor,
        "more": cursor < high,
        "scope": current_scope,
        "server_id": server_id,
        "server_time": wall_ms(),
    }
    if protocol >= 3:  # the partnerships this laptop may hold (None: an admin, all)
        head["partnerships"] = None if principal.admin else sorted(principal.grants)
        head["last"] = high
    # The page's JSON is written here: the change log holds each value as JSON text
    # already, and decoding it only to encode it again was most of a pull's cost.
    text = ",".join(_pulled_change(*row[2:]) for row in rows)
    return f'{{"changes":[{text}],{_dumps(head)[1:]}'


def scope_token(grants: str, horizon: int) -> str:
    """The scope a page or a push's answer names: the hash of the person's grants, then
    the compaction horizon the cursor belongs to (none on a log never compacted)."""
    return grants if horizon == 0 else f"{grants}.{horizon}"


def _dumps(content: Any) -> str:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


_text = json.encoder.encode_basestring  # a JSON string, written in C
_ascii = json.encoder.encode_basestring_ascii  # the same, as json.dumps writes it


def _pulled_change(
    entity: str, row_id: str, field: str, value: str | None, stamp: str, by: str | None
) -> str:
    """A ``PulledChange`` as JSON, its value copied from the change log's JSON text."""
    return (
        f'{{"entity":{_text(entity)},"row_id":{_text(row_id)},"field":{_text(field)},'
        f'"value":{"null" if value is None else value},"stamp":{_text(stamp)},'
        f'"by":{"null" if by is None else _text(by)}}}'
    )


def rebuild_uses_and_grants(session: Session) -> None:
    """Fill ``record_use`` and ``blob_grant`` from the records (a database from before s0003).

    Files attached before the rule existed are granted to their attachments'
    partnerships, as they were readable there before.
    """
    rows = session.execute(
        select(RECORD.c.entity, RECORD.c.row_id, RECORD.c.partnership_id, RECORD.c.fields)
    ).all()
    shared = {(e, r) for e, r, p, _f in rows if p is None}
    refers: dict[tuple[str, str], list[tuple[str, str]]] = {}
    uses: set[tuple[str, str, str]] = set()
    grants: set[tuple[str, str]] = set()
    for entity, row_id, partnership_id, fields in rows:
        if entity not in ENTITIES:
            continue
        for name, target in _references(ENTITIES[entity]).items():
            value = (fields.get(name) or {}).get("v")
            if isinstance(value, str) and (target, value) in shared:
                refers.setdefault((entity, row_id), []).append((target, value))
        if entity == "attachment" and partnership_id:
            sha256 = (fields.get("sha256") or {}).get("v")
            if isinstance(sha256, str):
                grants.add((sha256, partnership_id))
    owners = {(e, r): p for e, r, p, _f in rows if p is not None}
    stack = [
        (target, partnership_id)
        for key, partnership_id in owners.items()
        for target in refers.get(key, [])
    ]
    while stack:
        (entity, row_id), partnership_id = stack.pop()
        if (entity, row_id, partnership_id) in uses:
            continue
        uses.add((entity, row_id, partnership_id))
        stack += [(target, partnership_id) for target in refers.get((entity, row_id), [])]
    session.execute(delete(USE))
    session.execute(delete(BlobGrant))
    _execute_many(
        session,
        insert(USE),
        [{"entity": e, "row_id": r, "partnership_id": p} for e, r, p in sorted(uses)],
    )
    _execute_many(
        session,
        insert(BlobGrant),
        [{"sha256": sha, "partnership_id": p} for sha, p in sorted(grants)],
    )
