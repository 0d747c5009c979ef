"""Pale print is stretched to the darkness of bold print; the paper's grain is not."""

import numpy as np

from ocr.preprocess import _equalise_ink, darkened

H, W = 300, 450


def _paper(grain: float, seed: int = 0) -> np.ndarray:
    noise = np.abs(np.random.default_rng(seed).normal(0, grain, (H, W)))
    return (255 - noise).astype(np.float32)


def _strokes(flat: np.ndarray, darkness: float) -> np.ndarray:
    """Thin vertical strokes, like a line of small print, across the middle of the card."""
    flat = flat.copy()
    for x in range(100, 350, 8):
        flat[140:160, x:x + 2] -= darkness
    return flat


def test_pale_print_on_clean_paper_is_darkened_like_bold_print():
    out = _equalise_ink(_strokes(_paper(grain=2), darkness=60))
    assert out[140:160, 100:102].mean() < 150  # from 195: clear of one global threshold


def test_grainy_paper_without_print_stays_white():
    out = _equalise_ink(_paper(grain=8))
    assert np.percentile(out, 1) > 200


def test_print_on_grainy_paper_is_still_darkened():
    out = _equalise_ink(_strokes(_paper(grain=8), darkness=90))
    assert out[140:160, 100:102].mean() < 100


def test_darkening_keeps_paper_white_and_print_black_and_makes_pale_grey_dark():
    gray = np.array([[255, 0, 180, 230]], np.uint8)
    white, black, pale, grain = darkened(gray)[0]
    assert (white, black) == (255, 0)
    assert pale < 130  # as dark as the global threshold takes for print
    assert grain > 200  # paper grain stays paper
