from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mscprep.din import check_character, expiry_data_structure, parse_din
from mscprep.errors import InputError


@pytest.mark.parametrize("din13, check", [("G123417654321", "A"), ("A999921123456", "3"),
                                          ("W000009123456", "G")])
def test_iso_7064_mod_37_2_check_characters(din13, check):
    assert check_character(din13) == check


def test_13_characters_get_their_check_character():
    assert parse_din("a999921123456") == "A9999211234563"


def test_14_characters_are_verified():
    assert parse_din("A9999211234563") == "A9999211234563"
    with pytest.raises(InputError, match="check character '4' does not match DIN A999921123456: re-scan") as error:
        parse_din("A9999211234564")
    assert "'3'" not in error.value.message and "expected" not in error.value.message   # never the right one


def test_scanned_data_structure_with_identifier_and_flags():
    assert parse_din("=A99992112345600") == "A9999211234563"


@pytest.mark.parametrize("text, message", [
    ("A99992112345", "has 12 characters"),
    ("A99992112345678", "has 15 characters"),
    ("AB9992112345", "has 12 characters"),
    ("AB99921123456", "is not a DIN"),
    ("A9999211234X6", "is not a DIN"),
])
def test_malformed_din_is_explained(text, message):
    with pytest.raises(InputError) as caught:
        parse_din(text)
    assert caught.value.field == "din" and message in caught.value.message


def test_every_single_character_error_is_caught_by_the_check_character():
    din = "A999921123456"
    check = check_character(din)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for position in range(13):
        for replacement in alphabet:
            if replacement == din[position]:
                continue
            changed = din[:position] + replacement + din[position + 1:]
            assert check_character(changed) != check, changed


def test_expiry_data_structure():
    # An instant (issue 21: instants only), written on the site's wall clock.
    utc = ZoneInfo("UTC")
    assert expiry_data_structure(datetime(2025, 12, 31, 14, 0, tzinfo=timezone.utc), utc) == "&>0253651400"
    assert expiry_data_structure(datetime(2026, 1, 1, 0, 5, tzinfo=timezone.utc), utc) == "&>0260010005"
    tokyo = ZoneInfo("Asia/Tokyo")    # 15:05 UTC is 00:05 the next day in Tokyo
    assert expiry_data_structure(datetime(2025, 12, 31, 15, 5, tzinfo=timezone.utc), tokyo) == "&>0260010005"
