"""What the evening reviewer should look at before approving (DOMAIN.md: phishing, pushing)."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

from backend.extensions import db
from backend.models import Draft, Organization, OutboxMessage
from backend.services.followup.message import valid_address

# Big free-mail providers: fine for small traders, but a "buyer" from a large company
# writing from one of these deserves a second look.
FREE_MAIL = frozenset("""
gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com hotmail.com hotmail.co.uk
hotmail.fr outlook.com live.com msn.com aol.com icloud.com me.com mac.com gmx.com gmx.de gmx.net web.de
mail.com protonmail.com proton.me yandex.ru yandex.com mail.ru inbox.ru bk.ru list.ru qq.com 163.com
126.com sina.com sohu.com yeah.net aliyun.com naver.com daum.net hanmail.net rediffmail.com zoho.com
bol.com.br uol.com.br terra.com.br libero.it orange.fr laposte.net free.fr t-online.de seznam.cz wp.pl
o2.pl interia.pl tutanota.com
""".split())
# Characters a fake domain swaps in for look-alikes.
CONFUSABLE = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s"})


def _domain(email: str | None) -> str:
    return email.rsplit("@", 1)[1].lower() if email and "@" in email else ""


def _site_domain(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.lower().removeprefix("www.")


def _looks_like(domain: str, genuine: str) -> bool:
    if not domain or not genuine or domain == genuine:
        return False
    a, b = domain.replace("rn", "m").translate(CONFUSABLE), genuine.replace("rn", "m").translate(CONFUSABLE)
    return a == b or Levenshtein.distance(domain, genuine) <= 2


def for_draft(draft: Draft, min_gap_days: int) -> list[dict]:
    hints = []
    email = draft.to_email
    domain = _domain(email)
    if not email:
        hints.append({"code": "no_email", "message": "No email address yet; the card reading may still add it."})
    elif not valid_address(email):
        hints.append({"code": "bad_email", "message": f"{email} is not a usable address."})
    if domain in FREE_MAIL:
        hints.append({"code": "free_mail",
                      "message": f"{domain} is a free-mail address; check the buyer is who they say."})
    if domain.startswith("xn--") or ".xn--" in domain:
        hints.append({"code": "lookalike_domain", "message": f"{domain} uses look-alike letters."})
    website = _site_domain(draft.lead.website)
    if website and _looks_like(domain, website):
        hints.append({"code": "lookalike_domain",
                      "message": f"{domain} is close to but not {website}, the company's website."})
    org = db.session.get(Organization, draft.org_id)
    ours = _domain(org.email)
    if ours and _looks_like(domain, ours):
        hints.append({"code": "lookalike_domain",
                      "message": f"{domain} imitates our own domain {ours}: a classic phishing set-up."})
    if draft.kind == "nurture" and not (draft.facts or {}).get("news"):
        hints.append({"code": "nothing_new", "message": "This follow-up says nothing new; add a fact, "
                      "a price, a date, or hold it."})
    if (draft.facts or {}).get("template_error"):
        hints.append({"code": "template_error", "message": "Your template failed for this lead, so the "
                      f"default text is used: {draft.facts['template_error']}"})
    if draft.kind == "potential" and not draft.inline_media:
        hints.append({"code": "no_photos", "message": "No booth photo to remind them of the talk."})
    if _too_close(draft, timedelta(days=min_gap_days)):
        hints.append({"code": "too_soon", "message": f"Another mail to this buyer is within {min_gap_days} days."})
    return hints


def _too_close(draft: Draft, gap: timedelta) -> bool:
    near = db.session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.lead_id == draft.lead_id, OutboxMessage.draft_id != draft.id,
        OutboxMessage.status.in_(("queued", "sending", "sent")),
        OutboxMessage.due_at > draft.due_at - gap, OutboxMessage.due_at < draft.due_at + gap,
    ).limit(1))
    return near is not None
