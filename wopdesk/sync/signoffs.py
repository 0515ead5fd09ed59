"""Sign-offs that reach the laptop whose edit they never saw.

A laptop that edits a progress record or a site visit offline, then syncs, pushes its
edit and only then pulls what happened meanwhile. A sign-off it pulls in that same
sync (an approval, a finalising) was given elsewhere before the edit reached the
server, so without it: the approval is withdrawn, the visit reopened, here, and that
change syncs to everyone (docs/documents.md, "Sign-off"). The signer's laptop does the
same when the edit reaches it (``progress.approvals_outdated_by``,
``visit_followup.finals_outdated_by``); this rule spares every other laptop an approved
record or final visit holding content no signer saw until the signer syncs again.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from wopdesk.domain import vocab as v
from wopdesk.storage.clock import Stamp
from wopdesk.storage.progress import CONTENT_FIELDS, SIDES, Side, approval_fields
from wopdesk.storage.store import Store
from wopdesk.storage.visit_followup import SIGNING_FIELDS
from wopdesk.sync.apply import Applied
from wopdesk.sync.protocol import Change, ChangeResult

PROGRESS, VISIT = "progress_record", "site_visit"


def _is_content(change: Change) -> bool:
    if change.entity == PROGRESS:
        return change.field in CONTENT_FIELDS
    if change.entity == VISIT:
        return change.field not in SIGNING_FIELDS and change.field != "deleted"
    return False


@dataclass
class PushedEdits:
    """The progress records and visits whose content this sync pushed."""

    records: set[tuple[str, str]] = field(default_factory=set)

    def note(self, changes: Iterable[Change], results: Iterable[ChangeResult]) -> None:
        """Remember the records of the content changes the server took (a superseded one
        lost to a later value, which the signer may have seen)."""
        for change, result in zip(changes, results, strict=True):
            if result.status == "accepted" and _is_content(change):
                self.records.add((change.entity, change.row_id))

    def unseen(
        self, pulled: Iterable[Change], node: str
    ) -> tuple[dict[str, list[Side]], list[str]]:
        """The approvals (by record) and finalisings (visit ids) pulled for records this
        sync pushed content of, given on another laptop: they never saw that content."""
        approvals: dict[str, list[Side]] = {}
        visits: list[str] = []
        for change in pulled:
            key = (change.entity, change.row_id)
            if key not in self.records or Stamp.decode(change.stamp).node == node:
                continue
            if change.entity == VISIT and change.field == "state":
                if change.value == v.VisitState.FINAL and change.row_id not in visits:
                    visits.append(change.row_id)
            elif change.entity == PROGRESS and change.value is not None:
                for side in SIDES:
                    sides = approvals.setdefault(change.row_id, [])
                    if change.field == approval_fields(side)[2] and side not in sides:
                        sides.append(side)
        return {k: s for k, s in approvals.items() if s}, visits


def add_unseen(
    applied: Applied, pushed: PushedEdits, pulled: Iterable[Change], store: Store
) -> None:
    """Add to a pulled page's outdated sign-offs those that never saw this sync's push."""
    if not pushed.records:
        return
    with store.reading() as session:
        node = store.capture.clock(session.connection()).node
    approvals, visits = pushed.unseen(pulled, node)
    for record_id, sides in approvals.items():
        known = applied.outdated_approvals.setdefault(record_id, [])
        known += [side for side in sides if side not in known]
    applied.outdated_visits += [i for i in visits if i not in applied.outdated_visits]
