"""Hostile command lines and protocol files never crash the program (fixed seed, small
budget; tools/fuzz.py is the long run). A failure shows the shrunk example and why."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings

from fuzz_inputs import command_lines, make_lists, protocol_files, run_cli
from fuzz_protocols import judge_protocol_file

def budget(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    work = tmp_path_factory.mktemp("fuzz")
    make_lists(work / "lists")
    (work / "out").mkdir()
    return work / "lists", work / "out"


def _keeps_its_promises(argv, places):
    outcome = run_cli(argv, *places)
    assert outcome.problem is None, f"{outcome.argv}\n{outcome.problem}"


@seed(15)
@budget(400)
@given(argv=command_lines(sheets=False))
def test_hostile_command_lines_get_a_value_or_a_one_line_message(argv, places):
    _keeps_its_promises(argv, places)


@seed(16)
@budget(25)
@given(argv=command_lines(sheets=True).filter(lambda argv: argv[:1] == ["sheet"]))
def test_hostile_sheet_commands_write_all_files_or_none(argv, places):
    _keeps_its_promises(argv, places)


@seed(17)
@budget(150)
@given(file=protocol_files())
def test_hostile_protocol_files_are_listed_and_left_out(file, tmp_path_factory):
    problem, cause = judge_protocol_file(Path(tmp_path_factory.getbasetemp()) / "fuzz-protocols", *file)
    assert problem is None, f"{cause}\n{problem}"


def test_the_judge_does_catch_a_traceback(places, monkeypatch):
    """The fuzz test would pass on anything if the judge missed a crash."""
    from mscprep import cli
    monkeypatch.setattr(cli, "cmd_plan", lambda args: 1 / 0)
    outcome = run_cli(["plan", "--weight", "70 kg"], *places)
    assert outcome.status == "traceback" and outcome.cause.startswith("ZeroDivisionError")


def test_the_judge_does_catch_a_two_line_message_and_nan_in_json(places, monkeypatch):
    from mscprep import cli

    def two_lines(args):
        cli.sys.stderr.write("mscprep: --weight: first\nsecond\n")
        return 2

    monkeypatch.setattr(cli, "cmd_plan", two_lines)
    assert "not one line" in run_cli(["plan"], *places).problem
    monkeypatch.setattr(cli, "cmd_plan", lambda args: print('{"dose": NaN}') or 0)
    assert "NaN" in run_cli(["plan", "--json"], *places).problem
