"""List every text the sheet and label translate, so catalogs can be checked for gaps.
Usage: python tools/sheet_strings.py [LANGUAGE]  (prints the missing ones for LANGUAGE)

Texts are found in the code (T("..."), translate("..."), finding templates, result-row
labels, identity labels) and in the data the documents print (defaults.toml, fields,
finding titles, stamps)."""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_TRANSLATING = {"T", "t", "translate"}
_FINDING_MAKERS = {"make", "_finding"}


def _name(func) -> str:
    return getattr(func, "id", getattr(func, "attr", ""))


def _constants(node) -> list[str]:
    """String constants of a literal, a conditional of literals or a tuple/list of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [text for element in node.elts for text in _constants(element)]
    return []


def code_strings() -> list[str]:
    found: list[str] = []
    for path in (ROOT / "mscprep").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name(node.func)
                if name in _TRANSLATING and node.args:
                    found += _constants(node.args[0])
                if name in _FINDING_MAKERS and len(node.args) >= 2:
                    found += _constants(node.args[1])
                if name == "Row" and len(node.args) >= 2:           # result-row labels
                    found += _constants(node.args[1])
                if name == "identity_facts" and node.args and isinstance(node.args[0], ast.List):
                    found += [text for pair in node.args[0].elts if isinstance(pair, ast.Tuple)
                              for text in _constants(pair.elts[0])]
                for keyword in node.keywords:                        # words translated with a template
                    if keyword.arg == "words" and isinstance(keyword.value, ast.Dict):
                        found += [text for value in keyword.value.values for text in _constants(value)]
            if isinstance(node, (ast.GeneratorExp, ast.ListComp)):   # T(head) for head in ("Bag", ...)
                element = node.elt
                if isinstance(element, ast.Call) and _name(element.func) in _TRANSLATING:
                    for generator in node.generators:
                        found += _constants(generator.iter)
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("_IMPLAUSIBLE", "_SPEED", "_LIMITS", "_DELIVERED",
                                                                                          "_DILUTION"):
                found += [value.value for value in node.value.values]
    return found


def sheet_strings() -> list[str]:
    from mscprep.defaults import app_defaults
    from mscprep.form.fields import FIELDS
    from mscprep.preparation.findings import CODES
    from mscprep.preparation.release import REPRINT, STAMPS
    from mscprep.protocol.definitions import LIMIT_SPECS
    found = code_strings()
    found += [spec.description for spec in LIMIT_SPECS.values()]
    found += ["is a hard limit and cannot be overridden", "does not apply to this plan", "is not a finding code"]
    defaults = app_defaults()
    found += list(defaults.checklist.items + defaults.response.items + defaults.line.items)
    found += [defaults.storage.label, "HARD", "SOFT", "INFO", REPRINT, "autologous", "allogeneic",
              "Prepared by", "Checked by (independent double check)", "Administered by",
              "Dose (viable cells)", "Dose (total cells)"]
    found += [stamp for stamp in STAMPS.values() if stamp]
    found += [tissue.label for tissue in defaults.tissues.values()]
    found += [diluent.label for diluent in defaults.diluents.values()]
    found += [defaults.intended_use, defaults.storage.text]
    from mscprep.protocol.definitions import CONTAINER_KINDS
    from mscprep.protocol.loader import shipped_protocols
    found += list(CONTAINER_KINDS)
    for protocol in shipped_protocols().protocols.values():   # the protocols' own printed texts
        found += list(protocol.checklist)
        if protocol.product is not None:
            found += [text for text in (protocol.product.storage, protocol.product.storage_label) if text]
    found += [spec.label for spec in FIELDS]
    found += [title for _severity, title in CODES.values()]
    return sorted(set(found))


if __name__ == "__main__":
    strings = sheet_strings()
    if len(sys.argv) > 1:
        from mscprep.i18n import catalog
        have = catalog(sys.argv[1])
        strings = [s for s in strings if s not in have]
    for text in strings:
        print(text)
    sys.exit(0)
