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

from . import clock
from .documents.model import with_findings
from .errors import InputError, message, message_of
from .form.fields import FIELDS
from .form.parse import MIN_REASON_LENGTH, parse_reasons
from .preparation.build import prepare
from .preparation.findings import Finding
from .preparation.identity import missing_identity
from .preparation.interface import Preparation, Row
from .preparation.release import Release, RecordState, Status, release_of
from .protocol.loader import ProtocolSet

STATUS_KINDS = {Status.BLOCKED: "blocked", Status.NOT_READY: "needs_reason", Status.IDENTITY: "identity"}
FORM_ORDER = {spec.key: number for number, spec in enumerate(FIELDS)}
# Filled in by the program, not typed: a form holding only these is an empty case.
NOT_TYPED = ("protocol", "prepared_by")


def figures_of(findings, code: str) -> tuple:
    """The figures of the findings with `code` (language-neutral texts): what a reason typed
    for that finding justified: a reason typed for one dose is not a reason for another."""
    return tuple(sorted(tuple((str(name), str(value)) for name, value in f.params)
                        for f in findings if f.code == code))


@dataclass(frozen=True)
class ViewState:
    """Everything a view shows for the current form."""
    preparation: Preparation | None
    field_errors: dict[str, str] = field(default_factory=dict)
    rows: tuple[Row, ...] = ()
    findings: tuple[Finding, ...] = ()
    release: Release | None = None
    missing_identity: tuple[str, ...] = ()        # identity fields still empty (preparation.identity)
    stale_reasons: Mapping[str, str] = field(default_factory=dict)   # code -> reason typed for other figures

    @property
    def current(self) -> bool:
        return self.preparation is not None

    @property
    def status_kind(self) -> str:
        """incomplete | blocked | needs_reason | identity | ok. The release rule decides the
        first three; "identity": computed and releasable, but whose it is is not complete."""
        if self.release is None:
            return "incomplete"
        return STATUS_KINDS.get(self.release.status, "ok")

    @property
    def incomplete(self) -> tuple[str, ...]:
        """Every field to complete or correct (errors, then missing identity), in form order."""
        keys = set(self.field_errors) | set(self.missing_identity)
        return tuple(sorted(keys, key=lambda key: (FORM_ORDER.get(key, len(FORM_ORDER)), key)))


def evaluate(texts: Mapping[str, str], protocols: ProtocolSet, reasons: Mapping[str, str],
             now: datetime | None = None, record: RecordState | None = None,
             figures: Mapping[str, tuple] | None = None, dmso_earlier: tuple = ()) -> ViewState:
    """The form's texts through the core: the preparation with the reasons typed for its
    current soft findings, or every field that is wrong. With `figures` (code -> the
    figures a reason was typed for, see figures_of) a reason counts only while its finding
    still has those figures; otherwise it is reported stale and asked again."""
    form = {key: text for key, text in texts.items() if text and text.strip()}
    stale: dict[str, str] = {}
    try:
        preparation = prepare(form, protocols, now, dmso_earlier=dmso_earlier)
        # Reasons typed for findings that no longer apply stay in the form, unused.
        wanted = {f.code for f in preparation.findings if f.accepts_reason}
        typed = {code: reason for code, reason in reasons.items()
                 if code in wanted and len(reason.strip()) >= MIN_REASON_LENGTH}
        if figures is not None:
            stale = {code: reason for code, reason in typed.items()
                     if code in figures and figures[code] != figures_of(preparation.findings, code)}
            typed = {code: reason for code, reason in typed.items() if code not in stale}
        if typed:
            preparation = preparation.with_reasons(parse_reasons(typed))
    except InputError as error:
        errors: dict[str, str] = {}
        for key, message in error.errors:
            errors.setdefault(key, message)
        return ViewState(preparation=None, field_errors=errors)
    missing = missing_identity(preparation)
    return ViewState(preparation=preparation, rows=preparation.rows(), findings=tuple(preparation.findings),
                     release=release_of(preparation.findings, record, identity_missing=missing),
                     missing_identity=missing, stale_reasons=stale)


@dataclass(frozen=True)
class Stage:
    """One step of the case: entered -> saved -> verified -> weighed -> labelled.
    `state` is "done", "failed" (a check that did not pass), or "todo"."""
    key: str
    state: str
    who: str | None = None
    when: datetime | None = None

    @property
    def done(self) -> bool:
        return self.state == "done"


