"""Phone numbers typed by their printed label and normalised to E.164."""

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType
from rapidfuzz import fuzz, process

LABELS = {
    "fax": ("fax", "f", "telefax", "fx", "télécopie", "telecopie", "传真"),
    "mobile": ("mob", "mobile", "m", "cell", "c", "cellulare", "cel", "celular", "handy", "mobil", "mobiel",
               "gsm", "port", "portable", "tlm", "telemóvel", "telemovel", "móvil", "movil", "mov", "kom",
               "tel. kom", "natel", "手机", "移动电话"),
    "work": ("tel", "t", "phone", "ph", "p", "office", "o", "direct", "d", "dir", "telefon", "telefono",
             "teléfono", "telefone", "téléphone", "telephone", "tél", "tele", "fone", "tlf", "standard",
             "switchboard", "main", "电话", "座机", "work", "w"),
}
_LABEL_TYPE = {label: kind for kind, labels in LABELS.items() for label in labels}
_LABEL_RE = re.compile(r"([^\W\d_]+(?:\.\s*kom)?)[\s.,:/()]*$", re.UNICODE)  # "Mob," its dot read as a comma
_NATIONAL_ZERO = re.compile(r"\(\s*0\s*\)")
MIN_DIGITS = 7  # the shortest real subscriber numbers with area code


@dataclass
class PhoneHit:
    type: str
    number: str  # E.164
    raw: str
    labelled: bool
    valid: bool


def _label_before(text: str) -> str | None:
    m = _LABEL_RE.search(text[-16:])
    return m.group(1).lower() if m else None


def _kind_of_label(label: str | None) -> str | None:
    if not label:
        return None
    if label in _LABEL_TYPE:
        return _LABEL_TYPE[label]
    if len(label) >= 3:
        # One misread letter ("Fel." for "Tel.") should not lose the label. When the misreading
        # is equally close to labels of different types, the commonest (work) wins.
        matches = process.extract(label, [x for x in _LABEL_TYPE if len(x) >= 3], scorer=fuzz.ratio,
                                  score_cutoff=66, limit=None)
        if matches:
            top = max(score for _, score, _ in matches)
            kinds = {_LABEL_TYPE[x] for x, score, _ in matches if score == top}
            return "work" if "work" in kinds or len(kinds) > 1 else kinds.pop()
    return None


def is_phone_label(word: str) -> bool:
    """'Tel.', 'M:', 'Handy' -- spelled right; a misread label is left to the number's context."""
    return word.strip(".:;-/()").lower() in _LABEL_TYPE


def starts_with_phone_label(text: str) -> bool:
    first = re.match(r"\s*([^\W\d_]+)[\s.:]+(.?)", text)
    if not first or first.group(1).lower() not in _LABEL_TYPE:
        return False
    # A label of a letter or two ("T", "Ph.") is one only in front of what starts a number:
    # "T (02) 1263 9792" with a digit misread, not the "P" of "P O Box".
    return len(first.group(1)) >= 3 or bool(re.fullmatch(r"[\d+(*]", first.group(2)))


def _parse(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    for candidate in (raw, _NATIONAL_ZERO.sub(" ", raw)):
        try:
            num = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return num
    return None


# Two numbers printed side by side whose separator OCR lost read as one run of digit groups.
_DIGIT_RUN = re.compile(r"(?<![\d+])\+?\d[\d\s().-]*\d")


def _split_glued(text: str, region: str | None) -> str:
    """'+39 02 1234 5678 02 1234 5678' -> '+39 02 1234 5678|02 1234 5678' when the run is no valid
    number but splits at a gap into two valid ones. Keeps the text's length, so spans hold."""
    for m in _DIGIT_RUN.finditer(text):
        run = m.group(0)
        if sum(ch.isdigit() for ch in run) < 2 * MIN_DIGITS or _parse(run, region):
            continue
        for k, ch in enumerate(run):
            if ch.isspace() and _parse(run[:k], region) and _parse(run[k + 1:], region):
                text = text[: m.start() + k] + "|" + text[m.start() + k + 1:]
                break
    return text


def _groups(text: str) -> list[int]:
    return [len(g) for g in re.findall(r"\d+", text)]


def _printed_as_in(num: phonenumbers.PhoneNumber, raw: str) -> bool:
    """Whether a national number is grouped the way its country writes it: '0450 78 44 91' is
    Belgian (French numbers go in pairs), '078 118 65 75' Swiss, not German."""
    if raw.lstrip().startswith(("+", "00")):
        return True  # the country code already says where it belongs
    return _groups(raw) == _groups(phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL))


