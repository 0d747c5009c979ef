"""Text lines (with boxes) in, card fields out. Pure: no I/O, no OCR, unit-testable on plain text.

Order of work: contacts first (emails, websites, phones are the most certain and their
domains and country codes help everything else), then the address, then the person and
company among what is left.
"""

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from .address import (address_score, british_postcode, country_from_address, country_from_legal_form,
                      country_from_phones, country_from_tld, country_misread, country_named)
from .contacts import (complete_site, domain_of, email_by_site, find_emails, find_websites, join_split_domain,
                       normalise, registered_label, repair_at, site_in_line)
from .lines import Line, Word, group_lines, lines_from_text
from .people import (NAME_PREFIXES, classify, end_at_legal_form, fix_long_words, fix_vocabulary, fold, title_score,
                     without_stray_particle)
from .phones import PhoneHit, find_phones, is_phone_label, region_of, starts_with_phone_label, type_unlabelled
from .orthography import (capitals, french_grave, german_umlaut, irish_apostrophe, restore_accents, spelled_as_in,
                          swedish_qvist, swiss_legal_form, trade_words_as_in)
from .reconcile import (agree_domains, complete_words, drop_logo_prefix, email_in_token, fix_brand, fix_country_tld,
                        fix_local, fix_words, local_parts, name_spellings, restore_brand)
from .vocab import COMPANY_WORDS, DEPARTMENT_WORDS, FUNCTION_WORDS, HAN, KNOWN_TLDS, LEGAL_RE, ROLE_WORDS

__all__ = ["ParsedCard", "parse_card", "parse_text", "Line", "Word", "group_lines", "lines_from_text"]

# Regions tried for numbers printed without a country code, by configured OCR language.
LANG_REGIONS = {"eng": ["US", "GB"], "deu": ["DE", "AT", "CH"], "fra": ["FR", "BE", "CH"], "spa": ["ES", "MX"],
                "ita": ["IT", "CH"], "por": ["PT", "BR"], "chi_sim": ["CN"], "pol": ["PL"], "swe": ["SE"],
                "nld": ["NL", "BE"], "nor": ["NO"], "dan": ["DK"]}
_CONTACT_LABELS = re.compile(
    r"\b(e-?mail|mail|email|e|w|web|website|internet|url|www|homepage|correo|courriel|邮箱|网址)\b[.:]?", re.I)
_JUNK_EDGES = re.compile(r"^[\W_]+|([|•·©®™*_~=<>\[\]{}\"“”,;…]|\.{2,})+$", re.UNICODE)
_CONTACT_HINT = re.compile(r"@|\+\d|www\.|https?:", re.I)  # lines whose digits are phones, not postcodes
# Small print in glare is read with little confidence but is no texture when it spells a web
# address ("wwwgranite.ca" at 31 %, "lumen. fr" at 7 %) or follows a web label ("W ironbridge in").
_WEB_HINT = re.compile(r"www|\w\.\s?(" + "|".join(sorted(KNOWN_TLDS)) + r")\b|^(w|web)\b[.:]?\s+[a-z]", re.I)
# A line none of whose words Tesseract is even half sure of, and most far less, is texture or
# a band's shading read as text ("säkras Ar I A IE ee") -- unless it holds an email or a web
# address, which small print in glare gets at any confidence ("s.visser@pinecrest.nl" at 12).
NOISE_CONF = 50.0
NAME_FROM_EMAIL_CONF = 0.3  # a name spelled out of the email address: a guess, to be checked
_BAR_GLYPHS = re.compile(r"^[ilIj1|!a]{1,4}$")
# Meaningful alone ("Research & Development", "ana @ x.pt"); other lone symbols are noise.
_AT_MISREADS = {"@", "©", "®"}
_KEPT_SYMBOLS = {"&", "+", "-", "–", "/"} | _AT_MISREADS
# Between two numbers ("+39 02 1234 5678 | 02 1234 5679") a separator keeps them apart.
_SEPARATORS = {"|", "•", "·", "∙", "●", "‧", "¦"}
_HAN_END = re.compile(rf"[{HAN}]$")
_HAN_START = re.compile(rf"^[{HAN}]")


@dataclass
class ParsedCard:
    name: str | None = None
    title: str | None = None
    company: str | None = None
    department: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[PhoneHit] = field(default_factory=list)
    website: str | None = None
    address: str | None = None
    country: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)


