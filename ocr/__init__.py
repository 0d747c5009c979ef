"""BoothMate's business-card reader: photo in, contact fields out (Tesseract, no network)."""

from .errors import EngineUnavailable, InvalidImage, NoCardFound, OCRError, OCRTimeout
from .reader import read_card, read_card_pages
from .reading import CardReading, Phone

__all__ = ["read_card", "read_card_pages", "CardReading", "Phone", "OCRError", "InvalidImage", "NoCardFound",
           "OCRTimeout", "EngineUnavailable"]
