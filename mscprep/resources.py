"""Where the data files live (protocols, defaults, reference cases, fonts, translations).

MSCPREP_RESOURCES overrides the location (a site keeps its own protocols there).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


def resource_dir() -> Path:
    """MSCPREP_RESOURCES, else resources/ beside the package (a checkout), else the
    mscprep_resources data package (an installed wheel)."""
    override = os.environ.get("MSCPREP_RESOURCES")
    if override:
        return Path(override)
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    return _installed_resources()


@cache
def _installed_resources() -> Path:
    import importlib.util
    spec = importlib.util.find_spec("mscprep_resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("mscprep's resources are not installed; reinstall mscprep")
    return Path(list(spec.submodule_search_locations)[0])


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
