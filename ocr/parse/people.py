"""Which of the remaining lines is the person's name, job title, department and company."""

import re
import statistics
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .lines import Line
from .orthography import restore_accents, unaccented
from .vocab import (COMPANY_WORDS, DEPARTMENT_WORDS, FUNCTION_WORDS, HAN, HAN_COMPANY_RE, HAN_DEPARTMENT_RE,
                    HAN_SURNAMES, HAN_TITLE_RE, LEGAL_RE, ROLE_WORDS, SECTOR_WORDS, TITLE_MODIFIERS, TITLE_PHRASES)

_HAN_NAME_RE = re.compile(rf"^[{HAN}]{{2,4}}$")
HAN_NAME_WITHOUT_SURNAME = 0.45  # a rarer family name, or no name: below one that starts with a common one
NAME_PREFIXES = {"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "ing.", "dipl.-ing.",
                 "mag.", "sir"}
_NAME_PARTICLES = {"de", "da", "di", "del", "della", "dos", "das", "do", "du", "van", "von", "der", "den", "ter",
                   "le", "la", "y", "e", "bin", "al", "el", "mc", "st."}
_NAME_TOKEN_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$", re.UNICODE)
_CONNECTORS = {"&", "and", "of", "de", "la", "y", "e", "und", "et", "des", "du", "for", "und", "di", "del", "-"}


def fold(text: str) -> str:
    """Lower-case ASCII letters only: 'Chloé Laurent' -> 'chloelaurent'."""
    nfkd = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in nfkd if ch.isascii() and ch.isalnum()).lower()


def _words(text: str) -> list[str]:
    return [w.lower().strip(",;:()|") for w in text.split()]


def title_score(text: str) -> float:
    if HAN_TITLE_RE.search(text):
        return 0.9
    low = text.lower()
    words = _words(text)
    if any(p in low for p in TITLE_PHRASES) or any(w.strip(".") in ROLE_WORDS for w in words):
        return 0.9
    return 0.0


def department_score(text: str) -> float:
    if HAN_DEPARTMENT_RE.search(text.replace(" ", "")):
        return 0.85
    words = [w for w in _words(text) if w]
    if not words or title_score(text):
        return 0.0
    if any(w in DEPARTMENT_WORDS for w in words):
        return 0.85
    content = [w for w in words if w not in _CONNECTORS]
    # Not "it" read from texture: a department is printed with capitals ("IT", "Sales").
    if content and all(w in FUNCTION_WORDS for w in content) and not text.islower():
        return 0.7
    return 0.0


_HAN_COMPANY_END = re.compile(r"公司")
_LETTER = re.compile(r"[^\W\d_]")


def end_at_legal_form(company: str) -> str:
    """A company name ends with its legal form: what OCR read after it in lower case or as
    bare digits ("Zenith Energy Pty. Ltd. ie rare Meet", "Brightline BV ta."), or as a second
    legal form, is the next column or a logo's texture, and after "公司" anything but Han
    characters."""
    ends = list(_HAN_COMPANY_END.finditer(company))
    if ends and not re.search(f"[{HAN}]", company[ends[-1].end():]):
        return company[: ends[-1].end()]
    ends = list(LEGAL_RE.finditer(company))
    tail = company[ends[-1].end():].strip() if ends else ""
    if tail and (tail[0].islower() or not _LETTER.search(tail)):
        return company[: ends[-1].end()].rstrip(" ,")
    if len(ends) >= 2 and ends[-2].end() == ends[-1].start() and not tail and ends[-2].start() > 0:
        # A company has one legal form: a second right after it ("Vantage Systems Pty Ltd NV",
        # "Granite Ingénierie SRL S.L.") is a word of the next column or a misreading.
        return company[: ends[-2].end()]
    return company


def company_score(text: str, domain_cores: list[str]) -> float:
    if HAN_COMPANY_RE.search(text):
        return 0.9
    if m := LEGAL_RE.search(text):
        # A legal form alone ("AS", "GmbH") is only the end of a company name printed above it.
        return 0.9 if text[: m.start()].strip() else 0.4
    squashed = fold(text)
    for core in domain_cores:
        if len(core) >= 4 and len(squashed) >= 4 and fuzz.partial_ratio(core, squashed) >= 85:
            return 0.8
    if any(w in COMPANY_WORDS for w in _words(text)):
        return 0.45
    return 0.0


