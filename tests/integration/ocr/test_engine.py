"""The long-lived Tesseract workers: the same words as the `tesseract` command, a hard time
limit, and a crash costs one reading, never the caller."""

import threading

import numpy as np
import pytest
import pytesseract

from ocr import OCRError, OCRTimeout, engine
from ocr.loading import load_image
from ocr.preprocess import prepare


@pytest.fixture(scope="module")
def card_gray(photo_cards):
    data, _ = photo_cards[0]
    return prepare(load_image(data)).gray


def command_words(gray: np.ndarray, psm: int, threshold: str = engine.OTSU) -> list[tuple]:
    data = pytesseract.image_to_data(gray, lang="eng",
                                     config=f"--psm {psm} -c tessedit_do_invert=0 -c thresholding_method={threshold}",
                                     output_type=pytesseract.Output.DICT)
    return [(str(t).strip(), data["left"][i], data["top"][i], data["width"][i], data["height"][i],
             float(data["conf"][i]), (data["block_num"][i], data["par_num"][i], data["line_num"][i]))
            for i, t in enumerate(data["text"]) if str(t).strip() and float(data["conf"][i]) >= 0]


@pytest.mark.parametrize("psm", [engine.SPARSE_TEXT, engine.SINGLE_BLOCK])
def test_the_worker_reads_exactly_what_the_tesseract_command_reads(card_gray, psm):
    words = engine.read_words(card_gray, "eng", 30, psm)
    assert [(w.text, w.left, w.top, w.width, w.height, w.conf, w.line_key) for w in words] == \
        command_words(card_gray, psm)


def test_a_sauvola_reading_matches_the_command_and_leaves_the_next_reading_on_otsu(card_gray):
    def read(threshold):
        words = engine.read_words(card_gray, "eng", 30, engine.SPARSE_TEXT, threshold)
        return [(w.text, w.left, w.top, w.width, w.height, w.conf, w.line_key) for w in words]

    sauvola = read(engine.SAUVOLA)
    assert sauvola == command_words(card_gray, engine.SPARSE_TEXT, engine.SAUVOLA)
    assert sauvola != command_words(card_gray, engine.SPARSE_TEXT)
    assert read(engine.OTSU) == command_words(card_gray, engine.SPARSE_TEXT)


def test_an_overrun_kills_the_worker_and_the_next_reading_gets_a_fresh_one(card_gray):
    engine.read_words(card_gray, "eng", 30)  # a warm worker, models loaded
    idle = list(engine._idle)
    with pytest.raises(OCRTimeout):
        engine.read_words(np.tile(card_gray, (3, 3)), "eng", 0.05)
    killed = [w for w in idle if w not in engine._idle]
    assert len(killed) == 1 and killed[0].proc.returncode is not None
    assert engine.read_words(card_gray, "eng", 30)


@pytest.mark.parametrize("failure", [
    "os.abort()",  # Tesseract crashing on an assertion
    "sys.stdout.write('Warning: Invalid resolution 0 dpi\\n'); sys.stdout.flush(); time.sleep(5)",  # chatter
])
def test_a_worker_failing_mid_reading_fails_that_reading_only(card_gray, monkeypatch, tmp_path, failure):
    engine.read_words(card_gray, "eng", 30)
    crashing = tmp_path / "crash.py"
    crashing.write_text(f"import os, sys, time\nsys.stdin.buffer.readline()\n{failure}\n")
    monkeypatch.setattr(engine, "WORKER", str(crashing))
    monkeypatch.setattr(engine, "_idle", [])
    with pytest.raises(OCRError, match="stopped"):
        engine.read_words(card_gray, "eng", 30)
    assert engine._idle == []  # the dead worker is not handed out again
    monkeypatch.undo()
    assert engine.read_words(card_gray, "eng", 30)


def test_a_worker_killed_while_idle_is_replaced_without_failing_a_reading(card_gray):
    expected = engine.read_words(card_gray, "eng", 30)
    for worker in engine._idle:
        worker.proc.kill()
        worker.proc.wait()
    assert engine.read_words(card_gray, "eng", 30) == expected


def test_threads_reading_at_once_each_get_their_own_worker(card_gray):
    expected = engine.read_words(card_gray, "eng", 30)
    results = []
    threads = [threading.Thread(target=lambda: results.append(engine.read_words(card_gray, "eng", 30)))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 3
    assert len(engine._idle) >= 2
