"""Electronic signatures on the record (21 CFR Part 11 §11.50, §11.70, §11.200; Annex 11 §14).

Every write to the store is one *act*: the audit entries it appends (and the rows they
cover), followed by one `acts` row that says who did it, with which meaning, when, from
which computer login and host, and, once anyone is enrolled, the signer's Ed25519 signature
over the act's content. The signed content (`payload`, version 2) is the act's own fields,
every entry's content (operator, action, record, what, old and new value, reason, and the
data row without its chain bookkeeping: id, seq, row_hash), the closing entry's operator,
action and text, the entries' times where the workstation stamps them, and the hash of the
chain just before the act's first entry: the act is bound to its place, so removing,
reordering or inserting entries before it breaks its signature (and every later one).

`verify_acts` (run by `audit verify`) derives every claim from signed material only: who is
enrolled, with which key and role, is read from staff rows of acts it already found valid,
in chain order. It re-checks the rules: an admin act is signed by someone who was admin
before it (only an empty store's first act enrols its own signer, as admin); enrolled names
pass the name rules; the act's signer name, its entries' operators and the people named in
its rows are the signer; a double check is signed by a verifier role (site setting) who
signed no version of the record; each meaning writes only its own kind of row; entries and
rows carry the act's time. After the first staff row every entry must belong to a valid
signed act, but for a closed list: a wrong PIN (the badge reader's `pin wrong` row of an
enrolled person) and a schema upgrade covering no row. A row forged with hashlib alone, even
with a recomputed chain, has no valid signature and is named.
"""

from __future__ import annotations

import base64
import functools
import getpass
import hashlib
import json
import platform
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone


from . import audit
from .audit import Entry
from .errors import StoreError
from ..errors import message

# What a signature means, as printed beside it (§11.50).
MEANINGS = {
    "prepared": "Prepared",
    "changed": "Changed (a new version, with its reason)",
    "verified": "Verified (independent double check; source figures re-entered)",
    "check failed": "Double check done: results differ (not verified)",
    "weighed": "Weighed (gravimetric check)",
    "released": "Released (label printed)",
    "printed": "Printed",
    "session start": "Started work at this workstation",
    "session end": "Ended work at this workstation",
    "recorded": "Recorded",
    "pin accepted": "Signed in after wrong PINs",
    "enrolled": "Enrolment: person enrolled",
    "role": "Enrolment: role changed",
    "revoked": "Enrolment: badge revoked",
    "badge replaced": "Enrolment: badge replaced",
    "pin reset": "Enrolment: PIN reset",
    "unlocked": "Enrolment: badge unlocked",
}
ADMIN_MEANINGS = ("enrolled", "role", "revoked", "badge replaced", "pin reset", "unlocked")
ACT_COLUMNS = ("id", "act_id", "entries", "meaning", "signer_id", "signer_name", "key_id", "account", "host",
               "at_utc", "payload_sha256", "signature")
ROW_BOOKKEEPING = ("id", "seq", "row_hash")
# On PostgreSQL the server stamps these itself when it appends (records/schema.py PG_APPEND:
# its own clock, issue 23), after the workstation signed: a signature there covers what the
# person did, and the chain (computed by the server) covers when.
SERVER_STAMPED = ("at_utc", "created_utc", "created_local")


def stamped_by_server(db) -> tuple[str, ...]:
    return SERVER_STAMPED if getattr(db, "kind", "") == "postgresql" else ()
UNSIGNED = "UNSIGNED - NO ENROLLED STAFF"


def login_account() -> str:
    try:
        return getpass.getuser() or "-"
    except (KeyError, OSError, ImportError):
        return "-"


def host_name() -> str:
    return platform.node() or "-"


