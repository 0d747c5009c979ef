"""Photos from phones: checked by content, stored by hash, outside any static path."""
from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select

from backend.extensions import db
from backend.models import Lead, Media
from backend.services import leads
from backend.services.errors import Invalid, PayloadTooLarge, UnsupportedMedia

FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp"),
           "HEIF": ("image/heic", "heic")}


@dataclass(frozen=True)
class CheckedImage:
    data: bytes
    content_type: str
    extension: str
    width: int
    height: int
    sha256: str


def check_image(data: bytes, *, max_pixels: int) -> CheckedImage:
    """Decode the whole image once: the only honest proof that it is one."""
    if not data:
        raise Invalid("The file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.format not in FORMATS:
                    raise UnsupportedMedia(
                        f"{img.format} images are not accepted; send JPEG, PNG, WebP or HEIC.",
                        {"format": img.format},
                    )
                width, height = img.size
                if width * height > max_pixels:
                    raise PayloadTooLarge(
                        f"The image is {width}x{height} pixels; the limit is {max_pixels:,} pixels.",
                        {"width": width, "height": height},
                    )
                img.load()
                fmt = img.format
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PayloadTooLarge("The image has too many pixels to be a photo.") from exc
    except UnidentifiedImageError as exc:
        raise UnsupportedMedia("The file is not an image we can read (JPEG, PNG, WebP or HEIC).") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise Invalid(f"The image is damaged or incomplete: {exc}.") from exc
    content_type, extension = FORMATS[fmt]
    return CheckedImage(data, content_type, extension, width, height, hashlib.sha256(data).hexdigest())


def find(org_id: int, client_id: str) -> Media | None:
    return db.session.scalar(select(Media).where(Media.org_id == org_id, Media.client_id == client_id))


def add(lead: Lead, client_id: str, kind: str, image: CheckedImage, media_dir: str) -> tuple[Media, bool]:
    """Attach the photo to the lead once; a retry or the same photo twice gives the first row."""
    existing = find(lead.org_id, client_id) or db.session.scalar(
        select(Media).where(Media.lead_id == lead.id, Media.kind == kind, Media.sha256 == image.sha256)
    )
    if existing is not None:
        if existing.lead_id != lead.id:
            raise Invalid("This media_id belongs to another lead.", {"media_id": client_id})
        return existing, False
    relative = _store(lead.org_id, image, media_dir)
    media = Media(
        org_id=lead.org_id, lead_id=lead.id, client_id=client_id, kind=kind,
        content_type=image.content_type, sha256=image.sha256, size=len(image.data),
        width=image.width, height=image.height, path=relative,
    )
    db.session.add(media)
    leads.touch(lead)
    return media, True


def absolute_path(media: Media, media_dir: str) -> Path:
    return Path(media_dir) / media.path


def _store(org_id: int, image: CheckedImage, media_dir: str) -> str:
    """Content-addressed: the same bytes are one file however often they arrive."""
    relative = f"{org_id}/{image.sha256[:2]}/{image.sha256}.{image.extension}"
    target = Path(media_dir) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(image.data)
        os.replace(tmp, target)  # atomic: a killed upload never leaves half a file in place
    return relative
