"""Follow-up engine: rule settings, drafts awaiting review, and the outbox of approved mail."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.models.base import Base, UTCDateTime, utcnow
from backend.models.lead import Lead
from backend.models.types import JSONType

DRAFT_KINDS = ("key", "potential", "browsing", "nurture")
DRAFT_STATUSES = ("draft", "held", "approved", "discarded")
OUTBOX_STATUSES = ("queued", "sending", "sent", "failed", "unknown", "cancelled")


class FollowupSettings(Base):
    """Rule overrides for an organisation (show_id NULL) or for one of its shows.

    Only what someone changed is stored; services.followup.rules merges it over the
    defaults, so new rules reach old organisations without a data migration.
    """

    __tablename__ = "followup_settings"
    __table_args__ = (
        UniqueConstraint("org_id", "show_id", name="uq_followup_settings_org_show"),
        # NULLs are distinct in a unique constraint: the organisation-wide row needs its own index.
        Index("uq_followup_settings_org_default", "org_id", unique=True,
              sqlite_where=text("show_id IS NULL"), postgresql_where=text("show_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id"))
    rules: Mapped[dict] = mapped_column(JSONType, default=dict)
    templates: Mapped[dict] = mapped_column(JSONType, default=dict)  # {kind: {subject, text, html}}
    # A secret like the env's BOOTHMATE_SMTP_URL; never sent back by the API.
    smtp_url: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Draft(Base):
    """A mail waiting for the salesperson's evening review.

    One per (lead, kind, step): the rules may run as often as a lead changes and
    still make each mail once.
    """

    __tablename__ = "followup_drafts"
    __table_args__ = (UniqueConstraint("lead_id", "kind", "step", name="uq_followup_drafts_lead_kind_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    step: Mapped[int] = mapped_column(Integer, default=0)  # 0: the first mail; 1..n: nurture
    reason: Mapped[str | None] = mapped_column(String(32))  # why a nurture mail is worth sending
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))  # the zone due_at was planned in
    to_email: Mapped[str | None] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    inline_media: Mapped[list] = mapped_column(JSONType, default=list)  # Media ids shown inline, in order
    attachments: Mapped[list] = mapped_column(JSONType, default=list)  # [{filename, content_type}]
    facts: Mapped[dict] = mapped_column(JSONType, default=dict)  # what is new in it (for hints)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)  # a person's words are never re-rendered
    due_pinned: Mapped[bool] = mapped_column(Boolean, default=False)  # a person set due_at: rules keep off
    status_reason: Mapped[str | None] = mapped_column(Text)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    lead: Mapped[Lead] = relationship()
    outbox: Mapped[OutboxMessage | None] = relationship(back_populates="draft", uselist=False)


class OutboxMessage(Base):
    """An approved mail, frozen byte for byte at approval, delivered once.

    `draft_id` and `message_id` are unique: approving twice cannot queue twice.
    """

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("followup_drafts.id"), unique=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    from_email: Mapped[str] = mapped_column(String(254))
    to_email: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    # The whole message without its Date header, which is stamped when it really goes.
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    claim_token: Mapped[str | None] = mapped_column(String(36))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    draft: Mapped[Draft] = relationship(back_populates="outbox")
    attempt_log: Mapped[list[OutboxAttempt]] = relationship(order_by="OutboxAttempt.id", lazy="selectin")


class OutboxAttempt(Base):
    """Every try at handing one message to the mail server, and how it ended."""

    __tablename__ = "outbox_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_messages.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(16))  # sent, retry, failed, unknown
    error: Mapped[str | None] = mapped_column(Text)
