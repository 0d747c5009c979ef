"""All models, importable from one place (Alembic sees them through this module)."""
from backend.models.base import Base, utcnow
from backend.models.lead import IdempotencyRecord, Lead, Media
from backend.models.organization import Organization, User
from backend.models.show import Product, Show

__all__ = ["Base", "IdempotencyRecord", "Lead", "Media", "Organization", "Product", "Show", "User", "utcnow"]
