"""From a phone photo to a flat, upright, evenly lit grey card with text at Tesseract's size.

Steps: find the card's four corners and undo the perspective; flatten the light (dividing by
a local background estimate) and flip light-on-dark regions; decide which way is up from the
text itself; scale so that lower-case letters are about TARGET_XHEIGHT pixels tall.
"""

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

DETECT_SIDE = 640  # corner finding works on a thumbnail; corners are scaled back up
MIN_CARD_AREA = 0.08  # a card filling less of the frame is too small to read anyway
TARGET_XHEIGHT = 24  # px; Tesseract's LSTM models read most reliably around here
MAX_OCR_SIDE = 2600  # bounds Tesseract's time on very large text
# Median window (thumbnail pixels, ~1/80 of the card each) that finds the ground under the
# print: wider than text strokes, narrower than a coloured band on a scanned card.
GROUND_MEDIAN = 11
# A ground step this large (grey levels across a thumbnail pixel) is a band's edge, not glare.
GROUND_STEP = 30
MIN_REGION = 0.03  # of the card: a coloured band or a dark card's body is larger
NN_UNDECIDED = 0.2  # a neighbour vote of 0.3-0.7 beside says nothing of the lines' direction
MAX_UPSCALE = 3.0  # beyond this, enlarging invents no detail and only costs time


@dataclass
class Prepared:
    gray: np.ndarray  # upright best guess, text dark on white
    card_found: bool
    text_lines: int  # rows of character-sized blobs: 0 or 1 means there is nothing to read