@dataclass(frozen=True)
class Signer:
    """An enrolled person who proved who they are (badge + PIN): their unlocked private key
    for as long as they sign (a command, or a window session)."""
    person_id: str
    name: str
    initials: str
    role: str
    key_id: str
    private_key: object = field(repr=False, compare=False)
    badge: str = field(default="", repr=False, compare=False)   # the code scanned: to ask the PIN again

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.private_key.sign(data)).decode("ascii")


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_content(operator, action, record_id, what, old_value, new_value, reason, table, row,
                  stamped: tuple[str, ...] = ()) -> dict:
    left_out = ROW_BOOKKEEPING + stamped
    return {"operator": operator, "action": action, "record_id": record_id, "what": what, "old_value": old_value,
            "new_value": new_value, "reason": reason, "table": table,
            "row": None if row is None else {key: value for key, value in row.items() if key not in left_out}}


PAYLOAD_VERSION = 2


def payload(act: dict, contents: list[dict], stamped: tuple[str, ...] = (), *, prev_hash: str | None = None,
            closing: dict | None = None, times: dict | None = None) -> bytes:
    """What a signature covers: the act's fields (but the signature, and the times a server
    stamps itself), its entries' contents, the hash of the chain just before its first entry
    (`prev_hash`: so an act removed, moved or inserted earlier breaks every later signature),
    the closing entry's own fields (`closing`: operator, action, record, what) and, where the
    workstation stamps them, the entries' times (`times`: at_utc and at_local)."""
    fields = {key: act[key] for key in ACT_COLUMNS if key not in ("id", "payload_sha256", "signature", *stamped)}
    body = {"mscprep act": PAYLOAD_VERSION, "act": fields, "entries": contents, "prev_hash": prev_hash,
            "closing": closing}
    if times is not None:
        body["times"] = times
    return _canonical(body)


def closing_content(operator, action, record_id, what) -> dict:
    return {"operator": operator, "action": action, "record_id": record_id, "what": what}


def local_text(at: datetime) -> str:
    """An entry's at_local as audit.append writes it (the workstation's zone)."""
    return at.astimezone().isoformat(timespec="seconds")


def enrolled(db) -> bool:
    return db.execute("SELECT COUNT(*) FROM staff WHERE event = 'enrolled'").fetchone()[0] > 0


def append_act(db, entries: list[Entry], at: datetime, signer: Signer | None, meaning: str,
               first_enrolment: bool = False) -> list[int]:
    """Append `entries` and the act row that signs them, inside the caller's transaction.
    Once anyone is enrolled the act must be signed (StoreError otherwise); in a store nobody
    is enrolled in it is recorded unsigned, with the login account and host all the same.

    The signature covers the chain's head just before the act (read here, under the write
    lock the caller's transaction holds: SQLite's BEGIN IMMEDIATE; on PostgreSQL the advisory
    lock every mscprep writer takes before mscprep_append locks the anchor), so the act is
    bound to its place in the chain."""
    if meaning not in MEANINGS:
        raise ValueError(f"unknown signature meaning {meaning!r}")
    staffed = enrolled(db)
    if staffed and signer is None:
        raise StoreError(message("People are enrolled in this record store: sign with your badge and PIN (a typed "
                                 "name is accepted only in a store nobody is enrolled in). Nothing was recorded."))
    if signer is not None and not staffed and not first_enrolment:
        raise StoreError(message("Nobody is enrolled in this record store; nothing can be signed in it."))
    act = {"id": None, "act_id": uuid.uuid4().hex, "entries": len(entries), "meaning": meaning,
           "signer_id": signer.person_id if signer else None, "signer_name": signer.name if signer else None,
           "key_id": signer.key_id if signer else None, "account": login_account(), "host": host_name(),
           "at_utc": at.astimezone(timezone.utc).isoformat(timespec="seconds")}
    stamped = stamped_by_server(db)
    contents = [entry_content(item.operator, item.action, item.record_id, item.what, item.old_value, item.new_value,
                              item.reason, item.row[0] if item.row else None, item.row[1] if item.row else None,
                              stamped)
                for item in entries]
    operator = signer.name if signer else (entries[0].operator if entries else "-")
    # The closing entry names no record: a record's history lists what happened to it; its
    # signatures are read from the acts (see `signatures`).
    closing = Entry(operator, "sign" if signer else "act", None,
                    f"{MEANINGS[meaning]}" + (f" by {signer.name}" if signer else " (unsigned: no enrolled staff)"),
                    row=("acts", act))
    times = None if stamped else {"at_utc": act["at_utc"], "at_local": local_text(at)}
    material = payload(act, contents, stamped, prev_hash=audit.head(db)[1],
                       closing=closing_content(closing.operator, closing.action, closing.record_id, closing.what),
                       times=times)
    act["payload_sha256"] = hashlib.sha256(material).hexdigest()
    act["signature"] = signer.sign(material) if signer else None
    return audit.append(db, list(entries) + [closing], at)


