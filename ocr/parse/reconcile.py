"""Cross-checks between fields: an email address usually spells the person's name, and a
domain usually spells the company.

OCR confuses l/i/1, o/0 and reads "@" as q, g, a or o. When a name was read, the local
parts it can produce (jane.doe, jdoe, j.doe, jane, doe, jane_doe, ...) tell which reading of
a doubtful address is right.
"""

import functools
import re

from rapidfuzz import fuzz

from .contacts import domain_of, registered_label
from .people import as_written, fold, unmerged
from .vocab import COMPANY_WORDS, FREEMAIL_LABELS, KNOWN_TLDS, LEGAL_RE, SECTOR_WORDS

CONFUSABLE = [set("il1tj"), set("o0"), set("qg9"), set("rn"), set("uvn")]
# Small print gets these wrong far more often than a large printed name: only they may
# change an email to fit the name (the other look-alikes correct the name from the email).
# (h for b: one address more right on 640 dev and held-out photos, none wrong. f, v and m
# losing a stroke to t, u and n: five more right on 2000, none wrong.)
# Capitals of large type that lose or gain a stroke: "Farry" for "Harry".
_CAPITAL_CONFUSABLE = [set("fh")]
EMAIL_CONFUSABLE = [set("il1"), set("o0"), set("hb"), set("ce"), set("ft"), set("uv"), set("mn")]
# A TLD is two letters at the edge of the print: its t loses its bar too ("novara.al" in Vienna).
_TLD_CONFUSABLE = EMAIL_CONFUSABLE + [set("lt")]
# Thin letters lose strokes in blur: l and f come out i or t, i comes out t, never the other
# way. Of two readings one such letter apart, the one with the fuller letter is right.
_STROKES = {"t": 0, "i": 1, "1": 1, "l": 2, "f": 2}
_HOST_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def local_parts(name: str) -> list[str]:
    tokens = [fold(t) for t in name.split() if not t.endswith(".") and fold(t)]
    if not tokens:
        return []
    first, last = tokens[0], tokens[-1]
    options = [first]
    if len(tokens) > 1:
        options = [f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first[0]}.{last}", f"{first}_{last}",
                   f"{first}-{last}", first, last, f"{last}.{first}"]
    return options


def _confusable(a: str, b: str, groups=CONFUSABLE) -> bool:
    return a == b or any(a in s and b in s for s in groups)


def fix_local(email: str, name: str) -> str:
    """'irusso@zenith.it' with the name 'Luca Russo' -> 'lrusso@zenith.it'."""
    local, _, domain = email.partition("@")
    options = local_parts(name)
    if local in options:
        return email
    near = [o for o in options
            if len(o) == len(local) and all(_confusable(a, b, EMAIL_CONFUSABLE) for a, b in zip(o, local))]
    if not near:
        # Two letters run into one ("leome" for "leonie").
        near = [o for o in options if o in unmerged(local)]
    if not near:
        # Letters lost in small print ("ceine" for "celine"): only ever put back, since a
        # name misread with a letter too many is rarer than an address missing one; the first
        # one too when the card's edge cut it ("ernanda.carvalho").
        near = [o for o in options if 0 < len(o) - len(local) <= 2 and len(local) >= 4
                and o[0] == local[0] and subsequence(local, o)]
        near = near or [o for o in options if o[1:] == local and len(local) >= 6]
    return f"{near[0]}@{domain}" if len(near) == 1 else email