def name_score(text: str, email_locals: list[str]) -> float:
    if _HAN_NAME_RE.match(han := text.replace(" ", "")):
        # A piece of a title ("销售经" of 销售经理) is shaped like a name too, but starts with no family name.
        return 0.75 if han[0] in HAN_SURNAMES else HAN_NAME_WITHOUT_SURNAME
    # "MacDonald”," or "Navarro...": stray marks after the name
    tokens = [re.sub(r"(\.{2,}|…)$", "", t.rstrip("\"“”,;")) for t in text.split()]
    while tokens and tokens[0].lower() in NAME_PREFIXES:
        tokens = tokens[1:]
    core = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    if not 2 <= len(core) <= 4 or not all(_NAME_TOKEN_RE.match(t) for t in tokens):
        return 0.0
    if not all(t[0].isupper() for t in core) or any(_unsayable(t) for t in core):
        return 0.0
    # "Evergreen Components" is shaped like a name; people are not called by trade words.
    score = 0.3 if any(t.lower() in SECTOR_WORDS | COMPANY_WORDS for t in core) else 0.6
    folded = [fold(t) for t in core]
    if any(len(f) >= 3 and any(f in loc for loc in email_locals) for f in folded):
        score += 0.3
    return score


def _unsayable(token: str) -> bool:
    """'Bx', 'Rkt': no vowel, so no name ('Ng' is one), but a logo or texture read as letters."""
    letters = unaccented(token.strip(".")).lower()
    return len(letters) >= 2 and letters != "ng" and not set(letters) & set("aeiouy")


@dataclass
class People:
    name: tuple[str, float] | None = None
    title: tuple[str, float] | None = None
    department: tuple[str, float] | None = None
    company: tuple[str, float] | None = None


def _best(scored: list[tuple[float, int]], taken: set[int]) -> tuple[float, int] | None:
    free = [(s, i) for s, i in scored if i not in taken and s > 0]
    return max(free, default=None)


def _restore_capital_i(text: str, domain_cores: list[str]) -> str:
    """'Ananya lyer' -> 'Ananya Iyer': OCR reads a capital I as l, and no name starts with a
    small l (particles like "la" and "le" aside)."""
    tokens = text.split()
    fixed = [f"I{t[1:]}" if len(t) >= 3 and t[0] == "l" and t[1:].isalpha() and t[1:].islower() else t
             for t in tokens]
    if fixed == tokens or title_score(text) or department_score(text) or company_score(text, domain_cores):
        return text
    return " ".join(fixed) if name_score(" ".join(fixed), []) else text


def without_stray_particle(name: str) -> str:
    """'Dr. Małgorzata Zielińska al' -> 'Dr. Małgorzata Zielińska': a particle stands before the
    surname it belongs to; one at the end of a name is a word of the line beside it ("al."
    of an avenue in the next column)."""
    tokens = name.split(" ")
    while len(tokens) > 2 and tokens[-1] in _NAME_PARTICLES:
        tokens.pop()
    return " ".join(tokens)


KNOWN_WORDS = ROLE_WORDS | FUNCTION_WORDS | DEPARTMENT_WORDS | COMPANY_WORDS | TITLE_MODIFIERS
_JOINABLE = KNOWN_WORDS | SECTOR_WORDS


def _join_split_words(text: str) -> str:
    """'Regional Sales Re presentative' -> 'Regional Sales Representative', 'Lumen Me dical DAC'
    -> 'Lumen Medical DAC': OCR put a space inside a word the vocabulary knows, and neither
    half is a word it knows."""
    tokens = text.split()
    for k in range(len(tokens) - 1, 0, -1):
        a, b = tokens[k - 1], tokens[k]
        # The second half may have been given a capital ("Devel Opment"), its first letter read large.
        if ((b[:1].islower() or b[1:].islower()) and (a + b).lower() in _JOINABLE
                and a.lower() not in _JOINABLE and b.lower() not in _JOINABLE):
            tokens[k - 1:k + 1] = [a + b.lower()]
        elif len(a) == 1 and a.isupper() and b[:1] == a.lower() and b.lower() in _JOINABLE:
            tokens[k - 1:k + 1] = [a + b[1:]]  # "Marketing C coordinator": the capital read twice
    return " ".join(tokens)


