"""Command line acts on a saved record that are signed like the window's (issue 22):

- `mscprep sheet --record ID --db DB -o FILE.pdf --badge CODE`: the record's sheet, its print
  logged and signed "printed" (a second print of the version is a REPRINT, stamped so with
  the audit head that includes it); when the release rule lets its label print, the PDF
  carries the label page and that print is logged and signed "released", as the window's
  Save as PDF does.
- `mscprep label --record ID --db DB --zpl -o FILE --badge CODE`: the record's label as ZPL,
  logged and signed "released"; refused (exit 3, nothing logged) when the release rule
  allows no label.
- `mscprep records change ID --reason TEXT [plan flags] --badge CODE`: the next version of the
  record with the flags changed, signed "changed". A double check (and a weighing) binds the
  version it was made on: the new version is not verified, and the command says so.

Who acts is proven first (`cli_people.acting`: badge + PIN, or --operator only in a store
nobody is enrolled in): a wrong, locked or revoked badge or a wrong PIN is exit 2 with one
line, and nothing is written or recorded (but the wrong PIN itself). A print is built in
memory, then logged, then written atomically (`cli.write_all`); a print that cannot be
logged writes nothing, and a file that then cannot be written is logged as a cancelled print.
"""

from __future__ import annotations

import argparse
import sys

from .cli_people import acting, add_badge_argument
from .errors import InputError, one_line, quoted

EXIT_OK, EXIT_INPUT, EXIT_BLOCKED = 0, 2, 3
RECORD_HELP = ("print this saved record (from --db) and log the print, signed with --badge (--operator only in a "
               "store nobody is enrolled in); the record's own figures are printed, so no plan flags")
# what a print of a saved record leaves out: the figures are the record's
_PLAN_ONLY = ("protocol", "override", "now", "pharmacy_sheet")


def add_record_print_arguments(parser: argparse.ArgumentParser) -> None:
    """--record, --operator and --badge for `sheet` and `label`."""
    parser.add_argument("--record", metavar="RECORD_ID", help=RECORD_HELP)
    parser.add_argument("--operator", help="with --record, where nobody is enrolled: name and initials of the person "
                        "printing")
    add_badge_argument(parser)


def add_change_parser(actions, add_plan_arguments, db_help: str) -> None:
    change = actions.add_parser("change", help="a new version of a saved record with changed inputs (signed "
                                "\"changed\"; its earlier double check does not carry over)")
    change.add_argument("record_id", metavar="RECORD_ID")
    change.add_argument("--reason", required=True, help="why the record is changed (required; kept in the audit trail)")
    change.add_argument("--operator", help="name and initials of the person changing it (only where nobody is "
                        "enrolled)")
    add_badge_argument(change)
    add_plan_arguments(change)    # only the flags given change; an empty value ('') removes an entry
    change.add_argument("--db", help=db_help)


def refuse_signing_without_record(args) -> None:
    """`sheet`/`label` computed from flags log nothing, so nothing there is signed."""
    for flag in ("badge", "operator"):
        if getattr(args, flag, None):
            raise InputError(flag, "signs the print of a saved record: give --record RECORD_ID --db DB (a sheet or "
                             "label computed from flags is not a print of a record and logs nothing)")


def _refuse_plan_flags(args) -> None:
    from .form.fields import FIELDS
    for key in (*(spec.key for spec in FIELDS), *_PLAN_ONLY):
        value = getattr(args, key, None)
        if value:
            raise InputError(key, "does not apply with --record: a saved record prints its own figures (change them "
                             "with `mscprep records change`)")


def _saved_record(store, record_id: str):
    record = store.latest(record_id)
    if record is None:
        raise InputError("record", f"there is no record {quoted(record_id)} in this record store")
    return record


def _cancelled(store, record, operator, signer, what: str, why: str) -> None:
    from .records.errors import StoreError
    try:
        store.record_print_cancelled(record, operator, what, why, signer=signer)
    except StoreError as error:
        sys.stderr.write(f"mscprep: the print was logged but the file was not written, and the cancellation could "
                         f"not be logged: {one_line(str(error))}\n")


def sheet_of_record(args, open_store, write_all) -> int:
    """The saved record's sheet (and label page, when the release rule allows it), logged and signed."""
    from . import clock
    from .documents.status import as_of, document_release
    from .printing.fonts import PrintingError
    from .printing.sheet import write_document
    _refuse_plan_flags(args)
    store = open_store(args)
    try:
        record = _saved_record(store, args.record)
        operator, signer = acting(store, args, "operator")      # proven before anything is built or logged
        store.prove(record)          # a record that does not match its audit trail is never printed
        document, now = record.document(), clock.now()
        options = {"paper": args.paper, "language": args.language, "now": now}

        def build(reprint: bool) -> bytes:
            return write_document(document, None, record=store.record_state(record), reprint=reprint, **options)
        try:
            build(store.printed_before(record, "sheet"))     # built before logging: a sheet that cannot be built
        except PrintingError as error:                      # logs nothing
            sys.stderr.write(f"mscprep: sheet: {error}\n")
            return 1
        release = document_release(as_of(document, now), store.record_state(record))
        reprint = store.record_print(record, operator, "sheet", signer=signer)
        logged = ["sheet"]
        if document.labels and release.label_allowed:    # the PDF carries the label page: a label print
            store.record_print(record, operator, "label", signer=signer)
            logged.append("label")
        try:
            data = build(reprint)     # the REPRINT stamp and the audit head that includes this print
        except PrintingError as error:
            for what in logged:
                _cancelled(store, record, operator, signer, what, f"the sheet could not be built ({error})")
            sys.stderr.write(f"mscprep: sheet: {error}\n")
            return 1
        problem = write_all([("--output", args.output, data)])
        if problem:
            for what in logged:
                _cancelled(store, record, operator, signer, what, f"the PDF could not be written ({problem})")
            sys.stderr.write(f"mscprep: {one_line(problem)}\n")
            return EXIT_INPUT
        print(f"{'REPRINT of ' if reprint else ''}record {record.record_id} version {record.version}: sheet"
              f"{' and label' if 'label' in logged else ''} written to {args.output}; print logged, signed by "
              f"{operator}" + ("" if signer else " (UNSIGNED - NO ENROLLED STAFF)"))
        return EXIT_BLOCKED if release.blocked else EXIT_OK
    finally:
        store.close()