# --- verification ---------------------------------------------------------------------------
#
# `verify_acts` derives everything it states from signed material only: who was enrolled,
# with which key and role, is read from the staff rows of acts whose signatures it has
# already checked, in the order of the chain. Rows and entries no valid act covers count for
# nothing, and after the first staff row every entry must belong to a valid signed act, but
# for a closed list: a wrong PIN (nobody proved who they are: a `pin wrong` staff row of an
# enrolled person, written by the badge reader) and a schema upgrade covering no row.

# Which tables an act of each meaning may write rows to; anything else is refused.
ROWS_OF = {"prepared": ("records",), "changed": ("records",), "verified": ("checks",), "check failed": ("checks",),
           "weighed": ("weighings",), "released": ("prints",), "printed": ("prints",),
           "session start": ("sessions",), "session end": ("sessions",), "recorded": (),
           "pin accepted": ("staff",), **{meaning: ("staff",) for meaning in ADMIN_MEANINGS}}
# The acts whose signer prepared (a version of) the record: they may never verify it.
PREPARING = ("prepared", "changed")
CHECKING = ("verified", "check failed")
# Columns naming the person who did what a row records: must be the act's signer.
_PERSON_COLUMNS = {"records": "operator", "checks": "checker", "weighings": "operator", "prints": "operator",
                   "sessions": "operator"}
# Columns holding the time of the act (stamped with it).
_TIME_COLUMNS = ("at_utc", "created_utc")
_KEY_COLUMNS = ("key_id", "badge_lookup", "public_key", "sealed_key")
BADGE_READER = "mscprep (badge reader)"


def _row(db, table: str, seq: int, columns) -> dict | None:
    found = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE seq = ?", (seq,)).fetchone()
    return dict(zip(columns, found)) if found else None


@functools.lru_cache(maxsize=256)
def _public_key(text: str):
    """The key object of a stored public key (kept per key text: a store's thousands of acts
    are signed by a few people; a text that is no key raises each time, as before)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


class _Rows:
    """The data rows of the entries `verify_acts` walks, read a window of sequence numbers
    at a time (each table once per window, ordered by seq) instead of one query per entry:
    the same rows `_row` reads (the first stored for a seq), with at most two windows held,
    so a large store's records are never all in memory."""
    WINDOW = 2000

    def __init__(self, db, tables: dict[str, tuple[str, ...]]):
        self.db, self.tables = db, tables
        self.windows: dict[int, dict[str, dict]] = {}

    def get(self, table: str, seq: int) -> dict | None:
        if not isinstance(seq, int):
            return _row(self.db, table, seq, self.tables[table])
        number = seq // self.WINDOW
        window = self.windows.get(number)
        if window is None:
            for older in [key for key in self.windows if key < number - 1]:
                del self.windows[older]
            window = self.windows[number] = {}
        found = window.get(table)
        if found is None:
            found = window[table] = {}
            columns = self.tables[table]
            where = columns.index("seq")
            for values in self.db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE seq >= ? AND seq < ? "
                                          "ORDER BY seq", (number * self.WINDOW, (number + 1) * self.WINDOW)):
                found.setdefault(values[where], values)
        values = found.get(seq)
        return dict(zip(self.tables[table], values)) if values is not None else None


