"""Independent double check (ISMP): a second person recomputes from the source documents,
blind to the first results; each result is compared within a tolerance (default 1 %).

The checker starts from an empty form but for the record's identity: protocol defaults are
not filled in for them, and the figures that decide the dose (`required_figures`: the DIN,
count, viability or label figures, weight, dose order, dilution target, rate or duration,
DMSO, randomisation code) must be typed from the sources. `run_check` refuses to compare
until all are there; the GUI's Compare button and `mscprep records check` both use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from .. import display
from ..errors import InputError, message
from ..form.fields import FIELD_BY_KEY, FIELDS
from ..units import CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, G_PER_KG, ML, ML_PER_MIN, ureg

# Results compared between the two computations; each is {"value", "unit"} in the export.
COMPARED = ("dose", "dose_per_kg", "volume_to_draw", "diluent_volume", "final_volume",
            "final_concentration", "rate", "duration", "cell_rate", "dmso")
# When the label dilutes each container before the draw (TEMCELL), the product and the
# diluent of the dose are contained in the suspension and never measured on their own: the
# check compares what is physically done instead, the containers thawed and the suspension
# drawn as measured.
PHYSICAL = {"dilute_each_then_draw": {"volume_to_draw": "containers_to_thaw",
                                      "diluent_volume": "volume_to_draw_measured"}}


def compared_keys(first: dict) -> tuple[str, ...]:
    """The results compared for a record (its export dict): COMPARED, with what is physically
    measured in place of contained volumes for the label's method."""
    swap = PHYSICAL.get(first.get("method") or "", {})
    return tuple(swap.get(key, key) for key in COMPARED)
IDENTITY = ("din", "container_dins")   # every container's DIN (issue 24), in any order
# For a blinded trial the arm must agree too: both people read the same randomisation list.
TRIAL = ("blinded",)
DEFAULT_TOLERANCE = 0.01


# What the checker may type: the source figures, and what describes the product and the
# infusion. Identity (patient name and ID) comes from the record.
CHECK_FIELDS = ("din", "container_dins", "weight", "height", "sex", "dose", "basis", "concentration", "viability", "cells_in_product", "product_volume",
                "hemocytometer", "dead", "dilution_factor", "final_concentration", "final_volume",
                "dilution_mode", "in_line_ratio", "rate", "duration", "product_rate", "dmso", "available",
                "thawed_at", "randomisation_code", "randomisation_list", "first_dose_at", "dose_number")
IDENTITY_FIELDS = ("patient_name", "patient_id")
# A blinded record's list is a file the pharmacy keeps: the check reads the same file.
CARRIED_FIELDS = ("randomisation_list",)
# Everything else the record was computed with is one of its own limits or settings (a dose
# cap, the stability window, containers, the line): they apply to the check as they are, so
# the check can never need a figure the checker may not type ("Prepared by" is not computed).
SETTING_FIELDS = tuple(spec.key for spec in FIELDS
                       if spec.key not in CHECK_FIELDS + IDENTITY_FIELDS + CARRIED_FIELDS + ("prepared_by",))


@dataclass(frozen=True)
class Requirement:
    """A figure the checker must type: any one of `keys` (rate or duration)."""
    keys: tuple[str, ...]

    @property
    def label(self) -> str:
        return " or ".join(FIELD_BY_KEY[key].label for key in self.keys)

    def met_by(self, entered: Mapping[str, str]) -> bool:
        return any((entered.get(key) or "").strip() for key in self.keys)


