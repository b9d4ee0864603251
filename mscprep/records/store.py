"""The record store (SQLite): saved plans, double checks, weighings, prints, audit trail.

Durability: WAL journal with synchronous=FULL, one transaction per action, so a crash or
power cut loses nothing confirmed as saved and never leaves half a record. Rows are never
updated or deleted (triggers refuse it); a change is a new version of the record. The
file is created readable by its owner only (mode 0600).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..documents.model import from_json, to_json
from ..errors import InputError
from ..preparation.gravimetric import check_masses
from ..preparation.release import release
from ..protocol.definitions import Limit
from ..units import G_PER_ML, ureg
from . import audit
from .doublecheck import CheckOutcome
from .errors import StoreError
from .paths import database_path

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT NOT NULL, version INTEGER NOT NULL, plan_id TEXT NOT NULL,
    created_utc TEXT NOT NULL, created_local TEXT NOT NULL, operator TEXT NOT NULL,
    patient_id TEXT, patient_name TEXT, din TEXT, protocol_id TEXT, protocol_version TEXT,
    program_version TEXT NOT NULL, blocked INTEGER NOT NULL, kind TEXT NOT NULL, inputs_json TEXT NOT NULL,
    reasons_json TEXT NOT NULL, plan_json TEXT NOT NULL, documents_json TEXT NOT NULL, content_hash TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE INDEX IF NOT EXISTS records_patient ON records (patient_id COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS records_din ON records (din);
CREATE INDEX IF NOT EXISTS records_created ON records (created_utc);
CREATE INDEX IF NOT EXISTS records_operator ON records (operator COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, version INTEGER NOT NULL, checker TEXT NOT NULL,
    at_utc TEXT NOT NULL, inputs_json TEXT NOT NULL, results_json TEXT NOT NULL, tolerance REAL NOT NULL,
    differences_json TEXT NOT NULL, matched INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS checks_record ON checks (record_id, version);
CREATE TABLE IF NOT EXISTS weighings (
    id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, version INTEGER NOT NULL, operator TEXT NOT NULL,
    at_utc TEXT NOT NULL, tare_g REAL NOT NULL, gross_g REAL NOT NULL, density_g_ml REAL NOT NULL,
    expected_ml REAL NOT NULL, measured_ml REAL NOT NULL, deviation REAL NOT NULL, tolerance REAL NOT NULL,
    tolerance_source TEXT NOT NULL, within INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS weighings_record ON weighings (record_id, version);
"""
_IMMUTABLE = ("records", "checks", "weighings")


@dataclass(frozen=True)
class Record:
    record_id: str
    version: int
    plan_id: str
    created_utc: str
    created_local: str
    operator: str
    patient_id: str
    patient_name: str
    din: str
    protocol_id: str
    protocol_version: str
    program_version: str
    blocked: bool
    kind: str
    inputs: dict            # every field's text as used, and the protocol id
    reasons: dict           # finding code -> typed reason
    plan: dict              # the JSON form of the preparation
    documents: dict         # audience -> the printed document (JSON): what a reprint prints
    content_hash: str

    def document(self, audience: str | None = None):
        """The document as first printed (default: the first audience)."""
        key = audience or next(iter(self.documents))
        return from_json(self.documents[key])


@dataclass(frozen=True)
class RecordSummary:
    """A search hit: enough to list and choose a record without reading its whole plan."""
    record_id: str
    version: int
    created_utc: str
    created_local: str
    operator: str
    patient_id: str
    patient_name: str
    din: str
    protocol_id: str
    protocol_version: str
    blocked: bool
    verified_by: str | None


