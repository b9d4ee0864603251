"""Reading a text file someone named or dropped in a folder (protocols, randomisation
lists) without trusting it: regular files only (a FIFO would block forever, /dev/zero would
fill the memory), a size limit, and the encoding recognised rather than guessed wrong."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path


class FileProblem(ValueError):
    """Why a file cannot be read, in words (without the file's name: the caller adds it with
    about(), which gives the whole message with its id)."""

    def __init__(self, template: str, **params):
        self.template, self.params = template, params
        super().__init__(template.format(**params))

    def about(self, path) -> "Message":
        """The message naming the file: "'{path}' " and the problem."""
        from .errors import clipped, message
        return message("'{path}' " + self.template, path=clipped(str(path)), **self.params)


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise FileProblem("cannot be read ({reason})", reason=error.strerror or error) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem("is not a regular file (a device, pipe or socket)")
    if info.st_size > limit:
        raise FileProblem("is too large ({size} bytes; at most {most})", size=f"{info.st_size:,}", most=f"{limit:,}")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise FileProblem("cannot be read ({reason})", reason=error.strerror or error) from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):   # replaced between the two looks
            raise FileProblem("is not a regular file (a device, pipe or socket)")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise FileProblem("cannot be read ({reason})", reason=error.strerror or error) from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise FileProblem("is too large (more than {most} bytes)", most=f"{limit:,}")
    return data


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, latin1: bool = False) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 with BOM, and UTF-16 without
    BOM when every other byte of ASCII text is zero; with `latin1`, bytes that are not
    UTF-8 are read as Latin-1 (what Excel writes on a Western European Windows)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name), name.replace("-sig", " with BOM")
    if len(data) >= 2 and data.count(0) * 3 >= len(data):
        name = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return _strict(data, name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if not latin1:
            raise FileProblem("is not UTF-8 text") from None
    return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        raise FileProblem("is not valid {encoding} text", encoding=name.replace("-sig", "")) from None
