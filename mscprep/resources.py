"""Where the data files live (protocols, defaults, reference cases, fonts, translations).

MSCPREP_RESOURCES overrides the location (a site keeps its own protocols there).
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path


def resource_dir() -> Path:
    override = os.environ.get("MSCPREP_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


@cache
def defaults_table() -> dict:
    """The baseline table (resources/defaults.toml); it ships with the program and a
    broken copy is an installation fault, so it raises rather than limps on."""
    with open(resource_path("defaults.toml"), "rb") as handle:
        return tomllib.load(handle)
