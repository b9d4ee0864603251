"""Findings: what the checks say about a plan. Data, not exceptions.

`hard` blocks the plan (no final label); `soft` needs a typed reason before the plan can be
used, and the reason is printed; `info` is shown and printed. A few hard findings are
`releasable`: a typed reason (the prescriber's documented decision) releases them, and
without one they block like any hard finding. Which codes are releasable is data (RELEASABLE),
carried on each finding; release.py and apply_overrides() are the only places that act on
it. Codes are stable: scripts, records and translations key on them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum


class Severity(str, Enum):
    HARD = "hard"
    SOFT = "soft"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str                      # in English, as the CLI and JSON give it
    limit: str | None = None
    source: str | None = None
    override_reason: str | None = None
    template: str = ""                # the message before its figures went in, for translation
    params: tuple = ()                # (name, text) figures: language-neutral
    words: tuple = ()                 # (name, text) words: translated with the template
    releasable: bool = False          # a hard finding that a typed reason releases

    @property
    def accepts_reason(self) -> bool:
        """Whether a typed reason applies: every soft finding and the releasable hard ones."""
        return self.severity is Severity.SOFT or (self.severity is Severity.HARD and self.releasable)

    @property
    def needs_reason(self) -> bool:
        return self.accepts_reason and not self.override_reason

    @property
    def blocks(self) -> bool:
        """A hard finding blocks unless it is releasable and its reason was typed."""
        return self.severity is Severity.HARD and not (self.releasable and self.override_reason)

    @property
    def awaits_entry(self) -> bool:
        """A hard finding that only waits for a field to be entered (the thaw time): the plan
        is incomplete, not beyond a limit. It still keeps the label from printing."""
        return self.code in AWAITING_ENTRY

    def text(self, translate) -> str:
        """The message in the language of `translate` (a catalog lookup)."""
        if not self.template:
            return self.message
        values = dict(self.params)
        values.update({name: translate(word) for name, word in self.words})
        return translate(self.template).format(**values)


# code -> (severity, short title). The title is what a list shows; the message says more.
CODES: dict[str, tuple[Severity, str]] = {
    "implausible_result": (Severity.HARD, "Result outside what can be prepared"),
    "dose_capped": (Severity.INFO, "Dose reduced to the cap"),
    "dose_above_max": (Severity.HARD, "Dose above the maximum"),
    "dose_below_min": (Severity.SOFT, "Dose below the usual minimum"),
    "weight_below_min": (Severity.HARD, "Patient lighter than the protocol's minimum"),
    "viability_below_release": (Severity.HARD, "Viability below release specification"),
    "volume_exceeds_available": (Severity.HARD, "Not enough product to draw"),
    "dilution_impossible": (Severity.HARD, "Dilution target cannot be reached"),
    "rate_above_max": (Severity.SOFT, "Rate above the guide"),
    "rate_below_min": (Severity.SOFT, "Rate below the guide"),
    "product_rate_above_max": (Severity.SOFT, "Product flow above the guide"),
    "product_rate_below_min": (Severity.SOFT, "Product flow below the guide"),
    "in_line_ratio_below_min": (Severity.HARD, "In-line dilution too weak"),
    "cell_rate_above_max": (Severity.HARD, "Cells per kg per minute above the maximum"),
    "dmso_above_limit": (Severity.HARD, "DMSO above the daily limit"),
    "dmso_day_above_limit": (Severity.HARD, "DMSO today, with earlier preparations, above the daily limit"),
    "past_use_by": (Severity.HARD, "Past use-by time"),
    "infusion_ends_after_use_by": (Severity.HARD, "Infusion would end after use-by"),
    "recount_required": (Severity.HARD, "Replicate counts disagree: recount"),
    # retired (now recount_required): kept so that records that printed it still print
    "hemocytometer_cv_high": (Severity.SOFT, "Replicate counts disagree"),
    "anticoagulation_decision": (Severity.SOFT, "Anticoagulation decision needed"),
    "leukocyte_filter": (Severity.HARD, "Leukocyte-reduction filter chosen"),
    "irradiated_product": (Severity.HARD, "Product irradiated"),
    "syringe_push": (Severity.SOFT, "Syringe push"),
    "long_infusion_plain_diluent": (Severity.SOFT, "Long time in plain crystalloid"),
    "gravimetric_out_of_tolerance": (Severity.HARD, "Weighed volume out of tolerance"),
    "split_into_bags": (Severity.INFO, "Prepared in several bags"),
    "course_interval_short": (Severity.HARD, "Too soon after the previous dose"),
    "course_previous_dose_unknown": (Severity.HARD, "Previous dose not entered"),
    "course_beyond_last_dose": (Severity.HARD, "Beyond the planned course"),
    "rate_above_ceiling": (Severity.HARD, "Rate above the maximum"),
    "duration_below_min": (Severity.SOFT, "Infusion shorter than the minimum"),
    "fluid_load_high": (Severity.SOFT, "Fluid load per kg high"),
    "thaw_time_missing": (Severity.HARD, "Thaw time not entered"),
    "infusion_longer_than_window": (Severity.HARD, "Infusion longer than the stability window"),
    "stability_too_long": (Severity.HARD, "Stability window longer than allowed"),
    "too_many_bags": (Severity.HARD, "Too many bags"),
    "not_enough_containers": (Severity.HARD, "Not enough containers"),
    "too_many_containers": (Severity.HARD, "Too many containers"),
    "bag_share_too_small": (Severity.HARD, "Too little product per bag to measure"),
    "dose_delivered_deviates": (Severity.SOFT, "Measured volume deviates from the order"),
    "dose_delivered_beyond": (Severity.HARD, "The dose cannot be measured closely enough"),
    "last_container_small": (Severity.INFO, "Last container gives little"),
    "limit_kept": (Severity.INFO, "Entered limit looser than the protocol's"),
    "override_not_applicable": (Severity.INFO, "Reason given for a finding that needs none"),
    "din_used_for_other_patient": (Severity.HARD, "DIN already used for another patient"),
}


# Hard findings that a typed reason may release (see the module's text).
RELEASABLE = frozenset({"course_beyond_last_dose", "course_previous_dose_unknown"})
# Hard findings that say only that an entry is missing (code -> the form key to enter):
# release.py makes the plan INCOMPLETE with them, never BLOCKED.
AWAITING_ENTRY = {"thaw_time_missing": "thawed_at"}


def make(code: str, template: str, *, limit: str | None = None, source: str | None = None,
         words: dict | None = None, **params) -> Finding:
    """A finding whose message is `template` with its figures (`params`, language-neutral)
    and words (translated with the template) filled in."""
    severity, _title = CODES[code]
    words = words or {}
    message = template.format(**params, **words)
    return Finding(code, severity, message, limit, source, template=template,
                   params=tuple(params.items()), words=tuple(words.items()), releasable=code in RELEASABLE)


def title(code: str) -> str:
    return CODES[code][1]


def apply_overrides(findings: list[Finding], overrides: dict[str, str]) -> list[Finding]:
    """Attach typed reasons to the findings that accept one (soft, and releasable hard); a
    reason for anything else is reported, never silently accepted (a hard finding that is
    not releasable cannot be overridden)."""
    result = []
    used = set()
    for finding in findings:
        if finding.accepts_reason and finding.code in overrides:
            finding = replace(finding, override_reason=overrides[finding.code])
            used.add(finding.code)
        result.append(finding)
    for code in overrides:
        if code in used:
            continue
        if code in CODES and CODES[code][0] is Severity.HARD and code not in RELEASABLE:
            why = "is a hard limit and cannot be overridden"
        elif code in CODES:
            why = "does not apply to this plan"
        else:
            why = "is not a finding code"
        result.append(make("override_not_applicable", "A reason was given for '{given}', which {why}.",
                           given=code, words={"why": why}))
    return result
