"""Issue 26: the command line builds only the parser of the command being run; what it
reads from any command line is what the whole parser reads."""

import pytest

from mscprep.cli import _command_of, build_parser

LINES = [
    ["plan", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--json", "--override", "a=because"],
    ["plan", "--protocol", "temcell", "--weight", "60 kg"],
    ["sheet", "--weight", "70 kg", "-o", "x.pdf", "--language", "ja"],
    ["label", "--zpl", "-o", "x.zpl", "--dpi", "300"],
    ["records", "check", "R-1", "--checker", "K. Tanaka (KT)", "--weight", "70 kg"],
    ["records", "weigh", "R-1", "--tare", "21.4 g", "--gross", "71.9 g"],
    ["audit", "verify", "--db", "x.sqlite3"],
    ["people", "enroll", "Mika Sato (MS)", "--role", "technician"],
    ["balance", "read", "tcp://localhost:1?protocol=sbi"],
    ["scan", "=G12341765432170"],
    ["report", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "r.pdf"],
    ["protocols", "--json"],
    ["selftest"],
]


@pytest.mark.parametrize("argv", LINES, ids=[" ".join(line[:2]) for line in LINES])
def test_the_command_s_own_parser_reads_what_the_whole_parser_reads(argv):
    assert _command_of(argv) == argv[0]
    assert vars(build_parser(_command_of(argv)).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_every_command_is_listed_whichever_is_built():
    def commands(parser):
        return set(next(action for action in parser._actions if action.dest == "command").choices)
    assert commands(build_parser("plan")) == commands(build_parser()) >= {"plan", "sheet", "records", "report"}
    assert _command_of(["--version"]) is None and _command_of([]) is None


def test_a_mistyped_command_is_refused_as_before():
    with pytest.raises(SystemExit) as exited:
        build_parser(_command_of(["plna", "--weight", "70 kg"])).parse_args(["plna", "--weight", "70 kg"])
    assert exited.value.code == 2
