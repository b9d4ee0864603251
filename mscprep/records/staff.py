"""Enrolment acts and signing in, over a record store (SQLite or PostgreSQL).

`enrol` adds a person (the first one of an empty store is its admin and signs their own
enrolment; afterwards an admin signs). `authenticate` turns a badge code + PIN into a
`Signer`; a wrong PIN is recorded (unsigned: nobody proved who they are), and the fifth in a
row locks the badge until an admin unlocks it. Revoke, replace a badge, reset a PIN,
unlock and change a role are admin acts, each signed with its meaning.

Every refusal is an InputError naming the badge, the PIN or the person: the command line
prints it as one line and exits 2; nothing is recorded but a wrong PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
import uuid
from datetime import datetime, timezone

from ..errors import InputError, clipped, message
from ..resources import resource_path
from . import audit, people, signing
from .audit import Entry
from .people import LOCK_AFTER, ROLES, Person
from .signing import Signer

BADGE_READER = "mscprep (badge reader)"


def verifier_roles() -> tuple[str, ...]:
    """Which roles may sign a double check: the site's value ([people] verifier_roles in
    defaults.toml, checked with the rest of the file by defaults_schema), pharmacist when not
    set. Read once with the defaults (a search asks it for every checked record it lists)."""
    from ..defaults import app_defaults
    roles = app_defaults().verifier_roles
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise InputError("verifier_roles", f"defaults.toml [people] verifier_roles must name roles among "
                         f"{', '.join(ROLES)} (found {', '.join(map(str, unknown)) or 'none'})")
    return roles


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _staff_rows(db) -> list[dict]:
    columns = people.STAFF_COLUMNS
    return [dict(zip(columns, row)) for row in db.execute(f"SELECT {', '.join(columns)} FROM staff ORDER BY seq")]


def people_in(db) -> dict[str, Person]:
    return people.fold(_staff_rows(db))


def everyone(store) -> list[Person]:
    """Everyone ever enrolled in the store, as they stand now, in order of enrolment."""
    return list(_read_people(store).values())


def _read_people(store) -> dict[str, Person]:
    columns = people.STAFF_COLUMNS
    rows = store._read(f"SELECT {', '.join(columns)} FROM staff ORDER BY seq")
    return people.fold([dict(zip(columns, row)) for row in rows])


def has_enrolled(store) -> bool:
    return store._read("SELECT COUNT(*) FROM staff WHERE event = 'enrolled'")[0][0] > 0


def find(found: dict[str, Person], who: str, field: str = "person") -> Person:
    """A person by name, initials or id (case ignored)."""
    text = " ".join((who or "").split()).casefold()
    for person in found.values():
        if text in (person.name.casefold(), person.initials.casefold(), person.person_id.casefold()):
            return person
    raise InputError(field, message("nobody enrolled here is called '{text}'", text=clipped(who)))


def _staff_row(person_id: str, event: str, name: str, initials: str, role: str, at: datetime,
               credential: people.Credential | None = None) -> dict:
    return {"id": None, "person_id": person_id, "event": event, "name": name, "initials": initials, "role": role,
            "key_id": credential.key_id if credential else None,
            "badge_lookup": credential.lookup if credential else None,
            "public_key": credential.public_key if credential else None,
            "sealed_key": credential.sealed_key if credential else None,
            "at_utc": at.isoformat(timespec="seconds")}


def _require_admin(db, admin: Signer | None) -> None:
    if admin is None:
        raise InputError("admin_badge", message("an admin of this record store signs this act: scan the admin's "
                                                "badge and give the admin's PIN"))
    current = people_in(db).get(admin.person_id)
    if current is None or current.role != "admin" or current.revoked or current.key_id != admin.key_id:
        raise InputError("admin_badge", message("{name} is not an admin of this record store (role {role}); an "
                                                "admin signs enrolment acts",
                                                {"role": current.role if current else "unknown"}, name=admin.name))


def _role(role: str | None) -> str:
    if role not in ROLES:
        raise InputError("role", message("choose one of {roles}", {"roles": ROLES}, joiner=", "))
    return role


def enrol(store, name_text: str, role: str, pin: str, admin: Signer | None = None) -> tuple[Person, str]:
    """Enrol a person; returns them and their new badge code (to be shown once and printed).
    The first person of an empty store must be an admin and signs their own enrolment."""
    role = _role(role)
    name = people.enrolment_name(name_text)
    pin = people.check_new_pin(pin, "new_pin")
    code = people.new_badge_code()
    credential = people.new_credential(code, pin)
    person_id = uuid.uuid4().hex[:12]
    at = _now()

    def action(db):
        found = people_in(db)
        people.refuse_lookalike(name, list(found.values()))
        first = not found
        if first:
            if admin is not None:
                raise InputError("admin_badge", message("nobody is enrolled yet: the first person enrols without an "
                                                        "admin"))
            if role != "admin":
                raise InputError("role", message("the first person enrolled in a record store is its admin: "
                                                 "choose the role admin"))
        else:
            _require_admin(db, admin)
        row = _staff_row(person_id, "enrolled", name.name, name.initials, role, at, credential)
        entry = Entry(admin.name if admin else name.name, "people", what=f"enrolled {name.name} as {role}",
                      new_value=credential.key_id, row=("staff", row))
        signer = admin if admin is not None else Signer(person_id, name.name, name.initials, role, credential.key_id,
                                                        people.unseal(credential.key_id, credential.sealed_key,
                                                                      code, pin))
        signing.append_act(db, [entry], at, signer, "enrolled", first_enrolment=first)
        return people_in(db)[person_id]
    return store._write(action), code


def confirmed_pin(first: str | None, second: str | None, field: str = "new_pin") -> str:
    """A new PIN typed twice (the command line's terminal, the window's People dialog): the
    PIN rules (people.check_new_pin), and both the same."""
    pin = people.check_new_pin(first, field)
    if (second or "").strip() != pin:
        raise InputError(field, message("the two PINs differ; nothing was changed"))
    return pin


def write_badge(path, person: Person, code: str, location) -> None:
    """The badge (name, role, barcode of `code`) as an owner-only PDF at `path`."""
    from ..printing.badge import badge_pdf
    from ..private_files import write_private
    try:
        write_private(path, badge_pdf(person.name, person.role, code, location))
    except OSError as error:
        raise InputError("badge_pdf", message("cannot write {path}: {reason}", path=path,
                                              reason=error.strerror or error)) from None


def authenticate(store, badge: str | None, pin: str | None) -> Signer:
    """The enrolled person holding this badge, proven by their PIN; InputError otherwise
    (a wrong PIN is recorded, the fifth in a row locks the badge)."""
    code = people.normalise_badge(badge)
    lookup = people.badge_lookup(code)
    found = _read_people(store)
    if not found:
        raise InputError("badge", message("nobody is enrolled in this record store; a badge cannot be used here"))
    person = next((p for p in found.values() if p.lookup == lookup), None)
    if person is None:
        old = next((p for p in found.values() if lookup in p.old_lookups), None)
        if old is not None:
            raise InputError("badge", message("this badge of {name} was replaced; use the new badge", name=old.name))
        raise InputError("badge", message("this badge is not enrolled in this record store"))
    if person.revoked:
        raise InputError("badge", message("the badge of {name} is revoked; an admin gives a new one",
                                          name=person.name))
    if person.locked:
        raise InputError("badge", message("the badge of {name} is locked after {count} wrong PINs; an admin must "
                                          "unlock it", name=person.name, count=LOCK_AFTER))
    if not (pin or "").strip():
        raise InputError("pin", message("enter your PIN"))
    private = people.unseal(person.key_id, person.sealed_key, code, pin.strip()) if pin.strip().isdigit() else None
    # The key derivation took a while: the badge's state is read again inside the write
    # transaction (one writer at a time) before the PIN is counted or accepted, so tries made
    # in parallel are counted one after the other and none is accepted once the badge locked.
    at = _now()

    def decide(db):
        current = people_in(db).get(person.person_id)
        if current is None or current.revoked or current.key_id != person.key_id:
            raise InputError("badge", message("the badge of {name} was revoked or replaced meanwhile; an admin "
                                              "gives a new one", name=person.name))
        if current.locked:
            return "locked", None
        if private is None:
            row = _staff_row(person.person_id, "pin wrong", current.name, current.initials, current.role, at)
            where = f"login {signing.login_account()} on {signing.host_name()}"
            audit.append(db, [Entry(BADGE_READER, "badge", what=f"wrong PIN for the badge of {current.name} "
                                    f"({current.wrong_pins + 1} in a row)", new_value=where, row=("staff", row))], at)
            return "wrong", LOCK_AFTER - (current.wrong_pins + 1)
        signer = Signer(current.person_id, current.name, current.initials, current.role, current.key_id, private, code)
        if current.wrong_pins:
            entry = Entry(signer.name, "people", what=f"PIN accepted after {current.wrong_pins} wrong",
                          row=("staff", _staff_row(current.person_id, "pin accepted", current.name,
                                                   current.initials, current.role, at)))
            signing.append_act(db, [entry], at, signer, "pin accepted")
        return "ok", signer
    outcome, value = store._write(decide)
    if outcome == "ok":
        return value
    left = value
    if outcome == "locked":
        raise InputError("badge", message("the badge of {name} is locked after {count} wrong PINs; an admin must "
                                          "unlock it", name=person.name, count=LOCK_AFTER))
    if left <= 0:
        raise InputError("pin", message("wrong PIN for the badge of {name}; the badge is now locked after "
                                        "{count} wrong PINs: an admin must unlock it", name=person.name,
                                        count=LOCK_AFTER))
    if left == 1:
        raise InputError("pin", message("wrong PIN for the badge of {name} (1 try left before the badge locks)",
                                        name=person.name))
    raise InputError("pin", message("wrong PIN for the badge of {name} ({left} tries left before the badge "
                                    "locks)", name=person.name, left=left))


def _admin_act(store, admin: Signer, who: str, event: str, what, credential=None, role: str | None = None,
               check=None) -> Person:
    at = _now()

    def action(db):
        _require_admin(db, admin)
        found = people_in(db)
        person = find(found, who)
        if check is not None:
            check(person)
        row = _staff_row(person.person_id, event, person.name, person.initials, role or person.role, at, credential)
        entry = Entry(admin.name, "people", what=what(person), old_value=person.role if role else None,
                      new_value=role or (credential.key_id if credential else None), row=("staff", row))
        signing.append_act(db, [entry], at, admin, event)
        return people_in(db)[person.person_id]
    return store._write(action)


def revoke(store, admin: Signer, who: str) -> Person:
    def check(person):
        if person.revoked:
            raise InputError("person", message("the badge of {name} is already revoked", name=person.name))
    return _admin_act(store, admin, who, "revoked", lambda p: f"revoked the badge of {p.name}", check=check)


def unlock(store, admin: Signer, who: str) -> Person:
    def check(person):
        if not person.locked:
            raise InputError("person", message("the badge of {name} is not locked", name=person.name))
    return _admin_act(store, admin, who, "unlocked", lambda p: f"unlocked the badge of {p.name}", check=check)


def set_role(store, admin: Signer, who: str, role: str) -> Person:
    role = _role(role)

    def check(person):
        if person.role == role:
            raise InputError("role", message("{name} is already {role}", {"role": role}, name=person.name))
        if person.person_id == admin.person_id and role != "admin":
            raise InputError("role", message("an admin does not remove their own admin role; another admin does"))
    return _admin_act(store, admin, who, "role", lambda p: f"role of {p.name}: {p.role} -> {role}", role=role,
                      check=check)


def replace_badge(store, admin: Signer, who: str, new_pin: str) -> tuple[Person, str]:
    """A new badge (and key) for a person; the old badge stops working. Returns the new code."""
    pin = people.check_new_pin(new_pin, "new_pin")
    code = people.new_badge_code()
    credential = people.new_credential(code, pin)
    person = _admin_act(store, admin, who, "badge replaced", lambda p: f"new badge for {p.name}; the old one no "
                        "longer works", credential=credential)
    return person, code


def reset_pin(store, admin: Signer, who: str, badge: str, new_pin: str) -> Person:
    """A new PIN for a person who forgot theirs: they scan their own badge and choose it."""
    code = people.normalise_badge(badge)
    pin = people.check_new_pin(new_pin, "new_pin")
    credential = people.new_credential(code, pin)

    def check(person):
        if person.lookup != credential.lookup:
            raise InputError("badge", message("this is not the current badge of {name}; scan theirs (or replace it)",
                                              name=person.name))
    return _admin_act(store, admin, who, "pin reset", lambda p: f"new PIN for {p.name}", credential=credential,
                      check=check)


# --- the independent double check ------------------------------------------------------------------

def signers_of(store, record_id: str) -> dict[str, str]:
    """person id -> name of everyone who signed any version of the record (prepared, changed
    and saved: the first version is signed "prepared", each later one "changed")."""
    rows = store._read("SELECT DISTINCT acts.signer_id, acts.signer_name FROM acts JOIN audit ON audit.seq >= "
                       "acts.seq - acts.entries AND audit.seq < acts.seq WHERE audit.record_id = ? AND "
                       "acts.signer_id IS NOT NULL AND acts.meaning IN ('prepared', 'changed')", (record_id,))
    return {person_id: name for person_id, name in rows}


def signer_conflict(store, record, signer: Signer) -> str | None:
    """Why `signer` may not sign this record's double check, or None."""
    signed = signers_of(store, record.record_id)
    if signer.person_id in signed:
        return message("{name} signed a version of record {record} and cannot verify it; a second person must do "
                       "the independent check with their own badge", name=signer.name, record=record.record_id)
    roles = verifier_roles()
    if signer.role not in roles:
        return message("{name} is enrolled as {role}; a double check is signed by a {roles} (site setting)",
                       {"role": signer.role, "roles": roles}, name=signer.name)
    return None


