"""One operator's work at one workstation, without any GUI: the form being filled, the typed
reasons, the preparation computed from them, the record it was saved as, its double check
and weighing, and the status the release rule gives all of that.

The window observes a Session and redraws what changed; tests drive it without a display.
No number is computed here either: `evaluate` routes the form through prepare().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Mapping

from .errors import InputError
from .form.parse import MIN_REASON_LENGTH, parse_reasons
from .preparation.build import prepare
from .preparation.findings import Finding, Severity
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
        wanted = {f.code for f in preparation.findings if f.severity is Severity.SOFT}
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


@dataclass(frozen=True)
class OperatorSession:
    """Who is at the keyboard: every save, check, weighing and print is theirs."""
    operator: str
    session_id: str | None          # the store's session id (None without a store)
    started: datetime


class Session:
    """The form, its reasons, its preparation and its record. Each command changes the state
    and tells every listener what changed ("form", "record", "checks", "operator", "store")."""

    def __init__(self, protocols: ProtocolSet, store=None, operator: str = ""):
        self.protocols = protocols
        self.store = store                  # mscprep.records.store.RecordStore, or None
        self.operator = operator
        self.operator_session: OperatorSession | None = None
        self.store_problem: str | None = None   # why the last store action failed (server away ...)
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
        if self.operator and self.record is None:
            self.texts["prepared_by"] = self.operator   # a new case is prepared by whoever is at the keyboard
        return self.recompute()

    # --- who is at the keyboard ----------------------------------------------------------------

    def start_operator(self, name: str, workstation: str | None = None) -> OperatorSession:
        """`name` starts working here: logged in the store; "Prepared by" of new cases is theirs.
        InputError for a name too short; StoreError leaves no one signed in."""
        from .records.store import _require_name
        name = _require_name(name, "operator")
        session_id = self.store.start_session(name, workstation) if self.store is not None else None
        self.operator = name
        self.operator_session = OperatorSession(name, session_id, datetime.now(timezone.utc))
        if self.record is None and self.texts:
            self.texts["prepared_by"] = name
        self.recompute()
        self._changed("operator")
        return self.operator_session

    def unsaved(self) -> bool:
        """The form holds figures that are not a saved record as it stands."""
        meaningful = {key for key, text in self.texts.items() if text and key not in ("prepared_by", "protocol")}
        return bool(meaningful) and self.current_record() is None

    def draft(self) -> dict:
        """What to keep of unsaved work: the form's texts and typed reasons."""
        return {"form": dict(self.texts), "reasons": dict(self.reasons),
                "record_id": self.record.record_id if self.record else None, "operator": self.operator}

    def end_operator(self) -> dict | None:
        """The operator leaves: their session ends (logged) and the form is cleared. Returns
        their unsaved work as a draft to keep (None when nothing was unsaved)."""
        kept = self.draft() if self.unsaved() else None
        ending = self.operator_session
        if ending is not None and ending.session_id and self.store is not None:
            try:
                self.store.end_session(ending.session_id, ending.operator)
            except Exception as error:  # noqa: BLE001 (StoreError: the end is not logged, the session still ends)
                self.store_problem = str(error)
        self.operator, self.operator_session = "", None
        self.new()
        self._changed("operator")
        return kept

    def change_operator(self, name: str, workstation: str | None = None) -> tuple[OperatorSession, dict | None]:
        """End the current operator's session (their unsaved work returned as a draft) and
        start `name`'s. An invalid name changes nothing."""
        from .records.store import _require_name
        _require_name(name, "operator")
        kept = self.end_operator()
        return self.start_operator(name, workstation), kept

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
        return RecordState(record.record_id, record.version, status.verified_by, self.weighing(record),
                           audit_head=self.store.head())

    def save(self, reason: str | None = None):
        """Save the case as a new record, or as the next version of the one it was (a change
        needs a reason). StoreError and InputError leave everything as it was."""
        if self.operator and self.texts.get("prepared_by") != self.operator:
            self.texts["prepared_by"] = self.operator    # "Prepared by" is whoever saves this version
            self.recompute()
        preparation = self.view.preparation
        if self.store is None or preparation is None:
            raise InputError("record", "complete the form first; there is nothing to save")
        from .records.errors import StoreUnreachable
        try:
            self.record = self.store.save(preparation, self.operator,
                                          record_id=self.record.record_id if self.record else None, reason=reason)
        except StoreUnreachable as error:
            self.store_problem = str(error)
            self._changed("store")
            raise
        self.store_problem = None
        self._weighing = None
        self.recompute()
        self._changed("record")
        return self.record

    def check_record(self, checker: str, entered: Mapping[str, str]):
        """The independent double check of the saved record from the checker's own figures
        (records.doublecheck: required figures, comparison). Stored; returns the outcome.
        InputError: a required figure is missing, or the checker prepared the record."""
        from .records.doublecheck import run_check
        record = self.current_record()
        if record is None:
            raise InputError("record", "save the case first; only a saved record can be checked")
        refusal = self.store.checker_conflict(record, checker)
        if refusal:
            raise InputError("checker", refusal)
        outcome = run_check(record, entered, self.protocols)
        self.record_check(checker, dict(entered), outcome)
        return outcome

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
