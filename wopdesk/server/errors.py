"""Errors of the server: API answers with a status and one sentence, and admin mistakes."""

from wopdesk.errors import WopdeskError


class ServerError(WopdeskError):
    """A server command or its database cannot do what was asked; the message says why."""


class ApiError(Exception):
    """An HTTP answer other than success: a status code and one sentence for the client."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
