"""Electronic signatures on the record (21 CFR Part 11 §11.50, §11.70, §11.200; Annex 11 §14).

Every write to the store is one *act*: the audit entries it appends (and the rows they
cover), followed by one `acts` row that says who did it, with which meaning, when, from
which computer login and host, and, once anyone is enrolled, the signer's Ed25519 signature
over the act's content. The signed content (`payload`) is the act's own fields and every
entry's content (operator, action, record, what, old and new value, reason, and the data
row without its chain bookkeeping: id, seq, row_hash). It does not depend on how the
chain numbers or hashes entries, so whoever computes the chain (the program or the
server) the signature says the same.

`verify_acts` (run by `audit verify`) recomputes each act's content from what is stored and
checks its signature with the public key the signer had at that point in the chain; after
the first enrolment every entry must belong to a signed act (a wrong PIN, the only act
nobody can sign, excepted), and acts about people must be signed by an admin. A row forged
with hashlib alone, even with a recomputed chain, has no valid signature and is named.
"""

from __future__ import annotations

import base64
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
# Entries no one can sign: a wrong PIN (nobody proved who they are), and schema upgrades.
UNSIGNED_ACTIONS = ("badge", "schema", "adopt")
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


def payload(act: dict, contents: list[dict], stamped: tuple[str, ...] = ()) -> bytes:
    """What a signature covers: the act's fields (but the signature, and the times a server
    stamps itself) and its entries' contents."""
    fields = {key: act[key] for key in ACT_COLUMNS if key not in ("id", "payload_sha256", "signature", *stamped)}
    return _canonical({"mscprep act": 1, "act": fields, "entries": contents})


def enrolled(db) -> bool:
    return db.execute("SELECT COUNT(*) FROM staff WHERE event = 'enrolled'").fetchone()[0] > 0


def append_act(db, entries: list[Entry], at: datetime, signer: Signer | None, meaning: str,
               first_enrolment: bool = False) -> list[int]:
    """Append `entries` and the act row that signs them, inside the caller's transaction.
    Once anyone is enrolled the act must be signed (StoreError otherwise); in a store nobody
    is enrolled in it is recorded unsigned, with the login account and host all the same."""
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
    material = payload(act, contents, stamped)
    act["payload_sha256"] = hashlib.sha256(material).hexdigest()
    act["signature"] = signer.sign(material) if signer else None
    operator = signer.name if signer else (entries[0].operator if entries else "-")
    # The closing entry names no record: a record's history lists what happened to it; its
    # signatures are read from the acts (see `signatures`).
    closing = Entry(operator, "sign" if signer else "act", None,
                    f"{MEANINGS[meaning]}" + (f" by {signer.name}" if signer else " (unsigned: no enrolled staff)"),
                    row=("acts", act))
    return audit.append(db, list(entries) + [closing], at)


# --- verification ---------------------------------------------------------------------------

_ENTRY_COLUMNS = ("seq", "operator", "action", "record_id", "what", "old_value", "new_value", "reason", "row_table")


def _row(db, table: str, seq: int, columns) -> dict | None:
    found = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE seq = ?", (seq,)).fetchone()
    return dict(zip(columns, found)) if found else None


