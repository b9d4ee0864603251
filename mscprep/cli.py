"""Command line: plan, sheet, label, protocols, selftest, records, audit, report (see CONTRACT.md).

Exit status: 0 plan computed, no hard finding; 2 input error (one line on stderr naming
the flag, nothing on stdout); 3 plan computed but blocked by a hard finding. Records: 0
agrees / within tolerance, 4 differs / outside, 2 input error. Audit: 0 intact, 1 not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__, clock
from .errors import InputError, one_line, quoted, visible
from .form.fields import FIELDS
from .records.errors import StoreError
from .cli_people import acting, add_badge_argument, add_people_parser, cmd_people
from .cli_acts import add_change_parser, add_record_print_arguments   # issue 22: signed prints and changes

EXIT_OK, EXIT_INPUT, EXIT_BLOCKED, EXIT_DIFFERS = 0, 2, 3, 4
DB_HELP = "record database: a file, or postgresql://user@host/db (default: MSCPREP_DATABASE_URL, else the data folder)"


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2, as the contract asks."""

    def error(self, message: str):
        self.exit(EXIT_INPUT, f"{self.prog}: {one_line(message)}\n")


def _add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--protocol", help="protocol id (see `mscprep protocols`)")
    for spec in FIELDS:
        # argparse formats help with %: a literal one (92%) must be written %%.
        parser.add_argument(spec.flag, dest=spec.key, metavar="TEXT" if not spec.choices else "|".join(spec.choices),
                            help=f"{spec.label}: {spec.help} (e.g. {spec.example})".replace("%", "%%"))
    parser.add_argument("--override", action="append", default=[], metavar="CODE=REASON",
                        help="typed reason for a soft finding (repeatable)")
    parser.add_argument("--now", help="evaluate the plan at this ISO 8601 time instead of now")


class _Unbuilt:
    """The parser of a command that is not being run (issue 26, start-up): the command is
    listed and chosen as usual, but its arguments and sub-commands are not built, which
    costs more than the whole plan. Every call on it does nothing; `choices` are its own."""

    def __init__(self):
        self.choices = {}

    def add_parser(self, name, **_):
        self.choices[name] = _Unbuilt()
        return self.choices[name]

    def __getattr__(self, name):
        return lambda *args, **kwargs: _Unbuilt()


class _Commands:
    """`commands` of build_parser: every command is listed, only `wanted`'s parser is built."""

    def __init__(self, commands, wanted: str | None):
        self._commands, self._wanted = commands, wanted

    def add_parser(self, name, **kwargs):
        parser = self._commands.add_parser(name, **kwargs)
        return parser if self._wanted in (None, name) else _Unbuilt()

    def __getattr__(self, name):
        return getattr(self._commands, name)