def _instant(text):
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def _material(act: dict, entries: dict[int, dict], rows: list[tuple[dict, str | None, dict | None]],
              likely: tuple[str, ...] = ()) -> bytes | None:
    """The bytes the act's payload_sha256 names, rebuilt from what is stored (with or without
    the times a PostgreSQL server stamps itself), or None when nothing matches. `likely`: the
    form tried first (stamped_by_server(db)); both are always tried before None."""
    seq, count = act["seq"], act["entries"]
    first, closing = entries.get(seq - count), entries.get(seq)
    if first is None or closing is None:
        return None
    for stamped in (((), SERVER_STAMPED) if likely != SERVER_STAMPED else (SERVER_STAMPED, ())):
        contents = [entry_content(entry["operator"], entry["action"], entry["record_id"], entry["what"],
                                  entry["old_value"], entry["new_value"], entry["reason"], table, row, stamped)
                    for entry, table, row in rows]
        times = None if stamped else {"at_utc": closing["at_utc"], "at_local": closing["at_local"]}
        candidate = payload(act, contents, stamped, prev_hash=first["prev_hash"],
                            closing=closing_content(closing["operator"], closing["action"], closing["record_id"],
                                                    closing["what"]), times=times)
        if hashlib.sha256(candidate).hexdigest() == act["payload_sha256"]:
            return candidate
    return None


def _signature_valid(public_key: str | None, signature, material: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    try:
        _public_key(public_key).verify(base64.b64decode(signature), material)
    except (InvalidSignature, ValueError, TypeError, AttributeError):
        return False
    return True


def _key_id_of(public_key) -> str | None:
    try:
        return hashlib.sha256(base64.b64decode(public_key, validate=True)).hexdigest()[:16]
    except (ValueError, TypeError):
        return None


class _People:
    """Who is enrolled, as proven so far by signed acts (state after each accepted act)."""

    def __init__(self):
        self.people: dict[str, dict] = {}       # person_id -> name, initials, role, key_id, public_key, revoked
        self.key_ids: set[str] = set()
        self.lookups: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.people)


def _staff_problem(state: _People, act: dict, row: dict, signer: dict | None) -> str | None:
    """Why a staff row in a signed act does not follow the enrolment rules, or None."""
    from .people import ROLES, enrolment_name, refuse_lookalike, Person
    from ..errors import InputError
    event, person = row.get("event"), state.people.get(row.get("person_id"))
    if event != act["meaning"]:
        return f"its staff row says {event!r}, not what the act signs ({act['meaning']})"
    if row.get("role") not in ROLES:
        return f"its staff row names no known role ({row.get('role')!r})"
    keyed = event in ("enrolled", "badge replaced", "pin reset")
    if keyed:
        if not all(row.get(column) for column in _KEY_COLUMNS):
            return "its staff row lacks the new key"
        if _key_id_of(row["public_key"]) != row["key_id"]:
            return "its staff row's key id does not match its public key"
        if row["key_id"] in state.key_ids or row["badge_lookup"] in state.lookups:
            return "its staff row reuses a key or badge enrolled before"
    elif any(row.get(column) for column in _KEY_COLUMNS):
        return f"its staff row ({event}) carries a key it should not"
    if event == "enrolled":
        if person is not None:
            return "it enrols a person already enrolled"
        try:
            name = enrolment_name(row.get("name"))
            if (name.name, name.initials) != (row.get("name"), row.get("initials")):
                return f"the enrolled name {row.get('name')!r} is not as the enrolment rules write it"
            refuse_lookalike(name, [Person(pid, p["name"], p["initials"], p["role"], "")
                                    for pid, p in state.people.items()])
        except InputError as error:
            return f"the enrolled name is refused by the name rules ({error.message})"
        return None
    if person is None:
        return "its staff row names nobody enrolled"
    if (row.get("name"), row.get("initials")) != (person["name"], person["initials"]):
        return "its staff row's name is not the person's enrolled name"
    if event != "role" and row.get("role") != person["role"]:
        return "its staff row's role is not the person's role"
    if event == "pin accepted" and (signer is None or row["person_id"] != act["signer_id"]):
        return "a PIN accepted for someone other than its signer"
    if event == "revoked" and person["revoked"]:
        return "it revokes a badge already revoked"
    return None


