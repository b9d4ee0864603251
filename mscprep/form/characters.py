"""Which characters free text (names, IDs, reasons) may hold.

Refused: control characters, line breaks and the invisible format characters that change
the direction or order of what is shown (U+202E RIGHT-TO-LEFT OVERRIDE makes "ABC" print
as "CBA"). For text that is printed, also every character the sheet's embedded fonts cannot
draw (it would print as an empty box). The fonts' coverage is read from a small generated
list (resources/fonts/coverage.txt), not from the fonts, so that typing needs no reportlab.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import cache

from ..errors import InputError, clipped, is_hidden, message
from ..resources import resource_path


@cache
def _coverage() -> tuple[list[int], list[int]]:
    """(starts, ends) of the drawable code point ranges, sorted."""
    starts: list[int] = []
    ends: list[int] = []
    for line in resource_path("fonts", "coverage.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        low, _, high = line.partition("-")
        starts.append(int(low, 16))
        ends.append(int(high or low, 16))
    return starts, ends


def drawable(char: str) -> bool:
    point = ord(char)
    if point < 0x7F:
        return True
    starts, ends = _coverage()
    index = bisect.bisect_right(starts, point) - 1
    return index >= 0 and point <= ends[index]


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()


def refuse_unprintable(text: str, field: str, *, printed: bool = True) -> None:
    """Raise InputError naming the first character of `text` that may not be entered."""
    if text.isascii() and text.isprintable():
        return
    for char in text:
        if is_hidden(char):
            template = ("contains a line break ({char}); type the text without it" if char in "\n\r\u2028\u2029" else
                        "contains a control character ({char}); type the text without it"
                        if unicodedata.category(char) == "Cc" else
                        "contains an invisible formatting character ({char}); type the text without it")
            raise InputError(field, message(template, char=_name(char)))
        if printed and not drawable(char):
            raise InputError(field, message("contains '{text}' ({char}), which the printed sheet cannot show; leave it "
                                            "out or write it another way", text=clipped(char), char=_name(char)))
