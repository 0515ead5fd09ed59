"""Errors a user can cause and fix; each carries one clear sentence."""


class WopdeskError(Exception):
    """A mistake or condition the user can act on; the message is shown as is."""


class ValidationError(WopdeskError):
    """A record failed a domain rule; nothing was saved."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(WopdeskError):
    """A record asked for by id does not exist."""


class StorageError(WopdeskError):
    """The local database or blob store cannot be used as it is."""
