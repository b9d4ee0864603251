"""The record database's structure compared with the one this mscprep creates: tables and
their columns, triggers (the append-only guards), indexes, the guard functions
(PostgreSQL), the schema version in `meta` and the single anchor row.

A dropped, disabled, edited or added trigger, an added or dropped column or table, an
edited guard function, a damaged `meta` or a missing anchor row is a difference: `audit
verify` reports it and the store refuses to write until the database is repaired (restored
from the backup). The expected structure is derived from the very statements that create a
new database (schema.py), so a table or trigger added there is expected here at once.

Everything here only reads; it never changes the database.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from . import schema

# Objects a database may hold that are not ours to compare (SQLite's own tables).
_SQLITE_INTERNAL = re.compile(r"^sqlite_(?!autoindex)")


def _normal(sql: str | None) -> str | None:
    if sql is None:
        return None
    text = re.sub(r"\s+", " ", sql).strip()
    return re.sub(r"(?i)\bIF NOT EXISTS\b ?", "", text)


# --- SQLite ---------------------------------------------------------------------------------

def _sqlite_objects(connection) -> dict[tuple[str, str], tuple]:
    """(type, name) -> (table, normalised SQL, column names for a table)."""
    found = {}
    for kind, name, table, sql in connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall():
        if _SQLITE_INTERNAL.match(name):
            continue
        columns = ()
        if kind == "table":
            columns = tuple(sorted(row[1] for row in connection.execute(f'PRAGMA table_xinfo("{name}")')))
        # A table's own SQL changes with ALTER TABLE (an upgraded file): its columns count.
        found[(kind, name)] = (table, None if kind == "table" else _normal(sql), columns)
    return found


@cache
def expected_sqlite() -> dict[tuple[str, str], tuple]:
    """Built once from the creating statements in a database in memory (read only after)."""
    connection = sqlite3.connect(":memory:")
    try:
        for statement in schema.sqlite_create():
            connection.execute(statement)
        return _sqlite_objects(connection)
    finally:
        connection.close()


def sqlite_differences(connection) -> list[str]:
    try:
        found = _sqlite_objects(connection)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        return [f"the schema text cannot be read ({type(error).__name__}: {error})"]
    return _compare(expected_sqlite(), found)


# --- PostgreSQL -----------------------------------------------------------------------------

_CREATE_TABLE = re.compile(r"^CREATE TABLE IF NOT EXISTS (\w+) \((.*)\)$", re.S)
_CREATE_INDEX = re.compile(r"^CREATE (?:UNIQUE )?INDEX IF NOT EXISTS (\w+) ON (\w+)")
_CREATE_TRIGGER = re.compile(r"^CREATE TRIGGER (\w+) BEFORE (.+?) ON (\w+) FOR EACH (ROW|STATEMENT) "
                             r"EXECUTE FUNCTION (\w+)\(\)")
_CREATE_FUNCTION = re.compile(r"CREATE OR REPLACE FUNCTION (\w+)\(.*?\$\$(.*)\$\$", re.S)


def _split_top(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for character in text:
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        if character == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += character
    return parts + [current.strip()] if current.strip() else parts


def _table_columns(body: str) -> tuple[str, ...]:
    names = [part.split()[0] for part in _split_top(body)
             if part.split()[0].upper() not in ("PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "CONSTRAINT")]
    return tuple(sorted(names))


def _events(text: str) -> str:
    return " OR ".join(sorted(word.strip().upper() for word in text.split(" OR ")))


def expected_postgres(steps: list[str] | None = None) -> dict[tuple[str, str], tuple]:
    expected: dict[tuple[str, str], tuple] = {}
    for statement in steps if steps is not None else schema.postgres_create():
        statement = statement.strip()
        if match := _CREATE_TABLE.match(statement):
            name = match.group(1)
            expected[("table", name)] = (name, None, _table_columns(match.group(2)))
            expected[("index", f"{name}_pkey")] = (name, None, ())
        elif match := _CREATE_INDEX.match(statement):
            expected[("index", match.group(1))] = (match.group(2), None, ())
        elif match := _CREATE_TRIGGER.match(statement):
            name, events, table, level, function = match.groups()
            expected[("trigger", name)] = (table, f"{_events(events)} {level} {function} enabled", ())
        elif match := _CREATE_FUNCTION.search(statement):
            expected[("function", match.group(1))] = ("", _normal(match.group(2)), ())
    return expected


@cache
def _expected_postgres() -> dict[tuple[str, str], tuple]:
    return expected_postgres()


_PG_TRIGGER = re.compile(r"BEFORE (.+?) ON \S+ FOR EACH (ROW|STATEMENT) EXECUTE (?:FUNCTION|PROCEDURE) "
                         r"(?:\w+\.)?(\w+)\(\)")


def postgres_objects(connection) -> dict[tuple[str, str], tuple]:
    found: dict[tuple[str, str], tuple] = {}
    columns: dict[str, list[str]] = {}
    for table, column in connection.execute(
            "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            "AND a.attnum > 0 AND NOT a.attisdropped").fetchall():
        columns.setdefault(table, []).append(column)
    for table, names in columns.items():
        found[("table", table)] = (table, None, tuple(sorted(names)))
    for name, table in connection.execute(
            "SELECT indexname, tablename FROM pg_indexes WHERE schemaname = current_schema()").fetchall():
        found[("index", name)] = (table, None, ())
    for name, table, enabled, definition in connection.execute(
            "SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
            "AND c.relnamespace = current_schema()::regnamespace").fetchall():
        match = _PG_TRIGGER.search(definition)
        shape = (f"{_events(match.group(1))} {match.group(2)} {match.group(3)}" if match else definition)
        state = "enabled" if enabled in ("O", b"O") else "DISABLED"
        found[("trigger", name)] = (table, f"{shape} {state}", ())
    for name, source in connection.execute(
            "SELECT p.proname, p.prosrc FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
            "AND p.proname LIKE 'mscprep%'").fetchall():
        found[("function", name)] = ("", _normal(source), ())
    return found


def postgres_differences(connection) -> list[str]:
    return _compare(_expected_postgres(), postgres_objects(connection))


# --- both -----------------------------------------------------------------------------------

def _compare(expected: dict, found: dict) -> list[str]:
    problems = []
    for key in sorted(set(expected) | set(found)):
        kind, name = key
        if key not in found:
            problems.append(f"{kind} {name} is missing (dropped)" if kind != "trigger" else
                            f"trigger {name} on {expected[key][0]} is missing (dropped): the append-only guard "
                            "is off")
            continue
        if key not in expected:
            problems.append(f"{kind} {name}{' on ' + found[key][0] if found[key][0] and kind != 'table' else ''} "
                            "was added (not made by mscprep)")
            continue
        (want_table, want_sql, want_columns), (have_table, have_sql, have_columns) = expected[key], found[key]
        if kind == "table" and want_columns != have_columns:
            added = sorted(set(have_columns) - set(want_columns))
            dropped = sorted(set(want_columns) - set(have_columns))
            parts = ([f"column(s) {', '.join(added)} added"] if added else []) + (
                [f"column(s) {', '.join(dropped)} dropped"] if dropped else [])
            problems.append(f"table {name}: {'; '.join(parts)}")
        elif want_table != have_table:
            problems.append(f"{kind} {name} is on table {have_table}, not {want_table}")
        elif want_sql != have_sql:
            if kind == "trigger" and have_sql and have_sql.endswith("DISABLED"):
                problems.append(f"trigger {name} on {have_table} is disabled: the append-only guard is off")
            else:
                problems.append(f"{kind} {name} was changed (its definition is not the one mscprep made)")
    return problems


def content_problems(execute, version: int) -> list[str]:
    """The rows the structure depends on: the schema version in `meta`, the one anchor row."""
    problems = []
    rows = execute("SELECT value FROM meta WHERE key = 'schema'")
    if len(rows) != 1 or rows[0][0] != str(version):
        shown = ", ".join(repr(row[0]) for row in rows) or "no row"
        problems.append(f"table meta: the schema version is damaged ({shown}; expected '{version}')")
    anchors = execute("SELECT id, last_seq, last_hash FROM audit_anchor")
    if len(anchors) != 1 or anchors[0][0] != 1:
        problems.append(f"table audit_anchor: {len(anchors)} row(s) instead of the one anchor row (id 1): the "
                        "chain's last entry is not recorded")
    elif not isinstance(anchors[0][1], int) or not isinstance(anchors[0][2], str):
        problems.append("table audit_anchor: the anchor row is damaged (sequence number or hash unreadable)")
    return problems
