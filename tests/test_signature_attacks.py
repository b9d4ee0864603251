"""Attacks on the badge + PIN signatures (issue 22, the attacker review's findings): each is
written as a small function doing what someone with the database's rights (or one enrolled
person's own badge) can do, and each must be caught by `audit verify` and change nothing
the release rule or the sheet relies on. On SQLite, and on PostgreSQL as the application
role (which appends only through the server's mscprep_append)."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import sqlite3
import uuid

import pytest

from helpers import CHECK_FORM, plan
from stores import pg_server  # noqa: F401 (fixture)

from mscprep.errors import InputError
from mscprep.records import audit, people, schema, signing, staff
from mscprep.records.audit import Entry
from mscprep.records.doublecheck import compare
from mscprep.records.store import RecordStore

ADMIN_PIN, TECH_PIN, PHARM_PIN = "482913", "551177", "771202"
FORM = dict(weight="70 kg", dose="1e6 cell/kg", concentration="1e7 cell/mL", viability="90%", duration="30 min",
            **CHECK_FORM)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")


@pytest.fixture(params=("sqlite", "postgresql-app"))
def target(request, tmp_path):
    """A store to attack: an SQLite file, or a PostgreSQL database opened as mscprep_app."""
    if request.param == "sqlite":
        opened = RecordStore(tmp_path / "records.sqlite3")
    else:
        server = request.getfixturevalue("pg_server")
        database = server.new_database()
        server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mscprep_app') THEN "
                     "CREATE ROLE mscprep_app LOGIN; END IF; END $$")
        owner = RecordStore(server.url(database))
        owner.grant("mscprep_app")
        owner.close()
        opened = RecordStore(server.url(database, user="mscprep_app"))
    yield opened
    opened.close()


@pytest.fixture
def site(target):
    """Admin Aiko, technician Kenji, pharmacist Mika; Kenji saved a record."""
    store = target
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    _t, tech_code = staff.enrol(store, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin)
    _p, pharm_code = staff.enrol(store, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    tech = staff.authenticate(store, tech_code, TECH_PIN)
    record = store.save(plan(**FORM), "", signer=tech)
    assert store.verify_audit().intact
    return store, record, {"admin": admin_code, "tech": tech_code, "pharm": pharm_code}


def _now():
    return audit.now()


def _act(store, entries, signer, meaning, first=False):
    """Write an act directly, past every check the program makes before it."""
    at = _now()
    store._write(lambda db: signing.append_act(db, entries, at, signer, meaning, first_enrolment=first))


def _check(record, checker, matched=1):
    return {"id": None, "record_id": record.record_id, "version": record.version, "checker": checker,
            "at_utc": _now().isoformat(timespec="seconds"), "inputs_json": "{}",
            "results_json": json.dumps(record.plan), "tolerance": 0.01, "differences_json": "[]",
            "matched": matched}


def _check_entry(record, checker, matched=1):
    return Entry(checker, "check", record.record_id, f"version {record.version}: independent double check",
                 new_value="verified", row=("checks", _check(record, checker, matched)))


def _new_key_signer(name, initials, role):
    """A signer with a key and badge the attacker made: no admin ever enrolled them."""
    code = people.new_badge_code()
    credential = people.new_credential(code, "246813")
    person_id = uuid.uuid4().hex[:12]
    key = people.unseal(credential.key_id, credential.sealed_key, code, "246813")
    return signing.Signer(person_id, name, initials, role, credential.key_id, key, code), credential


def _problems(store):
    return "\n".join(store.verify_audit().problems)


# --- finding 1: a self-made admin ------------------------------------------------------------------

def test_a_key_cannot_vouch_for_itself_as_a_new_admin(site):
    store, record, _codes = site
    root, credential = _new_key_signer("Root Admin (RA)", "RA", "admin")
    row = staff._staff_row(root.person_id, "enrolled", root.name, root.initials, "admin", _now(), credential)
    _act(store, [Entry(root.name, "people", what="enrolled", new_value=credential.key_id, row=("staff", row))],
         root, "enrolled")
    problems = _problems(store)
    assert "act" in problems and "not an enrolled person's key" in problems, problems
    # the self-made admin then "enrols" a second Mika and verifies as her: nothing counts
    mika, credential = _new_key_signer("Mika Sato (MS)", "MS", "pharmacist")
    row = staff._staff_row(mika.person_id, "enrolled", mika.name, mika.initials, "pharmacist", _now(), credential)
    _act(store, [Entry(root.name, "people", what="enrolled", new_value=credential.key_id, row=("staff", row))],
         root, "enrolled")
    _act(store, [_check_entry(record, mika.name)], mika, "verified")
    assert store.status(record).verified_by is None
    assert [s.meaning for s in staff.signatures(store, record.record_id)] == ["prepared"]
    assert "carries no valid signature" in _problems(store)


def test_only_an_admin_before_the_act_signs_an_enrolment_and_names_follow_the_rules(site):
    store, _record, codes = site
    tech = staff.authenticate(store, codes["tech"], TECH_PIN)
    _eve, credential = _new_key_signer("Eve Brown (EB)", "EB", "admin")
    row = staff._staff_row(uuid.uuid4().hex[:12], "enrolled", "Eve Brown (EB)", "EB", "admin", _now(), credential)
    _act(store, [Entry(tech.name, "people", what="enrolled", row=("staff", row))], tech, "enrolled")
    assert "was not an admin of the store before the act" in _problems(store)


def test_a_non_admin_cannot_enrol_a_second_verifier_for_the_release_rule(site):
    """A technician with their own badge (and the application's right to append) signs an
    enrolment of a second "Mika Sato (MS)" with a key they made, then checks as her: the
    release rule and the sheet see no verification, audit verify names both acts."""
    store, record, codes = site
    tech = staff.authenticate(store, codes["tech"], TECH_PIN)
    twin, credential = _new_key_signer("Mika Sato (MS)", "MS", "pharmacist")
    row = staff._staff_row(twin.person_id, "enrolled", twin.name, twin.initials, "pharmacist", _now(), credential)
    _act(store, [Entry(tech.name, "people", what="enrolled", new_value=credential.key_id, row=("staff", row))],
         tech, "enrolled")
    _act(store, [_check_entry(record, twin.name)], twin, "verified")
    assert store.status(record).verified_by is None
    assert [s.meaning for s in staff.signatures(store, record.record_id)] == ["prepared"]
    problems = _problems(store)
    assert "was not an admin of the store before the act" in problems and "not an enrolled person's key" in problems


def test_a_self_made_admin_role_does_not_count(site):
    store, record, codes = site
    tech = staff.authenticate(store, codes["tech"], TECH_PIN)
    row = staff._staff_row(tech.person_id, "role", tech.name, tech.initials, "pharmacist", _now())
    _act(store, [Entry(tech.name, "people", what="role", new_value="pharmacist", row=("staff", row))], tech, "role")
    promoted = dataclasses.replace(tech, role="pharmacist")
    other = store.save(plan(**FORM), "", signer=staff.authenticate(store, codes["admin"], ADMIN_PIN))
    _act(store, [_check_entry(other, tech.name)], promoted, "verified")
    assert store.status(other).verified_by is None
    assert "was not an admin of the store before the act" in _problems(store)
    assert record


def test_an_admin_signed_enrolment_of_a_look_alike_name_fails_verification(site):
    store, _record, codes = site
    admin = staff.authenticate(store, codes["admin"], ADMIN_PIN)
    _x, credential = _new_key_signer("Mika-Sato (MX)", "MX", "pharmacist")
    row = staff._staff_row(uuid.uuid4().hex[:12], "enrolled", "Mika-Sato (MX)", "MX", "pharmacist", _now(), credential)
    _act(store, [Entry(admin.name, "people", what="enrolled", row=("staff", row))], admin, "enrolled")
    assert "refused by the name rules" in _problems(store)


# --- finding 2: unsigned rows under an exempt action ----------------------------------------------

def test_unsigned_rows_are_caught_whatever_their_action(site):
    store, record, codes = site
    mika = next(person for person in staff.everyone(store) if person.initials == "MS")
    for _ in range(people.LOCK_AFTER):
        with pytest.raises(InputError):
            staff.authenticate(store, codes["pharm"], "000111")
    assert store.verify_audit().intact             # wrong PINs are the one thing nobody signs
    unlock = staff._staff_row(mika.person_id, "unlocked", mika.name, mika.initials, mika.role, _now())
    with store.backend.transaction() as db:
        audit.append(db, [Entry(mika.name, "badge", record.record_id, "version 1: independent double check",
                                new_value="verified", row=("checks", _check(record, mika.name))),
                          Entry(staff.BADGE_READER, "badge", row=("staff", unlock)),
                          Entry("mscprep", "schema", record.record_id, what="schema 4 -> 4",
                                row=("checks", _check(record, mika.name)))])
    problems = _problems(store)
    assert problems.count("carries no valid signature") == 3, problems
    assert store.status(record).verified_by is None


# --- finding 3: what an act says against who signed it ----------------------------------------------

def test_the_preparer_cannot_verify_under_another_name_or_their_own(site):
    store, record, codes = site
    tech = staff.authenticate(store, codes["tech"], TECH_PIN)
    posing = dataclasses.replace(tech, name="Mika Sato (MS)", role="pharmacist")
    _act(store, [_check_entry(record, posing.name)], posing, "verified")
    assert "but the key is that of 'Kenji Tanaka (KT)'" in _problems(store)
    assert store.status(record).verified_by is None
    assert store.search(patient_id="MRN-000123")[0].verified_by is None       # the history list agrees
    _act(store, [_check_entry(record, tech.name)], tech, "verified")
    problems = _problems(store)
    assert "Kenji Tanaka (KT) was technician" in problems, problems
    assert store.status(record).verified_by is None
    assert [s.meaning for s in staff.signatures(store, record.record_id)] == ["prepared"]


def test_a_verifier_who_prepared_the_record_cannot_sign_its_check(site):
    store, _record, codes = site
    mika = staff.authenticate(store, codes["pharm"], PHARM_PIN)
    own = store.save(plan(**FORM), "", signer=mika)
    _act(store, [_check_entry(own, mika.name)], mika, "verified")
    assert "signed a version of record" in _problems(store)
    assert store.status(own).verified_by is None


def test_a_row_naming_someone_else_than_its_signer_fails(site):
    store, record, codes = site
    mika = staff.authenticate(store, codes["pharm"], PHARM_PIN)
    _act(store, [_check_entry(record, "Aiko Mori (AM)")], mika, "verified")
    assert "names 'Aiko Mori (AM)', not its signer" in _problems(store)
    assert store.status(record).verified_by is None


def test_a_real_check_still_verifies(site):
    store, record, codes = site
    mika = staff.authenticate(store, codes["pharm"], PHARM_PIN)
    assert store.record_check(record, "", {}, compare(record.plan, plan(**FORM)), signer=mika)
    assert store.status(record).verified_by == "Mika Sato (MS)"
    assert store.search(patient_id="MRN-000123")[0].verified_by == "Mika Sato (MS)"
    assert [s.meaning for s in staff.signatures(store, record.record_id)] == ["prepared", "verified"]
    assert store.verify_audit().intact


# --- findings 4 and 8: a consistently rewritten SQLite history --------------------------------------

def _rewrite(path, edit):
    """Someone with the file: drops the guards, edits the entries (and their rows) with
    `edit(entries)`, renumbers, recomputes every row hash and the whole chain, and puts the
    guards back. No key is needed for any of it."""
    connection = sqlite3.connect(path, isolation_level=None)
    run = connection.execute
    entries = []
    for values in run(f"SELECT {', '.join(audit.COLUMNS)} FROM audit ORDER BY seq").fetchall():
        entry = dict(zip(audit.COLUMNS, values))
        table = entry["row_table"]
        columns = schema.columns(table) if table else ()
        row = run(f"SELECT {', '.join(columns)} FROM {table} WHERE seq = ?", (entry["seq"],)).fetchone() if table \
            else None
        entry["_row"] = dict(zip(columns, row)) if row else None
        entries.append(entry)
    entries = edit(entries)
    triggers = run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        run(f"DROP TRIGGER {name}")
    run("BEGIN")
    for table in schema.TABLES:
        run(f"DELETE FROM {table}")
    run("DELETE FROM audit")
    previous = audit.GENESIS
    for seq, entry in enumerate(entries, start=1):
        entry["seq"], entry["prev_hash"] = seq, previous
        if entry["_row"] is not None:
            row = dict(entry["_row"], seq=seq)
            if "id" in row:
                row["id"] = seq
            row["row_hash"] = audit.row_hash(entry["row_table"], row)
            run(f"INSERT INTO {entry['row_table']} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            entry["row_hash"] = row["row_hash"]
        entry["hash"] = audit.entry_hash(entry)
        run(f"INSERT INTO audit ({', '.join(audit.COLUMNS)}) VALUES ({', '.join('?' * len(audit.COLUMNS))})",
            [entry[key] for key in audit.COLUMNS])
        previous = entry["hash"]
    run("UPDATE audit_anchor SET last_seq = ?, last_hash = ?", (len(entries), previous))
    run("COMMIT")
    for _name, sql in triggers:
        run(sql)
    connection.close()


@pytest.fixture
def sqlite_site(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite3")
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    _t, tech_code = staff.enrol(store, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin)
    _p, pharm_code = staff.enrol(store, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    tech = staff.authenticate(store, tech_code, TECH_PIN)
    record = store.save(plan(**FORM), "", signer=tech)
    mika = staff.authenticate(store, pharm_code, PHARM_PIN)
    wrong = dict(FORM, weight="80 kg")
    store.record_check(record, "", {}, compare(record.plan, plan(**wrong)), signer=mika)   # a failed check
    staff.revoke(store, admin, "Kenji Tanaka (KT)")
    store.save(plan(**FORM), "", signer=mika)
    assert store.verify_audit().intact
    store.close()
    return tmp_path / "records.sqlite3", record


def _acts(entries):
    return [entry for entry in entries if entry["row_table"] == "acts"]


def test_removing_a_signed_act_breaks_every_later_signature(sqlite_site):
    path, _record = sqlite_site
    doomed = {"check failed", "revoked"}

    def drop(entries):
        keep, pending = [], []
        for entry in entries:
            pending.append(entry)
            if entry["row_table"] == "acts":
                if entry["_row"]["meaning"] not in doomed:
                    keep += pending
                pending = []
        return keep + pending
    _rewrite(path, drop)
    store = RecordStore(path)
    report = store.verify_audit()
    assert any("moved in the chain" in problem for problem in report.problems), report.problems
    assert not store.verify_audit().intact


def test_moving_an_entry_in_time_or_renaming_a_closing_entry_fails(sqlite_site):
    path, _record = sqlite_site

    def backdate(entries):
        check = next(entry for entry in entries if entry["action"] == "check")
        check["at_utc"], check["at_local"] = "2026-12-01T10:00:00+00:00", "2026-12-01T10:00:00+00:00"
        return entries
    _rewrite(path, backdate)
    assert any("changed after signing" in problem for problem in RecordStore(path).verify_audit().problems)


def test_a_closing_entry_reworded_fails(tmp_path, sqlite_site):
    path, _record = sqlite_site

    def reword(entries):
        closing = next(entry for entry in entries if entry["action"] == "sign" and "results differ" in entry["what"])
        closing["what"] = "Verified (independent double check; source figures re-entered) by Mika Sato (MS)"
        return entries
    _rewrite(path, reword)
    assert any("changed after signing" in problem for problem in RecordStore(path).verify_audit().problems)


# --- finding 5: wrong PINs tried in parallel ----------------------------------------------------------

def _try_pin(location, badge, pin, barrier):
    store = RecordStore(location)
    barrier.wait()
    try:
        staff.authenticate(store, badge, pin)
        return "accepted"
    except InputError as error:
        return error.field
    finally:
        store.close()


def _pin_worker(args):
    return _try_pin(*args)


def test_parallel_pin_tries_are_counted_one_by_one_and_none_passes_a_lock(target, monkeypatch):
    store = target
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    monkeypatch.delenv("MSCPREP_TEST_KDF")        # a real key derivation: the window the race used
    mika, code = staff.enrol(store, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    tries = 8
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager:
        barrier = manager.Barrier(tries)
        location = store.location_given
        pins = [f"{100000 + n}" for n in range(tries - 1)] + [PHARM_PIN]
        with context.Pool(tries) as pool:
            outcomes = pool.map(_pin_worker, [(location, code, pin, barrier) for pin in pins])
    events = [row[0] for row in store._read("SELECT event FROM staff WHERE person_id = ? ORDER BY seq",
                                            (mika.person_id,))]
    run, longest = 0, 0
    for event in events:
        if event == "pin accepted":
            assert run < people.LOCK_AFTER, events     # never accepted once locked
        run = run + 1 if event == "pin wrong" else 0
        longest = max(longest, run)
    assert longest <= people.LOCK_AFTER, events
    assert outcomes.count("pin") == events.count("pin wrong"), (outcomes, events)
    assert outcomes[-1] in ("accepted", "badge"), outcomes
    if outcomes[-1] == "badge":          # the right PIN was refused: only because the badge had locked first
        assert longest == people.LOCK_AFTER and "pin accepted" not in events, events
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")
    assert store.verify_audit().intact


# --- finding 7: the cheap key derivation ---------------------------------------------------------------

def test_the_cheap_test_key_derivation_is_never_used_outside_a_test(monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")
    assert people.kdf_cost() != people.PRODUCTION_COST          # inside a test: cheap, for speed
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert people.kdf_cost() == people.PRODUCTION_COST


def test_audit_verify_names_a_credential_made_with_the_cheap_derivation(tmp_path, monkeypatch):
    store = RecordStore(tmp_path / "records.sqlite3")
    staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)          # cheap: inside a test
    assert store.verify_audit().intact
    monkeypatch.delenv("PYTEST_CURRENT_TEST")                          # as on a workstation
    problems = store.verify_audit().problems
    assert len(problems) == 1 and "weak key derivation" in problems[0], problems     # named, still signed
    store.close()


# --- finding 9: names differing by punctuation only ----------------------------------------------------

@pytest.mark.parametrize("name", ["Mika Sato. (MX)", "Mika-Sato (MX)", "Mika Sato\u2019 (MX)", "Mika Sato\u02bc (MX)",
                                  "MikaSato (MX)", "Mika Sato(MS) (MX)"])
def test_names_differing_only_by_punctuation_or_brackets_are_refused(tmp_path, name):
    store = RecordStore(tmp_path / "records.sqlite3")
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    staff.enrol(store, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    with pytest.raises(InputError):
        staff.enrol(store, name, "pharmacist", "919293", admin)
    store.close()


def test_the_name_part_holds_no_brackets():
    with pytest.raises(InputError, match="brackets belong only around the initials"):
        people.enrolment_name("Mika (Sato) (MS)")
    assert os.environ.get("PYTEST_CURRENT_TEST")
