"""Words with boxes grouped into visual lines: the parser's input. Pure data, no I/O."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..100 as Tesseract reports it
    line_key: tuple = ()  # Tesseract's (block, paragraph, line) numbers

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        """Lower median word height: robust to one tall logo glyph or a lone comma."""
        hs = sorted(w.height for w in self.words)
        return float(hs[(len(hs) - 1) // 2]) if hs else 0.0

    @property
    def conf(self) -> float:
        """Mean word confidence, 0..1."""
        return sum(w.conf for w in self.words) / (100.0 * len(self.words)) if self.words else 0.0

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    def shares_column(self, other: "Line") -> bool:
        """The two lines overlap side to side: one stands above the other in a column."""
        return self.left < other.right and other.left < self.right

    @classmethod
    def of(cls, text: str, height: float = 20.0, conf: float = 95.0, top: int = 0) -> "Line":
        """A line from plain text, for callers (and tests) that have no boxes."""
        words, x = [], 0
        for tok in text.split():
            w = int(len(tok) * height * 0.6)
            words.append(Word(tok, x, top, w, int(height), conf))
            x += w + int(height * 0.4)
        return cls(words)


def lines_from_text(text: str) -> list[Line]:
    return [Line.of(t, top=i * 30) for i, t in enumerate(text.splitlines()) if t.strip()]


def _same_row(a: Line, b: Line) -> bool:
    """Fragments Tesseract split apart: same band, similar type size, a word-sized gap apart."""
    ha, hb = a.height, b.height
    top_a, bot_a = a.top, a.bottom
    top_b, bot_b = b.top, b.bottom
    base_a = sorted(w.bottom for w in a.words)[(len(a.words) - 1) // 2]
    base_b = sorted(w.bottom for w in b.words)[(len(b.words) - 1) // 2]
    level = abs(base_a - base_b) <= 0.2 * min(ha, hb)
    overlap = min(bot_a, bot_b) - max(top_a, top_b)
    gap = max(a.left - b.right, b.left - a.right)
    if max(ha, hb) > (1.6 if level else 1.4) * max(min(ha, hb), 1):
        return _piece_of_a_number(a, b) and -0.3 * ha < gap < max(ha, hb)
    return overlap > 0.6 * min(bot_a - top_a, bot_b - top_b) and -0.3 * ha < gap < 2.0 * max(ha, hb)


def _piece_of_a_number(a: Line, b: Line) -> bool:
    """'T. +48 12323 7744 |' 'F:+48 12' '340 2527': Tesseract may box one piece of a row of
    numbers at half the height of the rest; a piece of digits inside the band of digits beside
    it is still that row."""
    (small, large) = sorted((a, b), key=lambda ln: ln.height)
    inside = small.top >= large.top and small.bottom <= large.bottom
    return inside and all(sum(ch.isdigit() for ch in ln.text) >= 2 for ln in (a, b))


# A piece of a word Tesseract gave to the next line ("Wójci" | "k T +48 12", "John" | "son Tel:"):
# up to three letters, within this part of the word's height from its end, and inside its band.
GLUED_GAP, IN_BAND, PIECE = 0.1, 0.1, 3


def _glue_pieces(words: list[Word]) -> list[Word]:
    """Words whose last letters Tesseract put at the start of the line beside them, made
    whole: a name in large type ending a few pixels from a column of small print loses its
    last letter to that column's line."""
    words = list(words)
    for b in sorted((w for w in words if len(w.text) <= PIECE), key=lambda w: w.left):
        pad = IN_BAND * b.height
        a = next((a for a in words if a.line_key != b.line_key and a.text[-1:].isalnum() and b.text[:1].isalnum()
                  and -1 <= b.left - a.right <= GLUED_GAP * a.height and b.height >= 0.5 * a.height
                  and b.top >= a.top - pad and b.bottom <= a.bottom + pad), None)
        if a is not None:
            top, bottom = min(a.top, b.top), max(a.bottom, b.bottom)
            words[words.index(a)] = Word(a.text + b.text, a.left, top, b.right - a.left, bottom - top,
                                         min(a.conf, b.conf), a.line_key)
            words.remove(b)
    return words


def group_lines(words: list[Word]) -> list[Line]:
    """Lines in reading order, from Tesseract's own line numbers refined by geometry.

    Sparse-text mode sometimes breaks one printed line ("T" | "+39 02" | "1234 5678") into
    several; those fragments are joined. A wide gap or a change of type size inside a
    Tesseract line (a name beside a phone number) splits it.
    """
    by_key: dict[tuple, list[Word]] = {}
    for w in _glue_pieces(words):
        by_key.setdefault(w.line_key, []).append(w)
    lines: list[Line] = []
    for ws in by_key.values():
        ws.sort(key=lambda w: w.left)
        current = Line([ws[0]])
        for w in ws[1:]:
            far = w.left - current.right > 3 * max(current.height, w.height)
            # Only sure words set the size: misread symbols like "(0)" get odd, tall boxes.
            sure = sorted(x.height for x in current.words if x.conf >= 85)
            size = sure[len(sure) // 2] if sure else current.height
            # Box heights follow ascenders and descenders ("13" beside "quai"): a change of size
            # splits only across more than a word space.
            resized = (w.conf >= 85 and sum(ch.isalnum() for ch in w.text) > 2
                       and max(size, w.height) > 1.7 * min(size, w.height)
                       and w.left - current.right > 0.6 * min(size, w.height))
            if far or resized:
                lines.append(current)
                current = Line([])
            current.words.append(w)
        lines.append(current)
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(lines):
            j = next((j for j in range(i + 1, len(lines)) if _same_row(a, lines[j])), None)
            if j is not None:
                a.words = sorted(a.words + lines.pop(j).words, key=lambda w: w.left)
                merged = True
                break
    lines.sort(key=lambda ln: (ln.top, ln.left))
    return lines