def _weak_credential(sealed_key) -> str | None:
    """A sealed key whose key derivation is cheaper than the program's (e.g. made where the
    test suite's cheap setting was honoured): guessing its PIN offline is that much faster."""
    from .people import kdf_cost
    try:
        envelope = json.loads(sealed_key)
        memory, passes = int(envelope["memory_kib"]), int(envelope["time_cost"])
    except (TypeError, ValueError, KeyError):
        return "its sealed key cannot be read"
    wanted = kdf_cost()
    if memory < wanted.memory_kib or passes < wanted.time_cost:
        return (f"its credential uses a weak key derivation (Argon2id {memory} KiB x {passes}; at least "
                f"{wanted.memory_kib} KiB x {wanted.time_cost}): replace the badge")
    return None


def _apply_staff(state: _People, row: dict) -> None:
    event, person_id = row["event"], row["person_id"]
    if event == "enrolled":
        state.people[person_id] = {"name": row["name"], "initials": row["initials"], "role": row["role"],
                                   "key_id": None, "public_key": None, "revoked": False}
    person = state.people.get(person_id)
    if person is None:
        return
    if row.get("key_id"):
        person["key_id"], person["public_key"] = row["key_id"], row["public_key"]
        state.key_ids.add(row["key_id"])
        state.lookups.add(row["badge_lookup"])
    if event == "role":
        person["role"] = row["role"]
    elif event == "revoked":
        person["revoked"] = True
    elif event in ("badge replaced", "pin reset"):
        person["revoked"] = False


def _wrong_pin_problem(state: _People, entry: dict, row: dict | None) -> str | None:
    """A wrong PIN, the one entry nobody can sign after the first enrolment: only the badge
    reader's `pin wrong` staff row of an enrolled person, carrying nothing else."""
    if entry["action"] != "badge" or entry["row_table"] != "staff" or row is None or row.get("event") != "pin wrong":
        return "not a wrong PIN"
    person = state.people.get(row.get("person_id"))
    if entry["operator"] != BADGE_READER or entry["record_id"] is not None or person is None or \
            (row.get("name"), row.get("initials"), row.get("role")) != (person["name"], person["initials"],
                                                                        person["role"]) or \
            any(row.get(column) for column in _KEY_COLUMNS) or row.get("at_utc") != entry["at_utc"]:
        return "a wrong-PIN row that does not match the enrolled person"
    return None


def _time_problem(act: dict, entries: list[dict], rows: list[tuple[dict, str | None, dict | None]]) -> str | None:
    """Every entry of an act, the closing one included, and every row it writes carry the
    act's own time (one instant; at_local the same instant as at_utc)."""
    instant = _instant(act["at_utc"])
    if instant is None:
        return "its time cannot be read"
    local = entries[-1]["at_local"]      # the closing entry's: signed with the act where the workstation stamps it
    for entry in entries:
        if entry["at_utc"] != act["at_utc"] or entry["at_local"] != local or _instant(entry["at_local"]) != instant:
            return f"audit entry {entry['seq']} is not dated with the act ({entry['at_utc']} vs {act['at_utc']})"
    for entry, _table, row in rows:
        for column in _TIME_COLUMNS:
            if row is not None and column in row and row[column] != act["at_utc"]:
                return f"the row of entry {entry['seq']} is not dated with the act"
        if row is not None and "created_local" in row and _instant(row["created_local"]) != instant:
            return f"the row of entry {entry['seq']} is not dated with the act"
    return None


