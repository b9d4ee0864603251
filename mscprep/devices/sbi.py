"""Sartorius SBI (Sartorius Balance Interface).

Followed: Sartorius SBI interface description as printed in the balances' operating
instructions ("Data Interface", e.g. Cubis MSE, Secura/Quintix/Practum section 10.3,
Signum): the command ESC P prints the current reading to the interface; a data line is
16 characters (or 22 with a 6-character identifier header such as "G     " or "N     "):
  position 1 sign (+, - or space), 2-10 the value with its decimal point (leading zeros
  as spaces), 11 space, 12-14 the unit symbol, 15-16 CR LF.
The unit is left out (spaces) while the reading is not stable. Special codes in place of a
value: "H"/"HH" overload, "L"/"LL" underload, "C" adjustment, "Err ###" an error;
ESC x1_ outputs the model, ESC x2_ the serial number (answered as one text line).
The balance's own print key sends the same data line unasked.
"""

from __future__ import annotations

import re

from ..errors import message
from .mtsics import ReplyError, WeightLine

NAME = "SBI"
STABLE = IMMEDIATE = b"\x1bP\r\n"
MODEL = b"\x1bx1_\r\n"
SERIAL = b"\x1bx2_\r\n"
EOL = b"\r\n"

_HEADER = re.compile(r"^[A-Za-z#*]{1,3}[ A-Za-z#*]{0,5}(?=[ +-]\s*[\d.]|\s+(?:H|HH|L|LL|C|Err)\b)")
_VALUE = re.compile(r"^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*([^\s\d.+-][^\s]{0,4})?\s*$")


def parse_weight(line: str) -> WeightLine:
    body = line.rstrip("\r\n")
    if len(body) == 20:                 # 22-character form: a 6-character header first
        body = body[6:]
    else:
        header = _HEADER.match(body)
        if header:
            body = body[header.end():]
    text = body.strip()
    if text in ("H", "HH"):
        raise ReplyError(message("the balance is overloaded (SBI 'H'): take the load off and weigh within its capacity"),
                         "overload")
    if text in ("L", "LL"):
        raise ReplyError(message("the balance reads below its zero (SBI 'L', underload): check the pan and zero it"),
                         "underload")
    if text == "C":
        raise ReplyError(message("the balance is adjusting (SBI 'C'): wait until it has finished"), "busy")
    error = re.fullmatch(r"Err\s*(\d{2,3})", text)
    if error:
        raise ReplyError(message("the balance reports error {code} (SBI 'Err {code}'): see its manual", code=error.group(1)),
                         "error")
    if text == "" or set(text) <= {"-", " "}:
        raise ReplyError(message("the balance shows no value (SBI blank or final readout line)"), "busy")
    match = _VALUE.match(text)
    if not match:
        raise ReplyError(message("the balance sent {text}, which is not an SBI data line: check that it is "
                                 "set to SBI and the baud rate and parity match", text=repr(line.strip()[:40])),
                         "garbage")
    sign, value, unit = match.groups()
    return WeightLine(unit is not None, ("-" if sign == "-" else "") + value, unit)


def parse_identity(line: str, command: str) -> str:
    text = " ".join(line.split())
    if not text or not text.isprintable():
        return ""
    return text
