"""UI translations: Qt Linguist .ts files in resources/translations, read directly.

The .ts files are what translators edit in Qt Linguist (pyside6-lupdate refreshes them from
the code); reading them at start-up means no compiled .qm files to build or to get stale.
Texts from the core (field labels, finding titles) fall back to the sheet catalogs, so a
label reads the same on screen and on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from mscprep.i18n import LANGUAGES, catalog
from mscprep.resources import resource_path


def read_ts(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ElementTree  # only when a translation is used
    path = resource_path("translations", f"ui_{language}.ts")
    if not path.is_file():
        return {}
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") != "unfinished":
                messages[(name, source)] = translation.text
    return messages


class CatalogTranslator(QTranslator):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.messages = read_ts(language) if language != "en" else {}
        # By source text alone too: a method moved to a mixin keeps its translation whatever
        # context Qt asks with.
        self.by_source = {source: text for (_context, source), text in self.messages.items()}
        self.fallback = catalog(language) if language != "en" else {}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt API)
        return (self.messages.get((context, source_text)) or self.by_source.get(source_text)
                or self.fallback.get(source_text))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return not self.messages and not self.fallback


def choose_language(setting: str) -> str:
    """The setting if made, else the system locale when supported, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"