def required_figures(record) -> tuple[Requirement, ...]:
    """The figures this record's check requires, from what the record was computed with
    (protocol defaults included: the checker confirms them from the sources too)."""
    used = {key for key, text in record.inputs.items() if text not in (None, "")}
    wanted: list[tuple[str, ...]] = []
    if record.din:
        wanted.append(("din",))
    if "container_dins" in used:      # each other container's DIN, scanned from the container
        wanted.append(("container_dins",))
    wanted += [(key,) for key in ("weight", "height", "sex", "dose", "basis") if key in used]
    if "hemocytometer" in used:
        wanted += [("hemocytometer",), ("dilution_factor",)]
        wanted += [("dead",)] if "dead" in used else [("viability",)] if "viability" in used else []
    elif "cells_in_product" in used:
        wanted += [("cells_in_product",), ("product_volume",)] + ([("viability",)] if "viability" in used else [])
    elif "concentration" in used:
        wanted += [("concentration",)] + ([("viability",)] if "viability" in used else [])
    wanted += [(key,) for key in ("final_concentration", "final_volume") if key in used]
    if used & {"rate", "duration"}:
        wanted.append(("rate", "duration"))
    # The thaw time decides the use-by, the first dose the nebulized calendar: both are
    # confirmed from the sources, like the figures.
    wanted += [(key,) for key in ("dmso", "thawed_at", "first_dose_at", "randomisation_code") if key in used]
    return tuple(Requirement(keys) for keys in wanted)


def missing_figures(record, entered: Mapping[str, str]) -> tuple[Requirement, ...]:
    """The required figures not yet typed (empty: the check may compare)."""
    return tuple(requirement for requirement in required_figures(record) if not requirement.met_by(entered))


def missing_text(missing: tuple[Requirement, ...]) -> str:
    from ..errors import message
    return message("enter from the source documents: {labels}",
                   {"labels": tuple(tuple(FIELD_BY_KEY[key].label for key in requirement.keys)
                                    for requirement in missing)}, joiner=", ")


def checker_form(record, entered: Mapping[str, str]) -> dict[str, str]:
    """The form the checker's preparation is computed from: the record's protocol and
    identity, and only what the checker typed. InputError when a required figure is missing."""
    missing = missing_figures(record, entered)
    if missing:
        raise InputError(missing[0].keys[0], missing_text(missing))
    form = {key: record.inputs[key] for key in IDENTITY_FIELDS + CARRIED_FIELDS + SETTING_FIELDS
            if record.inputs.get(key)}
    form.update({key: text for key, text in entered.items() if key in CHECK_FIELDS and text and text.strip()})
    form["protocol"] = record.protocol_id or record.inputs.get("protocol") or "none"
    return form


def run_check(record, entered: Mapping[str, str], protocols=None, tolerance: float | None = None,
              now: datetime | None = None) -> "CheckOutcome":
    """The checker's figures through prepare() and compared with the record. Evaluated at
    the record's own time, so that time-dependent findings are the same on both sides.
    InputError names a missing or unreadable figure."""
    from ..preparation.build import prepare
    from .dmso_day import recorded_earlier
    form = checker_form(record, entered)
    at = now or datetime.fromisoformat(record.created_utc)
    # the same earlier preparations of the day as the record counted (its daily DMSO)
    second = prepare(form, protocols, at, reasons=record.reasons, dmso_earlier=recorded_earlier(record.plan))
    return compare(_with_container_dins(record), second, DEFAULT_TOLERANCE if tolerance is None else tolerance)


def _with_container_dins(record) -> dict:
    """The record's plan with its other containers' DINs (a plan saved before the JSON had
    them: read from its inputs)."""
    if "container_dins" in record.plan:
        return record.plan
    from ..din import parse_dins
    try:
        dins = list(parse_dins(record.inputs.get("container_dins") or ""))
    except InputError:
        dins = [record.inputs.get("container_dins")]
    return dict(record.plan, container_dins=dins)


def _identity_value(value):
    """A DIN, or the other containers' DINs as a set (scanned in any order)."""
    if isinstance(value, list):
        return tuple(sorted(str(item) for item in value)) or None
    return value or None


@dataclass(frozen=True)
class Difference:
    key: str
    first: str               # both values in the display format, with units
    second: str
    relative: float | None   # None for text or a value present in one plan only


@dataclass(frozen=True)
class CheckOutcome:
    differences: tuple[Difference, ...]
    tolerance: float
    second_plan: dict
    first_plan: dict | None = None

    @property
    def matched(self) -> bool:
        return not self.differences


