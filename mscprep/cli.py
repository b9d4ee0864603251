"""Command line: plan, sheet, protocols, selftest (see CONTRACT.md).

Exit status: 0 plan computed, no hard finding; 2 input error (one line on stderr naming
the flag, nothing on stdout); 3 plan computed but blocked by a hard finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, clock
from .errors import InputError
from .form.fields import FIELDS
from .records.errors import StoreError

EXIT_OK, EXIT_INPUT, EXIT_BLOCKED = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2, as the contract asks."""

    def error(self, message: str):
        self.exit(EXIT_INPUT, f"{self.prog}: {message}\n")


def _add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--protocol", help="protocol id (see `mscprep protocols`)")
    for spec in FIELDS:
        # argparse formats help with %: a literal one (92%) must be written %%.
        parser.add_argument(spec.flag, dest=spec.key, metavar="TEXT" if not spec.choices else "|".join(spec.choices),
                            help=f"{spec.label}: {spec.help} (e.g. {spec.example})".replace("%", "%%"))
    parser.add_argument("--override", action="append", default=[], metavar="CODE=REASON",
                        help="typed reason for a soft finding (repeatable)")
    parser.add_argument("--now", help="evaluate the plan at this ISO 8601 time instead of now")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mscprep", description="Preparation calculator for IV MSC infusions.")
    parser.add_argument("--version", action="version", version=f"mscprep {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    plan = commands.add_parser("plan", help="compute a preparation plan")
    _add_plan_arguments(plan)
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--save", action="store_true", help="save the plan as a record (needs --operator)")
    plan.add_argument("--operator", help="name and initials of the person saving")
    plan.add_argument("--db", help="record database (default: the user's data folder)")
    sheet = commands.add_parser("sheet", help="write the preparation sheet and bag label (PDF)")
    _add_plan_arguments(sheet)
    sheet.add_argument("-o", "--output", required=True, help="PDF file to write")
    sheet.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    sheet.add_argument("--language", default="en", help="sheet language: en, ja, zh")
    sheet.add_argument("--pharmacy-sheet", help="blinded trials: also write the unblinded pharmacy copy here")
    protocols = commands.add_parser("protocols", help="list the shipped protocols")
    protocols.add_argument("--json", action="store_true")
    commands.add_parser("selftest", help="run the shipped reference calculations")
    audit = commands.add_parser("audit", help="check the audit trail")
    audit.add_argument("action", choices=("verify",))
    audit.add_argument("--db", help="record database (default: the user's data folder)")
    records = commands.add_parser("records", help="search the saved records")
    records.add_argument("action", choices=("search",))
    for name in ("patient-id", "din", "operator"):
        records.add_argument(f"--{name}", default="")
    records.add_argument("--from", dest="date_from", default="", help="YYYY-MM-DD (UTC)")
    records.add_argument("--to", dest="date_to", default="", help="YYYY-MM-DD (UTC), inclusive")
    records.add_argument("--csv", help="write the results to this CSV file")
    records.add_argument("--db", help="record database (default: the user's data folder)")
    return parser


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


def compute_from_args(args: argparse.Namespace):
    """The preparation for parsed arguments; InputError names the field."""
    from .form.parse import parse_datetime
    from .preparation.build import prepare
    now = parse_datetime(args.now, "now") if args.now else clock.now()
    return prepare(_raw_fields(args), now=now, reasons=_reasons(args))


def _input_error(error: InputError) -> int:
    sys.stderr.write(f"mscprep: {_flag(error.field)}: {error.message}\n")
    return EXIT_INPUT


def cmd_plan(args) -> int:
    from .preparation.release import release
    try:
        preparation = compute_from_args(args)
    except InputError as error:
        return _input_error(error)
    record_id = None
    if args.save:
        try:
            record_id = _save(preparation, args)
        except InputError as error:
            return _input_error(error)
        except StoreError as error:
            sys.stderr.write(f"mscprep: --db: {error}\n")
            return EXIT_INPUT
    if args.json:
        data = preparation.to_dict()
        if record_id:
            data["record_id"] = record_id
        print(json.dumps(data, ensure_ascii=False, indent=1))
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
    return "OK - no hard finding"


def text_table(preparation) -> str:
    """The preparation as the command line prints it: rows, line, findings, status."""
    from .preparation.release import release
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
    lines += ["", f"Status: {status_text(release(preparation.findings))}"]
    return "\n".join(lines)


def _save(preparation, args) -> str:
    from .records.store import RecordStore
    if not args.operator:
        raise InputError("operator", "is required with --save (name and initials)")
    store = RecordStore(args.db)
    try:
        return store.save(preparation, args.operator).record_id
    finally:
        store.close()


def _open_store(args):
    """The record database named by --db (or the default), or None after saying why not."""
    from .records.store import RecordStore
    try:
        return RecordStore(args.db)
    except StoreError as error:
        sys.stderr.write(f"mscprep: --db: {error}\n")
        return None


def cmd_audit(args) -> int:
    store = _open_store(args)
    if store is None:
        return EXIT_INPUT
    report = store.verify_audit()
    store.close()
    if report.intact:
        print(f"audit trail intact: {report.entries} entries, every record unchanged")
        return EXIT_OK
    for problem in report.problems:
        print(f"AUDIT PROBLEM: {problem}")
    return 1


def cmd_records(args) -> int:
    store = _open_store(args)
    if store is None:
        return EXIT_INPUT
    found = store.search(patient_id=args.patient_id, din=args.din, operator=args.operator,
                         date_from=args.date_from, date_to=args.date_to)
    for record in found:
        state = ("BLOCKED" if record.blocked else f"verified by {record.verified_by}" if record.verified_by
                 else "not verified")
        print(f"{record.record_id} v{record.version}  {record.created_local}  {record.operator:<16} "
              f"{record.patient_id:<14} {record.din:<14} {record.protocol_id:<18} {state}")
    if args.csv:
        try:
            store.export_csv(found, args.csv)
        except OSError as error:
            sys.stderr.write(f"mscprep: --csv: cannot write {args.csv}: {error.strerror}\n")
            return EXIT_INPUT
    store.close()
    print(f"{len(found)} record(s)")
    return EXIT_OK


def cmd_sheet(args) -> int:
    from .preparation.export import require_audience
    from .preparation.release import release
    try:
        preparation = compute_from_args(args)
        if args.pharmacy_sheet:
            require_audience(preparation, "pharmacy")
            if Path(args.pharmacy_sheet).resolve() == Path(args.output).resolve():
                # the unblinded copy would overwrite the ward's sheet
                raise InputError("pharmacy_sheet", "must be another file than --output")
    except InputError as error:
        return _input_error(error)
    from .printing.fonts import PrintingError
    from .printing.sheet import write_sheet
    options = {"paper": args.paper, "language": args.language}
    try:
        outputs = [(args.output, write_sheet(preparation, None, **options))]
        if args.pharmacy_sheet:
            outputs.append((args.pharmacy_sheet, write_sheet(preparation, None, audience="pharmacy", **options)))
    except InputError as error:
        return _input_error(error)
    except PrintingError as error:
        sys.stderr.write(f"mscprep: sheet: {error}\n")
        return 1
    written: list[Path] = []
    for flag, (path, data) in zip(("--output", "--pharmacy-sheet"), outputs):
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            for done in written:   # all or nothing: no half set of sheets
                done.unlink(missing_ok=True)
            sys.stderr.write(f"mscprep: {flag}: cannot write {path}: {error.strerror}\n")
            return EXIT_INPUT
        written.append(Path(path))
    return EXIT_BLOCKED if release(preparation.findings).blocked else EXIT_OK


def cmd_protocols(args) -> int:
    from .protocol.loader import shipped_protocols
    shipped = shipped_protocols()
    if args.json:
        print(json.dumps({
            "protocols": [{"id": p.id, "name": p.name, "version": p.version, "route": p.route,
                           "source_tissue": p.source_tissue, "donor": p.donor, "indication": p.indication,
                           "url": p.url or None, "reference": p.reference, "file": p.path.name if p.path else None}
                          for p in shipped.protocols.values()],
            "problems": [{"file": e.path.name, "message": e.message} for e in shipped.problems]},
            ensure_ascii=False, indent=1))
    else:
        for p in shipped.protocols.values():
            print(f"{p.id}\n  {p.name} (version {p.version})\n  source: {p.reference}\n")
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"plan": cmd_plan, "sheet": cmd_sheet, "protocols": cmd_protocols,
               "selftest": cmd_selftest, "audit": cmd_audit, "records": cmd_records}[args.command]
    try:
        return handler(args)
    except InputError as error:
        return _input_error(error)
    except BrokenPipeError:
        return EXIT_OK
