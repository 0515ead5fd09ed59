"""Accounts: argon2 passwords, expiring bearer tokens, a login rate limit and grants.

Everything is in the database, so any server process can check any token, and the rate
limit holds across processes.
"""

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass, field
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from wopdesk.domain.vocab import Role
from wopdesk.server.db import (
    Account,
    AdminAction,
    AuthToken,
    Grant,
    LoginFailure,
    ServerDatabase,
)
from wopdesk.server.errors import ApiError, ServerError
from wopdesk.storage.types import utcnow

HASHER = PasswordHasher()
TOKEN_LIFETIME = dt.timedelta(days=14)
FAILURE_WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_ADDRESS = 30
UNSETTLED = ""  # the address of an attempt whose password is still being checked
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$")
# Roles that may change a partnership's records; observers only read.
WRITING_ROLES = frozenset({Role.MENTOR.value, Role.MENTEE.value, Role.COORDINATOR.value})


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request acts for, read from the database for that request."""

    account_id: int
    name: str
    admin: bool
    grants: dict[str, str] = field(default_factory=dict)

    def scope_key(self) -> str:
        """Changes when what this person may see changes, so the client pulls again."""
        # Roles count too: an observer made a mentor may now send what was refused.
        basis = (
            "admin" if self.admin else ",".join(sorted(f"{p}:{r}" for p, r in self.grants.items()))
        )
        return hashlib.sha256(basis.encode()).hexdigest()[:16]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ServerError(
            f"'{name}' cannot be a user name: use up to 80 letters, digits, '.', '_', '@' or '-'."
        )
    return name


def add_user(
    db: ServerDatabase, name: str, password: str, *, admin: bool = False, by: str = "?"
) -> None:
    check_name(name)
    _check_password(password)
    with db.write() as session:
        if session.scalar(select(Account).where(Account.name == name)) is not None:
            raise ServerError(f"A user named {name} already exists.")
        session.add(Account(name=name, password_hash=HASHER.hash(password), admin=admin))
        audit(session, "add-user", name, by, "administrator" if admin else None)


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise ServerError("The password must have at least 8 characters.")


def audit(session: Session, action: str, account: str, by: str, detail: str | None = None) -> None:
    """Record what an administrator did, in the same transaction as the deed."""
    session.add(AdminAction(action=action, account=account, by=by[:120], detail=detail))


def reset_password(db: ServerDatabase, name: str, password: str, by: str) -> int:
    """Give an account a new password and end every session it has; how many ended."""
    _check_password(password)
    password_hash = HASHER.hash(password)
    with db.write() as session:
        account = _account(session, name)
        account.password_hash = password_hash
        ended = _end_sessions(session, account.id)
        audit(session, "reset-password", name, by)
    return ended


def set_disabled(db: ServerDatabase, name: str, disabled: bool, by: str) -> int:
    """Disable (no sign-in, every session ended) or enable an account; sessions ended."""
    with db.write() as session:
        account = _account(session, name)
        account.disabled = disabled
        ended = _end_sessions(session, account.id) if disabled else 0
        audit(session, "disable" if disabled else "enable", name, by)
    return ended


def revoke_tokens(db: ServerDatabase, name: str, by: str) -> int:
    """End every session of an account (a lost laptop); it signs in again with its password."""
    with db.write() as session:
        account = _account(session, name)
        ended = _end_sessions(session, account.id)
        audit(session, "revoke-tokens", name, by, f"{ended} tokens")
    return ended


def _end_sessions(session: Session, account_id: int) -> int:
    result = session.execute(delete(AuthToken).where(AuthToken.account_id == account_id))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def audit_log(db: ServerDatabase, limit: int = 50) -> list[AdminAction]:
    """The newest administrators' actions first."""
    with db.read() as session:
        rows = session.scalars(
            select(AdminAction).order_by(AdminAction.id.desc()).limit(limit)
        ).all()
        session.expunge_all()
        return list(rows)


