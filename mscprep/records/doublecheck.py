"""Independent double check: a second person recomputes from the source figures, blind to
the first results; each result is compared within a tolerance (default 1 %)."""

from __future__ import annotations

from dataclasses import dataclass

# Results compared between the two computations; each is {"value", "unit"} in the export.
COMPARED = ("dose", "dose_per_kg", "volume_to_draw", "diluent_volume", "final_volume",
            "final_concentration", "rate", "duration", "cell_rate", "dmso")
IDENTITY = ("din",)
# For a blinded trial the arm must agree too: both people read the same randomisation list.
TRIAL = ("blinded",)
DEFAULT_TOLERANCE = 0.01


@dataclass(frozen=True)
class Difference:
    key: str
    first: str
    second: str
    relative: float | None   # None for text or a value present in one plan only


@dataclass(frozen=True)
class CheckOutcome:
    differences: tuple[Difference, ...]
    tolerance: float
    second_plan: dict

    @property
    def matched(self) -> bool:
        return not self.differences


def _text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return f"{value['value']:.6g} {value['unit']}"
    return str(value)


def compare(first: dict, second_preparation, tolerance: float = DEFAULT_TOLERANCE) -> CheckOutcome:
    """Compare the saved first plan (its export dict) with the checker's preparation."""
    second = second_preparation.to_dict()
    differences = []
    for key in COMPARED:
        a, b = first.get(key), second.get(key)
        if a is None and b is None:
            continue
        if a is None or b is None:
            differences.append(Difference(key, _text(a), _text(b), None))
            continue
        largest = max(abs(a["value"]), abs(b["value"]))
        relative = abs(a["value"] - b["value"]) / largest if largest else 0.0
        if relative > tolerance:
            differences.append(Difference(key, _text(a), _text(b), relative))
    for key in IDENTITY:
        if second.get(key) and first.get(key) != second.get(key):
            differences.append(Difference(key, _text(first.get(key)), _text(second.get(key)), None))
    for key in TRIAL:
        if (first.get(key) or {}).get("arm") != (second.get(key) or {}).get("arm"):
            differences.append(Difference("arm", _text((first.get(key) or {}).get("arm")),
                                          _text((second.get(key) or {}).get("arm")), None))
    if first.get("aliquots") != second.get("aliquots"):
        differences.append(Difference("aliquots", _text((first.get("aliquots") or {}).get("count")),
                                      _text((second.get("aliquots") or {}).get("count")), None))
    if first.get("blocked") != second.get("blocked"):
        differences.append(Difference("blocked", _text(first.get("blocked")), _text(second.get("blocked")), None))
    return CheckOutcome(tuple(differences), tolerance, second)


def blind_view(record) -> dict:
    """What the checker may see of the first preparation: who and what, never results
    nor the figures typed by the preparer."""
    return {"record_id": record.record_id, "version": record.version, "patient_name": record.patient_name,
            "patient_id": record.patient_id, "din": record.din, "protocol": record.protocol_id,
            "prepared_by": record.operator}
