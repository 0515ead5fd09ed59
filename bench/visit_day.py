"""A day's site visit as a mentor records it: the visit with its notes, photos, agreed
actions and the learning delivered. Used by the bad-link benchmark and its tests.

Photos are real JPEG files (the app refuses anything Pillow cannot read) of about the
size asked for, made of noise so that, like a camera's photos, they do not compress.
"""

import datetime as dt
import io
import math
import random
from dataclasses import dataclass

from PIL import Image

from bench import data
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain import vocab as v
from wopdesk.storage import commands
from wopdesk.storage.models import Action, LearningActivity, SiteVisit
from wopdesk.storage.store import Store


@dataclass(frozen=True)
class DayShape:
    """How much a day's visit holds."""

    photo_bytes: int = 4_000_000
    photos: int = 5
    actions: int = 3
    learning: int = 20


def jpeg(size: int, seed: int) -> bytes:
    """A valid JPEG of about ``size`` bytes (within a few per cent) that does not compress."""
    rng = random.Random(seed)
    # Noise at quality 90 costs about 2.2 bytes a pixel; aim, then correct once.
    pixels = size / 2.2
    for _ in range(2):
        side = max(8, int(math.sqrt(pixels)))
        noise = rng.randbytes(side * side * 3)
        out = io.BytesIO()
        Image.frombytes("RGB", (side, side), noise).save(out, "JPEG", quality=90)
        pixels *= size / len(out.getvalue())
    return out.getvalue()


def add_day(store: Store, shape: DayShape, seed: int = 11) -> str:
    """Record one visit day in the demo partnership; returns the visit's id."""
    rng = random.Random(seed)
    with store.transaction() as session:
        values = data.visit_values(rng, 900 + seed)
        today = dt.date(2026, 12, 4)
        values.update(
            start_date=today, end_date=today, next_visit_date=today + dt.timedelta(days=90)
        )
        values["state"] = v.VisitState.DRAFT
        visit = commands.create(session, SiteVisit, **values)
        for n in range(shape.photos):
            photo = jpeg(shape.photo_bytes, seed * 100 + n)
            commands.add_attachment(
                session,
                store.blobs,
                visit,
                photo,
                f"site-{n + 1}.jpg",
                f"Photo {n + 1} of the day",
                must_be_image=True,
            )
        for n in range(shape.actions):
            commands.create(
                session,
                Action,
                partnership_id=DEMO_PARTNERSHIP_ID,
                description=f"Agreed on site: step test of zone {n + 1} before the next visit.",
                due_date=today + dt.timedelta(days=30 * (n + 1)),
                visit_id=visit.id,
            )
        for _ in range(shape.learning):
            commands.create(session, LearningActivity, **data.learning_values(rng))
        return visit.id
