"""Booth photos made fit to mail: small, JPEG, and without EXIF (GPS would tell where the phone was)."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

LONG_SIDE = 1024


def for_mail(path: Path, long_side: int = LONG_SIDE) -> bytes:
    with Image.open(path) as img:
        img = ImageOps.exif_transpose(img)  # keep the picture upright once the EXIF is gone
        img.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
        clean = img.convert("RGB")  # a fresh image carries no EXIF, XMP or ICC text along
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def cid(media_id: int) -> str:
    return f"booth-photo-{media_id}@boothmate"
