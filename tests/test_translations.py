"""Shipped translations are complete and keep their placeholders."""

import re
import xml.etree.ElementTree as ElementTree

import pytest

from mscprep.i18n import catalog
from mscprep.resources import resource_path

from helpers import ROOT

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_ui_translation_is_complete(language):
    root = ElementTree.parse(resource_path("translations", f"ui_{language}.ts")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete"), source
        assert translation.text, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_sheet_catalog_covers_every_printed_text(language):
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "tools/sheet_strings.py", language], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout == "", f"untranslated:\n{result.stdout}"
    for source, text in catalog(language).items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
