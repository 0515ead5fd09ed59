"""The visit summary with twelve 12-megapixel photos, beside ReportLab embedding them as is.

The product side uses the command-line contract (``wopdesk report visit ID -o FILE``) in
this process, on a profile whose visit got its photos through ``commands.add_photo``.
"""

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from bench import data
from bench.harness import (
    Context,
    NotAvailable,
    Outcome,
    Stats,
    call_main,
    extra_at_most,
    figure,
    not_built,
    value_at_most,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.storage import commands
from wopdesk.storage.models import SiteVisit
from wopdesk.storage.store import Store

PHOTOS = 12
PHOTO_SIZE = (4000, 3000)  # 12 megapixels, as a phone takes them
PHOTOS_VERSION = 1


def field_photo(seed: int, size: tuple[int, int] = PHOTO_SIZE) -> Image.Image:
    """A photo-like image: sky, ground, a building and fine texture, so JPEG cannot cheat."""
    rng = random.Random(seed)
    width, height = size
    scene = Image.new("RGB", size)
    draw = ImageDraw.Draw(scene)
    horizon = height * rng.randint(45, 65) // 100
    for y in range(0, horizon, 8):  # a sky that gets lighter towards the horizon
        shade = 150 + 80 * y // horizon
        draw.rectangle((0, y, width, y + 8), fill=(shade - 60, shade - 20, min(255, shade + 30)))
    draw.rectangle((0, horizon, width, height), fill=(140 + seed * 7 % 50, 110, 70))
    for _ in range(6):  # buildings, pipes, people: shapes with edges
        x, y = rng.randrange(width), rng.randrange(horizon // 2, height)
        colour = tuple(rng.randrange(40, 230) for _ in range(3))
        draw.rectangle((x, y, x + rng.randint(200, 900), y + rng.randint(150, 700)), fill=colour)
    noise = Image.merge("RGB", [Image.effect_noise(size, 40) for _ in range(3)])
    noise = noise.filter(ImageFilter.GaussianBlur(0.5))
    return Image.blend(scene, noise, 0.3)


def large_photos(cache_dir: Path, log: object = None) -> list[Path]:
    """Twelve 12 MP JPEGs (3–5 MB each, like a phone's), generated once and cached."""
    folder = cache_dir / f"photos-{PHOTOS}-{PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}-v{PHOTOS_VERSION}"
    paths = [folder / f"site-photo-{n + 1:02d}.jpg" for n in range(PHOTOS)]
    if all(path.exists() for path in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    for n, path in enumerate(paths):
        if not path.exists():
            partial = path.with_suffix(".part")
            field_photo(n).save(partial, format="JPEG", quality=90)
            partial.rename(path)
    return paths


@contextmanager
def binary_streams() -> Iterator[None]:
    """ReportLab without ASCII85: its pure-Python encoder takes seconds per large JPEG."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before  # the product's own setting is measured, not ours


def floor_page(photos: list[Path], out: Path) -> None:
    """One A4 page with the twelve photos drawn as they are (ReportLab embeds the JPEGs)."""
    with binary_streams():
        _draw_page(photos, out)


def _draw_page(photos: list[Path], out: Path) -> None:
    page = canvas.Canvas(str(out), pagesize=A4)
    width, height = A4
    cell_w, cell_h = (width - 2 * cm) / 3, (height - 2 * cm) / 4
    for n, photo in enumerate(photos):
        x = cm + (n % 3) * cell_w
        y = height - cm - (n // 3 + 1) * cell_h
        page.drawImage(str(photo), x + 2, y + 2, cell_w - 4, cell_h - 4, preserveAspectRatio=True)
    page.showPage()
    page.save()


def visit_with_photos(ctx: Context, photos: list[Path]) -> tuple[Path, str]:
    """A copy of the demo profile with a new visit holding the twelve photos."""
    profile = data.copy_profile(
        data.cached_profile(ctx.cache_dir, log=ctx.log), ctx.fresh_dir("report")
    )
    store = Store.open(profile)
    try:
        with store.transaction() as session:
            visit = commands.create(
                session,
                SiteVisit,
                partnership_id=DEMO_PARTNERSHIP_ID,
                title="Third technical visit: DMA handover",
                start_date=data.FIRST_DAY.replace(year=2026, month=11, day=16),
                end_date=data.FIRST_DAY.replace(year=2026, month=11, day=20),
                purpose="Hand the three district metered areas over to the Kolda NRW team.",
                notes=data.visit_note(random.Random(12)),
            )
            for n, photo in enumerate(photos):
                caption = f"Zone {n % 3 + 1}: {data.EQUIPMENT[n % len(data.EQUIPMENT)]}"
                commands.add_photo(session, store.blobs, visit, photo, caption)
            visit_id = visit.id
    finally:
        store.close()
    return profile, visit_id


def build_visit_summary(profile: Path, visit_id: str, out: Path) -> None:
    """``wopdesk --data-dir DIR report visit ID -o FILE``, in this process."""
    from wopdesk.cli import main

    argv = ["--data-dir", str(profile), "report", "visit", visit_id, "-o", str(out)]
    code, said = call_main(main, argv)
    if code != 0:
        if not_built(said):
            raise NotAvailable(f"needs wopdesk.reports ({said})")
        raise RuntimeError(f"wopdesk report visit failed ({code}): {said}")


@figure(
    "visit_summary",
    "visit summary PDF with twelve 12-megapixel photos",
    "ReportLab drawing the same 12 JPEGs, not downscaled, on one page",
    [value_at_most(2000, "ms"), extra_at_most("pdf_mb", 5, "PDF < 5 MB")],
)
def visit_summary(ctx: Context) -> Outcome:
    photos = large_photos(ctx.cache_dir)
    photo_mb = sum(p.stat().st_size for p in photos) / 1e6
    runs = ctx.runs(5, 2)
    out_dir = ctx.fresh_dir("pdf")
    floor: list[float] = []
    for run in range(runs + 1):
        started = time.perf_counter()
        floor_page(photos, out_dir / "floor.pdf")
        if run:
            floor.append((time.perf_counter() - started) * 1000)
    extras = {
        "photos_mb": round(photo_mb, 1),
        "floor_pdf_mb": round((out_dir / "floor.pdf").stat().st_size / 1e6, 1),
    }
    profile, visit_id = visit_with_photos(ctx, photos)
    product: list[float] = []
    try:
        for run in range(runs + 1):
            out = out_dir / f"summary-{run}.pdf"
            started = time.perf_counter()
            build_visit_summary(profile, visit_id, out)
            if run:
                product.append((time.perf_counter() - started) * 1000)
    except NotAvailable as exc:
        return Outcome(floor=Stats.of(floor, "ms"), extras=extras, skipped=str(exc))
    extras["pdf_mb"] = round(out.stat().st_size / 1e6, 2)
    return Outcome(
        value=Stats.of(product, "ms"),
        floor=Stats.of(floor, "ms"),
        extras=extras,
        notes=[f"PDF {extras['pdf_mb']} MB (floor {extras['floor_pdf_mb']} MB)"],
    )
