"""What every subcommand shares: path arguments, loading with problems on stderr, JSON output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from ..core.build import load
from ..core.model import Dossier
from ..core.text import escape_controls, json_text


def add_common(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files, directories or dossier.toml (default: bundled seeds)",
    )
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--strict", action="store_true", help="exit non-zero when any file had a problem")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="do not read or write the parse cache (~/.cache/dossier); same as DOSSIER_NO_CACHE=1",
    )


def load_for_cli(args: argparse.Namespace) -> tuple[Dossier, int]:
    """Load the dossier, print problems to stderr; the status is non-zero only if nothing loaded
    (or any problem, with ``--strict``)."""
    dossier = load(*args.paths, cache=False if getattr(args, "no_cache", False) else None)
    for problem in dossier.problems:
        # a hostile file name must not reach the terminal raw, yet stay recognisable
        print(f"dossier: {escape_controls(str(problem))}", file=sys.stderr)
    status = 0
    if not dossier.articles and (args.paths or dossier.problems):
        status = 1
    if getattr(args, "strict", False) and dossier.problems:
        status = 1
    return dossier, status


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(data) + "\n")


MAX_ID_WIDTH = 64


def id_width(ids: Iterable[str]) -> int:
    """A table column width that keeps every id on one line (copyable), up to a sane maximum."""
    return min(MAX_ID_WIDTH, max((len(i) for i in ids), default=2))
