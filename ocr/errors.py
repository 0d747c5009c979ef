"""Exceptions raised by the card reader.

Messages are written for the person holding the phone: the backend may show them as-is.
"""


class OCRError(Exception):
    """Base class: the card could not be read."""


class InvalidImage(OCRError):
    """The input is not an image we can decode (empty, truncated, wrong format, too small)."""


class NoCardFound(OCRError):
    """The image decodes but holds no readable text, so there is no card to read."""


class OCRTimeout(OCRError):
    """Reading took longer than the caller's time budget."""


class EngineUnavailable(OCRError):
    """Tesseract (or a requested language pack) is not installed on this machine."""
