"""Command line: `mscprep people ...` (enrolment and badges) and the badge + PIN that signs
a record action (`--badge CODE`, the PIN from MSCPREP_PIN or asked on the terminal).

A new person's PIN comes from MSCPREP_NEW_PIN or is asked twice on the terminal. Every
refusal (wrong, locked or revoked badge, wrong PIN, a typed name where people are enrolled)
is an InputError: one line on stderr, exit 2, nothing recorded.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .errors import InputError

PIN_VARIABLE = "MSCPREP_PIN"
NEW_PIN_VARIABLE = "MSCPREP_NEW_PIN"
BADGE_HELP = "your badge code (scan the badge); the PIN comes from MSCPREP_PIN or the terminal"


def add_badge_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--badge", help=BADGE_HELP)


def add_people_parser(commands, db_help: str, parser_class) -> None:
    people = commands.add_parser("people", help="enrolled staff: enrol, list, revoke, unlock, reset a PIN, "
                                 "replace a badge, change a role")
    actions = people.add_subparsers(dest="action", required=True, parser_class=parser_class)
    enroll = actions.add_parser("enroll", help="enrol a person; prints the new badge code (one line)")
    enroll.add_argument("name", metavar="NAME", help='full name and initials: "Mika Sato (MS)"')
    enroll.add_argument("--role", required=True, help="technician, pharmacist, qa or admin")
    enroll.add_argument("--badge-pdf", help="write the badge (name, role, barcode) to this PDF")
    listing = actions.add_parser("list", help="everyone enrolled, their role and whether their badge works")
    for name, text in (("revoke", "revoke a person's badge (lost, or the person left)"),
                       ("unlock", "unlock a badge locked after 5 wrong PINs"),
                       ("reset-pin", "a new PIN (MSCPREP_NEW_PIN) for the person's own badge (--badge)"),
                       ("replace-badge", "a new badge and PIN (MSCPREP_NEW_PIN); the old badge stops working"),
                       ("role", "change a person's role")):
        action = actions.add_parser(name, help=text)
        action.add_argument("person", metavar="PERSON", help="name, initials or id (see `people list`)")
        if name == "role":
            action.add_argument("new_role", metavar="ROLE", help="technician, pharmacist, qa or admin")
        if name == "reset-pin":
            action.add_argument("--badge", required=True, help="the person's own badge code (they scan it)")
        if name == "replace-badge":
            action.add_argument("--badge-pdf", help="write the new badge to this PDF")
    for action in (enroll, *(actions.choices[name] for name in ("revoke", "unlock", "reset-pin", "replace-badge",
                                                                 "role"))):
        action.add_argument("--admin-badge", help="the enrolling admin's badge code; the admin's PIN comes from "
                            "MSCPREP_PIN or the terminal")
    for action in actions.choices.values():
        action.add_argument("--db", help=db_help)


def _terminal(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise EOFError
    return getpass.getpass(prompt)


def read_pin(what: str = "PIN") -> str:
    """The signer's PIN: MSCPREP_PIN, else asked on the terminal."""
    given = os.environ.get(PIN_VARIABLE)
    if given is not None:
        return given
    try:
        return _terminal(f"{what}: ")
    except EOFError:
        raise InputError("pin", f"give the {what} in {PIN_VARIABLE} or run the command in a terminal") from None


def read_new_pin() -> str:
    from .records.people import check_new_pin
    from .records.staff import confirmed_pin
    given = os.environ.get(NEW_PIN_VARIABLE)
    if given is not None:
        return check_new_pin(given, "new_pin")
    try:
        first = check_new_pin(_terminal("New PIN (at least 6 digits): "), "new_pin")
        return confirmed_pin(first, _terminal("New PIN again: "))
    except EOFError:
        raise InputError("new_pin", f"give the new PIN in {NEW_PIN_VARIABLE} or run the command in a "
                         "terminal") from None


def acting(store, args, typed_flag: str):
    """(name to record, Signer or None) for a record action. Where people are enrolled only
    a badge + PIN signs and a typed name is refused; in a store nobody is enrolled in the
    typed name is taken (the sheet then says UNSIGNED)."""
    from .records import staff
    typed = getattr(args, typed_flag, None)
    badge = getattr(args, "badge", None)
    if staff.has_enrolled(store):
        if typed:
            raise InputError(typed_flag, "people are enrolled in this record store: a typed name is refused; sign "
                             "with --badge and your PIN")
        if not badge:
            raise InputError("badge", "people are enrolled in this record store: scan your badge (--badge CODE) "
                             f"and give your PIN ({PIN_VARIABLE} or the terminal)")
        signer = staff.authenticate(store, badge, read_pin())
        return signer.name, signer
    if badge:
        raise InputError("badge", "nobody is enrolled in this record store, so a badge cannot sign here (enrol "
                         f"people with `mscprep people enroll`, or give --{typed_flag.replace('_', '-')})")
    if not typed:
        raise InputError(typed_flag, "is required (name and initials); once people are enrolled, --badge instead")
    return typed, None


def _admin(store, args):
    from .records import staff
    if not args.admin_badge:
        raise InputError("admin_badge", "an admin signs this: scan the admin's badge (--admin-badge CODE) and give "
                         f"the admin's PIN ({PIN_VARIABLE} or the terminal)")
    return staff.authenticate(store, args.admin_badge, read_pin("admin's PIN"))


def _write_badge(path: str | None, person, code: str, store) -> None:
    if not path:
        return
    from .records.staff import write_badge
    write_badge(path, person, code, store.location)
    sys.stderr.write(f"badge of {person.name} written to {path} (owner-only: print it, then delete the file)\n")


def cmd_people(args, open_store) -> int:
    from .records import staff
    store = open_store(args, create=args.action == "enroll")
    try:
        if args.action == "list":
            for person in staff.everyone(store):
                print(f"{person.name:<32} {person.role:<11} {person.state:<8} enrolled {person.enrolled_utc}")
            return 0
        if args.action == "enroll":
            admin = _admin(store, args) if staff.has_enrolled(store) else None
            if admin is None and args.admin_badge:
                raise InputError("admin_badge", "nobody is enrolled yet: the first person enrols without an admin")
            person, code = staff.enrol(store, args.name, args.role, read_new_pin(), admin)
            print(code)
            sys.stderr.write(f"enrolled {person.name} as {person.role}"
                             + (" (the first person: admin of this record store)" if admin is None else "")
                             + "; the badge code above is shown only this once\n")
            _write_badge(args.badge_pdf, person, code, store)
            return 0
        admin = _admin(store, args)
        if args.action == "revoke":
            person = staff.revoke(store, admin, args.person)
            print(f"the badge of {person.name} is revoked")
        elif args.action == "unlock":
            person = staff.unlock(store, admin, args.person)
            print(f"the badge of {person.name} is unlocked")
        elif args.action == "role":
            person = staff.set_role(store, admin, args.person, args.new_role)
            print(f"{person.name} is now {person.role}")
        elif args.action == "reset-pin":
            person = staff.reset_pin(store, admin, args.person, args.badge, read_new_pin())
            print(f"{person.name} has a new PIN")
        elif args.action == "replace-badge":
            person, code = staff.replace_badge(store, admin, args.person, read_new_pin())
            print(code)
            sys.stderr.write(f"new badge for {person.name}; the old one no longer works\n")
            _write_badge(args.badge_pdf, person, code, store)
        return 0
    finally:
        store.close()