def verify_acts(db, tables: dict[str, tuple[str, ...]], verifiers: tuple[str, ...] | None = None) -> list[str]:
    """Every act's content and signature and what the signature may mean; every entry after
    the first staff row covered by a valid signed act (or on the closed list of unsigned
    ones). `tables`: table -> columns (the schema's); `verifiers`: the roles that may sign a
    double check (staff.verifier_roles(), the site setting). Never raises for bad contents."""
    problems: list[str] = []
    entries = {row[0]: dict(zip(audit.COLUMNS, row))
               for row in db.execute(f"SELECT {', '.join(audit.COLUMNS)} FROM audit ORDER BY seq")}
    acts = [dict(zip(tables["acts"], row)) for row in
            db.execute(f"SELECT {', '.join(tables['acts'])} FROM acts ORDER BY seq")]
    first_staff = db.execute("SELECT MIN(seq) FROM staff").fetchone()[0]
    if verifiers is None:
        verifiers = ()
        problems.append("the site's verifier roles were not given: no double check can be verified")

    stored = _Rows(db, tables)
    likely = stamped_by_server(db)

    def rows_of(numbers):
        found = []
        for number in numbers:
            entry = entries[number]
            table = entry["row_table"]
            found.append((entry, table, stored.get(table, number) if table in tables else None))
        return found

    # The walk in chain order: each act at its first entry; entries no act claims on their own.
    claimed: dict[int, dict] = {}
    events: list[tuple[int, int, dict | None]] = []
    seen_acts: set = set()
    for act in acts:
        seq, count = act["seq"], act["entries"]
        name = f"act {seq} ({act['meaning']} by {act['signer_name'] or 'nobody'})"
        act["_name"] = name
        if not isinstance(seq, int) or not isinstance(count, int) or count < 0:
            problems.append(f"{name} cannot be read")
            continue
        if act["act_id"] in seen_acts:
            problems.append(f"{name} repeats an earlier act (a signature copied onto other entries)")
            continue
        seen_acts.add(act["act_id"])
        span = range(seq - count, seq + 1)
        if any(number in claimed or number not in entries for number in span) or \
                any(entries[number]["action"] in ("sign", "act") for number in span[:-1]):
            problems.append(f"{name} signs entries {seq - count} to {seq - 1}, but one is missing or another act's")
            continue
        for number in span:
            claimed[number] = act
        events.append((seq - count, 1, act))
    events += [(number, 0, None) for number in entries if number not in claimed]
    events.sort(key=lambda item: (item[0], item[1]))

    state = _People()
    preparers: dict[str, set] = {}
    covered: set[int] = set()
    for start, _kind, act in events:
        staffed = first_staff is not None and start >= first_staff
        if act is None:
            entry = entries[start]
            if not staffed:
                covered.add(start)
                continue
            row = rows_of([start])[0][2] if entry["row_table"] else None
            if entry["row_table"] is None and entry["action"] == "schema":
                covered.add(start)
            elif _wrong_pin_problem(state, entry, row) is None:
                covered.add(start)
                _apply_staff(state, row)
            continue
        seq, count, name = act["seq"], act["entries"], act["_name"]
        rows = rows_of(range(seq - count, seq))
        material = _material(act, entries, rows, likely)
        if material is None:
            problems.append(f"{name}: what it signed was changed after signing, or it was moved in the chain "
                            f"(entries {seq - count} to {seq - 1})")
            continue
        if act["signature"] is None:
            if staffed or state:
                problems.append(f"{name} is not signed, but people were enrolled (entry {first_staff}) before it")
            elif any(table == "staff" for _entry, table, _row_ in rows):
                problems.append(f"{name} writes a staff row without a signature")
            else:
                covered.update(range(seq - count, seq + 1))
            continue
        why = _act_problem(state, act, entries, rows, material, verifiers, preparers)
        if why:
            problems.append(f"{name}: {why}")
            continue
        for _entry, table, row in rows:
            if table == "staff":
                _apply_staff(state, row)
                weak = _weak_credential(row["sealed_key"]) if row.get("sealed_key") else None
                if weak:      # signed all the same: named, not refused
                    problems.append(f"{name}: {weak}")
        if act["meaning"] in PREPARING:
            for entry, _table, _row_ in rows:
                if entry["record_id"]:
                    preparers.setdefault(entry["record_id"], set()).add(act["signer_id"])
        covered.update(range(seq - count, seq + 1))
    if first_staff is not None:
        for number, entry in entries.items():
            if number >= first_staff and number not in covered:
                problems.append(f"audit entry {number} ({entry['action']} of record {entry['record_id'] or '-'} by "
                                f"{entry['operator']}) carries no valid signature of an enrolled person")
    return problems