def find_phones(text: str, regions: list[str], sure: int = 0) -> list[tuple[PhoneHit, tuple[int, int]]]:
    """Numbers in one line. `regions` are the likely countries, best first, for national formats.

    A national number valid in several of them goes to the first that prints it grouped that
    way, except that one of the first `sure` regions (known from the card itself: its printed
    country, postcode, international numbers) keeps a number valid there whatever its layout.
    """
    # OCR's look-alikes in and before numbers, each replaced by one character so spans hold.
    text = _HASH_FOR_PLUS.sub("+", _SEVEN_FOR_T.sub("T", _DOLLAR_FIVE.sub("5", text)))
    for pattern in (_LETTER_IN_DIGITS, _LOOKALIKE_GROUP):
        text = pattern.sub(lambda m: m.group(0).translate(_AS_DIGITS), text)
    best: tuple[tuple[bool, int, int], list] | None = None
    for n, region in enumerate(regions + ["ZZ"]):
        hits, fits = _find_in(text, region, known=n < sure)
        valid = bool(hits) and all(h.valid for h, _ in hits)
        # A region that sees fewer numbers than one tried before fits only because it missed
        # the national one ("810057475 | Mov. +34 612..." read as Mexican).
        fewer = best is not None and best[0][0] and len(hits) < best[0][1]
        if valid and (n < sure or fits == len(hits)) and not fewer:
            return hits
        key = (valid, len(hits) if valid else 0, fits)
        if best is None or key > best[0] or region == "ZZ" and not best[0][0]:
            best = (key, hits)
    return best[1]


# A lone 7 opening a number is the label "T" misread: no national format starts with a single
# 7 and a gap (Russia's +7 carries its plus sign; Queensland's "+61 7" its country code).
_SEVEN_FOR_T = re.compile(r"(?:(?<=^)|(?<=\s))(?<!\+\d\s)(?<!\+\d\d\s)(?<!\+\d\d\d\s)7(?=\s+\(?\d)")
# "F #3110 1279055": the plus of a country code read as "#" (a "#400" suite number is too
# short to be taken for a phone either way).
_HASH_FOR_PLUS = re.compile(r"(?<![\w#])#(?=\d{2})")
_SHARED_FAX = re.compile(r"\b(tel|phone|telefon|t[ée]l[ée]phone|t)\.?\s*/\s*fax\W*$", re.I)
# "+91 81233 $5701", "+33 6 12 94 355$": OCR reads a 5 as "$", which no phone number holds.
_DOLLAR_FIVE = re.compile(r"(?<=[\d\s])\$(?=\d)|(?<=\d)\$(?!\w)")
# "(S06) 208-3601", "+44 2O7", "F O1 23 59 36 81": a 5 or a 0 read as the letter it looks like,
# among digits or opening them.
_LETTER_IN_DIGITS = re.compile(r"(?<=[\d(])[OoS](?=\d)|(?<=\d)[OoS](?=[\d)])|(?<![^\s+])O(?=\d)")
# "+1 201-S$9-4567", "(201) SII-4165": a group of a number read wholly or partly as the
# letters its digits look like, set between the number's other groups.
_LOOKALIKE_GROUP = re.compile(r"(?:(?<=\d[-.])|(?<=\)\s))(?=\d*[OoSIl|$])[\dOoSIl|$]{2,4}(?=[-.]\d)")
_AS_DIGITS = str.maketrans("OoSIl|$", "0051115")


