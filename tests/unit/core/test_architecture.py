"""The core never imports Qt or the gui layer (ARCHITECTURE.md rule 1)."""

import ast
import subprocess
import sys
from pathlib import Path

import smallcrm.core

CORE = Path(smallcrm.core.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "smallcrm.gui")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_gui():
    offenders = [
        f"{path.relative_to(CORE.parent)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        "smallcrm." + ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r}))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 8  # the walk really found the core


def test_the_gui_does_not_query_the_database_itself():
    """Views go through core services (rule: views never query ORM objects directly)."""
    import smallcrm.gui

    gui = Path(smallcrm.gui.__file__).parent
    offenders = []
    for path in sorted(gui.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {alias.name for alias in node.names}
                # A Session type in a signature is fine; building queries is not.
                if node.module == "sqlalchemy.orm" and names <= {"Session"}:
                    continue
                if node.module.startswith(("sqlalchemy", "smallcrm.core.models")):
                    offenders.append(f"{path.name}: from {node.module} import {sorted(names)}")
            elif isinstance(node, ast.Import):
                offenders += [
                    f"{path.name}: import {a.name}"
                    for a in node.names
                    if a.name.startswith(("sqlalchemy", "smallcrm.core.models"))
                ]
    assert offenders == []
