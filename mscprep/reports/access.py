"""Who may open the quality report, and a person's role as the report prints it.

The issue asks that Records > Quality report... be for the qa and pharmacist roles once
people are enrolled. People and roles are being added (records/people.py, another branch);
until they are merged no store has enrolled people, so everyone may open it and no role is
printed. These three functions are the only places that ask: point `enrolled_role` and
`people_enrolled` at the people table after the merge and the menu, the command and the
report follow.
"""

from __future__ import annotations

QUALITY_ROLES = frozenset({"qa", "pharmacist"})


def people_enrolled(store) -> bool:
    """Whether this store has enrolled people (badges and roles). None has yet."""
    return False


def enrolled_role(store, name: str) -> str | None:
    """The role of `name` as enrolled in this store; None when not enrolled (always, so far)."""
    return None


def may_open_quality_report(store, person: str | None) -> bool:
    """The one gate: anyone while nobody is enrolled; then only the qa and pharmacist roles."""
    if not people_enrolled(store):
        return True
    return bool(person) and enrolled_role(store, person) in QUALITY_ROLES
