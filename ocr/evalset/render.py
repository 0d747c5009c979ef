"""Draw a flat business card for an Identity, in one of several common layouts."""

import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .identities import Identity

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# (regular, bold) file names; families missing on a machine are skipped.
FAMILIES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    ("FreeSans.ttf", "FreeSansBold.ttf"),
    ("FreeSerif.ttf", "FreeSerifBold.ttf"),
    ("Lato-Regular.ttf", "Lato-Bold.ttf"),
    ("Lato-Light.ttf", "Lato-Black.ttf"),
    ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf"),
    ("Roboto-Regular.ttf", "Roboto-Bold.ttf"),
    ("Roboto-Light.ttf", "Roboto-Medium.ttf"),
    ("Carlito-Regular.ttf", "Carlito-Bold.ttf"),
    ("Caladea-Regular.ttf", "Caladea-Bold.ttf"),
)
HAN_FONTS = ("wqy-microhei.ttc", "NotoSansCJK-Regular.ttc")


@lru_cache(maxsize=None)
def _font_index() -> dict[str, Path]:
    index = {}
    for root in FONT_DIRS:
        if root.exists():
            for p in sorted(root.rglob("*")):
                index.setdefault(p.name, p)
    return index


def font_families() -> list[tuple[Path, Path]]:
    idx = _font_index()
    return [(idx[r], idx[b]) for r, b in FAMILIES if r in idx and b in idx]


def han_font() -> Path | None:
    idx = _font_index()
    return next((idx[n] for n in HAN_FONTS if n in idx), None)


@lru_cache(maxsize=512)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


class Style:
    def __init__(self, rng: random.Random):
        fams = font_families()
        self.regular, self.bold = rng.choice(fams)
        self.name_regular, self.name_bold = rng.choice(fams) if rng.random() < 0.4 else (self.regular, self.bold)
        self.dark = rng.random() < 0.18
        if self.dark:
            self.bg = tuple(rng.randint(10, 70) for _ in range(3))
            self.fg = tuple(rng.randint(215, 255) for _ in range(3))
            self.accent = rng.choice([(230, 190, 90), (120, 200, 255), (255, 255, 255), (160, 230, 160)])
        else:
            tint = rng.random() < 0.3
            self.bg = tuple(rng.randint(200, 245) for _ in range(3)) if tint else tuple(
                [rng.randint(245, 255)] * 3)
            self.fg = tuple(rng.randint(0, 60) for _ in range(3))
            self.accent = rng.choice([(0, 70, 140), (170, 20, 30), (0, 110, 80), (90, 40, 130), (210, 100, 0),
                                      self.fg])
        self.label_sep = rng.choice([" ", ": ", "  ", ". "]) if rng.random() < 0.9 else None
        self.email_label = rng.choice([None, None, "E", "Email", "E-mail", "Mail"])
        self.web_label = rng.choice([None, None, None, "W", "Web"])
        self.phones_one_line = rng.random() < 0.25


def _contact_lines(ident: Identity, st: Style) -> list[str]:
    def labelled(label, value):
        if label is None or st.label_sep is None:
            return value
        sep = st.label_sep
        if sep == ". " and label.endswith("."):
            sep = " "
        return f"{label}{sep}{value}"

    phone_texts = [labelled(p["label"], p["raw"]) for p in ident.phones]
    lines = ["   |   ".join(phone_texts)] if st.phones_one_line and len(phone_texts) > 1 else phone_texts
    lines.append(labelled(st.email_label, ident.email))
    if ident.website:
        lines.append(labelled(st.web_label, ident.website))
    return lines


def _text_w(draw, text, font):
    return draw.textlength(text, font=font)


def _fit(draw, text, path, size, max_w) -> ImageFont.FreeTypeFont:
    while size > 12 and _text_w(draw, text, _font(path, size)) > max_w:
        size -= 2
    return _font(path, size)


