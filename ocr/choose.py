"""Two readings of one card, one set of fields: each field from the reading the card backs.

The second reading (`reader`, a second look with another threshold) errs on other words than
the first. Which of two values of a field is right shows in the rest of the card: an email
spelling the name and the company's domain, a website the email's domain spells, a company
holding the brand, a title of known words, more valid phone numbers. Failing that, the value
that holds the other and more (the dot, the city line, the legal form OCR dropped from one
reading) is the fuller reading. Failing that, the surer one by a clear margin.
"""

import re

from rapidfuzz import fuzz

from .parse import NAME_FROM_EMAIL_CONF, ParsedCard
from .parse.address import country_from_tld, country_named
from .parse.contacts import domain_of, registered_label
from .parse.orthography import unaccented
from .parse.people import KNOWN_WORDS, NAME_PREFIXES, fold
from .parse.phones import region_of
from .parse.reconcile import local_parts, subsequence
from .parse.vocab import HAN, HAN_COMPANY_RE, LEGAL_RE
from .reading import FIELDS
MARGIN = 0.05  # confidence the second reading needs over the first, all else equal
_HAN_CITY = re.compile(rf"[{HAN}]{{2,3}}")


class _Evidence:
    """What both readings say about the card, for judging any one field."""

    def __init__(self, cards: list[ParsedCard]):
        self.names = [c.name for c in cards if c.name]
        self.domains = [domain_of(e) for c in cards for e in c.emails] + [domain_of(c.website) for c in cards
                                                                            if c.website]
        self.company_words = {fold(w) for c in cards if c.company for w in c.company.split() if len(fold(w)) >= 4}
        self.locals = [e.split("@")[0] for c in cards for e in c.emails]
        # Where the card is: the regions of numbers printed with their country code, and the
        # country of the domains.
        printed = {region_of(p.number) for c in cards for p in c.phones if p.raw.lstrip().startswith(("+", "00"))}
        self.places = (printed | {country_from_tld(self.domains)}) - {None}

    def support(self, field: str, value) -> int:
        if not value:
            return 0
        if field == "emails":
            return sum(any(e.split("@")[0] in local_parts(n) for n in self.names)
                       + (registered_label(domain_of(e)) in self.company_words or self.domains.count(domain_of(e)) >= 2)
                       for e in value)
        if field == "website":
            host = domain_of(value)
            return (self.domains.count(host) >= 2) + (registered_label(host) in self.company_words)
        if field == "company":
            return sum(bool(fold(label)) and fold(label) in fold(value) for label in map(registered_label, self.domains))
        if field == "name":
            return sum(len(t) >= 3 and any(t in local for local in self.locals) for t in map(fold, value.split()))
        if field == "title":
            return sum(w.lower() in KNOWN_WORDS for w in value.split())
        if field == "phones":
            return sum(p.valid for p in value)
        if field == "country":
            return int(value in self.places)
        return 0


def _holds(short: str, long: str) -> bool:
    """`long` has every character of `short`, in order, and more."""
    return len(long) > len(short) and subsequence(short, long)


def _fuller(field: str, a, b) -> int:
    """1 when `b` is `a` with more read (a dot, a line, a legal form, an honorific), -1 the other
    way, else 0."""
    if not a or not b:
        return 0
    if field in ("address", "company"):
        # More at the end only: junk read in front of an address is no gain. But Han characters
        # in front of a Chinese company are its city ("深圳恒通电子有限公司").
        for short, long, sign in ((a, b, 1), (b, a, -1)):
            if len(long) > len(short) and long.startswith(short) and (
                    field == "address" or LEGAL_RE.search(long[len(short):])):
                return sign
            city = long[: -len(short)] if long.endswith(short) else ""
            if field == "company" and HAN_COMPANY_RE.search(short) and _HAN_CITY.fullmatch(city):
                return sign
            if field == "address" and _country_line_more(short, long):
                return sign
        return 0
    if field == "name":
        # "Dr. Agnieszka Zielińska" beside "Agnieszka Zielińska": the title one reading lost.
        for short, long, sign in ((a, b, 1), (b, a, -1)):
            if long.endswith(" " + short) and long[: -len(short)].strip().lower() in NAME_PREFIXES:
                return sign
        return 0
    if field in ("emails", "website"):
        ta, tb = (" ".join(a), " ".join(b)) if field == "emails" else (a, b)
        return 1 if _holds(ta.lower(), tb.lower()) else -1 if _holds(tb.lower(), ta.lower()) else 0
    return 0


SAME_LINES = 90  # two readings of the same address lines differ by a dot or a digit, no more


def _country_line_more(short: str, long: str) -> bool:
    """`long` is `short`, read a little differently, with the country line `short` lost:
    "Rua Augusta. 167, 4000-398 Porto, Portugal" beside "Rua Augusta, 167, 4000-398 Porto"."""
    head, _, country = long.rpartition(", ")
    return bool(country_named(country)) and not country_named(short.rpartition(", ")[2]) and (
        fuzz.ratio(head, short) >= SAME_LINES)


def _accents(text: str) -> int:
    return sum(ch != plain for ch, plain in zip(text, unaccented(text)))


def _guessed(card: ParsedCard, field: str) -> bool:
    """A name spelled out of the email: the email backing it is no evidence."""
    return field == "name" and card.confidence.get("name") == NAME_FROM_EMAIL_CONF


def pick(first: ParsedCard, second: ParsedCard, accents: bool = True) -> ParsedCard:
    """`first` with each field the card backs better in `second` taken from it; accents only
    `second` has are taken when `accents` says its image can be trusted with them."""
    evidence = _Evidence([first, second])
    for f in FIELDS:
        a, b = getattr(first, f), getattr(second, f)
        conf_a, conf_b = first.confidence.get(f, 0.0), second.confidence.get(f, 0.0)
        if isinstance(a, str) and isinstance(b, str) and unaccented(a) == unaccented(b):
            # Tesseract drops accents far more often than it invents them: the reading that
            # kept them ("João", "Tecnología") is the better one, whichever it was.
            if accents and _accents(b) > _accents(a):
                setattr(first, f, b)
            continue
        backed_a, backed_b = (0 if _guessed(card, f) else evidence.support(f, getattr(card, f))
                              for card in (first, second))
        if a and b and _guessed(first, f) != _guessed(second, f):
            take = _guessed(first, f)  # a name read on the card, however doubtful, over a guess
        elif backed_a != backed_b:
            take = backed_b > backed_a
        elif fuller := _fuller(f, a, b):
            take = fuller > 0
        else:
            take = conf_b > conf_a + MARGIN
        if take:
            setattr(first, f, b)
            if f in second.confidence:
                first.confidence[f] = conf_b
            else:
                first.confidence.pop(f, None)
    return first
