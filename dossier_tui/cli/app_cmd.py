"""``dossier [PATH...]``: open the terminal app."""

from __future__ import annotations

import sys


def run_app(argv: list[str]) -> int:
    try:
        from ..tui.factory import make_app
    except ImportError:
        print("dossier: the terminal app is not built yet; try `dossier quotes`", file=sys.stderr)
        return 2
    app = make_app(argv)
    app.run()
    return 0
