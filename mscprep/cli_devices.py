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