def _command_of(argv: list[str] | None) -> str | None:
    """The command the arguments name (their first word not an option), None if unknown."""
    words = sys.argv[1:] if argv is None else argv
    return next((word for word in words if not word.startswith("-")), None) if words else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `command`, only that command's arguments are built."""
    parser = _Parser(prog="mscprep", description="Preparation calculator for IV MSC infusions.")
    parser.add_argument("--version", action="version", version=f"mscprep {__version__}")
    commands = _Commands(parser.add_subparsers(dest="command", required=True, parser_class=_Parser), command)
    plan = commands.add_parser("plan", help="compute a preparation plan")
    _add_plan_arguments(plan)
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--save", action="store_true", help="save the plan as a record (needs --badge, or "
                      "--operator where nobody is enrolled)")
    plan.add_argument("--operator", help="name and initials of the person saving (only where nobody is enrolled)")
    add_badge_argument(plan)
    plan.add_argument("--db", help="record database (default: the user's data folder)")
    sheet = commands.add_parser("sheet", help="write the preparation sheet and bag label (PDF)")
    _add_plan_arguments(sheet)
    sheet.add_argument("-o", "--output", required=True, help="PDF file to write")
    sheet.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    sheet.add_argument("--language", default="en", help="sheet language: en, ja, zh")
    sheet.add_argument("--pharmacy-sheet", help="blinded trials: also write the unblinded pharmacy copy here")
    # issue 21: the daily DMSO limit counts the patient's other preparations of the day
    sheet.add_argument("--db", help="record database whose preparations of the patient today count for the daily "
                                    "DMSO limit, and checked for a DIN already used for another patient")
    add_record_print_arguments(sheet)     # issue 22: --record ID --badge CODE prints a saved record, logged and signed
    label = commands.add_parser("label", help="write the bag label(s) as ZPL II for a thermal label printer")
    _add_plan_arguments(label)
    label.add_argument("--zpl", action="store_true", required=True, help="write ZPL II (the only format here)")
    # issue 25: the ZPL to a file, or straight to a printer's raw TCP port (zpl.send_zpl)
    label_to = label.add_mutually_exclusive_group(required=True)
    label_to.add_argument("-o", "--output", help="ZPL file to write")
    label_to.add_argument("--printer", metavar="socket://HOST:9100", help="send the ZPL to the printer's raw TCP port")
    label.add_argument("--printer-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="how long to wait for the printer to accept the connection (default 10)")
    label.add_argument("--dpi", type=int, choices=(203, 300), default=203, help="the printer's resolution")
    label.add_argument("--language", default="en", help="label language: en, ja, zh")
    # issue 24: every container's DIN recorded for another patient blocks the label
    label.add_argument("--db", help="record database checked for a DIN already used for another patient")
    add_record_print_arguments(label)     # issue 22: --record ID --badge CODE prints a saved record, logged and signed
    protocols = commands.add_parser("protocols", help="list the shipped protocols")
    protocols.add_argument("--json", action="store_true")
    commands.add_parser("selftest", help="run the shipped reference calculations")
    audit = commands.add_parser("audit", help="check the audit trail")
    audit_actions = audit.add_subparsers(dest="action", required=True, parser_class=_Parser)
    verify = audit_actions.add_parser("verify", help="check every record, version, check, weighing and print")
    verify.add_argument("--head", help="also prove that this earlier head (as printed on a sheet) is in the chain")
    verify.add_argument("--db", help=DB_HELP)
    head = audit_actions.add_parser("head", help="print the current head of the audit chain")
    head.add_argument("--db", help=DB_HELP)
    accept = audit_actions.add_parser("accept-restore", help="after an investigated restore from backup: record "
                                      "the decision and let this workstation trust the store as it is now")
    accept.add_argument("--operator", help="name and initials of the person deciding (only where nobody is enrolled)")
    add_badge_argument(accept)
    accept.add_argument("--reason", required=True, help="why the store that went backwards is accepted")
    accept.add_argument("--db", help=DB_HELP)
    records = commands.add_parser("records", help="saved records: search, check, weigh, export, migrate")
    actions = records.add_subparsers(dest="action", required=True, parser_class=_Parser)
    search = actions.add_parser("search", help="search the saved records (latest versions)")
    for name in ("patient-id", "din", "operator"):
        search.add_argument(f"--{name}", default="")
    search.add_argument("--from", dest="date_from", default="", help="YYYY-MM-DD (UTC)")
    search.add_argument("--to", dest="date_to", default="", help="YYYY-MM-DD (UTC), inclusive")
    search.add_argument("--csv", help="write the results to this CSV file")
    search.add_argument("--db", help=DB_HELP)
    check = actions.add_parser("check", help="the independent double check of a record from your own figures")
    check.add_argument("record_id", metavar="RECORD_ID")
    check.add_argument("--checker", help="name and initials of the checker (only where nobody is enrolled)")
    add_badge_argument(check)
    _add_plan_arguments(check)     # the same flags as plan; only the source figures are used
    check.add_argument("--db", help=DB_HELP)
    weigh = actions.add_parser("weigh", help="the gravimetric check of a record")
    weigh.add_argument("record_id", metavar="RECORD_ID")
    weigh.add_argument("--operator", help="name and initials of the person weighing (only where nobody is enrolled)")
    add_badge_argument(weigh)
    # --- issue 25: read tare and gross from a balance; typed only where the site allows it ---
    weigh.add_argument("--balance", metavar="URL", help="read tare and gross from this balance "
                       "(serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600 or tcp://HOST:PORT?protocol=sbi), asking "
                       "on the terminal when to read each")
    weigh.add_argument("--timeout", type=float, help="seconds to wait for a stable reading (default: the site's)")
    weigh.add_argument("--tare", help="typed fallback where the site allows it: empty container, e.g. '21.4 g' "
                       "(a bare number is grams); marked 'typed, not read'")
    weigh.add_argument("--gross", help="typed fallback: filled container, e.g. '71.9 g'")
    weigh.add_argument("--tolerance", help="tighter tolerance than the protocol's, e.g. 3%%")
    weigh.add_argument("--randomisation-list", help="a blinded record's randomisation list (CSV), as when it was saved")
    weigh.add_argument("--reason", help="why it is weighed again (required after a weighing out of tolerance)")
    weigh.add_argument("--db", help=DB_HELP)
    add_change_parser(actions, _add_plan_arguments, DB_HELP)     # issue 22: records change, signed "changed"
    export = actions.add_parser("export", help="a record as an HL7 FHIR R4 Bundle")
    export.add_argument("record_id", metavar="RECORD_ID")
    export.add_argument("--fhir", action="store_true", required=True, help="FHIR R4 JSON (the only format)")
    export.add_argument("-o", "--output", required=True, help="JSON file to write")
    export.add_argument("--db", help=DB_HELP)
    migrate = actions.add_parser("migrate", help="create or upgrade the record database; copy an SQLite history")
    migrate.add_argument("--from", dest="source", help="SQLite file whose history is copied (target must be new)")
    migrate.add_argument("--grant", metavar="ROLE", help="PostgreSQL: let ROLE (the workstations' login) read and "
                         "append, nothing more")
    migrate.add_argument("--db", help=DB_HELP)
    # The support bundle (issue 26): versions, settings, protocols, audit summary, scrubbed log.
    support = commands.add_parser("support", help="write a support bundle (no patient data) for IT or the maintainers")
    support.add_argument("-o", "--output", required=True, help="zip file to write")
    support.add_argument("--db", help=DB_HELP)
    # --- issue 25: scan and balance (cli_devices.py) ---
    from .cli_devices import add_device_commands
    add_device_commands(commands)
    add_people_parser(commands, DB_HELP, _Parser)
    _add_report_parsers(commands, actions)
    return parser


def cmd_support(args) -> int:
    from .support import build
    problem = write_all([("-o", args.output, build(args.db))])
    if problem:
        sys.stderr.write(f"mscprep: {problem}\n")
        return EXIT_INPUT
    print(f"support bundle written to {args.output} (no patient names, IDs or DINs)")
    return EXIT_OK


def _raw_fields(args: argparse.Namespace) -> dict[str, str]:
    raw = {spec.key: getattr(args, spec.key) for spec in FIELDS if getattr(args, spec.key, None) is not None}
    if args.protocol:
        raw["protocol"] = args.protocol
    return raw


def _reasons(args: argparse.Namespace) -> dict[str, str]:
    from .form.parse import parse_override
    return dict(parse_override(text, "overrides") for text in args.override)


def _flag(key: str) -> str:
    return "--override" if key == "overrides" else "--" + key.replace("_", "-")


def compute_from_args(args: argparse.Namespace, *, for_record: bool = False):
    """The preparation for parsed arguments; InputError names the field. `for_record`: it
    is saved, so it is computed at the real time (see _now)."""
    from .preparation.build import prepare
    raw, now = _raw_fields(args), _now(args, for_record=for_record)
    preparation = prepare(raw, now=now, reasons=_reasons(args), dmso_earlier=_earlier_dmso(args, raw, now))
    return _din_reuse_checked(args, preparation)


def _din_reuse_checked(args: argparse.Namespace, preparation):
    """Issue 24, DIN per container: with a record database (--db, or the one --save writes
    to), every container's DIN already recorded for another patient is the hard finding
    the window shows (records/din_reuse.with_din_reuse, the one rule). A --db that does
    not exist is refused; the default one not yet made holds nothing."""
    if not (getattr(args, "db", None) or getattr(args, "save", False)) or not preparation.identity.din:
        return preparation
    from .records.backends import is_postgres_url
    from .records.din_reuse import with_din_reuse
    from .records.paths import database_location
    from .records.store import RecordStore
    if args.db and not getattr(args, "save", False):
        _require_existing_database(args.db)
    location = database_location(args.db)
    if not is_postgres_url(str(location)) and not Path(location).is_file():
        return preparation
    store = RecordStore(args.db)
    try:
        return with_din_reuse(store, preparation)
    finally:
        store.close()


def _earlier_dmso(args: argparse.Namespace, raw: dict, now) -> tuple:
    """Issue 21, DMSO per day: with a record database (--db, or the one --save writes to),
    the patient's other preparations of the site day (records/dmso_day.py). A --db that
    does not exist is refused; the default one not yet made holds nothing."""
    if not (getattr(args, "db", None) or getattr(args, "save", False)) or not raw.get("patient_id"):
        return ()
    from .records.backends import is_postgres_url
    from .records.dmso_day import earlier_dmso
    from .records.paths import database_location
    from .records.store import RecordStore
    if args.db and not getattr(args, "save", False):
        _require_existing_database(args.db)
    location = database_location(args.db)
    if not is_postgres_url(str(location)) and not Path(location).is_file():
        return ()
    store = RecordStore(args.db)
    try:
        return earlier_dmso(store, raw["patient_id"], now)
    finally:
        store.close()


def _now(args: argparse.Namespace, *, for_record: bool = False):
    """The time to evaluate at: --now, or the clock. A record action (saving, checking,
    weighing) happens now: a --now further from the clock than the site's allowed skew is
    refused, so that no record is computed at a time that is not real (a future thaw)."""
    from .defaults import app_defaults
    from .form.parse import parse_datetime
    real = clock.now()
    if not getattr(args, "now", None):
        return real
    moment = parse_datetime(args.now, "now")
    skew = app_defaults().record_clock_skew
    if for_record and abs((moment - real).total_seconds()) > skew.m_as("s"):
        raise InputError("now", f"{quoted(args.now)} is not the present time; a record is saved, checked or "
                         f"weighed only at the real time (within {skew.m_as('min'):g} min): leave out --now")
    return moment


def _input_error(error: InputError) -> int:
    sys.stderr.write(f"mscprep: {_flag(error.field)}: {error.message}\n")
    return EXIT_INPUT


def cmd_plan(args) -> int:
    from .preparation.release import release
    preparation = compute_from_args(args, for_record=args.save)
    record_id = _save(preparation, args) if args.save else None
    if args.json:
        data = preparation.to_dict()
        if record_id:
            data["record_id"] = record_id
        try:
            text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
        except ValueError:   # a figure that is not a finite number never leaves the program
            return _input_error(InputError("plan", "a computed figure is not a finite number; check the inputs"))
        print(text)
    else:
        print(text_table(preparation))
        if record_id:
            print(f"Saved as record {record_id}")
    return EXIT_BLOCKED if release(preparation.findings).blocked else EXIT_OK


def status_text(status) -> str:
    if status.blocked:
        return "BLOCKED - NOT FOR ADMINISTRATION"
    if status.reasons_missing:
        return f"NEEDS A REASON for {len(status.reasons_missing)} soft finding(s)"
    if status.identity_missing:
        fields = ", ".join(_flag(key) for key in status.identity_missing)
        return f"OK - no hard finding; NOT READY to label: enter {fields}"
    return "OK - no hard finding"


def text_table(preparation) -> str:
    """The preparation as the command line prints it: rows, line, findings, status."""
    from .preparation.release import status_of
    protocol = preparation.protocol
    rows = preparation.rows()
    width = max(len(row.label) for row in rows)
    lines = [f"Protocol: {protocol.name} [{protocol.id}, version {protocol.version}]",
             f"Source:   {protocol.reference}", ""]
    lines += [f"{row.label:<{width}}  {row.value}" for row in rows]
    if preparation.line_requirements:
        lines += ["", "Line and filter:"] + [f"  - {text}" for text in preparation.line_requirements]
    lines += ["", "Findings:" if preparation.findings else "Findings: none"]
    for finding in preparation.findings:
        lines.append(f"  [{finding.severity.value.upper()}] {finding.code}: {finding.message}")
        if finding.limit or finding.source:
            lines.append(f"      limit {finding.limit or '-'}; source: {finding.source or '-'}")
        if finding.accepts_reason:
            lines.append(f"      reason: {finding.override_reason or '(none given: --override ' + finding.code + '=REASON)'}")
    lines += ["", f"Status: {status_text(status_of(preparation))}"]
    return "\n".join(lines)


def _save(preparation, args) -> str:
    if not args.operator and not args.badge:
        raise InputError("operator", "is required with --save (name and initials), or --badge where people are "
                         "enrolled")
    store = _open_store(args, create=True)
    try:
        operator, signer = acting(store, args, "operator")
        return store.save(preparation, operator, signer=signer).record_id
    finally:
        store.close()


def _open_store(args, *, create: bool = False):
    """The record database named by --db (or the default); StoreError says why not. Only
    saving (`create`) may make a new database: reading, checking or weighing in a file that
    is not there is a mistyped path, refused before anything is written."""
    from .records.store import RecordStore
    if not create:
        _require_existing_database(args.db)
    return RecordStore(args.db, create=create)


def _require_existing_database(setting: str | None) -> None:
    from .records.backends import is_postgres_url
    from .records.paths import database_location
    location = database_location(setting)
    if is_postgres_url(str(location)):
        return
    path = Path(location)
    if not path.is_file():
        what = "is not a file" if path.exists() else "does not exist"
        raise InputError("db", f"the record database {quoted(str(path))} {what}; nothing was created "
                         "(check the path; `plan --save` or `records migrate` makes a new one)")


def cmd_audit(args) -> int:
    from .records.backends import is_postgres_url
    from .records.paths import database_location
    from .records.store import RecordStore
    from .records.store import _refuse_gone
    if args.action == "accept-restore":
        store = _open_store(args)
        try:
            operator, signer = acting(store, args, "operator")
            head = store.accept_restore(operator, args.reason, signer=signer)
        finally:
            store.close()
        print(f"restore accepted and recorded; this workstation now trusts the store from head {head}")
        return EXIT_OK
    location = args.db or database_location()
    try:
        # a store this workstation saw with entries and that is now gone fails the audit
        _refuse_gone(location, may_create=True)
    except StoreError as error:
        print(f"AUDIT PROBLEM: {error}")
        return 1
    _require_existing_database(args.db)
    try:
        # Read only: the audit never creates, upgrades or changes anything.
        store = RecordStore(args.db, readonly=True)
    except StoreError as error:
        from .records.errors import StoreUnreachable
        if args.action == "verify" and not isinstance(error, StoreUnreachable) and (
                is_postgres_url(str(location)) or Path(location).is_file()):
            print(f"AUDIT PROBLEM: {error}")     # a store too damaged to open fails the audit
            return 1
        sys.stderr.write(f"mscprep: --db: {error}\n")
        return EXIT_INPUT
    try:
        if args.action == "head":
            print(store.head())
            return EXIT_OK
        report = store.verify_audit(args.head)
    finally:
        store.close()
    if report.intact:
        proven = f"; head {args.head} is in the chain" if report.head_found else ""
        print(f"audit trail intact: {report.entries} entries covering {report.rows} rows, every row unchanged"
              f"{proven}; head {report.head}")
        return EXIT_OK
    for problem in report.problems:
        print(f"AUDIT PROBLEM: {problem}")
    return 1


def cmd_records(args) -> int:
    if args.action == "migrate":
        return _migrate(args)
    store = _open_store(args)
    try:
        return {"search": _search, "check": _check, "weigh": _weigh, "export": _export,
                "review": _review, "change": _change}[args.action](store, args)
    finally:
        store.close()


def _change(store, args) -> int:
    from .cli_acts import change_record
    return change_record(store, args, _now, text_table)


def _search(store, args) -> int:
    found = store.search(patient_id=args.patient_id, din=args.din, operator=args.operator,
                         date_from=args.date_from, date_to=args.date_to)
    for record in found:
        # Stored texts are shown escaped: a name saved before names were checked cannot
        # break the line nor turn the text around (one line per record).
        state = ("BLOCKED" if record.blocked else f"verified by {visible(record.verified_by)}" if record.verified_by
                 else "check failed - not verified" if record.check_failed else "not verified")
        print(f"{visible(record.record_id)} v{record.version}  {visible(record.created_local)}  "
              f"{visible(record.operator):<16} {visible(record.patient_id):<14} {visible(record.din):<14} "
              f"{visible(record.protocol_id):<18} {state}")
    if args.csv:
        try:
            store.export_csv(found, args.csv)
        except (OSError, ValueError) as error:
            sys.stderr.write(f"mscprep: --csv: cannot write {one_line(args.csv)}: "
                             f"{getattr(error, 'strerror', None) or error}\n")
            return EXIT_INPUT
    print(f"{len(found)} record(s)")
    return EXIT_OK


def _record(store, record_id: str):
    record = store.latest(record_id)
    if record is None:
        raise InputError("record", f"there is no record {record_id}")
    return record


def _check(store, args) -> int:
    from .records.doublecheck import CHECK_FIELDS, IDENTITY_FIELDS, differences_text, run_check
    _now(args, for_record=True)
    record = _record(store, args.record_id)
    checker, signer = acting(store, args, "checker")
    refusal = store.checker_conflict(record, checker, signer)
    if refusal:
        raise InputError("badge" if signer else "checker", refusal)
    if args.protocol and args.protocol != record.protocol_id:
        raise InputError("protocol", f"the record was prepared under '{record.protocol_id}'; the check uses the "
                         "record's protocol")
    for spec in FIELDS:
        if getattr(args, spec.key, None) and spec.key not in CHECK_FIELDS + IDENTITY_FIELDS:
            raise InputError(spec.key, "is not a figure of the double check (the record's own limits and "
                             "settings apply)")
    entered = {key: getattr(args, key) for key in CHECK_FIELDS if getattr(args, key, None)}
    outcome = run_check(record, entered)
    store.record_check(record, checker, entered, outcome, signer=signer)
    if outcome.matched:
        print(f"record {record.record_id} version {record.version} verified by {checker.strip()}: every result "
              f"agrees within {outcome.tolerance:.0%}")
        return EXIT_OK
    print(f"record {record.record_id} version {record.version}: the check differs (recorded as a failed check)")
    for line in differences_text(outcome):
        sys.stderr.write(f"mscprep: differs: {line}\n")
    return EXIT_DIFFERS


def _weigh(store, args) -> int:
    from .display import percent, quantity, significant
    from .records.weighing import weigh_record
    from .units import G, ML
    record = _record(store, args.record_id)
    # Who weighs is proven first (badge + PIN where people are enrolled): nothing is read
    # from the balance or recorded for a wrong badge or PIN.
    operator, signer = acting(store, args, "operator")
    # --- issue 25: from the balance (cli_devices.weigh_from_balance), or typed where allowed ---
    from .cli_devices import weigh_from_balance, weigh_typed_source
    if args.balance:
        weighing, source = weigh_from_balance(record, args)
    else:
        source = weigh_typed_source(args)
        weighing = weigh_record(record, args.tare, args.gross, args.tolerance,
                                randomisation_list=args.randomisation_list)
    store.record_weighing(record, operator, weighing, source, reason=args.reason, signer=signer)
    low, high = (weighing.expected_volume * weighing.density * (1 + sign * weighing.tolerance.value)
                 for sign in (-1, 1))
    print(f"expected net mass {significant((weighing.expected_volume * weighing.density).m_as(G), 4)} g "
          f"(accepted {significant(low.m_as(G), 4)} to {significant(high.m_as(G), 4)} g)")
    print(f"measured {quantity(weighing.measured_volume, ML, 4)} "
          f"({'+' if weighing.deviation >= 0 else ''}{percent(weighing.deviation)}): "
          + ("within tolerance" if weighing.within else "OUT OF TOLERANCE"))
    if weighing.within:
        return EXIT_OK
    sys.stderr.write(f"mscprep: weighing: {weighing.finding.message}\n")
    return EXIT_DIFFERS


def _export(store, args) -> int:
    from .fhir import export_record
    from .private_files import write_private
    record = _record(store, args.record_id)
    text = export_record(store, record)
    try:
        write_private(args.output, text)
    except OSError as error:
        sys.stderr.write(f"mscprep: --output: cannot write {args.output}: {error.strerror}\n")
        return EXIT_INPUT
    print(f"record {record.record_id} version {record.version} written to {args.output} (FHIR R4 Bundle)")
    return EXIT_OK


def _migrate(args) -> int:
    from .records.store import RecordStore, copy_history
    target = _open_store(args, create=True)
    try:
        if args.grant:
            target.grant(args.grant)
            print(f"role {args.grant} may read and append, nothing more")
        if args.source:
            if not Path(args.source).is_file():
                raise InputError("from", f"there is no file {args.source}")
            source = RecordStore(args.source, create=False)   # the history to copy is never made
            try:
                copied = copy_history(source, target)
            finally:
                source.close()
            print(f"copied {copied} audit entries from {args.source} to {target.location}; both chains verified, "
                  f"head {target.head()}")
        else:
            from .records.schema import VERSION
            print(f"{target.location} is at schema {VERSION} and ready")
    finally:
        target.close()
    return EXIT_OK


def cmd_label(args) -> int:
    from .preparation.release import status_of
    from .private_files import write_private
    from .zpl import LabelRefused, UnprintableText, document_zpl
    from .cli_acts import label_of_record, refuse_signing_without_record
    if args.record:        # issue 22: a saved record's label, logged and signed "released"
        return label_of_record(args, _open_store, write_all)
    refuse_signing_without_record(args)
    preparation = compute_from_args(args)
    status = status_of(preparation)
    if status.blocked:
        sys.stderr.write("mscprep: label: the plan is blocked by a hard finding; no label is written\n")
        return EXIT_BLOCKED
    if status.reasons_missing:
        return _input_error(InputError("overrides", "a label prints only once every soft finding has its reason: "
                                       + ", ".join(f.code for f in status.reasons_missing)))
    if status.identity_missing:
        return _input_error(InputError(status.identity_missing[0], "is needed on a label: enter " + ", ".join(
            _flag(key) for key in status.identity_missing)))
    try:
        data = document_zpl(preparation.document(), None, dpi=args.dpi, language=args.language,
                            now=preparation.computed_at)
    except UnprintableText as error:
        sys.stderr.write(f"mscprep: label: {error}\n")
        return EXIT_INPUT
    except LabelRefused as error:
        sys.stderr.write(f"mscprep: label: {error}\n")
        return EXIT_BLOCKED
    if args.printer:
        return _label_to_printer(data, args.printer, args.printer_timeout)
    try:
        write_private(args.output, data)
    except OSError as error:
        sys.stderr.write(f"mscprep: --output: cannot write {args.output}: {error.strerror}\n")
        return EXIT_INPUT
    return EXIT_OK


def _label_to_printer(data: str, printer: str, timeout: float) -> int:
    """`label --printer socket://HOST:9100`: the ZPL to the printer's raw TCP port; a refused,
    unreachable or silent printer is one line and exit 2."""
    from .zpl import RawPrintError, is_network_printer, send_zpl
    if not is_network_printer(printer):
        return _input_error(InputError("printer", f"{quoted(printer)} is not a network printer address: socket://HOST:9100"))
    try:
        print(f"label: {send_zpl(data, printer, timeout=timeout)}")
    except RawPrintError as error:
        sys.stderr.write(f"mscprep: label: {one_line(str(error))}\n")
        return EXIT_INPUT
    return EXIT_OK


def cmd_sheet(args) -> int:
    from .preparation.export import require_audience
    from .preparation.release import release
    from .cli_acts import refuse_signing_without_record, sheet_of_record
    if args.record:        # issue 22: a saved record's sheet, logged and signed "printed"
        return sheet_of_record(args, _open_store, write_all)
    refuse_signing_without_record(args)
    preparation = compute_from_args(args)
    if args.pharmacy_sheet:
        require_audience(preparation, "pharmacy")
        if Path(args.pharmacy_sheet).resolve() == Path(args.output).resolve():
            # the unblinded copy would overwrite the ward's sheet
            raise InputError("pharmacy_sheet", "must be another file than --output")
    from .printing.fonts import PrintingError
    from .printing.sheet import write_sheet
    options = {"paper": args.paper, "language": args.language}
    try:
        outputs = [(args.output, write_sheet(preparation, None, **options))]
        if args.pharmacy_sheet:
            outputs.append((args.pharmacy_sheet, write_sheet(preparation, None, audience="pharmacy", **options)))
    except PrintingError as error:
        sys.stderr.write(f"mscprep: sheet: {error}\n")
        return 1
    problem = write_all([(flag, path, data) for flag, (path, data) in zip(("--output", "--pharmacy-sheet"), outputs)])
    if problem:
        sys.stderr.write(f"mscprep: {one_line(problem)}\n")
        return EXIT_INPUT
    return EXIT_BLOCKED if release(preparation.findings).blocked else EXIT_OK


def write_all(files: list[tuple[str, str, bytes]]) -> str | None:
    """Write every (flag, path, bytes) or none: each goes to a temporary owner-only file
    beside its target first (a sheet carries patient data) and replaces the target only
    when all were written. Returns what went wrong ("--flag: cannot write PATH: reason"),
    or None."""
    import tempfile
    targets = [Path(path) for _, path, _ in files]
    for (flag, path, _), target in zip(files, targets):
        if "\x00" in path or not target.name:
            return f"{flag}: {path!r} is not a file name"
    if len({target.resolve() for target in targets}) != len(targets):
        return f"{files[-1][0]}: {files[-1][1]} is also another output; give each its own file"
    staged: list[tuple[Path, Path]] = []
    try:
        for (flag, path, data), target in zip(files, targets):
            try:
                from .private_files import refuse_special
                refuse_special(target)
                descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                                         dir=target.parent)
                staged.append((Path(temporary), target))
                with os.fdopen(descriptor, "wb") as handle:   # mkstemp creates it 0600
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as error:
                return f"{flag}: cannot write {path}: {error.strerror or error}"
        for temporary, target in staged:
            os.replace(temporary, target)
        staged = []
        return None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def cmd_protocols(args) -> int:
    from .protocol.limits import limit_text, tightened
    from .protocol.loader import shipped_protocols
    shipped = shipped_protocols()
    stricter = {p.id: tightened(p.limits) for p in shipped.protocols.values()}
    if args.json:
        print(json.dumps({
            "protocols": [{"id": p.id, "name": p.name, "version": p.version, "route": p.route,
                           "source_tissue": p.source_tissue, "donor": p.donor, "indication": p.indication,
                           "url": p.url or None, "reference": p.reference, "file": p.path.name if p.path else None,
                           "tightens": [{"limit": mine.key, "value": limit_text(mine), "app_wide": limit_text(app)}
                                        for mine, app in stricter[p.id]]}
                          for p in shipped.protocols.values()],
            "problems": [{"file": e.path.name, "message": e.message} for e in shipped.problems]},
            ensure_ascii=False, indent=1))
    else:
        for p in shipped.protocols.values():
            tightens = "; ".join(f"{mine.key} {limit_text(mine)} (app-wide {limit_text(app)})"
                                 for mine, app in stricter[p.id]) or "none"
            print(f"{p.id}\n  {p.name} (version {p.version})\n  source: {p.reference}\n"
                  f"  tightens app-wide limits: {tightens}\n")
        for problem in shipped.problems:
            print(f"NOT LOADED {problem.path.name}: {problem.message}")
    return EXIT_OK if not shipped.problems else 1