def label_of_record(args, open_store, write_all) -> int:
    """The saved record's label as ZPL, logged and signed: "released" for a final label, "printed"
    for a DRAFT one (records/store.record_print, the one rule)."""
    from . import clock
    from .zpl import LabelRefused, UnprintableText, document_zpl
    _refuse_plan_flags(args)
    store = open_store(args)
    try:
        record = _saved_record(store, args.record)
        operator, signer = acting(store, args, "operator")
        store.prove(record)
        document, now = record.document(), clock.now()

        def build(reprint: bool) -> str:
            return document_zpl(document, store.record_state(record), dpi=args.dpi, language=args.language,
                                reprint=reprint, now=now)
        try:
            build(store.printed_before(record, "label"))     # the release rule first: refused, nothing logged
        except UnprintableText as error:
            sys.stderr.write(f"mscprep: label: {error}; nothing was logged\n")
            return EXIT_INPUT
        except LabelRefused as error:
            sys.stderr.write(f"mscprep: label: {error}; nothing was logged\n")
            return EXIT_BLOCKED
        reprint = store.record_print(record, operator, "label", signer=signer)
        data = build(reprint)
        problem = write_all([("--output", args.output, data.encode("utf-8"))])
        if problem:
            _cancelled(store, record, operator, signer, "label", f"the ZPL file could not be written ({problem})")
            sys.stderr.write(f"mscprep: {one_line(problem)}\n")
            return EXIT_INPUT
        print(f"{'REPRINT of ' if reprint else ''}label of record {record.record_id} version {record.version} "
              f"written to {args.output}; print logged, signed "
              + (f"\"released\" by {operator}" if store.label_final(record, now) else
                 f"\"printed\" by {operator} (a DRAFT label: not released)")
              + ("" if signer else " (UNSIGNED - NO ENROLLED STAFF)"))
        return EXIT_OK
    finally:
        store.close()


def change_record(store, args, now_of, text_table) -> int:
    """The next version of a saved record with the flags given changed, signed "changed"."""
    from .form.fields import FIELDS
    from .form.parse import parse_override, parse_reasons, parse_text
    from .preparation.build import prepare
    from .preparation.release import release
    from .records.din_reuse import with_din_reuse
    from .records.dmso_day import earlier_dmso
    from .records.reopen import entered_texts
    record = _saved_record(store, args.record_id)
    operator, signer = acting(store, args, "operator")
    reason = parse_text(args.reason, "reason", max_length=300)
    if len(reason) < 3:
        raise InputError("reason", "is required: say why the record is changed")
    if args.protocol and args.protocol != record.protocol_id:
        raise InputError("protocol", f"the record was prepared under {quoted(record.protocol_id)}; a change keeps "
                         "its protocol (save a new record for another protocol)")
    now = now_of(args, for_record=True)
    texts = entered_texts(record)
    kept = record.inputs.get("prepared_at")     # as the window: a fresh product's use-by counts from there
    if kept and not texts.get("prepared_at") and not texts.get("thawed_at"):
        texts["prepared_at"] = kept
    for spec in FIELDS:
        value = getattr(args, spec.key, None)
        if value is None:
            continue
        if value.strip():
            texts[spec.key] = value
        else:
            texts.pop(spec.key, None)      # --flag '' removes the entry
    texts["prepared_by"] = operator         # as the window: "Prepared by" is whoever saves this version
    reasons = dict(record.reasons)
    reasons.update(parse_reasons(dict(parse_override(text, "overrides") for text in args.override)))
    patient = (texts.get("patient_id") or "").strip()
    preparation = prepare(texts, now=now, reasons=reasons,
                          dmso_earlier=earlier_dmso(store, patient, now, excluding=record.record_id))
    preparation = with_din_reuse(store, preparation, record.record_id)
    inputs = preparation.record_inputs()
    changed = sorted(key for key in set(inputs) | set(record.inputs)
                     if key != "prepared_by" and inputs.get(key) != record.inputs.get(key))
    changed += sorted(f"reason for {code}" for code in set(preparation.reasons) | set(record.reasons)
                      if preparation.reasons.get(code) != record.reasons.get(code))
    if not changed:
        raise InputError("record", f"the flags change nothing in record {record.record_id} version "
                         f"{record.version}; nothing was saved")
    before = store.status(record)
    saved = store.save(preparation, operator, record_id=record.record_id, reason=reason, signer=signer)
    print(text_table(preparation))
    print(f"Saved as record {saved.record_id} version {saved.version} (changed: {', '.join(changed)}), signed "
          f"\"changed\" by {operator}" + ("" if signer else " (UNSIGNED - NO ENROLLED STAFF)"))
    if before.verified_by:
        print(f"Version {record.version} was verified by {before.verified_by}; that double check does not carry "
              f"over: version {saved.version} is NOT VERIFIED and needs its own independent double check (and "
              "weighing) by someone who signed no version of it")
    else:
        print(f"Version {saved.version} is NOT VERIFIED: it needs an independent double check (and weighing) by "
              "someone who signed no version of it")
    return EXIT_BLOCKED if release(preparation.findings).blocked else EXIT_OK
