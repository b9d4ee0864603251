"""The one place that reads the records for the daily DMSO limit (preparation/dmso_day.py
is the rule). The CLI (plan, sheet) and the window's session call earlier_dmso() and pass
what it finds to prepare().

What counts: the latest version of every other record of the same patient ID (exactly, as
typed) saved on the same site calendar day, unless it stands blocked (a blocked record is
never labelled, so never given). The records do not say what was infused: a saved,
unblocked preparation counts whether or not it was given, which can only make the check
stricter. A new version of the record being edited (`excluding`) replaces it and is not
counted twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..preparation.dmso_day import EarlierDmso, site_day
from ..units import G, ureg


def earlier_dmso(store, patient_id: str, now: datetime, excluding: str | None = None) -> tuple[EarlierDmso, ...]:
    """DMSO of the other preparations saved for `patient_id` on the site day of `now`,
    oldest first. Nothing without a store or a patient ID (the plan then says nothing of
    other preparations; it is not ready to label without a patient ID either)."""
    patient_id = (patient_id or "").strip()
    if store is None or not patient_id:
        return ()
    day = site_day(now)
    # A site day is at most 26 h of UTC either side of its date: search wide, keep it exact.
    since = (datetime.combine(day, datetime.min.time(), timezone.utc) - timedelta(days=1)).strftime("%Y-%m-%d")
    found = []
    for summary in store.search(patient_id=patient_id, date_from=since, limit=1000):
        if summary.patient_id != patient_id or summary.record_id == excluding or summary.blocked:
            continue
        saved = datetime.fromisoformat(summary.created_utc)
        if site_day(saved) != day:
            continue
        record = store.latest(summary.record_id)
        if record is None:
            continue
        mass = preparation_dmso(record.plan)
        if mass is not None and mass.magnitude > 0:
            found.append(EarlierDmso(record.record_id, record.version, mass, saved))
    return tuple(sorted(found, key=lambda item: item.saved_at))


def preparation_dmso(plan: dict):
    """The DMSO a saved preparation gives (its JSON): the larger of ordered and measured, in g."""
    masses = [ureg.Quantity(plan[key]["value"], plan[key]["unit"]).to(G)
              for key in ("dmso_mass", "dmso_mass_measured") if isinstance(plan.get(key), dict)]
    return max(masses) if masses else None


def recorded_earlier(plan: dict) -> tuple[EarlierDmso, ...]:
    """What a saved preparation counted as earlier DMSO that day (its JSON 'dmso_day'): the
    double check recomputes with the same, so that both sides check the same day."""
    day = plan.get("dmso_day") or {}
    return tuple(EarlierDmso(item["record_id"], item["version"],
                             ureg.Quantity(item["dmso_mass"]["value"], item["dmso_mass"]["unit"]),
                             datetime.fromisoformat(item["saved_at"]))
                 for item in day.get("earlier", ()))