STAGES = ("entered", "saved", "verified", "weighed", "labelled")


def _now() -> datetime:
    return clock.now()


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
        # The enrolled person signed in with badge + PIN (records.signing.Signer), once people
        # are enrolled in the store: every save, weighing and print is signed by them; a
        # double check only ever by the checker's own badge (check_record's `signer`).
        self.signer = None
        self.store_problem: str | None = None   # why the last store action failed (server away ...)
        self.texts: dict[str, str] = {}
        self.reasons: dict[str, str] = {}
        self.reason_figures: dict[str, tuple] = {}   # code -> figures its reason was typed for
        self.left: set[str] = set()         # fields the user has left: their errors may show
        self.view = ViewState(preparation=None)
        self.record = None                  # the saved record this case was saved as, if any
        self._weighing = None               # ((record id, version), Weighing) made in this session
        self._events: dict[tuple, tuple[str, datetime]] = {}   # (stage, record id, version) -> who, when
        self._same = None                   # (preparation, record, same figures): asked on every redraw
        self.load_notice: str | None = None  # said once after load() when the record's own texts were needed
        self.clock: Callable[[], datetime] | None = None   # what "now" is; None: the site's clock
        self._dmso_earlier = None           # (key, found, read at): the records' DMSO of the patient today
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

    def staffed(self) -> bool:
        """People are enrolled in the store: only a badge + PIN signs in, and typed names are refused."""
        from .records.staff import has_enrolled
        return self.store is not None and has_enrolled(self.store)

    def authenticate(self, badge: str, pin: str):
        """The enrolled person holding this badge, proven by their PIN (records.staff); InputError
        names what is wrong (a wrong PIN is recorded; the fifth in a row locks the badge)."""
        from .records.staff import authenticate
        if self.store is None:
            raise InputError("badge", message("the record store cannot be reached; a badge is checked against it"))
        return authenticate(self.store, badge, pin)

    def confirm_signature(self, pin: str):
        """Re-authentication of the signed-in person before an act whose meaning is a signature
        (prepared, weighed, released): their PIN again with the badge scanned at sign-in
        (§11.200: within one session a later signing uses at least one component)."""
        if self.signer is None:
            return None
        signer = self.authenticate(self.signer.badge, pin)
        if signer.person_id != self.signer.person_id:
            raise InputError("badge", message("this is not the badge of the person signed in"))
        self.signer = signer
        return signer

    def start_operator(self, name: str, workstation: str | None = None, signer=None) -> OperatorSession:
        """`name` (the signer's enrolled name, once people are enrolled) starts working here:
        logged in the store; "Prepared by" of new cases is theirs. InputError for a name too
        short; StoreError leaves no one signed in (and a typed name where people are enrolled)."""
        from .records.names import person_name
        name = signer.name if signer is not None else person_name(name, "operator")
        session_id = self.store.start_session(name, workstation, signer=signer) if self.store is not None else None
        self.signer = signer
        self.operator = name
        self.operator_session = OperatorSession(name, session_id, datetime.now(timezone.utc))
        if self.record is None and self.texts:
            self.texts["prepared_by"] = name
        self.recompute()
        self._changed("operator")
        return self.operator_session

    def end_operator(self) -> dict | None:
        """The operator leaves: their session ends (logged) and the form is cleared. Returns
        their unsaved work as a draft to keep (draft() with "operator"; restore() takes it
        back), or None when nothing was unsaved."""
        kept = dict(self.draft(), operator=self.operator) if self.unsaved() else None
        ending = self.operator_session
        if ending is not None and ending.session_id and self.store is not None:
            try:
                self.store.end_session(ending.session_id, ending.operator, signer=self.signer)
            except Exception as error:  # noqa: BLE001 (StoreError: the end is not logged, the session still ends)
                self.store_problem = message_of(error)
        self.operator, self.operator_session, self.signer = "", None, None
        self.new()
        self._changed("operator")
        return kept

    def change_operator(self, name: str, workstation: str | None = None,
                        signer=None) -> tuple[OperatorSession, dict | None]:
        """End the current operator's session (their unsaved work returned as a draft) and
        start `name`'s (the hand-over: the next person, already proven by badge + PIN, is
        `signer`). An invalid name changes nothing."""
        from .records.names import person_name
        if signer is None:
            person_name(name, "operator")
        kept = self.end_operator()
        return self.start_operator(name, workstation, signer), kept

    def use_store(self, store, problem: str | None = None) -> None:
        """The record store from now on (a server reached after all, or asked again), and why
        it cannot be used now (`problem`, None when it can). Listeners hear "store"."""
        self.store, self.store_problem = store, problem
        self._dmso_earlier = None
        self._changed("store")

    def set_reason(self, code: str, text: str) -> None:
        """A reason typed for the finding `code` as it stands now: it justifies these figures
        and no others."""
        figures = figures_of(self.view.findings, code)
        if self.reasons.get(code, "") == text and self.reason_figures.get(code) == figures:
            return
        self.reasons[code] = text
        self.reason_figures[code] = figures
        self.recompute()

    def _bind_reasons(self) -> None:
        """Reasons that came without figures (a record, an old draft) justify the figures
        they are shown with now."""
        for code in self.reasons:
            if code not in self.reason_figures:
                self.reason_figures[code] = figures_of(self.view.findings, code)

    # How long the records' DMSO of the patient today is reused between keystrokes (another
    # workstation may save meanwhile); a save or another store reads them again at once.
    DMSO_RECHECK_SECONDS = 30.0

    def earlier_dmso(self, now: datetime | None = None) -> tuple:
        """Issue 21, DMSO per day: the patient's other preparations of the site day, as
        records/dmso_day.earlier_dmso() finds them (the record being edited excluded). Read
        once per patient, day and record, not on every keystroke."""
        from time import monotonic
        from .preparation.dmso_day import site_day
        from .records.dmso_day import earlier_dmso
        from .records.errors import StoreError
        patient = (self.texts.get("patient_id") or "").strip()
        if self.store is None or not patient:
            return ()
        moment = now or clock.now()
        key = (id(self.store), patient, site_day(moment), self.record.record_id if self.record else None)
        cached = self._dmso_earlier
        if cached is not None and cached[0] == key and monotonic() - cached[2] < self.DMSO_RECHECK_SECONDS:
            return cached[1]
        try:
            found = earlier_dmso(self.store, patient, moment, excluding=key[3])
        except StoreError as error:
            self.store_problem = message_of(error)
            self._dmso_earlier = None
            return ()
        self._dmso_earlier = (key, found, monotonic())
        return found

    def recompute(self) -> ViewState:
        now = self.clock() if self.clock is not None else None
        self.view = evaluate(self._texts_with_kept_times(), self.protocols, self.reasons, now=now, record=None,
                             figures=self.reason_figures, dmso_earlier=self.earlier_dmso(now))
        self._check_din_reuse()
        record = self.record_state()
        if record is not None:   # the form still shows the saved record: its checks count
            self.view = ViewState(self.view.preparation, self.view.field_errors, self.view.rows, self.view.findings,
                                  release_of(self.view.findings, record, identity_missing=self.view.missing_identity),
                                  self.view.missing_identity, self.view.stale_reasons)
        self._changed("form")
        return self.view

    def _texts_with_kept_times(self) -> dict:
        """The form's texts; for the saved case, with the end of preparation its record keeps
        (a fresh product's use-by counts from there, not from each recompute's "now")."""
        kept = self.record.inputs.get("prepared_at") if self.record is not None else None
        if kept and not self.texts.get("prepared_at") and not self.texts.get("thawed_at"):
            return dict(self.texts, prepared_at=kept)
        return self.texts

    def _check_din_reuse(self) -> None:
        """The same DIN in the records for another patient: a hard finding of this preparation."""
        preparation = self.view.preparation
        if preparation is None or self.store is None or self.store_problem:
            return
        from .records.din_reuse import with_din_reuse
        from .records.errors import StoreError
        try:
            checked = with_din_reuse(self.store, preparation, self.record.record_id if self.record else None)
        except StoreError:
            return   # the store's own banner says it cannot be reached; nothing can be saved meanwhile
        if checked is not preparation:
            preparation = checked
            view = self.view
            self.view = ViewState(preparation, view.field_errors, preparation.rows(), tuple(preparation.findings),
                                  release_of(preparation.findings, None, identity_missing=view.missing_identity),
                                  view.missing_identity, view.stale_reasons)

    def leave(self, key: str) -> None:
        """The user left the field `key`: from now on its error shows."""
        if key not in self.left:
            self.left.add(key)
            self._changed("errors")

    def reveal_all(self) -> None:
        """Show every error (asked for the list of what is incomplete, or to save or print)."""
        self.left |= set(self.view.field_errors) | {"*"}
        self._changed("errors")

    def visible_errors(self) -> dict[str, str]:
        """The errors of the fields the user has left; a blank form shows none."""
        if "*" in self.left:
            return dict(self.view.field_errors)
        return {key: message for key, message in self.view.field_errors.items() if key in self.left}

    def typed(self) -> bool:
        """Whether anything was typed (not just filled in by the program)."""
        return any(key not in NOT_TYPED for key in self.texts) or any(text.strip() for text in self.reasons.values())

    def unsaved(self) -> bool:
        """Something was typed that is not saved as the record the form shows."""
        return self.typed() and self.current_record() is None

    def new(self) -> None:
        """Start an empty case; the saved record, if any, stays in the store."""
        self.texts, self.reasons, self.record, self._weighing = {}, {}, None, None
        self.reason_figures, self.left = {}, set()
        self.recompute()
        self._changed("record")

    def load(self, record) -> dict[str, str]:
        """Take up a saved record: its texts (protocol defaults left for the protocol to fill)
        and its reasons. Returns the texts the form should show. If the protocol's defaults
        changed since the record was saved, the record's own texts are shown instead and
        `load_notice` says so: a reopened record never silently shows other figures."""
        from .records.reopen import entered_texts
        texts = entered_texts(record)
        self.load_notice = None
        for attempt in (texts, dict(record.inputs)):
            self.texts, self.reasons = dict(attempt), dict(record.reasons)
            self.reason_figures, self.left = {}, set(attempt)
            self.record, self._weighing = record, None
            self.recompute()
            if self.view.preparation is None or self.view.preparation.record_inputs() == record.inputs:
                break
            self.load_notice = message("The protocol's defaults changed since this record was saved: the record's "
                                       "own figures are shown as entered.")
        self._bind_reasons()
        self._changed("record")
        return dict(self.texts)

    # --- drafts --------------------------------------------------------------------------

    def draft(self) -> dict:
        """What a draft keeps of the case: enough to bring it back after a crash."""
        record = self.record
        return {"texts": dict(self.texts), "reasons": dict(self.reasons),
                "reason_figures": {code: [list(map(list, one)) for one in figures]
                                   for code, figures in self.reason_figures.items()},
                "record_id": record.record_id if record else None}

    def restore(self, form: Mapping) -> dict[str, str]:
        """Take up a draft's form (see draft()); returns the texts the form should show.
        Anything malformed inside is dropped, never raised."""
        texts = form.get("texts", {}) if isinstance(form.get("texts"), dict) else {}
        reasons = form.get("reasons", {}) if isinstance(form.get("reasons"), dict) else {}
        figures = form.get("reason_figures", {}) if isinstance(form.get("reason_figures"), dict) else {}
        self.texts = {str(k): str(v) for k, v in texts.items() if isinstance(v, (str, int, float)) and str(v)}
        self.reasons = {str(k): str(v) for k, v in reasons.items() if isinstance(v, str)}
        self.reason_figures = {}
        for code, value in figures.items():
            try:
                self.reason_figures[str(code)] = tuple(sorted(tuple(tuple(map(str, pair)) for pair in one)
                                                              for one in value))
            except (TypeError, ValueError):
                continue   # unreadable: the reason is bound to what it is shown with, below
        self.record, self._weighing, self.left = None, None, set(self.texts)
        self.recompute()
        self._bind_reasons()
        self._changed("record")
        return dict(self.texts)

    # --- the record ------------------------------------------------------------------------

    def current_record(self):
        """The saved record, if the form still shows exactly what was saved: the same texts
        and reasons, and today's protocol files giving the same figures."""
        preparation = self.view.preparation
        if self.record is None or preparation is None:
            return None
        if self._same is not None and self._same[0] is preparation and self._same[1] is self.record:
            return self.record if self._same[2] else None
        same = (preparation.record_inputs() == self.record.inputs
                and dict(preparation.reasons) == self.record.reasons
                and same_figures(preparation.to_dict(), self.record.plan))
        self._same = (preparation, self.record, same)
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
        from .records.staff import has_enrolled, signatures
        status = self.store.status(record)
        return RecordState(record.record_id, record.version, status.verified_by, self.weighing(record),
                           audit_head=self.store.head(), check_failed=status.check_failed,
                           unsigned=not has_enrolled(self.store),
                           signatures=tuple(signatures(self.store, record.record_id)),
                           weighings=self.store.weighing_history(record))

    def _event(self, stage: str, record, who: str) -> None:
        self._events[(stage, record.record_id, record.version)] = (who, _now())

    def stages(self) -> tuple[Stage, ...]:
        """Where the case stands, step by step, with who and when where known. The facts
        come from the record and its checks; the release rule still decides the status."""
        view = self.view
        ready = view.status_kind == "ok"
        entered = Stage("entered", "done" if ready else "todo",
                        (view.preparation.identity.prepared_by or None) if ready else None)
        record = self.current_record()
        if record is None or self.store is None:
            return (entered,) + tuple(Stage(key, "todo") for key in STAGES[1:])

        def known(stage: str, fallback_who: str | None = None) -> tuple[str | None, datetime | None]:
            who, when = self._events.get((stage, record.record_id, record.version), (fallback_who, None))
            return who, when

        saved_at = None
        try:
            saved_at = clock.from_iso(record.created_utc)
        except (TypeError, ValueError):
            pass
        saved = Stage("saved", "done", record.operator, saved_at)
        status = self.store.status(record)
        if status.verified_by:
            verified = Stage("verified", "done", *known("verified", status.verified_by))
        elif status.check_failed or ("verified", record.record_id, record.version) in self._events:
            verified = Stage("verified", "failed", *known("verified"))   # checked here, did not match
        else:
            verified = Stage("verified", "todo")
        weighing = self.weighing(record)
        weighed = (Stage("weighed", "todo") if weighing is None else
                   Stage("weighed", "done" if weighing.within else "failed", *known("weighed")))
        labelled = (Stage("labelled", "done", *known("labelled")) if ("labelled", record.record_id, record.version)
                    in self._events else Stage("labelled", "todo"))
        return (entered, saved, verified, weighed, labelled)

    def save(self, reason: str | None = None):
        """Save the case as a new record, or as the next version of the one it was (a change
        needs a reason). StoreError and InputError leave everything as it was."""
        stale = False
        if self.operator and self.texts.get("prepared_by") != self.operator:
            self.texts["prepared_by"] = self.operator    # "Prepared by" is whoever saves this version
            stale = True
        if self.store is not None and self._dmso_earlier is not None:
            self._dmso_earlier = None    # what is saved counts the records as they are now (DMSO per day)
            stale = True
        if stale:
            self.recompute()
        preparation = self.view.preparation
        if self.store is None or preparation is None:
            raise InputError("record", message("complete the form first; there is nothing to save"))
        from .records.errors import StoreUnreachable
        try:
            self.record = self.store.save(preparation, self.operator,
                                          record_id=self.record.record_id if self.record else None, reason=reason,
                                          signer=self.signer)
        except StoreUnreachable as error:
            self.store_problem = message_of(error)
            self._changed("store")
            raise
        self.store_problem = None
        self._weighing = None
        self._dmso_earlier = None        # the records changed
        self._event("saved", self.record, self.operator)
        self.recompute()
        self._changed("record")
        return self.record

    def check_record(self, checker: str, entered: Mapping[str, str], signer=None):
        """The independent double check of the saved record from the checker's own figures
        (records.doublecheck: required figures, comparison). Stored; returns the outcome.
        InputError: a required figure is missing, or the checker prepared the record. Once
        people are enrolled `signer` is the checker proven by their own badge + PIN, never
        the session's operator."""
        from .records.doublecheck import run_check
        record = self.current_record()
        if record is None:
            raise InputError("record", message("save the case first; only a saved record can be checked"))
        checker = signer.name if signer is not None else checker
        refusal = self.store.checker_conflict(record, checker, signer)
        if refusal:
            raise InputError("badge" if signer is not None else "checker", refusal)
        outcome = run_check(record, entered, self.protocols)
        self.record_check(checker, dict(entered), outcome, signer)
        return outcome

    def record_check(self, checker: str, checker_inputs: dict, outcome, signer=None) -> bool:
        record = self.current_record()
        if record is None:
            raise InputError("record", message("save the case first; only a saved record can be checked"))
        checker = signer.name if signer is not None else checker
        matched = self.store.record_check(record, checker, checker_inputs, outcome, signer=signer)
        self._event("verified", record, checker.strip())
        self.recompute()
        self._changed("checks")
        return matched

    def weighing_needs_reason(self) -> bool:
        """True when the last weighing of the current record was out of tolerance: a new
        one needs a typed reason."""
        record = self.current_record()
        weighings = self.store.weighings(record) if record is not None and self.store is not None else []
        return bool(weighings) and not weighings[-1]["within"]

    def record_weighing(self, weighing, source: str = "typed, not read", reason: str | None = None) -> None:
        """`source` (issue 25): how tare and gross were obtained (devices.weighing); `reason`:
        why it is weighed again after a weighing out of tolerance."""
        record = self.current_record()
        if record is None:
            raise InputError("record", message("save the case first; only a saved record can be weighed"))
        self.store.record_weighing(record, self.operator, weighing, source, reason=reason, signer=self.signer)
        self._weighing = ((record.record_id, record.version), weighing)
        self._event("weighed", record, self.operator)
        self.recompute()
        self._changed("checks")

    def printed_before(self, what: str = "sheet") -> bool:
        """Whether printing `what` of the current record now would be a reprint (nothing logged)."""
        record = self.current_record()
        return bool(record is not None and self.store is not None and self.store.printed_before(record, what))

    def log_print_cancelled(self, what: str, why: str) -> None:
        record = self.current_record()
        if record is not None and self.store is not None:
            self.store.record_print_cancelled(record, self.operator, what, why, signer=self.signer)

    def log_print(self, what: str = "sheet") -> bool:
        """Log a print of the saved record; True when it is a reprint. A label printed for
        a final record is the last step of the case."""
        record = self.current_record()
        if record is None or self.store is None:
            return False
        reprint = self.store.record_print(record, self.operator, what, signer=self.signer)
        if what == "label":
            state = self.record_state()
            if release_of(self.view.findings, state, identity_missing=self.view.missing_identity).final:
                self._event("labelled", record, self.operator)
                self._changed("checks")
        return reprint

    def printable(self, audience: str | None = None):
        """(document, record state): the saved record's own document when the form shows it
        unchanged (a reprint prints what was printed first), else the current preparation's."""
        record = self.current_record()
        if record is not None:
            # The record's figures, with the findings as they stand now (use-by, a protocol
            # tightened since): what was saved may have become blocked.
            return with_findings(record.document(audience), self.view.findings), self.record_state()
        if self.view.preparation is None:
            return None, None
        return self.view.preparation.document(audience), None