def _public_key(text: str):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def verify_acts(db, tables: dict[str, tuple[str, ...]]) -> list[str]:
    """Every act's content and signature, and every entry after the first enrolment signed.
    `tables`: table -> columns (the schema's). Never raises for bad contents."""
    from cryptography.exceptions import InvalidSignature
    problems: list[str] = []
    entries = {row[0]: dict(zip(_ENTRY_COLUMNS, row))
               for row in db.execute(f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM audit ORDER BY seq")}
    staff_columns = tables["staff"]
    staff = [dict(zip(staff_columns, row)) for row in
             db.execute(f"SELECT {', '.join(staff_columns)} FROM staff ORDER BY seq")]
    acts = [dict(zip(tables["acts"] , row)) for row in
            db.execute(f"SELECT {', '.join(tables['acts'])} FROM acts ORDER BY seq")]
    first_enrolment = next((row["seq"] for row in staff if row["event"] == "enrolled"), None)
    covered: set[int] = set()
    seen_acts: set[str] = set()
    for act in acts:
        seq, count = act["seq"], act["entries"]
        name = f"act {seq} ({act['meaning']} by {act['signer_name'] or 'nobody'})"
        if not isinstance(seq, int) or not isinstance(count, int) or count < 0:
            problems.append(f"{name} cannot be read")
            continue
        if act["act_id"] in seen_acts:
            problems.append(f"{name} repeats an earlier act (a signature copied onto other entries)")
            continue
        seen_acts.add(act["act_id"])
        rows, ok = [], True
        for number in range(seq - count, seq):
            entry = entries.get(number)
            if entry is None or entry["action"] in ("sign", "act"):
                problems.append(f"{name} signs entries {seq - count} to {seq - 1}, but entry {number} is missing or "
                                "another act")
                ok = False
                break
            table = entry["row_table"]
            rows.append((entry, table, _row(db, table, number, tables[table]) if table in tables else None))
        if not ok:
            continue
        # What was signed: with the times, or without the times a PostgreSQL server stamps
        # itself (an act appended there; a history copied between the two keeps its own).
        # Either way the signature below must be valid for exactly that material.
        material = None
        for stamped in ((), SERVER_STAMPED):
            contents = [entry_content(entry["operator"], entry["action"], entry["record_id"], entry["what"],
                                      entry["old_value"], entry["new_value"], entry["reason"], table, row, stamped)
                        for entry, table, row in rows]
            candidate = payload(act, contents, stamped)
            if hashlib.sha256(candidate).hexdigest() == act["payload_sha256"]:
                material = candidate
                break
        if material is None:
            problems.append(f"{name}: what it signed was changed after signing (entries {seq - count} to {seq - 1})")
            continue
        if act["signature"] is None:
            if first_enrolment is not None and seq > first_enrolment:
                problems.append(f"{name} is not signed, but people were enrolled (entry {first_enrolment}) before it")
            else:
                covered.update(range(seq - count, seq + 1))
            continue
        key = _key_at(staff, act["signer_id"], act["key_id"], seq)
        if isinstance(key, str):
            problems.append(f"{name}: {key}")
            continue
        try:
            _public_key(key["public_key"]).verify(base64.b64decode(act["signature"]), material)
        except (InvalidSignature, ValueError, TypeError):
            problems.append(f"{name}: the signature is not valid for what is stored (forged or altered)")
            continue
        if act["meaning"] in ADMIN_MEANINGS and not _may_administer(staff, act["signer_id"], seq, first_enrolment):
            problems.append(f"{name}: the signer was not an admin of the store at that time")
            continue
        covered.update(range(seq - count, seq + 1))
    if first_enrolment is not None:
        for number, entry in entries.items():
            if number >= first_enrolment and number not in covered and entry["action"] not in UNSIGNED_ACTIONS:
                problems.append(f"audit entry {number} ({entry['action']} of record {entry['record_id'] or '-'} by "
                                f"{entry['operator']}) carries no valid signature of an enrolled person")
    return problems


def _key_at(staff: list[dict], person_id, key_id, seq: int):
    """The key row `key_id` of `person_id` if it was their key at entry `seq`; otherwise why not."""
    start = next((row for row in staff if row["key_id"] == key_id and row["person_id"] == person_id), None)
    if start is None:
        return "the signing key is not an enrolled person's key"
    if start["seq"] >= seq:
        return "signed with a key enrolled only after the act"
    for row in staff:
        if start["seq"] < row["seq"] < seq and row["person_id"] == person_id and \
                (row["key_id"] or row["event"] == "revoked"):
            return (f"signed with a key that was no longer valid ({row['event']} at entry {row['seq']})")
    return start


def _may_administer(staff: list[dict], person_id, seq: int, first_enrolment) -> bool:
    role = None
    for row in staff:
        if row["seq"] >= seq:
            break
        if row["person_id"] == person_id and row["event"] in ("enrolled", "role"):
            role = row["role"]
    if role == "admin":
        return True
    # the first person of a store enrols themself (their own key, in the same act)
    return first_enrolment is not None and seq == first_enrolment + 1
