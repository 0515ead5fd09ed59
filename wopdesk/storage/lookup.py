"""Find a partnership or a person the way a user names it on the command line.

By id, by exact name, or by a part of the name that only one of them contains
(case and accents as typed, case-insensitive). Anything else is one sentence that
names the candidates, so the user can type a fuller name.
"""

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.orm import Session

from wopdesk.domain.i18n import translate
from wopdesk.errors import NotFoundError
from wopdesk.storage import queries
from wopdesk.storage.models import Partnership, Person

T = TypeVar("T")


def named(
    items: Sequence[T], wanted: str, name_of: Callable[[T], str], id_of: Callable[[T], str]
) -> list[T]:
    """The items whose id or name is ``wanted``; failing that, those whose name contains it."""
    exact = [item for item in items if wanted in (id_of(item), name_of(item))]
    if exact:
        return exact
    folded = wanted.casefold().strip()
    return [item for item in items if folded and folded in name_of(item).casefold()]


def partnership_named(session: Session, wanted: str) -> Partnership:
    """The one partnership with this id, title or part of a title."""
    found = named(queries.partnerships(session), wanted, lambda p: p.title, lambda p: p.id)
    if len(found) == 1:
        return found[0]
    if not found:
        message = translate("lookup", "No partnership here has the id or title '{0}'.")
        raise NotFoundError(message.format(wanted))
    message = translate("lookup", "'{0}' matches {1} partnerships; type more of the title: {2}.")
    raise NotFoundError(message.format(wanted, len(found), "; ".join(p.title for p in found)))


def person_named(session: Session, wanted: str) -> Person:
    """The one person with this id, name or part of a name."""
    found = named(queries.people(session), wanted, lambda p: p.name, lambda p: p.id)
    if len(found) == 1:
        return found[0]
    if not found:
        message = translate("lookup", "No person here has the id or name '{0}'.")
        raise NotFoundError(message.format(wanted))
    message = translate("lookup", "'{0}' matches {1} people; type more of the name: {2}.")
    raise NotFoundError(message.format(wanted, len(found), "; ".join(p.name for p in found)))
