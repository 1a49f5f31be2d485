"""``dossier [PATH...]``: open the terminal app."""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Sequence


def _refusal(argv: list[str], commands: Sequence[str]) -> str | None:
    """Why the app should not open, or ``None``. A misspelt command or an option the app does not
    take would otherwise open a full-screen app on an empty dossier, and in a pipe that app never
    ends; so does any run without a terminal."""
    options, paths = _split(argv)
    for arg in options:
        if arg.startswith("-") and not os.path.exists(arg):
            return f"unknown option {arg!r} (see dossier --help; put -- before a path that starts with -)"
    missing = [p for p in paths if not os.path.exists(p)]
    for arg in missing:
        close = difflib.get_close_matches(arg, commands, n=1)
        if close:
            return f"{arg}: no such file or directory, nor a command (did you mean `dossier {close[0]}`?)"
    if paths and len(missing) == len(paths):
        return "; ".join(f"{p}: no such file or directory" for p in missing)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return (
            "the app needs a terminal; in a script use a command "
            f"({', '.join(commands)}; e.g. `dossier quotes --json`)"
        )
    return None


def _split(argv: list[str]) -> tuple[list[str], list[str]]:
    """(the arguments before ``--``, which may be options; every path, ``--`` left out)."""
    split = argv.index("--") if "--" in argv else len(argv)
    return argv[:split], argv[:split] + argv[split + 1 :]


def run_app(argv: list[str], commands: Sequence[str] = ()) -> int:
    from ..core.text import escape_controls

    why = _refusal(argv, commands)
    if why is not None:
        print(f"dossier: {escape_controls(why)}", file=sys.stderr)
        return 2
    from ..tui.factory import make_app

    app = make_app(_split(argv)[1])
    app.run()
    return 0
