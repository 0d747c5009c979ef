"""Lines read a second time on their own, with the real Tesseract."""

import time

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.evalset.render import han_font
from ocr.parse.lines import Word, group_lines
from ocr.reader import _reread_lines


def test_a_chinese_name_misread_as_latin_is_read_again_in_chinese_alone():
    img = Image.new("L", (900, 400), 255)
    draw = ImageDraw.Draw(img)
    draw.text((300, 60), "王明", font=ImageFont.truetype(str(han_font()), 56), fill=0)
    small = ImageFont.truetype(str(han_font()), 24)
    draw.text((250, 200), "Tel +86 10 1237 8351", font=small, fill=0)
    draw.text((250, 250), "Beijing 100035", font=small, fill=0)
    misread = [Word("AA", 300, 66, 120, 56, 60.0, (1, 1, 1)), Word("Tel", 250, 203, 40, 24, 95.0, (2, 1, 1)),
               Word("+86", 300, 203, 50, 24, 95.0, (2, 1, 1)), Word("Beijing", 250, 253, 90, 24, 95.0, (3, 1, 1))]
    words = _reread_lines(np.asarray(img), misread, "eng+chi_sim", time.monotonic() + 10)
    assert "AA" not in [w.text for w in words]
    assert "".join(w.text for w in words if w.top < 150) == "王明"


def test_a_chinese_name_and_a_contact_line_read_again_in_separate_runs_stay_separate_lines():
    img = Image.new("L", (900, 400), 255)
    draw = ImageDraw.Draw(img)
    draw.text((300, 60), "王明", font=ImageFont.truetype(str(han_font()), 56), fill=0)
    draw.text((250, 200), "Tel +86 10 1237 8351", font=ImageFont.truetype(str(han_font()), 24), fill=0)
    # The phone line doubted, the name misread as Latin: each is read again, in its own run.
    misread = [Word("AA", 300, 66, 120, 56, 60.0, (1, 1, 1)), Word("Tel", 250, 203, 40, 24, 95.0, (2, 1, 1)),
               Word("+86", 300, 203, 50, 24, 40.0, (2, 1, 1)), Word("1237", 360, 203, 60, 24, 95.0, (2, 1, 1)),
               Word("8351", 430, 203, 60, 24, 95.0, (2, 1, 1))]
    words = _reread_lines(np.asarray(img), misread, "eng+chi_sim", time.monotonic() + 10)
    texts = [ln.text.replace(" ", "") for ln in group_lines(words)]
    assert texts[0] == "王明"
    assert texts[1].startswith("Tel+86")
