"""The pharmacy's randomisation list of a blinded trial: which arm each patient code gets.

A list is a small text table with a code and an arm (active or placebo) on each line, as a
spreadsheet exports it: comma, semicolon or tab between the columns; UTF-8 (with or without
BOM), UTF-16 or Latin-1; an optional header line naming the columns (code, arm). Whatever
is wrong is refused with the line and the reason: a wrong arm here unblinds or mistreats a
patient, so nothing is guessed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, clipped, message
from .textfile import FileProblem, decode, read_bounded

ARMS = ("active", "placebo")
MAX_LIST_BYTES = 1024 * 1024      # about 50,000 lines: far more than any trial
_DELIMITERS = (",", ";", "\t")
_HEADER_WORDS = {"code": ("code", "randomisation code", "randomization code"), "arm": ("arm",)}
FIELD = "randomisation_list"


@dataclass(frozen=True)
class RandomisationList:
    path: Path
    arms: dict[str, str]     # code as written, in capitals -> arm
    encoding: str
    delimiter: str

    def arm_for(self, code: str) -> str:
        arm = self.arms.get(normal_code(code))
        if arm is None:
            raise InputError("randomisation_code", message("'{code}' is not in the randomisation list {name}",
                                                           code=clipped(code), name=self.path.name))
        return arm


def normal_code(code: str) -> str:
    return code.strip().upper()


def _sniff_delimiter(lines: list[str]) -> str:
    """The separator used by most lines (a code itself holds none of them)."""
    counts = {delimiter: sum(delimiter in line for line in lines) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _header_columns(cells: list[str]) -> tuple[int, int] | None:
    """(code column, arm column) when the row is a header naming them, else None."""
    names = [cell.strip().lower() for cell in cells]
    found = {}
    for column, words in _HEADER_WORDS.items():
        for index, name in enumerate(names):
            if name in words:
                found[column] = index
                break
    if len(found) == 2:
        return found["code"], found["arm"]
    return None


def parse_list(text: str, path: Path, encoding: str = "utf-8") -> RandomisationList:
    """The list from its text; InputError names the line and what is wrong."""
    name = path.name
    for number, line in enumerate(text.splitlines(), start=1):
        bad = next((char for char in line if (ord(char) < 32 and char != "\t") or ord(char) == 0x7F), None)
        if bad is not None:
            raise InputError(FIELD, message("{name} line {line} holds a control character ({char}); is it a text "
                                            "file?", name=name, line=number, char=f"U+{ord(bad):04X}"))
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(FIELD, message("{name} is empty; it needs one line per code: code and arm", name=name))
    delimiter = _sniff_delimiter(lines)
    rows: list[tuple[int, list[str]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise InputError(FIELD, message("{name} line {line}: {error}", name=name, line=reader.line_num,
                                        error=error)) from None
    columns = _header_columns(rows[0][1])
    if columns is not None:
        rows = rows[1:]
    code_column, arm_column = columns or (0, 1)
    arms: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for number, cells in rows:
        if columns is None and len(cells) > 2 and any(cell.strip() for cell in cells[2:]):
            raise InputError(FIELD, message("{name} line {line} has {count} columns; without a header line naming "
                                            "the columns (code, arm) a line holds only a code and an arm",
                                            name=name, line=number, count=len(cells)))
        code = cells[code_column].strip() if code_column < len(cells) else ""
        arm = cells[arm_column].strip() if arm_column < len(cells) else ""
        if not code:
            raise InputError(FIELD, message("{name} line {line} has no code", name=name, line=number))
        if not arm:
            raise InputError(FIELD, message("{name} line {line}: code '{code}' has no arm (active or placebo)",
                                            name=name, line=number, code=clipped(code)))
        if arm.lower() not in ARMS:
            hint = " (a header line must name the columns code and arm)" if number == rows[0][0] else ""
            raise InputError(FIELD, message("{name} line {line}: arm '{arm}' for code '{code}' is not active or "
                                            "placebo" + hint, name=name, line=number, arm=clipped(arm),
                                            code=clipped(code)))
        key = normal_code(code)
        if key in first_line:
            raise InputError(FIELD, message("{name}: code '{code}' is on line {first} and line {second}; each code "
                                            "may appear once", name=name, code=clipped(code), first=first_line[key],
                                            second=number))
        first_line[key] = number
        arms[key] = arm.lower()
    if not arms:
        raise InputError(FIELD, message("{name} has a header but no codes", name=name))
    return RandomisationList(path, arms, encoding, delimiter)


def read_list(list_path: str | Path) -> RandomisationList:
    """Read and check the randomisation list file; InputError says what is wrong and where."""
    path = Path(list_path)
    try:
        text, encoding = decode(read_bounded(path, MAX_LIST_BYTES), latin1=True)
    except FileProblem as problem:
        raise InputError(FIELD, problem.about(path)) from None
    return parse_list(text, path, encoding)


def arm_for(code: str, list_path: str | Path) -> str:
    """The arm the list gives the patient's code."""
    return read_list(list_path).arm_for(code)
