"""All models, importable from one place (Alembic sees them through this module)."""
from backend.models.base import Base, utcnow
from backend.models.followup import Draft, FollowupSettings, OutboxAttempt, OutboxMessage
from backend.models.lead import IdempotencyRecord, Lead, Media
from backend.models.organization import Organization, User
from backend.models.show import Product, Show

__all__ = [
    "Base", "Draft", "FollowupSettings", "IdempotencyRecord", "Lead", "Media", "Organization",
    "OutboxAttempt", "OutboxMessage", "Product", "Show", "User", "utcnow",
]