# What a plan's JSON holds that changes with the moment it is computed, its findings, or
# whether a text was typed or came from the protocol.
MOMENT_KEYS = ("computed_at", "plan_id", "findings", "blocked", "reasons_missing", "course", "trace", "reasons",
               "defaulted")


def _figures(value, path: str = "") -> dict:
    """Every number of a JSON form by its path: the figures, not their wording or provenance."""
    if isinstance(value, dict):
        found = {}
        for key, inner in value.items():
            if not path and key in MOMENT_KEYS:
                continue
            found.update(_figures(inner, f"{path}/{key}"))
        return found
    if isinstance(value, list):
        found = {f"{path}#": len(value)}
        for number, inner in enumerate(value):
            found.update(_figures(inner, f"{path}/{number}"))
        return found
    return {path: value} if isinstance(value, (int, float)) and not isinstance(value, bool) else {}


def same_figures(plan: dict, saved: dict) -> bool:
    """Whether two plans' JSON forms give the same figures (findings and the moment aside)."""
    return _figures(plan) == _figures(saved)


def reading_of(key: str, text: str) -> str | None:
    """How a quantity field's text is read, in the unit the plan uses ("132 lb" -> "59.87 kg"),
    so that a unit chosen apart from the number is seen applied; None when it cannot be read
    or needs no echo."""
    from . import display
    from .form.fields import field
    from .units import KG
    units = {"weight": KG}
    if key not in units or not text.strip():
        return None
    try:
        value = field(key).parse(text)
    except InputError:
        return None
    return display.quantity(value, units[key], 4)
