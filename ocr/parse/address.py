"""Postal address lines and the card's country."""

import re

import phonenumbers
from rapidfuzz import fuzz, process

from .contacts import domain_of
from .orthography import unaccented
from .people import unmerged
from .phones import region_of
from .vocab import (COUNTRY_BY_NAME, FUNCTION_WORDS, HOUSE_NUMBER_RE, LEGAL_FORM_COUNTRY, NON_COUNTRY_TLDS,
                    POSTCODE_COUNTRY, POSTCODE_RE, STREET_SUFFIX_RE, STREET_WORDS, TLD_COUNTRY)

_WORD_RE = re.compile(r"\bc/|[^\W_]+\.?", re.UNICODE | re.IGNORECASE)  # the Spanish "C/ Mayor" is a street


def _country_key(text: str) -> str:
    """Lower case, no spacing or punctuation, no accents: OCR reads "België" as "Belgié", and
    "Polska" as "Połska" when Polish is among its languages."""
    return re.sub(r"[\s.,;|'’-]", "", unaccented(text.lower().replace("ł", "l")))


_COUNTRY_BY_KEY = {_country_key(name): code for name, code in COUNTRY_BY_NAME.items()}
MIN_FUZZY_COUNTRY, FUZZY_COUNTRY = 7, 88  # "germain" (a name) is 86 from "germany"
_LONG_KEYS = [key for key in _COUNTRY_BY_KEY if len(key) >= MIN_FUZZY_COUNTRY]


def country_named(text: str) -> str | None:
    """ISO code when the whole line (or its last comma part) is a country name ("P.R. China"),
    or a postcode line ends in one ("8001 Zürich Schweiz")."""
    candidates = [text, text.split(",")[-1]]
    if POSTCODE_RE.search(text):
        words = text.split()
        candidates += [" ".join(words[-n:]) for n in (1, 2, 3) if n < len(words)]
    for candidate in candidates:
        key = _country_key(candidate)
        # OCR reads a capital I as l, 1 or | ("lreland", "ltaly"), and ñ as "fi" ("Espafia").
        if code := (_COUNTRY_BY_KEY.get(key) or _COUNTRY_BY_KEY.get(re.sub(r"^[l1|]", "i", key))
                    or _COUNTRY_BY_KEY.get(_country_key(candidate.replace("fi", "ñ")))):
            return code
        # One letter misread in a long name ("Unuted States"); short names are too near other words.
        if len(key) >= MIN_FUZZY_COUNTRY and (
                hit := process.extractOne(key, _LONG_KEYS, scorer=fuzz.ratio, score_cutoff=FUZZY_COUNTRY)):
            return _COUNTRY_BY_KEY[hit[0]]
    return None


# Under an address, a line that is one letter off a shorter country name is that name:
# "Schwez" for "Schweiz". Alone on a card such a word could be anything.
MIN_COUNTRY_BELOW, COUNTRY_BELOW = 5, 85
# Where two spellings share a key, the one with its accents: "España", not "Espana".
_NAME_BY_KEY = {_country_key(name): name for name in sorted(COUNTRY_BY_NAME, key=str.isascii, reverse=True)}
_BELOW_KEYS = [key for key in _COUNTRY_BY_KEY if len(key) >= MIN_COUNTRY_BELOW]


def country_misread(text: str) -> str | None:
    """The country's name, spelled right, for a line OCR read one letter off it ("lreland",
    "Połska", "ireland" in small letters); a name printed right ("P.R. China") as printed."""
    if not text.islower() and text.strip().lower() in COUNTRY_BY_NAME:
        return text.strip()
    key = _country_key(text)
    if len(key) < MIN_COUNTRY_BELOW or not key.isalpha():
        return None
    # Two letters read as one ("Svenge" for "Sverige") are as far off as two misread letters.
    found = next((k for k in unmerged(key) if k in _NAME_BY_KEY), None)
    if found is None:
        hit = process.extractOne(key, _BELOW_KEYS, scorer=fuzz.ratio, score_cutoff=COUNTRY_BELOW)
        if not hit:
            return None
        found = hit[0]
    name = _NAME_BY_KEY[found]
    if text.isupper():
        return name.upper()
    return " ".join(w if w in ("of", "the") else w[:1].upper() + w[1:] for w in name.split())