def _merge_han(words: list[Word]) -> list[Word]:
    """chi_sim returns one word per Han character; a name or company is one word."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if prev and _HAN_END.search(prev.text) and _HAN_START.match(w.text):
            out[-1] = Word(prev.text + w.text, prev.left, min(prev.top, w.top), w.right - prev.left,
                           max(prev.height, w.height), min(prev.conf, w.conf), prev.line_key)
        else:
            out.append(w)
    return out


def _is_logo_residue(words: list[Word], i: int) -> bool:
    """A short, doubtful token opening a line before real words ("A\\ Kestrel", "4 & Zenith")."""
    w = words[i]
    rest = words[i + 1:]
    if w.text.isdigit() and address_score(" ".join(x.text for x in rest)):
        return False  # the house number of "69 High Street"
    if _after_sure_han(words, i):
        return False  # one character of a Chinese name, its box stretched by a stroke ("上 海 华 信")
    if _alnum(w.text) == 1 and rest and w.height > 1.4 * rest[0].height and all(_alnum(x.text) <= 1 for x in words[:i]):
        return True  # a round logo read as a sure "O" in front of the brand
    if i == 0 and _BAR_GLYPHS.match(w.text) and w.text.islower() and rest and rest[0].text[:1].isupper():
        return True  # a bar-chart logo read surely as "all" or "ili" in front of a capitalised brand
    return (_alnum(w.text) <= 2 and w.conf < 85 and bool(rest)  # "(FJ" counts as short as "FJ"
            and all(_alnum(x.text) <= 2 for x in words[:i]) and sum(ch.isalpha() for ch in rest[0].text) >= 3
            and not _opens_address(rest))


def _opens_address(words: list[Word]) -> bool:
    """The words run on into an email, so a short token before them is its initial: "b visser@",
    parted by a lost dot, or "b." "jansen" "@tidewater.nl", the "@" read apart."""
    return bool(words) and ("@" in words[0].text or len(words) > 1 and words[1].text.startswith("@"))


_FIELD_WORDS = FUNCTION_WORDS | COMPANY_WORDS | DEPARTMENT_WORDS


def _is_misread_ampersand(words: list[Word], i: int) -> bool:
    """'Research 8. Development': Tesseract reads "&" as 8, 6 or S between two words of a department or
    company name (a number there would be a house or suite number, between other words)."""
    return (words[i].text in ("8", "8.", "6", "6.", "S") and 0 < i < len(words) - 1
            and words[i - 1].text.lower() in _FIELD_WORDS and words[i + 1].text.lower() in _FIELD_WORDS)


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _is_noise(words: list[Word], printed: str) -> bool:
    """`printed` is the whole line as read, before its label or logo glyphs were dropped."""
    text = " ".join(w.text for w in words)
    # Texture never spells a country ("Nederland" in pale print is read right at 21 %) nor a
    # job title ("Geschäftsführer" at 0 %).
    return (bool(words) and max(w.conf for w in words) < NOISE_CONF
            and Line(words).conf < NOISE_CONF / 100 * 0.7 and not _CONTACT_HINT.search(text)
            and not _WEB_HINT.search(printed) and not country_named(text)
            and not any(w.text.lower().strip(".,") in ROLE_WORDS for w in words))


def _clean(lines: list[Line]) -> list[Line]:
    """Drop logo glyphs (a few characters far taller than the text, or doubtful short tokens
    in front of a line) and stray symbols."""
    body = sorted(w.height for ln in lines for w in ln.words)
    body_height = body[len(body) // 2] if body else 0
    out = []
    for ln in lines:
        words = [w for i, w in enumerate(ln.words)
                 if (any(ch.isalnum() for ch in w.text) or w.text in _KEPT_SYMBOLS or _between_digits(ln.words, i)
                     # "|." "maes@", "|" "wagner@": the initial l, and its dot
                     or w.text in ("|", "|.") and _opens_address(ln.words[i + 1:]))
                 and not _is_tall_glyph(ln, i, body_height)]
        words = [w for i, w in enumerate(words) if not _is_logo_residue(words, i)]
        if words and words[0].text in _AT_MISREADS:
            words = words[1:]  # nothing in front: a round logo, not an address's "@"
        while words and _is_trailing_junk(words[-1]):
            words.pop()
        words = [dataclasses.replace(w, text="&") if _is_misread_ampersand(words, i) else w
                 for i, w in enumerate(words)]
        # Noise is judged per character read: merged, a Chinese company takes the confidence of
        # its least sure character, and one doubtful character made the whole line look like texture.
        if _is_noise(words, ln.text):
            continue
        words = _merge_han(words)
        if len(words) == 1 and _BAR_GLYPHS.match(words[0].text):
            continue  # a bar-chart logo read as "all", "il", "ili"
        if sum(ch.isalnum() for w in words for ch in w.text) >= 2:
            out.append(Line(words))
    return out


def _after_sure_han(words: list[Word], i: int) -> bool:
    """Word `i` is Han and follows a Han character read surely: part of the same name, not a
    logo in front of it. (A logo is read as Han too, doubtfully: "四 四 。 深圳...".)"""
    return bool(_HAN_START.match(words[i].text)) and any(w.conf >= 85 and _HAN_START.match(w.text) for w in words[:i])


def _is_tall_glyph(line: Line, i: int, body_height: float) -> bool:
    """A logo read as a few characters: far taller than the text. Han characters after one
    read surely are no logo: their boxes are sometimes stretched far above the line ("军" in
    "刘 军"); nor is an honorific read surely in front of a name ("Dr." boxed with a stroke
    above it)."""
    word = line.words[i]
    if _after_sure_han(line.words, i) or _stretched_last_name(line.words, i) or _sure_honorific(line.words, i):
        return False
    return len(word.text) <= 3 and word.height > max(1.6 * line.height, 2.5 * body_height)


def _stretched_last_name(words: list[Word], i: int) -> bool:
    """'Ethan Roy', "Roy" boxed twice as tall as "Ethan" by a stroke beside it: a capitalised
    word or a legal form ("Arcadia Software AG") read surely at the end of its line, after
    other words, is no logo (a logo stands in front; a tall box over the next word is a glyph
    read twice: "Be" over "Berg")."""
    text = words[i].text
    return 0 < i == len(words) - 1 and words[i].conf >= 90 and len(text) >= 2 and (
        text.isalpha() and text.istitle() or bool(LEGAL_RE.fullmatch(text)))


def _sure_honorific(words: list[Word], i: int) -> bool:
    text = words[i].text
    return i < len(words) - 1 and text.endswith(".") and text.lower() in NAME_PREFIXES and words[i].conf >= 90


def _is_trailing_junk(word: Word) -> bool:
    """'Núria Gómez Ortega ®0%%2': glare or a logo read as a doubtful run of symbols and digits
    after the words. (A phone's last group, a postcode, "S.p.A." are mostly letters or digits.)"""
    return word.conf < NOISE_CONF and sum(ch.isalnum() for ch in word.text) < len(word.text) / 2


def _between_digits(words: list[Word], i: int) -> bool:
    return (words[i].text in _SEPARATORS and 0 < i < len(words) - 1
            and any(ch.isdigit() for ch in words[i - 1].text) and any(ch.isdigit() for ch in words[i + 1].text))


# Legal forms have one spelling, whatever small dots or letters OCR lost or misread: the o's
# of the Polish form read as zeros (and its "Sp." lost), the dot of the German "Co. KG" lost,
# a dot of "S.A.S." read as a colon or comma.
_LEGAL_SPELLINGS = [
    (re.compile(r"(\bSp\.?\s*)?\b[zZ]\s+[0oO]\.\s*[0oO]\.?(?=$|\s)"), "Sp. z o.o."),
    (re.compile(r"&\s*Co\.?\s*KG\b"), "& Co. KG"),
    (re.compile(r"(?<=\b[A-Z])[:,](?=[A-Z]\.)"), "."),
    # "Kestrel Solutions BV.", "Meridian Medical Spa.": the dots between the letters lost, the last one kept.
    (re.compile(r"\b(?:([BN])(V)|(S)([AL]))\.$"), lambda m: ".".join(c for c in m.groups() if c) + "."),
    (re.compile(r"\bSpa\.$"), "S.p.A."),
    # The last word one letter off the form it is ("Ine" for "Inc", "Lid." for "Ltd."): c and e,
    # t and i or e are the commonest confusions of small print.
    (re.compile(r"(?<= )(?:Ine|lnc)(?=\.?$)"), "Inc"), (re.compile(r"(?<= )L[ie]d(?=\.?$)"), "Ltd"),
    # A speck or logo read as Latin in front of a Chinese name ("h 深圳华信科技有限公司",
    # "QC) 深圳博远贸易有限公司"), or behind it; a Latin brand there is printed in capitals ("LG 电子").
    (re.compile(rf"^(?:\S*[()\[\]{{}}|%#*«»]\S*|[A-Z]?[a-z]{{1,2}})\s+(?=[{HAN}])|(?<=[{HAN}])\s+[a-z]{{1,3}}$"), ""),
]


# No title or department ends in a number: digits there are a speck or the next column's
# print ("Diretor Comercial 7").
_NO_LETTERS_AT_END = re.compile(r"(?:\s+(?:(?![^\W\d_])\S)+)+$")

# A legal form of dotted initials at the end ("S.L.U.", "S.A.") that OCR spaced apart ("S.L. U.").
_SPACED_INITIALS = re.compile(r"(?<=\b[A-Z]\.)\s+(?=(?:[A-Z]\.)+$)")


def _without_trailing_label(name: str) -> str:
    """'Dr. Carmen Gómez Ortega Tlf.', 'Lars Andersson Mobil': the label of a phone printed
    level with the name in the next column, whose number Tesseract put on a line of its own
    (an I read for its l)."""
    tokens = name.split()
    last = tokens[-1].replace("I", "l").replace("i", "l") if tokens else ""  # "Tlf." read "TIf.", "Tif."
    labelled = last[-1:] in ".:" and is_phone_label(last) or tokens[-1].isalpha() and is_phone_label(tokens[-1])
    if len(tokens) > 2 and len(last) >= 3 and labelled:
        return " ".join(tokens[:-1])
    return name


# "Dr Min Liu": the dot of an abbreviated honorific is small and often lost.
_HONORIFIC_DOT = re.compile(r"^(Dr|Prof)(?= )")


def _settle_name(name: str, spellings: list[str]) -> str:
    """The name as read, put right where its email spells it otherwise and where its marks
    were lost."""
    name = without_stray_particle(_without_trailing_label(name))
    name = complete_words(fix_words(name, spellings), spellings)
    return irish_apostrophe(_HONORIFIC_DOT.sub(r"\1.", name))


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", _JUNK_EDGES.sub("", text.strip())).strip(" ,;|")
    for pattern, spelling in _LEGAL_SPELLINGS:
        text = pattern.sub(spelling, text)
    return text


def parse_card(lines: list[Line], langs: str = "eng") -> ParsedCard:
    card = ParsedCard()
    conf = card.confidence
    lines = _clean(lines)
    normalised = [normalise(ln.text) for ln in lines]
    sites = [domain_of(u) for t in normalised for u, _ in find_websites(t)]
    normalised = [join_split_domain(repair_at(t, sites), sites) for t in normalised]

    contact_idx: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}
    web_conf = 0.0
    for i, text in enumerate(normalised):
        for email, span in find_emails(text):
            if email not in card.emails:
                card.emails.append(email)
                conf.setdefault("emails", 0.9 * lines[i].conf)
            spans.setdefault(i, []).append(span)
        for url, span in find_websites(text):
            if any(s <= span[0] < e for s, e in spans.get(i, [])):
                continue
            if card.website is None:
                card.website, web_conf = url, 0.9 * lines[i].conf
            spans.setdefault(i, []).append(span)
    contact_idx.update(spans)
    email_domains = [domain_of(e) for e in card.emails]
    if card.website:
        card.website = complete_site(card.website, email_domains)
    else:
        for i, text in enumerate(normalised):
            if i not in spans and (site := site_in_line(text, email_domains)):
                card.website, web_conf = site, 0.6 * lines[i].conf
                contact_idx.add(i)
                break
    if card.website:
        conf["website"] = web_conf
        if not card.emails:
            for i, text in enumerate(normalised):
                if email := email_by_site(text, card.website):
                    card.emails, conf["emails"] = [email], 0.6 * lines[i].conf
                    contact_idx.add(i)
                    break

    domains = card.emails + ([card.website] if card.website else [])
    printed_country = next((c for ln in lines if (c := country_named(ln.text))), None)
    postcode_country = next((c for ln, t in zip(lines, normalised)
                             if not _CONTACT_HINT.search(t) and (c := country_from_address(ln.text))), None)
    tld_country = country_from_tld(domains)
    legal_country = next((c for ln in lines if (c := country_from_legal_form(ln.text))), None)
    # Numbers printed with their country code say where the card's national numbers belong.
    dialled = [region_of(h.number) for t in normalised for h, _ in find_phones(t, []) if h.raw.startswith("+")]
    shown_regions = list(dict.fromkeys(c for c in (printed_country, postcode_country, *dialled, legal_country) if c))
    regions = shown_regions + ([tld_country] if tld_country else [])
    # A user who configured German besides English is more likely at a German-speaking show.
    for lang in sorted(langs.split("+"), key=lambda lang: lang == "eng"):
        regions += LANG_REGIONS.get(lang, [])
    regions = list(dict.fromkeys(regions))

    intl_numbers, national_numbers = [], []
    first_contact = {i: min(s for s, _ in found) for i, found in spans.items()}
    for i, text in enumerate(normalised):
        masked = list(text)
        for s, e in spans.get(i, []):
            masked[s:e] = " " * (e - s)
        for hit, span in find_phones("".join(masked), regions, sure=len(shown_regions)):
            first_contact[i] = min(first_contact.get(i, span[0]), span[0])
            if any(p.number == hit.number and p.type == hit.type for p in card.phones):
                continue
            if (not hit.labelled and not hit.raw.startswith(("+", "0", "(")) and _is_street_and_city(lines[i].text)
                    and not _CONTACT_HINT.search(text)):
                continue  # the house number and postcode of "Am Hafen 230. 50646 Köln"
            card.phones.append(hit)
            contact_idx.add(i)
            (intl_numbers if hit.raw.lstrip().startswith(("+", "00")) else national_numbers).append(hit.number)
            weight = (0.95 if hit.valid else 0.5) * (1.0 if hit.labelled else 0.85)
            conf["phones"] = min(conf.get("phones", 1.0), weight * lines[i].conf)

    type_unlabelled(card.phones)

    # An address printed level with an email or a phone in the next column: Tesseract joins
    # the two into one line ("76 rue de la République, 75027 Paris julien@ironbridge.fr").
    words_before = {i: len(normalised[i][: first_contact.get(i, 0)].split()) for i in contact_idx}
    for i, ln in enumerate(lines):
        if i not in contact_idx and (k := _garbled_phone_after(ln)):
            contact_idx.add(i)
            words_before[i] = k
    placed = {i: head for i in contact_idx
              if (head := _street_before_contacts(lines[i], words_before[i])) and address_score(head.text) >= 0.85}
    place = [placed.get(i, ln) for i, ln in enumerate(lines)]
    rest = [i for i in range(len(lines)) if i not in contact_idx or i in placed]
    titled = {i: split for i in rest if (split := _title_before_street(place[i]))}
    for i, (_, street) in titled.items():
        place[i] = street
    # A line opening with a phone label is a phone OCR garbled, whatever digits it shows.
    addr_scores = {i: 0.0 if starts_with_phone_label(place[i].text) else address_score(place[i].text) for i in rest}
    addr = [i for i in rest if addr_scores[i] >= 0.85 or (addr_scores[i] >= 0.5 and _next_to(i, addr_scores, place))]
    if addr:
        # The country line ends the address even when the other column's lines sit between.
        addr += [i for i in rest if i not in addr and country_named(place[i].text)]
        spelled = {i: name for i in rest if i not in addr and _below(i, addr, place)
                   and (name := country_misread(place[i].text))}
        addr += list(spelled)
        # A country line read a letter off its name ("ireland", "lreland", "Połska") is spelled right.
        spelled |= {i: name for i in addr if country_named(place[i].text) and (name := country_misread(place[i].text))}
        for i in _between_address_lines(rest, addr, place):
            addr.insert(addr.index(_above_in_column(i, addr, place)) + 1, i)
        card.address = ", ".join(spelled.get(i) or _tidy(british_postcode(place[i].text)) for i in addr)
        conf["address"] = max(addr_scores[i] for i in addr) * min(place[i].conf for i in addr)

    for code, c in ((printed_country, 0.95), (postcode_country, 0.8), (country_from_phones(intl_numbers), 0.85),
                    (tld_country, 0.7), (legal_country, 0.6), (country_from_phones(national_numbers), 0.4)):
        if code:
            card.country, conf["country"] = code, c
            break

    people_lines = []
    for i, ln in enumerate(lines):
        if i in contact_idx:
            ln = None if i in addr else _head_before_contacts(ln, words_before[i])
        elif "@" in ln.text:  # an address OCR garbled past reading ("Mail: heke_visser@tidewater ni")
            ln = _head_before_contacts(ln, next(n for n, w in enumerate(ln.words) if "@" in w.text))
        elif i in addr or _CONTACT_LABELS.fullmatch(ln.text.strip()) or _garbled_contact(ln.text):
            if i in titled and i in addr:
                people_lines.append(titled[i][0])
            continue
        if ln:
            people_lines += _split_capitals_from_words(ln)
    locals_ = [fold(e.split("@")[0]) for e in card.emails]
    labels = [registered_label(domain_of(d)) for d in domains]
    cores = list(dict.fromkeys(label.replace("-", "") for label in labels))
    people = classify(people_lines, locals_, cores)
    for field_name in ("name", "title", "department", "company"):
        value = getattr(people, field_name)
        if value:
            setattr(card, field_name, _tidy(value[0]))
            conf[field_name] = round(value[1], 3)
    for field_name in ("title", "department"):
        if value := getattr(card, field_name):
            setattr(card, field_name, fix_vocabulary(_NO_LETTERS_AT_END.sub("", value)))
    if card.company:
        brands = cores + [p for label in labels for p in label.split("-")]
        company = fix_words(_SPACED_INITIALS.sub("", card.company), brands, initial_only=True)
        card.company = end_at_legal_form(fix_long_words(restore_brand(drop_logo_prefix(company, brands), labels)))
    card.emails, card.website = agree_domains(card.emails, card.website, card.company)
    if card.company:
        # Spelled as the domain its readings agreed on spells it: before they agree, the
        # misread one could pass its misreading on ("Bivepeak" to "Biuepeak").
        agreed = [registered_label(domain_of(d)) for d in card.emails + [card.website] if d]
        card.company = fix_brand(card.company, agreed)
    if card.name:
        _reconcile_email(card, normalised)
        card.name = _settle_name(card.name, [s for e in card.emails for s in name_spellings(e)])
    if card.name is None and card.emails and (guess := _name_from_email(card.emails[0])):
        card.name, conf["name"] = guess, NAME_FROM_EMAIL_CONF  # spelled as the card's country writes it too
    _settle_spelling(card, langs)
    if card.name and card.name.isupper():
        card.name = card.name.title()  # letter-spaced capitals are a style, not the spelling
    card.confidence = {k: round(v, 3) for k, v in conf.items()}
    return card


