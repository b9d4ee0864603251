"""Randomisation lists as spreadsheets write them; everything wrong refused with its line."""

import os
import time

import pytest

from mscprep.errors import InputError
from mscprep.randomisation import MAX_LIST_BYTES, read_list


def listing(tmp_path, data, name="list.csv"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize("data, delimiter, encoding", [
    ("code,arm\nUC-017,active\nUC-018,placebo\n", ",", "utf-8"),
    ("code;arm\r\nUC-017;active\r\nUC-018;placebo\r\n", ";", "utf-8"),
    ("code\tarm\nUC-017\tactive\nUC-018\tplacebo\n", "\t", "utf-8"),
    ("\ufeffCode;Arm\nUC-017;Active\nUC-018;PLACEBO\n".encode("utf-8"), ";", "utf-8 with BOM"),
    ("Code\tArm\nUC-017\tactive\nUC-018\tplacebo\n".encode("utf-16"), "\t", "utf-16"),
    ("code,arm\nUC-017,active\nUC-018,placebo\n".encode("utf-16-le"), ",", "utf-16-le"),
    ("code;arm\nUC-017;active\nUC-018;placebo\nÉ-1;active\n".encode("cp1252"), ";", "latin-1"),
    ("UC-017,active\nUC-018,placebo\n", ",", "utf-8"),                       # no header
    ('"code","arm"\n"UC-017","active"\n\n"UC-018","placebo"\n', ",", "utf-8"),  # quoted, blank line
    ("arm,code,site\nactive,UC-017,Kyoto\nplacebo,UC-018,Osaka\n", ",", "utf-8"),  # header names the columns
])
def test_lists_as_spreadsheets_write_them_are_read(tmp_path, data, delimiter, encoding):
    read = read_list(listing(tmp_path, data))
    assert read.arm_for("UC-017") == "active" and read.arm_for(" uc-018 ") == "placebo"
    assert (read.delimiter, read.encoding) == (delimiter, encoding)


@pytest.mark.parametrize("data, message", [
    ("code,arm\nUC-017\n", "list.csv line 2: code 'UC-017' has no arm (active or placebo)"),
    ("code,arm\nUC-017,\n", "list.csv line 2: code 'UC-017' has no arm"),
    ("code,arm\n,active\n", "list.csv line 2 has no code"),
    ("code,arm\nUC-017,active\nUC-018,placebo\nuc-017,placebo\n",
     "list.csv: code 'uc-017' is on line 2 and line 4; each code may appear once"),
    ("code,arm\nUC-017,verum\n", "list.csv line 2: arm 'verum' for code 'UC-017' is not active or placebo"),
    ("Patient,Group\nUC-017,active\n", "line 1: arm 'Group' for code 'Patient' is not active or placebo (a header "
                                       "line must name the columns code and arm)"),
    ("UC-017,active,placebo\n", "list.csv line 1 has 3 columns"),
    ("code,arm\n", "list.csv has a header but no codes"),
    ("\n\n", "list.csv is empty"),
    ("code,arm\nUC-017,act\x00ive\n", "list.csv line 2 holds a control character (U+0000)"),
    ('code,arm\n"UC-017,active\n', "list.csv line"),
    (bytes(range(256)), "control character"),
])
def test_every_rejection_names_the_line_and_why(tmp_path, data, message):
    with pytest.raises(InputError, match="^randomisation_list: ") as raised:
        read_list(listing(tmp_path, data))
    assert message in raised.value.message and "\n" not in raised.value.message


def test_an_unknown_code_is_an_error_of_the_code(tmp_path):
    with pytest.raises(InputError, match="'UC-999' is not in the randomisation list list.csv") as raised:
        read_list(listing(tmp_path, "code,arm\nUC-017,active\n")).arm_for("UC-999")
    assert raised.value.field == "randomisation_code"


@pytest.mark.parametrize("path, message", [
    ("/dev/zero", "is not a regular file"),
    ("/dev/null", "is not a regular file"),
    ("/", "is a folder"),
    ("/nonexistent/list.csv", "cannot be read (No such file or directory)"),
])
def test_devices_folders_and_missing_files_are_refused_at_once(path, message):
    start = time.perf_counter()
    with pytest.raises(InputError) as raised:
        read_list(path)
    assert message in raised.value.message
    assert time.perf_counter() - start < 1


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "list.csv")
    with pytest.raises(InputError, match="is not a regular file"):
        read_list(tmp_path / "list.csv")


def test_a_list_larger_than_the_limit_is_refused(tmp_path):
    path = listing(tmp_path, b"code,arm\n" + b"UC-1,active\n" * (MAX_LIST_BYTES // 12 + 10))
    with pytest.raises(InputError, match="is too large"):
        read_list(path)
