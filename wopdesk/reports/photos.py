"""Photos made fit for print: turned upright by their EXIF data and downscaled.

A phone photo is 3–5 MB and 12 megapixels; printed 8 cm wide it needs far less. Each is
decoded at a reduced scale where JPEG allows it (fast), turned by its EXIF orientation,
shrunk to ``MAX_SIDE`` pixels on its long side and saved as a JPEG that ReportLab embeds
as is, so twelve photos make a PDF of a few megabytes.
"""

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from wopdesk.errors import WopdeskError

MAX_SIDE = 1600
"""Long side in pixels: 8 cm printed wide at this size is still above 300 dpi."""
QUALITY = 80


class PhotoError(WopdeskError):
    """A photo that cannot be printed (missing, damaged or not an image)."""


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    jpeg: bytes
    width: int
    height: int


def prepare_photo(
    data: bytes, name: str = "The photo", max_side: int = MAX_SIDE, quality: int = QUALITY
) -> PreparedPhoto:
    """``data`` as an upright JPEG at most ``max_side`` pixels long; PhotoError if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as original:
            scale = max_side / max(original.size)
            if scale < 1:
                # JPEG decodes straight to 1/2, 1/4 or 1/8 size: the main saving of time.
                original.draft(
                    "RGB", (math.ceil(original.width * scale), math.ceil(original.height * scale))
                )
            # Shrink first, then turn: turning the small image is what costs nothing.
            original.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
            image = _flatten(ImageOps.exif_transpose(original))
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=quality)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise PhotoError(f"{name} is not an image WOPdesk can read.") from None
    return PreparedPhoto(out.getvalue(), image.width, image.height)


def _flatten(image: Image.Image) -> Image.Image:
    """An RGB image; transparent parts become white, as on paper."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


# EXIF orientations a phone writes: upright, upside down, turned right, turned left.
_ORIENTATIONS = (1, 6, 3, 8)
# How a camera stores an upright picture for each tag (the inverse of exif_transpose).
_SENSOR_TURN = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def make_large_photos(n: int, megapixels: float = 12.0) -> list[bytes]:
    """``n`` camera-like JPEGs of ``megapixels`` each (4:3, EXIF orientation set), for tests
    and benchmarks: textured like real photos, so they are as big and slow to decode."""
    width = round(math.sqrt(megapixels * 1_000_000 * 4 / 3))
    height = width * 3 // 4
    photos = []
    for index in range(n):
        orientation = _ORIENTATIONS[index % len(_ORIENTATIONS)]
        upright = (height, width) if orientation in (6, 8) else (width, height)
        # Like a camera: the sensor's pixels stay landscape, the tag says how to turn them.
        image = _field_scene(*upright, index)
        if orientation in _SENSOR_TURN:
            image = image.transpose(_SENSOR_TURN[orientation])
        exif = Image.Exif()
        exif[0x0112] = orientation
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=90, exif=exif)
        photos.append(out.getvalue())
    return photos


def _field_scene(width: int, height: int, seed: int) -> Image.Image:
    """Sky, ground, a pump house and sensor-like noise."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = height * 3 // 5
    for y in range(0, horizon, 4):  # a sky darkening upwards
        shade = 150 + 80 * y // horizon
        draw.rectangle((0, y, width, y + 4), fill=(shade - 60, shade - 20, min(255, shade + 20)))
    draw.rectangle((0, horizon, width, height), fill=(140 + seed * 9 % 50, 115, 75))
    left = width // 4 + seed * width // 37 % (width // 3)
    draw.rectangle(
        (left, height // 3, left + width // 4, horizon + height // 20), fill=(205, 200, 190)
    )
    draw.polygon(
        [
            (left - width // 40, height // 3),
            (left + width // 8, height // 5),
            (left + width // 4 + width // 40, height // 3),
        ],
        fill=(150, 60, 50),
    )
    label = f"Photo {seed + 1}"
    draw.text((width // 20, height * 17 // 20), label, fill=(255, 255, 255), font_size=height // 14)
    texture = Image.effect_noise((width // 8, height // 8), 60).resize((width, height))
    # Sensor grain from seeded random bytes: as costly to compress as a real photo's,
    # and far quicker to make than Image.effect_noise at full size.
    grain = Image.frombytes("L", (width, height), random.Random(seed).randbytes(width * height))
    return Image.blend(image, Image.blend(texture, grain, 0.3).convert("RGB"), 0.2)