def _settle_spelling(card: ParsedCard, langs: str) -> None:
    """What spelling decides whatever OCR read: accents, the Swiss legal form, and a country
    TLD one look-alike off the card's country."""
    card.company = swiss_legal_form(card.company, card.country)
    for field_name in ("title", "company", "department"):
        setattr(card, field_name, restore_accents(getattr(card, field_name)))
    for lang, respell in (("fra", french_grave), ("deu", german_umlaut)):
        if lang in langs.split("+"):
            for field_name in ("name", "title", "company", "department", "address"):
                setattr(card, field_name, respell(getattr(card, field_name)))
    card.name = swedish_qvist(spelled_as_in(card.name, card.country))
    for field_name in ("title", "company", "department"):
        setattr(card, field_name, capitals(trade_words_as_in(getattr(card, field_name), card.country),
                                           every_word=field_name == "company"))
    card.emails = [swedish_qvist(fix_country_tld(e, card.country)) for e in card.emails]
    if card.website:
        card.website = fix_country_tld(card.website, card.country)


def _reconcile_email(card: ParsedCard, normalised: list[str]) -> None:
    """Repair the email from the name, or find it where OCR lost the "@"."""
    card.emails = [_joined_with_word_before(fix_local(e, card.name), card.name, normalised) for e in card.emails]
    if card.emails:
        return
    for text in normalised:
        for token in (t.strip(",;").lower() for t in text.split()):
            if email := email_in_token(token, card.name):
                card.emails = [email]
                card.confidence["emails"] = 0.5
                if card.website == token:  # it was this address, misread as a website
                    card.website = None
                    card.confidence.pop("website", None)
                return


