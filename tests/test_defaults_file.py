"""A broken resources/defaults.toml is one line naming the file and the key, from every
command (selftest included), never a traceback; it is checked with the protocol files'
schema machinery (mscprep/defaults_schema.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT

from mscprep import defaults
from mscprep.resources import resource_path

ORIGINAL = resource_path("defaults.toml").read_text(encoding="utf-8")

# (what is changed: (old text, new text)), the key the message must name
VARIANTS = [
    (('clock_skew = "1 min"', 'clock_skew = "5 kelvin"'), "clock_skew"),
    (('clock_skew = "1 min"', 'clock_skew = 5'), "clock_skew"),
    (('clock_skew = "1 min"\n', ''), "clock_skew"),
    (('clock_skew = "1 min"', 'clock_skew = "soon"'), "clock_skew"),
    (('dmso_density = "1.10 g/mL"', 'dmso_density = "1.10 g"'), "dmso_density"),
    (('dmso_density = "1.10 g/mL"', 'dmso_density = "-1 g/mL"'), "dmso_density"),
    (('drop_factor = "20 drop/mL"\n', ''), "drop_factor"),
    (('drop_factors = ["10 drop/mL", "15 drop/mL", "20 drop/mL", "60 drop/mL"]', 'drop_factors = "20 drop/mL"'),
     "drop_factors"),
    (('product_density = "1.005 g/mL"\n\n', 'product_density = 1.005\n\n'), "product_density"),
    (('dmso_limit = "1 g/kg"', 'dmso_limit = "1 kelvin"'), "dmso_limit"),
    (('gravimetric_tolerance = "5%"', 'gravimetric_tolerance = 5'), "gravimetric_tolerance"),
    (('min_viability = "70%"', 'min_viability = "seventy"'), "min_viability"),
    (('max_bags = "10"', 'max_bags = "ten"'), "max_bags"),
    (('weight = ["0.3 kg", "400 kg"]', 'weight = ["0.3 kg"]'), "weight"),
    (('weight = ["0.3 kg", "400 kg"]', 'weight = ["400 kg", "0.3 kg"]'), "weight"),
    (('weight = ["0.3 kg", "400 kg"]', 'weight = ["0.3 kg", "400 mL"]'), "weight"),
    (('hemocytometer_squares = 50', 'hemocytometer_squares = "50"'), "hemocytometer_squares"),
    (('hemocytometer_min_squares = 4', 'hemocytometer_min_squares = true'), "hemocytometer_min_squares"),
    (('dates = ["2000-01-01T00:00:00+00:00", "2099-12-31T23:59:59+00:00"]', 'dates = ["2000", "yesterday"]'),
     "dates"),
    (('other = { label = "other / not stated", high_tissue_factor = false }', ''), "other"),
    (('adipose = { label = "adipose tissue", high_tissue_factor = true, isbt_class = "MSC(AT)" }',
      'adipose = { label = "adipose tissue", high_tissue_factor = "yes", isbt_class = "MSC(AT)" }'), "high_tissue_factor"),
    (('adipose = { rate_ceiling = "5 mL/min", max_cell_rate = "2.5e5 cell/kg/min" }',
      'adipose = { rate_ceiling = "5 mL", max_cell_rate = "2.5e5 cell/kg/min" }'), "rate_ceiling"),
    (('{ size = "1 mL", graduation = "0.01 mL", dead_space = "0.07 mL" },', '{ size = "1 mL" },'), "graduation"),
    (('saline = { label = "0.9% sodium chloride", albumin = false }', 'saline = { label = "0.9% sodium chloride" }'),
     "albumin"),
    (('every = "15 min"', 'every = "15"'), "every"),
    (('after_end = ["15 min", "30 min", "60 min"]', 'after_end = []'), "after_end"),
    (('[intended_use]\ntext = ', '[intended_use]\nwords = '), "text"),
    (('[storage]\nlabel = ', '[storage]\nlabel = 3\nx = '), "label"),
    (('schema = 1', 'schema = 2'), "schema"),
    (('[records]\nclock_skew', '[records]\nsurprise = 1\nclock_skew'), "surprise"),
    (('dmso_limit = "1 g/kg"', 'dmso_limit = "1 g/kg"\nno_such_limit = "1 mL"'), "no_such_limit"),
    (('schema = 1', 'schema = 1\n[broken'), "defaults.toml"),
]


@pytest.fixture
def broken(tmp_path, monkeypatch):
    def make(old: str, new: str):
        resources = tmp_path / "res"
        if not resources.exists():
            shutil.copytree(resource_path(), resources)
        assert old in ORIGINAL, old
        (resources / "defaults.toml").write_text(ORIGINAL.replace(old, new, 1), encoding="utf-8")
        monkeypatch.setenv("MSCPREP_RESOURCES", str(resources))
        defaults.app_defaults.cache_clear()
        return resources
    yield make
    defaults.app_defaults.cache_clear()


@pytest.mark.parametrize("change,key", VARIANTS, ids=[key + str(n) for n, (_c, key) in enumerate(VARIANTS)])
def test_a_broken_defaults_file_is_one_message_naming_the_file_and_the_key(broken, change, key):
    broken(*change)
    with pytest.raises(defaults.DefaultsError) as raised:
        defaults.app_defaults()
    message = str(raised.value)
    assert "defaults.toml" in message and re.search(rf"\b{re.escape(key)}\b", message), message
    assert "\n" not in message


@pytest.mark.parametrize("command", [("selftest",), ("protocols",), ("plan", "--weight", "70 kg", "--dose",
                                     "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
                                     "--duration", "30 min"), ("protocols", "--json")])
def test_every_command_says_it_in_one_line(broken, command):
    resources = broken('clock_skew = "1 min"', 'clock_skew = "5 kelvin"')
    result = subprocess.run([sys.executable, "-m", "mscprep", *command], capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, MSCPREP_RESOURCES=str(resources)), timeout=120)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "defaults.toml" in result.stderr and "clock_skew" in result.stderr and "kelvin" in result.stderr


def test_the_shipped_defaults_pass_their_schema():
    defaults.app_defaults.cache_clear()
    assert defaults.app_defaults().record_clock_skew.m_as("min") == 1


def test_the_window_selftest_says_it_in_one_line(broken):
    resources = broken('clock_skew = "1 min"', 'clock_skew = "5 kelvin"')
    result = subprocess.run([sys.executable, "main.py", "--selftest"], capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, MSCPREP_RESOURCES=str(resources), QT_QPA_PLATFORM="offscreen"),
                            timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "defaults.toml" in result.stderr and "clock_skew" in result.stderr