def cmd_selftest(args) -> int:
    from .selftest import run_selftest
    report = run_selftest()
    for line in report.lines:
        print(line)
    print(f"{report.passed} passed, {report.failed} failed")
    return 0 if report.failed == 0 else 1


def _site_clock() -> bool:
    """The site's time zone against this computer's clock, said once at start: a zone
    that cannot be named stops the command (exit 2); a mismatch is a warning line."""
    try:
        check = clock.check_zone()
    except clock.ZoneUnknown as error:
        sys.stderr.write(f"mscprep: time zone: {error}\n")
        return False
    if not check.matches:
        sys.stderr.write(f"mscprep: WARNING: {check.message()}\n")
    return True


def _unusable_argument(argv: list[str]) -> str | None:
    """A NUL byte or bytes that are not UTF-8 (decoded by Python as lone surrogates) in an
    argument: one line saying which, never a traceback further on."""
    for number, argument in enumerate(argv, 1):
        if "\x00" in argument:
            return f"argument {number} contains a NUL byte; nothing was done"
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
            return f"argument {number} ({one_line(shown)[:60]}) is not UTF-8 text; nothing was done"
    return None
# --- quality report and audit-trail review (issue 27) -----------------------------------------

def _add_report_parsers(commands, records_actions) -> None:
    report = commands.add_parser("report", help="the quality report of a period (PDF, and CSV with --csv)")
    report.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD (UTC)")
    report.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD (UTC), inclusive")
    report.add_argument("-o", "--output", required=True, help="PDF file to write")
    report.add_argument("--csv", metavar="DIR", help="also write the figures as CSV files into this folder")
    report.add_argument("--verify", choices=("full", "period"), default="full",
                        help="integrity check on the first page: full (audit verify, default) or period (the chain "
                        "since the period's first entry and its preparations' rows: quick on a large store)")
    report.add_argument("--language", default="en", help="report language: en, ja, zh")
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.add_argument("--db", help=DB_HELP)
    review = records_actions.add_parser("review", help="the audit-trail review of one record, in time order")
    review.add_argument("record_id", metavar="RECORD_ID")
    review.add_argument("-o", "--output", help="PDF file to write (without it: the events as text)")
    review.add_argument("--language", default="en", help="language of the PDF: en, ja, zh")
    review.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    review.add_argument("--db", help=DB_HELP)


