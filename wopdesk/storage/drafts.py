"""Unsaved editor drafts, kept beside the database so typing survives a crash.

One JSON file per draft in ``<data_dir>/drafts/``, written atomically (temporary file,
fsync, rename): after a kill the file holds either the previous draft or the new one,
never half of one. Drafts are local to this computer and never synced.
"""

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DRAFTS_DIR = "drafts"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True, slots=True)
class Draft:
    key: str
    saved_at: dt.datetime
    fields: dict[str, Any]


class DraftStore:
    """Drafts of one data directory, by key (for example ``site_visit/<id>``)."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / DRAFTS_DIR

    def path_for(self, key: str) -> Path:
        return self.root / f"{_UNSAFE.sub('_', key)}.json"

    def save(self, key: str, fields: dict[str, Any]) -> Path:
        """Write (or replace) the draft of ``key`` atomically."""
        payload = {
            "key": key,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "fields": fields,
        }
        target = self.path_for(key)
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".draft-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return target

    def load(self, key: str) -> Draft | None:
        """The draft of ``key``, or None if there is none or it cannot be read."""
        try:
            payload = json.loads(self.path_for(key).read_text(encoding="utf-8"))
            saved_at = dt.datetime.fromisoformat(payload["saved_at"])
            fields = payload["fields"]
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged draft is worth less than a working editor; it is simply not offered.
            return None
        if not isinstance(fields, dict):
            return None
        return Draft(key, saved_at, fields)

    def clear(self, key: str) -> None:
        self.path_for(key).unlink(missing_ok=True)

    def keys(self) -> list[str]:
        """Keys of every readable draft, for a "recover unsaved work" list."""
        found = []
        for path in sorted(self.root.glob("*.json")):
            try:
                found.append(str(json.loads(path.read_text(encoding="utf-8"))["key"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return found
