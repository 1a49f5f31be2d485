"""The core never imports Textual: scripts and the CLI must work without the UI stack."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "dossier_tui" / "core"


def test_core_modules_never_import_textual():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.level:
                    names = [f".{node.module}"]
            for name in names:
                if name.split(".")[0] == "textual" or "tui" in name.split("."):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) >= 5  # the walk really saw the core
