"""Translations of the printed texts (the sheet and label follow the UI language).

Catalogs are resources/translations/sheet_<language>.json: English text -> translation.
A text missing from a catalog prints in English, never blank.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Callable

from .errors import InputError, quoted
from .resources import resource_path

LANGUAGES = ("en", "ja", "zh")


@cache
def catalog(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    path = resource_path("translations", f"sheet_{language}.json")
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def translator(language: str) -> Callable[[str], str]:
    if language not in LANGUAGES:
        raise InputError("language", f"{quoted(language)} is not one of: {', '.join(LANGUAGES)}")
    table = catalog(language)
    return lambda text: table.get(text) or text
