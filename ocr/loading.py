"""Bytes or a path in, an upright RGB image out, or InvalidImage with a reason a user understands."""

import io
import os
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from .errors import InvalidImage

# iPhones save HEIC by default; the PWA may pass those bytes straight through.
register_heif_opener()

MIN_SIDE = 64  # below this no printed text is legible
# Phone photos are 12-50 MP; the card reader never needs more than this many pixels per side.
WORKING_SIDE = 2400
MAX_PIXELS = 200_000_000  # refuse decompression bombs before decoding
# What phones, scanners and browsers produce. Naming them keeps Pillow from probing exotic
# (and deprecated) decoders on arbitrary uploads.
FORMATS = ("JPEG", "PNG", "WEBP", "HEIF", "TIFF", "BMP", "GIF")


def load_image(source: bytes | str | os.PathLike) -> Image.Image:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        try:
            with open(source, "rb") as f:
                data = f.read()
        except OSError as e:
            raise InvalidImage(f"Cannot open {os.fspath(source)!r}: {e.strerror or e}") from e
    if not data:
        raise InvalidImage("The file is empty.")
    try:
        with warnings.catch_warnings():
            # Pillow warns before it refuses; we refuse with our own message instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data), formats=FORMATS)
            if img.width * img.height > MAX_PIXELS:
                raise InvalidImage(f"The image is too large ({img.width}x{img.height} pixels).")
            # JPEG can decode at 1/2, 1/4, 1/8 scale for a fraction of the cost.
            img.draft("RGB", (WORKING_SIDE, WORKING_SIDE))
            img.load()
    except Image.DecompressionBombError as e:
        raise InvalidImage("The image is too large to process.") from e
    except UnidentifiedImageError as e:
        raise InvalidImage("This file is not an image (or its format is not supported).") from e
    except (OSError, SyntaxError, ValueError) as e:
        raise InvalidImage(f"The image is damaged or truncated: {e}") from e
    # In place and converting only when needed: each copy of a 12 MP photo costs milliseconds.
    ImageOps.exif_transpose(img, in_place=True)
    if min(img.size) < MIN_SIDE:
        raise InvalidImage(f"The image is too small to read ({img.width}x{img.height} pixels).")
    if img.mode != "RGB":
        img = img.convert("RGB")
    if max(img.size) > WORKING_SIDE:
        img.thumbnail((WORKING_SIDE, WORKING_SIDE), Image.Resampling.BILINEAR)
    return img
