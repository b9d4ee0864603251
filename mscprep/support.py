"""The support bundle: what a site's IT or the maintainers need to help, with no patient data.

`mscprep support -o FILE.zip` and the window's Help > Support bundle... both call `build()`.
The zip holds:
  about.json      program, Python and library versions, platform, data folder, database kind
  settings.json   the window's settings (when made from the window) and the site defaults,
                  without names and with database passwords removed
  protocols.json  each protocol's id, version and file, and the files that did not load
  audit.txt       `audit verify`'s summary, the chain head and how many rows each table has
  log.txt         the log's last lines, with every patient name, patient ID, DIN and staff
                  name the records know, quoted text and anything shaped like a DIN removed

Nothing here opens a network connection or creates a database: a missing record file is
reported as missing.
"""

from __future__ import annotations

import io
import json
import os
import platform
import re
import sys
import zipfile
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

REMOVED = "[removed]"
LOG_LINES = 400
# The newest records whose names, IDs and DINs are looked for in the log (the log holds
# far fewer lines than that many records could have written).
RECENT_RECORDS = 5000
LIBRARIES = ("pint", "reportlab", "PySide6-Essentials", "shiboken6", "pypdfium2", "psycopg", "psycopg-binary",
             "python-bidi", "arabic-reshaper", "tzdata", "platformdirs", "cryptography", "argon2-cffi",
             "pyserial", "tzlocal")
# Settings whose values name a person or could hold a password.
PRIVATE_SETTINGS = re.compile(r"operator|name|checker|user|person|badge|pin|password|secret", re.IGNORECASE)

# Text in quotes (tracebacks quote what was typed), DIN-shaped tokens (ISBT 128: a letter or
# digit other than O/0, then 12 digits, optionally with flags or spaces as printed).
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_DIN_SHAPED = re.compile(r"=?\b[A-NP-Z1-9]\d{4}\s?\d{2}\s?\d{6}(?:\s?\[?[0-9A-Z*]\]?)?\b|\b[A-NP-Z1-9]\d{12}\d{0,2}\b")


def _versions() -> dict:
    found = {}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def _about(database) -> dict:
    from . import __version__
    from .records.backends import is_postgres_url, redact
    from .records.paths import data_dir, network_share
    location = str(database)
    return {
        "mscprep": __version__,
        "made_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": sys.version,
        "executable": sys.executable,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "libraries": _versions(),
        "data_folder": str(data_dir()),
        "data_folder_network_share": network_share(data_dir()),
        "database": {"kind": "postgresql", "url": redact(location)} if is_postgres_url(location)
        else {"kind": "sqlite", "file": location, "exists": Path(location).is_file()},
        "environment": {key: (redact(value) if key == "MSCPREP_DATABASE_URL" else value)
                        for key, value in sorted(os.environ.items()) if key.startswith("MSCPREP_")},
    }


def _settings(window_settings: dict | None) -> dict:
    from .records.backends import redact
    from .resources import resource_path
    shown = {}
    for key, value in sorted((window_settings or {}).items()):
        if PRIVATE_SETTINGS.search(key):
            shown[key] = REMOVED if value else ""
        else:
            shown[key] = redact(value) if isinstance(value, str) and "://" in value else value
    defaults = resource_path("defaults.toml")
    return {"window": shown if window_settings is not None else "(made from the command line: no window settings)",
            "site_defaults_file": str(defaults),
            "site_defaults": defaults.read_text(encoding="utf-8", errors="replace") if defaults.is_file() else None}


def _protocols() -> dict:
    from .protocol.loader import shipped_protocols
    shipped = shipped_protocols()
    return {"protocols": [{"id": p.id, "version": p.version, "route": p.route,
                           "file": p.path.name if p.path else None} for p in shipped.protocols.values()],
            "not_loaded": [{"file": problem.path.name, "message": problem.message} for problem in shipped.problems]}


def _audit(database) -> tuple[str, set[str]]:
    """The audit summary and the private texts the records hold (to remove from the log)."""
    from .records.backends import is_postgres_url
    from .records.errors import StoreError
    from .records.schema import TABLES
    from .records.store import RecordStore
    location = str(database)
    if not is_postgres_url(location) and not Path(location).is_file():
        return f"no record database at {location}\n", set()
    private: set[str] = set()
    try:
        store = RecordStore(database, create=False, readonly=True)   # read only, as audit verify
    except StoreError as error:
        return f"the record database cannot be opened: {error}\n", private
    try:
        report = store.verify_audit()
        lines = [f"audit trail {'intact' if report.intact else 'NOT INTACT'}: {report.entries} entries covering "
                 f"{report.rows} rows; head {report.head}"]
        lines += [f"problem: {problem}" for problem in report.problems[:20]]
        for table in TABLES:
            count = store.backend.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            lines.append(f"{table}: {count} rows")
        rows = store.backend.execute(
            "SELECT patient_id, patient_name, din, operator FROM records ORDER BY created_utc DESC LIMIT ?",
            (RECENT_RECORDS,)).fetchall()
        for row in rows:
            private.update(value for value in row if value)
        for table, column in (("checks", "checker"), ("weighings", "operator"), ("prints", "operator"),
                              ("sessions", "operator")):
            private.update(row[0] for row in store.backend.execute(f"SELECT DISTINCT {column} FROM {table}")
                           if row[0])
    except Exception as error:  # noqa: BLE001 (a damaged store is reported in the bundle, never a crash)
        lines = [f"the audit could not be completed: {type(error).__name__}: {error}"]
    finally:
        store.close()
    return "\n".join(lines) + "\n", private


def _ordered(private: set[str]) -> list[str]:
    """Longest first, so that a name is removed whole before a shorter text inside it."""
    return sorted((text for text in private if len(text.strip()) >= 2), key=len, reverse=True)


def scrub_document(text: str, private: list[str]) -> str:
    """The text without any of the private texts (`_ordered`) the records know."""
    for value in private:
        if value in text:
            text = text.replace(value, REMOVED)
    return text


def scrub(line: str, private: list[str]) -> str:
    """A log line without private texts, quoted text or DIN-shaped tokens."""
    return _DIN_SHAPED.sub(REMOVED, _QUOTED.sub(REMOVED, scrub_document(line, private)))


def _log(private: list[str]) -> str:
    from .logs import LOG_NAME
    from .records.paths import data_dir
    path = data_dir() / LOG_NAME
    if not path.is_file():
        return f"no log file at {path}\n"
    with path.open(encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()[-LOG_LINES:]
    return "\n".join(scrub(line, private) for line in lines) + "\n"


def build(database=None, window_settings: dict | None = None) -> bytes:
    """The support bundle as zip bytes. `database` is a path or URL (default: the setting
    or data folder, as every command finds it)."""
    from .records.paths import database_location
    database = database or database_location((window_settings or {}).get("records") or None)
    audit_text, private = _audit(database)
    private |= {value for key, value in (window_settings or {}).items()
                if PRIVATE_SETTINGS.search(key) and isinstance(value, str) and value}
    ordered = _ordered(private)
    parts = {
        "about.json": json.dumps(_about(database), indent=1, ensure_ascii=False),
        "settings.json": json.dumps(_settings(window_settings), indent=1, ensure_ascii=False),
        "protocols.json": json.dumps(_protocols(), indent=1, ensure_ascii=False),
        "audit.txt": audit_text,
        "log.txt": _log(ordered),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            # The other files hold no patient data by construction; any private text the
            # records know is still removed, should a setting or a message carry it.
            archive.writestr(name, scrub_document(text, ordered) if name != "log.txt" else text)
    return buffer.getvalue()