# --- what a sheet prints ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Signature:
    """One signature on a record, as printed (§11.50): meaning, printed name, date and time."""
    meaning: str           # prepared, verified, check failed, weighed, released, printed
    name: str | None       # None: recorded in a store nobody was enrolled in (unsigned)
    at_utc: str
    what: str              # the entry it signs ("version 2", "version 1: gravimetric check")

    @property
    def meaning_text(self) -> str:
        return signing.MEANINGS.get(self.meaning, self.meaning)


def signatures(store, record_id: str) -> list[Signature]:
    """Every act on the record, oldest first, with its signer (or None when unsigned)."""
    rows = store._read("SELECT acts.meaning, acts.signer_name, acts.at_utc, MIN(audit.what), acts.seq FROM acts "
                       "JOIN audit ON audit.seq >= acts.seq - acts.entries AND audit.seq < acts.seq "
                       "WHERE audit.record_id = ? GROUP BY acts.seq, acts.meaning, acts.signer_name, acts.at_utc "
                       "ORDER BY acts.seq", (record_id,))
    # Once people are enrolled, only a valid signature is printed: an act whose signature does
    # not hold, or a double check its signer may not sign, is no signature (audit verify names it).
    first_staff = store._read("SELECT MIN(seq) FROM staff")[0][0]
    kept = []
    for meaning, name, at, what, seq in rows:
        if first_staff is not None and seq > first_staff and not _valid_signature(store, seq, meaning, name,
                                                                                  record_id):
            continue
        kept.append(Signature(meaning, name, at, what or ""))
    return kept


def _valid_signature(store, seq: int, meaning: str, name: str | None, record_id: str) -> bool:
    from . import schema
    tables = {table: schema.columns(table) for table in schema.TABLES}
    db = store.backend            # append-only rows: read directly (callers may hold a snapshot)
    act = signing.signed_act_of(db, seq, tables)
    if act is None or act["signer_name"] != name or act["meaning"] != meaning:
        return False
    if meaning not in signing.CHECKING:
        return True
    return act["signer_role"] in verifier_roles() and act["signer_id"] not in signers_of(store, record_id)
