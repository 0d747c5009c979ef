"""When the card is read a second time, turned round: only when the first reading is doubtful."""

import time

import numpy as np
import pytest

from ocr import reader
from ocr.parse.lines import Word


def fake_engine(monkeypatch, upright_conf: float, turned_conf: float) -> list[str]:
    """Tesseract stand-in: the card as prepared reads at `upright_conf`, turned round at
    `turned_conf`; returns the log of which way each call saw it."""
    calls = []

    def read_words(gray, langs, timeout, psm=None):
        turned = gray[0, 0] == 0  # the marker pixel moves to the far corner when turned
        calls.append("turned" if turned else "as prepared")
        conf = turned_conf if turned else upright_conf
        return [Word(text, 100 * i, 0, 80, 20, conf) for i, text in enumerate(["Lars", "Andersson", "Cobalt"])]

    monkeypatch.setattr(reader.engine, "read_words", read_words)
    return calls


def card() -> np.ndarray:
    gray = np.full((50, 80), 255, np.uint8)
    gray[-1, -1] = 0
    return gray


@pytest.mark.parametrize("conf", [70, 85, 96])
def test_a_sure_first_reading_is_not_read_again_turned_round(monkeypatch, conf):
    calls = fake_engine(monkeypatch, upright_conf=conf, turned_conf=95)
    _, words = reader._ocr(card(), "eng", time.monotonic() + 10)
    assert calls == ["as prepared"] and {w.conf for w in words} == {conf}


def test_a_doubtful_first_reading_is_compared_with_the_card_turned_round(monkeypatch):
    calls = fake_engine(monkeypatch, upright_conf=35, turned_conf=90)
    _, words = reader._ocr(card(), "eng", time.monotonic() + 10)
    assert calls == ["as prepared", "turned"] and {w.conf for w in words} == {90}


def test_a_doubtful_reading_stays_when_the_turned_one_is_worse(monkeypatch):
    calls = fake_engine(monkeypatch, upright_conf=62, turned_conf=40)
    _, words = reader._ocr(card(), "eng", time.monotonic() + 10)
    assert calls == ["as prepared", "turned"] and {w.conf for w in words} == {62}
