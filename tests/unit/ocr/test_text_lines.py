"""Counting rows of print before Tesseract sees the card, at whatever size the card came in, and
finding the rows its reading passed over."""

import numpy as np
import pytest

from ocr.preprocess import TARGET_XHEIGHT, _blobs, _components, _print_rows, _upper_quartile, count_text_lines, unread_rows


def letters(rows: int, xheight: int, per_row: int = 12) -> np.ndarray:
    """Blobs like lower-case letters: rows of them on shared baselines, some with ascenders."""
    ink = np.zeros((rows * 4 * xheight + 2 * xheight, per_row * xheight + 2 * xheight), np.uint8)
    for r in range(rows):
        base = (r + 1) * 4 * xheight
        for i in range(per_row):
            x = xheight + i * xheight
            top = base - (2 * xheight if i % 3 == 0 else xheight)
            ink[top:base, x:x + xheight * 2 // 3] = 1
    return ink


@pytest.mark.parametrize("xheight", [12, 16, 24])
def test_rows_of_letters_are_counted_at_their_own_size(xheight):
    ink = letters(rows=5, xheight=xheight)
    assert count_text_lines(_components(_blobs(ink), ink.shape), ink.shape, xheight) == 5


def test_a_scatter_of_grain_is_no_row_of_print():
    rng = np.random.default_rng(3)
    ink = np.zeros((600, 900), np.uint8)
    for _ in range(300):
        x, y = rng.integers(0, 880), rng.integers(0, 580)
        w, h = rng.integers(2, 20, size=2)
        ink[y:y + h, x:x + w] = 1
    assert count_text_lines(_components(_blobs(ink), ink.shape), ink.shape, 16) <= 1


def test_rows_are_found_on_a_card_whose_lines_run_the_other_way():
    ink = np.rot90(letters(rows=5, xheight=16), -1).copy()
    blobs = _blobs(ink)
    assert _print_rows(blobs, ink.shape, False, np.median)[2] <= 1
    assert _print_rows(blobs, ink.shape, True, np.median)[::2] == (True, 5)


def test_rows_are_found_when_specks_of_grain_outnumber_the_letters():
    ink = letters(rows=5, xheight=20)
    rng = np.random.default_rng(5)
    for _ in range(200):
        x, y = rng.integers(0, ink.shape[1] - 8), rng.integers(0, ink.shape[0] - 8)
        ink[y:y + 6, x:x + 3] = 1
    blobs = _blobs(ink)
    assert _print_rows(blobs, ink.shape, False, np.median)[2] <= 1
    assert _print_rows(blobs, ink.shape, False, _upper_quartile)[2] >= 4


def _printed(ink: np.ndarray, grey: int = 0) -> np.ndarray:
    """`ink` printed in `grey` at the top left of a card 800 x 1200 px."""
    card = np.full((800, 1200), 255, np.uint8)
    h, w = ink.shape
    card[:h, :w][ink > 0] = grey
    return card


def test_a_row_of_print_no_word_was_read_from_is_found_and_the_rows_read_are_not():
    ink = letters(rows=3, xheight=TARGET_XHEIGHT, per_row=8)
    pitch = 4 * TARGET_XHEIGHT
    read = [(TARGET_XHEIGHT, (r + 1) * pitch - 2 * TARGET_XHEIGHT, 9 * TARGET_XHEIGHT, (r + 1) * pitch) for r in (0, 2)]
    (row,) = unread_rows(_printed(ink), read)
    x0, y0, x1, y1 = row
    assert y0 == 2 * pitch - 2 * TARGET_XHEIGHT and y1 == 2 * pitch
    assert x0 == TARGET_XHEIGHT and x1 > 8 * TARGET_XHEIGHT


def test_letters_run_together_still_make_a_row_but_two_specks_do_not():
    ink = np.zeros((200, 600), np.uint8)
    for x in (40, 110, 180):  # three word-blobs of touching letters, like "Schweiz" in bold
        ink[60:84, x:x + 60] = 1
    ink[150:160, 40:48] = ink[150:160, 300:308] = 1
    assert len(unread_rows(_printed(ink), [])) == 1


def test_a_row_in_print_too_pale_for_the_dark_threshold_is_found():
    ink = letters(rows=1, xheight=TARGET_XHEIGHT, per_row=8)
    assert len(unread_rows(_printed(ink, grey=190), [])) == 1  # a light typeface: 190 on white


def test_the_letters_of_a_word_in_large_type_are_no_row_left_unread():
    cap = 3 * TARGET_XHEIGHT  # a name in capitals three times the body's height
    ink = np.zeros((2 * cap, 8 * cap), np.uint8)
    for i in range(6):
        ink[cap // 2:cap // 2 + cap, cap // 2 + i * cap:cap // 2 + i * cap + 5 * cap // 6] = 1
    word = (cap // 2, cap // 2, cap // 2 + 6 * cap, cap // 2 + cap)
    body = [(0, 0, 10, TARGET_XHEIGHT)] * 3  # the card's usual word height
    assert unread_rows(_printed(ink), [word, *body]) == []


def test_a_pale_line_under_a_word_box_that_reaches_over_it_is_still_found():
    xh = TARGET_XHEIGHT
    gray = np.full((8 * xh, 12 * xh), 255, np.uint8)
    for i in range(8):  # a pale line on top, a bold one under it
        x = xh + i * xh
        gray[xh:2 * xh, x:x + 2 * xh // 3] = 190
        gray[4 * xh:5 * xh, x:x + 2 * xh // 3] = 0
    # Tesseract's box for the bold line reaches up over the pale one.
    bold = (xh, xh, 9 * xh, 5 * xh)
    (row,) = unread_rows(gray, [bold, (0, 0, 1, xh), (0, 0, 1, xh)])
    assert row[1] == xh and row[3] == 2 * xh


def test_a_short_word_under_a_line_read_is_found_in_dark_print_but_not_in_pale():
    # "Spain" under "08076 Barcelona": short of four x-heights, its letters blurred into four blobs.
    xh = TARGET_XHEIGHT
    ink = np.zeros((3 * xh, 4 * xh), np.uint8)
    for i in range(4):
        ink[xh:2 * xh, i * 5 * xh // 6:i * 5 * xh // 6 + 2 * xh // 3] = 1
    assert len(unread_rows(_printed(ink), [])) == 1
    assert unread_rows(_printed(ink, grey=190), []) == []
