"""The one next act of the case, named on the status banner's "Next" button and done by it:
complete a field, type a reason, save, hand to a pharmacist for the double check, weigh,
print the label, then start the next preparation. What the case needs comes from the
session's view (the release rule) and its stages; this module only picks the first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "NextStep"
TEXTS = {
    "complete": QT_TRANSLATE_NOOP("NextStep", "Next: complete {0}"),
    "enter": QT_TRANSLATE_NOOP("NextStep", "Next: enter {0}"),
    "reason": QT_TRANSLATE_NOOP("NextStep", "Next: type the reason for {0}"),
    "blocked": QT_TRANSLATE_NOOP("NextStep", "Next: correct what blocks the plan"),
    "save": QT_TRANSLATE_NOOP("NextStep", "Next: save the record"),
    "draft": QT_TRANSLATE_NOOP("NextStep", "Next: print the draft sheet"),
    "check": QT_TRANSLATE_NOOP("NextStep", "Next: hand to a pharmacist for the double check"),
    "recheck": QT_TRANSLATE_NOOP("NextStep", "Next: repeat the double check"),
    "weigh": QT_TRANSLATE_NOOP("NextStep", "Next: weigh (gravimetric check)"),
    "label": QT_TRANSLATE_NOOP("NextStep", "Next: print the label"),
    "new": QT_TRANSLATE_NOOP("NextStep", "Next: new preparation"),
}


@dataclass(frozen=True)
class NextStep:
    act: str                 # a key of TEXTS
    target: str = ""         # the field key or finding code it concerns
    text: str = ""           # the button's words, in the UI language
    run: Callable[[], object] | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def next_step(window) -> NextStep:
    """The next act for the case in `window` (a ui.main_window.MainWindow)."""
    from mscprep.preparation.findings import title
    session = window.session
    state = session.view
    kind = state.status_kind
    if kind in ("incomplete", "identity"):
        keys = state.incomplete or ("patient_name",)
        key = keys[0]
        act = "enter" if kind == "identity" else "complete"
        return NextStep(act, key, _tr(TEXTS[act]).format(window.label_of(key)), lambda: window.go_to_field(key))
    if kind == "needs_reason":
        finding = state.release.reasons_missing[0]
        name = QCoreApplication.translate("ResultsPanel", title(finding.code))
        return NextStep("reason", finding.code, _tr(TEXTS["reason"]).format(name),
                        lambda: window.go_to_reason(finding.code))
    if kind == "blocked":
        return NextStep("blocked", "", _tr(TEXTS["blocked"]), window.show_findings)
    record = session.current_record()
    usable_store = session.store is not None and not session.store_problem
    if record is None:
        if usable_store:
            return NextStep("save", "", _tr(TEXTS["save"]), lambda: window.records.save())
        return NextStep("draft", "", _tr(TEXTS["draft"]), lambda: window.printing.print_preview())
    stages = {stage.key: stage for stage in session.stages()}
    verified = stages.get("verified")
    if verified is not None and not verified.done:
        act = "recheck" if verified.state == "failed" else "check"
        return NextStep(act, "", _tr(TEXTS[act]), lambda: window.records.double_check())
    weighed = stages.get("weighed")
    if weighed is not None and not weighed.done:
        return NextStep("weigh", "", _tr(TEXTS["weigh"]), lambda: window.records.gravimetric_check())
    labelled = stages.get("labelled")
    if labelled is not None and not labelled.done:
        return NextStep("label", "", _tr(TEXTS["label"]), lambda: window.printing.print_label())
    return NextStep("new", "", _tr(TEXTS["new"]), window.new_case)