def subsequence(short: str, long: str) -> bool:
    """Every character of `short` is in `long`, in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def email_in_token(token: str, name: str) -> str | None:
    """'pawel.zielinskaqvantage.pl' with the name 'Paweł Zielińska' -> 'pawel.zielinska@vantage.pl'."""
    token = token.lower()
    for local in sorted(local_parts(name), key=len, reverse=True):
        if len(local) >= 3 and token.startswith(local) and _HOST_RE.match(token[len(local) + 1:]):
            return f"{local}@{token[len(local) + 1:]}"
    return None


def _respell(word: str, truth: str) -> str | None:
    """`truth` in the case pattern of `word`, when they differ only by OCR look-alikes.

    Only plain-ASCII words: folding would otherwise strip accents that were read right.
    """
    if not word.isascii() or not word.isalpha() or len(word) != len(truth) or word.lower() == truth:
        return None
    first = _confusable(word[0].lower(), truth[0], CONFUSABLE + _CAPITAL_CONFUSABLE) if word[0].isupper() else False
    if not (first or _confusable(word[0].lower(), truth[0])) or not all(
            _confusable(a, b) for a, b in zip(word[1:].lower(), truth[1:])):
        return None
    capital = word[0].isupper() or word[0] in "l1"  # "lronbridge" was "Ironbridge"
    return truth.capitalize() if capital else truth


def fix_words(text: str, spellings: list[str], initial_only: bool = False) -> str:
    """'lronbridge Robotics Ltd' with the domain 'ironbridge' -> 'Ironbridge Robotics Ltd'.

    `initial_only` for large print (a company), whose small letters are surer than the
    address's: only a capital misread ("lronbridge") takes the domain's spelling, and not from
    a domain whose first letter lost strokes ("Lumen" beside "tumen.com").
    """
    words = text.split(" ")
    for i, word in enumerate(words):
        for truth in spellings:
            if (len(truth) >= 4 and (fixed := _respell(word, truth))
                    and not (initial_only and (fixed[1:].lower() != word[1:].lower()
                                               or word[0].isupper() and _lost_strokes(truth[0], word[0].lower())))):
                words[i] = fixed
                break
    return " ".join(words)


def fix_brand(text: str, spellings: list[str]) -> str:
    """'Dobalt Maschinenbau SE' with the domain 'cobalt.de' -> 'Cobalt Maschinenbau SE'.

    A company name is printed in large, often decorative type, and a word of it one letter away
    from the name the company registered its domain under is that name misread. Only long
    words: short ones are too often a different word one letter away. Not when the domain's
    letter is a thin one that lost strokes ('brightiine', 'polarts'): that is the small
    print's misreading, which `respell_domain` undoes.
    """
    words = text.split(" ")
    for i, word in enumerate(words):
        for truth in spellings:
            # ASCII only: "Systèmes" against "kestrel-systemes" differs by an accent the domain cannot hold.
            if (len(truth) >= 6 and word.isascii() and word.isalpha() and len(word) == len(truth)
                    and word.lower() not in spellings
                    and len(diff := [(a, b) for a, b in zip(word.lower(), truth) if a != b]) == 1
                    and not _lost_strokes(*diff[0][::-1])):
                words[i] = truth.capitalize() if word[0].isupper() or i == 0 else truth
                break
    return " ".join(words)


def complete_words(text: str, spellings: list[str]) -> str:
    """'Marie Janssen' with 'marie.janssens@...' -> 'Marie Janssens', 'Bram van den Ber' with
    'bram.berg@' -> 'Bram van den Berg': the last letter of a word, lost at the edge of a line
    or in glare, or one of a double letter run together ('Hofmann' for 'khoffmann@'), that the
    address still spells."""
    words = text.split(" ")
    for i, word in enumerate(words):
        low = word.lower()
        # A three-letter word only at the end, where the edge of the card cuts ("van den Ber").
        if (len(low) >= 4 or len(low) == 3 and i == len(words) - 1) and low.isascii() and low.isalpha():
            whole = next((t for t in spellings if len(t) == len(low) + 1 and (t.startswith(low) or any(
                t[k] == t[k + 1] and t[:k] + t[k + 1:] == low for k in range(1, len(t) - 1)))), None)
            if whole:
                words[i] = as_written(word, whole)
    return " ".join(words)


_GLUED_GLYPHS = set("lI|!1([{*'`")  # what a logo's stroke or dot beside a capital is read as


def drop_logo_prefix(company: str, brands: list[str]) -> str:
    """'414 Nordwind Solutions Ltd.' with the domain 'nordwind.co.uk' -> 'Nordwind Solutions Ltd.'

    A logo printed before the brand is read as a few digits or symbols, often with full
    confidence. When the brand the domain spells follows them, they were no part of the name
    ("3M" keeps its 3: there the brand is the token itself). A bar-chart or round logo is read
    as a short lower-case "word" ("all", "afl") or one letter ("A" for a triangle); a
    capitalised one ("La") is a word. Glued to the brand, it is a small letter or a mark in
    front of its capital.
    """
    words = company.split(" ")
    for i, word in enumerate(words[:3]):
        if len(word) > 2 and word[0] in _GLUED_GLYPHS and word[1].isupper() and fold(word[1:]).lower() in brands:
            words[i] = word = word[1:]  # a glyph glued to the brand: "lIronbridge"
        if fold(word).strip(".,").lower() in brands:
            junk = words[:i]
            if junk and all(len(w) == 1 or len(w) <= 3 and not (w.isalpha() and not w.islower()) for w in junk):
                return " ".join(words[i:])
            break
    return " ".join(words)


def name_spellings(email: str) -> list[str]:
    """'l.bauer@x.com' -> ['bauer']: the parts of a local part long enough to be a name, and
    each long one without its first letter, which may be an initial ('khoffmann')."""
    parts = [p for p in re.split(r"[._-]", email.split("@")[0]) if len(p) >= 4 and p.isalpha()]
    return parts + [p[1:] for p in parts if len(p) >= 6]


def fix_country_tld(address: str, country: str | None) -> str:
    """'heke_visser@tidewater.ni' on a Dutch card -> '...@tidewater.nl': a country-code TLD one
    look-alike letter off the card's country is that country's (small print loses l/i)."""
    head, dot, tld = address.rpartition(".")
    cc = (country or "").lower()
    if not dot or len(tld) != 2 or len(cc) != 2 or tld == cc or "/" in tld:
        return address
    same = all(_confusable(a, b, _TLD_CONFUSABLE) for a, b in zip(tld, cc))
    return f"{head}.{cc}" if same else address


def restore_brand(company: str, labels: list[str]) -> str:
    """'Robotics AB' on a card whose addresses are at silverline.se -> 'Silverline Robotics AB'.

    A brand in display type or a logo's colours is what OCR loses first. A company name left
    with nothing but trade words and a legal form has lost it; the domain spells it. A name
    with any other word ("Meta Platforms") is taken as printed.
    """
    words = LEGAL_RE.sub(" ", company).split()
    labels = [label for label in labels if label not in FREEMAIL_LABELS]
    if not labels or not words or not all(w.lower().strip(".,&") in SECTOR_WORDS | COMPANY_WORDS for w in words):
        return company
    brand = [p for p in labels[0].split("-") if len(p) >= 3 and p.isalpha() and fold(p) not in fold(company)]
    return " ".join([p.capitalize() for p in brand] + [company]) if brand else company


_HOST_START = re.compile(r"^((?:[^@]*@)|(?:https?://)?(?:www\.)?)([a-z0-9-]+)(?=\.)")


def company_labels(company: str | None) -> list[str]:
    """'Silverline Soluções Lda' -> ['silverline', 'solucoes', 'silverline-solucoes', 'silverlinesolucoes']:
    the names a company may have registered its domain under."""
    words = [fold(w) for w in LEGAL_RE.sub(" ", company or "").split()]
    words = [w for w in words if len(w) >= 4 and w.isalpha()]
    return words + [sep.join(pair) for pair in zip(words, words[1:]) for sep in ("-", "")]


def _lost_strokes(misread: str, letter: str) -> bool:
    """`misread` is what blur makes of `letter` ('i' of 'l', 't' of 'f')."""
    return _STROKES.get(misread, 9) < _STROKES.get(letter, -1)


# Blur merges two letters into one ("meridian" read "mendian") and loses an l whole
# ("brightine", "umen-software"). Not an i: a large company name gains one from a logo's
# stroke ("Biluepeak") more often than small print loses one.
_MERGED = {"ri": "n", "rn": "m", "li": "h"}
_LOST_WHOLE = {"l"}
MAX_BLUR_STEPS, MIN_BLURRED_BRAND = 2, 6


def _blur_steps(label: str, brand: str) -> int:
    """How many of blur's misreadings (a stroke lost, two letters merged, an l lost)
    turn `brand` into `label`; more than MAX_BLUR_STEPS when no such few do."""
    @functools.cache
    def steps(i: int, j: int) -> int:
        if i == len(label):
            return len(brand) - j if set(brand[j:]) <= _LOST_WHOLE else MAX_BLUR_STEPS + 1
        if j == len(brand):
            return MAX_BLUR_STEPS + 1
        options = []
        if label[i] == brand[j]:
            options.append(steps(i + 1, j + 1))
        if _lost_strokes(label[i], brand[j]):
            options.append(1 + steps(i + 1, j + 1))
        if brand[j] in _LOST_WHOLE:
            options.append(1 + steps(i, j + 1))
        if _MERGED.get(brand[j:j + 2]) == label[i]:
            options.append(1 + steps(i + 1, j + 2))
        return min(options, default=MAX_BLUR_STEPS + 1)
    return steps(0, 0)


def _brand_near(label: str, brands: list[str]) -> str | None:
    """The company's name that `label` misreads: a glyph of the '@' or 'www.' glued in front
    ('dquantix'), or, for a name of five letters or more, a thin letter that lost strokes
    ('silveriine', 'polarts', 'tumen'), or for a longer one up to two of blur's misreadings
    ('bnghtine' for 'brightline'). Not any other letter more or less: a domain often shortens
    the name ('zenith-logistic')."""
    if label in brands:
        return None
    near = {b for b in brands if len(b) >= 4 and label[1:] == b
            or len(b) == len(label) >= 5 and [_lost_strokes(x, y) for x, y in zip(label, b) if x != y] == [True]
            or len(b) >= MIN_BLURRED_BRAND and _blur_steps(label, b) <= MAX_BLUR_STEPS}
    return near.pop() if len(near) == 1 else None


def respell_domain(address: str, company: str | None) -> str:
    """'joao@dquantix.com' on Quantix's card -> 'joao@quantix.com', 'r.pereira@silveriine.pt' on
    Silverline's -> 'r.pereira@silverline.pt': the domain spells the company's name, which is
    printed large, while the address is small print."""
    m = _HOST_START.match(address)
    if m and (brand := _brand_near(m.group(2), company_labels(company))):
        return m.group(1) + brand + address[m.end(2):]
    return address


def _same_but_misread(a: str, b: str, brands: list[str]) -> bool:
    """Two readings of one domain: letter for letter look-alikes ('biuepeak.se'), or the same
    after the name, or one whose ending is no TLD, with the letters nearly the same (or
    fairly near, when one spells the company's name)."""
    if len(a) == len(b) and all(_confusable(x, y) for x, y in zip(a, b)):
        return a != b
    label_a, label_b = registered_label(a), registered_label(b)
    tail_a, tail_b = a[len(label_a):], b[len(label_b):]
    unknown = any(t.rsplit(".", 1)[-1] not in KNOWN_TLDS for t in (tail_a, tail_b))
    near = 70 if (label_a in brands) != (label_b in brands) else 85
    return a != b and (tail_a == tail_b or unknown) and fuzz.ratio(a, b) >= near


# Blur thins an l's top into an i ("biuepeak") and melts an i's dot into an l ("hellos"); the
# first came twice as often on the dev and held-out photos. A t read l is as likely as an l
# read t ("robolics").
_THINNED = {("i", "l"), ("1", "l")}


def _fuller(a: str, b: str) -> str | None:
    """Of two readings of one name, the one with an l wherever the other has what blur makes
    of it ('bluepeak' beside 'biuepeak'); None when neither is. Only where the company's name
    spells neither."""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or not diff:
        return None
    if all((y, x) in _THINNED for x, y in diff):
        return a
    return b if all((x, y) in _THINNED for x, y in diff) else None


def _kept_label(label: str, site_label: str, brands: list[str]) -> str:
    """Of the address's and the website's readings of one name, the one to keep (see
    `agree_domains`)."""
    spelled, site_spelled = _brand_spelled(label, brands), _brand_spelled(site_label, brands)
    if spelled != site_spelled:
        return label if spelled > site_spelled else site_label
    if fuller := _fuller(label, site_label):
        return fuller
    return label if site_label[1:] == label else site_label


def _brand_spelled(label: str, brands: list[str]) -> int:
    """How much of the company's name the domain's name spells: all of it, and each of its
    parts ('orbital-automazi' one part of 'Orbital Automazione S.r.l.')."""
    return (label in brands) + sum(part in brands for part in label.split("-"))


def agree_domains(emails: list[str], website: str | None, company: str | None) -> tuple[list[str], str | None]:
    """The address's domain and the website's, when they are two readings of one domain
    ('brightline.com' and 'bnghtiine.com'), made one: the one the company's name spells, else
    the one with an l where the other has an i, or else the website's, which is printed
    larger (unless it has a letter glued in front). An address whose domain lost
    its end ('kestrel.co' beside 'www.kestrel.co.uk') takes the website's."""
    emails = [respell_domain(e, company) for e in emails]
    website = website and respell_domain(website, company)
    brands = company_labels(company)
    for i, email in enumerate(emails if website else []):
        local, _, domain = email.partition("@")
        site = domain_of(website)
        label, site_label = registered_label(domain), registered_label(site)
        if label in FREEMAIL_LABELS:
            continue
        if domain != site and site.startswith(domain) and "." in domain:
            emails[i] = f"{local}@{site}"  # "orbital-solucoes.co": the end of small print lost
        elif not _same_but_misread(domain, site, brands):
            continue
        elif _kept_label(label, site_label, brands) == label:
            website = website.replace(site, domain, 1)
        else:
            emails[i] = f"{local}@{site}"
    return list(dict.fromkeys(emails)), website