# Spelled without accents, as OCR of small print reads them; `restore_accents` puts them back.
_VOCABULARY = sorted({unaccented(w) for w in KNOWN_WORDS | {w for p in TITLE_PHRASES for w in p.split()}
                      if len(w) >= 4 and w.isalpha() and unaccented(w).isascii()})
_VOCABULARY_SET = set(_VOCABULARY)
_TRADE_WORDS = sorted({unaccented(w) for w in SECTOR_WORDS | COMPANY_WORDS if w.isalpha() and unaccented(w).isascii()})
LONG_TITLE_WORD = 10
# An unknown word this long one letter off exactly one known word is that word, whatever the
# letter: a different word so long and so close is rare ("Applicaton", "Technmscher").
LONG_WORD = 10
# An unknown last word this long that begins exactly one known word is that word, its end lost.
CUT_WORD = 7


# Letters Tesseract takes for one another in small print ("Chiet", "Manaqer"). Any other
# single difference is more likely another word ("Vendas" is Portuguese, not "Ventas").
_LOOK_ALIKES = [set(g) for g in ("ft", "lt", "gq", "il1", "ec", "ao", "hb", "vy", "rn", "uv", "o0", "kl")]


def _one_misread_letter(word: str, known: str) -> bool:
    diff = [(a, b) for a, b in zip(word, known) if a != b]
    return len(diff) == 1 and any(diff[0][0] in g and diff[0][1] in g for g in _LOOK_ALIKES)


# Letter pairs Tesseract reads as one letter in small print ("Vertnebsleiter", "Apphcation",
# "leome" for "leonie"); a doubled letter too ("Busines").
_MERGED_PAIRS = {"n": ("ri",), "m": ("rn", "ni"), "h": ("li",), "d": ("cl",)}


def unmerged(word: str) -> list[str]:
    """`word` with one of its letters split back into the pair it may have been read from."""
    return [word[:i] + pair + word[i + 1:] for i, ch in enumerate(word)
            for pair in (*_MERGED_PAIRS.get(ch, ()), ch + ch) if ch.isalpha()]


# Small words between title words, misread: "Head ot Marketing" (f read as t); the Italian
# model accents "di" ("Ingegnere dì Processo"), a word no title holds.
_MISREAD_LINKS = {"ot": "of", "dì": "di"}


# French elides "de" and "le" into the word after them ("Chargée d'affaires"): the word is
# looked up without it.
_ELISION = re.compile(r"^[dl][’']", re.I)


# "Cnet Executive Officer", "Chef Execute Officer": in front of the English officer titles a
# short word the vocabulary does not know (or the French "chef") can only be "Chief"; not a
# rank the vocabulary lacks ("Group Executive Officer").
_CHIEF_OFFICER = re.compile(r"^(?P<chief>[^\W\d_]{1,5}) (?P<role>Execut\w*|Technology|Financial|Operating|Marketing|"
                            r"Information|Commercial|Revenue) Officer$", re.I)
_OFFICER_RANKS = {"group", "joint", "vice", "asst", "sr", "snr", "jr", "co", "exec"}


def _chief_officer(text: str) -> str:
    m = _CHIEF_OFFICER.match(text)
    if not m or m["chief"].lower() in (KNOWN_WORDS | _OFFICER_RANKS) - {"chef"}:
        return text
    role = "Executive" if m["role"].lower().startswith("execut") else m["role"].capitalize()
    return f"Chief {role} Officer"


