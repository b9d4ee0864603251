"""The record store: saved plans and their versions, double checks, weighings, prints and
operator sessions, every row covered by the hash-chained audit trail (audit.py).

One store interface over two databases (backends.py): an SQLite file per workstation (the
default) or a site's shared PostgreSQL server. Each public method is one transaction;
rows are never updated or deleted (the database refuses it); a change is a new version of
the record. A store that cannot reach its server raises StoreUnreachable and never falls
back to a local file: the caller keeps the form as a draft.
"""

from __future__ import annotations

import dataclasses

import csv
import hashlib
import json
import platform
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..documents.model import from_json, to_json
from ..errors import InputError, message, message_of, visible
from ..preparation.gravimetric import check_masses
from ..preparation.release import RecordState, release
from ..protocol.definitions import Limit
from ..units import G_PER_ML, ureg
from . import audit, schema, seen, signing, structure
from .audit import Entry
from .backends import create_steps, open_backend
from .doublecheck import CheckOutcome
from .errors import StoreError, StoreUnreachable
from .names import conflict, person_name, same_person  # noqa: F401 (same_person: the GUI's import)
from .paths import database_location

SCHEMA_VERSION = schema.VERSION
TYPED = "typed, not read"      # issue 25: a weighing whose masses were typed
UPGRADER = "mscprep (schema upgrade)"


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
        """The document as first printed (default: the first audience). A reprint prints
        this, never a recomputation."""
        if not self.documents:
            raise StoreError(f"Record {self.record_id} was saved by an older mscprep without its printed "
                             "document; reprint it from the paper copy or save it again as a new version.")
        key = audience or next(iter(self.documents))
        if key not in self.documents:
            raise InputError("pharmacy_sheet" if key == "pharmacy" else "audience",
                             f"record {self.record_id} has no {key} copy (it has: {', '.join(self.documents)})")
        return from_json(self.documents[key])


@dataclass(frozen=True)
class _Version:
    """A record's id and version: what `_signed_by` needs to know of a record."""
    record_id: str
    version: int


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
    blocked: bool               # as the record stands: a hard finding when saved, or a weighing out of tolerance
    verified_by: str | None     # the newest check's checker when it matched
    check_failed: bool = False  # the newest check of this version differed: not verified


@dataclass(frozen=True)
class Reachability:
    """What the status strip says about the record store."""
    kind: str            # "sqlite" or "postgresql"
    location: str        # the file, or the server URL without its password
    reachable: bool
    message: str         # one sentence for the user


@dataclass(frozen=True)
class RecordStatus:
    """A version as it stands. Only its newest double check counts: a failed check after a
    pass leaves it not verified (verified_by None, check_failed True)."""
    verified_by: str | None
    weighing_within: bool | None      # None: not weighed
    printed: int
    check_failed: bool = False


RECORD_COLUMNS = ("record_id", "version", "plan_id", "created_utc", "created_local", "operator", "patient_id",
                  "patient_name", "din", "protocol_id", "protocol_version", "program_version", "blocked", "kind",
                  "inputs_json", "reasons_json", "plan_json", "documents_json", "content_hash")
_JSON_COLUMNS = ("inputs_json", "reasons_json", "plan_json", "documents_json")


