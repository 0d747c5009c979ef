"""The follow-up engine: rules make drafts, a person approves, the outbox sends once.

Modules: rules (settings), schedule (when), context + content (what), drafts
(review), nurture (later mail), message + outbox (freezing approved mail),
transport + dispatch (delivery), hints (what the reviewer should look at).
"""
from backend.services.followup.drafts import on_lead_changed

__all__ = ["on_lead_changed"]
