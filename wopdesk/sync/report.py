"""What a sync did and how far it is: for the command line, the status bar and the
progress bar.
"""

from dataclasses import dataclass, field
from pathlib import Path

from wopdesk.sync.client import SyncError


@dataclass
class SyncReport:
    """What one sync did, for the command line and the status bar."""

    sent: int = 0
    received: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    files_sent: int = 0
    files_received: int = 0
    files_waiting: list[str] = field(default_factory=list)
    # Files no attachment needs any more, removed from this laptop (once a day).
    files_removed: int = 0
    bytes_freed: int = 0
    refused: list[str] = field(default_factory=list)
    # Records pulled that refer to one this laptop lacks: kept aside, not applied yet.
    set_aside: list[str] = field(default_factory=list)
    # Pulled changes a newer WOPdesk made that this one cannot read yet: kept, not lost.
    kept_for_update: int = 0
    # Partnerships this person may no longer see: told, then removed (sync/withdrawn.py).
    withdrawn: list[str] = field(default_factory=list)
    withdrawn_files: list[Path] = field(default_factory=list)
    # Final visits reopened because a change made elsewhere arrived after their sign-off:
    # one sentence each (storage/visit_followup.py; a visit has no field for such a note).
    reopened_visits: list[str] = field(default_factory=list)
    round_trips: int = 0
    signed_in: bool = False
    # (entity, id) of every record a pull changed here: open editors refresh these.
    changed_records: set[tuple[str, str]] = field(default_factory=set)

    @property
    def nothing_happened(self) -> bool:
        return not (self.sent or self.received or self.files_sent or self.files_received)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a sync is, for a progress bar: ``done`` of ``total`` in the current step.

    ``step`` is ``send`` (changes), ``receive`` (the server's log, by sequence number)
    or ``files`` (photos and files, one by one); ``total`` is None when unknown.
    ``bytes`` counts what went over the network both ways so far.
    """

    step: str
    done: int
    total: int | None
    bytes: int


class SyncCancelled(SyncError):
    """The person stopped the sync; what was sent and received so far is kept."""
