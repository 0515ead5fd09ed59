"""Where the client keeps its sign-in token: the OS keyring, or a private file without one.

On a desktop session keyring finds the system's secret store. On a headless machine (or
a desktop with no secret service) there is none; then the token goes to a file in the
data directory that only its owner can read, and the command line says so.
"""

import json
import os
import tempfile
from pathlib import Path
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError

SERVICE = "WOPdesk sync"
TOKEN_FILE = "sync-tokens.json"


class TokenStore(Protocol):
    description: str

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, token: str) -> None: ...

    def delete(self, key: str) -> None: ...


class KeyringTokens:
    """Tokens in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    def __init__(self, backend: KeyringBackend) -> None:
        self.backend = backend
        self.description = f"the system keyring ({backend.name})"

    def get(self, key: str) -> str | None:
        try:
            return self.backend.get_password(SERVICE, key)
        except KeyringError:
            return None

    def set(self, key: str, token: str) -> None:
        self.backend.set_password(SERVICE, key, token)

    def delete(self, key: str) -> None:
        try:
            self.backend.delete_password(SERVICE, key)
        except KeyringError:
            pass


class FileTokens:
    """Tokens in a JSON file readable and writable by its owner only (mode 0600)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"{path} (no system keyring was found; the file is readable only by you)"

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return (
            {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
        )

    def _write(self, tokens: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".tokens-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(tokens, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, token: str) -> None:
        self._write({**self._read(), key: token})

    def delete(self, key: str) -> None:
        tokens = self._read()
        if tokens.pop(key, None) is not None:
            self._write(tokens)


def token_store(data_dir: Path, backend: KeyringBackend | None = None) -> TokenStore:
    """The keyring when a usable one exists, else a private file in ``data_dir``."""
    chosen = backend if backend is not None else keyring.get_keyring()
    if isinstance(chosen, fail.Keyring) or getattr(chosen, "priority", 0) <= 0:
        return FileTokens(data_dir / TOKEN_FILE)
    return KeyringTokens(chosen)