def _order(pts: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s, d = pts.sum(1), np.diff(pts, axis=1).ravel()
    return np.float32([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def _aspect_prior(aspect: float) -> float:
    """Cards are 1.4 to 1.9 times as long as high (85x55 mm, 3.5x2 in): a quad that is not
    is more likely a coloured band or the white part of a two-tone card, and a strip far longer
    than any card is never one."""
    if 1.3 <= aspect <= 2.0:
        return 1.0
    return 0.4 if aspect <= 2.6 else 0.0


def _edge_maps(small: np.ndarray):
    lab = cv2.cvtColor(cv2.GaussianBlur(small, (5, 5), 0), cv2.COLOR_RGB2LAB)
    channels = cv2.split(lab)
    # Adaptive thresholds keep table texture out; fixed low ones catch a dark card on a dark table.
    # Lightness edges catch white-on-wood; chroma edges catch a white card on a pale table.
    for thresholds in ([(max(10, 0.5 * m), max(30, 1.2 * m)) for m in map(np.median, channels)],
                       [(15, 45)] * 3):
        edges = np.zeros(small.shape[:2], np.uint8)
        for ch, (lo, hi) in zip(channels, thresholds):
            edges |= cv2.Canny(ch, lo, hi)
        yield cv2.morphologyEx(edges, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))


def find_card(rgb: np.ndarray) -> np.ndarray | None:
    """Four corners of the card in `rgb` coordinates, or None when no card-like quad stands out."""
    h, w = rgb.shape[:2]
    k = DETECT_SIDE / max(h, w)
    small = cv2.resize(rgb, (round(w * k), round(h * k)), interpolation=cv2.INTER_AREA)
    area_total = small.shape[0] * small.shape[1]
    best, best_score = None, 0.0
    for edges in _edge_maps(small):
        contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            hull = cv2.convexHull(c)
            area = cv2.contourArea(hull)
            if not MIN_CARD_AREA * area_total <= area <= 0.98 * area_total:
                continue
            (_, _), (rw, rh), _ = cv2.minAreaRect(hull)
            rectangularity = area / max(rw * rh, 1)
            score = area * rectangularity * _aspect_prior(max(rw, rh) / max(min(rw, rh), 1))
            if score <= best_score:
                continue
            quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
            if len(quad) == 4:
                best, best_score = quad.reshape(4, 2), score
            elif rectangularity > 0.9:
                best, best_score = cv2.boxPoints(cv2.minAreaRect(hull)), score
    return None if best is None else _order(best.astype(np.float32) / k)


def warp(rgb: np.ndarray, quad: np.ndarray) -> np.ndarray:
    tl, tr, br, bl = quad
    w = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    h = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    dst = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    out = cv2.warpPerspective(rgb, cv2.getPerspectiveTransform(quad, dst), (w, h), flags=cv2.INTER_LINEAR)
    # The outermost sliver is often table or card edge, which Tesseract reads as "|" or "l".
    m = max(2, int(0.015 * min(w, h)))
    return out[m:h - m, m:w - m]


def _ground_regions(small: np.ndarray, ground_small: np.ndarray) -> np.ndarray:
    """Label each thumbnail pixel with its region of even ground: a coloured band, a dark
    card's body, the rest of the card.

    Regions end only where the ground steps sharply (a band's edge); glare and shadow change
    it gradually, so a dark card half washed out by a lamp stays one region. Cutting at a
    brightness threshold instead would slice through the glare and through the words in it.
    """
    step = cv2.morphologyEx(ground_small, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    if step.max() < GROUND_STEP:
        return np.zeros(small.shape, np.int32)
    n, labels, stats, _ = cv2.connectedComponentsWithStats((step < GROUND_STEP).astype(np.uint8), connectivity=4)
    # A patch smaller than a band is a logo or a word in large coloured type: the ground
    # around it decides, or a coloured company name would be flipped into its own negative.
    minor = stats[:, cv2.CC_STAT_AREA] < MIN_REGION * ground_small.size
    minor[0] = True  # the seams along the steps
    if minor.all():
        return np.zeros(small.shape, np.int32)
    labels[minor[labels]] = 0
    means = np.bincount(labels.ravel(), ground_small.ravel().astype(np.float64), n) / np.maximum(
        np.bincount(labels.ravel(), minlength=n), 1)
    # Seams and minor patches join, pixel by pixel from their edge inwards, the neighbouring
    # region whose ground their own shade is closest to: a band's edge stays where it is.
    shade = small.astype(np.float64)
    while (labels == 0).any():
        padded = np.pad(labels, 1)
        best, best_cost = labels.copy(), np.full(labels.shape, np.inf)
        for dy in (0, 1, 2):
            for dx in (0, 1, 2):
                near = padded[dy:dy + labels.shape[0], dx:dx + labels.shape[1]]
                cost = np.where(near > 0, np.abs(means[near] - shade), np.inf)
                take = (labels == 0) & (cost < best_cost)
                best, best_cost = np.where(take, near, best), np.where(take, cost, best_cost)
        labels = best
    return labels


def _light_text(gray: np.ndarray, ground_small: np.ndarray, regions: np.ndarray) -> np.ndarray:
    """Per region: is its text lighter than its ground (a dark card, a coloured band)?

    Each region is flipped or kept as a whole, so no artificial edge appears inside it. The
    text is whichever side of the ground holds the stronger outliers: the squares of the
    lighter pixels' differences outweigh the darker ones' exactly when the signed squares
    sum above zero.
    """
    ground = cv2.resize(ground_small, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    d = cv2.subtract(gray, ground, dtype=cv2.CV_32F)
    signed = cv2.multiply(d, np.abs(d))
    n = regions.max() + 1
    if n == 1:  # one ground, the usual card: a plain sum, without bincount's copy to float64
        return np.array([signed.sum(dtype=np.float64) > 0])
    return np.bincount(regions.ravel(), signed.ravel(), n) > 0


def flatten_light(rgb: np.ndarray) -> np.ndarray:
    """Dark text on an even white ground, whatever the card's colours and the room's light."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    k = max(1, min(h, w) // 80)
    small_size = (max(1, w // k), max(1, h // k))
    small = cv2.resize(gray, small_size, interpolation=cv2.INTER_AREA)
    ground_small = cv2.medianBlur(small, GROUND_MEDIAN)
    labels = _ground_regions(small, ground_small)
    regions = cv2.resize(labels.astype(np.float32), (w, h), interpolation=cv2.INTER_NEAREST).astype(np.int32)
    # Coloured print is faint in plain luminance (an orange title on white nearly vanishes) but
    # dark in its darkest channel; on a dark ground the brightest channel shows light print best.
    light = _light_text(gray, ground_small, regions)
    r, gr, b = cv2.split(rgb)  # numpy's max over the colour axis took 8 ms a card, OpenCV's 0.3
    g = cv2.min(cv2.min(r, gr), b)
    if light.any():
        g = np.where(light[regions], 255 - cv2.max(cv2.max(r, gr), b), g)
    g = g.astype(np.float32)
    small = cv2.resize(g, small_size, interpolation=cv2.INTER_AREA)
    # Each region's ground goes to white first: the paper estimate below reaches a few pixels
    # across a band's edge, and would leave a grey smear (read as a line of garbage) along it.
    level = np.array([np.median(small[labels == i]) if (labels == i).any() else 255.0
                      for i in range(labels.max() + 1)], np.float32)
    lift = 255.0 / np.maximum(level, 1.0)
    g, small = g * lift[regions], small * lift[labels]
    paper = cv2.dilate(small, np.ones((7, 7), np.uint8))  # the ground without the (dark) text
    paper = cv2.resize(cv2.GaussianBlur(paper, (0, 0), 3), (w, h), interpolation=cv2.INTER_LINEAR)
    return _equalise_ink(np.clip(g / np.maximum(paper, 1) * 255, 0, 255))


INK_TARGET = 200.0  # darkness (255 - grey) the strongest stroke nearby is stretched to
WIN_DIV = 15  # equalising window: this fraction of the card's short side (about two text lines)
# Local darkness up to the noise floor is paper grain and sensor noise, left alone. The floor
# follows the card's own grain, read off the paper (most of a card, so its upper quartile of
# darkness): one fixed floor high enough for a grainy photo left pale print in the glare on a
# clean card unstretched. On the dev photos the fitted floor got 0.4 % more fields right
# than a fixed 35 and lost none on flat scans, where a fixed 20 lost 1 %.
GRAIN_TO_NOISE, MIN_NOISE, MAX_NOISE = 4.0, 20.0, 35.0


def _equalise_ink(flat: np.ndarray) -> np.ndarray:
    """Make pale grey text as dark as the bold name next to it.

    Tesseract binarises with one global Otsu threshold; light-grey contact lines beside a
    black name fall on the paper side of it and vanish.
    """
    ink = 255 - flat
    h, w = ink.shape
    win = max(9, min(h, w) // WIN_DIV)
    strongest = cv2.dilate(cv2.GaussianBlur(ink, (0, 0), 1.5), np.ones((win, win), np.uint8))
    strongest = cv2.blur(strongest, (win, win))
    full = np.clip(INK_TARGET / np.maximum(strongest, 1.0), 1.0, 4.0)
    # Ramp in between noise and faint print, so empty paper is never stretched into speckle.
    noise = _noise_floor(ink)
    ramp = np.clip((strongest - noise) / noise, 0.0, 1.0)
    gain = 1.0 + (full - 1.0) * ramp
    # Take the paper's grain off before stretching, or the speckle around pale text grows
    # with it and swells Tesseract's word boxes.
    grain = np.where(gain > 1.0, noise / 2, 0.0)
    return np.clip(255 - np.clip(ink - grain, 0, None) * gain, 0, 255).astype(np.uint8)


def _noise_floor(ink: np.ndarray) -> float:
    # Every third pixel each way: the quartile comes out the same, in a tenth of the time.
    paper = float(np.percentile(ink[::3, ::3], 75))
    return float(np.clip(GRAIN_TO_NOISE * paper, MIN_NOISE, MAX_NOISE))


def _blobs(ink: np.ndarray) -> np.ndarray:
    """Stats (x, y, w, h, area) of every blob of ink."""
    return cv2.connectedComponentsWithStats(ink, connectivity=8)[2][1:]


def _components(s: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The blobs (`_blobs`) of an image of `shape` that are sized like characters."""
    h, w = shape
    keep = (s[:, 3] >= 4) & (s[:, 2] >= 2) & (s[:, 3] < h / 4) & (s[:, 2] < w / 4) & (s[:, 4] >= 8)
    return s[keep]


def _lines_horizontal(comps: np.ndarray, ink: np.ndarray) -> bool:
    """Text runs along rows if each character's nearest neighbour sits beside it, not above it.

    Small blurred print melts letters into word blobs, whose nearest neighbour is as often the
    next line as the next word; then the rows decide: ink along a line, paper between lines.
    """
    if len(comps) < 8:
        return True
    c = comps[:, :2] + comps[:, 2:4] / 2
    sample = c[:: max(1, len(c) // 400)]
    d = np.linalg.norm(sample[:, None, :] - c[None, :, :], axis=2)
    d[d == 0] = np.inf
    nn = c[np.argmin(d, axis=1)] - sample
    beside = np.mean(np.abs(nn[:, 0]) > np.abs(nn[:, 1]))
    if abs(beside - 0.5) > NN_UNDECIDED:
        return bool(beside > 0.5)
    print_only = np.zeros_like(ink)
    for x, y, w, h, _ in comps:
        print_only[y:y + h, x:x + w] = ink[y:y + h, x:x + w]
    return _contrast(print_only.sum(1)) > _contrast(print_only.sum(0))


def _contrast(profile: np.ndarray) -> float:
    """How sharply ink comes and goes along a projection: high across lines of text."""
    p = profile.astype(np.float64)
    return float(np.sum(np.diff(p) ** 2) * len(p) / max(np.sum(p) ** 2, 1.0))


def _upright_score(ink: np.ndarray, xheight: float) -> float:
    """>0 when upright, <0 when upside down: Latin has more ascenders (bdfhklt) than descenders (gjpqy)."""
    kw = max(3, int(xheight * 1.5))
    blobs = cv2.dilate(ink, np.ones((1, kw), np.uint8))
    # The outer outlines give the same boxes as connectedComponentsWithStats in a sixth of the
    # time (1.3 vs 8.8 ms on a card); components inside another's hole are outlines at the top
    # level too.
    outlines, hierarchy = cv2.findContours(blobs, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    boxes = [cv2.boundingRect(c) for c, (_, _, _, parent) in zip(outlines, hierarchy[0])
             if parent < 0] if outlines else []
    votes = total = 0.0
    for x, y, w, h in boxes:
        if w < 3 * h or h < 0.8 * xheight or h > 4 * xheight:
            continue
        prof = ink[y:y + h, x:x + w].sum(1, dtype=np.float64)
        core = np.nonzero(prof > 0.45 * prof.max())[0]
        above, below = prof[: core[0]].sum(), prof[core[-1] + 1:].sum()
        # Each text line votes by its length, so one long rule or logo cannot outvote the card.
        votes += w * (above - below) / max(above + below, 1.0)
        total += w
    return votes / max(total, 1.0)


def _upright(gray: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """`gray` turned round if its print (`ink`) votes it upside down."""
    return cv2.rotate(gray, cv2.ROTATE_180) if _upright_score(ink, TARGET_XHEIGHT) < 0 else gray


def turned_quarter(gray: np.ndarray) -> np.ndarray:
    """`gray` (as `prepare` left it) turned a quarter, the way up voted as `prepare` does."""
    gray = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
    return _upright(gray, _ink(gray))


# Grey g becomes 255 * (g / 255) ** PALE_GAMMA: paper stays white, bold print black, and grey
# print in the glare (180 on 254, which the equaliser stretches no further than paper grain
# lets it) comes out dark enough to be read.
PALE_GAMMA = 2.0


def darkened(gray: np.ndarray, gamma: float = PALE_GAMMA) -> np.ndarray:
    """`gray` with pale print darkened, for a look at what a glare or a light typeface left faint."""
    return cv2.LUT(gray, (255 * (np.arange(256) / 255.0) ** gamma).astype(np.uint8))


# An unsharp mask: the phone's blur spreads each stroke into its neighbours' grey, and a
# threshold then melts letters ("Brightline" read "Brine") or drops a thin one. Taking back
# 0.8 of a 2 px blur restores the edges' contrast without raising the paper's grain.
SHARPEN_SIGMA, SHARPEN_AMOUNT = 2.0, 0.8


def sharpened(gray: np.ndarray) -> np.ndarray:
    """`gray` with the edges blur softened made steep again."""
    blur = cv2.GaussianBlur(gray, (0, 0), SHARPEN_SIGMA)
    return cv2.addWeighted(gray, 1 + SHARPEN_AMOUNT, blur, -SHARPEN_AMOUNT, 0)


def text_rows(comps: np.ndarray, shape: tuple[int, int], xheight: float, min_blobs: int = 4) -> list[np.ndarray]:
    """Rows of at least `min_blobs` character-sized blobs (`_components` of an image of
    `shape` whose x-height is `xheight`) standing on one baseline, each as its blobs' stats.

    Table grain, noise and shadows make blobs of every size in no particular order.
    """
    h = comps[:, 3]
    chars = comps[(h >= 0.5 * xheight) & (h <= 3 * xheight)]
    mask = np.zeros(shape, np.uint8)
    for x, y, w, hh, _ in chars:
        mask[y:y + hh, x:x + w] = 1
    _, labels = cv2.connectedComponents(cv2.dilate(mask, np.ones((1, max(1, round(xheight))), np.uint8)))
    row_of = labels[chars[:, 1] + chars[:, 3] // 2, chars[:, 0] + chars[:, 2] // 2]
    rows = []
    for label in np.unique(row_of):
        members = chars[row_of == label]
        if len(members) < min_blobs:
            continue
        bottoms = members[:, 1] + members[:, 3]
        # Letters share a baseline (descenders are the minority the median ignores).
        if np.median(np.abs(bottoms - np.median(bottoms))) <= 0.15 * xheight:
            rows.append(members)
    return rows


def count_text_lines(comps: np.ndarray, shape: tuple[int, int], xheight: float) -> int:
    """Rows of print (`text_rows`): cheap evidence that there is print at all, before
    Tesseract spends seconds on a photo of a table."""
    return len(text_rows(comps, shape, xheight))


UNREAD_MIN_BLOBS, UNREAD_MIN_WIDTH = 3, 4  # blobs, and x-heights of length
# A short word in dark print ("Spain", "Sverige" under the city) is a row when it runs this
# many of its own heights: at the pale level the table's grain makes rows as short.
SHORT_WORD = 2.5
DARK_PRINT, FAINT_PRINT = 128, 230  # grey levels of print, and of print a light typeface left pale
TALL_BOX = 1.5  # word boxes taller than this many usual ones hold more than their word


def unread_rows(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1) of rows of print in a prepared image (x-height
    TARGET_XHEIGHT) that no word box (x0, y0, x1, y1) comes near: lines Tesseract's layout
    analysis passed over, or left as print too pale for its threshold."""
    read = np.ones(gray.shape, bool)
    usual = float(np.median([y1 - y0 for _, y0, _, y1 in boxes])) if boxes else 0.0
    pad = round(usual / 4)  # the blur around the letters read
    for x0, y0, x1, y1 in boxes:
        if y1 - y0 > TALL_BOX * usual:
            y0 = _top_of_ink(gray[y0:y1, x0:x1], y0)
        read[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad] = False
    rows: list[tuple[int, int, int, int]] = []
    # Print is looked for at two levels: pale print vanishes at the dark one, and the letters
    # of bold print melt into one blob at the pale one.
    for level in (DARK_PRINT, FAINT_PRINT):
        ink = ((gray < level) & read).astype(np.uint8)
        # Bold or blurred letters touch: "Schweiz" is three blobs, so three make a row when
        # they run as long as a short word.
        for members in text_rows(_components(_blobs(ink), ink.shape), ink.shape, TARGET_XHEIGHT, UNREAD_MIN_BLOBS):
            x0, y0 = members[:, 0].min(), members[:, 1].min()
            x1, y1 = (members[:, 0] + members[:, 2]).max(), (members[:, 1] + members[:, 3]).max()
            row = (int(x0), int(y0), int(x1), int(y1))
            shortest = SHORT_WORD * (y1 - y0) if level == DARK_PRINT else UNREAD_MIN_WIDTH * TARGET_XHEIGHT
            long_enough = x1 - x0 >= shortest
            if long_enough and not any(boxes_meet(row, r) for r in rows):
                rows.append(row)
    return rows


def _top_of_ink(word: np.ndarray, top: int) -> int:
    """Where the dark print of a tall word box (`word`, at `top` in the image) begins, going up
    from its bottom: a box now and then reaches over paper into the line above ("nferrari@"
    taking in the pale phone line over it), while a name in large type is ink all the way up."""
    inked = np.nonzero((word < DARK_PRINT).any(axis=1))[0]
    if len(inked) == 0:
        return top
    gaps = np.nonzero(np.diff(inked) > 2)[0]
    return top + int(inked[gaps[-1] + 1] if len(gaps) else inked[0])


def boxes_meet(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether two boxes (x0, y0, x1, y1) share any pixel."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def remove_rules(gray: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """White out long straight strokes: decorative rules, card edges, seams between a coloured
    band and the body. Tesseract merges them with nearby letters into tall garbage words.
    Letters are never several x-heights long in one straight stroke, so text is untouched."""
    length = 4 * TARGET_XHEIGHT
    rules = _inside_text_dropped(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)), ink)
    rules |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    if not rules.any():
        return gray
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    return np.where(rules > 0, np.uint8(255), gray)


def _inside_text_dropped(rules: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """`rules` without the thin runs that letters stand on and hang from.

    In blurred bold print the letters of a word melt together along the baseline or the
    x-height into one long run; erasing it would cut the line in half. A real rule has a
    clear side: paper, or the text it underlines, only on one side of it.
    """
    n, labels, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
    h = ink.shape[0]
    keep = np.ones(n, bool)
    for i, (x, y, w, hh, _) in enumerate(stats[1:], 1):
        if hh >= TARGET_XHEIGHT / 2 or y < 3 or y + hh + 3 > h:
            continue
        above = ink[y - 3, x:x + w].mean()
        below = ink[y + hh + 2, x:x + w].mean()
        keep[i] = min(above, below) < 0.3
    keep[0] = False
    return keep[labels].astype(np.uint8) if not keep[1:].all() else rules


def _ink(gray: np.ndarray) -> np.ndarray:
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _upper_quartile(heights: np.ndarray) -> float:
    return float(np.percentile(heights, 75))


def _print_rows(blobs: np.ndarray, shape: tuple[int, int], turn: bool, size) -> tuple[bool, float, int]:
    """Whether the card is turned a quarter, the scale that brings its print to TARGET_XHEIGHT,
    and how many rows of print it shows, taking `size` of the blobs' heights for the x-height."""
    if turn:
        # The same blobs turned with the card, rather than searched for again.
        x, y, w, h, area = blobs.T
        shape = shape[::-1]
        blobs = np.column_stack([y, shape[0] - x - w, h, w, area])
    comps = _components(blobs, shape)
    xheight = float(size(comps[:, 3])) if len(comps) else TARGET_XHEIGHT
    scale = min(TARGET_XHEIGHT / max(xheight, 1.0), MAX_UPSCALE, MAX_OCR_SIDE / max(shape))
    if abs(scale - 1) <= 0.1:
        scale = 1.0
    # Rows are counted on the blobs already found, before scaling (mostly up, 1.2-2x): finding
    # them again in the scaled image took 8 ms a card.
    return turn, scale, count_text_lines(comps, shape, TARGET_XHEIGHT / scale)


def prepare(img: Image.Image) -> Prepared:
    rgb = np.asarray(img)
    quad = find_card(rgb)
    card = warp(rgb, quad) if quad is not None else rgb
    gray = flatten_light(card)

    ink = _ink(gray)
    blobs = _blobs(ink)
    turn = not _lines_horizontal(_components(blobs, ink.shape), ink)
    found = _print_rows(blobs, ink.shape, turn, np.median)
    if found[2] < 2:
        # No rows where they were looked for: the way the lines run was misjudged, or specks
        # of paper grain outnumber the characters and set too small an x-height. The first
        # count stands unless another finds more.
        others = [_print_rows(blobs, ink.shape, way, size)
                  for way, size in ((turn, _upper_quartile), (not turn, np.median), (not turn, _upper_quartile))]
        found = max([found, *others], key=lambda rows: rows[2])
    turned, scale, text_lines = found
    if turned:
        gray = cv2.rotate(gray, cv2.ROTATE_90_COUNTERCLOCKWISE)
        ink = cv2.rotate(ink, cv2.ROTATE_90_COUNTERCLOCKWISE)
    if scale != 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale,
                          interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
        ink = _ink(gray)
    gray = remove_rules(gray, ink)
    # The way up is voted on the scaled image, where ascenders stand out best.
    return Prepared(_upright(gray, ink), quad is not None, text_lines)
