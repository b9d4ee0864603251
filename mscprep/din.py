"""ISBT 128 Donation Identification Number (DIN) and expiry data structure.

The DIN is 13 characters `appppyynnnnnn`: facility `appppp` (a letter or digit then four
digits), year `yy`, sequence `nnnnnn`. Its check character (ISO 7064 mod 37-2) is printed
in a box beside the number and never inside the barcode. The app does not invent facility
or product codes (ICCBBA licenses them): it takes the facility's own and checks them.
"""

from __future__ import annotations

import re
from datetime import datetime

from .errors import InputError, clipped, message

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
# ICCBBA ST-001 2.4.1: alpha is A-N, P-Z or 1-9 (never O or 0: they read alike); pppp, yy
# and nnnnnn are digits (the standard reserves letters in pppp for the future; "current
# usage is numeric for all four characters", so a letter there is refused until then).
_DIN = re.compile(r"^[A-NP-Z1-9]\d{12}$")


def din_structure_problem(din13: str) -> str | None:
    """What is wrong with 13 characters as a DIN, or None (ST-001 2.4.1)."""
    if len(din13) != 13:
        return f"a DIN has 13 characters, {len(din13)} found"
    if din13[0] in "O0":
        return "its first character is A-N, P-Z or 1-9, never O or 0"
    if not _DIN.match(din13):
        return ("a letter (not O) or a digit 1-9, then 12 digits (facility, year, sequence)")
    return None


def check_character(din13: str) -> str:
    """ISO 7064 mod 37-2 check character over the 13 DIN characters."""
    p = 0
    for char in din13:
        p = ((p + _ALPHABET.index(char)) * 2) % 37
    return _ALPHABET[(38 - p) % 37]


def parse_din(text: str, field: str = "din") -> str:
    """Validate a DIN and return its 14 characters (13 + check character).

    Accepts 13 characters (check character computed), 14 (check character verified) or
    the scanned ISBT 128 data structure `=appppyynnnnnnff` (the form's field reads scans
    through scan.din_field, which verifies the flags)."""
    raw = text.strip().upper().replace(" ", "")
    if raw.startswith("=") and len(raw) == 16:      # a scan (scan.din_field reads scans first)
        raw = raw[1:14]
    if len(raw) not in (13, 14):
        raise InputError(field, message("'{text}' has {length} characters; a DIN has 13 (or 14 with its check "
                                        "character)", text=clipped(text.strip()), length=len(raw)))
    din13 = raw[:13]
    problem = din_structure_problem(din13)
    if problem:
        # the problem is one of din_structure_problem's fixed texts (13 characters here)
        raise InputError(field, message("'{text}' is not a DIN: " + problem, text=din13))
    expected = check_character(din13)
    if len(raw) == 14 and raw[13] != expected:
        # Never the expected character: shown, it invites typing it in instead of re-scanning.
        raise InputError(field, message("check character '{given_character}' does not match DIN {din}: re-scan the "
                                        "DIN from the container", given_character=raw[13], din=din13))
    return din13 + expected


def parse_dins(text: str, field: str = "container_dins") -> tuple[str, ...]:
    """Several DINs, one per container (separated by spaces, commas, semicolons or new
    lines, as a scanner ending each read with Enter leaves them), each checked as parse_din."""
    parts = [part for part in re.split(r"[\s,;]+", text.strip()) if part]
    return tuple(parse_din(part, field) for part in parts)


def din_reading(din14: str) -> str:
    """How a DIN was read, grouped as it is printed: facility, year, sequence and the check
    character in its box ("A9999 21 123456 [3]")."""
    return f"{din14[:5]} {din14[5:7]} {din14[7:13]} [{din14[13:]}]"


def label_expiry(moment: datetime | None, zone=None) -> datetime | None:
    """The use-by a label states: the latest instant at or before `moment` whose wall-clock
    minute on the site's clock happens once (clock.last_single_wall_time). A label's expiry
    (`&>cyyjjjhhmm`, or printed without an offset) is a wall-clock time; inside the hour
    that happens twice a use-by in its first pass would read as valid for up to an hour
    after it (Berlin 2026-10-25 02:30+02:00 is labelled 01:59)."""
    from . import clock
    return None if moment is None else clock.last_single_wall_time(moment, zone)


def expiry_data_structure(moment: datetime, zone=None) -> str:
    """ISBT 128 expiration date and time `&>cyyjjjhhmm` (3-digit year, julian day), of the
    label's use-by (label_expiry: never a wall time that happens twice)."""
    from . import clock
    year, day, hour, minute = clock.wall_fields(label_expiry(moment, zone), zone)     # the site's wall clock
    return f"&>{year % 1000:03d}{day:03d}{hour:02d}{minute:02d}"