def cmd_report(args) -> int:
    """Exit 0: written, audit trail intact; 1: written, but the audit trail has problems
    (the report's first page lists them); 2: input error, nothing written."""
    from .reports.pdf import quality_pdf
    from .reports.quality import collect, period
    from .reports.tables import csv_files
    from .reports.text import words
    chosen = period(args.date_from, args.date_to)
    words(args.language)        # an unknown language is an input error before any work
    store = _open_store(args)
    try:
        report = collect(store, chosen, verify=args.verify)
    finally:
        store.close()
    files = [("--output", args.output, quality_pdf(report, args.language, args.paper))]
    if args.csv:
        folder = Path(args.csv)
        if folder.exists() and not folder.is_dir():
            raise InputError("csv", f"{quoted(args.csv)} is a file, not a folder")
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise InputError("csv", f"cannot make the folder {quoted(args.csv)}: {error.strerror}") from None
        files += [("--csv", str(folder / name), data) for name, data in csv_files(report).items()]
    problem = write_all(files)
    if problem:
        sys.stderr.write(f"mscprep: {problem}\n")
        return EXIT_INPUT
    print(f"quality report {chosen.start} to {chosen.last.isoformat()}: {len(report.preparations)} preparation(s); "
          f"written to {args.output}" + (f" and {len(files) - 1} CSV file(s) in {args.csv}" if args.csv else ""))
    if not report.integrity.intact:
        for problem in report.integrity.problems:
            print(f"AUDIT PROBLEM: {problem}")
        return 1
    return EXIT_OK


