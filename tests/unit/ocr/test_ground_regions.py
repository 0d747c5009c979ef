"""Which parts of a card are flipped together: regions of even ground, cut only at sharp steps."""

import numpy as np

from ocr.preprocess import _ground_regions

H, W = 80, 128


def _regions(ground: np.ndarray) -> np.ndarray:
    ground = ground.astype(np.uint8)
    return _ground_regions(ground, ground)


def test_a_plain_card_is_one_region():
    assert (_regions(np.full((H, W), 235)) == 0).all()


def test_glare_across_a_dark_card_does_not_split_it():
    xx = np.tile(np.arange(W), (H, 1))
    lit = 30 + 110 * xx / W  # a lamp lifting the ground from 30 to 140 across the card
    assert len(np.unique(_regions(lit))) == 1


def test_a_band_is_cut_off_at_its_edge_even_under_glare():
    xx = np.tile(np.arange(W), (H, 1))
    card = 30 + 110 * xx / W
    card[:20] = 210  # a light band over the dark, lamp-lit body
    labels = _regions(card)
    assert len(np.unique(labels[:19])) == 1 and len(np.unique(labels[21:])) == 1
    assert labels[0, 0] != labels[-1, -1]


def test_a_logo_sized_patch_goes_with_the_ground_around_it():
    card = np.full((H, W), 235)
    card[10:18, 10:18] = 40  # a dark logo square, far smaller than any band
    labels = _regions(card)
    assert len(np.unique(labels)) == 1
