"""The compiled UI catalogs (.qm, tools/build_translations.py with pyside6-lrelease) give
every text exactly what the .ts gives, in its own context and in any other; a .qm made from
another .ts, or none at all, is never used: the .ts is read then."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def build_tool():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "tools/build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def compiled_into(tmp_path, monkeypatch):
    """Compile into the test's own folder and point ui.i18n's .qm there."""
    from ui import i18n
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"ui_{language}.qm")
    tool = build_tool()
    monkeypatch.setattr(tool, "qm_path", lambda language: tmp_path / f"ui_{language}.qm")
    return tool


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_the_qm_translates_every_text_as_the_ts_does(qapp, compiled_into, language, monkeypatch):
    from ui import i18n
    compiled_into.build(language, compiled_into.lrelease())
    compiled = i18n.CatalogTranslator(language)
    assert compiled.compiled is not None and not compiled.messages     # nothing parsed from the .ts
    monkeypatch.setattr(i18n, "load_compiled", lambda language: None)
    parsed = i18n.CatalogTranslator(language)
    assert parsed.compiled is None and len(parsed.messages) > 500
    for (context, source), translation in parsed.messages.items():
        assert compiled.translate(context, source) == translation == parsed.translate(context, source)
        # Asked from another class (a method moved to a mixin): the same text as the .ts gives.
        assert compiled.translate("SomewhereElse", source) == parsed.translate("SomewhereElse", source)
    for source in list(parsed.fallback)[:200]:                # core texts: the sheet catalog
        assert compiled.translate("MainWindow", source) == parsed.translate("MainWindow", source)
    assert compiled.translate("MainWindow", "not a text of the program") is None
    assert compiled.translate("MainWindow", i18n.SOURCE_DIGEST[1]) is None


def test_a_qm_made_from_another_ts_or_none_is_not_used(qapp, compiled_into, tmp_path, monkeypatch):
    from ui import i18n
    assert i18n.load_compiled("ja") is None                    # none compiled yet
    compiled_into.build("ja", compiled_into.lrelease())
    assert i18n.load_compiled("ja") is not None
    changed = tmp_path / "ui_ja.ts"
    shutil.copy(i18n.ts_path("ja"), changed)
    text = changed.read_text("utf-8")
    assert "<translation>体重</translation>" in text
    changed.write_text(text.replace("<translation>体重</translation>", "<translation>体重(kg)</translation>", 1),
                       "utf-8")
    monkeypatch.setattr(i18n, "ts_path", lambda language: changed)
    assert i18n.load_compiled("ja") is None                    # stale: the edited .ts is read
    translator = i18n.CatalogTranslator("ja")
    assert translator.compiled is None and "体重(kg)" in translator.messages.values()


def test_a_damaged_qm_is_not_used(qapp, compiled_into, tmp_path):
    from ui import i18n
    (tmp_path / "ui_ja.qm").write_bytes(b"not a catalog")
    assert i18n.load_compiled("ja") is None
    assert i18n.CatalogTranslator("ja").translate("MainWindow", "Body weight") == "体重"
