"""Protocols: the shipped and site files in resources/protocols/*.toml.

A protocol holds defaults (field texts a user may change) and limits (never loosened by
what a user enters), each with its source. Files are validated on load; a broken file is
listed with what is wrong and left out, it never stops the program.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..defaults import app_defaults
from ..errors import InputError, clipped, message, one_line
from ..form.fields import FIELD_BY_KEY
from ..resources import resource_path
from ..textfile import FileProblem, decode, read_bounded
from .definitions import NO_PROTOCOL, Limit, Protocol
from .limits import baseline_limits

# Keys of the file that fill the Protocol field of the same name as read; the others
# (schema, limits, sources, line_requirements) are combined with the app's baseline below.
_AS_READ = {item.name for item in dataclasses.fields(Protocol)} - {"limits", "line_requirements", "path"}


class ProtocolFileError(ValueError):
    def __init__(self, path: Path, message: str):
        self.path = path
        self.message = one_line(message)
        super().__init__(f"{path.name}: {self.message}")


def baseline_line_requirements() -> tuple[str, ...]:
    return app_defaults().line.items


@cache
def baseline() -> Protocol:
    """The plan with no protocol chosen: app-wide limits from defaults.toml only."""
    table = app_defaults()
    return Protocol(id=NO_PROTOCOL, name="No protocol (app defaults only)", version="-",
                    route="intravenous", reference="mscprep defaults.toml",
                    defaults=dict(table.no_protocol_defaults or {}),
                    default_sources=dict(table.no_protocol_sources or {}),
                    limits=dict(baseline_limits()), line_requirements=baseline_line_requirements())


def protocol_from_table(table: dict, path: Path) -> Protocol:
    """The Protocol a file's table describes, checked against the schema (schema.py)."""
    from .schema import SchemaError, read_protocol_table     # only when a protocol file is read
    try:
        read = read_protocol_table(table)
    except SchemaError as error:
        raise ProtocolFileError(path, error.located) from None
    if read["id"] != path.stem:
        raise ProtocolFileError(path, message("id '{id}' must be the file name without .toml ('{stem}')",
                                              id=read["id"], stem=path.stem))
    if read["id"].lower() == NO_PROTOCOL:
        raise ProtocolFileError(path, message("id '{id}' is reserved for planning without a protocol", id=read["id"]))
    sources = read["sources"]
    limits = dict(baseline_limits())
    for key, value in read["limits"].items():
        limits[key] = Limit(key, value, sources.get(key, read["reference"]), "protocol")
    return Protocol(**{key: value for key, value in read.items() if key in _AS_READ},
                    limits=limits, default_sources={k: v for k, v in sources.items() if k in FIELD_BY_KEY},
                    line_requirements=baseline_line_requirements() + tuple(read["line_requirements"]), path=path)


def load_protocol_file(path: Path) -> Protocol:
    """One protocol file: a regular file of reasonable size, UTF-8 TOML (a byte order mark
    is accepted, as Windows editors write one), checked against the schema."""
    from .schema import MAX_FILE_BYTES
    try:
        text, _ = decode(read_bounded(path, MAX_FILE_BYTES))
    except FileProblem as problem:
        raise ProtocolFileError(path, message(problem.template, **problem.params)) from None
    try:
        table = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        raise ProtocolFileError(path, message("not valid TOML (UTF-8): {reason}", reason=error)) from None
    except RecursionError:
        raise ProtocolFileError(path, message("not valid TOML: nested too deeply")) from None
    return protocol_from_table(table, path)


def _is_protocol_file(path: Path) -> bool:
    return path.suffix == ".toml" and not path.name.startswith(".")


@dataclass(frozen=True)
class ProtocolSet:
    protocols: dict[str, Protocol]
    problems: tuple[ProtocolFileError, ...]

    def get(self, protocol_id: str | None) -> Protocol:
        if not protocol_id or protocol_id == NO_PROTOCOL:
            return baseline()
        protocol_id = str(protocol_id)
        if protocol_id in self.protocols:
            return self.protocols[protocol_id]
        broken = next((problem for problem in self.problems if problem.path.stem == protocol_id), None)
        if broken is not None:
            raise InputError("protocol", message("protocol file {name} is not loaded: {reason}", name=broken.path.name,
                                                 reason=broken.message))
        near = [known for known in self.protocols if known.lower() == protocol_id.lower()]
        known = ", ".join(sorted(self.protocols)) or "none"
        raise InputError("protocol", message("'{text}' is not a known protocol; did you mean {near}?", text=clipped(protocol_id),
                                             near=near[0]) if near else
                         message("'{text}' is not a known protocol (known: {known})", text=clipped(protocol_id),
                                 known=known))


def load_protocols(directory: Path | None = None) -> ProtocolSet:
    """Every protocol file of the folder; a file that fails is listed with why and left out.
    Ids differ in more than capitals: two files whose ids differ only in case (which a
    Windows folder cannot tell apart) are both left out, so neither is chosen by mistake."""
    directory = directory or resource_path("protocols")
    protocols: dict[str, Protocol] = {}
    problems: list[ProtocolFileError] = []
    try:
        paths = sorted(path for path in directory.iterdir() if _is_protocol_file(path))
    except OSError as error:
        return ProtocolSet({}, (ProtocolFileError(directory, message("folder cannot be read ({reason})", reason=error.strerror)),))
    clashes = _case_clashes(path.stem for path in paths)
    for path in paths:
        if path.stem.lower() in clashes:
            others = sorted(stem for stem in clashes[path.stem.lower()] if stem != path.stem)
            problems.append(ProtocolFileError(path, message("id '{id}' differs only in capitals from {others}; "
                                                            "rename one of the files", id=path.stem,
                                                            others=", ".join(others))))
            continue
        try:
            protocols[path.stem] = load_protocol_file(path)
        except ProtocolFileError as problem:
            problems.append(problem)
    return ProtocolSet(protocols, tuple(problems))


def _case_clashes(stems) -> dict[str, list[str]]:
    by_lower: dict[str, list[str]] = {}
    for stem in stems:
        by_lower.setdefault(stem.lower(), []).append(stem)
    return {lower: found for lower, found in by_lower.items() if len(found) > 1}


@cache
def shipped_protocols() -> ProtocolSet:
    return load_protocols()


def find_protocol(protocol_id: str | None) -> Protocol:
    """One shipped protocol by id, reading only its own file (ids are file names), so a
    single plan does not pay for validating every protocol."""
    if not protocol_id or protocol_id == NO_PROTOCOL:
        return baseline()
    folder = resource_path("protocols")
    try:
        names = os.listdir(folder)
    except OSError:
        names = []
    stems = [name[:-5] for name in names if name.endswith(".toml")]
    if protocol_id not in stems or _case_clashes(stems).get(protocol_id.lower()):
        return shipped_protocols().get(protocol_id)   # raises the input error saying why
    try:
        return _load_by_id(folder / f"{protocol_id}.toml")
    except ProtocolFileError as problem:
        raise InputError("protocol", message("protocol file {name} is not loaded: {reason}", name=problem.path.name,
                                             reason=problem.message)) from None


@cache
def _load_by_id(path: Path) -> Protocol:
    return load_protocol_file(path)
