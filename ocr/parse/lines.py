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
        """Median word height: robust to one tall logo glyph or a lone comma."""
        hs = sorted(w.height for w in self.words)
        return float(hs[len(hs) // 2]) if hs else 0.0

    @property
    def conf(self) -> float:
        """Mean word confidence, 0..1."""
        return sum(w.conf for w in self.words) / (100.0 * len(self.words)) if self.words else 0.0

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

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


def group_lines(words: list[Word]) -> list[Line]:
    """Tesseract's own lines, split where a wide gap or a change of type size shows two fields."""
    by_key: dict[tuple, list[Word]] = {}
    for w in words:
        by_key.setdefault(w.line_key, []).append(w)
    lines = []
    for ws in by_key.values():
        ws.sort(key=lambda w: w.left)
        current = Line([ws[0]])
        for w in ws[1:]:
            prev = current.words[-1]
            far = w.left - current.right > 3 * max(current.height, w.height)
            # Words of very different type size are different fields (a name beside a phone number).
            resized = max(prev.height, w.height) > 1.6 * min(prev.height, w.height) and len(w.text) > 2
            if far or resized:
                lines.append(current)
                current = Line([])
            current.words.append(w)
        lines.append(current)
    lines.sort(key=lambda ln: (ln.top, ln.left))
    return lines
