"""Mettler Toledo MT-SICS (Standard Interface Command Set), level 0.

Followed: Mettler Toledo "MT-SICS Interface Command Set" reference manual (level 0
commands and their responses; lines end CR LF, typical serial set-up 9600 baud 8N1):
  S    send the stable weight      -> "S S <value> <unit>"; "S I" not executable (busy, or
                                      no stability reached); "S +" overload; "S -" underload
  SI   send the weight immediately -> "S S ..." stable or "S D ..." dynamic (not stable)
  I2   balance data                -> 'I2 A "<type and capacity>"'
  I4   serial number               -> 'I4 A "<serial number>"'
  any  "ES" syntax error (command not recognised), "ET" transmission error, "EL" logic
       error (command understood, cannot be executed)
A weight line pressed out by the balance's own print key arrives unasked in the "S S"
form. The value carries the balance's display decimals: the readability is read from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import message

NAME = "MT-SICS"
STABLE = b"S\r\n"
IMMEDIATE = b"SI\r\n"
MODEL = b"I2\r\n"
SERIAL = b"I4\r\n"
EOL = b"\r\n"

_WEIGHT = re.compile(r"^S\s+([SD])\s+(-?\s*\d+(?:\.\d+)?)\s+(\S+)\s*$")
_IDENTITY = re.compile(r'^(I2|I4)\s+A\s+"(.*)"\s*$')


class ReplyError(Exception):
    """The balance answered, but with no weight: the message says what it means."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code        # overload, underload, busy, error, garbage


@dataclass(frozen=True)
class WeightLine:
    stable: bool
    value: str          # as sent, e.g. "69.60" or "-0.02"
    unit: str | None


def parse_weight(line: str) -> WeightLine:
    text = line.strip()
    match = _WEIGHT.match(text)
    if match:
        return WeightLine(match.group(1) == "S", match.group(2).replace(" ", ""), match.group(3))
    if re.fullmatch(r"S\s+\+", text):
        raise ReplyError(message("the balance is overloaded (MT-SICS 'S +'): take the load off and weigh within its capacity"),
                         "overload")
    if re.fullmatch(r"S\s+-", text):
        raise ReplyError(message("the balance reads below its zero (MT-SICS 'S -', underload): check the pan and zero it"),
                         "underload")
    if re.fullmatch(r"S\s+I", text):
        raise ReplyError(message("the balance could not give a stable weight (MT-SICS 'S I')"), "busy")
    return _error_or_garbage(text)


def parse_identity(line: str, command: str) -> str:
    text = line.strip()
    match = _IDENTITY.match(text)
    if match and match.group(1) == command:
        return " ".join(match.group(2).split())
    if re.fullmatch(rf"{command}\s+I", text):
        return ""
    return _error_or_garbage(text)


def _error_or_garbage(text: str):
    if text in ("ES", "ET", "EL"):
        meaning = {"ES": "syntax error: the balance did not recognise the command",
                   "ET": "transmission error: check the baud rate, parity and cable",
                   "EL": "logic error: the balance cannot carry out the command now"}[text]
        raise ReplyError(message("the balance answered {code} ({meaning})", {"meaning": meaning}, code=text), "error")
    raise ReplyError(message("the balance sent {text}, which is not an MT-SICS reply: check that it is set to "
                             "MT-SICS and the baud rate matches", text=repr(text[:40])), "garbage")
