"""The building blocks of a data file's schema, shared by the protocol files
(protocol/schema.py) and resources/defaults.toml (defaults_schema.py): what a value may be
(Text, Whole, Flag, Choice, ...), a table of known keys (Table, Key), a table of names
defined elsewhere (Entries), and SchemaError naming the key that is wrong.

It imports nothing of mscprep but the error helpers and the printable-character check, so
the app defaults can be checked with it before anything reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Callable, Mapping

from .errors import InputError, Message, message, one_line, quoted
from .form.characters import refuse_unprintable


class SchemaError(ValueError):
    """One thing wrong in a protocol file: where (a key path) and what."""

    def __init__(self, where: str, message: str):
        self.where = where
        self.message = one_line(message)
        # 'name' must be ...; [course] interval: '1e300 day' is ...
        separator = " " if self.message[:1].islower() else ": "
        # the whole line keeps the message's id: the window formats it in its language
        self.located = one_line(_located(separator, where, self.message)) if where else self.message
        super().__init__(self.located)


def _located(separator: str, where: str, what) -> Message:
    what = what if isinstance(what, Message) else message("{text}", text=what)
    return (message("{where} {what}", where=where, what=what) if separator == " " else
            message("{where}: {what}", where=where, what=what))


def _type_name(value) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "text", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


# --- what a value may be -------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    """Text; printed text may hold only characters the sheet can draw."""
    max_length: int = 300
    pattern: str | None = None
    pattern_help: str = ""
    printed: bool = True

    def read(self, value, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise SchemaError(where, message("must be non-empty text, not {type}", {"type": _type_name(value)})
                              if not isinstance(value, str) else message("must be non-empty text"))
        value = value.strip()
        if len(value) > self.max_length:
            raise SchemaError(where, message("is too long ({length} characters; at most {most})", length=len(value),
                                             most=self.max_length))
        try:
            refuse_unprintable(value, where, printed=self.printed)
        except InputError as error:
            raise SchemaError(where, error.message) from None
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise SchemaError(where, message("{text} {help}", {"help": self.pattern_help}, text=quoted(value)))
        return value


@dataclass(frozen=True)
class Texts:
    """A list of texts (notes, extra line requirements)."""
    item: Text = Text(max_length=500)
    max_items: int = 30

    def read(self, value, where: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise SchemaError(where, message("must be a list of texts, not {type}", {"type": _type_name(value)}))
        if len(value) > self.max_items:
            raise SchemaError(where, message("has {count} entries; at most {most}", count=len(value), most=self.max_items))
        return tuple(self.item.read(item, f"{where}[{index + 1}]") for index, item in enumerate(value))


@dataclass(frozen=True)
class Version:
    """A version: text or a number, kept as text."""

    def read(self, value, where: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        return Text(max_length=40).read(value, where)


@dataclass(frozen=True)
class Choice:
    """One of a fixed list, or of a list the app defaults hold (`options` is then a function)."""
    options: tuple[str, ...] | Callable[[], object]

    def read(self, value, where: str) -> str:
        options = tuple(self.options() if callable(self.options) else self.options)
        if not isinstance(value, str):
            raise SchemaError(where, message("must be one of {options}, not {type}", {"type": _type_name(value)},
                                             options=", ".join(options)))
        if value not in options:
            raise SchemaError(where, message("must be one of {options}, not {text}", options=", ".join(options),
                                             text=quoted(value)))
        return value


@dataclass(frozen=True)
class Whole:
    """A whole number (never true/false, which TOML would let pass as 1 and 0)."""
    low: int
    high: int

    def read(self, value, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise SchemaError(where, message("must be a whole number from {low} to {high}", low=self.low, high=self.high))
        return value


@dataclass(frozen=True)
class Exactly:
    value: object

    def read(self, value, where: str):
        if type(value) is not type(self.value) or value != self.value:
            raise SchemaError(where, message("must be {value}", value=self.value))
        return value


@dataclass(frozen=True)
class Flag:
    def read(self, value, where: str) -> bool:
        if not isinstance(value, bool):
            raise SchemaError(where, message("must be true or false"))
        return value


@dataclass(frozen=True)
class TextsByName:
    """A table of texts under names of the file's choosing (per-figure sources)."""
    item: Text = Text(max_length=1000)
    max_items: int = 50

    def read(self, value, where: str) -> dict[str, str]:
        if not isinstance(value, dict) or len(value) > self.max_items:
            raise SchemaError(where, message("must be a table of at most {most} texts", most=self.max_items))
        return {str(key): self.item.read(text, f"{where} {quoted(key, 40)}") for key, text in value.items()}


