"""Judging one fuzzed protocol file (tests/test_fuzz.py and tools/fuzz.py): the folder with
it must load without raising, a file that fails is listed with a one-line reason and left
out, the shipped file beside it still loads, and a protocol that loads can be planned with
without a traceback and with finite figures."""

from __future__ import annotations

import json
import math
import shutil
import traceback
from datetime import datetime, timezone
from pathlib import Path

from fuzz_inputs import PROTOCOL_DIR, _cause

from mscprep.errors import InputError

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
FORM = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "duration": "30 min", "thawed_at": "2026-11-23T11:00", "dmso": "10%"}
CONTROL = "generic-iv-msc"


def _no_constants(name):
    raise ValueError(f"JSON holds {name}")


def judge_protocol_file(folder: Path, name: str, content) -> tuple[str | None, str | None]:
    """(problem, cause) for one fuzzed file; (None, None) when every promise was kept."""
    from mscprep.preparation.build import prepare
    from mscprep.protocol.loader import load_protocols
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(PROTOCOL_DIR / f"{CONTROL}.toml", folder / f"{CONTROL}.toml")
    target = folder / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    try:
        loaded = load_protocols(folder)
        for problem in loaded.problems:
            if "\n" in problem.message or not problem.message:
                return f"problem message not one line: {problem.message!r}", "message"
        if CONTROL not in loaded.protocols and name.lower() != f"{CONTROL}.toml":
            return f"the shipped file beside it did not load: {[p.message for p in loaded.problems]}", "control"
        for asked in ("no-such-protocol", Path(name).stem):
            try:
                loaded.get(asked)
            except InputError as error:
                if "\n" in error.message:
                    return f"input error not one line: {error.message!r}", "message"
        for protocol in loaded.protocols.values():
            try:
                preparation = prepare(dict(FORM, protocol=protocol.id), loaded, now=NOW)
            except InputError as error:
                if "\n" in error.message:
                    return f"input error not one line: {error.message!r}", "message"
                continue
            json.loads(json.dumps(preparation.to_dict()), parse_constant=_no_constants)
            for quantity in (getattr(preparation, "final_volume", None), getattr(preparation, "dose", None)):
                if quantity is not None and not math.isfinite(quantity.magnitude):
                    return f"figure not finite: {quantity}", "finite"
    except BaseException as error:  # noqa: BLE001 - the very thing looked for
        return "".join(traceback.format_exception(error)), _cause(error)
    return None, None
