"""Long straight strokes are whited out before Tesseract reads the card, letters never."""

import numpy as np

from ocr.preprocess import TARGET_XHEIGHT, _ink, remove_rules

X = TARGET_XHEIGHT


def page() -> np.ndarray:
    return np.full((12 * X, 20 * X), 255, np.uint8)


def stems(gray: np.ndarray, top: int, bottom: int, left: int, count: int) -> None:
    """Letter stems a third of an x-height wide, with gaps between them like a word's."""
    for i in range(count):
        x = left + i * X // 2
        gray[top:bottom, x:x + X // 3] = 0


def test_a_rule_under_a_line_of_text_is_removed_and_the_text_kept():
    gray = page()
    stems(gray, 2 * X, 3 * X, X, 20)
    gray[3 * X + 6:3 * X + 9, X:15 * X] = 0
    out = remove_rules(gray, _ink(gray))
    assert (out[3 * X + 6:3 * X + 9, X:15 * X] == 255).all()
    assert (out[2 * X:3 * X] == 0).any()
    assert np.array_equal(out[2 * X:3 * X], gray[2 * X:3 * X])


def test_blurred_letters_melted_along_their_baseline_are_not_cut():
    gray = page()
    # Bold print under blur: the stems stand on a dark run and hang below it (descenders, the
    # next line's ascenders); erasing the run would cut the word in half.
    stems(gray, 4 * X, 5 * X, X, 20)
    gray[5 * X:5 * X + 3, X:11 * X] = 0
    stems(gray, 5 * X + 3, 5 * X + X // 2, X, 20)
    out = remove_rules(gray, _ink(gray))
    assert np.array_equal(out, gray)


def test_a_card_edge_down_the_side_is_removed():
    gray = page()
    gray[X:11 * X, 2:5] = 0
    out = remove_rules(gray, _ink(gray))
    assert (out[X:11 * X, 2:5] == 255).all()