def fix_vocabulary(text: str) -> str:
    """'Chiet Executive Officer' -> 'Chief Executive Officer': a word of a title or department
    one letter off a word the vocabulary knows, and itself unknown, is that word misread."""
    text = _chief_officer(text)
    words = text.split(" ")
    for i, word in enumerate(words):
        if elided := _ELISION.match(word):
            words[i] = elided.group(0) + fix_vocabulary(word[elided.end():])
            continue
        low = word.lower()
        if word in _MISREAD_LINKS:
            words[i] = _MISREAD_LINKS[word]
        if len(low) >= 5 and low[-1] in "!|" and low[:-1].isalpha():
            # The last letter, at the line's edge, read as a stroke: "Operations Manage!".
            ends = [v for v in _VOCABULARY if len(v) == len(low) and v.startswith(low[:-1])]
            if len(ends) == 1:
                words[i] = as_written(word, ends[0])
            continue
        if len(low) < 4 or not low.isascii() or not low.isalpha() or low in KNOWN_WORDS:
            continue
        if i == len(words) - 1 and len(low) >= CUT_WORD and len(ends := _completions(low)) == 1:
            # The end of the line cut off at the card's edge: "Regional Sales Representati".
            words[i] = as_written(word, ends[0])
            continue
        near = [v for v in _VOCABULARY if len(v) == len(low) and _one_misread_letter(low, v)]
        near = near or list(dict.fromkeys(v for v in unmerged(low) if v in _VOCABULARY_SET))
        near = near or _long_word_near(low)
        if len(near) == 1:
            words[i] = as_written(word, near[0])
    return restore_accents(" ".join(words))


def _completions(low: str) -> list[str]:
    return [v for v in _VOCABULARY if v.startswith(low) and v != low]


def as_written(word: str, known: str) -> str:
    """The known word, capitalised where the word read was."""
    return known.capitalize() if word[0].isupper() else known


def _long_word_near(low: str) -> list[str]:
    """The known words one letter off a long word ("applicaton", "tachnologies")."""
    if len(low) < LONG_WORD or low in _VOCABULARY_SET:
        return []
    return [v for v in _VOCABULARY if abs(len(v) - len(low)) <= 1 and Levenshtein.distance(low, v) == 1]


# A trade word this long one look-alike letter off a known one is that word ("Roboties").
LOOK_ALIKE_TRADE_WORD = 7


def fix_long_words(text: str) -> str:
    """'Nordwind Tachnologies SRL' -> 'Nordwind Technologies SRL', 'Bluepeak Roboties GmbH' ->
    'Bluepeak Robotics GmbH'. Only long words, or a look-alike letter in a trade word: a brand's
    short words are often a different word one letter from a known one."""
    words = text.split(" ")
    for i, word in enumerate(words):
        low = word.lower()
        if not (word.isascii() and word.isalpha()) or low in _JOINABLE:
            continue
        near = _long_word_near(low)
        if not near and len(low) >= LOOK_ALIKE_TRADE_WORD:
            near = [v for v in _TRADE_WORDS if len(v) == len(low) and _one_misread_letter(low, v)]
        if len(near) == 1:
            words[i] = as_written(word, near[0])
    return restore_accents(" ".join(words))


def _respelled_title(text: str) -> str:
    """'Sales Manaqer' is a title once respelled: it then holds two words the vocabulary knows
    (one alone could be a name one letter off a role word)."""
    fixed = fix_vocabulary(text)
    known = sum(w.lower() in KNOWN_WORDS for w in fixed.split())
    # A long compound ("Vertriebsleiter") is no name, even alone.
    alone = known == 1 and " " not in fixed and len(fixed) >= LONG_TITLE_WORD
    if fixed == text or title_score(text) or known < 2 and not alone:
        return text
    return fixed


SMALL_TAIL = 0.6  # a short last word this much smaller than the name before it is no part of it
UNDER_NAME_CONF = 0.5  # a title known only by its place under the name: to be checked


# A name quoted as a motto ("“Olivia Campbell’") is the name; its marks are the designer's.
_QUOTES = "\"'“”‘’„«»"
# Capitals shaped like their small letters, which Tesseract reads small in large type too
# ("isla Evans", "javier García López").
_CASE_ALIKE = set("cijosuvwxz")
# A line that is a name only once mended (its first letter raised, its split word joined):
# the email must back it ("iievans@").
EMAIL_BACKED_NAME = 0.85  # a name-shaped line (0.6) with a word of the email (+0.3)