def _joined_with_word_before(email: str, name: str, normalised: list[str]) -> str:
    """'E e karlsson@bluepeak.se' on Erik Karlsson's card -> 'e.karlsson@bluepeak.se': OCR lost
    the dot and the initial came apart from the surname, which alone looked like an address
    ('Email | wagner@' on Lena Wagner's, the l and its dot read as one bar).
    And 'Ljansse ns@meridian.be' on Lotte Janssens's -> 'ljanssens@meridian.be': a word split
    in two, whose end alone looked like the address (the print may show the dot it lost)."""
    options = local_parts(name)
    local = email.split("@")[0]
    seps = (".", "_") if local in options else ("", ".", "_")
    for text in normalised:
        if m := re.search(r"(?:^|\s)([a-z0-9][a-z0-9._-]*)\s+" + re.escape(email), text.lower()):
            for sep in seps:
                if f"{m.group(1)}{sep}{local}" in options:
                    return f"{m.group(1)}{sep}{email}"
        # An initial l and its dot read as one upright glyph ("Email | wagner@", "(vries@").
        if re.search(r"(?:^|\s)[|(\[!]\s*" + re.escape(email), text.lower()) and f"l.{local}" in options:
            return f"l.{email}"
    return email


_EMAIL_LABEL_START = re.compile(r"^e-?mail\b", re.I)


