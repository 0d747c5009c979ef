from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.models.base import Base, UTCDateTime, utcnow
from backend.models.types import JSONType

CLASSIFICATIONS = ("key", "potential", "browsing")
# The five kinds of show visitor in DOMAIN.md.
INTENTS = ("ordered", "intends_to_order", "terms_not_agreed", "wants_materials", "just_looking")
STATUSES = ("new", "contacted", "replied", "ordered", "unsubscribed", "bounced")
MEDIA_KINDS = ("card_front", "card_back", "booth_photo")
READING_STATUSES = ("pending", "done", "failed")


class Lead(Base):
    """One booth visitor: card, notes, photos and classification."""

    __tablename__ = "leads"
    __table_args__ = (
        UniqueConstraint("org_id", "client_uuid", name="uq_leads_org_client_uuid"),
        CheckConstraint(
            "classification IN ('key', 'potential', 'browsing')", name="classification"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    client_uuid: Mapped[str] = mapped_column(String(36))
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id"), index=True)
    captured_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    classification: Mapped[str] = mapped_column(String(16), default="browsing")
    intent: Mapped[str | None] = mapped_column(String(24))

    name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    emails: Mapped[list] = mapped_column(JSONType, default=list)
    phones: Mapped[list] = mapped_column(JSONType, default=list)  # [{type, number, raw}]
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2))

    notes: Mapped[list] = mapped_column(JSONType, default=list)  # [{id, text, at, by}]
    products: Mapped[list] = mapped_column(JSONType, default=list)  # [{product_id, quantity, target_price}]
    status: Mapped[str] = mapped_column(String(16), default="new")

    # Card reading (OCR) of the card photos.
    reading_status: Mapped[str | None] = mapped_column(String(16))
    reading: Mapped[dict | None] = mapped_column(JSONType)  # fields, confidence, text
    reading_error: Mapped[str | None] = mapped_column(Text)

    version: Mapped[int] = mapped_column(Integer, default=1)
    # {field: {"v": version that last changed it, "at": client time of that change}}
    field_meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    media: Mapped[list[Media]] = relationship(
        back_populates="lead", order_by="Media.id", lazy="selectin"
    )


class Media(Base):
    """A photo belonging to a lead: card front/back or a booth photo."""

    __tablename__ = "media"
    __table_args__ = (UniqueConstraint("org_id", "client_id", name="uq_media_org_client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    client_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    content_type: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(300))  # relative to the media dir
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lead: Mapped[Lead] = relationship(back_populates="media")


class IdempotencyRecord(Base):
    """The answer given to one client mutation, replayed when the phone retries it."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("org_id", "key", name="uq_idempotency_records_org_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    key: Mapped[str] = mapped_column(String(100))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
