"""Every way of tampering with or damaging a record store that mscprep must catch, as data:
each case fills a new store (a record in two versions, a check, a weighing, a print, an
operator session: one row in every table), tampers with it as someone with the database's
own tool and the owner's rights would, then asks `mscprep audit verify` (read only) and,
for the structure, tries to save.

A case is caught when `audit verify` exits 1 (never 0, never a traceback), changed nothing
in an SQLite file, and, where the structure was changed, the store refuses to write.

Used by tools/tamper (prints the cases tried and caught) and tests/test_tamper.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

BASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "duration": "30 min", "final_volume": "50 mL", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako",
        "din": "A999921123456"}
TABLES = ("records", "checks", "weighings", "prints", "sessions")


@dataclass(frozen=True)
class Case:
    name: str
    kinds: tuple[str, ...]            # "sqlite", "postgresql"
    tamper: Callable                  # (Target) -> None
    structure: bool = False           # the store must also refuse to write


@dataclass
class Target:
    kind: str
    location: str                     # file path or URL
    admin: object = None              # PostgreSQL: the server (tests/stores.Server-like: url(), admin())
    database: str = ""

    def sql(self, statement: str, params=()):
        if self.kind == "sqlite":
            connection = sqlite3.connect(self.location, isolation_level=None)
            try:
                cursor = connection.execute(statement, params)
                return cursor.fetchall()
            finally:
                connection.close()
        import psycopg
        with psycopg.connect(self.location, autocommit=True) as connection:
            cursor = connection.execute(statement.replace("?", "%s"), list(params) or None)
            return cursor.fetchall() if cursor.description else []


def populate(location) -> None:
    from mscprep.preparation.build import prepare
    from mscprep.preparation.gravimetric import weigh_entered
    from mscprep.records.doublecheck import compare
    from mscprep.records.store import RecordStore
    now = datetime.now(timezone.utc)
    store = RecordStore(location)
    try:
        first = store.save(prepare(dict(BASE), now=now), "K. Tanaka (KT)")
        changed = prepare(dict(BASE, weight="72 kg"), now=now)
        second = store.save(changed, "K. Tanaka (KT)", record_id=first.record_id, reason="weight re-measured")
        store.record_check(second, "M. Sato (MS)", {"weight": "72 kg"}, compare(second.plan, changed))
        store.record_weighing(second, "K. Tanaka (KT)", weigh_entered(changed, "20 g", "70.25 g"))
        store.record_print(second, "K. Tanaka (KT)")
        store.start_session("K. Tanaka (KT)")
    finally:
        store.close()


# --- helpers ------------------------------------------------------------------------------

def _without_guards(target: Target, table: str, statement: str, params=()) -> None:
    """Drop the table's guards, run the statement, put the guards back exactly as they were:
    only the rows are touched, the structure is as mscprep made it."""
    from mscprep.records import schema
    if target.kind == "sqlite":
        target.sql("DROP TRIGGER IF EXISTS audit_anchor_forward")
        target.sql(f"DROP TRIGGER IF EXISTS {table}_no_update")
        target.sql(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        target.sql(statement, params)
        guards = schema._sqlite_guards(table, update=table != "audit_anchor")
        for guard in guards:
            target.sql(guard)
        target.sql(next(step for step in schema._sqlite_common() if "audit_anchor_forward" in step))
    else:
        target.sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        target.sql(statement, params)
        target.sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")


def _edit(table: str, column: str, value: str):
    def tamper(target: Target) -> None:
        seq = target.sql(f"SELECT MAX(seq) FROM {table}")[0][0]
        _without_guards(target, table, f"UPDATE {table} SET {column} = {value} WHERE seq = ?", (seq,))
    return tamper


def _delete(table: str, which: str = "MAX"):
    def tamper(target: Target) -> None:
        seq = target.sql(f"SELECT {which}(seq) FROM {table}")[0][0]
        _without_guards(target, table, f"DELETE FROM {table} WHERE seq = ?", (seq,))
    return tamper


def _insert(table: str):
    """A copy of the newest row at a new number: a row saved outside mscprep."""
    def tamper(target: Target) -> None:
        from mscprep.records import schema
        columns = [name for name, _ in (schema.AUDIT if table == "audit" else schema.TABLES[table])]
        row = dict(zip(columns, target.sql(f"SELECT {', '.join(columns)} FROM {table} ORDER BY seq DESC LIMIT 1")[0]))
        row["seq"] += 100
        if "id" in row:
            row["id"] = row["seq"]
        if table == "records":
            row["version"] += 10
        target.sql(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return tamper


def _drop_trigger(name: str, table: str):
    def tamper(target: Target) -> None:
        target.sql(f"DROP TRIGGER {name}" if target.kind == "sqlite" else f"DROP TRIGGER {name} ON {table}")
    return tamper


def _sql(*statements: str):
    def tamper(target: Target) -> None:
        for statement in statements:
            target.sql(statement)
    return tamper


def _pick(sqlite_statements: tuple[str, ...], pg_statements: tuple[str, ...]):
    def tamper(target: Target) -> None:
        for statement in sqlite_statements if target.kind == "sqlite" else pg_statements:
            target.sql(statement)
    return tamper


def _sqlite_writable_schema(edit: Callable[[sqlite3.Connection], None]):
    def tamper(target: Target) -> None:
        connection = sqlite3.connect(target.location, isolation_level=None)
        try:
            connection.execute("PRAGMA writable_schema = ON")
            edit(connection)
            connection.execute("PRAGMA writable_schema = OFF")
        finally:
            connection.close()
    return tamper


def _damage_schema_text(connection) -> None:
    # text that is not UTF-8 in the schema: what a flipped bit or a bad editor leaves
    connection.execute("UPDATE sqlite_master SET sql = CAST(sql AS BLOB) || x'ff' WHERE name = 'records_din'")


def _weaken_trigger(connection) -> None:
    connection.execute("UPDATE sqlite_master SET sql = replace(sql, 'RAISE(ABORT', 'RAISE(IGNORE') "
                       "WHERE name = 'records_no_update'")


def _checkpoint(path: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _file(action: str):
    def tamper(target: Target) -> None:
        path = Path(target.location)
        _checkpoint(str(path))
        for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
        if action == "empty":
            path.write_bytes(b"")
        elif action == "delete":
            path.unlink()
        elif action == "garbage":
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.seek(size // 2 // 4096 * 4096)
                handle.write(b"\x5a" * 4096)
        elif action == "truncate":
            with open(path, "r+b") as handle:
                handle.truncate(path.stat().st_size // 2)
        elif action in ("rollback", "replace"):
            shutil.copyfile(f"{path}.{action}", path)
    return tamper


def _server(action: str):
    """PostgreSQL as a whole: the database dropped and made again empty, or swapped for
    another consistent store with fewer entries (a restored older backup, another site's)."""
    def tamper(target: Target) -> None:
        server, name = target.admin, target.database
        server.admin(f"DROP DATABASE {name} WITH (FORCE)")
        if action == "empty":
            server.admin(f"CREATE DATABASE {name}")
        elif action == "dropped":
            pass
        else:
            server.admin(f"ALTER DATABASE {name}_other RENAME TO {name}")
    return tamper


def cases() -> list[Case]:
    both, sqlite, pg = ("sqlite", "postgresql"), ("sqlite",), ("postgresql",)
    found = []
    for table in TABLES:
        column = "patient_id" if table == "records" else "at_utc"
        found += [Case(f"{table}: a column edited", both, _edit(table, column, "'2020-01-01 edited'")),
                  Case(f"{table}: a row inserted outside mscprep", both, _insert(table)),
                  Case(f"{table}: the newest row deleted", both, _delete(table)),
                  Case(f"{table}: the oldest row deleted", both, _delete(table, "MIN"))]
    found += [Case("audit: an entry's operator edited", both, _edit("audit", "operator", "'X. Other'")),
              Case("audit: an entry in the middle deleted", both, lambda t: _without_guards(
                  t, "audit", "DELETE FROM audit WHERE seq = 2")),
              Case("audit: the newest entry deleted", both, _delete("audit")),
              Case("audit: a junk entry at the next number", both, _insert("audit")),
              Case("audit_anchor: moved back", both, lambda t: _without_guards(
                  t, "audit_anchor", "UPDATE audit_anchor SET last_seq = last_seq - 1 WHERE id = 1")),
              Case("audit_anchor: moved forward", both, lambda t: t.sql(
                  "UPDATE audit_anchor SET last_seq = last_seq + 5 WHERE id = 1")),
              Case("audit_anchor: the row deleted", both, lambda t: _without_guards(
                  t, "audit_anchor", "DELETE FROM audit_anchor"), structure=True),
              Case("meta: the schema value edited to 3X", both, _sql("UPDATE meta SET value = '3X' WHERE key = "
                                                                     "'schema'"), structure=True),
              Case("meta: the schema row deleted", both, _sql("DELETE FROM meta"), structure=True),
              Case("meta: the table dropped", both, _sql("DROP TABLE meta"), structure=True),
              Case("meta: a column added", both, _sql("ALTER TABLE meta ADD COLUMN note TEXT"), structure=True)]
    for table in ("audit", *TABLES):
        found += [Case(f"schema: {table}'s update/delete guard dropped", both, _pick(
            (f"DROP TRIGGER {table}_no_update",), (f"DROP TRIGGER {table}_append_only ON {table}",)), structure=True),
            Case(f"schema: a column added to {table}", both, _sql(f"ALTER TABLE {table} ADD COLUMN extra TEXT"),
                 structure=True)]
    found += [Case("schema: the anchor's forward-only guard dropped", both, _pick(
                  ("DROP TRIGGER audit_anchor_forward",), ("DROP TRIGGER audit_anchor_forward ON audit_anchor",)),
                  structure=True),
              Case("schema: a trigger added", both, _pick(
                  ("CREATE TRIGGER records_sneak AFTER INSERT ON records BEGIN SELECT 1; END",),
                  ("CREATE TRIGGER records_sneak AFTER INSERT ON records FOR EACH ROW EXECUTE FUNCTION "
                   "mscprep_refuse_change()",)), structure=True),
              Case("schema: an index dropped", both, _sql("DROP INDEX records_din"), structure=True),
              Case("schema: an index added", both, _sql("CREATE INDEX records_sneak ON records (kind)"),
                   structure=True),
              Case("schema: a table added", both, _sql("CREATE TABLE shadow (x TEXT)"), structure=True),
              Case("schema: the guards disabled", pg, _sql("ALTER TABLE records DISABLE TRIGGER USER"),
                   structure=True),
              Case("schema: the guard function made harmless", pg, _sql(
                  "CREATE OR REPLACE FUNCTION mscprep_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                  "BEGIN RETURN OLD; END $$"), structure=True),
              Case("schema: a guard's text weakened (writable_schema)", sqlite,
                   _sqlite_writable_schema(_weaken_trigger), structure=True),
              Case("schema: the schema text damaged (not UTF-8)", sqlite,
                   _sqlite_writable_schema(_damage_schema_text), structure=True),
              Case("file: emptied to 0 bytes", sqlite, _file("empty")),
              Case("file: deleted", sqlite, _file("delete")),
              Case("file: rolled back to an older copy", sqlite, _file("rollback")),
              Case("file: replaced by another consistent database", sqlite, _file("replace")),
              Case("file: 4 KB overwritten in the middle", sqlite, _file("garbage")),
              Case("file: cut to half its length", sqlite, _file("truncate")),
              Case("server: the database dropped and made again, empty", pg, _server("empty")),
              Case("server: the database dropped", pg, _server("dropped")),
              Case("server: replaced by another consistent store (older)", pg, _server("other"))]
    return found


@dataclass(frozen=True)
class Outcome:
    case: str
    kind: str
    caught: bool
    detail: str


def _verify(location: str) -> tuple[int, str]:
    from mscprep.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["audit", "verify", "--db", location])
        except SystemExit as exit_:
            code = exit_.code
    return code, (out.getvalue() + err.getvalue()).strip()


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _write_refused(location: str) -> bool:
    from mscprep.records.errors import StoreError
    from mscprep.records.store import RecordStore
    try:
        store = RecordStore(location)
    except StoreError:
        return True
    try:
        store.log("T. Tamper (TT)", "test", "a write after tampering")
    except StoreError:
        return True
    finally:
        store.close()
    return False


_TEMPLATES: dict[tuple[str, str], tuple[str, str, str]] = {}


def _sqlite_template(folder: Path) -> tuple[str, str, str]:
    """One filled history (and its older copy, and another store) per folder, copied for each case."""
    key = ("sqlite", str(folder))
    if key not in _TEMPLATES:
        folder.mkdir(parents=True, exist_ok=True)
        full, older, other = (str(folder / f"template-{name}.sqlite3") for name in ("full", "older", "other"))
        populate(full)
        _checkpoint(full)
        shutil.copyfile(full, older)
        populate(full)
        _checkpoint(full)
        populate(other)
        populate(other)
        _checkpoint(other)
        _TEMPLATES[key] = (full, older, other)
    return _TEMPLATES[key]


def _pg_template(server) -> tuple[str, str]:
    key = ("postgresql", server.url("postgres"))
    if key not in _TEMPLATES:
        full, other = server.new_database(), server.new_database()
        populate(server.url(full))
        populate(server.url(full))
        populate(server.url(other))
        _TEMPLATES[key] = (full, other, "")
    return _TEMPLATES[key][:2]


def run_case(case: Case, kind: str, folder: Path, server=None) -> Outcome:
    """A copy of a filled store, seen by this workstation, tampered with, then verified.
    Never raises: an exception is a case not caught."""
    from mscprep.records.store import RecordStore
    try:
        if kind == "sqlite":
            full, older, other = _sqlite_template(folder.parent / "templates")
            folder.mkdir(parents=True, exist_ok=True)
            location = str(folder / f"{uuid.uuid4().hex[:8]}.sqlite3")
            shutil.copyfile(full, location)
            shutil.copyfile(older, f"{location}.rollback")
            shutil.copyfile(other, f"{location}.replace")
            target = Target(kind, location)
        else:
            full, other = _pg_template(server)
            name = "c_" + uuid.uuid4().hex[:12]
            server.admin(f"CREATE DATABASE {name} TEMPLATE {full}")
            server.admin(f"CREATE DATABASE {name}_other TEMPLATE {other}")
            location = server.url(name)
            target = Target(kind, location, server, name)
        RecordStore(location).close()          # seen by this workstation
        code, text = _verify(location)
        if code != 0:
            return Outcome(case.name, kind, False, f"not intact before tampering: {text[:300]}")
    except Exception as error:  # noqa: BLE001 (a setup failure is reported, not raised)
        return Outcome(case.name, kind, False, f"setup failed: {type(error).__name__}: {error}")
    try:
        case.tamper(target)
    except Exception as error:  # noqa: BLE001
        return Outcome(case.name, kind, False, f"the tampering itself failed: {type(error).__name__}: {error}")
    before = _digest(Path(location)) if kind == "sqlite" else None
    try:
        code, text = _verify(location)
    except Exception as error:  # noqa: BLE001 (a traceback is a case not caught)
        return Outcome(case.name, kind, False, f"audit verify raised {type(error).__name__}: {error}")
    if code != 1:
        return Outcome(case.name, kind, False, f"audit verify exit {code}: {text[:300]}")
    if kind == "sqlite" and _digest(Path(location)) != before:
        return Outcome(case.name, kind, False, "audit verify changed the file")
    if case.structure:
        try:
            if not _write_refused(location):
                return Outcome(case.name, kind, False, "a write was accepted after tampering with the structure")
        except Exception as error:  # noqa: BLE001
            return Outcome(case.name, kind, False, f"a write raised {type(error).__name__}: {error}")
    first = next((line for line in text.splitlines() if line.startswith("AUDIT PROBLEM")), text.splitlines()[0])
    return Outcome(case.name, kind, True, first)