def _account(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise ServerError(f"There is no user named {name}.")
    return account


def grant(db: ServerDatabase, name: str, partnership_id: str, role: str, by: str = "?") -> None:
    """Make ``name`` a member of a partnership (given by id) with ``role``."""
    try:
        role = Role(role.lower()).value
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise ServerError(f"'{role}' is not a role; use one of {roles}.") from None
    if not re.fullmatch(r"[0-9a-f-]{36}", partnership_id):
        raise ServerError(f"'{partnership_id}' is not a partnership id.")
    with db.write() as session:
        account = _account(session, name)
        session.merge(Grant(account_id=account.id, partnership_id=partnership_id, role=role))
        audit(session, "grant", name, by, f"{role} of {partnership_id}")


def revoke(db: ServerDatabase, name: str, partnership_id: str, by: str = "?") -> None:
    with db.write() as session:
        account = _account(session, name)
        removed = session.execute(
            delete(Grant).where(
                Grant.account_id == account.id, Grant.partnership_id == partnership_id
            )
        )
        if not removed.rowcount:  # type: ignore[attr-defined]
            raise ServerError(f"{name} is not a member of partnership {partnership_id}.")
        audit(session, "revoke", name, by, partnership_id)


def login(db: ServerDatabase, name: str, password: str, address: str) -> tuple[str, dt.datetime]:
    """A new token for a correct password; refused after too many recent failures.

    The attempt counts against its account name until the password proves right, so
    guesses at one account sent at the same time all count. It counts against the
    address only once it has failed: an office behind one address, where fifty people
    sign in at nine o'clock, is not locked out by its own correct sign-ins. The slow
    argon2 check runs outside any transaction, holding no lock while others wait.
    """
    now = utcnow()
    with db.write() as session:
        session.execute(delete(LoginFailure).where(LoginFailure.at < now - FAILURE_WINDOW))
        session.execute(delete(AuthToken).where(AuthToken.expires_at < now))
        _check_rate(session, name, address, now)
        attempt = LoginFailure(name=name[:80], address=UNSETTLED, at=now)
        session.add(attempt)
        session.flush()
        attempt_id = attempt.id
        account = session.execute(
            select(Account.id, Account.password_hash, Account.disabled).where(Account.name == name)
        ).one_or_none()
    if account is None:
        fake_verify(password)
        _settle_failure(db, attempt_id, address)
        raise ApiError(401, "Wrong user name or password.")
    account_id, password_hash, disabled = account
    if not _verify(password_hash, password):
        _settle_failure(db, attempt_id, address)
        raise ApiError(401, "Wrong user name or password.")
    if disabled:
        # Said only to someone who knows the password: the owner, told what to do.
        raise ApiError(401, "This account is disabled; ask the server's administrator.")
    # Hashing again (new parameters) is as slow as checking: done before the transaction.
    rehashed = HASHER.hash(password) if HASHER.check_needs_rehash(password_hash) else None
    with db.write() as session:
        session.execute(delete(LoginFailure).where(LoginFailure.name == name))
        if rehashed is not None:
            session.execute(
                update(Account).where(Account.id == account_id).values(password_hash=rehashed)
            )
        return issue_token(session, account_id)


def _settle_failure(db: ServerDatabase, attempt_id: int, address: str) -> None:
    """A wrong password: the attempt now counts against its address too."""
    with db.write() as session:
        session.execute(
            update(LoginFailure).where(LoginFailure.id == attempt_id).values(address=address[:64])
        )


def issue_token(
    session: Session, account_id: int, lifetime: dt.timedelta = TOKEN_LIFETIME
) -> tuple[str, dt.datetime]:
    """A new random bearer token; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    expires = utcnow() + lifetime
    session.add(AuthToken(token_hash=token_hash(token), account_id=account_id, expires_at=expires))
    return token, expires


def _check_rate(session: Session, name: str, address: str, now: dt.datetime) -> None:
    since = now - FAILURE_WINDOW
    by_name = session.scalar(
        select(func.count()).where(LoginFailure.name == name, LoginFailure.at >= since)
    )
    by_address = session.scalar(
        select(func.count()).where(LoginFailure.address == address, LoginFailure.at >= since)
    )
    if (by_name or 0) >= MAX_FAILURES_PER_NAME or (by_address or 0) >= MAX_FAILURES_PER_ADDRESS:
        minutes = int(FAILURE_WINDOW.total_seconds() // 60)
        raise ApiError(
            429,
            f"Too many failed sign-ins; wait {minutes} minutes before trying again.",
            {"Retry-After": str(int(FAILURE_WINDOW.total_seconds()))},
        )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash with the hasher's parameters, made once: checking it costs a real check."""
    return hasher.hash("not a password of anybody")


def fake_verify(password: str) -> None:
    """Spend the time of a real check, so unknown names cannot be told from bad passwords."""
    try:
        HASHER.verify(_dummy_hash(HASHER), password)
    except VerificationError:
        pass


def authenticate(db: ServerDatabase, token: str | None) -> Principal:
    """The principal of a bearer token, or a 401 saying what to do."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if not token:
        raise ApiError(401, "Sign in first: this request carries no token.", challenge)
    # Every request asks this: two plain queries, no ORM objects.
    with db.read() as session:
        row = session.execute(
            select(AuthToken.expires_at, Account.id, Account.name, Account.admin)
            .join(Account, Account.id == AuthToken.account_id)
            .where(AuthToken.token_hash == token_hash(token), Account.disabled.is_(False))
        ).one_or_none()
        if row is None:
            raise ApiError(401, "The sign-in token is not valid; sign in again.", challenge)
        expires_at, account_id, name, admin = row
        if expires_at <= utcnow():
            raise ApiError(401, "The sign-in token has expired; sign in again.", challenge)
        grants = session.execute(
            select(Grant.partnership_id, Grant.role).where(Grant.account_id == account_id)
        )
        return Principal(account_id, name, admin, {p: role for p, role in grants})


def logout(db: ServerDatabase, token: str) -> None:
    with db.write() as session:
        session.execute(delete(AuthToken).where(AuthToken.token_hash == token_hash(token)))
