"""Spelling rules that hold whatever OCR read, for accents Tesseract gets wrong.

Tesseract tells accents apart badly on small or blurred print: è comes out é, à comes out
ä or nothing. Where a language's spelling leaves one choice, the choice is made here.
"""

import re
import unicodedata

from .vocab import NAME_LANGUAGES, NAME_SPELLINGS, TRADE_SPELLINGS

# French writes è, never é, before a final syllable of a consonant (or consonant + r/l) and
# a mute e: Lefèvre, systèmes, célèbre, Genève.
_ACUTE_BEFORE_MUTE_E = re.compile(r"é(?=(?:[bcdfgjklmnpqstvz][rl]?|[rh])(?:e|es|ent)\b)")
# The Swiss legal form is written Sàrl; "Särl" is no spelling of anything.
_SARL_UMLAUT = re.compile(r"\bSärl\b")
_SARL_PLAIN = re.compile(r"\bSarl\b")


def french_grave(text: str | None) -> str | None:
    """'Camille Lefévre' -> 'Camille Lefèvre'."""
    return _ACUTE_BEFORE_MUTE_E.sub("è", text) if text else text


# Tesseract reads the ü of small or blurred German print as "ii" ("Miiller", "Schiitz");
# German spells no word with "ii" inside it.
_II_FOR_UMLAUT = re.compile(r"(?<=[^\W\d_])ii(?=[a-zäöüß])")


def german_umlaut(text: str | None) -> str | None:
    """'Sabine Miiller' -> 'Sabine Müller'."""
    return _II_FOR_UMLAUT.sub("ü", text) if text else text


# The -qvist of Swedish surnames (Lindqvist, Almqvist) with its q read as g: no name ends
# in -gvist.
_GVIST = re.compile(r"gvist(?=\b|@)")


def swedish_qvist(text: str | None) -> str | None:
    """'Astrid Lindgvist' -> 'Astrid Lindqvist', 'a.lindgvist@x.se' -> 'a.lindqvist@x.se'."""
    return _GVIST.sub("qvist", text) if text else text


# The apostrophe of an Irish O' is thin and often lost; no name is spelled with a capital
# right after a capital O otherwise.
_IRISH_O = re.compile(r"\bO(?=[A-Z][a-z]{2,}\b)")


def irish_apostrophe(name: str) -> str:
    """'Rhys OBrien' -> "Rhys O'Brien"."""
    return _IRISH_O.sub("O'", name)


def swiss_legal_form(company: str | None, country: str | None) -> str | None:
    """'Kestrel Technik Särl' -> 'Kestrel Technik Sàrl'; 'Sarl' too on a Swiss card (a French
    SARL is written in capitals, or in mixed case without the accent)."""
    if not company:
        return company
    company = _SARL_UMLAUT.sub("Sàrl", company)
    return _SARL_PLAIN.sub("Sàrl", company) if country == "CH" else company


# Words of company names and titles that only exist with their accents: without them they are
# no word of any language a card is read in, so an English-only reading that lost them is
# put right. (Not "générale", "presidente", "tecnologia": unaccented, those are Italian,
# Spanish or Portuguese words too, and "medical", "president" English ones.)
_ACCENTED_ONLY = ("systèmes", "ingénierie", "ingeniería", "soluções", "société", "mécanique", "électronique",
                  "matériaux", "équipements", "département", "conseillère", "gérant", "gérante", "associé",
                  "geschäftsführer", "geschäftsführerin", "einkäufer", "exportación", "qualità")


def unaccented(text: str) -> str:
    """'Núria Gómez' -> 'Nuria Gomez'."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_BY_BARE = {unaccented(w): w for w in _ACCENTED_ONLY}


def restore_accents(text: str | None) -> str | None:
    """'Kestrel Systemes' -> 'Kestrel Systèmes'."""
    if not text:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        if (known := _BY_BARE.get(word.lower())) and word.isascii():
            words[i] = known.upper() if word.isupper() else known.capitalize() if word[:1].isupper() else known
    return " ".join(words)


def _bare(word: str) -> str:
    return unaccented(word).lower().replace("ł", "l")  # NFD leaves ł whole


def _by_country(spellings: dict[str, tuple[str, ...]]) -> dict[str, dict[str, str]]:
    """Each country's spellings by their bare form; of two languages spelling a word, the
    country's first."""
    return {country: {_bare(w): w for lang in reversed(langs) for w in spellings.get(lang, ())}
            for country, langs in NAME_LANGUAGES.items()}


_NAMES_BY_COUNTRY, _TRADE_WORDS_BY_COUNTRY = _by_country(NAME_SPELLINGS), _by_country(TRADE_SPELLINGS)


def spelled_as_in(name: str | None, country: str | None) -> str | None:
    """'Alejandro Garcia López' on a Spanish card -> 'Alejandro García López', 'Inés Silva' on a
    Portuguese one -> 'Inês Silva': a common name of the card's country, read without its
    diacritics or with the wrong ones, spelled as that country writes it."""
    return _respelled(name, _NAMES_BY_COUNTRY.get(country or ""))


def trade_words_as_in(text: str | None, country: str | None) -> str | None:
    """'Helios Logistica S.A.' on a Spanish card -> 'Helios Logística S.A.' (on an Italian one
    it stays as printed)."""
    return _respelled(text, _TRADE_WORDS_BY_COUNTRY.get(country or ""))


def _respelled(text: str | None, known: dict[str, str] | None) -> str | None:
    """`text` with each capitalised word `known` holds (by its bare spelling) spelled as there;
    words in capitals keep what was printed, since capitals drop accents by style."""
    if not text or not known:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        spelled = known.get(_bare(word))
        if spelled and word[:1].isupper() and not word.isupper():
            words[i] = spelled
    return " ".join(words)


# Where a capital and its small letter share a shape (S/s, C/c, O/o, V/v, W/w, X/x, Z/z),
# Tesseract tells them apart by size alone, and blur or a sharpened look gets it wrong:
# "sales Manager", "cTO", "Novara software inc.".
_TITLE_ACRONYMS = {"ceo", "cto", "cfo", "coo", "cmo", "cio", "cso", "vp", "svp", "evp", "hr"}
# Words printed small inside a name or a legal form ("Banco de la Nación", "Sp. z o.o.").
_SMALL_WORDS = {"a", "al", "and", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "e", "en",
                "et", "für", "la", "le", "les", "of", "per", "pour", "the", "und", "van", "von", "y", "z", "zu", "zur"}


def capitals(text: str | None, every_word: bool) -> str | None:
    """Title acronyms in capitals ("cTO" -> "CTO") and, in a field printed with capitals,
    its first word (`every_word`: every word but the small ones, as company names are
    printed) begun with one: "sales Manager" -> "Sales Manager"."""
    if not text:
        return text
    words = [w.upper() if w.casefold() in _TITLE_ACRONYMS else w for w in text.split(" ")]
    if any(w[:1].isupper() for w in words):
        for i, w in enumerate(words):
            # "eBay", "iOS": a capital inside the word is how it is spelled.
            plain = w.rstrip(".").isalpha() and w[1:] == w[1:].lower()
            if (i == 0 or every_word) and plain and w[:1].islower() and w.casefold() not in _SMALL_WORDS:
                words[i] = w[0].upper() + w[1:]
    return " ".join(words)