def _find_in(text: str, region: str, known: bool = False) -> tuple[list[tuple[PhoneHit, tuple[int, int]]], int]:
    """The numbers of a line read as if national ones were of `region`, and how many of them are
    grouped the way that region writes them. `known`: the card itself places it in `region`,
    so a country code one digit off that region's is its code misread."""
    hits: list[tuple[PhoneHit, tuple[int, int]]] = []
    fits = 0
    text = _split_glued(text, region if region != "ZZ" else None)
    for m in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
        if sum(ch.isdigit() for ch in m.raw_string) < MIN_DIGITS:
            continue  # a postcode or house number, not a phone
        raw = m.raw_string
        num = _parse(raw, region if region != "ZZ" else None)
        if num is None and region != "ZZ":
            raw, num = _mended(raw, region, known)
        valid = num is not None
        if num is None:
            num = m.number
        fits += valid and _printed_as_in(num, raw)
        kind = _kind_of_label(_label_before(text[: m.start]))
        if kind == "fax" and _SHARED_FAX.search(text[: m.start]):
            kind = "work"  # "Tel./Fax": one number for both, and a caller wants the phone
        labelled = kind is not None
        if kind is None:
            kind = "mobile" if phonenumbers.number_type(num) == PhoneNumberType.MOBILE else "work"
        e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        hits.append((PhoneHit(kind, e164, raw, labelled, valid), (m.start, m.end)))
    return hits, fits


# "+55 11 2382-0081 1 Cel. ...": the bar between two numbers read as a 1.
_TRAILING_DIGIT = re.compile(r"\s\d$")


def _mended(raw: str, region: str, known: bool) -> tuple[str, phonenumbers.PhoneNumber | None]:
    """A number that is no valid one as read, put right: without a lone digit at its end, or
    with the country code of the card's country where one digit of it was misread ("+951" for
    Portugal's +351, "+14" for Spain's +34)."""
    if _TRAILING_DIGIT.search(raw) and (num := _parse(raw[:-2], region)):
        return raw[:-2], num
    code = str(phonenumbers.country_code_for_region(region))
    m = re.match(r"\s*\+\s*(\d{%d})" % len(code), raw)
    if known and m and sum(a != b for a, b in zip(m.group(1), code)) == 1:
        fixed = raw[:m.start(1)] + code + raw[m.end(1):]
        if num := _parse(fixed, region):
            return fixed, num
    return raw, None


def type_unlabelled(hits: list[PhoneHit]) -> None:
    """A card that prints its numbers without labels lists the office first and the fax last.

    Mobiles are told by their range, so a second landline in the office's area is the fax.
    US and Canadian numbers can be landline or mobile: of two, the second is taken for the
    mobile (a fax is rarely printed without its label, a mobile often); of three or more in
    one area, the office comes first, the fax last and the mobiles between.
    """
    if len(hits) < 2 or any(h.labelled for h in hits):
        return
    parsed = [(h, phonenumbers.parse(h.number)) for h in hits]
    landlines = [(h, n) for h, n in parsed if phonenumbers.number_type(n) == PhoneNumberType.FIXED_LINE]
    if len(landlines) >= 2 and _area(landlines[0][1]) == _area(landlines[-1][1]):
        landlines[-1][0].type = "fax"
    either = [(h, n) for h, n in parsed if phonenumbers.number_type(n) == PhoneNumberType.FIXED_LINE_OR_MOBILE]
    if len(either) == len(hits) == 2:
        either[1][0].type = "mobile"
    elif len(either) == len(hits) >= 3 and _area(either[0][1]) == _area(either[-1][1]):
        either[-1][0].type = "fax"
        for h, _ in either[1:-1]:
            h.type = "mobile"


def _area(num: phonenumbers.PhoneNumber) -> tuple[int, str]:
    nsn = phonenumbers.national_significant_number(num)
    return num.country_code, nsn[: phonenumbers.length_of_national_destination_code(num)]


def region_of(e164: str) -> str | None:
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    return region if region and region != "001" else None
