"""Who may open the quality report, and a person's role as the report prints it.

The issue asks that Records > Quality report... be for the qa and pharmacist roles once
people are enrolled (records/staff.py). In a store nobody is enrolled in, everyone may open
it and no role is printed. These three functions are the only places that ask: the menu,
the command and the report follow them.
"""

from __future__ import annotations

QUALITY_ROLES = frozenset({"qa", "pharmacist"})


def people_enrolled(store) -> bool:
    """Whether this store has enrolled people (badges and roles)."""
    from ..records.staff import has_enrolled
    return has_enrolled(store)


def enrolled_role(store, name: str) -> str | None:
    """The role of `name` (the enrolled printed name) in this store; None when not enrolled
    or revoked."""
    from ..records.staff import everyone
    for person in everyone(store):
        if person.name == name and not person.revoked:
            return person.role
    return None


def may_open_quality_report(store, person: str | None) -> bool:
    """The one gate: anyone while nobody is enrolled; then only the qa and pharmacist roles."""
    if not people_enrolled(store):
        return True
    return bool(person) and enrolled_role(store, person) in QUALITY_ROLES
