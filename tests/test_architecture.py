"""The design holds: the core never imports Qt or the GUI, its modules form no import cycle
(imports inside functions count), and only kinds/ knows which kind a preparation is."""

import ast
import subprocess
import sys

from helpers import ROOT

CORE = ROOT / "mscprep"
KIND_CLASSES = {"Plan", "BlindedPreparation", "AliquotPlan"}


def module_name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path) -> set[str]:
    """Every mscprep module `path` imports, at the top or inside a function."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in CORE.rglob("*.py")}
    return {name: {target for target in imports_of(path) if target in modules and target != name}
            for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state = [], {}

    def visit(module, path):
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    return found


def test_no_import_cycle_inside_the_core():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c", "a"]]


def test_the_core_never_imports_the_gui():
    for path in CORE.rglob("*.py"):
        bad = {target for target in imports_of(path) if target.split(".")[0] in ("ui", "PySide6", "shiboken6")}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_importing_every_core_module_never_loads_qt():
    modules = sorted(module_name(path) for path in CORE.rglob("*.py") if path.stem != "__main__")
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_kinds_knows_the_kind_of_a_preparation():
    """No isinstance on a preparation kind outside the module that builds them."""
    for path in list(CORE.rglob("*.py")) + list((ROOT / "ui").rglob("*.py")):
        if "kinds" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "isinstance" and len(node.args) == 2:
                names = {getattr(n, "id", getattr(n, "attr", "")) for n in ast.walk(node.args[1])}
                assert not names & KIND_CLASSES, f"{path.relative_to(ROOT)}:{node.lineno} branches on a kind"


def test_definitions_import_nothing_above_them():
    for name in ("mscprep.protocol.definitions", "mscprep.defaults", "mscprep.documents.model"):
        path = CORE.joinpath(*name.split(".")[1:]).with_suffix(".py")
        allowed = {"mscprep.units", "mscprep.resources", "mscprep.preparation.findings"}
        if name == "mscprep.defaults":   # checked against its schema before use (issue 23): see below
            # issue 26: and mscprep.checked, which notes the bytes that passed (imports only resources)
            allowed |= {"mscprep.defaults_schema", "mscprep.schema_kinds", "mscprep.checked"}
        mscprep = {target for target in imports_of(path) if target.startswith("mscprep")}
        assert {target for target in mscprep if not any(target.startswith(a) for a in allowed)} == set(), name
    # The defaults' schema and the schema building blocks sit below everything that reads
    # the defaults: they import only definitions, units and the error and character helpers.
    low = {"mscprep.units", "mscprep.resources", "mscprep.errors", "mscprep.form.characters",
           "mscprep.protocol.definitions", "mscprep.schema_kinds"}
    for name in ("mscprep.defaults_schema", "mscprep.schema_kinds"):
        path = CORE.joinpath(*name.split(".")[1:]).with_suffix(".py")
        mscprep = {target for target in imports_of(path) if target.startswith("mscprep")}
        assert {target for target in mscprep if not any(target == a or target.startswith(a + ".") for a in low)} \
            == set(), name
