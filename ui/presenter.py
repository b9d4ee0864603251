"""Turns the form's texts into a preparation and the preparation into what the window shows.

No Qt here and no arithmetic: the core computes (mscprep.preparation.prepare), this module
only routes texts in and display texts out, so it is tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mscprep.blinding import BlindedPreparation
from mscprep.errors import InputError
from mscprep.findings import Finding, Severity
from mscprep.model import Plan
from mscprep.preparation import prepare
from mscprep.protocols import ProtocolSet
from mscprep.report import aliquot_rows, result_rows


@dataclass(frozen=True)
class ViewState:
    """Everything the window shows for the current form."""
    preparation: object | None                 # Plan, AliquotPlan or BlindedPreparation
    field_errors: dict[str, str] = field(default_factory=dict)
    rows: tuple[tuple[str, str, str], ...] = ()
    findings: tuple[Finding, ...] = ()
    status_kind: str = "incomplete"   # incomplete | blocked | needs_reason | ok

    @property
    def plan(self) -> Plan | None:
        """The intravenous plan with cells, when there is one (records, timeline, weighing)."""
        preparation = self.preparation
        if isinstance(preparation, BlindedPreparation):
            preparation = preparation.plan
        return preparation if isinstance(preparation, Plan) else None

    @property
    def current(self) -> bool:
        return self.preparation is not None


def _rows(preparation) -> tuple:
    if isinstance(preparation, BlindedPreparation):
        arm = ("arm", "Blinded trial arm (pharmacy only)", f"{preparation.code}: {preparation.arm.upper()}")
        inner = preparation.plan
        if isinstance(inner, Plan):
            return (arm,) + tuple(result_rows(inner))
        return (arm, ("final_volume", "Final volume", f"{inner.final_volume.m_as('mL'):g} mL placebo "
                                                       f"({inner.diluent})"))
    if isinstance(preparation, Plan):
        return tuple(result_rows(preparation))
    return tuple(aliquot_rows(preparation))


def present(raw: dict[str, str], protocols: ProtocolSet, reasons: dict[str, str],
            now: datetime | None = None) -> ViewState:
    """The view of `raw` form texts; `reasons` are typed reasons for soft findings."""
    form = {key: text for key, text in raw.items() if text and text.strip()}
    try:
        preparation = prepare(form, protocols, now)
        # Reasons typed for findings that no longer apply stay in the form, unused.
        wanted = {f.code for f in preparation.findings if f.severity is Severity.SOFT}
        typed = {code: reason.strip() for code, reason in reasons.items()
                 if code in wanted and len(reason.strip()) >= 3}
        if typed:
            form["overrides"] = "\n".join(f"{code}={reason}" for code, reason in typed.items())
            preparation = prepare(form, protocols, getattr(preparation, "computed_at", None) or now)
    except InputError as error:
        errors = {}
        for key, message in error.errors:
            errors.setdefault(key, message)
        return ViewState(preparation=None, field_errors=errors, status_kind="incomplete")
    kind = "blocked" if preparation.blocked else "needs_reason" if preparation.reasons_missing else "ok"
    return ViewState(preparation=preparation, rows=_rows(preparation), findings=tuple(preparation.findings),
                     status_kind=kind)
