import json
from datetime import datetime, timedelta

import pytest

from helpers import run_cli

CONTRACT = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
            "--viability", "90%", "--final-volume", "50 mL", "--duration", "30 min"]


def test_plan_json_matches_the_contract_example():
    result = run_cli("plan", *CONTRACT, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = {"dose": (70000000.0, "cell"), "dose_per_kg": (1000000.0, "cell/kg"),
                "total_concentration": (10000000.0, "cell/mL"), "viable_concentration": (9000000.0, "cell/mL"),
                "volume_to_draw": (7.777777777777778, "mL"), "diluent_volume": (42.22222222222222, "mL"),
                "final_volume": (50.0, "mL"), "final_concentration": (1400000.0, "cell/mL"),
                "rate": (1.6666666666666667, "mL/min"), "duration": (30.0, "min"),
                "cell_rate": (33333.333333333336, "cell/kg/min")}
    for key, (value, unit) in expected.items():
        assert data[key]["unit"] == unit
        assert data[key]["value"] == pytest.approx(value, rel=1e-12)
    assert data["viability"] == 0.9
    assert data["dmso"] is None and data["din"] is None
    # issue 21 changes the contract example's `use_by: null`: a fresh product planned without a
    # protocol keeps the site's window (defaults.toml [no_protocol] fresh_stability, 4 h) from
    # the end of preparation (now, when --prepared-at is not given)
    assert data["use_by_from"] == "preparation"
    start, use_by = (datetime.fromisoformat(data[key]) for key in ("use_by_start", "use_by"))
    assert use_by - start == timedelta(hours=4)
    assert data["findings"] == [] and data["blocked"] is False


def test_plan_table_is_readable():
    result = run_cli("plan", *CONTRACT)
    assert result.returncode == 0
    assert "Volume to draw" in result.stdout and "7.778 mL" in result.stdout
    assert "100 mL/h" in result.stdout


def test_input_error_exits_2_with_one_line_naming_the_flag():
    result = run_cli("plan", *CONTRACT[:2], "--dose", "1e6", *CONTRACT[4:])
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mscprep: --dose:") and "no unit" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_flag_exits_2_in_one_line():
    result = run_cli("plan", "--wieght", "70 kg")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_blocked_plan_exits_3_and_still_prints():
    result = run_cli("plan", *CONTRACT, "--available", "5 mL", "--json")
    assert result.returncode == 3
    data = json.loads(result.stdout)
    assert data["blocked"] is True
    assert data["findings"][0]["code"] == "volume_exceeds_available"
    assert data["findings"][0]["severity"] == "hard"


def test_override_flag_records_the_reason():
    result = run_cli("plan", *CONTRACT, "--max-rate", "1 mL/min", "--override", "rate_above_max=slow pump broken",
                     "--json")
    finding = json.loads(result.stdout)["findings"][0]
    assert finding["code"] == "rate_above_max" and finding["override_reason"] == "slow pump broken"


def test_din_is_returned_with_its_check_character():
    result = run_cli("plan", *CONTRACT, "--din", "A999921123456", "--json")
    assert json.loads(result.stdout)["din"] == "A9999211234563"


def test_use_by_in_json():
    result = run_cli("plan", *CONTRACT, "--thawed-at", "2026-11-23T09:00:00+01:00", "--stability", "90 min",
                     "--now", "2026-11-23T09:10:00+01:00", "--json", tz="Europe/Paris")
    assert json.loads(result.stdout)["use_by"] == "2026-11-23T10:30:00+01:00"


def test_use_by_across_the_clock_change_is_on_the_new_offset():
    """Berlin, 25 Oct 2026: 03:00 CEST becomes 02:00 CET. Thawed 01:30+02:00 plus 4 h is 04:30+01:00."""
    result = run_cli("plan", *CONTRACT, "--thawed-at", "2026-10-25T01:30", "--stability", "4 h",
                     "--now", "2026-10-25T01:45", "--json", tz="Europe/Berlin")
    data = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    assert data["use_by"] == "2026-10-25T04:30:00+01:00"
    assert data["latest_start"] == "2026-10-25T04:00:00+01:00"     # 30 min before, on the same clock
    table = run_cli("plan", *CONTRACT, "--thawed-at", "2026-10-25T01:30", "--stability", "4 h",
                    "--now", "2026-10-25T01:45", tz="Europe/Berlin").stdout
    assert "2026-10-25 04:30" in table and "05:30" not in table


def test_a_wall_clock_time_that_happens_twice_or_never_is_refused():
    twice = run_cli("plan", *CONTRACT, "--thawed-at", "2026-10-25T02:30", "--stability", "4 h",
                    "--now", "2026-10-25T04:00", tz="Europe/Berlin")
    assert twice.returncode == 2 and twice.stdout == ""
    assert twice.stderr.startswith("mscprep: --thawed-at: ") and "+02:00 or +01:00" in twice.stderr
    never = run_cli("plan", *CONTRACT, "--thawed-at", "2026-03-29T02:30", "--stability", "4 h",
                    "--now", "2026-03-29T04:00", tz="Europe/Berlin")
    assert never.returncode == 2 and "does not exist" in never.stderr
    explicit = run_cli("plan", *CONTRACT, "--thawed-at", "2026-10-25T02:30+01:00", "--stability", "1 h",
                       "--now", "2026-10-25T02:40+01:00", "--json", tz="Europe/Berlin")
    assert json.loads(explicit.stdout)["use_by"] == "2026-10-25T03:30:00+01:00"


def test_protocols_lists_sources():
    result = run_cli("protocols", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    ids = {p["id"] for p in data["protocols"]}
    assert {"temcell", "ryoncil", "stemirac"} <= ids
    assert all(p["reference"] for p in data["protocols"])


def test_selftest_passes():
    result = run_cli("selftest")
    assert result.returncode == 0, result.stdout
    assert " 0 failed" in result.stdout


def test_selftest_fails_on_a_wrong_reference(tmp_path, monkeypatch):
    import shutil
    from mscprep.resources import resource_dir
    shutil.copytree(resource_dir(), tmp_path / "res")
    cases = tmp_path / "res" / "reference_cases.toml"
    cases.write_text(cases.read_text(encoding="utf-8").replace('volume_to_draw = "18 mL"', 'volume_to_draw = "18.1 mL"'),
                     encoding="utf-8")
    import os
    import subprocess
    import sys
    from helpers import ROOT
    result = subprocess.run([sys.executable, "-m", "mscprep", "selftest"], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "MSCPREP_RESOURCES": str(tmp_path / "res")})
    assert result.returncode == 1
    assert "FAIL  TEMCELL: 60 kg" in result.stdout and "volume_to_draw is 18.0 mL, expected 18.1" in result.stdout
