"""Turn a flat card into what a phone (or a flatbed scanner) would hand us.

Phone: the card lies on a table at an angle, seen in perspective, maybe upside down or with
the phone held in portrait (sometimes only recorded in EXIF), under uneven light with glare,
slightly out of focus, with sensor noise and JPEG artefacts.
"""

import io
import random

import cv2
import numpy as np
from PIL import Image

EXIF_ORIENTATION = 0x0112


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    base = np.array([rng.randint(40, 200) for _ in range(3)], np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**32 - 1))
    low = cv2.resize(nrng.normal(0, 18, (6, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    img = base[None, None, :] + low[..., None]
    if rng.random() < 0.4:  # wood-like grain
        grain = np.sin(np.linspace(0, rng.uniform(20, 60), h))[:, None] * rng.uniform(5, 15)
        img += grain[..., None]
    img += nrng.normal(0, 4, img.shape)
    return np.clip(img, 0, 255)


def _lighting(rng: random.Random, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    ramp = (xx / w - 0.5) * gx + (yy / h - 0.5) * gy
    light = 1.0 + ramp * rng.uniform(0.2, 0.7) - rng.uniform(0.0, 0.15)
    img = img * light[..., None]
    if rng.random() < 0.45:
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        sigma = rng.uniform(0.06, 0.18) * w
        glare = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sigma**2)) * rng.uniform(60, 150)
        img = img + glare[..., None]
    return np.clip(img, 0, 255)


def _jpeg(img: Image.Image, quality: int, orientation: int | None = None) -> bytes:
    buf = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    img.save(buf, "JPEG", quality=quality, exif=exif.tobytes())
    return buf.getvalue()


def photograph(card: Image.Image, rng: random.Random) -> tuple[bytes, dict]:
    """Return JPEG bytes and a note of what was done (for the ground truth)."""
    portrait_shot = rng.random() < 0.3
    W, H = (1200, 1600) if portrait_shot else (1600, 1200)
    if rng.random() < 0.3:
        W, H = W * 5 // 4, H * 5 // 4
    canvas = _table(rng, W, H)

    cw, ch = card.size
    base_rot = rng.choices([0, 180, 90, 270], weights=[70, 12, 9, 9])[0]
    if portrait_shot and cw > ch and rng.random() < 0.5:
        base_rot = rng.choice([90, 270])
    angle = base_rot + rng.uniform(-18, 18)
    fill = rng.uniform(0.55, 0.85)
    rotated_w = abs(np.cos(np.radians(angle))) * cw + abs(np.sin(np.radians(angle))) * ch
    rotated_h = abs(np.sin(np.radians(angle))) * cw + abs(np.cos(np.radians(angle))) * ch
    scale = min(fill * W / rotated_w, fill * H / rotated_h)

    src = np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]])
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    centred = (src - [cw / 2, ch / 2]) * scale
    dst = centred @ np.float32([[c, -s], [s, c]]).T
    jitter = rng.uniform(0.0, 0.09) * min(cw, ch) * scale
    dst += np.float32([[rng.uniform(-jitter, jitter) for _ in range(2)] for _ in range(4)])
    dst += [W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.08, 0.08) * H]
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))

    card_arr = np.asarray(card.convert("RGB"), np.float32)
    warped = cv2.warpPerspective(card_arr, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ch, cw), np.float32), M, (W, H))
    shadow = cv2.GaussianBlur(np.roll(mask, (12, 12), (0, 1)), (0, 0), 12) * 0.35
    canvas = canvas * (1 - shadow[..., None])
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
    img = canvas * (1 - mask) + warped * mask
    img = _lighting(rng, img)

    sigma = rng.uniform(0.3, 1.5)
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    nrng = np.random.default_rng(rng.randint(0, 2**32 - 1))
    img = np.clip(img + nrng.normal(0, rng.uniform(2, 7), img.shape), 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)

    # Phones often store the sensor's landscape pixels and only flag the rotation in EXIF.
    orientation = None
    if portrait_shot and rng.random() < 0.5:
        orientation = rng.choice([6, 8])
        pil = pil.transpose(Image.Transpose.ROTATE_90 if orientation == 6 else Image.Transpose.ROTATE_270)
    quality = rng.randint(55, 90)
    return _jpeg(pil, quality, orientation), {"rotation": round(angle, 1), "exif_orientation": orientation,
                                              "blur": round(sigma, 2), "jpeg_quality": quality}


def scan(card: Image.Image, rng: random.Random) -> tuple[bytes, dict]:
    """A flatbed or sheet-fed scan: white surround, small skew, clean light."""
    margin = rng.randint(20, 80)
    w, h = card.size
    page = Image.new("RGB", (w + 2 * margin, h + 2 * margin), (250, 250, 248))
    page.paste(card, (margin, margin))
    angle = rng.uniform(-2.0, 2.0)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    arr = cv2.GaussianBlur(np.asarray(page, np.float32), (0, 0), rng.uniform(0.3, 0.8))
    nrng = np.random.default_rng(rng.randint(0, 2**32 - 1))
    arr = np.clip(arr + nrng.normal(0, 2, arr.shape), 0, 255).astype(np.uint8)
    quality = rng.randint(80, 95)
    return _jpeg(Image.fromarray(arr), quality), {"rotation": round(angle, 1), "jpeg_quality": quality}


def empty_table(rng: random.Random) -> bytes:
    """A photo with no card in it, for the reader's 'nothing to read' path."""
    img = _lighting(rng, _table(rng, 1200, 900)).astype(np.uint8)
    return _jpeg(Image.fromarray(img), 80)
