"""Small real images made on the fly."""
from __future__ import annotations

import io

from PIL import Image, ImageDraw


def jpeg(width=640, height=400, color=(200, 120, 40), text="booth", exif=None) -> bytes:
    img = Image.new("RGB", (width, height), color)
    ImageDraw.Draw(img).text((20, 20), text, fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, **({"exif": exif} if exif else {}))
    return out.getvalue()


def png(width=64, height=64) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()
