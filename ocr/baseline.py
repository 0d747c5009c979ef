"""The yardstick: plain `tesseract` on the photo as taken, plus the usual handful of regexes.

This is what "just OCR it" gives; the bench runs it on the same cards to show what the
reader's preprocessing and parsing are worth.
"""

import re

import phonenumbers
import pytesseract

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
WEB = re.compile(r"(https?://\S+|www\.\S+)", re.I)
PHONE = re.compile(r"\+?[\d(][\d ()./-]{6,}\d")
LEGAL = re.compile(r"\b(inc|ltd|llc|gmbh|ag|s\.?a|sas|srl|s\.r\.l|spa|b\.?v|corp|plc|limited|lda|ltda|ab)\b\.?",
                   re.I)
NAME = re.compile(r"^([A-Z][a-z]+)( [A-Z][a-z]+){1,2}$")


def baseline_read(path: str, langs: str = "eng", timeout: float = 10.0) -> dict:
    text = pytesseract.image_to_string(path, lang=langs, timeout=timeout)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = {"name": None, "title": None, "company": None, "department": None, "emails": [], "phones": [],
           "website": None, "address": None, "country": None}
    rest = []
    for ln in lines:
        hit = False
        for m in EMAIL.finditer(ln):
            out["emails"].append(m.group(0).lower())
            hit = True
        if (m := WEB.search(ln)) and out["website"] is None:
            out["website"], hit = m.group(0).lower(), True
        for m in PHONE.finditer(ln):
            low = ln[: m.start()].lower()
            kind = "fax" if "fax" in low else "mobile" if re.search(r"mob|cell|\bm\b", low) else "work"
            try:
                num = phonenumbers.parse(m.group(0), None if m.group(0).startswith("+") else "US")
                number = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            except phonenumbers.NumberParseException:
                number = re.sub(r"\D", "", m.group(0))
            out["phones"].append({"type": kind, "number": number, "raw": m.group(0)})
            hit = True
        if not hit:
            rest.append(ln)
    for i, ln in enumerate(rest):
        if out["name"] is None and NAME.match(ln):
            out["name"] = ln
            if i + 1 < len(rest):
                out["title"] = rest[i + 1]
        elif out["company"] is None and LEGAL.search(ln):
            out["company"] = ln
    addr = [ln for ln in rest if re.search(r"\d", ln) and ln not in (out["name"], out["title"], out["company"])]
    out["address"] = ", ".join(addr) or None
    return out
