"""Generated field-photo placeholders: the demo ships no real photographs."""

import io

from PIL import Image, ImageDraw


def demo_photo(caption: str, seed: int, size: tuple[int, int] = (960, 640)) -> bytes:
    """A generated JPEG that looks like a field photo placeholder: sky, ground, a label."""
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    width, height = size
    sky = (110 + seed * 7 % 60, 160 + seed * 5 % 50, 210)
    ground = (150 + seed * 11 % 60, 120 + seed * 3 % 40, 80)
    draw.rectangle((0, 0, width, height * 3 // 5), fill=sky)
    draw.rectangle((0, height * 3 // 5, width, height), fill=ground)
    draw.rectangle(
        (width // 3, height // 3, width // 3 + 220, height * 3 // 5), fill=(200, 200, 195)
    )
    draw.ellipse((width - 200, 40, width - 120, 120), fill=(250, 230, 120))
    draw.rectangle((20, height - 70, width - 20, height - 20), fill=(0, 0, 0))
    draw.text((36, height - 56), caption, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()
