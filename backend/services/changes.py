"""The per-organisation change counter behind GET /changes.

Every write takes the next number from Organization.change_seq with one UPDATE.
That row stays locked until commit, so numbers are handed out in commit order and
a phone polling with `since=N` can never miss a colleague's write that commits
late. Writes for one booth team are few, so serialising them costs nothing.
"""
from __future__ import annotations

from sqlalchemy import select, update

from backend.extensions import db
from backend.models import Lead, Organization, Product, Show


def next_seq(org_id: int) -> int:
    return db.session.execute(
        update(Organization)
        .where(Organization.id == org_id)
        .values(change_seq=Organization.change_seq + 1)
        .returning(Organization.change_seq)
    ).scalar_one()


def since(org_id: int, cursor: int, limit: int) -> tuple[list, int, bool]:
    """Rows of every synced kind changed after `cursor`, oldest first, at most `limit`.

    Returns (rows, next_cursor, has_more).
    """
    rows = []
    for model in (Lead, Show, Product):
        rows += db.session.scalars(
            select(model)
            .where(model.org_id == org_id, model.seq > cursor)
            .order_by(model.seq)
            .limit(limit + 1)
        ).all()
    rows.sort(key=lambda r: r.seq)
    page, has_more = rows[:limit], len(rows) > limit
    return page, (page[-1].seq if page else cursor), has_more
