"""Issue 26: the defaults' schema check is skipped only for the exact bytes that passed it
before under the same checking code (mscprep/checked.py); anything else is checked."""

import os
import shutil

import pytest

from mscprep import checked, defaults
from mscprep.resources import resource_path

ORIGINAL = resource_path("defaults.toml").read_bytes()


@pytest.fixture
def own(tmp_path, monkeypatch):
    """Resources and a cache folder of the test's own."""
    resources = tmp_path / "res"
    shutil.copytree(resource_path(), resources)
    monkeypatch.setenv("MSCPREP_RESOURCES", str(resources))
    monkeypatch.setenv(checked.CACHE_VARIABLE, str(tmp_path / "cache"))
    defaults.app_defaults.cache_clear()
    yield resources, tmp_path / "cache" / "checked"
    defaults.app_defaults.cache_clear()


def checks_run(monkeypatch) -> list:
    import mscprep.defaults_schema as schema
    runs = []
    original = schema.check_defaults
    monkeypatch.setattr(schema, "check_defaults", lambda table: (runs.append(1), original(table))[1])
    return runs


def test_unchanged_bytes_are_checked_once(own, monkeypatch):
    _, notes = own
    runs = checks_run(monkeypatch)
    first = defaults.app_defaults()
    assert runs == [1] and len(os.listdir(notes)) == 1
    defaults.app_defaults.cache_clear()
    again = defaults.app_defaults()
    assert runs == [1]                                   # the same bytes: not checked again
    assert again == first                                 # and read from the file all the same


def test_a_changed_file_is_checked_even_after_the_good_one_passed(own, monkeypatch):
    resources, _ = own
    defaults.app_defaults()                               # the shipped bytes pass and are noted
    (resources / "defaults.toml").write_bytes(ORIGINAL.replace(b'clock_skew = "1 min"', b'clock_skew = "5 kelvin"'))
    defaults.app_defaults.cache_clear()
    with pytest.raises(defaults.DefaultsError, match="clock_skew"):
        defaults.app_defaults()
    with pytest.raises(defaults.DefaultsError, match="clock_skew"):   # a failure is never noted
        defaults.app_defaults.cache_clear() or defaults.app_defaults()


def test_a_changed_value_that_passes_is_read_as_it_is_now(own):
    resources, _ = own
    assert defaults.app_defaults().record_clock_skew.m_as("min") == 1
    (resources / "defaults.toml").write_bytes(ORIGINAL.replace(b'clock_skew = "1 min"', b'clock_skew = "2 min"'))
    defaults.app_defaults.cache_clear()
    assert defaults.app_defaults().record_clock_skew.m_as("min") == 2


def test_the_note_depends_on_every_byte_and_on_the_checking_code(own, monkeypatch):
    name = checked.note_name("defaults", ORIGINAL)
    assert name != checked.note_name("defaults", ORIGINAL + b" ")
    assert name != checked.note_name("defaults", ORIGINAL.replace(b"1", b"2", 1))
    checked._code_digest.cache_clear()
    monkeypatch.setattr(checked, "_DEFAULTS_CODE", checked._DEFAULTS_CODE[:-1])
    try:
        assert checked.note_name("defaults", ORIGINAL) != name
    finally:
        checked._code_digest.cache_clear()


def test_a_damaged_or_unwritable_cache_only_means_the_check_runs(own, monkeypatch):
    _, notes = own
    notes.parent.mkdir(parents=True)
    notes.write_text("not a folder")                      # a file where the folder should be
    runs = checks_run(monkeypatch)
    for _ in range(2):
        defaults.app_defaults.cache_clear()
        assert defaults.app_defaults().record_clock_skew.m_as("min") == 1
    assert runs == [1, 1]
    notes.unlink()
    notes.mkdir()
    (notes / ("0" * 64)).write_text("garbage")           # notes of other contents change nothing
    defaults.app_defaults.cache_clear()
    defaults.app_defaults()
    assert runs == [1, 1, 1]
