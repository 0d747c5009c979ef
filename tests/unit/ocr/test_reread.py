"""Which lines get a second look, and how far a crop reaches."""

import numpy as np
import pytest

from ocr.parse.lines import Line, Word
from ocr.reader import HAN, _crop_box, _doubtful, _large_lines


@pytest.mark.parametrize(
    ("words", "doubtful"),
    [
        ([("son@cobalt", 52), ("com", 96)], True),  # an email with a doubtful word
        ([("T", 90), ("+46", 40), ("8", 90), ("13", 90), ("60", 90), ("04", 90)], True),  # a phone
        ([("www.lumen.se", 60)], True),
        ([("lars.andersson@cobalt.com", 95)], False),  # sure of every word
        ([("Kungsgatan", 40), ("177", 60)], False),  # not a contact line
        ([("411", 50), ("63", 50), ("Göteborg", 60)], False),  # a postcode is no phone
    ],
)
def test_only_contact_lines_with_a_doubtful_word_are_read_again(words, doubtful):
    line = Line([Word(t, 100 * i, 0, 80, 20, c) for i, (t, c) in enumerate(words)])
    assert _doubtful(line) is doubtful


def test_crop_reaches_words_the_first_reading_lost_but_not_the_next_column():
    gray = np.full((100, 1000), 255, np.uint8)
    gray[40:60, 100:180] = 0  # "lars", which the first reading lost
    gray[40:60, 200:400] = 0  # "andersson@cobalt.com", which it read
    gray[40:60, 700:900] = 0  # another column, far away
    x0, y0, x1, y1 = _crop_box(gray, Line([Word("andersson@cobalt.com", 200, 40, 200, 20, 50.0)]))
    assert x0 < 100 and 400 < x1 < 700
    assert y0 < 40 and 60 < y1 < 100


def _line(text: str, top: int, height: int) -> Line:
    return Line([Word(t, 100 * i, top, 80, height, 95.0) for i, t in enumerate(text.split())])


def test_lines_in_large_type_get_a_second_look_only_where_the_languages_have_accents():
    gray = np.full((600, 1000), 255, np.uint8)
    lines = [_line("Jörg Schäfer", 20, 60), _line("Vertriebsleiter", 120, 26),
             _line("Tel. +49 30 1234567", 170, 26), _line("Hauptstraße 5", 220, 26)]
    looks = _large_lines(gray, lines, "eng+deu")
    assert [look.box[1] < 20 < look.box[3] for look in looks] == [True]
    assert looks[0].scale < 1  # shrunk towards body size, where Tesseract keeps the accents
    assert _large_lines(gray, lines, "eng") == []
    assert _large_lines(gray, lines, "eng+chi_sim") == []


def test_large_lines_close_together_keep_their_first_reading():
    gray = np.full((600, 1000), 255, np.uint8)
    lines = [_line("Dr. Sergio Fernández Ruiz", 20, 60), _line("Meridian Tecnología SL", 85, 60),
             _line("Director Comercial", 200, 26), _line("Tel. +34 91 1234567", 250, 26),
             _line("Calle Mayor 5", 300, 26)]
    assert _large_lines(gray, lines, "eng+spa") == []  # one crop would hold both, interleaved


def test_a_large_line_read_as_doubtful_latin_on_a_chinese_card_gets_a_look_at_its_own_size():
    gray = np.full((600, 1000), 255, np.uint8)
    lines = [_line("北京华信科技有限公司", 20, 50), _line("Tel. +86 10 1237 8351", 200, 26),
             _line("Beijing 100035", 240, 26), Line([Word("AA", 400, 100, 110, 52, 65.0)])]
    looks = _large_lines(gray, lines, "eng+chi_sim")
    assert [(look.keep, look.scale) for look in looks] == [(HAN, 1.0)]
    assert looks[0].box[1] < 100 < looks[0].box[3]



def test_the_chinese_look_at_a_large_line_takes_in_the_rest_of_its_run_of_ink_but_not_the_next_column():
    gray = np.full((600, 1200), 255, np.uint8)
    gray[100:152, 400:452] = gray[100:152, 470:522] = 0  # 周涛, the second boxed on a line of its own
    gray[100:152, 900:1000] = 0  # the next column, far off
    lines = [_line("北京华信科技有限公司", 20, 50), _line("Tel. +86 10 1237 8351", 200, 26),
             _line("Beijing 100035", 240, 26), Line([Word("Fal", 400, 100, 52, 52, 59.0)])]
    (look,) = _large_lines(gray, lines, "eng+chi_sim")
    assert 522 < look.box[2] < 900