@dataclass(frozen=True)
class RecordStatus:
    verified_by: str | None
    weighing_within: bool | None      # None: not weighed
    printed: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _content_hash(inputs: dict, reasons: dict, plan: dict, documents: dict) -> str:
    material = json.dumps({"inputs": inputs, "reasons": reasons, "plan": plan, "documents": documents},
                          sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def same_person(first: str, second: str) -> bool:
    normalise = lambda name: " ".join(name.casefold().split())  # noqa: E731
    return normalise(first) == normalise(second)


class RecordStore:
    """One open database. Each public method is one transaction."""

    def __init__(self, path: Path | str | None = None, *, busy_timeout: float = 5.0):
        self.path = Path(path) if path else database_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                # Create the file owner-only; SQLite gives its -wal and -shm files the same mode.
                descriptor = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(descriptor)
            self.connection = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=FULL")
            self.connection.execute("PRAGMA foreign_keys=ON")
            with self._transaction() as cursor:
                for statement in (SCHEMA + audit.SCHEMA + self._triggers()).split(";\n"):
                    if statement.strip():
                        cursor.execute(statement)
                cursor.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                found = cursor.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None
        except OSError as error:
            raise StoreError(f"The record folder {self.path.parent} cannot be used ({error.strerror}). "
                             "Check that it exists and that you may write to it.") from None
        if found != str(SCHEMA_VERSION):
            self.connection.close()
            raise StoreError(f"The record database {self.path} was made by another version of mscprep (schema "
                             f"{found}; this version uses schema {SCHEMA_VERSION}). Nothing was changed; open it "
                             "with the version that made it.")

    @staticmethod
    def _triggers() -> str:
        return "".join(
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} are kept, never changed'); END;\n"
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} are kept, never deleted'); END;\n"
            for table in _IMMUTABLE)

    def _explain(self, error: Exception) -> str:
        text = str(error)
        if "not a database" in text or "malformed" in text:
            return (f"{self.path} is not a readable mscprep database (damaged or another file). "
                    "Nothing was changed; restore it from the backup or ask the system administrator.")
        if "locked" in text or "busy" in text:
            return (f"The record database {self.path} is in use by another workstation or program. "
                    "Wait a moment and try again.")
        if "readonly" in text or "read-only" in text:
            return f"The record database {self.path} is read-only. Ask the system administrator for write access."
        if "disk" in text or "full" in text:
            return f"The disk holding {self.path} is full. Free space, then save again; nothing was lost."
        return f"The record database {self.path} cannot be used: {text}"

    @contextmanager
    def _transaction(self):
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            yield cursor
            cursor.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                cursor.execute("ROLLBACK")
            raise
        finally:
            cursor.close()

    def _write(self, action):
        try:
            with self._transaction() as cursor:
                return action(cursor)
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None

    def close(self) -> None:
        self.connection.close()

    # --- writing ------------------------------------------------------------------------

    def save(self, preparation, operator: str, record_id: str | None = None, reason: str | None = None) -> Record:
        """Save a preparation of any kind as a new record, or as the next version of
        `record_id` (a change, which needs a reason). Typed reasons are logged as overrides."""
        operator = _require_name(operator, "operator")
        inputs, reasons = preparation.record_inputs(), dict(preparation.reasons)
        exported = preparation.to_dict()
        documents = {audience: to_json(preparation.document(audience)) for audience in preparation.audiences}
        identity, protocol = preparation.identity, preparation.protocol
        blocked = release(preparation.findings).blocked
        at = _now()

        def action(cursor):
            previous = self.latest(record_id, cursor) if record_id else None
            if record_id and previous is None:
                raise InputError("record", f"record {record_id} does not exist")
            if previous is not None and not (reason and reason.strip()):
                raise InputError("reason", "a change to a saved record needs a reason")
            new_id = record_id or f"R-{at.strftime('%Y%m%d')}-{uuid.uuid4().hex[:8].upper()}"
            version = previous.version + 1 if previous else 1
            content_hash = _content_hash(inputs, reasons, exported, documents)
            cursor.execute(
                "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (new_id, version, exported["plan_id"], at.isoformat(timespec="seconds"),
                 at.astimezone().isoformat(timespec="seconds"), operator, identity.patient_id,
                 identity.patient_name, identity.din, protocol.id, protocol.version,
                 __version__, int(blocked), preparation.kind, _json(inputs), _json(reasons), _json(exported),
                 _json(documents), content_hash))
            if previous is None:
                audit.append(cursor.connection, operator=operator, action="create", record_id=new_id,
                             what="version 1", new_value=content_hash, at=at)
            else:
                changes = [(key, previous.inputs.get(key), inputs.get(key))
                           for key in sorted(set(previous.inputs) | set(inputs))
                           if previous.inputs.get(key) != inputs.get(key)]
                changes += [(f"reason for {code}", previous.reasons.get(code), reasons.get(code))
                            for code in sorted(set(previous.reasons) | set(reasons))
                            if previous.reasons.get(code) != reasons.get(code)]
                for key, old, new in changes or [("no input changed", None, content_hash)]:
                    audit.append(cursor.connection, operator=operator, action="change", record_id=new_id,
                                 what=f"version {version}: {key}", old_value=old, new_value=new,
                                 reason=reason, at=at)
            for finding in preparation.findings:
                if finding.override_reason:
                    audit.append(cursor.connection, operator=operator, action="override", record_id=new_id,
                                 what=f"version {version}: {finding.code}", new_value=finding.message,
                                 reason=finding.override_reason, at=at)
            return self.latest(new_id, cursor)
        return self._write(action)

    def record_check(self, record: Record, checker: str, checker_inputs: dict, outcome: CheckOutcome) -> bool:
        """Store an independent double check; True when it verifies the record."""
        checker = _require_name(checker, "checker")
        if same_person(checker, record.operator):
            raise InputError("checker", f"{checker} prepared this record and cannot verify it; "
                             "a second person must do the independent check")
        at = _now()

        def action(cursor):
            cursor.execute(
                "INSERT INTO checks (record_id, version, checker, at_utc, inputs_json, results_json, tolerance, "
                "differences_json, matched) VALUES (?,?,?,?,?,?,?,?,?)",
                (record.record_id, record.version, checker, at.isoformat(timespec="seconds"),
                 json.dumps(checker_inputs, ensure_ascii=False), json.dumps(outcome.second_plan, ensure_ascii=False),
                 outcome.tolerance, json.dumps([d.__dict__ for d in outcome.differences], ensure_ascii=False),
                 int(outcome.matched)))
            audit.append(cursor.connection, operator=checker, action="check", record_id=record.record_id,
                         what=f"version {record.version}: independent double check",
                         new_value="verified" if outcome.matched else
                         "differences: " + ", ".join(d.key for d in outcome.differences), at=at)
            return outcome.matched
        return self._write(action)

    def record_weighing(self, record: Record, operator: str, weighing) -> None:
        operator = _require_name(operator, "operator")
        at = _now()

        def action(cursor):
            cursor.execute(
                "INSERT INTO weighings (record_id, version, operator, at_utc, tare_g, gross_g, density_g_ml, "
                "expected_ml, measured_ml, deviation, tolerance, tolerance_source, within) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (record.record_id, record.version, operator, at.isoformat(timespec="seconds"),
                 float(weighing.tare.m_as("g")), float(weighing.gross.m_as("g")),
                 float(weighing.density.m_as("g/mL")), float(weighing.expected_volume.m_as("mL")),
                 float(weighing.measured_volume.m_as("mL")), weighing.deviation, weighing.tolerance.value,
                 weighing.tolerance.source, int(weighing.within)))
            audit.append(cursor.connection, operator=operator, action="weigh", record_id=record.record_id,
                         what=f"version {record.version}: gravimetric check",
                         new_value=f"{weighing.measured_volume.m_as('mL'):.4g} mL ({weighing.deviation:+.2%}); "
                                   + ("within" if weighing.within else "OUT OF TOLERANCE"), at=at)
        self._write(action)

    def record_print(self, record: Record, operator: str, what: str = "sheet") -> bool:
        """Log a print; returns True when it is a reprint (the record was printed before)."""
        operator = _require_name(operator, "operator")

        def action(cursor):
            printed = cursor.execute("SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint')",
                                     (record.record_id,)).fetchone()[0]
            audit.append(cursor.connection, operator=operator, action="reprint" if printed else "print",
                         record_id=record.record_id, what=f"version {record.version}: {what}")
            return bool(printed)
        return self._write(action)

    def log(self, operator: str, action_name: str, what: str) -> None:
        """Audit an event that is not about one record (session start, settings)."""
        self._write(lambda cursor: audit.append(cursor.connection, operator=operator, action=action_name, what=what))

    # --- reading ------------------------------------------------------------------------

    _COLUMNS = ("record_id, version, plan_id, created_utc, created_local, operator, patient_id, patient_name, din, "
                "protocol_id, protocol_version, program_version, blocked, kind, inputs_json, reasons_json, plan_json, "
                "documents_json, content_hash")

    @staticmethod
    def _record(row) -> Record:
        values = list(row)
        values[12] = bool(values[12])
        for index in (14, 15, 16, 17):
            values[index] = json.loads(values[index])
        return Record(*values)

    def latest(self, record_id: str, cursor=None) -> Record | None:
        cursor = cursor or self.connection
        row = cursor.execute(f"SELECT {self._COLUMNS} FROM records WHERE record_id = ? ORDER BY version DESC LIMIT 1",
                             (record_id,)).fetchone()
        return self._record(row) if row else None

    def versions(self, record_id: str) -> list[Record]:
        rows = self.connection.execute(f"SELECT {self._COLUMNS} FROM records WHERE record_id = ? ORDER BY version",
                                       (record_id,)).fetchall()
        return [self._record(row) for row in rows]

    def status(self, record: Record) -> RecordStatus:
        checker = self.connection.execute(
            "SELECT checker FROM checks WHERE record_id = ? AND version = ? AND matched = 1 ORDER BY id DESC LIMIT 1",
            (record.record_id, record.version)).fetchone()
        weighing = self.connection.execute(
            "SELECT within FROM weighings WHERE record_id = ? AND version = ? ORDER BY id DESC LIMIT 1",
            (record.record_id, record.version)).fetchone()
        printed = self.connection.execute(
            "SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint')",
            (record.record_id,)).fetchone()[0]
        return RecordStatus(checker[0] if checker else None, bool(weighing[0]) if weighing else None, printed)

    def latest_weighing(self, record: Record):
        """The last weighing of this version, re-read from its stored masses (quantities), or None."""
        row = self.connection.execute(
            "SELECT tare_g, gross_g, density_g_ml, expected_ml, tolerance, tolerance_source FROM weighings "
            "WHERE record_id = ? AND version = ? ORDER BY id DESC LIMIT 1", (record.record_id, record.version)
        ).fetchone()
        if row is None:
            return None
        tare, gross, density, expected, tolerance, source = row
        return check_masses(expected * ureg.mL, density * G_PER_ML, tare * ureg.g, gross * ureg.g,
                            Limit("gravimetric_tolerance", tolerance, source, "record"))

    def search(self, *, patient_id: str = "", din: str = "", operator: str = "", date_from: str = "",
               date_to: str = "", limit: int = 500) -> list[RecordSummary]:
        """The latest version of the records matching every criterion given, newest first.
        Patient ID, DIN and operator match from the start of the text (patient ID and
        operator ignoring case); each criterion is served by an index."""
        where, parameters = ["NOT EXISTS (SELECT 1 FROM records newer WHERE newer.record_id = r.record_id "
                             "AND newer.version > r.version)"], []
        if patient_id:
            where.append("r.patient_id LIKE ? ESCAPE '\\'")
            parameters.append(_prefix(patient_id))
        if din:
            where.append("r.din >= ? AND r.din < ?")
            parameters += [din.upper(), din.upper() + "\uffff"]
        if operator:
            where.append("r.operator LIKE ? ESCAPE '\\'")
            parameters.append(_prefix(operator))
        if date_from:
            where.append("r.created_utc >= ?")
            parameters.append(date_from)
        if date_to:
            where.append("r.created_utc < ?")
            parameters.append(date_to + "\uffff")
        sql = ("SELECT r.record_id, r.version, r.created_utc, r.created_local, r.operator, r.patient_id, "
               "r.patient_name, r.din, r.protocol_id, r.protocol_version, r.blocked, "
               "(SELECT c.checker FROM checks c WHERE c.record_id = r.record_id AND c.version = r.version "
               " AND c.matched = 1 ORDER BY c.id DESC LIMIT 1) "
               f"FROM records r WHERE {' AND '.join(where)} ORDER BY r.created_utc DESC LIMIT ?")
        try:
            rows = self.connection.execute(sql, parameters + [limit]).fetchall()
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None
        return [RecordSummary(*row[:10], bool(row[10]), row[11]) for row in rows]

    def export_csv(self, summaries: list[RecordSummary], path: Path | str) -> int:
        columns = ("record_id", "version", "created_local", "operator", "patient_id", "patient_name", "din",
                   "protocol_id", "protocol_version", "blocked", "dose_cells", "volume_to_draw_mL",
                   "final_volume_mL", "rate_mL_min", "duration_min", "verified_by", "weighing")
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for summary in summaries:
                record = self.latest(summary.record_id)
                status = self.status(record)
                value = lambda key: record.plan[key]["value"] if record.plan.get(key) else ""  # noqa: E731
                writer.writerow([record.record_id, record.version, record.created_local, record.operator,
                                 record.patient_id, record.patient_name, record.din, record.protocol_id,
                                 record.protocol_version, record.blocked, value("dose"), value("volume_to_draw"),
                                 value("final_volume"), value("rate"), value("duration"),
                                 status.verified_by or "", {None: "", True: "within", False: "OUT"}[status.weighing_within]])
        return len(summaries)

    def verify_audit(self) -> audit.AuditReport:
        report = audit.verify(self.connection)
        problems = list(report.problems)
        for record_id, version, inputs_json, reasons_json, plan_json, documents_json, content_hash in \
                self.connection.execute("SELECT record_id, version, inputs_json, reasons_json, plan_json, "
                                        "documents_json, content_hash FROM records"):
            if _content_hash(json.loads(inputs_json), json.loads(reasons_json), json.loads(plan_json),
                             json.loads(documents_json)) != content_hash:
                problems.append(f"record {record_id} version {version} was altered after it was saved")
        return audit.AuditReport(report.entries, tuple(problems))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _require_name(name: str, field: str) -> str:
    name = (name or "").strip()
    if len(name) < 2:
        raise InputError(field, "enter the name and initials of the person acting")
    return name
