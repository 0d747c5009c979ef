"""Emails and websites, including the OCR and anti-spam spellings people and Tesseract produce."""

import re

from rapidfuzz import fuzz

from .orthography import unaccented
from .vocab import KNOWN_TLDS

_OBFUSCATIONS = [
    (re.compile(r"\s*[\[\(\{<]\s*(at|@)\s*[\]\)\}>]\s*", re.I), "@"),
    (re.compile(r"\s*[\[\(\{<]\s*(dot|\.)\s*[\]\)\}>]\s*", re.I), "."),
    (re.compile(r"(?<=\w)\s+at\s+(?=[\w-]+(\s*\.\s*|\s+dot\s+)[a-z]{2,})", re.I), "@"),
    (re.compile(r"(?<=\w)\s+dot\s+(?=[a-z]{2,}\b)", re.I), "."),
]
# Tesseract often puts a space on either side of "@" or after a dot before the TLD.
_SPACED_AT = re.compile(r"(?<=[\w.])\s*@\s*(?=\w)")
# "maja. johansson@x.se" is one address; "Email. chiara@x.it" is a label and an address.
_SPLIT_LOCAL = re.compile(r"([\w+-]+)([._-])\s+(?=[\w.+-]+@)")
EMAIL_LABELS = {"e", "email", "mail", "e-mail", "correo", "courriel", "m", "em", "mai", "e-mai"}  # its l lost
# "kukas_kruger@lumen- software com", "hui_zhang@altavista -analytic.cn": Tesseract breaks a
# hyphenated domain into two words.
_SPACED_HYPHEN = re.compile(r"(@[a-z0-9.]*[a-z0-9]-)\s+(?=[a-z0-9])|(@[a-z0-9.]*[a-z0-9])\s+(?=-[a-z0-9])", re.I)
# "arjun_gupta@tidew ater.com": a space read inside the domain; what follows an "@" up to its
# TLD is one domain. Not "@pinecrest com.br", where the space is the dot.
_TLD_ALTERNATIVES = "|".join(sorted(KNOWN_TLDS))
_SPACED_DOMAIN = re.compile(rf"(?<=@)([a-z0-9-]+)\s(?!(?:{_TLD_ALTERNATIVES})\.)"
                            rf"(?=[a-z0-9-]+\.(?:{_TLD_ALTERNATIVES})\b)")