def _act_problem(state: _People, act: dict, entries: dict[int, dict], rows, material: bytes, verifiers,
                 preparers: dict[str, set]) -> str | None:
    """Why a signed act is not valid at its place in the chain, or None."""
    meaning, signer_id = act["meaning"], act["signer_id"]
    if meaning not in MEANINGS:
        return f"its meaning {meaning!r} is not one mscprep signs"
    signer = state.people.get(signer_id)
    staff_rows = [row for _entry, table, row in rows if table == "staff"]
    first = not state
    if first:
        # The first person of a store enrols themself: their own key, in this very act.
        row = staff_rows[0] if len(staff_rows) == 1 else None
        if meaning != "enrolled" or row is None or row.get("event") != "enrolled" or row.get("role") != "admin" or \
                row.get("person_id") != signer_id or row.get("key_id") != act["key_id"] or \
                row.get("name") != act["signer_name"]:
            return ("it is signed, but nobody was enrolled before it (only the store's first admin, enrolling "
                    "themself, signs with a key of their own)")
        signer = {"name": row["name"], "initials": row["initials"], "role": "admin", "key_id": row["key_id"],
                  "public_key": row["public_key"], "revoked": False}
    if signer is None:
        return "the signing key is not an enrolled person's key"
    if act["key_id"] != signer["key_id"]:
        return "signed with a key that is not the signer's current key (replaced, reset, or never theirs)"
    if signer["revoked"]:
        return "signed with a revoked badge"
    if not _signature_valid(signer["public_key"], act["signature"], material):
        return "the signature is not valid for what is stored (forged or altered)"
    if act["signer_name"] != signer["name"]:
        return f"it names its signer {act['signer_name']!r}, but the key is that of {signer['name']!r}"
    closing = entries[act["seq"]]
    if closing["operator"] != signer["name"] or closing["action"] != "sign" or closing["record_id"] is not None:
        return "its closing entry does not name its signer"
    why = _time_problem(act, [entry for entry, _table, _row_ in rows] + [closing], rows)
    if why:
        return why
    allowed = ROWS_OF.get(meaning, ())
    for entry, table, row in rows:
        if entry["operator"] != signer["name"]:
            return f"audit entry {entry['seq']} names {entry['operator']!r}, not its signer"
        if table is None:
            continue
        if table not in allowed or row is None:
            return f"an act signed {meaning!r} may not write a {table} row (entry {entry['seq']})"
        column = _PERSON_COLUMNS.get(table)
        if column and row.get(column) != signer["name"]:
            return f"the {table} row of entry {entry['seq']} names {row.get(column)!r}, not its signer"
        if "record_id" in row and row["record_id"] != entry["record_id"]:
            return f"the {table} row of entry {entry['seq']} is about another record than its entry"
    if meaning in ADMIN_MEANINGS or meaning == "pin accepted":
        if len(staff_rows) != 1 or len(rows) != 1:
            return f"an act signed {meaning!r} writes exactly one staff row"
        if meaning in ADMIN_MEANINGS and not first and signer["role"] != "admin":
            return "the signer was not an admin of the store before the act"
        why = _staff_problem(state, act, staff_rows[0], signer)
        if why:
            return why
    if meaning in CHECKING:
        checks = [row for _entry, table, row in rows if table == "checks"]
        if not checks:
            return f"an act signed {meaning!r} holds no check"
        if signer["role"] not in verifiers:
            return (f"{signer['name']} was {signer['role']}; a double check is signed by a "
                    f"{' or '.join(verifiers) or 'verifier role'} (site setting)")
        for row in checks:
            if bool(row.get("matched")) != (meaning == "verified"):
                return f"a check that {'did not match' if meaning == 'verified' else 'matched'} is signed {meaning!r}"
            if signer_id in preparers.get(row.get("record_id"), set()):
                return (f"{signer['name']} signed a version of record {row.get('record_id')} and cannot sign its "
                        "double check")
    return None


