"""List every text the sheet and label translate, so catalogs can be checked for gaps.
Usage: python tools/sheet_strings.py [LANGUAGE]  (prints the missing ones for LANGUAGE)"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sheet_strings() -> list[str]:
    from mscprep.fields import FIELDS
    from mscprep.findings import CODES
    from mscprep.resources import defaults_table
    found: list[str] = []
    for path in (ROOT / "mscprep" / "printing").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    # finding message templates and their translated words
    for path in list((ROOT / "mscprep").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("make", "_finding")
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                found.append(node.args[1].value)
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("_IMPLAUSIBLE", "_SPEED", "_DILUTION"):
                found += [value.value for value in node.value.values]
    from mscprep.limits import LIMIT_SPECS
    found += [spec.description for spec in LIMIT_SPECS.values()]
    found += ["is a hard limit and cannot be overridden", "does not apply to this plan", "is not a finding code"]
    table = defaults_table()
    found += table["checklist"]["items"] + table["response"]["steps"] + table["line"]["requirements"]
    found += [table["storage"]["label"], "before start", "REASON REQUIRED", "HARD", "SOFT", "INFO",
              "BLOCKED - NOT FOR ADMINISTRATION", "NOT READY - REASON REQUIRED FOR A SOFT FINDING",
              "DRAFT - NOT VERIFIED", "DRAFT - NOT WEIGHED", "REPRINT", "autologous", "allogeneic",
              "Prepared by", "Checked by (independent double check)", "Administered by"]
    found += [value["label"] for value in table["tissues"].values()]
    found += [value["label"] for value in table["diluents"].values()]
    found += [spec.label for spec in FIELDS]
    found += [title for _severity, title in CODES.values()]
    found += ["Dose (viable cells)", "Dose (total cells)", "Total concentration", "Viable concentration",
              "Viability", "Volume to draw", "Diluent", "Final volume", "Final concentration", "Rate",
              "Product / diluent flow", "Gravity drip rate", "Duration", "Cell rate", "DMSO", "Use by",
              "Start infusion by", "Bags", "Course", "Bag", "Cells", "Draw", "Start by", "Total volume to prepare",
              "Schedule", "First dose", "Last dose", "Planned", "Thawed at", "Given at"]
    return sorted(set(found))


if __name__ == "__main__":
    strings = sheet_strings()
    if len(sys.argv) > 1:
        from mscprep.i18n import catalog
        have = catalog(sys.argv[1])
        strings = [s for s in strings if s not in have]
    for text in strings:
        print(text)
