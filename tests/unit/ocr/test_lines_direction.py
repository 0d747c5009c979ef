"""Which way the lines of a card run, decided before Tesseract sees it."""

import numpy as np
import pytest

from ocr.preprocess import _blobs, _components, _lines_horizontal


def centred_card(words_per_line: list[int], xheight: int, word: int, space: int) -> np.ndarray:
    """Lines of print centred on a card; each word one blob `word` x-heights long (letters
    melted together, as small blurred print does), `space` pixels between words."""
    pitch = int(2.2 * xheight)
    ink = np.zeros((pitch * (len(words_per_line) + 2), 40 * xheight), np.uint8)
    for row, n in enumerate(words_per_line, 1):
        line = n * word * xheight + (n - 1) * space
        x = (ink.shape[1] - line) // 2
        for _ in range(n):
            ink[row * pitch:row * pitch + int(1.5 * xheight), x:x + word * xheight] = 1
            x += word * xheight + space
    return ink


@pytest.mark.parametrize("word", [1, 4])
def test_lines_of_words_melted_into_blobs_are_found_either_way_round(word):
    ink = centred_card([2, 2, 3, 1, 3, 3, 2, 1, 1, 2, 1], xheight=6, word=word, space=4)
    assert _lines_horizontal(_components(_blobs(ink), ink.shape), ink)
    turned = np.rot90(ink).copy()
    assert not _lines_horizontal(_components(_blobs(turned), turned.shape), turned)