def _review(store, args) -> int:
    from .reports.review import review
    from .reports.text import words
    words(args.language)
    _record(store, args.record_id)
    found = review(store, args.record_id)
    if args.output:
        from .reports.pdf import review_pdf
        problem = write_all([("--output", args.output, review_pdf(found, args.language, args.paper))])
        if problem:
            sys.stderr.write(f"mscprep: {problem}\n")
            return EXIT_INPUT
        print(f"audit-trail review of {visible(found.record_id)}: {len(found.events)} event(s) written to "
              f"{args.output}")
    else:
        from .reports.pdf import when
        for event in found.events:
            line = (f"{when(event.at_utc)}  #{event.seq}  {visible(event.operator)}  {event.action}  "
                    f"{visible(event.what)}")
            if event.old_value is not None or event.new_value is not None:
                line += f"  {visible(event.old_value or '')} -> {visible(event.new_value or '')}"
            if event.reason:
                line += f"  because: {visible(event.reason)}"
            if event.row_intact is False:
                line += "  [ROW ALTERED OR MISSING]"
            print(line)
        print(f"{len(found.events)} event(s); status now: {found.status}; "
              + ("every row matches its audit entry" if found.rows_intact else "ROWS ALTERED OR MISSING"))
    return EXIT_OK if found.rows_intact else 1


