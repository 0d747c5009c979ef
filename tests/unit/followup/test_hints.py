"""Look-alike and free-mail domains (DOMAIN.md: phishing and fake buyers)."""
from __future__ import annotations

import pytest

from backend.services.followup.hints import _looks_like, _site_domain


@pytest.mark.parametrize("domain, genuine, expected", [
    ("schmidt-antrieb.de", "schmidt-antrieb.de", False),
    ("schmidt-antrleb.de", "schmidt-antrieb.de", True),
    ("acme-bearings.test", "acme-bear1ngs.test", True),
    ("rnicrosoft.com", "microsoft.com", True),
    ("gmail.com", "schmidt-antrieb.de", False),
])
def test_a_domain_a_letter_or_two_away_from_the_real_one_looks_alike(domain, genuine, expected):
    assert _looks_like(domain, genuine) is expected


def test_a_website_address_gives_its_bare_domain():
    assert _site_domain("https://www.Schmidt-Antrieb.de/en/") == "schmidt-antrieb.de"
    assert _site_domain("schmidt-antrieb.de") == "schmidt-antrieb.de"