# Result key -> (label, display unit); durations are written in minutes or hours.
LABELS = {"dose": ("Dose", CELL), "dose_per_kg": ("Dose per kg", CELL_PER_KG),
          "volume_to_draw": ("Volume to draw", ML), "diluent_volume": ("Diluent volume", ML),
          "containers_to_thaw": ("Containers to thaw", None),
          "volume_to_draw_measured": ("Suspension to draw (as measured)", ML),
          "final_volume": ("Final volume", ML), "final_concentration": ("Final concentration", CELL_PER_ML),
          "rate": ("Rate", ML_PER_MIN), "duration": ("Duration", None), "cell_rate": ("Cell rate", CELL_PER_KG_MIN),
          "dmso": ("DMSO", G_PER_KG), "din": ("DIN", None),
          "container_dins": ("DINs of the other containers", None), "arm": ("Arm", None), "aliquots": ("Aliquots", None),
          "blocked": ("Blocked", None), "use_by": ("Use by", None), "calendar": ("Dosing calendar", None),
          "viability": ("Viability", None), "total_concentration": ("Total concentration", CELL_PER_ML),
          "viable_concentration": ("Viable concentration", CELL_PER_ML), "basis": ("Basis", None),
          "counts": ("Hemocytometer counts", None), "thawed_at": ("Thawed at", None)}


def label_of(key: str) -> str:
    return LABELS.get(key, (key.replace("_", " ").capitalize(), None))[0]


def _moment(text: str | None) -> str:
    return display.clock(datetime.fromisoformat(text)) if text else "—"


def calendar_text(calendar: list | None) -> str:
    """A calendar as its first and last dose: where two calendars part, one of them moves.
    A Message (its id and the figures), so the window writes it in its language."""
    if not calendar:
        return "—"
    return message("{count} doses, {first} to {last}", count=len(calendar), first=_moment(calendar[0]["at"]),
                   last=_moment(calendar[-1]["at"]))


def _text(value, key: str = "") -> str:
    """A compared value as people read it: 4 significant figures and the display unit."""
    if value is None:
        return "—"
    if isinstance(value, dict) and "value" in value:
        quantity = ureg.Quantity(value["value"], value["unit"])
        if key == "duration":
            return display.duration(quantity)
        unit = LABELS.get(key, (None, None))[1]
        return display.quantity(quantity, unit, 4) if unit is not None else display.any_quantity(quantity)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key == "viability" and isinstance(value, (int, float)):
        return display.percent(value)
    return str(value)


def compare(first: dict, second_preparation, tolerance: float = DEFAULT_TOLERANCE) -> CheckOutcome:
    """Compare the saved first plan (its export dict) with the checker's preparation."""
    second = second_preparation.to_dict()
    differences = []
    for key in compared_keys(first):
        a, b = first.get(key), second.get(key)
        if a is None and b is None:
            continue
        if a is None or b is None:
            differences.append(Difference(key, _text(a, key), _text(b, key), None))
            continue
        if not isinstance(a, dict) or not isinstance(b, dict):   # a count: equal or not
            if a != b:
                differences.append(Difference(key, _text(a, key), _text(b, key), None))
            continue
        largest = max(abs(a["value"]), abs(b["value"]))
        relative = abs(a["value"] - b["value"]) / largest if largest else 0.0
        if relative > tolerance:
            differences.append(Difference(key, _text(a, key), _text(b, key), relative))
    for key in IDENTITY:
        a, b = _identity_value(first.get(key)), _identity_value(second.get(key))
        if a != b:
            differences.append(Difference(key, _text(" ".join(a) if isinstance(a, tuple) else a),
                                          _text(" ".join(b) if isinstance(b, tuple) else b), None))
    for key in TRIAL:
        if (first.get(key) or {}).get("arm") != (second.get(key) or {}).get("arm"):
            differences.append(Difference("arm", _text((first.get(key) or {}).get("arm")),
                                          _text((second.get(key) or {}).get("arm")), None))
    if first.get("use_by") != second.get("use_by"):
        differences.append(Difference("use_by", _moment(first.get("use_by")), _moment(second.get("use_by")), None))
    if first.get("calendar") != second.get("calendar"):
        differences.append(Difference("calendar", calendar_text(first.get("calendar")),
                                      calendar_text(second.get("calendar")), None))
    if first.get("aliquots") != second.get("aliquots"):
        differences.append(Difference("aliquots", _text((first.get("aliquots") or {}).get("count")),
                                      _text((second.get("aliquots") or {}).get("count")), None))
    differences += source_differences(first, second, tolerance)
    if first.get("blocked") != second.get("blocked"):
        differences.append(Difference("blocked", _text(first.get("blocked")), _text(second.get("blocked")), None))
    return CheckOutcome(tuple(differences), tolerance, second, first)


