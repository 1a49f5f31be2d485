"""The ``dossier`` command: with no subcommand it opens the app; subcommands print tables or JSON."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

# Each subcommand lives in its own module exposing ``HELP``, ``add_arguments(parser)`` and
# ``run(args) -> int``; modules are imported only when their command runs.
COMMANDS = ("articles", "quotes", "search", "compare", "cite", "export")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Read news dossiers: every quote, who said it, and how outlets differ. "
        "With no command, opens the terminal app (on the bundled seed articles when no path is given).",
    )
    from .. import __version__

    parser.add_argument("-V", "--version", action="version", version=f"dossier {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        mod = importlib.import_module(f"dossier_tui.cli.{name}_cmd")
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list in (["--version"], ["-V"]):
        from .. import __version__

        print(f"dossier {__version__}")
        return 0
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help")):
        from .app_cmd import run_app

        return run_app(args_list, COMMANDS)
    for stream in (sys.stdout, sys.stderr):
        # a file name that is not UTF-8 (lone surrogates from os.walk) must not crash the output
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    if args_list[0] in COMMANDS:
        # paths may come before or after options: `dossier cite ID --style apa PATH`
        name = args_list[0]
        mod = importlib.import_module(f"dossier_tui.cli.{name}_cmd")
        p = argparse.ArgumentParser(prog=f"dossier {name}", description=mod.HELP)
        mod.add_arguments(p)
        args = p.parse_intermixed_args(args_list[1:])
        args._run = mod.run
        args.command = name
    else:
        args = _parser().parse_args(args_list)
    try:
        return args._run(args)
    except BrokenPipeError:  # `dossier quotes | head` is fine
        return 0
