"""Organisations, teammates and sign-in."""
from __future__ import annotations

from sqlalchemy import func, select

from backend.extensions import db
from backend.models import Organization, User
from backend.services.errors import Conflict, Forbidden, Invalid, NotFound

MIN_PASSWORD_LENGTH = 8


def get_or_create_org(name: str, **profile) -> Organization:
    org = db.session.scalar(select(Organization).where(Organization.name == name))
    if org is None:
        org = Organization(name=name, selling_points=[], **profile)
        db.session.add(org)
        db.session.flush()
    return org


def _normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if "@" not in email or len(email) > 254:
        raise Invalid("A valid email address is required.", {"email": email})
    return email


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def add_user(org: Organization, email: str, password: str, *, name: str = "", role: str = "member") -> User:
    email = _normalise_email(email)
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise Invalid(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if role not in ("admin", "member"):
        raise Invalid("Role must be admin or member.", {"role": role})
    if find_user(email) is not None:
        raise Conflict("A user with this email already exists.", {"email": email})
    user = User(org_id=org.id, email=email, name=name or email.split("@")[0], role=role)
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def remove_user(acting: User, user_id: int) -> None:
    """Deactivate a teammate; their leads stay with the organisation."""
    if not acting.is_admin:
        raise Forbidden("Only an organisation admin can remove teammates.")
    user = db.session.get(User, user_id)
    if user is None or user.org_id != acting.org_id:
        raise NotFound("No such teammate.")
    if user.id == acting.id:
        raise Invalid("You cannot remove yourself.")
    user.active = False
    db.session.flush()


def update_profile(acting: User, changes: dict) -> Organization:
    if not acting.is_admin:
        raise Forbidden("Only an organisation admin can change the company profile.")
    org = acting.organization
    if "name" in changes and changes["name"] != org.name:
        if db.session.scalar(select(Organization).where(Organization.name == changes["name"])) is not None:
            raise Conflict("Another organisation has this name.", {"name": changes["name"]})
    for name, value in changes.items():
        setattr(org, name, value)
    db.session.flush()
    return org


def team(org_id: int) -> list[User]:
    return list(
        db.session.scalars(select(User).where(User.org_id == org_id, User.active).order_by(User.id))
    )


def authenticate(email: str, password: str) -> User | None:
    user = find_user(email or "")
    if user is None or not user.active or not user.check_password(password or ""):
        return None
    return user
