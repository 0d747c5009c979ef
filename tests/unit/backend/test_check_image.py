"""Uploads are judged by their bytes, never by their name."""
import io

import pytest
from PIL import Image

from backend.services.errors import Invalid, PayloadTooLarge, UnsupportedMedia
from backend.services.media import check_image
from tests.support.images import jpeg, png


def webp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "red").save(out, "WEBP")
    return out.getvalue()


@pytest.mark.parametrize("data,content_type,size", [
    (jpeg(320, 200), "image/jpeg", (320, 200)),
    (png(64, 48), "image/png", (64, 48)),
    (webp(), "image/webp", (30, 20)),
])
def test_accepted_formats_report_type_and_size(data, content_type, size):
    checked = check_image(data, max_pixels=10_000_000)
    assert (checked.content_type, (checked.width, checked.height)) == (content_type, size)
    assert len(checked.sha256) == 64


@pytest.mark.parametrize("data,error", [
    (b"", Invalid),
    (b"%PDF-1.7 not an image", UnsupportedMedia),
    (jpeg(900, 700)[:3000], Invalid),
])
def test_bad_bytes_raise_a_clear_error(data, error):
    with pytest.raises(error):
        check_image(data, max_pixels=10_000_000)


def test_pixels_over_the_limit_raise_before_decoding():
    with pytest.raises(PayloadTooLarge, match="200x200"):
        check_image(png(200, 200), max_pixels=100 * 100)
