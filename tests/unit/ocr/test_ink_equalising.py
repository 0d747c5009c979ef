"""Pale print is stretched to the darkness of bold print, blurred print sharpened; the paper's
grain is neither."""

import cv2
import numpy as np

from ocr.preprocess import _equalise_ink, darkened, sharpened

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


def test_sharpening_parts_two_strokes_blur_ran_together_and_leaves_paper_white():
    card = np.full((40, 60), 255, np.uint8)
    card[:, 20:23] = card[:, 25:28] = 0  # two strokes 2 px apart, like "rn"
    blurred = cv2.GaussianBlur(card, (0, 0), 1.5)
    assert blurred[20, 23:25].max() < 128  # one blob to a global threshold
    out = sharpened(blurred)
    assert out[20, 23:25].min() > 128 and out[20, 21] < 128 and out[20, 26] < 128
    assert out[:, :10].min() == 255 and out[:, 40:].min() == 255


def test_sharpening_does_not_raise_paper_grain_to_print():
    grain = np.clip(255 - np.abs(np.random.default_rng(0).normal(0, 4, (H, W))), 0, 255).astype(np.uint8)
    assert sharpened(grain).min() > 200
