"""The last audit head and entry count each workstation has seen of each record store, kept
outside the database: in the workstation's settings folder (not the data folder, so a data
folder copied back from an old backup does not bring an old memory with it) and in the log.

A store that now holds fewer entries than were seen went backwards (rolled back to an older
copy, emptied, or replaced by another database); a store whose entry at the seen number is
not the one seen was replaced or rewritten. Neither passes as intact: `audit verify` and
the window say so. The memory only moves forward; after a restore that the site has
investigated, `mscprep audit accept-restore` records the decision in the store itself and
starts again from the store as it is.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

STATE_NAME = "seen-heads.json"
STATE_VARIABLE = "MSCPREP_STATE_DIR"
log = logging.getLogger("mscprep.records")


@dataclass(frozen=True)
class Seen:
    seq: int
    head: str
    at_utc: str


def state_path() -> Path:
    folder = os.environ.get(STATE_VARIABLE)
    if not folder:
        import sys
        if sys.platform == "darwin":   # the config folder is the data folder there: the preferences instead
            folder = str(Path.home() / "Library" / "Preferences" / "mscprep")
        else:
            import platformdirs
            folder = platformdirs.user_config_dir("mscprep", appauthor=False)
    return Path(folder) / STATE_NAME


def key(kind: str, location) -> str:
    """One name per store: an SQLite file by its full path, a server by its URL without the password."""
    if kind == "sqlite":
        return "sqlite:" + str(Path(location).expanduser().resolve())
    return "postgresql:" + str(location)


def _load() -> dict:
    try:
        with open(state_path(), encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, UnicodeDecodeError) as error:
        log.warning("the seen-heads file %s cannot be read (%s); it is started again", state_path(), error)
        return {}
    return data if isinstance(data, dict) else {}


def last_seen(store_key: str) -> Seen | None:
    entry = _load().get(store_key)
    try:
        return Seen(int(entry["seq"]), str(entry["head"]), str(entry.get("at_utc", "?")))
    except (TypeError, KeyError, ValueError):
        return None


def remember(store_key: str, seq: int, head: str, *, forget_earlier: bool = False) -> None:
    """Keep (seq, head) as the newest seen, unless an equal or newer one is kept already.
    Never raises: a settings folder that cannot be written is logged."""
    data = _load()
    earlier = data.get(store_key)
    if not forget_earlier and isinstance(earlier, dict) and isinstance(earlier.get("seq"), int) \
            and earlier["seq"] >= seq:
        return
    data[store_key] = {"seq": seq, "head": head,
                       "at_utc": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    try:
        from ..private_files import ensure_private_dir, write_private
        ensure_private_dir(state_path().parent)
        write_private(state_path(), json.dumps(data, indent=1, sort_keys=True))
    except OSError as error:
        log.warning("the seen head of %s cannot be kept in %s: %s", store_key, state_path(), error)
    log.info("audit head seen: %s entry %d head %s", store_key, seq, head)


def gone_problem(store_key: str, location, what: str) -> str | None:
    """The message for a store that is missing or empty (`what`) although it was seen with
    entries, or None when this workstation never saw entries in it."""
    seen = last_seen(store_key)
    if seen is None or seen.seq == 0:
        return None
    return (f"The record database {location} {what}, but this workstation saw it with {seen.seq} audit entries "
            f"(head {seen.head[:16]}…, {seen.at_utc}): it was deleted, emptied or replaced. Nothing was created; "
            "restore it from the backup.")


def continuity_problems(store_key: str, location, execute, current: tuple[int, str]) -> list[str]:
    """What is wrong with the store's chain compared with what this workstation saw last.
    `execute(sql, params)` returns rows; `current` is the store's (last seq, head)."""
    seen = last_seen(store_key)
    if seen is None or seen.seq == 0:
        return []
    seq, _head = current
    if seq < seen.seq:
        return [f"the record store {location} went backwards: it holds {seq} audit entries, but this workstation "
                f"saw {seen.seq} (head {seen.head[:16]}…) at {seen.at_utc}; it was rolled back to an older copy, "
                "emptied or replaced"]
    rows = execute("SELECT hash FROM audit WHERE seq = ?", (seen.seq,))
    if not rows or rows[0][0] != seen.head:
        return [f"the record store {location} was replaced or rewritten: audit entry {seen.seq} is not the one this "
                f"workstation saw at {seen.at_utc} (head {seen.head[:16]}…)"]
    return []
