"""The dots and underscores of an email, seen in the print when OCR dropped or confused them."""

import re

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.evalset.render import font_families
from ocr.glyphs import accents_in_name, dot_initials, gap_mark, mark_after_initial, marks_seen, swap_separator
from ocr.parse.lines import Word


def printed(text: str, font_path, size: int = 40, blur: float = 0.0) -> tuple[np.ndarray, Word]:
    """`text` in black on white (out of focus by `blur` pixels), and the word box Tesseract
    would report for it."""
    font = ImageFont.truetype(str(font_path), size)
    img = Image.new("L", (40 + int(font.getlength(text)), 3 * size), 255)
    ImageDraw.Draw(img).text((20, size), text, font=font, fill=0)
    gray = cv2.GaussianBlur(np.asarray(img), (0, 0), blur) if blur else np.asarray(img)
    ys, xs = np.nonzero(gray < 128)
    left, top = int(xs.min()), int(ys.min())
    return gray, Word(text, left, top, int(xs.max()) + 1 - left, int(ys.max()) + 1 - top, 90)


FONTS = [regular for regular, _ in font_families()[:4]]


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.name)
@pytest.mark.parametrize(("text", "mark"), [("r.nair@lumen.in", "."), ("rnair@lumen.in", ""),
                                            ("l_berg@acme.se", None), ("r-nair@lumen.in", None)])
def test_a_dot_after_the_initial_is_told_from_no_mark_and_from_other_marks(font, text, mark):
    gray, word = printed(text, font)
    assert mark_after_initial(gray, (word.left, word.top, word.width, word.height)) == mark


def test_a_dot_ocr_dropped_is_put_back_when_the_print_shows_it():
    gray, word = printed("r.nair@lumen.in", FONTS[0])
    read = Word("rnair@lumen.in", word.left, word.top, word.width, word.height, 90)
    assert dot_initials(["rnair@lumen.in"], "Rahul Nair", [read], gray) == ["r.nair@lumen.in"]


@pytest.mark.parametrize(("dot", "mark"), [(225, "."), (255, "")])
def test_a_dot_blur_left_fainter_than_the_threshold_is_still_seen(dot, mark):
    gray, word = printed("r.nair@lumen.in", FONTS[0])
    gray = gray.copy()
    box = (word.left, word.top, word.width, word.height)
    between_letters = gray[:, word.left + 12:word.left + 26]  # the dot, clear of "r" and "n"
    between_letters[between_letters < 255] = dot
    assert mark_after_initial(gray, box) == mark


def test_the_dot_is_looked_for_in_whichever_reading_spelled_the_initial():
    gray, word = printed("r.nair@lumen.in", FONTS[0])
    first = Word("nair@lumen.in", word.left + 20, word.top, word.width - 20, word.height, 90)
    second = Word("rnair@lumen.in", word.left, word.top, word.width, word.height, 90)
    assert dot_initials(["rnair@lumen.in"], "Rahul Nair", [first, second], gray) == ["r.nair@lumen.in"]


@pytest.mark.parametrize(("read_again", "email"), [("r.nair@lumen.in", "r.nair@lumen.in"),
                                                  ("rnair@lumen.in", "rnair@lumen.in"),
                                                  (". rnair@lumen.in", "rnair@lumen.in")])
def test_a_dot_the_print_hides_is_put_in_when_reading_the_address_again_shows_it(read_again, email):
    gray, word = printed("rnair@lumen.in", FONTS[0])  # no dot to be seen
    assert dot_initials(["rnair@lumen.in"], "Rahul Nair", [word], gray, lambda box: read_again) == [email]


def test_a_hyphen_read_after_an_initial_is_the_dot_addresses_print_there():
    gray, word = printed("g-taylor@evergreen.com", FONTS[0])
    assert dot_initials(["g-taylor@evergreen.com"], "Grace Taylor", [word], gray) == ["g.taylor@evergreen.com"]


def test_an_address_printed_without_a_dot_keeps_none():
    gray, word = printed("rnair@lumen.in", FONTS[0])
    assert dot_initials(["rnair@lumen.in"], "Rahul Nair", [word], gray) == ["rnair@lumen.in"]