def _garbled_contact(text: str) -> bool:
    """'Mob. +806.131.2310 212', 'E-mail min': a contact's label before what made no number or
    address is no name, title or company."""
    return bool(_EMAIL_LABEL_START.match(text)) or (starts_with_phone_label(text)
                                                    and sum(ch.isdigit() for ch in text) >= 3)


def _is_street_and_city(text: str) -> bool:
    return address_score(text) >= 0.85 and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2


_GLUED_LABEL = re.compile(r"(?<=[^\W\d_]{3})(E-?mail|Mail|Tel|Fax|Mob|Phone)[.:]?$")
_WORD_LIKE = re.compile(r"[^\W\d_][\w.'’-]*")
# The last: "p.kowalskiQ", an address that lost its "@"; not a legal form ("B.V.", "S.p.A.").
_CONTACT_WORD = re.compile(r"[@\d+]|www|https?:|^[a-z0-9]+[._][a-z]{2}", re.I)


def _head_before_contacts(line: Line, words_before: int) -> Line | None:
    """The words in front of a phone or email on one line: Tesseract joins the name or title to
    the number or address printed level with it in the next column ("Dr. Małgorzata Wiśniewska
    T: +48 12 323 32 06", "Business Development Director thomas.claes@lumen-software.com").

    `words_before` counts the words in front of the first contact found on the line; the first
    word that looks like a contact ends the head too, found or not ("p.kowalskiQ").
    """
    head = list(itertools.takewhile(lambda w: not _CONTACT_WORD.search(w.text), line.words[:words_before]))
    if head and (glued := _GLUED_LABEL.search(head[-1].text)):  # "RepresentativeE-mail"
        head[-1] = dataclasses.replace(head[-1], text=head[-1].text[: glued.start()])
    # A label, or a misread one with marks in it ('"If' for "Tel").
    while head and (is_phone_label(head[-1].text) or _CONTACT_LABELS.fullmatch(head[-1].text)
                    or not _WORD_LIKE.fullmatch(head[-1].text)):
        head.pop()
    if sum(sum(ch.isalpha() for ch in w.text) >= 2 for w in head) < 2:
        return None
    return Line(head)