_SPACED_DOT = re.compile(r"(@[\w.-]+?)\s*\.\s+(?=[a-z]{2,4}\b)")
_SPACED_TLD_AT_END = re.compile(r"(?<=[a-z0-9-]{3})\.\s+(" + _TLD_ALTERNATIVES + r")\s*$")
EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?<![@\w.-])((?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,})(?:/[\w./%#?=&-]*)?)"
    r"(?![\w@-])", re.I)


_DOTLESS_DOMAIN = re.compile(r"(?<=@)([a-z0-9-]{4,})(?![\w.-])", re.I)
_WWW_DOTLESS = re.compile(r"(?<=www\.)([a-z0-9-]{4,})$")
# The l of "nl" and "pl" is often read as i: "ni" and "pi" end a domain too, for
# `fix_country_tld` to settle by the card's country.
_SPACED_TLD = re.compile(r"(?<=@)([\w.-]+?)\s+(" + "|".join(sorted(KNOWN_TLDS | {"ni", "pi"}, key=len, reverse=True))
                         + r")\b")


def _dot_before_tld(m: re.Match) -> str:
    """'cobaltcom' -> 'cobalt.com': the dot before the TLD is small and often lost."""
    host = m.group(1)
    for tld in sorted(KNOWN_TLDS, key=len, reverse=True):
        if host.lower().endswith(tld) and len(host) - len(tld) >= 3:
            return host[: -len(tld)] + "." + host[-len(tld):]
    return host


# "|" never stands in an address: before a dot it is the initial l of "l.svensson@" read as a
# bar, after letters the last l of a word ("pawe| kaminski@", "s.pate|@"); elsewhere, as in
# "|l.campbell@", it is a stray rule.
_BAR_FOR_L = re.compile(r"(?<![\w.])\|(?=\.\s?[a-z][\w.+-]*@)|(?<=[a-z])\|(?=\s?[a-z][\w.+-]*@|@)")
# Addresses are printed in small letters: a capital I opening one is its l ("Ichen@cobalt.cn").
_CAPITAL_I_FOR_L = re.compile(r"(?<![\w.])I(?=[a-z0-9._-]*@)")
# "sneha _gupta@": OCR put a space before the separator.
_SPACE_BEFORE_SEP = re.compile(r"(?<![\w.@-])([a-z][a-z0-9]*)\s+(?=[._-][a-z][\w.+-]*@)")
# "@kestrel_pt": the dot before the TLD read as an underscore, which no domain holds.
_UNDERSCORE_TLD = re.compile(r"(@[a-z0-9.-]+)_(?=(" + _TLD_ALTERNATIVES + r")\b)", re.I)
# "falmeida@brightline+ogistic.com.br": a "+" in a domain, which none holds, is its hyphen.
_PLUS_IN_DOMAIN = re.compile(r"(@[a-z0-9.-]*[a-z0-9])\+(?=[a-z0-9])", re.I)
# "sanne@tulpstra.n!": an l read as "!", which no domain holds (when it makes a TLD: "co!" is
# "co" and a stray mark).
_BANG_FOR_L = re.compile(r"(@[a-z0-9.-]*\.)([a-z]?)!", re.I)
# "thiago.souza E sunfield-tecnolog.com": the "@" read as a glyph of its own, or as a "©"
# glued to the domain ("agnieszka.nowak ©helios.pl").
_LOOSE_AT = re.compile(r"(?<![\w.@-])([a-z0-9][a-z0-9._-]*[a-z0-9])\s+(?:[@EeQ&©®]\s+|[©®])"
                       r"(?=[a-z0-9-]+(\.[a-z0-9-]+)*\.(" + _TLD_ALTERNATIVES + r")\b)")


# "fwangG@verdant": the left of the "@" read as a capital of its own in front of it.
_DOUBLED_AT = re.compile(r"(?<=[a-z0-9])[QG](?=@)")


# An address holds no accents: the models of accented languages put them on small print
# ("fedenca@orbîtal-automazi").
_ADDRESS_TOKEN = re.compile(r"[^\s@]*@[^\s@]+")


def normalise(text: str) -> str:
    text = _DOUBLED_AT.sub("", _AT_AS_GLYPHS.sub("@", _AT_LOOKALIKE.sub("@", text)))
    text = _ADDRESS_TOKEN.sub(lambda m: unaccented(m.group(0)), text)
    text = _CAPITAL_I_FOR_L.sub("l", _BAR_FOR_L.sub("l", text))
    text = _LOOSE_AT.sub(r"\1@", text)
    for pattern, repl in _OBFUSCATIONS:
        text = pattern.sub(repl, text)
    text = _SPACED_AT.sub("@", text)
    text = _SPLIT_LOCAL.sub(lambda m: m.group(0) if m.group(1).lower() in EMAIL_LABELS else m.group(1) + m.group(2),
                            text)
    text = _SPACE_BEFORE_SEP.sub(lambda m: m.group(0) if m.group(1) in EMAIL_LABELS else m.group(1), text)
    text = _LOST_UNDERSCORE.sub(lambda m: m.group(0) if m.group(1) in EMAIL_LABELS else m.group(1) + "_", text)
    text = _SPACED_HYPHEN.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPACED_DOT.sub(r"\1.", text)
    text = _SPACED_DOMAIN.sub(r"\1", text)
    for _ in range(2):  # "@brightline com br"
        text = _SPACED_TLD.sub(r"\1.\2", text)
    text = _UNDERSCORE_TLD.sub(r"\1.", text)
    text = _PLUS_IN_DOMAIN.sub(r"\1-", text)
    text = _BANG_FOR_L.sub(lambda m: m.group(1) + m.group(2) + "l" if m.group(2) + "l" in KNOWN_TLDS else m.group(0),
                           text)
    text = _DOTLESS_DOMAIN.sub(_dot_before_tld, text)
    return _SPACED_TLD_AT_END.sub(r".\1", text)


# An underscore sits on the baseline and is often lost: "sabine fischer@x.de" was "sabine_fischer".
_LOST_UNDERSCORE = re.compile(r"(?<![\w.@-])([a-z][a-z0-9]*)\s+(?=[a-z][\w.+-]*@)")
# "Email:x@y", or a label run straight into an initial and its dot ("Ej.yang@", "Maill.chen@"),
# told by its capital: an address is printed in small letters.
_GLUED_LABEL = re.compile(r"^(?:(?i:e-?mai?l|e-?mai)[.:]|(?:E-?mail|Mail|E)(?=[a-z]\.[a-z]))")


# "f._yang@": one mark read as two; addresses hold no run of separators, and most a dot.
_SEPARATOR_RUN = re.compile(r"[._-]{2,}(?=[^@]*@)")


def find_emails(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Emails in an already-normalised line, with their spans."""
    return [(_SEPARATOR_RUN.sub(lambda r: "." if "." in r.group(0) else r.group(0)[0],
                                _GLUED_LABEL.sub("", m.group(0).rstrip("."))).lower(), m.span())
            for m in EMAIL_RE.finditer(text)]


# "https://www .altavista. com br", "W. www neridian es", "https I werw cobalt de": a site whose
# dots OCR read as spaces, after a "www" (or its misreading), to the end of the line.
_SPACED_SITE = re.compile(r"(?<![\w.])(?P<www>w[wver]{1,2}w|vww)(?:\s*\.\s*|\s+)(?P<host>[a-z0-9][a-z0-9-]+[a-z0-9]"
                          r"(?:[\s.]{1,3}[a-z]{2,4}){1,2})[\s.]*$", re.I)


def _joined_site(text: str) -> tuple[str, int]:
    """The line with a spaced site joined, and where the join starts (the line's length if none)."""
    m = _SPACED_SITE.search(text)
    if not m or not re.search(r"\s", m.group(0).strip()):
        return text, len(text)
    label, *tlds = re.split(r"[\s.]+", m.group("host"))
    if not all(t.lower() in KNOWN_TLDS for t in tlds) or not label.islower():
        return text, len(text)
    scheme = "https://" if "http" in text[: m.start()].lower() else ""
    return text[: m.start()] + " " + scheme + "www." + ".".join([label] + tlds), m.start()


_MISREAD_WWW = re.compile(r"^((?:https?://)?)(?:[a-z0-9]?www[.-]?|[a-z]?[wv][wve]{1,2}[wv][.-]|ww\.)(?=[a-z0-9-]+\.)")


def find_websites(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Websites not part of an email; bare domains only with a known TLD so "S.r.l." is no website."""
    out = []
    joined, cut = _joined_site(text)
    for m in URL_RE.finditer(joined):
        url, tld = m.group(1), m.group(2).lower()
        explicit = url.lower().startswith(("www.", "http"))
        if not explicit and tld not in KNOWN_TLDS:
            continue
        host = re.sub(r"^(https?://)?(www\.)?", "", url.lower()).split("/")[0]
        if not explicit and (len(host.split(".")[0]) < 2 or host.replace(".", "").isdigit()):
            continue
        # "wwwacme.de", "www-acme.de", a stray glyph glued in front ("awww.acme.de"), a w
        # read as v ("avww.acme.de"), a stroke read as a letter ("wwew.acme.de") or lost ("ww.acme.de")
        url = _MISREAD_WWW.sub(r"\1www.", url.rstrip("./").lower())
        url = re.sub(r"(?<=www\.)[-.]+", "", url)  # "www.-.acme.se": a speck read between the dots
        url = _WWW_DOTLESS.sub(_dot_before_tld, url)  # "www.acmecom"
        out.append((url, m.span(1) if m.start(1) < cut else (cut, len(text))))
    return out


# A web address printed on its own line may lose its dots altogether ("Web: www silverline pt");
# what stays is the email's domain with junk of a scheme and "www" in front.
_WEB_PREFIX_MAX = 12


def site_in_line(text: str, email_domains: list[str]) -> str | None:
    """The website a line shows when its letters spell one of the card's email domains at its end
    ("hups//www .altavista-solution.at", "W ironbridge in", "quantix se")."""
    squashed = re.sub(r"[^a-z0-9]", "", text.lower())
    for domain in email_domains:
        if text.strip() == registered_label(domain) + ".":
            return domain  # "vantage." for vantage.pt: the TLD lost, its dot kept
        key = re.sub(r"[^a-z0-9]", "", domain)
        # Shorter than the domain it would spell, a line is only a piece of it ("Fr").
        if len(key) < 6 or not len(key) - 2 <= len(squashed) <= len(key) + _WEB_PREFIX_MAX + 2:
            continue
        m = fuzz.partial_ratio_alignment(key, squashed, score_cutoff=88)
        # Sites are printed lower-case and end in their TLD; a company line ("Quantix SE")
        # may spell the domain too, but in capitals. (A lone name and TLD whose first letter
        # OCR read as a capital, "Silverline pt", is still the site.)
        tail = text.rstrip(" .")[-len(domain):]
        tld = domain.rsplit(".", 1)[-1]
        lower = tail == tail.lower() or len(text.split()) == 2 and tail[1:] == tail[1:].lower()
        if (m and m.dest_end >= len(squashed) - 2 and m.dest_start <= _WEB_PREFIX_MAX
                and squashed[: m.dest_end].endswith(tld) and lower):
            return ("www." if "ww" in squashed[: m.dest_start] else "") + domain
    return None


def complete_site(url: str, email_domains: list[str]) -> str:
    """'www.granite' (the TLD lost) with 'ines@granite.pt' on the card -> 'www.granite.pt';
    'pinecrest.com' with 'thiago@pinecrest.com.br' -> 'pinecrest.com.br' (the end lost)."""
    m = re.match(r"^((?:https?://)?www\.)([a-z0-9-]+)$", url)
    if m:
        for domain in email_domains:
            if registered_label(domain) == m.group(2):
                return m.group(1) + domain
    m = re.match(r"^((?:https?://)?(?:www\.)?)([a-z0-9.-]+\.[a-z]+)$", url)
    if m:
        for domain in email_domains:
            if domain.startswith(m.group(2) + ".") and domain.count(".") == m.group(2).count(".") + 1:
                return m.group(1) + domain
    return url


def domain_of(email_or_url: str) -> str:
    host = email_or_url.split("@")[-1].lower()
    host = re.sub(r"^(https?://)?(www\.)?", "", host)
    return host.split("/")[0]


def registered_label(domain: str) -> str:
    """'shop.lumen-labs.co.uk' -> 'lumen-labs': the name a company registered."""
    parts = domain.split(".")
    while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in KNOWN_TLDS):
        parts.pop()
    return parts[-1]



# "©" and "®" never stand inside a word; a capital "Q" or "G" or an "&" after lower-case letters
# and right before a dotted domain is the "@" of small print ("ingrid.karlssonQbluepeak.se",
# "pzielinskaG evergreen.com"), and so is a "Q©" ("p.zielinskaQ©helios.pl"): one glyph read as two.
_AT_LOOKALIKE = re.compile(r"(?<=[\w.])[QG]?[©®]\s?(?=\w)|(?<=[a-z0-9._-])[Q&G]\s?(?=[a-z0-9-]+(\.|\s+(?="
                            + _TLD_ALTERNATIVES + r")\b)[a-z]{2,}\b)")
# The "@" of small print read as two glyphs, "(O", "QD" ("ines silva (Ogranite.com",
# "rcarvalhoQDbrightline com br"), or as a capital Q after a space ("i.nilsson Qironbridge.se"),
# right before a domain with a known TLD; read as an accented glyph ("ruizóbmeridian es") only
# before a domain that ends the line, since Spanish and Portuguese words hold those before
# "de", "es", "it".
_AT_AS_GLYPHS = re.compile(r"(?<=[a-z0-9])(?:(?:\s*\(\s?[OoQ0DW]|\s+Q|Q[D)O0])(?=[a-z0-9-]+(?:[.\s]\s?[a-z0-9-]+)*"
                           r"[.\s]\s?(?:" + _TLD_ALTERNATIVES + r")\b)|[çóòô]\s?[ob]?(?=[a-z0-9-]{3,}"
                           r"(?:[.\s]\s?[a-z0-9-]+)*[.\s]\s?(?:" + _TLD_ALTERNATIVES + r")\s*$))")
_LABELLED_ADDRESS = re.compile(r"^(?P<label>(e-?mail|mail|email|e)\b[.:]?\s*)(?:(?P<local>[\w.+-]+(?:\s[a-z]+)?)\s)?"
                               r"(?P<token>[\w.+-]+\.[a-z]{2,})$", re.I)


_GARBLED_DOMAIN = re.compile(r"(?:^|\s)([a-z0-9][\w.-]*)@(.+)$", re.I)


def email_by_site(text: str, site: str) -> str | None:
    """'falmeida@brightline+ogistic.com.br' beside 'www.brightline-logistic.com.br' ->
    'falmeida@brightline-logistic.com.br': the domain of small print garbled past matching
    ('+' for '-l', "pinec rest fr") or cut off, but its letters still spell the website's."""
    m = _GARBLED_DOMAIN.search(text)
    if not m:
        return None
    host = domain_of(site)
    key = re.sub(r"[^a-z0-9]", "", host)
    spelled = re.sub(r"[^a-z0-9]", "", m.group(2).lower())
    if len(key) >= 6 and len(spelled) >= len(key) - 1 and fuzz.ratio(spelled[:len(key)], key) >= 90:
        return f"{m.group(1).lower()}@{host}"
    # "manon_moreau@siiver": cut off at the card's edge, what is left begins the website's domain
    if len(key) >= 6 and len(spelled) >= 5 and fuzz.ratio(spelled, key[:len(spelled)]) >= 80:
        return f"{m.group(1).lower()}@{host}"
    return None


def join_split_domain(text: str, known_domains: list[str]) -> str:
    """'alvaro_ruiz@quantix-sis temas.es' -> 'alvaro_ruiz@quantix-sistemas.es' when the card
    shows that domain elsewhere: OCR put a space inside the address's domain."""
    if "@" not in text:
        return text
    for domain in known_domains:
        for i in range(1, len(domain)):
            broken = re.compile("@" + re.escape(domain[:i]) + r"\s" + re.escape(domain[i:]) + r"\b", re.I)
            text = broken.sub("@" + domain, text)
    return text


def repair_at(text: str, known_domains: list[str]) -> str:
    """Put back an "@" that OCR read as "q" or "&" ("malgorzataqbrightline.pl").

    (The never-legitimate ©, ® and mid-word capital Q are already undone by `normalise`.)
    Only on a line labelled as an email: there the "@" stood right before a domain the card
    shows elsewhere, or else at the last q or & that still leaves a dotted domain after it.
    """
    m = _LABELLED_ADDRESS.match(text.strip())
    if "@" in text or not m:
        return text
    label, local, token = m.group("label"), m.group("local"), m.group("token")
    if local:
        # "Mail: maria Gevergreen-sistemas.es": the "@" read as a letter glued to the domain;
        # "E-mail thiago nordwind.com.br": lost altogether; "Mail. tiago pereira quantix.pt":
        # with the separator, whose gap `glyphs.swap_separator` looks at.
        local = local.replace(" ", "_")
        if token.lower() in known_domains and local.islower():  # an address is printed in small letters
            return label + local + "@" + token
        glued = [d for d in known_domains if token.lower().endswith(d) and len(token) == len(d) + 1]
        return label + local + "@" + token[1:] if glued else text
    for domain in known_domains:
        if token.lower().endswith(domain) and len(token) > len(domain) + 1:
            return label + token[: -len(domain) - 1] + "@" + token[-len(domain):]
    at = max(token.rfind("q"), token.rfind("&"))
    if at > 0 and "." in token[at:]:
        return label + token[:at] + "@" + token[at + 1:]
    return text