def test_an_address_that_is_not_initial_and_surname_is_left_alone():
    gray, word = printed("r.nair@lumen.in", FONTS[0])
    read = Word("rnair@lumen.in", word.left, word.top, word.width, word.height, 90)
    assert dot_initials(["rnair@lumen.in"], "Priya Sharma", [read], gray) == ["rnair@lumen.in"]


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.name)
@pytest.mark.parametrize(("text", "marks"), [("maja.johansson@quantix.se", (2, 0)),
                                             ("lars_andersson@cobalt.co.uk", (2, 1))])
def test_dots_and_underscores_are_counted_by_their_shape(font, text, marks):
    gray, word = printed(text, font)
    assert marks_seen(gray, (word.left, word.top, word.width, word.height)) == marks


@pytest.mark.parametrize(("text", "font", "size", "marks"), [
    ("siobhan_byrne@helios.ie", "DejaVuSans-Bold.ttf", 30, (1, 1)),
    ("maja.johansson@quantix.se", "DejaVuSansCondensed-Bold.ttf", 26, (2, 0))])
def test_marks_are_counted_in_blurred_bold_print_whose_letters_run_together(text, font, size, marks):
    bold = next(b for _, b in font_families() if b.name == font)
    gray, word = printed(text, bold, size, blur=2.0 if size < 30 else 1.5)
    assert marks_seen(gray, (word.left, word.top, word.width, word.height)) == marks


def test_the_tops_of_the_next_lines_letters_are_no_underscores():
    gray, word = printed("julien.martin@ironbridge.fr", FONTS[0], size=30)
    gray = np.vstack([gray, np.full((40, gray.shape[1]), 255, np.uint8)])
    for x in range(word.left, word.right - 20, 40):  # letters of the line below, their tops in the crop
        gray[word.bottom + 4:word.bottom + 24, x:x + 18] = 0
    assert marks_seen(gray, (word.left, word.top, word.width, word.height)) == (2, 0)


@pytest.mark.parametrize(("printed_as", "read_as"), [("maja.johansson@quantix.se", "maja_johansson@quantix.se"),
                                                     ("lars_andersson@cobalt.com", "lars.andersson@cobalt.com")])
def test_a_separator_ocr_took_for_the_other_is_put_right(printed_as, read_as):
    gray, word = printed(printed_as, FONTS[0])
    read = Word(read_as, word.left, word.top, word.width, word.height, 90)
    assert swap_separator([read_as], [read], gray) == [printed_as]


def test_the_separator_is_seen_in_the_words_read_though_the_parser_respelled_the_domain():
    gray, word = printed("joao.oliveira@tumen.com", FONTS[0])  # as OCR read the print of lumen.com
    read = Word("joao_oliveira@tumen.com", word.left, word.top, word.width, word.height, 90)
    assert swap_separator(["joao_oliveira@lumen.com"], [read], gray) == ["joao.oliveira@lumen.com"]


def test_a_separator_read_right_stays():
    gray, word = printed("maja.johansson@quantix.se", FONTS[0])
    assert swap_separator(["maja.johansson@quantix.se"], [word], gray) == ["maja.johansson@quantix.se"]


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.name)
@pytest.mark.parametrize(("printed_as", "read_as", "langs", "name"), [
    ("Schäfer", "Schafer", "eng+deu", "Schäfer"),
    ("Jürgen", "Jurgen", "eng+deu", "Jürgen"),
    ("Gómez", "Gomez", "eng+spa", "Gómez"),
    ("Schäfer", "Schafer", "eng", "Schafer"),  # no language read that writes umlauts
    ("Schafer", "Schafer", "eng+deu", "Schafer"),
    ("Thiago", "Thiago", "eng+por", "Thiago"),  # the dot of the i is no accent on the a
])
def test_the_accents_tesseract_dropped_from_a_name_are_put_back_from_the_print(font, printed_as, read_as, langs,
                                                                                name):
    gray, word = printed(printed_as, font, size=60)
    read = Word(read_as, word.left, word.top, word.width, word.height, 95)
    assert accents_in_name(read_as, [read], gray, langs) == name


