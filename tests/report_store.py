"""A record store with known events for the quality report's tests (and to look at it):
three preparations saved now, each with what QA must find.

R_final   rate_above_max released with a typed reason; verified; weighed within
          tolerance; sheet printed, label printed, label reprinted (with a reason when
          the store records one).
R_blocked rate_above_max released; a failed double check (weight 70 vs 72 kg); then a
          passing check; weighed out of tolerance, then again out of tolerance (blocked,
          repeated weighing).
R_changed syringe_push released; verified by M. Sato; then changed (weight 70 -> 68 kg,
          reason "weight re-measured"): a record changed after a check, not ready.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from mscprep.preparation.build import prepare
from mscprep.records.doublecheck import compare
from mscprep.records.weighing import weigh_record

RATE_REASON = "Physician ordered the faster rate (note 12)"
PUSH_REASON = "Paediatric line: syringe push ordered by Dr Ito"
CHANGE_REASON = "weight re-measured"
REPRINT_REASON = "label smudged"


def form(now: datetime, **extra) -> dict:
    thawed = (now - timedelta(hours=1)).astimezone(timezone.utc).isoformat(timespec="minutes")
    raw = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
           "final_volume": "50 mL", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako",
           "din": "A999921123456", "thawed_at": thawed, "stability": "4 h", "max_rate": "1 mL/min",
           "prepared_by": "K. Tanaka (KT)"}
    raw.update(extra)
    return {key: value for key, value in raw.items() if value is not None}


def build(store, now: datetime | None = None) -> dict:
    now = now or datetime.now(timezone.utc)
    rate = {"rate_above_max": RATE_REASON}
    ids = {}
    first = store.save(prepare(form(now), now=now, reasons=rate), "K. Tanaka (KT)")
    ids["final"] = first.record_id
    store.record_check(first, "M. Sato (MS)", {}, compare(first.plan, prepare(form(now), now=now, reasons=rate)))
    store.record_weighing(first, "K. Tanaka (KT)", weigh_record(first, "20 g", f"{20 + 50 * 1.005:.3f} g"))
    store.record_print(first, "K. Tanaka (KT)", "sheet")
    store.record_print(first, "K. Tanaka (KT)", "label")
    _reprint(store, first, "K. Tanaka (KT)", "label", REPRINT_REASON)

    second = store.save(prepare(form(now), now=now, reasons=rate), "K. Tanaka (KT)")
    ids["blocked"] = second.record_id
    store.record_check(second, "M. Sato (MS)", {"weight": "72 kg"},
                       compare(second.plan, prepare(form(now, weight="72 kg"), now=now, reasons=rate)))
    store.record_check(second, "M. Sato (MS)", {}, compare(second.plan, prepare(form(now), now=now, reasons=rate)))
    store.record_weighing(second, "L. Chen (LC)", weigh_record(second, "20 g", "60 g"))
    store.record_weighing(second, "L. Chen (LC)", weigh_record(second, "20 g", "61 g"),
                          reason="re-weighed on the second balance")    # a weighing again needs a reason

    push = {"syringe_push": PUSH_REASON}
    third = store.save(prepare(form(now, administration="syringe_push", max_rate=None), now=now, reasons=push),
                       "L. Chen (LC)")
    ids["changed"] = third.record_id
    store.record_check(third, "M. Sato (MS)", {}, compare(third.plan, prepare(
        form(now, administration="syringe_push", max_rate=None), now=now, reasons=push)))
    store.save(prepare(form(now, administration="syringe_push", max_rate=None, weight="68 kg"), now=now, reasons=push),
               "L. Chen (LC)", record_id=third.record_id, reason=CHANGE_REASON)
    return ids


def _reprint(store, record, operator: str, what: str, reason: str) -> None:
    """A reprint with its reason when the store's record_print takes one (the print log is
    being extended on another branch); otherwise the reprint as the store records it."""
    import inspect
    if "reason" in inspect.signature(store.record_print).parameters:
        store.record_print(record, operator, what, reason=reason)
    else:
        store.record_print(record, operator, what)
