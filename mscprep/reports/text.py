"""The report's own words in the report's language.

Catalogs are resources/translations/report_<language>.json (English text -> translation),
kept apart from the sheet's catalog; finding titles and release stamps come from the
sheet's catalog (mscprep.i18n), which already translates them. A text missing from a
catalog prints in English, never blank. Every text the report translates is written
`R("...")` in this package, so tests can find them all.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Callable

from ..errors import InputError, quoted
from ..i18n import LANGUAGES
from ..i18n import translator as sheet_translator
from ..resources import resource_path


def R(text: str) -> str:  # noqa: N802 (a marker, as gettext's N_)
    """Marks a report text for the catalogs; returns it unchanged (English)."""
    return text


@cache
def catalog(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    with open(resource_path("translations", f"report_{language}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def words(language: str) -> Callable[[str], str]:
    """The report's translator: its own catalog first, then the sheet's (finding titles, stamps)."""
    if language not in LANGUAGES:
        raise InputError("language", f"{quoted(language)} is not one of: {', '.join(LANGUAGES)}")
    own, sheet = catalog(language), sheet_translator(language)
    return lambda text: own.get(text) or sheet(text)