# The source figures that decide release are compared as well as the results: the same
# dose from another viability (90 % vs 100 % with the concentration to match) or another
# basis is not the same preparation.
SOURCE_NUMBERS = ("viability", "total_concentration", "viable_concentration")
COUNTS = ("squares", "mean_viable", "mean_dead")


def _value(value):
    return value["value"] if isinstance(value, dict) else value


def _instant(text):
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return text


def source_differences(first: dict, second: dict, tolerance: float) -> list[Difference]:
    found = []
    for key in SOURCE_NUMBERS:
        a, b = first.get(key), second.get(key)
        if a is None and b is None:
            continue
        if a is None or b is None:
            found.append(Difference(key, _text(a, key), _text(b, key), None))
            continue
        largest = max(abs(_value(a)), abs(_value(b)))
        relative = abs(_value(a) - _value(b)) / largest if largest else 0.0
        if relative > tolerance:
            found.append(Difference(key, _text(a, key), _text(b, key), relative))
    if (first.get("basis") or "viable") != (second.get("basis") or "viable"):
        found.append(Difference("basis", str(first.get("basis") or "viable"), str(second.get("basis") or "viable"),
                                None))
    counts = [tuple((plan.get("hemocytometer") or {}).get(key) for key in COUNTS) for plan in (first, second)]
    if counts[0] != counts[1]:
        shown = [f"{c[0]} squares, mean {c[1]} unstained, {c[2]} stained" if c[0] else "—" for c in counts]
        found.append(Difference("counts", shown[0], shown[1], None))
    thawed = [_instant((plan.get("inputs") or {}).get("thawed_at")) for plan in (first, second)]
    if thawed[0] != thawed[1]:
        shown = [_moment(plan["inputs"]["thawed_at"]) if isinstance(moment, datetime) else str(moment or "—")
                 for plan, moment in zip((first, second), thawed)]
        found.append(Difference("thawed_at", shown[0], shown[1], None))
    return found


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the side-by-side table: what, the record's value, the checker's value
    (display format with units), the difference in % (signed, checker against record; empty
    for text) and whether it agrees."""
    key: str
    label: str
    first: str
    second: str
    difference: str
    agrees: bool


def comparison(outcome: CheckOutcome) -> tuple[ComparisonRow, ...]:
    """Every compared result, present on either side, in the order of the sheet."""
    first, second = outcome.first_plan, outcome.second_plan
    differing = {difference.key for difference in outcome.differences}
    rows = []
    keys = compared_keys(first)
    for key in keys:
        a, b = first.get(key), second.get(key)
        if a is None and b is None:
            continue
        change = ""
        if isinstance(a, dict) and isinstance(b, dict) and a["value"]:
            change = f"{(b['value'] - a['value']) / abs(a['value']):+.1%}"
        rows.append(ComparisonRow(key, label_of(key), _text(a, key), _text(b, key), change, key not in differing))
    for difference in outcome.differences:
        if difference.key not in keys:
            rows.append(ComparisonRow(difference.key, label_of(difference.key), difference.first, difference.second,
                                      "", False))
    if first.get("din") and "din" not in differing:
        rows.append(ComparisonRow("din", "DIN", first["din"], second.get("din") or "—", "", True))
    return tuple(rows)


def differences_text(outcome: CheckOutcome) -> list[str]:
    """One line per difference, for the command line and the log."""
    return [f"{row.label}: record {row.first}, check {row.second}" + (f" ({row.difference})" if row.difference
                                                                      else "")
            for row in comparison(outcome) if not row.agrees]


def blind_view(record) -> dict:
    """What the checker may see of the first preparation: who and what, never results
    nor the figures typed by the preparer."""
    return {"record_id": record.record_id, "version": record.version, "patient_name": record.patient_name,
            "patient_id": record.patient_id, "din": record.din, "protocol": record.protocol_id,
            "prepared_by": record.operator}