_PHONE_MARK = re.compile(r"\+|\(\d+\)")
SMALLER_PRINT = 0.75  # word heights: print this much smaller than the words before it is another line's


def _garbled_phone_after(line: Line) -> int:
    """How many words of a name or title stand in front of a phone printed level with it in
    the next column, the number garbled past reading ("Ana Clara Carvalho Tel (1) 2365-0511",
    "Fernanda Almeida _ ©. (7) 2889-0812"); 0 for any other line. Without the split the name
    is lost and the digits pass for a postcode."""
    k = len(list(itertools.takewhile(lambda w: _WORD_LIKE.fullmatch(w.text), line.words)))
    tail = line.words[k:]
    text = " ".join(w.text for w in tail)
    words = [w.text for w in tail if re.search(r"[^\W\d_]{3}", w.text)]
    # Bare digits show it too when printed far smaller than the name in front of them
    # ("Katarzyna Nowak 1132530", the phone beside the name's line in the next column).
    shows_phone = _PHONE_MARK.search(text) or (tail and is_phone_label(tail[0].text)) or (
        0 < k < len(line.words) and max(w.height for w in tail) < SMALLER_PRINT * min(w.height for w in line.words[:k]))
    if k < 2 or sum(ch.isdigit() for ch in text) < 7 or not shows_phone or not all(map(is_phone_label, words)):
        return 0
    return k