def _capital_initial(text: str) -> str:
    tokens = text.split(" ")
    k = 0  # after an honorific ("Dr. jack Campbell")
    while k < len(tokens) - 1 and tokens[k].lower() in NAME_PREFIXES:
        k += 1
    first = tokens[k]
    if (first[:1] in _CASE_ALIKE and len(first) >= 3 and first not in KNOWN_WORDS | _NAME_PARTICLES
            and k < len(tokens) - 1):
        tokens[k] = first[0].upper() + first[1:]
    return " ".join(tokens)


def _joined_small_part(text: str, email_locals: list[str]) -> str:
    """'Alvaro Sán chez' -> 'Alvaro Sánchez': a word in small letters after a capitalised one, no
    particle, is the rest of that word, which OCR split. Spelled as the email spells it when
    that is one letter off ("Ferra rl" beside "lorenzo_ferrari@"): a split end is a doubtful one."""
    tokens = text.split()
    for k in range(len(tokens) - 1, 0, -1):
        part, joined = tokens[k], tokens[k - 1] + tokens[k]
        if part.isalpha() and part.islower() and part not in _NAME_PARTICLES and tokens[k - 1][:1].isupper():
            key = fold(joined)
            near = {local[i:i + len(key)] for local in email_locals for i in range(len(local) - len(key) + 1)
                    if sum(a != b for a, b in zip(local[i:i + len(key)], key)) == 1}
            tokens[k - 1:k + 1] = [near.pop().capitalize() if len(near) == 1 and joined.isascii() else joined]
    return " ".join(tokens)


# "Nina B runner": OCR parted a name's capital from the rest of the word (an initial has its dot).
_SPLIT_CAPITAL = re.compile(r"(?<![\w.])([A-Z]) ([a-z]{3,})\b")


def classify(lines: list[Line], email_locals: list[str], domain_cores: list[str]) -> People:
    texts = [_respelled_title(_join_split_words(restore_accents(_restore_capital_i(ln.text, domain_cores))))
             for ln in lines]
    heights = [ln.height for ln in lines]
    tallest = sorted(heights, reverse=True)
    out = People()
    taken: set[int] = set()

    comp = [(company_score(t, domain_cores), i) for i, t in enumerate(texts)]
    # "Ufficio Commerciale" beside "Direttore Commerciale": both hold a role word, but the one
    # naming a department is the department.
    named_dept = [any(w in DEPARTMENT_WORDS for w in _words(t)) for t in texts]
    title = [(title_score(t) - 0.1 * named_dept[i], i) for i, t in enumerate(texts)]
    dept = [(department_score(t), i) for i, t in enumerate(texts)]
    name, name_texts = [], [_SPLIT_CAPITAL.sub(r"\1\2", _without_small_tail(ln, t)).strip(_QUOTES)
                            for ln, t in zip(lines, texts)]
    for i, t in enumerate(name_texts):
        s = name_score(t, email_locals)
        for mended in (_capital_initial(t), _joined_small_part(t, email_locals)):
            if not s and mended != t and name_score(mended, email_locals) >= EMAIL_BACKED_NAME:
                name_texts[i], s = mended, name_score(mended, email_locals)
        if s and (comp[i][0] >= 0.8 or title[i][0] or dept[i][0]):
            s = 0.0
        if s and heights[i] >= tallest[min(1, len(tallest) - 1)]:
            s += 0.1  # the name is usually one of the two largest lines
        name.append((s, i))

    name_idx = None
    if best := _best(name, taken):
        s, name_idx = best
        out.name = (name_texts[name_idx], min(1.0, s) * lines[name_idx].conf)
        taken.add(name_idx)
    if best := _best([(s, i) for s, i in comp if s >= 0.45], taken):
        s, i = best
        idx = _join_company_fragments(lines, i, comp, taken)
        taken.update(idx)
        out.company = (" ".join(texts[j] for j in idx), s * min(lines[j].conf for j in idx))
    if best := _best(_near_name(title, lines, name_idx), taken):
        s, i = best
        out.title = (texts[i], s * lines[i].conf)
        taken.add(i)
    if best := _best(dept, taken) or _best([(0.6, i) for s, i in title if s > 0 and named_dept[i]], taken):
        s, i = best
        out.department = (texts[i], s * lines[i].conf)
        taken.add(i)
    if out.company is None:
        # No legal form or domain match: the largest leftover line is most often the brand.
        rest = [(heights[i], i) for i, t in enumerate(texts)
                if i not in taken and sum(ch.isalpha() for ch in t) >= 3 and lines[i].conf > 0.5]
        if rest:
            _, i = max(rest)
            out.company = (texts[i], 0.4 * lines[i].conf)
            taken.add(i)
    if out.title is None and name_idx is not None and (i := _right_under(name_idx, lines, taken)) is not None:
        # No role word known: the line printed right under the name is its title nearly always.
        out.title = (texts[i], UNDER_NAME_CONF * lines[i].conf)
        taken.add(i)
    return out


