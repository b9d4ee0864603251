"""Which fields a form shows at first: those the chosen protocol and count method use.

The rest (limits that tighten the protocol's, line and filter choices, in-line dilution,
drop factor, course and trial fields of protocols without a course or a trial) wait under
"More". A field that holds text is always shown: nothing typed is ever hidden.
"""

from __future__ import annotations

from typing import Mapping

COUNT_METHODS = {
    "counter": ("concentration", "viability"),
    "label": ("cells_in_product", "product_volume", "viability"),
    "hemocytometer": ("hemocytometer", "viability", "dilution_factor"),
}
COUNT_FIELDS = frozenset(key for keys in COUNT_METHODS.values() for key in keys) | {"dead"}

# Every intravenous preparation asks for these.
_INTRAVENOUS = ("patient_name", "patient_id", "weight", "din", "prepared_by", "dose", "final_concentration",
                "final_volume", "diluent", "rate", "duration", "dmso", "thawed_at", "stability")
_NEBULIZED = ("patient_name", "patient_id", "prepared_by", "first_dose_at")
# Asked for only when the protocol uses them.
_COURSE = ("dose_number", "previous_dose_at")
_TRIAL = ("randomisation_code", "randomisation_list")
_IN_LINE = ("dilution_mode", "in_line_ratio", "product_rate")
_BODY = ("height", "sex")   # for ideal or adjusted body weight


def needs_height(protocol) -> bool:
    """Whether the protocol doses on a weight computed from height and sex (ideal, adjusted)."""
    spec = getattr(protocol, "dosing_weight", None)
    return spec is not None and spec.basis in ("ideal", "adjusted")


def primary_fields(protocol, count_method: str, texts: Mapping[str, str] = {}) -> frozenset[str]:
    """The fields shown without opening "More" for `protocol` (a protocol.definitions.Protocol)."""
    if protocol.route == "nebulized":
        shown = set(_NEBULIZED)
    else:
        shown = set(_INTRAVENOUS) | set(COUNT_METHODS[count_method])
        if protocol.course is not None:
            shown |= set(_COURSE)
        if protocol.blinding is not None:
            shown |= set(_TRIAL)
        if needs_height(protocol):
            shown |= set(_BODY)
        if protocol.defaults.get("dilution_mode") == "in_line" or texts.get("dilution_mode") == "in_line":
            shown |= set(_IN_LINE)
        if protocol.defaults.get("administration") == "gravity" or texts.get("administration") == "gravity":
            shown.add("drop_factor")
    return frozenset(shown | {key for key, text in texts.items() if text and str(text).strip()})


def relevant_fields(protocol, count_method: str) -> frozenset[str] | None:
    """The fields that can matter at all for this protocol (None: every field). A nebulized
    protocol has no cell count, weight or dose; the count fields of other methods never apply."""
    from .fields import FIELDS
    every = {spec.key for spec in FIELDS}
    if protocol.route == "nebulized":
        from ..preparation.kinds.nebulized import RELEVANT
        return frozenset(RELEVANT)
    other_counts = COUNT_FIELDS - set(COUNT_METHODS[count_method]) - ({"dead"} if count_method == "hemocytometer"
                                                                      else set())
    body = set() if needs_height(protocol) else set(_BODY)
    return frozenset(every - other_counts - {"first_dose_at"} - body)