def _logo(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, s: int, color, bg):
    kind = rng.choice(["circle", "square", "triangle", "bars", "ring"])
    if kind == "circle":
        draw.ellipse([x, y, x + s, y + s], fill=color)
    elif kind == "square":
        draw.rounded_rectangle([x, y, x + s, y + s], radius=s // 5, fill=color)
    elif kind == "triangle":
        draw.polygon([(x, y + s), (x + s // 2, y), (x + s, y + s)], fill=color)
    elif kind == "ring":
        draw.ellipse([x, y, x + s, y + s], outline=color, width=max(3, s // 8))
    else:
        for i in range(3):
            draw.rectangle([x + i * s // 3, y + s - (i + 1) * s // 3, x + (i + 1) * s // 3 - 4, y + s], fill=color)


def render_card(ident: Identity, rng: random.Random) -> Image.Image:
    """Render, shrinking all type until every line fits inside the card's margins."""
    state = rng.getstate()
    scale = 1.0
    while True:
        rng.setstate(state)
        img, bottom = _render(ident, rng, scale)
        if bottom <= img.height or scale < 0.6:
            return img
        scale *= 0.9


def _render(ident: Identity, rng: random.Random, scale: float) -> tuple[Image.Image, int]:
    st = Style(rng)
    portrait = rng.random() < 0.08
    w, h = (600, 1050) if portrait else rng.choice([(1050, 600), (1004, 650)])
    img = Image.new("RGB", (w, h), st.bg)
    draw = ImageDraw.Draw(img)
    m = rng.randint(45, 70)
    layout = "stack" if portrait else rng.choice(["left", "centered", "two_column", "band", "right_block"])

    name = ident.han_name or ident.name
    title = ident.han_title or ident.title
    company = ident.han_company or ident.company
    han = han_font()
    name_font_path = han if ident.han_name and han else st.name_bold
    text_font_path = han if ident.han_name and han else st.regular
    comp_font_path = han if ident.han_company and han else st.bold

    name_size = int(rng.randint(44, 60) * scale)
    body = int(rng.randint(24, 30) * scale)
    comp_size = int(rng.randint(34, 50) * scale)
    bottom = 0

    contact = _contact_lines(ident, st)
    address = list(ident.address_lines) + ([ident.country_line] if ident.country_line else [])
    if rng.random() < 0.3:
        address = [", ".join(ident.address_lines)] + address[2:]

    def put(lines, x, y, anchor_x="l", max_w=None, spacing=1.35):
        """Draw (text, fontpath, size, color) lines from y downwards; returns the next y."""
        nonlocal bottom
        for text, path, size, color in lines:
            font = _fit(draw, text, path, size, max_w or (w - 2 * m))
            tw = _text_w(draw, text, font)
            tx = {"l": x, "c": x - tw / 2, "r": x - tw}[anchor_x]
            draw.text((tx, y), text, font=font, fill=color)
            y += int(font.size * spacing)
            bottom = max(bottom, y + m // 2)
        return y

    person = [(name, name_font_path, name_size, st.fg), (title, text_font_path, body + 2, st.accent)]
    if ident.department:
        person.append((ident.department, st.regular, body, st.fg))
    comp = [(company, comp_font_path, comp_size, st.accent)]
    contacts = [(t, st.regular, body, st.fg) for t in contact]
    addr = [(t, st.regular, body - 2, st.fg) for t in address]
    logo_s = rng.randint(60, 100)

    if layout == "band":
        band_h = rng.randint(130, 170)
        band_color = st.accent if st.accent != st.fg else (30, 60, 110)
        draw.rectangle([0, 0, w, band_h], fill=band_color)
        _logo(draw, rng, m, (band_h - logo_s) // 2, logo_s, st.bg, band_color)
        put([(company, comp_font_path, comp_size, st.bg)], m + logo_s + 25, (band_h - comp_size) // 2 - 4,
            max_w=w - 2 * m - logo_s - 25)
        y = put(person, m, band_h + 30, max_w=w // 2 - m)
        put(contacts + addr, w - m, band_h + 30, "r", max_w=w // 2, spacing=1.3)
    elif layout == "centered":
        _logo(draw, rng, w // 2 - logo_s // 2, m - 10, logo_s, st.accent, st.bg)
        y = put(comp, w // 2, m + logo_s, "c")
        y = put(person, w // 2, y + 15, "c")
        draw.line([w // 2 - 150, y + 5, w // 2 + 150, y + 5], fill=st.accent, width=2)
        put(contacts + addr, w // 2, y + 20, "c", spacing=1.25)
    elif layout == "two_column":
        _logo(draw, rng, m, m, logo_s, st.accent, st.bg)
        put(comp, m + logo_s + 20, m + (logo_s - comp_size) // 2, max_w=w - 2 * m - logo_s - 20)
        y = put(person, m, m + logo_s + 40, max_w=w // 2 - m)
        put(addr, m, max(y + 10, h - m - len(addr) * int((body - 2) * 1.35)), max_w=w // 2 - m)
        put(contacts, w // 2 + 20, m + logo_s + 45, max_w=w // 2 - m - 20, spacing=1.45)
    elif layout == "right_block":
        _logo(draw, rng, m, m, logo_s + 40, st.accent, st.bg)
        y = put(comp, m, m + logo_s + 60, max_w=w // 2 - m)
        put(addr, m, y + 20, max_w=w // 2 - m)
        y = put(person, w - m, m, "r", max_w=w // 2 - m)
        put(contacts, w - m, y + 25, "r", max_w=w // 2 - m)
    elif layout == "stack":
        _logo(draw, rng, m, m, logo_s, st.accent, st.bg)
        y = put(comp, m, m + logo_s + 20)
        y = put(person, m, y + 40)
        put(contacts + addr, m, y + 40, spacing=1.3)
    else:  # "left"
        y = put(person, m, m)
        y = put(comp, m, y + 20)
        put(contacts + addr, m, y + 20, spacing=1.28)
        _logo(draw, rng, w - m - logo_s, m, logo_s, st.accent, st.bg)
    return img, bottom