def _read_act(db, act: dict, tables) -> tuple[dict, list] | None:
    """The entries (closing one included) and rows of a stored act, or None when some are gone."""
    first = act["seq"] - act["entries"]
    entries = {row[0]: dict(zip(audit.COLUMNS, row)) for row in
               db.execute(f"SELECT {', '.join(audit.COLUMNS)} FROM audit WHERE seq >= ? AND seq <= ? ORDER BY seq",
                          (first, act["seq"]))}
    if len(entries) != act["entries"] + 1:
        return None
    rows = []
    for number in range(first, act["seq"]):
        entry = entries[number]
        table = entry["row_table"]
        rows.append((entry, table, _row(db, table, number, tables[table]) if table in tables else None))
    return entries, rows


def _proven_people(db, tables) -> list[tuple[int, _People]]:
    """Who was enrolled, with which key and role, after each staff act whose signature and
    rules hold (the same rules as `verify_acts`), in chain order: [(act seq, state after)].
    Kept per connection while the staff table does not grow (staff acts are few)."""
    import copy
    extent = tuple(db.execute("SELECT MAX(seq), COUNT(*) FROM staff").fetchone())
    cached = getattr(db, "_mscprep_proven_people", None)
    if cached is not None and cached[0] == extent:
        return cached[1]
    columns = tables["acts"]
    acts = [dict(zip(columns, row)) for row in db.execute(
        f"SELECT {', '.join(columns)} FROM acts WHERE signature IS NOT NULL AND EXISTS (SELECT 1 FROM staff WHERE "
        "staff.seq >= acts.seq - acts.entries AND staff.seq < acts.seq) ORDER BY seq")]
    state, states = _People(), []
    for act in acts:
        read = _read_act(db, act, tables)
        if read is None:
            continue
        entries, rows = read
        material = _material(act, entries, rows)
        if material is None or _act_problem(state, act, entries, rows, material, (), {}) is not None:
            continue
        state = copy.deepcopy(state)
        for _entry, table, row in rows:
            if table == "staff":
                _apply_staff(state, row)
        states.append((act["seq"], state))
    try:
        db._mscprep_proven_people = (extent, states)
    except AttributeError:
        pass
    return states


def signed_act_of(db, seq: int, tables: dict[str, tuple[str, ...]]) -> dict | None:
    """The act covering entry `seq` when it is validly signed by a person enrolled before it
    (enrolment proven by signed acts only, by the rules `verify_acts` applies: admin before
    the act, names, current key, not revoked), and what it says of its signer and rows holds;
    otherwise None. The act's "signer_role" is the signer's role then. For the release rule
    (store.status) and the printed signatures: a check or weighing counts only through the
    person who signed it. Not checked here: independence and verifier role (the caller does)."""
    found = db.execute(f"SELECT {', '.join(tables['acts'])} FROM acts WHERE seq >= ? AND seq - entries <= ? "
                       "ORDER BY seq LIMIT 1", (seq, seq)).fetchone()
    if found is None:
        return None
    act = dict(zip(tables["acts"], found))
    if act["signature"] is None or not act["signer_id"]:
        return None
    read = _read_act(db, act, tables)
    if read is None:
        return None
    entries, rows = read
    material = _material(act, entries, rows)
    if material is None:
        return None
    before = _People()
    for number, state in _proven_people(db, tables):
        if number >= act["seq"]:
            break
        before = state
    from .people import ROLES
    if _act_problem(before, act, entries, rows, material, ROLES, {}) is not None:
        return None
    signer = before.people.get(act["signer_id"])
    return dict(act, signer_role=signer["role"] if signer else "admin")