def _right_under(name_idx: int, lines: list[Line], taken: set[int]) -> int | None:
    """The line of words right under the name, in its column and no larger: where a title is printed."""
    name = lines[name_idx]
    below = [i for i, ln in enumerate(lines) if ln.top >= name.bottom - 0.2 * name.height and ln.shares_column(name)]
    if not below:
        return None
    i = min(below, key=lambda j: lines[j].top)
    ln = lines[i]
    if i in taken or ln.top - name.bottom > 1.5 * name.height or ln.height > name.height or not _has_real_word(ln.text):
        return None
    return i


def _without_small_tail(line: Line, text: str) -> str:
    """'Alejandro Navarro ala': a short word at the end of a name's line, in type far smaller
    than the name, is a piece of a logo or of the next line."""
    words = line.words
    n = len(words)
    while n >= 3 and sum(ch.isalnum() for ch in words[n - 1].text) <= 3 and (
            words[n - 1].height < SMALL_TAIL * statistics.median(w.height for w in words[:n - 1])):
        n -= 1
    return text if n == len(words) or len(text.split()) != len(words) else " ".join(text.split()[:n])


def _near_name(scored: list[tuple[float, int]], lines: list[Line], name_idx: int | None):
    """Prefer the title printed closest to the name when a card has several title-like lines."""
    if name_idx is None:
        return scored
    y = lines[name_idx].top
    return [(s - 0.0001 * abs(lines[i].top - y), i) if s else (s, i) for s, i in scored]


def _beside(a: Line, b: Line) -> bool:
    """Same printed row, a word gap apart (Tesseract split "Orbital Logistics" from "Ltd")."""
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    gap = max(a.left - b.right, b.left - a.right)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top) and 0 <= gap < 2 * max(a.height, b.height)


def _has_real_word(text: str) -> bool:
    """Not just logo strokes misread as letters ("all", "il", "ili")."""
    return any(sum(ch.isalpha() for ch in w) >= 3 and not set(w) <= set("ilIj1|!a") for w in text.split())


def _join_company_fragments(lines: list[Line], i: int, comp: list[tuple[float, int]], taken: set[int]) -> list[int]:
    """A logo word on one line and "Medical Sp. z o.o." on the next, or the brand and its legal
    form split on one row, are one company name. Returns line indices in reading order."""
    row, above, below = [i], [], []
    for j in range(len(lines)):
        if j == i or j in taken:
            continue
        if _beside(lines[i], lines[j]) and (LEGAL_RE.search(lines[j].text)
                                            or _has_real_word(lines[j].text) and lines[j].conf >= 0.6
                                            and not department_score(lines[j].text) and not title_score(lines[j].text)):
            row.append(j)
        elif (abs(i - j) == 1 and comp[j][0] > 0 and comp[i][0] + comp[j][0] >= 1.2
              and not department_score(lines[j].text) and not title_score(lines[j].text)):
            a, b = lines[min(i, j)], lines[max(i, j)]
            if 0 <= b.top - a.top < 2.2 * max(a.height, b.height) and abs(a.left - b.left) < 3 * a.height:
                (above if j < i else below).append(j)
    return above + sorted(row, key=lambda k: lines[k].left) + below
