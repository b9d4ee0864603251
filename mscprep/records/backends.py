"""The two databases a record store can live in, behind one small connection interface:
`execute(sql, params)` with `?` placeholders, `transaction()` that holds the store's write
lock (so concurrent workstations append one linear chain), the schema steps, a damage
check, and errors explained in the user's words.

SQLite (the default): one file in the data folder, WAL journal, synchronous=FULL.
PostgreSQL (a site's shared store): `postgresql://...` from the setting or
MSCPREP_DATABASE_URL, through psycopg 3; the write lock is the anchor row, locked FOR UPDATE.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ..errors import message
from . import schema
from ..errors import one_line
from .errors import StoreError, StoreUnreachable


def is_postgres_url(location) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}" if user else f"{scheme}://{host}"


class SqliteBackend:
    kind = "sqlite"

    def __init__(self, path: Path, busy_timeout: float = 5.0, readonly: bool = False):
        from ..private_files import ensure_private_dir, tighten
        self.path = Path(path)
        self.location = str(self.path)
        self.tightened: list[Path] = []
        from .paths import network_share
        share = network_share(self.path)
        if share:
            raise StoreError(f"The record file {self.path} is on a network share ({share}). SQLite cannot keep "
                             "records safe there (its journal needs this computer's own disk): choose a folder "
                             "on a local disk, or the site's PostgreSQL server.")
        if readonly:
            # `audit verify`: nothing created, tightened or converted; the file is only read.
            try:
                self.connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                                  timeout=busy_timeout, isolation_level=None)
                self.connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
                raise StoreError(self.explain(error)) from None
            return
        try:
            from .paths import data_dir
            # The data folder is the program's: made private. A folder chosen for the file
            # (--db /somewhere/records.sqlite3) is created private but never changed.
            ours = self.path.parent.resolve() == data_dir().resolve() if self.path.parent.exists() else True
            self.tightened += ensure_private_dir(self.path.parent, ours=ours)
            if not self.path.exists():
                # Created owner-only; SQLite gives its -wal and -shm files the same mode.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            for candidate in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                if tighten(candidate):
                    self.tightened.append(candidate)
            self.connection = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=FULL")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise StoreError(self.explain(error)) from None
        except OSError as error:
            raise StoreError(f"The record folder {self.path.parent} cannot be used ({error.strerror}). "
                             "Check that it exists and that you may write to it.") from None

    # Text in the file that is not UTF-8 (damaged schema or rows) surfaces as UnicodeDecodeError.
    errors = (sqlite3.DatabaseError, UnicodeDecodeError)

    def execute(self, sql: str, params=()):
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, rows) -> None:
        self.connection.executemany(sql, rows)

    @contextmanager
    def transaction(self):
        self.connection.execute("BEGIN IMMEDIATE")   # the write lock, for the whole transaction
        try:
            yield self
            self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise

    @contextmanager
    def snapshot(self):
        """One consistent view for several reads (WAL: a read transaction sees one moment)."""
        self.connection.execute("BEGIN")
        try:
            yield self
        finally:
            if self.connection.in_transaction:
                self.connection.execute("COMMIT")

    def version(self) -> int:
        try:
            tables = {row[0] for row in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" not in tables:
                return 0 if not tables else _damaged(self.location, "table meta (the schema version) is missing")
            rows = self.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            if isinstance(error, sqlite3.DatabaseError) and "decode" not in str(error).lower() \
                    and "malformed" not in str(error):
                raise
            return _damaged(self.location, f"its schema text cannot be read ({one_line(str(error))[:120]})")
        return schema_version(self.location, rows)

    def damage(self, quick: bool = False) -> list[str]:
        """What PRAGMA integrity_check (or the faster quick_check) finds: nothing for a sound file."""
        try:
            found = [row[0] for row in self.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        except self.errors as error:
            return [f"the database file is damaged: {error}"]
        return [] if found == ["ok"] else [f"the database file is damaged: {line}" for line in found[:10]]

    def explain(self, error: Exception) -> str:
        text = str(error)
        if isinstance(error, UnicodeDecodeError) or "decode" in text.lower():
            return (f"The record database {self.path} is damaged: text in it (its schema or a row) cannot be read "
                    "as UTF-8. Nothing was changed; restore it from the backup (`mscprep audit verify` lists what "
                    "is wrong).")
        if "not a database" in text or "malformed" in text:
            return message("{path} is not a readable mscprep database (damaged or another file). Nothing was "
                           "changed; restore it from the backup or ask the system administrator.", path=self.path)
        if "locked" in text or "busy" in text:
            return message("The record database {path} is in use by another workstation or program. Wait a moment "
                           "and try again.", path=self.path)
        if "readonly" in text or "read-only" in text:
            return message("The record database {path} is read-only. Ask the system administrator for write access.",
                           path=self.path)
        if "disk" in text or "full" in text:
            return message("The disk holding {path} is full. Free space, then save again; nothing was lost.",
                           path=self.path)
        return message("The record database {path} cannot be used: {reason}", path=self.path, reason=text)

    def search_prefix(self, column: str, text: str, ignore_case: bool) -> tuple[str, list]:
        if ignore_case:   # LIKE ignores ASCII case and uses the NOCASE index
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            return f"{column} LIKE ? ESCAPE '\\'", [escaped]
        return f"{column} >= ? AND {column} < ?", [text, text + "\uffff"]

    def close(self) -> None:
        self.connection.close()


class PostgresBackend:
    kind = "postgresql"

    def __init__(self, url: str, connect_timeout: float = 5.0):
        try:
            import psycopg
        except ImportError:
            raise StoreError("The PostgreSQL driver (psycopg) is not installed; reinstall mscprep.") from None
        self.psycopg = psycopg
        self.url = url
        self.location = redact(url)
        self.tightened: list[Path] = []
        self.errors = (psycopg.Error,)
        self.connect_timeout = max(1, int(connect_timeout))
        from .audit import COLUMNS, SERVER_FIELDS
        self.audit_columns = COLUMNS + SERVER_FIELDS
        self.connection = None
        self.reconnect()

    def reconnect(self) -> None:
        psycopg = self.psycopg
        try:
            self.connection = psycopg.connect(self.url, autocommit=True, connect_timeout=self.connect_timeout,
                                              application_name="mscprep")
        except psycopg.OperationalError as error:
            if "does not exist" in str(error):
                # the server answered: the database (or the role) is not there, it is not away
                first = str(error).strip().splitlines()[0]
                raise StoreError(f"The record server {self.location} has no such record database or role ({first}). "
                                 "Nothing was created; if it held records, it was dropped: restore it from the "
                                 "backup.") from None
            raise StoreUnreachable(self.unreachable(error)) from None
        except psycopg.Error as error:
            raise StoreError(self.explain(error)) from None

    def unreachable(self, error) -> str:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return message("The record server {location} cannot be reached ({reason}). Nothing was saved; the form is "
                       "kept as a draft. Check the network cable or ask IT, then save again.",
                       location=self.location, reason=first)

    def lost(self, error) -> str:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return message("The connection to the record server {location} was lost ({reason}). The form is kept as a "
                       "draft; once the server answers again, look the record up in the history before saving again.",
                       location=self.location, reason=first)

    def execute(self, sql: str, params=None):
        if not params:
            return self.connection.execute(sql)
        return self.connection.execute(sql.replace("%", "%%").replace("?", "%s"), list(params))

    def executemany(self, sql: str, rows) -> None:
        # psycopg sends the rows in one pipeline: a copied history does not wait for each row
        with self.connection.cursor() as cursor:
            cursor.executemany(sql.replace("%", "%%").replace("?", "%s"), [list(row) for row in rows])

    @contextmanager
    def transaction(self):
        with self.connection.transaction():
            # One writer at a time (a transaction-level advisory lock: the application role
            # may not lock the anchor row itself); mscprep_append locks the anchor as well.
            self.connection.execute("SELECT pg_advisory_xact_lock(4242023)")
            yield self

    audit_columns = None     # set in __init__: the audit columns with db_user

    def append_on_server(self, entries) -> list[int]:
        """Append through mscprep_append: the server numbers the entries, stamps them with
        its clock and session_user, hashes the rows and the chain, moves the anchor."""
        import json
        from datetime import datetime
        payload = []
        for item in entries:
            if item.adopt is not None:
                raise StoreError("Rows saved before schema 3 are adopted only in an SQLite file.")
            entry = {key: getattr(item, key) for key in ("operator", "action", "record_id", "what", "old_value",
                                                         "new_value", "reason")}
            if item.row is not None:
                table, values = item.row
                entry["row_table"] = table
                entry["row"] = {key: json.dumps(value, ensure_ascii=False) for key, value in values.items()
                                if key not in ("seq", "row_hash")}
            payload.append(entry)
        offset = datetime.now().astimezone().strftime("%z") or "+0000"
        rows = self.connection.execute("SELECT mscprep_append(%s::jsonb, %s)",
                                       [json.dumps(payload, ensure_ascii=False), f"{offset[:3]}:{offset[3:5]}"])
        return [row[0] for row in rows.fetchall()]

    @contextmanager
    def snapshot(self):
        """One consistent view for several reads while other workstations go on writing."""
        with self.connection.transaction():
            self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield self

    def version(self) -> int:
        found = self.connection.execute("SELECT to_regclass('meta')").fetchone()[0]
        if found is None:
            tables = self.connection.execute("SELECT to_regclass('audit')").fetchone()[0]
            return 0 if tables is None else _damaged(self.location, "table meta (the schema version) is missing")
        rows = self.connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
        return schema_version(self.location, rows)

    def damage(self, quick: bool = False) -> list[str]:
        return []   # the server keeps its own files; row contents are checked by the chain

    def explain(self, error: Exception) -> str:
        if isinstance(error, self.psycopg.OperationalError) and (self.connection is None or self.connection.closed):
            return self.unreachable(error)
        diagnostic = getattr(error, "diag", None)
        text = (diagnostic.message_primary if diagnostic is not None and diagnostic.message_primary else str(error))
        if isinstance(error, self.psycopg.errors.InsufficientPrivilege):
            return message("The record server {location} refused: {reason}. The application role may only read and "
                           "append; ask the administrator.", location=self.location, reason=text)
        if isinstance(error, self.psycopg.errors.LockNotAvailable):
            return message("The record server {location} is busy. Wait a moment and try again.",
                           location=self.location)
        return message("The record server {location} cannot be used: {reason}", location=self.location, reason=text)

    def search_prefix(self, column: str, text: str, ignore_case: bool) -> tuple[str, list]:
        # A range, not LIKE: a prepared statement's generic plan uses the index for a range.
        if ignore_case:
            text = text.lower()
            column = f"lower({column})"
        return f"{column} >= ? AND {column} < ?", [text, text[:-1] + chr(ord(text[-1]) + 1)]

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


def _damaged(location: str, what: str):
    raise StoreError(f"The record database {location} is damaged: {what}. Nothing was changed; restore it from "
                     "the backup (`mscprep audit verify` lists what is wrong).")


def schema_version(location: str, rows) -> int:
    """The schema version in `meta`, or StoreError naming the file and what is damaged."""
    if not rows:
        return _damaged(location, "table meta holds no schema version")
    value = rows[0][0]
    if len(rows) != 1 or not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return _damaged(location, f"the schema version in table meta is {one_line(repr(value))[:40]}, not a number")
    return int(value)


def open_backend(location, busy_timeout: float = 5.0, readonly: bool = False):
    if is_postgres_url(location):
        return PostgresBackend(location, connect_timeout=busy_timeout)
    return SqliteBackend(Path(location), busy_timeout, readonly)


def create_steps(backend) -> list[str]:
    return schema.postgres_create() if backend.kind == "postgresql" else schema.sqlite_create()
