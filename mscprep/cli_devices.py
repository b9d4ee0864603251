"""Command line for issue 25: `mscprep scan TEXT` and `mscprep balance read URL`.

Exit 0 with one JSON object on stdout; exit 2 with one line on stderr (nothing on stdout)
for a scan that is not valid or a balance that gives no stable reading.
"""

from __future__ import annotations

import json
import sys

EXIT_OK, EXIT_INPUT = 0, 2


def add_device_commands(commands) -> None:
    scan = commands.add_parser("scan", help="read an ISBT 128 scan: what it is and its fields (JSON)")
    scan.add_argument("text", metavar="TEXT", help="what the scanner typed, e.g. '=G12341765432170'")
    balance = commands.add_parser("balance", help="laboratory balances (MT-SICS, Sartorius SBI)")
    actions = balance.add_subparsers(dest="action", required=True, parser_class=type(balance))
    read = actions.add_parser("read", help="one stable reading as JSON")
    read.add_argument("url", metavar="URL", help="serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600 or "
                      "tcp://HOST:PORT?protocol=sbi")
    read.add_argument("--timeout", type=float, default=None,
                      help="seconds to wait for a stable reading (default: the site's, defaults.toml [balance])")


def cmd_scan(args) -> int:
    from .scan import ScanError, read
    try:
        result = read(args.text)
    except ScanError as error:
        sys.stderr.write(f"mscprep: scan: {error.message}\n")
        return EXIT_INPUT
    print(json.dumps(result.as_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_balance(args) -> int:
    from .devices import BalanceError, open_balance
    try:
        with open_balance(args.url) as balance:
            reading = balance.read_stable(timeout=args.timeout)
    except BalanceError as error:
        sys.stderr.write(f"mscprep: balance: {error}\n")
        return EXIT_INPUT
    print(json.dumps(reading.as_json(), ensure_ascii=False))
    return EXIT_OK


DEVICE_COMMANDS = {"scan": cmd_scan, "balance": cmd_balance}


# --- records weigh --balance ----------------------------------------------------------------

def _ask(prompt: str) -> None:
    """Wait for the person: Enter on the terminal."""
    sys.stderr.write(prompt + " ")
    sys.stderr.flush()
    answered = sys.stdin.readline()
    if not sys.stdin.isatty():
        sys.stderr.write("\n")         # the Enter a terminal would have echoed
    if answered == "":
        from .errors import InputError
        raise InputError("balance", "the terminal closed before the reading was asked for; nothing recorded")


def weigh_from_balance(record, args):
    """Tare and gross read from the balance at --balance, asking on the terminal when to
    read each; InputError (field "balance") for a balance that cannot be read or is too
    coarse: nothing is recorded then."""
    from .devices import BalanceError, open_balance
    from .devices.weighing import check_balance, weigh_readings
    from .errors import InputError
    from .records.reopen import preparation_of
    preparation = preparation_of(record, None, args.randomisation_list)
    from .devices.weighing import weighed_words
    what = weighed_words(preparation)
    try:
        with open_balance(args.balance) as balance:
            model, serial = balance.identity()
            sys.stderr.write(f"balance: {model or 'model not stated'} s/n {serial or 'not stated'} at {balance.url}\n")
            _ask(f"Put the empty {what} on the balance, then press Enter to read the tare.")
            tare = balance.read_stable(timeout=args.timeout)
            check_balance(preparation, tare, args.tolerance)
            sys.stderr.write(f"tare {tare.mass.m_as('g'):g} g (read: {tare.raw.strip()!r})\n")
            _ask(f"Put the filled {what} on the balance, then press Enter to read the filled mass.")
            gross = balance.read_stable(timeout=args.timeout)
            sys.stderr.write(f"filled {gross.mass.m_as('g'):g} g (read: {gross.raw.strip()!r})\n")
    except BalanceError as error:
        raise InputError("balance", f"{error}; nothing recorded") from None
    return weigh_readings(preparation, tare, gross, args.tolerance)


def weigh_typed_source(args) -> str:
    """Typed tare and gross: only where the site allows it, and marked so."""
    from .devices.weighing import TYPED, refuse_typing, typed_weights_allowed
    from .errors import InputError
    if not typed_weights_allowed():
        refuse_typing()
    if not args.tare or not args.gross:
        raise InputError("tare" if not args.tare else "gross", "give --balance URL to read the masses, or (where the "
                         "site allows typing) both --tare and --gross")
    return TYPED
