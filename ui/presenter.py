"""Turns the form's texts into a plan and the plan into what the window shows.

No Qt here and no arithmetic: the core computes, this module only routes texts in and
display texts out, so it is tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mscprep.calculation import compute_plan
from mscprep.errors import InputError
from mscprep.findings import Finding
from mscprep.inputs import build_inputs
from mscprep.model import Plan
from mscprep.protocols import ProtocolSet
from mscprep.report import result_rows


@dataclass(frozen=True)
class ViewState:
    """Everything the window shows for the current form."""
    plan: Plan | None
    field_errors: dict[str, str] = field(default_factory=dict)
    rows: tuple[tuple[str, str, str], ...] = ()
    findings: tuple[Finding, ...] = ()
    status_kind: str = "incomplete"   # incomplete | blocked | needs_reason | ok

    @property
    def current(self) -> bool:
        return self.plan is not None


def present(raw: dict[str, str], protocols: ProtocolSet, reasons: dict[str, str],
            now: datetime | None = None) -> ViewState:
    """The view of `raw` form texts; `reasons` are typed reasons for soft findings."""
    form = {key: text for key, text in raw.items() if text and text.strip()}
    try:
        plan = compute_plan(build_inputs(form, protocols), now)
        # Reasons typed for findings that no longer apply stay in the form, unused.
        wanted = {f.code for f in plan.findings if f.severity.value == "soft"}
        typed = {code: reason.strip() for code, reason in reasons.items()
                 if code in wanted and len(reason.strip()) >= 3}
        if typed:
            form["overrides"] = "\n".join(f"{code}={reason}" for code, reason in typed.items())
            plan = compute_plan(build_inputs(form, protocols), plan.computed_at)
    except InputError as error:
        errors = {}
        for key, message in error.errors:
            errors.setdefault(key, message)
        return ViewState(plan=None, field_errors=errors, status_kind="incomplete")
    kind = "blocked" if plan.blocked else "needs_reason" if plan.reasons_missing else "ok"
    return ViewState(plan=plan, rows=tuple(result_rows(plan)), findings=plan.findings, status_kind=kind)