def _street_before_contacts(line: Line, words_before: int) -> Line | None:
    """The words in front of the first contact on a line, without its label: an address line
    when Tesseract joined the street to the email printed level with it. Not a number OCR
    garbled past reading ("Teh +@1.21226-0152"), which holds digits too."""
    head = line.words[:words_before]
    while head and (is_phone_label(head[-1].text) or _CONTACT_LABELS.fullmatch(head[-1].text)):
        head = head[:-1]
    return Line(head) if head and not _CONTACT_HINT.search(Line(head).text) else None


def _title_before_street(line: Line) -> tuple[Line, Line] | None:
    """'Regional Sales Representative 104 Main St., Suite 400': a title and the street printed
    level with it in the next column, which Tesseract joined into one line."""
    k = next((j for j, w in enumerate(line.words) if w.text[:1].isdigit()), 0)
    if k and title_score(" ".join(w.text for w in line.words[:k])):
        return Line(line.words[:k]), Line(line.words[k:])
    return None


def _split_capitals_from_words(line: Line) -> list[Line]:
    """'HENRIKE VOGEL Vogel & Partner Präzisionsteile GmbH': a name set in capitals and the
    company beside it in the same row are two fields; the change of case tells where."""
    words = line.words
    k = next((j for j, w in enumerate(words) if not (w.text.isalpha() and w.text.isupper())), len(words))
    if k < 2 or k == len(words) or LEGAL_RE.search(" ".join(w.text for w in words[:k])):
        return [line]
    if any(len(w.text) < 2 for w in words[:k]) or sum(any(c.islower() for c in w.text) for w in words[k:]) < 2:
        return [line]
    return [Line(words[:k]), Line(words[k:])]