def _content_hash(inputs: dict, reasons: dict, plan: dict, documents: dict) -> str:
    material = json.dumps({"inputs": inputs, "reasons": reasons, "plan": plan, "documents": documents},
                          sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _record(values) -> Record:
    """A record from its stored columns; ValueError names a column that cannot be read."""
    row = dict(zip(RECORD_COLUMNS, values))
    for column in _JSON_COLUMNS:
        try:
            row[column] = json.loads(row[column])
        except (TypeError, ValueError):
            raise ValueError(f"{column} is not readable JSON") from None
        if not isinstance(row[column], dict):
            raise ValueError(f"{column} is not a JSON object")
    row["blocked"] = bool(row["blocked"])
    return Record(*(row[column] for column in RECORD_COLUMNS))


def _read_record_row(row: dict) -> None:
    _record([row[column] for column in RECORD_COLUMNS])


def _read_json_row(*columns):
    def reader(row: dict) -> None:
        for column in columns:
            try:
                json.loads(row[column])
            except (TypeError, ValueError):
                raise ValueError(f"{column} is not readable JSON") from None
    return reader


READERS = {"records": _read_record_row,
           "checks": _read_json_row("inputs_json", "results_json", "differences_json")}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection):
    text starting with =, +, -, @, tab or carriage return gets a leading apostrophe. Hidden
    characters (line breaks, bidi overrides) are written as escapes: one line per record."""
    text = "" if value is None else visible(str(value))
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


class RecordStore:
    """One open record database. `location`: an SQLite file path, a postgresql:// URL, or
    None for the configured one (MSCPREP_DATABASE_URL, else the data folder's file)."""

    def __init__(self, location: Path | str | None = None, *, busy_timeout: float = 5.0, create: bool = True,
                 readonly: bool = False):
        """`create`: a missing or empty database may be made (saving, migrating); never one
        this workstation saw holding entries. `readonly` (audit verify): nothing is created,
        upgraded or changed; the database is only read."""
        self.location_given = location if location is not None else database_location()
        self.seen_key = _refuse_gone(self.location_given, create and not readonly)
        self.backend = open_backend(self.location_given, busy_timeout, readonly=readonly)
        self.kind = self.backend.kind
        self.location = self.backend.location
        self.readonly = readonly
        self.tightened: list[Path] = list(self.backend.tightened)
        self.schema_problems: list[str] = []
        self.continuity: list[str] = []
        try:
            self._upgrade(create=create and not readonly, readonly=readonly)
            self._check_structure()
        except (*self.backend.errors, UnicodeDecodeError) as error:
            self.backend.close()
            raise StoreError(self._explain(error)) from None
        except StoreError:
            self.backend.close()
            raise

    # --- what callers may look at ----------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return getattr(self.backend, "path", None)

    @property
    def connection(self):
        return self.backend.connection

    # --- schema ------------------------------------------------------------------------------

    def _upgrade(self, create: bool = True, readonly: bool = False) -> None:
        found = self.backend.version()
        if found > SCHEMA_VERSION:
            raise StoreError(f"The record database {self.location} was made by a newer mscprep (schema {found}; "
                             f"this version uses schema {SCHEMA_VERSION}). Nothing was changed; use the newer "
                             "version.")
        if found == SCHEMA_VERSION:
            if self.kind == "postgresql" and not readonly:
                self._install_server_append()
            return
        if found == 0:
            gone = seen.gone_problem(self.seen_key, self.location, "holds no mscprep tables")
            if gone or not create:
                raise StoreError(gone or f"The record database {self.location} holds no mscprep records (an empty "
                                 "database); nothing was created. Check the path; `plan --save` or `records migrate` "
                                 "makes a new one.")
        elif readonly:
            raise StoreError(f"The record database {self.location} is at schema {found} and has not been upgraded "
                             f"to schema {SCHEMA_VERSION}; nothing was changed (`mscprep records migrate` upgrades it).")
        # A new database's chain starts empty (so a history can be copied into it as it is);
        # an upgrade is audited.
        with self.backend.transaction() if found else self._creating() as db:
            if found == 0:
                for statement in create_steps(self.backend):
                    db.execute(statement)
            elif self.kind == "postgresql":     # every step is "if not exists": run again, it adds what is new
                for statement in create_steps(self.backend):
                    db.execute(statement)
                audit.append(db, [Entry(UPGRADER, "schema", what=f"schema {found} -> {SCHEMA_VERSION}",
                                        new_value=__version__)])
            else:
                self._upgrade_sqlite(db, found)
                audit.append(db, [Entry(UPGRADER, "schema", what=f"schema {found} -> {SCHEMA_VERSION}",
                                        new_value=__version__)])
            db.execute("DELETE FROM meta WHERE key = 'schema'")
            db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    def _install_server_append(self) -> None:
        """A PostgreSQL store made before the server-side append gets it (and its column)
        when the owner opens it (`records migrate`); for another role the structure check
        says it is missing and the store refuses to write until the owner has."""
        connection = self.backend.connection
        present = connection.execute("SELECT to_regprocedure('mscprep_append(jsonb,text)') IS NOT NULL AND EXISTS "
                                     "(SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('audit') AND "
                                     "attname = 'db_user' AND NOT attisdropped)").fetchone()[0]
        if present:
            return
        try:
            with connection.transaction():
                for statement in schema.postgres_append_steps():
                    connection.execute(statement)
        except self.backend.psycopg.errors.InsufficientPrivilege:
            pass

    def _check_structure(self) -> None:
        """The structure and the chain's continuity as found at opening; the head kept
        outside the database when both are sound."""
        self.schema_problems = self._structure_problems(self.backend)
        current = audit.head(self.backend)
        self.continuity = seen.continuity_problems(
            self.seen_key, self.location, lambda sql, params=(): self.backend.execute(sql, params).fetchall(), current)
        if not self.continuity and not self.schema_problems:
            seen.remember(self.seen_key, *current)

    def _structure_problems(self, db) -> list[str]:
        """How the database differs from the structure mscprep makes (empty when it does not)."""
        if self.kind == "sqlite":
            problems = structure.sqlite_differences(self.backend.connection)
        else:
            problems = structure.postgres_differences(self.backend.connection)
        try:
            problems += structure.content_problems(lambda sql: db.execute(sql).fetchall(), SCHEMA_VERSION)
        except (*self.backend.errors, UnicodeDecodeError) as error:
            problems.append(f"the schema version or the anchor row cannot be read ({self._explain(error)})")
        return problems

    def _explain(self, error: Exception) -> str:
        if isinstance(error, UnicodeDecodeError) or "decode" in str(error).lower():
            return (f"The record database {self.location} is damaged: text in it cannot be read as UTF-8. Nothing "
                    "was changed; restore it from the backup (`mscprep audit verify` lists what is wrong).")
        return self.backend.explain(error)

    def _creating(self):
        """A transaction for a new database (no anchor yet to lock)."""
        if self.kind == "sqlite":
            return self.backend.transaction()
        return _PostgresCreate(self.backend)

    def _upgrade_sqlite(self, db, found: int) -> None:
        """Schema 1 or 2 (SQLite only) to the current one: the rows the old chain covered
        are brought under the chain, one entry each, oldest first. The old chain must be
        intact; a row it does not cover (planted in the old file) is not adopted: it stays
        outside the chain, `audit verify` names it, and an entry says it was left out."""
        for version in range(found, SCHEMA_VERSION):
            for statement in schema.SQLITE_UPGRADES.get(version, []):
                db.execute(statement)
        old = audit.verify(db, {})
        if old.problems:
            raise StoreError(f"The record database {self.location} (schema {found}) cannot be upgraded: its audit "
                             f"trail is not intact ({'; '.join(old.problems[:3])}). Nothing was changed; restore it "
                             "from the backup.")
        # What the old chain covers: one saved version per create/version entry, and one
        # check or weighing per check/weigh entry of that version.
        pool: dict[tuple, int] = {}
        for action, record_id, what in db.execute("SELECT action, record_id, what FROM audit WHERE row_table IS NULL "
                                                  "ORDER BY seq").fetchall():
            version = (what or "").split(":")[0]
            table = {"create": "records", "version": "records", "check": "checks", "weigh": "weighings"}.get(action)
            if table and record_id and version.startswith("version "):
                key = (table, record_id, version)
                pool[key] = pool.get(key, 0) + 1
        entries = []

        def covered(table: str, record_id, version) -> bool:
            key = (table, record_id, f"version {version}")
            if pool.get(key, 0) > 0:
                pool[key] -= 1
                return True
            return False

        for record_id, version, operator in db.execute(
                "SELECT record_id, version, operator FROM records WHERE seq IS NULL ORDER BY created_utc, rowid"
        ).fetchall():
            if covered("records", record_id, version):
                entries.append(Entry(UPGRADER, "adopt", record_id=record_id, what=f"version {version} saved by "
                                     f"{operator} before schema 3", adopt=("records", "record_id = ? AND version = ?",
                                                                          (record_id, version))))
            else:
                entries.append(Entry(UPGRADER, "not adopted", record_id=record_id, what=f"version {version} (saved "
                                     f"as by {operator}) is not in the old audit trail: inserted outside mscprep, "
                                     "left outside the chain"))
        for table in ("checks", "weighings"):
            for row_id, record_id, version in db.execute(
                    f"SELECT id, record_id, version FROM {table} WHERE seq IS NULL ORDER BY id").fetchall():
                if covered(table, record_id, version):
                    entries.append(Entry(UPGRADER, "adopt", record_id=record_id, what=f"{table[:-1]} {row_id} saved "
                                         "before schema 3", adopt=(table, "id = ?", (row_id,))))
                else:
                    entries.append(Entry(UPGRADER, "not adopted", record_id=record_id, what=f"{table[:-1]} {row_id} "
                                         "is not in the old audit trail: inserted outside mscprep, left outside the "
                                         "chain"))
        if entries:
            audit.append(db, entries)
        for statement in schema.sqlite_finish_upgrade():
            db.execute(statement)

    def grant(self, role: str) -> None:
        """PostgreSQL: let `role` (the workstations' login) read and append, nothing more."""
        if self.kind != "postgresql":
            raise StoreError("Roles exist only on a PostgreSQL record server.")
        def action(db):
            for statement in schema.postgres_grants(role):
                db.execute(statement)
        self._write(action)

    # --- transactions ------------------------------------------------------------------------

    def _write(self, action):
        """One transaction; refused while the database's structure is not the one mscprep
        made (a guard dropped or disabled, a column added, meta or the anchor damaged)."""
        if self.readonly:
            raise StoreError(f"The record database {self.location} was opened to be read only; nothing was saved.")
        self._reconnect_if_lost()
        try:
            with self.backend.transaction() as db:
                problems = self._structure_problems(db)
                if problems:
                    self.schema_problems = problems
                    raise StoreError(
                        f"The record database {self.location} is not as mscprep made it ({'; '.join(problems[:3])}"
                        f"{'; …' if len(problems) > 3 else ''}). Nothing was saved until it is repaired: run `mscprep "
                        "audit verify` and restore it from the backup.")
                result = action(db)
            if not self.continuity:
                seen.remember(self.seen_key, *audit.head(self.backend))
            return result
        except (*self.backend.errors, UnicodeDecodeError) as error:
            raise self._failure(error) from None

    def _read(self, sql: str, params=()):
        self._reconnect_if_lost()
        try:
            return self.backend.execute(sql, params).fetchall()
        except self.backend.errors as error:
            if not self._lost():
                raise self._failure(error) from None
        # A server connection found dropped (server restarted, idle timeout): a read is
        # asked again once on a new connection.
        self._reconnect_if_lost()
        try:
            return self.backend.execute(sql, params).fetchall()
        except self.backend.errors as error:
            raise self._failure(error) from None

    def _lost(self) -> bool:
        return self.kind == "postgresql" and self.backend.connection.closed

    def _reconnect_if_lost(self) -> None:
        """A server connection lost earlier is tried again once, quickly; StoreUnreachable
        if the server is still away. Never a local file instead."""
        if self.kind == "postgresql" and self.backend.connection.closed:
            self.backend.reconnect()

    def reachability(self) -> Reachability:
        """Ask the database now (a quick round trip): for the status strip."""
        try:
            self._read("SELECT 1")
        except StoreUnreachable as error:
            return Reachability(self.kind, self.location, False, message_of(error))
        except self.backend.errors as error:
            failure = self._failure(error)
            return Reachability(self.kind, self.location, False, message_of(failure))
        where = "record server" if self.kind == "postgresql" else "records on this computer"
        return Reachability(self.kind, self.location, True, f"Connected to the {where}: {self.location}")

    def _failure(self, error) -> StoreError:
        if self._lost():
            return StoreUnreachable(self.backend.lost(error))
        return StoreError(self._explain(error))

    def close(self) -> None:
        self.backend.close()

    # --- operator sessions ---------------------------------------------------------------------

    def start_session(self, operator: str, workstation: str | None = None, *, signer=None) -> str:
        """Log that `operator` (the signer, once people are enrolled) is now at the keyboard;
        returns the session's id."""
        operator = _acting(operator, signer, "operator")
        session_id = uuid.uuid4().hex
        self._session_event(session_id, operator, "start", workstation, signer)
        return session_id

    def end_session(self, session_id: str, operator: str, workstation: str | None = None, *, signer=None) -> None:
        self._session_event(session_id, _acting(operator, signer, "operator"), "end", workstation, signer)

    def _session_event(self, session_id: str, operator: str, event: str, workstation: str | None,
                       signer=None) -> None:
        at = _now()
        row = {"id": None, "session_id": session_id, "operator": operator, "event": event,
               "at_utc": at.isoformat(timespec="seconds"), "workstation": workstation or platform.node() or "-"}
        self._write(lambda db: signing.append_act(db, [Entry(operator, "session", what=f"session {event}",
                                                             new_value=session_id, row=("sessions", row))],
                                                  at, signer, f"session {event}"))

    def log(self, operator: str, action_name: str, what: str, *, signer=None) -> None:
        """Audit an event that is not about one record (settings, for instance)."""
        operator = _acting(operator, signer, "operator")
        at = _now()
        self._write(lambda db: signing.append_act(db, [Entry(operator, action_name, what=what)], at, signer,
                                                  "recorded"))

    # --- writing -----------------------------------------------------------------------------

    def save(self, preparation, operator: str, record_id: str | None = None, reason: str | None = None, *,
             signer=None) -> Record:
        """Save a preparation of any kind as a new record, or as the next version of
        `record_id` (a change, which needs a reason). Typed reasons are logged as overrides.
        Once people are enrolled, `signer` (badge + PIN) signs it "prepared" (a later version:
        "changed") and is the operator."""
        operator = _acting(operator, signer, "operator")
        inputs, reasons = preparation.record_inputs(), dict(preparation.reasons)
        exported = preparation.to_dict()
        documents = {audience: to_json(preparation.document(audience)) for audience in preparation.audiences}
        identity, protocol = preparation.identity, preparation.protocol
        blocked = release(preparation.findings).blocked
        at = _now()

        def action(db):
            previous = self._latest(db, record_id) if record_id else None
            if record_id and previous is None:
                raise InputError("record", message("record {record} does not exist", record=record_id))
            if previous is not None and not (reason and reason.strip()):
                raise InputError("reason", message("a change to a saved record needs a reason"))
            new_id = record_id or f"R-{at.strftime('%Y%m%d')}-{uuid.uuid4().hex[:8].upper()}"
            version = previous.version + 1 if previous else 1
            content_hash = _content_hash(inputs, reasons, exported, documents)
            row = dict(zip(RECORD_COLUMNS, (
                new_id, version, exported["plan_id"], at.isoformat(timespec="seconds"),
                at.astimezone().isoformat(timespec="seconds"), operator, identity.patient_id,
                identity.patient_name, identity.din, protocol.id, protocol.version, __version__, int(blocked),
                preparation.kind, _json(inputs), _json(reasons), _json(exported), _json(documents), content_hash)))
            if previous is None:
                entries = [Entry(operator, "create", new_id, "version 1", new_value=content_hash,
                                 row=("records", row))]
            else:
                changes = [(key, previous.inputs.get(key), inputs.get(key))
                           for key in sorted(set(previous.inputs) | set(inputs))
                           if previous.inputs.get(key) != inputs.get(key)]
                changes += [(f"reason for {code}", previous.reasons.get(code), reasons.get(code))
                            for code in sorted(set(previous.reasons) | set(reasons))
                            if previous.reasons.get(code) != reasons.get(code)]
                # Every version is audited: the entry covering the row, then one per change.
                entries = [Entry(operator, "version", new_id, f"version {version}", old_value=previous.content_hash,
                                 new_value=content_hash, reason=reason, row=("records", row))]
                entries += [Entry(operator, "change", new_id, f"version {version}: {key}", old, new, reason)
                            for key, old, new in changes]
            entries += [Entry(operator, "override", new_id, f"version {version}: {finding.code}",
                              new_value=finding.message, reason=finding.override_reason)
                        for finding in preparation.findings if finding.override_reason]
            # A first version is signed "prepared"; every later version "changed" (its reason in the entry).
            signing.append_act(db, entries, at, signer, "prepared" if previous is None else "changed")
            return self._latest(db, new_id)
        return self._write(action)

    def people(self, record_id: str) -> list[str]:
        """Everyone who prepared, changed or saved any version of the record: each version's
        operator and the "Prepared by" typed into it."""
        names: list[str] = []
        for record in self.versions(record_id):
            for name in (record.operator, record.inputs.get("prepared_by", "")):
                if name and name.strip() and name.strip() not in names:
                    names.append(name.strip())
        return names

    def checker_conflict(self, record: Record, checker: str, signer=None) -> str | None:
        """The message refusing `checker` (the signer, once people are enrolled), or None when
        they may do the independent check. An enrolled checker is refused when they signed
        any act on any version of the record, or their role may not verify (a site value)."""
        from .staff import signer_conflict
        if signer is not None:
            refusal = signer_conflict(self, record, signer)
            if refusal:
                return refusal
            checker = signer.name
        try:
            checker = person_name(checker, "checker")
        except InputError as error:
            return error.message
        involved = conflict(checker, self.people(record.record_id))
        if involved is None:
            return None
        return message("{checker} may be {person}, who prepared, changed or saved this record, and cannot verify it; "
                       "a second person must do the independent check", checker=checker.strip(), person=involved)

    def record_check(self, record: Record, checker: str, checker_inputs: dict, outcome: CheckOutcome, *,
                     signer=None) -> bool:
        """Store an independent double check; True when it verifies the record. The checker's
        signature (once people are enrolled) also says they re-entered the source figures."""
        checker = _acting(checker, signer, "checker")
        refusal = self.checker_conflict(record, checker, signer)
        if refusal:
            raise InputError("checker", refusal)
        at = _now()
        row = {"id": None, "record_id": record.record_id, "version": record.version, "checker": checker,
               "at_utc": at.isoformat(timespec="seconds"), "inputs_json": _json(checker_inputs),
               "results_json": _json(outcome.second_plan), "tolerance": float(outcome.tolerance),
               "differences_json": _json([d.__dict__ for d in outcome.differences]), "matched": int(outcome.matched)}
        entry = Entry(checker, "check", record.record_id, f"version {record.version}: independent double check",
                      new_value="verified" if outcome.matched else
                      "differences: " + ", ".join(d.key for d in outcome.differences), row=("checks", row))
        meaning = "verified" if outcome.matched else "check failed"
        self._write(lambda db: signing.append_act(db, [entry], at, signer, meaning))
        return outcome.matched

    def record_weighing(self, record: Record, operator: str, weighing, source: str = TYPED, *,
                        reason: str | None = None, signer=None) -> None:
        """Store a gravimetric check. `source` (issue 25): how tare and gross were obtained,
        kept in the audit entry: TYPED, or the balance's identity and raw lines
        (devices.Reading.describe). A new weighing after one out of tolerance needs a typed
        `reason` (InputError "reason"): the failed one stays, both are printed and in the
        history, and the record never silently returns to final."""
        operator = _acting(operator, signer, "operator")
        reason = (reason or "").strip() or None
        at = _now()
        row = {"id": None, "record_id": record.record_id, "version": record.version, "operator": operator,
               "at_utc": at.isoformat(timespec="seconds"), "tare_g": float(weighing.tare.m_as("g")),
               "gross_g": float(weighing.gross.m_as("g")), "density_g_ml": float(weighing.density.m_as("g/mL")),
               "expected_ml": float(weighing.expected_volume.m_as("mL")),
               "measured_ml": float(weighing.measured_volume.m_as("mL")), "deviation": float(weighing.deviation),
               "tolerance": float(weighing.tolerance.value), "tolerance_source": weighing.tolerance.source,
               "within": int(weighing.within)}
        entry = Entry(operator, "weigh", record.record_id, f"version {record.version}: gravimetric check; {source}",
                      new_value=f"{weighing.measured_volume.m_as('mL'):.4g} mL ({weighing.deviation:+.2%}); "
                                + ("within" if weighing.within else "OUT OF TOLERANCE"), reason=reason,
                      row=("weighings", row))

        def action(db):
            last = db.execute("SELECT within FROM weighings WHERE record_id = ? AND version = ? ORDER BY seq DESC "
                              "LIMIT 1", (record.record_id, record.version)).fetchone()
            if last is not None and not last[0] and reason is None:
                raise InputError("reason", "the last weighing of this record was out of tolerance: a new weighing "
                                 "needs a typed reason (why it is weighed again); both are kept and printed")
            signing.append_act(db, [entry], at, signer, "weighed")
        self._write(action)

    def record_print(self, record: Record, operator: str, what: str = "sheet", *, signer=None) -> bool:
        """Log a print; returns True when it is a reprint (the record was printed before). A
        label is signed "released" only when it prints as a final label (the one release rule,
        with the use-by asked again now); a DRAFT label is signed "printed", like a sheet: the
        record says a label left the printer, never that a product was released when it was not."""
        operator = _acting(operator, signer, "operator")
        at = _now()
        meaning = "released" if "label" in what and self.label_final(record, at) else "printed"

        def action(db):
            printed = self._printed(db, record.record_id, f"version {record.version}: {what}") > 0
            row = {"id": None, "record_id": record.record_id, "version": record.version, "operator": operator,
                   "at_utc": at.isoformat(timespec="seconds"), "what": what, "reprint": int(printed)}
            signing.append_act(db, [Entry(operator, "reprint" if printed else "print", record.record_id,
                                          f"version {record.version}: {what}", row=("prints", row))], at, signer,
                               meaning)
            return printed
        return self._write(action)

    def label_final(self, record: Record, at: datetime) -> bool:
        """Whether a label of this record printed at `at` is a final label (the release rule)."""
        from ..documents.status import as_of, document_release
        try:
            document = record.document()
        except (StoreError, InputError, ValueError, KeyError):
            return False       # no document kept: nothing shows the label was final
        return document_release(as_of(document, at), self.record_state(record)).final

    def printed_before(self, record: Record, what: str = "sheet") -> bool:
        """Whether a print of this document of this version was logged already: what a print
        now would be (REPRINT), asked before the print dialog, logged only when printed."""
        return self._read("SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint') "
                          "AND what = ?", (record.record_id, f"version {record.version}: {what}"))[0][0] > 0

    def record_print_cancelled(self, record: Record, operator: str, what: str, why: str, *, signer=None) -> None:
        """A print logged when it was handed over that then did not happen (the PDF could not
        be written, the printer refused the job): said in the trail, never removed, and
        signed like every act of the person at the keyboard."""
        operator = _acting(operator, signer, "operator")
        entry = Entry(operator, "print cancelled", record.record_id, f"version {record.version}: {what}", new_value=why)
        self._write(lambda db: signing.append_act(db, [entry], _now(), signer, "recorded"))

    # --- reading -----------------------------------------------------------------------------

    _SELECT = f"SELECT {', '.join(RECORD_COLUMNS)} FROM records"

    def _latest(self, db, record_id: str) -> Record | None:
        row = db.execute(f"{self._SELECT} WHERE record_id = ? ORDER BY version DESC LIMIT 1", (record_id,)).fetchone()
        return self._decode(row) if row else None

    def _decode(self, row) -> Record:
        try:
            return _record(row)
        except ValueError as error:
            raise StoreError(f"Record {row[0]} version {row[1]} cannot be read ({error}); run `mscprep audit "
                             "verify` and restore it from the backup.") from None

    @staticmethod
    def _printed(db, record_id: str, what: str) -> int:
        """Earlier prints of the same version and the same document ("version 2: label"):
        the first label after the sheet, or the first sheet of a new version, is no reprint.
        Prints before schema 3 exist only as audit entries; since then each also has a row."""
        return db.execute("SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint') "
                          "AND what = ?", (record_id, what)).fetchone()[0]

    def latest(self, record_id: str, cursor=None) -> Record | None:
        rows = self._read(f"{self._SELECT} WHERE record_id = ? ORDER BY version DESC LIMIT 1", (record_id,))
        return self._decode(rows[0]) if rows else None

    def versions(self, record_id: str) -> list[Record]:
        return [self._decode(row) for row in
                self._read(f"{self._SELECT} WHERE record_id = ? ORDER BY version", (record_id,))]

    def status(self, record: Record) -> RecordStatus:
        """Who verified the version, its weighing, how often it was printed. Once people are
        enrolled a check verifies, and a weighing counts as within tolerance, only through a
        valid signature of the person the row names (`_signed_by`): a row written without
        one (or under another person's name) verifies nothing; a failed check or a weighing
        out of tolerance blocks whoever wrote it."""
        key = (record.record_id, record.version)
        newest = self._read("SELECT checker, matched, seq FROM checks WHERE record_id = ? AND version = ? "
                            "ORDER BY seq DESC LIMIT 1", key)
        verified_by = newest[0][0] if newest and newest[0][1] else None
        if verified_by and not self._signed_by(newest[0][2], ("verified",), verified_by, record):
            verified_by = None
        weighing = self._read("SELECT within, seq, operator FROM weighings WHERE record_id = ? AND version = ? "
                              "ORDER BY seq DESC LIMIT 1", key)
        within = bool(weighing[0][0]) if weighing else None
        if within and not self._signed_by(weighing[0][1], ("weighed",), weighing[0][2]):
            within = None
        printed = self._read("SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint')",
                             (record.record_id,))[0][0]
        return RecordStatus(verified_by, within, printed, bool(newest) and not newest[0][1])

    def _signed_by(self, seq: int, meanings: tuple[str, ...], name: str, record: Record | None = None,
                   roles: tuple[str, ...] | None = None) -> bool:
        """Whether the row of entry `seq` is signed, with one of `meanings`, by the person it
        names (and, for a check, by a verifier role who signed no version of the record).
        Rows written before anyone was enrolled were never signed: they count as written."""
        from .staff import signers_of, verifier_roles

        def read(db):
            first_staff = db.execute("SELECT MIN(seq) FROM staff").fetchone()[0]
            if first_staff is None or seq < first_staff:
                return True
            tables = {table: schema.columns(table) for table in ("acts", "staff", *schema.TABLES)}
            act = signing.signed_act_of(db, seq, tables)
            if act is None or act["meaning"] not in meanings or act["signer_name"] != name:
                return False
            if record is None:
                return True
            return (act["signer_role"] in (roles or verifier_roles())
                    and act["signer_id"] not in signers_of(self, record.record_id))
        # Read directly (rows are append-only: what one query saw, the next still holds), so
        # this may run while a caller holds a transaction or a snapshot.
        self._reconnect_if_lost()
        try:
            return read(self.backend)
        except self.backend.errors as error:
            raise self._failure(error) from None

    def latest_weighing(self, record: Record):
        """The last weighing of this version, re-read from its stored masses (quantities), or None."""
        rows = self._read("SELECT tare_g, gross_g, density_g_ml, expected_ml, tolerance, tolerance_source, seq "
                          "FROM weighings WHERE record_id = ? AND version = ? ORDER BY seq DESC LIMIT 1",
                          (record.record_id, record.version))
        if not rows:
            return None
        tare, gross, density, expected, tolerance, source, seq = rows[0]
        weighing = check_masses(expected * ureg.mL, density * G_PER_ML, tare * ureg.g, gross * ureg.g,
                                Limit("gravimetric_tolerance", tolerance, source, "record"))
        # issue 25: how the masses were obtained, from the weighing's own audit entry
        what = self._read("SELECT what FROM audit WHERE seq = ? AND row_table = 'weighings'", (seq,))
        obtained = what[0][0].partition("gravimetric check; ")[2] if what and what[0][0] else ""
        return dataclasses.replace(weighing, source=obtained)

    def weighings(self, record: Record) -> list[dict]:
        """Every weighing of this version, oldest first (operator, time, masses, verdict)."""
        columns = ("operator", "at_utc", "tare_g", "gross_g", "measured_ml", "deviation", "within")
        rows = self._read(f"SELECT {', '.join(columns)} FROM weighings WHERE record_id = ? AND version = ? "
                          "ORDER BY seq", (record.record_id, record.version))
        found = [dict(zip(columns, row)) for row in rows]
        reasons = dict(self._read("SELECT seq, reason FROM audit WHERE record_id = ? AND row_table = 'weighings'",
                                  (record.record_id,)))
        seqs = [row[0] for row in self._read("SELECT seq FROM weighings WHERE record_id = ? AND version = ? "
                                             "ORDER BY seq", (record.record_id, record.version))]
        for weighing, seq in zip(found, seqs):
            weighing["reason"] = reasons.get(seq)
        return found

    def checks(self, record: Record) -> list[dict]:
        """Every double check of this version, oldest first (checker, time, matched)."""
        rows = self._read("SELECT checker, at_utc, matched FROM checks WHERE record_id = ? AND version = ? "
                          "ORDER BY seq", (record.record_id, record.version))
        return [{"checker": checker, "at_utc": at, "matched": bool(matched)} for checker, at, matched in rows]

    def record_state(self, record: Record) -> RecordState:
        """What printing needs of a saved record: who verified it, its weighing, and the
        audit head at this moment (printed in small type on every sheet)."""
        from .staff import has_enrolled, signatures
        status = self.status(record)
        return RecordState(record.record_id, record.version, status.verified_by, self.latest_weighing(record),
                           audit_head=self.head(), check_failed=status.check_failed,
                           unsigned=not has_enrolled(self), signatures=tuple(signatures(self, record.record_id)),
                           weighings=self.weighing_history(record))

    def weighing_history(self, record: Record) -> tuple:
        """Every weighing of the version when there was more than one (a weighing again after
        a failure): (at_utc, measured mL, deviation, within, reason), oldest first."""
        weighings = self.weighings(record)
        return tuple((w["at_utc"], w["measured_ml"], w["deviation"], bool(w["within"]), w["reason"])
                     for w in weighings) if len(weighings) > 1 else ()

    def head(self) -> str:
        """The current head of the audit chain (the newest entry's hash)."""
        try:
            return audit.head(self.backend)[1]
        except self.backend.errors as error:
            raise self._failure(error) from None

    def search(self, *, patient_id: str = "", din: str = "", operator: str = "", date_from: str = "",
               date_to: str = "", limit: int = 500) -> list[RecordSummary]:
        """The latest version of the records matching every criterion given, newest first.
        Patient ID, DIN and operator match from the start of the text (patient ID and
        operator ignoring case); each criterion is served by an index."""
        where, parameters = ["NOT EXISTS (SELECT 1 FROM records newer WHERE newer.record_id = r.record_id "
                             "AND newer.version > r.version)"], []
        for column, text, ignore_case in (("r.patient_id", patient_id, True), ("r.din", din.upper(), False),
                                          ("r.operator", operator, True)):
            if text:
                clause, values = self.backend.search_prefix(column, text, ignore_case)
                where.append(clause)
                parameters += values
        if date_from:
            where.append("r.created_utc >= ?")
            parameters.append(date_from)
        if date_to:
            where.append("r.created_utc < ?")
            parameters.append(date_to + "\uffff")
        sql = ("SELECT r.record_id, r.version, r.created_utc, r.created_local, r.operator, r.patient_id, "
               "r.patient_name, r.din, r.protocol_id, r.protocol_version, r.blocked, "
               "(SELECT c.checker FROM checks c WHERE c.record_id = r.record_id AND c.version = r.version "
               " ORDER BY c.seq DESC LIMIT 1), "
               "(SELECT c.matched FROM checks c WHERE c.record_id = r.record_id AND c.version = r.version "
               " ORDER BY c.seq DESC LIMIT 1), "
               "(SELECT c.seq FROM checks c WHERE c.record_id = r.record_id AND c.version = r.version "
               " ORDER BY c.seq DESC LIMIT 1), "
               "(SELECT w.within FROM weighings w WHERE w.record_id = r.record_id AND w.version = r.version "
               " ORDER BY w.seq DESC LIMIT 1) "
               f"FROM records r WHERE {' AND '.join(where)} ORDER BY r.created_utc DESC LIMIT ?")
        rows = self._read(sql, parameters + [limit])
        from .staff import verifier_roles
        roles = verifier_roles() if any(row[12] for row in rows) else None    # asked once per search
        # A weighing out of tolerance blocks the record as the release rule does.
        # Only the newest check counts: a failed check after a pass is not verified.
        # A check verifies only through its signer's valid signature (see status): a check row
        # written without one lists the record as not verified.
        return [RecordSummary(*row[:10], bool(row[10]) or (row[14] is not None and not row[14]),
                              row[11] if row[12] and self._signed_by(row[13], ("verified",), row[11],
                                                                     _Version(row[0], row[1]), roles) else None,
                              row[12] is not None and not row[12])
                for row in rows]

    def records_naming_dins(self, dins: tuple[str, ...], patient_id: str = "",
                            record_id: str | None = None) -> list[tuple[str, str, str, str]]:
        """(record_id, patient_id, din, inputs_json) of the newest versions of other patients'
        records (not `patient_id`, ignoring case; never `record_id`) whose DIN or form texts
        hold any of the 13-character `dins` (a thaw's other containers are in the inputs:
        issue 24), in one pass. A candidate list: records/din_reuse.py reads the DINs exactly."""
        if not dins:
            return []
        needles = [f"%{din.upper()}%" for din in dins]
        like = "ILIKE" if self.backend.kind == "postgresql" else "LIKE"    # SQLite's LIKE ignores ASCII case
        clauses = " OR ".join([f"r.din {like} ? OR r.inputs_json {like} ?"] * len(needles))
        return [tuple(row) for row in self._read(
            "SELECT r.record_id, r.patient_id, r.din, r.inputs_json FROM records r "
            f"WHERE ({clauses}) AND upper(coalesce(r.patient_id, '')) <> upper(?) AND r.record_id <> ? "
            "AND NOT EXISTS (SELECT 1 FROM records newer WHERE newer.record_id = r.record_id "
            "AND newer.version > r.version)",
            [value for needle in needles for value in (needle, needle)] + [patient_id.strip(), record_id or ""])]

    def export_csv(self, summaries: list[RecordSummary], path: Path | str) -> int:
        """Write the records as CSV, owner-only, every cell safe to open in a spreadsheet."""
        import io
        from ..private_files import write_private
        from ..documents.status import document_release
        columns = ("record_id", "version", "created_local", "operator", "patient_id", "patient_name", "din",
                   "protocol_id", "protocol_version", "blocked", "status", "dose_cells", "volume_to_draw_mL",
                   "final_volume_mL", "rate_mL_min", "duration_min", "verified_by", "weighing")
        # Built whole first, then written atomically like every output: a record refused
        # half-way, a full disk or a link at the path never leave half a file or follow it.
        with io.StringIO(newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for summary in summaries:
                record = self.latest(summary.record_id)
                self.prove(record)
                status = self.status(record)
                # the release rule over the stored document and the record's own checks and weighing
                release = (document_release(record.document(), self.record_state(record)) if record.documents
                           else None)
                value = lambda key: record.plan[key]["value"] if record.plan.get(key) else ""  # noqa: E731
                writer.writerow([csv_cell(cell) for cell in (
                    record.record_id, record.version, record.created_local, record.operator, record.patient_id,
                    record.patient_name, record.din, record.protocol_id, record.protocol_version,
                    release.blocked if release else record.blocked, release.status.value if release else "",
                    value("dose"), value("volume_to_draw"), value("final_volume"), value("rate"), value("duration"),
                    status.verified_by or "", {None: "", True: "within", False: "OUT"}[status.weighing_within])])
            write_private(path, handle.getvalue())
        return len(summaries)

    # --- the audit trail ---------------------------------------------------------------------

    def verify_audit(self, earlier_head: str | None = None, *, rows: bool = True) -> audit.AuditReport:
        """Damage check first, then the chain and every row of every table. Never raises
        for what it finds: a broken, damaged or malformed database is a list of problems.
        rows=False checks the chain and the anchor only (a quick check at start; a large
        store's full check takes seconds and belongs in the background or to QA)."""
        damage = self.backend.damage(quick=not rows)
        try:
            damage += self._structure_problems(self.backend) + self.continuity
        except StoreUnreachable as error:
            damage.append(str(error))
        except (*self.backend.errors, UnicodeDecodeError) as error:
            damage.append(f"the database's structure cannot be read: {self._explain(error)}")
        tables = {table: schema.columns(table) for table in schema.TABLES} if rows else {}
        verifiers = None
        if rows:
            from .staff import verifier_roles
            try:
                verifiers = verifier_roles()
            except InputError as error:    # a bad site setting: named, no check verified
                damage.append(f"the site's verifier roles cannot be read ({error.message})")
        try:
            self._reconnect_if_lost()
            # One snapshot: rows saved by another workstation meanwhile are not half seen.
            with self.backend.snapshot() as db:
                report = audit.verify(db, tables, READERS, _full_head(db, earlier_head))
                if rows:     # the signatures over what is stored (records/signing.py)
                    signed = signing.verify_acts(db, tables, verifiers)
                    report = audit.AuditReport(report.entries, report.rows, report.problems + tuple(signed),
                                               report.head, report.head_found)
        except StoreUnreachable as error:
            return audit.AuditReport(0, 0, (str(error),), audit.GENESIS, None if earlier_head is None else False)
        except self.backend.errors as error:
            problems = damage + [f"the audit trail cannot be read: {self.backend.explain(error)}"]
            return audit.AuditReport(0, 0, tuple(problems), audit.GENESIS, None if earlier_head is None else False)
        if report.entries == 0:
            # A store that never held an entry proves nothing: it may be a deleted one made again.
            damage.append("the record store holds no audit entries: an empty store is never intact (it may have "
                          "been deleted, emptied or replaced)")
        if damage:
            return audit.AuditReport(report.entries, report.rows, tuple(damage) + report.problems, report.head,
                                     report.head_found)
        return report

    def accept_restore(self, operator: str, reason: str, *, signer=None) -> str:
        """After a restore from backup (or a replacement) that the site has investigated:
        record the decision in the store, with what this workstation had seen, and start
        the workstation's memory again from the store as it is. Returns the new head."""
        operator = _acting(operator, signer, "operator")
        if not (reason or "").strip():
            raise InputError("reason", "accepting a restored store needs a typed reason")
        earlier = seen.last_seen(self.seen_key)
        what = ("; ".join(self.continuity) if self.continuity else "nothing went backwards") + (
            f" (seen before: entry {earlier.seq}, head {earlier.head})" if earlier else "")
        entry = Entry(operator, "restore accepted", what=what[:1000], reason=reason.strip())
        self._write(lambda db: signing.append_act(db, [entry], _now(), signer, "recorded"))
        current = audit.head(self.backend)
        seen.remember(self.seen_key, *current, forget_earlier=True)
        self.continuity = []
        return current[1]

    def prove(self, record: Record) -> None:
        """Before a reprint or an export: recompute the hashes of every row of the record
        (each version, check, weighing and print) and of the audit entries covering them,
        and follow each entry to the next one (or the anchor). StoreError naming what does
        not match its chain; nothing is printed or exported from such a record."""
        problems = self.record_problems(record.record_id)
        if problems:
            raise StoreError(f"Record {record.record_id} does not match its audit trail ({'; '.join(problems[:3])}"
                             f"{'; …' if len(problems) > 3 else ''}): nothing was printed or exported. Run `mscprep "
                             "audit verify` and restore the database from the backup.")

    def record_problems(self, record_id: str) -> list[str]:
        problems: list[str] = []
        covered = {row[0]: row[1] for row in self._read(
            "SELECT seq, row_table FROM audit WHERE record_id = ? AND row_table IS NOT NULL", (record_id,))}
        anchor = self._read("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1")
        for table in ("records", "checks", "weighings", "prints"):
            columns = schema.columns(table)
            for values in self._read(f"SELECT {', '.join(columns)} FROM {table} WHERE record_id = ? ORDER BY seq",
                                     (record_id,)):
                row = dict(zip(columns, values))
                name = audit.describe(table, row)
                covered.pop(row["seq"], None)
                if table == "records":
                    try:
                        stored = _record(values)
                    except ValueError as error:
                        problems.append(f"{name} cannot be read ({error})")
                        continue
                    if _content_hash(stored.inputs, stored.reasons, stored.plan, stored.documents) != stored.content_hash:
                        problems.append(f"{name}: its contents no longer match its content hash")
                computed = audit.row_hash(table, row)
                # (its own name: the table's columns above read the next row of the table)
                entry_columns = getattr(self.backend, "audit_columns", None) or audit.COLUMNS
                found = self._read(f"SELECT {', '.join(entry_columns)} FROM audit WHERE seq = ?", (row["seq"],))
                entry = dict(zip(entry_columns, found[0])) if found else None
                if entry is None or entry["row_table"] != table or entry["record_id"] != record_id:
                    problems.append(f"{name} is not in the audit trail")
                    continue
                if computed != row["row_hash"] or computed != entry["row_hash"]:
                    problems.append(f"{name} was altered after it was saved")
                if audit.entry_hash(entry) != entry["hash"]:
                    problems.append(f"audit entry {entry['seq']} covering {name} was altered")
                following = self._read("SELECT prev_hash FROM audit WHERE seq = ?", (entry["seq"] + 1,))
                if following and following[0][0] != entry["hash"]:
                    problems.append(f"audit entry {entry['seq'] + 1} does not follow the entry covering {name}")
                elif not following and (not anchor or tuple(anchor[0]) != (entry["seq"], entry["hash"])):
                    problems.append(f"the audit trail does not end with the entry covering {name}")
        for seq, table in sorted(covered.items()):
            if table in ("records", "checks", "weighings", "prints"):
                problems.append(f"{table} row {seq} of record {record_id} was deleted")
        return problems

    def entries(self, record_id: str) -> list[dict]:
        """The audit entries about one record, oldest first (for the history view)."""
        names = ("seq", "at_local", "operator", "action", "what", "old_value", "new_value", "reason")
        rows = self._read(f"SELECT {', '.join(names)} FROM audit WHERE record_id = ? ORDER BY seq", (record_id,))
        return [dict(zip(names, row)) for row in rows]


def _acting(typed: str, signer, field: str) -> str:
    """Who acts: the signer's enrolled name, or (in a store nobody is enrolled in) the name
    as typed, checked. Whether a signer is needed is decided in the act's transaction."""
    if signer is not None:
        return signer.name
    return person_name(typed, field)
def _refuse_gone(location, may_create: bool) -> str:
    """The store's key in the seen-heads memory. A missing or empty SQLite file is refused
    when this workstation saw it holding entries (deleted or emptied), and whenever it may
    not be created."""
    from .backends import is_postgres_url, redact
    if is_postgres_url(location):
        return seen.key("postgresql", redact(location))
    path = Path(location)
    try:
        key = seen.key("sqlite", path)
        what = ("does not exist" if not path.exists() else
                "is empty (0 bytes)" if path.is_file() and path.stat().st_size == 0 else None)
    except (ValueError, OSError) as error:
        raise StoreError(f"The record database {str(path)!r} cannot be used ({error}).") from None
    if what:
        problem = seen.gone_problem(key, path, what)
        if problem:
            raise StoreError(problem)
        if not may_create:
            raise StoreError(f"The record database {path} {what}; nothing was created (check the path; "
                             "`plan --save` or `records migrate` makes a new one).")
    return key


def _full_head(backend, text: str | None) -> str | None:
    """A head as given (full, or a prefix of at least 16 characters as copied from paper)."""
    if text is None:
        return None
    text = text.strip().lower()
    if len(text) >= 16 and len(text) < 64:
        try:
            rows = backend.execute("SELECT hash FROM audit WHERE hash >= ? AND hash < ? LIMIT 2",
                                   (text, text + "g")).fetchall()
        except backend.errors:
            return text
        if len(rows) == 1:
            return rows[0][0]
    return text


class _PostgresCreate:
    """The transaction that creates a PostgreSQL schema, serialised by an advisory lock so
    two workstations starting at once do not both create it."""

    def __init__(self, backend):
        self.backend = backend
        self._context = None

    def __enter__(self):
        self._context = self.backend.connection.transaction()
        self._context.__enter__()
        self.backend.connection.execute("SELECT pg_advisory_xact_lock(4242017)")
        return self.backend

    def __exit__(self, *exc):
        return self._context.__exit__(*exc)


def copy_history(source: RecordStore, target: RecordStore, batch: int = 500) -> int:
    """Copy every row and audit entry of `source` into a new, empty `target` as they are
    (same sequence numbers and hashes, so the chain and its head are the same). The source
    is verified before, the target after; returns the number of entries copied. Raises
    StoreError when the source is not intact or the target not empty."""
    before = source.verify_audit()
    if not before.intact:
        raise StoreError("The history to copy is not intact, nothing was copied: " + "; ".join(before.problems[:3]))
    if target._read("SELECT COUNT(*) FROM audit")[0][0]:
        raise StoreError(f"The target {target.location} already holds records; copy only into a new database.")

    def action(db):
        for table in schema.TABLES:
            _copy_table(source, db, table, schema.columns(table), batch)
        columns = audit.COLUMNS
        if source.kind == "postgresql":
            columns = source.backend.audit_columns
            if target.kind != "postgresql":
                raise StoreError("A history from the record server keeps who appended each entry (db_user); it can "
                                 "be copied into another PostgreSQL database only.")
        _copy_table(source, db, "audit", columns, batch)
        db.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1", audit.head(source.backend))
        return audit.head(source.backend)[0]
    copied = target._write(action)
    after = target.verify_audit(before.head)
    if not after.intact or after.head != before.head:
        raise StoreError("The copy does not verify: " + "; ".join(after.problems[:3]))
    return copied


def _copy_table(source: RecordStore, db, table: str, columns, batch: int) -> None:
    cursor = source.backend.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY seq")
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        db.executemany(insert, rows)


def open_store(setting: str | None = None, *, busy_timeout: float = 5.0) -> tuple[RecordStore | None, Reachability]:
    """The configured store and what the status strip says about it. When the server cannot
    be reached the store is None and the message says so: the caller keeps working on drafts
    and retries later (`open_store` again); it never falls back to a local file."""
    from .backends import is_postgres_url, redact
    location = database_location(setting)
    kind = "postgresql" if is_postgres_url(location) else "sqlite"
    shown = redact(location) if kind == "postgresql" else str(location)
    try:
        store = RecordStore(location, busy_timeout=busy_timeout)
    except StoreError as error:
        return None, Reachability(kind, shown, False, message_of(error))
    return store, store.reachability()
