"""The learning log's id query, which the main window also starts ahead of the page.

Sorting 100,000 entries is the slowest read of any page: the window starts the page's
first read as soon as it is ready, so the log shows at once when someone opens it.
"""

from collections.abc import Hashable

from sqlalchemy.orm import Session

from wopdesk.domain.vocab import LearningForm
from wopdesk.storage import overview
from wopdesk.storage.overview import LearningRow
from wopdesk.ui.models import BLOCK

# What the page shows first: newest first (the date column), no words, every form.
FIRST_SORT = "date"


def learning_ids(
    session: Session,
    *,
    partnership_id: str | None,
    sort: str,
    descending: bool,
    words: str,
    form: LearningForm | None,
) -> list[str]:
    if partnership_id is None:
        return []
    return overview.learning_ids(
        session,
        partnership_id,
        sort=sort,
        descending=descending,
        words=words,
        form=form,
    )


def view_key(
    *,
    partnership_id: str | None,
    sort: str,
    descending: bool,
    words: str,
    form: LearningForm | None,
) -> Hashable:
    """What names one id query of the log, for ``AppContext.read_ahead``."""
    return ("learning", partnership_id, sort, descending, words, form)


def first_view_key(partnership_id: str) -> Hashable:
    return view_key(
        partnership_id=partnership_id, sort=FIRST_SORT, descending=True, words="", form=None
    )


def first_view(
    partnership_id: str, session: Session
) -> tuple[list[str], dict[str, LearningRow | None]]:
    """The ids the page shows first and the rows of its first block, as ``IdLoader`` reads."""
    ids = learning_ids(
        session,
        partnership_id=partnership_id,
        sort=FIRST_SORT,
        descending=True,
        words="",
        form=None,
    )
    first = ids[:BLOCK]
    rows = overview.learning_rows(session, first) if first else {}
    # A row deleted meanwhile stays empty instead of being read again.
    return ids, {record_id: rows.get(record_id) for record_id in first}