@dataclass(frozen=True)
class TimesOfDay:
    max_items: int = 24

    def read(self, value, where: str) -> tuple[time, ...]:
        if not isinstance(value, list) or not value or len(value) > self.max_items:
            raise SchemaError(where, message("must be a list of 1 to {most} times of day such as \"08:00\"",
                                             most=self.max_items))
        times = []
        for item in value:
            if not isinstance(item, str) or not re.fullmatch(r"\d{2}:\d{2}", item.strip()):
                raise SchemaError(where, message("{text} is not a time of day HH:MM", text=quoted(item))
                                  if isinstance(item, str) else
                                  message("{type} is not a time of day HH:MM", {"type": _type_name(item)}))
            hours, minutes = (int(part) for part in item.strip().split(":"))
            if hours > 23 or minutes > 59:
                raise SchemaError(where, message("{text} is not a time of day HH:MM", text=quoted(item)))
            times.append(time(hours, minutes))
        if len(set(times)) != len(times):
            raise SchemaError(where, message("names a time of day twice"))
        return tuple(sorted(times))


@dataclass(frozen=True)
class Key:
    kind: object                       # anything with read(value, where)
    required: bool = False
    default: object = None


@dataclass(frozen=True)
class Table:
    """A TOML table with known keys; `build` turns the read values into a definition."""
    keys: Mapping[str, Key]
    build: Callable[[dict], object] | None = None
    rules: tuple[Callable[[dict, str], None], ...] = ()

    def read(self, value, where: str):
        if not isinstance(value, dict):
            raise SchemaError(where, message("must be a table, not {type}", {"type": _type_name(value)}))
        unknown = sorted(set(value) - set(self.keys))
        if unknown:
            raise SchemaError(where, message("unknown key(s) {keys} (known: {known})",
                                             keys=", ".join(quoted(key, 30) for key in unknown),
                                             known=", ".join(self.keys)))
        read = {}
        for key, spec in self.keys.items():
            if key in value:
                read[key] = spec.kind.read(value[key], _place(where, key, spec.kind))
            elif spec.required:
                raise SchemaError(_place(where, key, spec.kind), message("is required"))
            else:
                read[key] = spec.default
        for rule in self.rules:
            rule(read, where)
        return self.build(read) if self.build else read


def _place(table: str, key: str, kind) -> str:
    """How messages name a key: 'name' at the top, [course] for a table, [course] interval
    in a table."""
    if isinstance(kind, (Table, Entries)):
        return f"[{key}]" if not table else f"{table[:-1]}.{key}]"
    return f"{table} {key}" if table else f"'{key}'"


@dataclass(frozen=True)
class Entries:
    """A table whose keys are names defined elsewhere (field keys, limit keys), each read
    by `read_entry(key, value, where)`."""
    known: Callable[[], object]
    read_entry: Callable[[str, object, str], object]
    what: str
    refuse: Callable[[str], str | None] = lambda key: None

    def read(self, value, where: str) -> dict:
        if not isinstance(value, dict):
            raise SchemaError(where, message("must be a table, not {type}", {"type": _type_name(value)}))
        known = tuple(self.known())
        read = {}
        for key, entry in value.items():
            reason = self.refuse(key)
            if reason:
                raise SchemaError(f"{where} {quoted(key, 40)}", reason)
            if key not in known:
                raise SchemaError(f"{where} {quoted(key, 40)}", message("is not a known {what} (known: {known})",
                                                                        {"what": self.what}, known=", ".join(known)))
            read[key] = self.read_entry(key, entry, f"{where} {key}")
        return read
