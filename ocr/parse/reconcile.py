"""Cross-checks between fields: an email address usually spells the person's name.

OCR confuses l/i/1, o/0 and reads "@" as q, g, a or o. When a name was read, the local
parts it can produce (jane.doe, jdoe, j.doe, jane, doe, jane_doe, ...) tell which reading of
a doubtful address is right.
"""

import re

from .people import fold

CONFUSABLE = [set("il1tj"), set("o0"), set("qg9"), set("rn"), set("uv")]
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


def _confusable(a: str, b: str) -> bool:
    return a == b or any(a in s and b in s for s in CONFUSABLE)


def fix_local(email: str, name: str) -> str:
    """'irusso@zenith.it' with the name 'Luca Russo' -> 'lrusso@zenith.it'."""
    local, _, domain = email.partition("@")
    options = local_parts(name)
    if local in options:
        return email
    near = [o for o in options if len(o) == len(local) and all(_confusable(a, b) for a, b in zip(o, local))]
    return f"{near[0]}@{domain}" if len(near) == 1 else email


def email_in_token(token: str, name: str) -> str | None:
    """'pawel.zielinskaqvantage.pl' with the name 'Paweł Zielińska' -> 'pawel.zielinska@vantage.pl'."""
    token = token.lower()
    for local in sorted(local_parts(name), key=len, reverse=True):
        if len(local) >= 3 and token.startswith(local) and _HOST_RE.match(token[len(local) + 1:]):
            return f"{local}@{token[len(local) + 1:]}"
    return None
