"""Pale print is stretched to the darkness of bold print; the paper's grain is not."""

import numpy as np

from ocr.preprocess import _equalise_ink

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
