"""Postal address lines and the card's country."""

import re

from rapidfuzz import fuzz, process

from .contacts import domain_of
from .orthography import unaccented
from .phones import region_of
from .vocab import (COUNTRY_BY_NAME, FUNCTION_WORDS, HOUSE_NUMBER_RE, NON_COUNTRY_TLDS, POSTCODE_COUNTRY, POSTCODE_RE,
                    STREET_SUFFIX_RE, STREET_WORDS, TLD_COUNTRY)

_WORD_RE = re.compile(r"\bc/|[^\W_]+\.?", re.UNICODE | re.IGNORECASE)  # the Spanish "C/ Mayor" is a street


def _country_key(text: str) -> str:
    """Lower case, no spacing or punctuation, no accents: OCR reads "België" as "Belgié"."""
    return re.sub(r"[\s.,;|'’-]", "", unaccented(text.lower()))


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


# A place name beside a run of digits that is no postcode of any format: one OCR garbled
# ("T1122 Stockholm", "Dublin D0O2 X285", "Vancouver, BC V6C 612"). Weak on its own; it counts
# next to a street line.
_GARBLED_POSTCODE_LINE = re.compile(r"(?=.*\b[A-Z][a-zà-ÿ]{3,}\b)(?=.*\b\w*\d\w*\d\w*\b)")


def address_score(text: str) -> float:
    """0..1: how much a line looks like part of a postal address."""
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
        if len(tld) == 2 and tld not in NON_COUNTRY_TLDS:
            return TLD_COUNTRY.get(tld, tld.upper())
    return None


def country_from_phones(e164s: list[str]) -> str | None:
    return next((region for n in e164s if (region := region_of(n))), None)
