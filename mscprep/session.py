"""One operator's work at one workstation, without any GUI: the form being filled, the typed
reasons, the preparation computed from them, the record it was saved as, its double check
and weighing, and the status the release rule gives all of that.

The window observes a Session and redraws what changed; tests drive it without a display.
No number is computed here either: `evaluate` routes the form through prepare().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Mapping

from .errors import InputError
from .form.parse import MIN_REASON_LENGTH, parse_reasons
from .preparation.build import prepare
from .preparation.findings import Finding
from .preparation.interface import Preparation, Row
from .preparation.release import Release, RecordState, Status, release_of
from .protocol.loader import ProtocolSet

STATUS_KINDS = {Status.BLOCKED: "blocked", Status.NOT_READY: "needs_reason"}


@dataclass(frozen=True)
class ViewState:
    """Everything a view shows for the current form."""
    preparation: Preparation | None
    field_errors: dict[str, str] = field(default_factory=dict)
    rows: tuple[Row, ...] = ()
    findings: tuple[Finding, ...] = ()
    release: Release | None = None

    @property
    def current(self) -> bool:
        return self.preparation is not None

    @property
    def status_kind(self) -> str:
        """incomplete | blocked | needs_reason | ok"""
        if self.release is None:
            return "incomplete"
        return STATUS_KINDS.get(self.release.status, "ok")


def evaluate(texts: Mapping[str, str], protocols: ProtocolSet, reasons: Mapping[str, str],
             now: datetime | None = None, record: RecordState | None = None) -> ViewState:
    """The form's texts through the core: the preparation with the reasons typed for its
    current soft findings, or every field that is wrong."""
    form = {key: text for key, text in texts.items() if text and text.strip()}
    try:
        preparation = prepare(form, protocols, now)
        # Reasons typed for findings that no longer apply stay in the form, unused.
        wanted = {f.code for f in preparation.findings if f.accepts_reason}
        typed = {code: reason for code, reason in reasons.items()
                 if code in wanted and len(reason.strip()) >= MIN_REASON_LENGTH}
        if typed:
            preparation = preparation.with_reasons(parse_reasons(typed))
    except InputError as error:
        errors: dict[str, str] = {}
        for key, message in error.errors:
            errors.setdefault(key, message)
        return ViewState(preparation=None, field_errors=errors)
    return ViewState(preparation=preparation, rows=preparation.rows(), findings=tuple(preparation.findings),
                     release=release_of(preparation.findings, record))


class Session:
    """The form, its reasons, its preparation and its record. Each command changes the state
    and tells every listener what changed ("form", "record", "checks")."""

    def __init__(self, protocols: ProtocolSet, store=None, operator: str = ""):
        self.protocols = protocols
        self.store = store                  # mscprep.records.store.RecordStore, or None
        self.operator = operator
        self.texts: dict[str, str] = {}
        self.reasons: dict[str, str] = {}
        self.view = ViewState(preparation=None)
        self.record = None                  # the saved record this case was saved as, if any
        self._weighing = None               # ((record id, version), Weighing) made in this session
        self._listeners: list[Callable[[frozenset[str]], None]] = []

    # --- observers ---------------------------------------------------------------------

    def subscribe(self, listener: Callable[[frozenset[str]], None]) -> None:
        self._listeners.append(listener)

    def _changed(self, *what: str) -> None:
        for listener in list(self._listeners):
            listener(frozenset(what))

    # --- the form ------------------------------------------------------------------------

    def update(self, texts: Mapping[str, str]) -> ViewState:
        self.texts = {key: text for key, text in texts.items() if text}
        return self.recompute()

    def set_reason(self, code: str, text: str) -> None:
        if self.reasons.get(code, "") == text:
            return
        self.reasons[code] = text
        self.recompute()

    def recompute(self) -> ViewState:
        self.view = evaluate(self.texts, self.protocols, self.reasons, record=None)
        record = self.record_state()
        if record is not None:   # the form still shows the saved record: its checks count
            self.view = ViewState(self.view.preparation, self.view.field_errors, self.view.rows, self.view.findings,
                                  release_of(self.view.findings, record))
        self._changed("form")
        return self.view

    def new(self) -> None:
        """Start an empty case; the saved record, if any, stays in the store."""
        self.texts, self.reasons, self.record, self._weighing = {}, {}, None, None
        self.recompute()
        self._changed("record")

    def load(self, record) -> dict[str, str]:
        """Take up a saved record: its texts (protocol defaults left for the protocol to fill)
        and its reasons. Returns the texts the form should show."""
        defaulted = set(record.plan.get("defaulted", []))
        texts = {key: text for key, text in record.inputs.items() if key not in defaulted}
        self.texts, self.reasons = dict(texts), dict(record.reasons)
        self.record, self._weighing = record, None
        self.recompute()
        self._changed("record")
        return texts

    # --- the record ------------------------------------------------------------------------

    def current_record(self):
        """The saved record, if the form still shows exactly what was saved."""
        preparation = self.view.preparation
        if self.record is None or preparation is None:
            return None
        same = (preparation.record_inputs() == self.record.inputs
                and dict(preparation.reasons) == self.record.reasons)
        return self.record if same else None

    def weighing(self, record):
        """The weighing of this record version: just made here, or re-read from the store."""
        if self._weighing is not None and self._weighing[0] == (record.record_id, record.version):
            return self._weighing[1]
        return self.store.latest_weighing(record) if self.store is not None else None

    def record_state(self) -> RecordState | None:
        record = self.current_record()
        if record is None or self.store is None:
            return None
        status = self.store.status(record)
        return RecordState(record.record_id, record.version, status.verified_by, self.weighing(record))

    def save(self, reason: str | None = None):
        """Save the case as a new record, or as the next version of the one it was (a change
        needs a reason). StoreError and InputError leave everything as it was."""
        preparation = self.view.preparation
        if self.store is None or preparation is None:
            raise InputError("record", "complete the form first; there is nothing to save")
        self.record = self.store.save(preparation, self.operator,
                                      record_id=self.record.record_id if self.record else None, reason=reason)
        self._weighing = None
        self.recompute()
        self._changed("record")
        return self.record

    def record_check(self, checker: str, checker_inputs: dict, outcome) -> bool:
        record = self.current_record()
        if record is None:
            raise InputError("record", "save the case first; only a saved record can be checked")
        matched = self.store.record_check(record, checker, checker_inputs, outcome)
        self.recompute()
        self._changed("checks")
        return matched

    def record_weighing(self, weighing) -> None:
        record = self.current_record()
        if record is None:
            raise InputError("record", "save the case first; only a saved record can be weighed")
        self.store.record_weighing(record, self.operator, weighing)
        self._weighing = ((record.record_id, record.version), weighing)
        self.recompute()
        self._changed("checks")

    def log_print(self, what: str = "sheet") -> bool:
        """Log a print of the saved record; True when it is a reprint."""
        record = self.current_record()
        if record is None or self.store is None:
            return False
        return self.store.record_print(record, self.operator, what)

    def printable(self, audience: str | None = None):
        """(document, record state): the saved record's own document when the form shows it
        unchanged (a reprint prints what was printed first), else the current preparation's."""
        record = self.current_record()
        if record is not None:
            return record.document(audience), self.record_state()
        if self.view.preparation is None:
            return None, None
        return self.view.preparation.document(audience), None
