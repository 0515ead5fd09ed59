"""Photos for print and the report fonts: upright, small, never a crash."""

import io

import pytest
from PIL import Image

from wopdesk.reports.fonts import DEVANAGARI, markup, needs_shaping
from wopdesk.reports.photos import MAX_SIDE, PhotoError, make_large_photos, prepare_photo


def test_large_photos_are_camera_like() -> None:
    photos = make_large_photos(4, 2.0)
    for data, orientation in zip(photos, (1, 6, 3, 8), strict=True):
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG"
            assert image.size == (1633, 1224)  # the sensor is landscape, whatever the tag
            assert image.getexif()[0x0112] == orientation


def test_photo_is_turned_upright_and_shrunk() -> None:
    upright, turned = make_large_photos(2, 4.0)
    landscape = prepare_photo(upright)
    portrait = prepare_photo(turned)
    assert landscape.width == MAX_SIDE
    assert landscape.height < MAX_SIDE
    assert portrait.height == MAX_SIDE
    assert portrait.width < MAX_SIDE
    with Image.open(io.BytesIO(portrait.jpeg)) as image:
        assert image.format == "JPEG"
        assert image.size == (portrait.width, MAX_SIDE)
        assert 0x0112 not in image.getexif()  # turned once, never twice by a viewer
        # The sky (blue) is at the top once turned: the roof is up, not sideways.
        red, _green, blue = image.convert("RGB").getpixel((600, 40))
        assert blue > red


def test_small_photo_is_kept_at_its_size() -> None:
    image = Image.new("RGB", (640, 480), (10, 120, 200))
    out = io.BytesIO()
    image.save(out, format="PNG")
    prepared = prepare_photo(out.getvalue())
    assert (prepared.width, prepared.height) == (640, 480)


def test_transparent_photo_prints_on_white() -> None:
    image = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    prepared = prepare_photo(out.getvalue())
    with Image.open(io.BytesIO(prepared.jpeg)) as result:
        assert min(result.convert("RGB").getpixel((50, 50))) > 245


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff\xe0 truncated jpeg"])
def test_not_an_image_is_one_sentence(data: bytes) -> None:
    with pytest.raises(PhotoError, match=r"^“x.jpg” is not an image WOPdesk can read\.$"):
        prepare_photo(data, "“x.jpg”")


def test_markup_escapes_and_switches_fonts_by_word() -> None:
    assert markup("a <b> & c") == "a &lt;b&gt; &amp; c"
    text = markup("Priya (प्रिया रघुनाथन)")
    assert text == f'Priya <font name="{DEVANAGARI}">(प्रिया रघुनाथन)</font>'
    assert markup("line one\nline two") == "line one<br/>line two"
    assert needs_shaping("प्रिया")
    assert not needs_shaping("João Gonçalves")
