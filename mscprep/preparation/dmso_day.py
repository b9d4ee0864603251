"""DMSO per day: the 1 g/kg limit (HEMACORD: "1 gram per kg body weight per day") holds
for the patient's day, not for one preparation. When the records hold other preparations
for the same patient on the same site calendar day, their DMSO is added to this one's.

This module is the rule; records/dmso_day.py is the one place that reads the records for
it, and the CLI (plan, sheet) and the window's session both pass what it found to
prepare(). A preparation never reads the records itself (the core stays pure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .. import clock
from ..units import G, G_PER_KG, of


@dataclass(frozen=True)
class EarlierDmso:
    """DMSO of another preparation saved for the same patient on the same site day."""
    record_id: str
    version: int
    mass: object             # g of DMSO it gives (the larger of ordered and measured)
    saved_at: datetime       # when it was saved (an instant)


@dataclass(frozen=True)
class DmsoDay:
    """The patient's DMSO on this site day: earlier preparations + this one."""
    day: date
    earlier: tuple[EarlierDmso, ...]
    this_mass: object        # g, this preparation (the larger of ordered and measured)
    mass: object             # g, the day's total
    per_kg: object           # g/kg of actual body weight: what the daily limit is checked on


def site_day(moment: datetime) -> date:
    """The site's calendar day of an instant (the day a pharmacist means by 'today')."""
    return clock.local_date(moment)


def dmso_day(earlier: tuple[EarlierDmso, ...], this_mass, weight, now: datetime) -> DmsoDay | None:
    """The day's DMSO: the sum of every earlier preparation's and this one's, per kg of body
    weight; None when this preparation gives no DMSO or nothing earlier is known (the plan's
    own DMSO figure is then the day's)."""
    if this_mass is None or not earlier:
        return None
    earlier_grams = sum(float(item.mass.m_as(G)) for item in earlier)
    total = of(earlier_grams + float(this_mass.m_as(G)), G)
    return DmsoDay(site_day(now), tuple(earlier), this_mass, total, (total / weight).to(G_PER_KG))


def earlier_mass(earlier: tuple[EarlierDmso, ...]):
    return of(sum(float(item.mass.m_as(G)) for item in earlier), G)
