"""Replay the stored answer when a phone retries a mutation it never heard back from."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from backend.extensions import db
from backend.models import IdempotencyRecord
from backend.services.errors import Conflict


def fingerprint(*parts) -> str:
    raw = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(raw).hexdigest()


def lookup(org_id: int, key: str, request_hash: str) -> IdempotencyRecord | None:
    record = db.session.scalar(
        select(IdempotencyRecord).where(IdempotencyRecord.org_id == org_id, IdempotencyRecord.key == key)
    )
    if record is not None and record.request_hash != request_hash:
        raise Conflict("This Idempotency-Key was already used for a different request.", {"key": key})
    return record


def remember(org_id: int, key: str, request_hash: str, status_code: int, body: dict) -> None:
    db.session.add(
        IdempotencyRecord(org_id=org_id, key=key, request_hash=request_hash, status_code=status_code, body=body)
    )
    db.session.flush()
