"""Bad input fails fast with a message a user can act on, never a traceback or a hang."""

import random
import struct
import subprocess
import sys
import time
import zlib

import pytest
from PIL import Image

from ocr import EngineUnavailable, InvalidImage, NoCardFound, OCRTimeout, read_card
from ocr.evalset.photo import empty_table

from .conftest import jpeg

TIMEOUT = 5.0


def huge_png_header(width=40000, height=40000) -> bytes:
    """A valid PNG header announcing a gigantic image: a decompression bomb's calling card."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def one_pixel() -> bytes:
    return jpeg(Image.new("RGB", (1, 1), "white"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"Name: Jane Doe\nPhone: 555-0100\n", "not an image"),
        (one_pixel(), "too small"),
        (huge_png_header(), "too large"),
        (jpeg(Image.new("RGB", (800, 500), "white"))[:300], "damaged"),
    ],
    ids=["empty-file", "text-renamed-jpg", "1x1-image", "huge-image", "truncated-jpeg"],
)
def test_unreadable_input_raises_invalid_image_quickly(data, message):
    t0 = time.monotonic()
    with pytest.raises(InvalidImage, match=message):
        read_card(data, timeout=TIMEOUT)
    assert time.monotonic() - t0 < TIMEOUT


def test_missing_file_is_an_invalid_image(tmp_path):
    with pytest.raises(InvalidImage, match="Cannot open"):
        read_card(tmp_path / "nope.jpg")


def test_photo_without_a_card_says_no_card_found():
    t0 = time.monotonic()
    with pytest.raises(NoCardFound, match="Fill the frame with the card"):
        read_card(empty_table(random.Random(3)), timeout=TIMEOUT)
    assert time.monotonic() - t0 < TIMEOUT


def test_blank_white_image_says_no_card_found():
    with pytest.raises(NoCardFound):
        read_card(jpeg(Image.new("RGB", (1000, 600), "white")), timeout=TIMEOUT)


def test_exceeding_the_timeout_raises_ocr_timeout(photo_cards):
    data, _ = photo_cards[0]
    with pytest.raises(OCRTimeout):
        read_card(data, timeout=0.05)


def test_missing_language_pack_is_reported():
    with pytest.raises(EngineUnavailable, match="klingon"):
        read_card(one_pixel(), langs="eng+klingon")


def test_malformed_language_list_is_refused():
    with pytest.raises(ValueError):
        read_card(one_pixel(), langs="eng; rm -rf /")


def test_cli_prints_one_json_line_per_file_and_fails_if_any_failed(tmp_path, photo_cards):
    good = tmp_path / "card.jpg"
    good.write_bytes(photo_cards[1][0])
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    run = subprocess.run([sys.executable, "-m", "ocr", str(good), str(bad)], capture_output=True, text=True,
                         timeout=60)
    import json

    lines = [json.loads(x) for x in run.stdout.splitlines()]
    assert run.returncode == 1
    assert lines[0]["file"] == str(good) and "emails" in lines[0] and "elapsed_ms" in lines[0]
    assert lines[1] == {"file": str(bad), "error": "This file is not an image (or its format is not supported)."}