def main(argv: list[str] | None = None) -> int:
    problem = _unusable_argument(sys.argv[1:] if argv is None else argv)
    if problem:
        sys.stderr.write(f"mscprep: {problem}\n")
        return EXIT_INPUT
    from .defaults import DefaultsError
    try:
        args = build_parser(_command_of(argv)).parse_args(argv)
    except DefaultsError as error:       # the parser's help reads the defaults
        sys.stderr.write(f"mscprep: {one_line(str(error))}\n")
        return 1
    from .cli_devices import DEVICE_COMMANDS     # issue 25: scan, balance
    handler = {"plan": cmd_plan, "sheet": cmd_sheet, "label": cmd_label, "protocols": cmd_protocols,
               "selftest": cmd_selftest, "audit": cmd_audit, "records": cmd_records,
               "support": cmd_support, **DEVICE_COMMANDS, "report": cmd_report,
               "people": lambda parsed: cmd_people(parsed, _open_store)}[args.command]
    try:
        if not _site_clock():
            return EXIT_INPUT
    except DefaultsError as error:       # the site's zone is read from the defaults
        sys.stderr.write(f"mscprep: {one_line(str(error))}\n")
        return 1
    try:
        return handler(args)
    except InputError as error:
        return _input_error(error)
    except DefaultsError as error:  # an installation fault: resources/defaults.toml
        sys.stderr.write(f"mscprep: {one_line(str(error))}\n")
        return 1
    except StoreError as error:     # the database, whichever command opened it
        sys.stderr.write(f"mscprep: --db: {error}\n")
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
