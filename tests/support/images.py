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


def business_card(lines: list[str], width=1400, height=800) -> bytes:
    """A flat, printed-looking business card (large first line, like a name)."""
    from PIL import ImageFont

    font_dir = "/usr/share/fonts/truetype/dejavu/"
    img = Image.new("RGB", (width, height), (250, 250, 246))
    draw = ImageDraw.Draw(img)
    y = 90
    for i, line in enumerate(lines):
        size = 64 if i == 0 else 40
        font = ImageFont.truetype(font_dir + ("DejaVuSans-Bold.ttf" if i == 0 else "DejaVuSans.ttf"), size)
        draw.text((90, y), line, fill=(20, 20, 30), font=font)
        y += int(size * 1.6)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()