# A British postcode's outward code is an area (one or two letters), a district digit and
# perhaps one more character; its inward code a digit and two letters. Each character's place
# says whether OCR misread a digit as a letter ("Leeds LSI 4UR", "London ECLA 888") or the
# other way round; of the readings that make a real postcode, the one changing least wins.
_GB_OUTWARD = {2: ("LD",), 3: ("LDD", "LDL", "LLD"), 4: ("LLDD", "LLDL")}
_GB_AREAS = set("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT
DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS
LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST
SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
_LETTER_AFTER_DISTRICT = {"E", "N", "W", "EC", "SW", "WC", "NW", "SE"}  # W1A, EC1A: central London only
_AS_DIGIT = {"O": "0", "I": "1", "l": "1", "|": "1", "!": "1", "]": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}
_AS_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}
_GB_TAIL = re.compile(r"(?<=[a-z,] )([A-Z0-9Il|!\]]{2,4}) ([A-Z0-9Il|!\]]{3})(?=$|,)")
_CA_POSTCODE = re.compile(r"[A-Z]\d[A-Z] \d[A-Z]\d")


def _as_shape(token: str, shape: str) -> str | None:
    out = []
    for ch, slot in zip(token, shape):
        if slot == "D":
            ch = ch if ch.isdigit() else _AS_DIGIT.get(ch)
        else:
            ch = ch if ch.isupper() and ch.isalpha() else _AS_LETTER.get(ch)
        if ch is None:
            return None
        out.append(ch)
    return "".join(out)


def _outward_readings(token: str) -> list[str]:
    readings = []
    for shape in _GB_OUTWARD.get(len(token), ()):
        area = shape[:shape.index("D")]
        if (o := _as_shape(token, shape)) and o[:len(area)] in _GB_AREAS and (
                shape[-1] == "D" or o[:len(area)] in _LETTER_AFTER_DISTRICT):
            readings.append(o)
    return readings


def british_postcode(text: str) -> str:
    """The line with a British postcode at its end read right: letters and digits in their places."""
    m = _GB_TAIL.search(text)
    if not m or _CA_POSTCODE.fullmatch(m.group(0)):
        return text
    outward, inward = m.groups()
    inward = _as_shape(inward, "DLL")
    by_changes = sorted((sum(a != b for a, b in zip(o, outward)), o) for o in _outward_readings(outward))
    if not inward or not by_changes or [n for n, _ in by_changes].count(by_changes[0][0]) > 1:
        return text  # no British postcode, or one that could be read two ways
    return text[:m.start()] + f"{by_changes[0][1]} {inward}" + text[m.end():]


# A place name beside a run of digits that is no postcode of any format: one OCR garbled
# ("T1122 Stockholm", "Dublin D0O2 X285", "Vancouver, BC V6C 612"). Weak on its own; it counts
# next to a street line.
_GARBLED_POSTCODE_LINE = re.compile(r"(?=.*\b[A-Z][a-zà-ÿ]{3,}\b)(?=.*\b\w*\d\w*\d\w*\b)")


def address_score(text: str) -> float:
    """0..1: how much a line looks like part of a postal address."""
    text = british_postcode(text)
    words = [w.lower() for w in _WORD_RE.findall(text)]
    has_digit = any(ch.isdigit() for ch in text)
    # "Engineering" ends like "Kaiserring" but is a department, not a street.
    street = any(w in STREET_WORDS or w.rstrip(".") in STREET_WORDS for w in words) or any(
        m.group(0).lower() not in FUNCTION_WORDS for m in STREET_SUFFIX_RE.finditer(text))
    postcode = bool(POSTCODE_RE.search(text)) and any(ch.isalpha() for ch in text)
    if street and has_digit:
        return 0.95
    if postcode:
        return 0.85
    if country_named(text):
        return 0.6
    if street or HOUSE_NUMBER_RE.match(text.strip()) or _GARBLED_POSTCODE_LINE.search(text):
        return 0.5
    return 0.0


def country_from_address(text: str) -> str | None:
    for pattern, code in POSTCODE_COUNTRY:
        if pattern.search(text):
            return code
    return None


def country_from_tld(domains: list[str]) -> str | None:
    for d in domains:
        tld = domain_of(d).rsplit(".", 1)[-1]
        code = TLD_COUNTRY.get(tld, tld.upper())
        # Only a country's TLD: "lumen.le" is "lumen.ie" misread, no country.
        if len(tld) == 2 and tld not in NON_COUNTRY_TLDS and code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


def country_from_legal_form(text: str) -> str | None:
    """'Polaris Technologies Sàrl' -> 'CH': a legal form only one country has."""
    return next((code for pattern, code in LEGAL_FORM_COUNTRY if pattern.search(text)), None)


def country_from_phones(e164s: list[str]) -> str | None:
    return next((region for n in e164s if (region := region_of(n))), None)