def split_at_separator(text: str, font_path, size: int = 30, blur: float = 1.5) -> tuple[np.ndarray, Word, Word]:
    """`text` printed out of focus, and the two words OCR makes of it when it loses the
    separator after the first name: their boxes stop at the separator's ink."""
    font = ImageFont.truetype(str(font_path), size)
    head = re.split(r"[._ ]", text)[0]
    img = Image.new("L", (40 + int(font.getlength(text)), 3 * size), 255)
    ImageDraw.Draw(img).text((20, size), text, font=font, fill=0)
    gray = cv2.GaussianBlur(np.asarray(img), (0, 0), blur)
    ys, _ = np.nonzero(gray < 128)
    top, bottom = int(ys.min()), int(ys.max()) + 1
    x_sep, x_next = 20 + font.getlength(head), 20 + font.getlength(text[:len(head) + 1])
    ink_cols = np.nonzero((gray[top:bottom] < 128).any(axis=0))[0]
    before_cols = ink_cols[ink_cols < x_sep + 1]
    after_cols = ink_cols[ink_cols > x_next - 1]
    def word(text: str, cols: np.ndarray) -> Word:
        return Word(text, int(cols.min()), top, int(cols.max()) + 1 - int(cols.min()), bottom - top, 90)
    return gray, word(head, before_cols), word(text[len(head) + 1:], after_cols)


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.name)
@pytest.mark.parametrize("sep", [".", "_"])
@pytest.mark.parametrize("ink", [1.0, 0.2])
def test_the_separator_lost_between_two_halves_of_an_email_is_seen_in_the_gap(font, sep, ink):
    gray, before, after = split_at_separator(f"lars{sep}andersson@cobalt.com", font)
    gap = gray[:, before.right:after.left]
    gray[:, before.right:after.left] = 255 - (255 - gap.astype(float)) * ink  # faint: lighter than any threshold
    assert gap_mark(gray, before, after) == sep


@pytest.mark.parametrize(("printed_as", "read_as"), [("lars.andersson@cobalt.com", "lars_andersson@cobalt.com"),
                                                     ("lars_andersson@cobalt.com", "lars_andersson@cobalt.com"),
                                                     ("ines.silva@granite.com", "ines_silva@granite.com")])
def test_an_email_split_where_its_separator_was_lost_gets_the_printed_one(printed_as, read_as):
    gray, before, after = split_at_separator(printed_as, FONTS[0])
    assert swap_separator([read_as], [before, after], gray) == [printed_as]


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.name)
@pytest.mark.parametrize(("text", "sep"), [("erik.johansson@polaris.se", "."), ("a.jones@helios.com", "."),
                                           ("fang_zhao@meridian.cn", "_"), ("cooper.kelly@silverline.com.au", ".")])
@pytest.mark.parametrize("stretch", ["before", "after"])
def test_the_mark_is_seen_though_a_word_box_takes_it_in(font, text, sep, stretch):
    """Tesseract's boxes often reach over the mark it did not read ("lotte" "maes@..." with
    the dot inside the second box); a "j" curls its tail in below the dot."""
    gray, before, after = split_at_separator(text, font)
    if stretch == "before":
        before = Word(before.text, before.left, before.top, after.left - 1 - before.left, before.height, 90)
    else:
        after = Word(after.text, before.right + 1, after.top, after.right - before.right - 1, after.height, 90)
    assert gap_mark(gray, before, after) == sep


def test_the_separator_is_seen_where_ocr_split_the_address_in_three():
    """"robert" "anderson" "@orbital.com": the "@" read apart from the local part, and the dot
    blurred fainter than any threshold."""
    gray, before, after = split_at_separator("robert.anderson@orbital.com", FONTS[0])
    gray[:, before.right:after.left] = 255 - (255 - gray[:, before.right:after.left].astype(float)) * 0.2
    cut = after.left + round(after.width * len("anderson") / len("anderson@orbital.com"))
    words = [before, Word("anderson", after.left, after.top, cut - after.left, after.height, 90),
             Word("@orbital.com", cut + 1, after.top, after.right - cut - 1, after.height, 90)]
    assert swap_separator(["robert_anderson@orbital.com"], words, gray) == ["robert.anderson@orbital.com"]


def test_a_mark_read_at_the_end_of_the_first_half_stands():
    gray, before, after = split_at_separator("wout.janssens@arcadia.be", FONTS[0])
    read = Word("wout.", before.left, before.top, after.left - 1 - before.left, before.height, 90)
    assert swap_separator(["wout.janssens@arcadia.be"], [read, after], gray) == ["wout.janssens@arcadia.be"]


def test_a_gap_holding_no_mark_says_nothing():
    gray, before, after = split_at_separator("lars andersson@cobalt.com", FONTS[0])
    assert gap_mark(gray, before, after) is None