def _next_to(i: int, scores: dict[int, float], lines: list[Line]) -> bool:
    """A weak address line counts when it sits right above or below a strong one in its
    column. `scores` holds the lines that are no contact: a phone printed level with the
    address in the next column ("158 Rue Sainte-Catherine", "C. +1 506...", "Toronto, ON
    M5J 4J2") sits between, and so may a department ("Meir 146", "Direction Marketing",
    "9040 Gent")."""
    return any(j is not None and scores[j] >= 0.85
               for j in (_above_in_column(i, scores, lines), _below_in_column(i, scores, lines)))


def _in_column(i: int, candidates, lines: list[Line]) -> list[int]:
    """The candidate lines that overlap line `i` side to side."""
    return [j for j in candidates if lines[j].shares_column(lines[i])]


def _above_in_column(i: int, candidates, lines: list[Line]) -> int | None:
    return max((j for j in _in_column(i, candidates, lines) if j < i), default=None)


def _below_in_column(i: int, candidates, lines: list[Line]) -> int | None:
    return min((j for j in _in_column(i, candidates, lines) if j > i), default=None)


def _between_address_lines(rest: list[int], addr: list[int], lines: list[Line]) -> list[int]:
    """Place-and-number lines set tight between two address lines of their column: the city
    line of "228 Bay Street", "Vancouver, BC V6C OL2", "Canada", its postcode too garbled to
    count ("BS1 QA", "OL2") but the line plainly part of the address."""
    found = []
    for i in rest:
        line = lines[i]
        if i in addr or not re.search(r"(?=.*[^\W\d_]{3})(?=.*\d)", line.text):
            continue
        above, below = _above_in_column(i, rest, lines), _below_in_column(i, rest, lines)
        if (above in addr and below in addr and line.top - lines[above].bottom < line.height
                and lines[below].top - line.bottom < line.height):
            found.append(i)
    return found


def _below(i: int, block: list[int], lines: list[Line]) -> bool:
    """Line `i` is the next one down in its column from the last line of `block`."""
    above = _above_in_column(i, range(len(lines)), lines)
    return above is not None and above == max((j for j in block if lines[j].shares_column(lines[i])), default=None)


def _name_from_email(email: str) -> str | None:
    """'jane.doe@x.com' -> 'Jane Doe' when the card shows no readable name (accents are lost)."""
    parts = [p for p in re.split(r"[._-]", email.split("@")[0]) if p.isalpha() and len(p) > 1]
    return " ".join(p.capitalize() for p in parts) if len(parts) >= 2 else None


def parse_text(text: str, langs: str = "eng") -> ParsedCard:
    """Convenience for plain OCR text: one line per line, no boxes."""
    return parse_card(lines_from_text(text), langs)
