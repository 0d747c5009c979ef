"""The way-up vote: Latin print has more ascenders than descenders."""

import cv2
import numpy as np
import pytest

from ocr.preprocess import _upright_score, turned_quarter


def line_of_print(xheight: int = 24) -> np.ndarray:
    """Letters on one baseline: every third one with an ascender, every seventh with a descender;
    a letter with a counter ("o") and a dot inside another's hole."""
    ink = np.zeros((8 * xheight, 40 * xheight), np.uint8)
    base = 5 * xheight
    for i in range(30):
        x = xheight + i * xheight
        top = base - (2 * xheight if i % 3 == 0 else xheight)
        bottom = base + (xheight // 2 if i % 7 == 0 else 0)
        ink[top:bottom, x:x + xheight * 2 // 3] = 1
    ink[base - xheight + 4:base - 4, 6 * xheight + 4:6 * xheight + 12] = 0  # a counter
    return ink


def test_print_the_right_way_up_votes_up_and_turned_round_votes_down():
    ink = line_of_print()
    assert _upright_score(ink, 24) > 0.15
    assert _upright_score(np.rot90(ink, 2).copy(), 24) < -0.15


def test_a_blank_card_has_no_vote():
    assert _upright_score(np.zeros((200, 300), np.uint8), 24) == 0.0


@pytest.mark.parametrize("misturned", [cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_a_card_taken_to_run_the_other_way_is_turned_a_quarter_top_up(misturned):
    """The reader's second try on a photo whose rows of print could not be counted."""
    gray = (255 - 255 * line_of_print()).astype(np.uint8)
    assert np.array_equal(turned_quarter(cv2.rotate(gray, misturned)), gray)
