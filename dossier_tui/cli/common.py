"""What every subcommand shares: path arguments, loading with problems on stderr, JSON output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.article_filter import FilterError, parse_filter
from ..core.build import load
from ..core.model import Article, Dossier
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


FILTER_HELP = (
    "only articles the filter keeps, as f in the app: words in outlet, title or author "
    "(nyt, brexit, by:haberman, -opinion) and dates (2016-06, 2016-06-20..2016-06-30)"
)


def add_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--filter", metavar="EXPR", default="", help=FILTER_HELP)


def filtered_articles(dossier: Dossier, args: argparse.Namespace) -> list[Article]:
    """The articles ``--filter`` keeps; a filter that cannot be applied stops the command (exit 2,
    as a usage error): printing everything instead would pass for a filtered answer."""
    try:
        article_filter = parse_filter(getattr(args, "filter", "") or "")
    except FilterError as exc:
        print(f"dossier: --filter {escape_controls(repr(args.filter))}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return article_filter.apply(dossier.articles) if article_filter else list(dossier.articles)


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


def id_width(ids: Iterable[str], terminal_width: int) -> int:
    """A table column width that keeps every id on one line (copyable), unless that would leave
    the other columns a character each: then at most a third of the terminal, the id folded."""
    return min(MAX_ID_WIDTH, max(12, terminal_width // 3), max((len(i) for i in ids), default=2))


MISSING = "—"
"""What a terminal table shows for an unknown value; piped, the cell is empty, as scripts expect."""


def _cell_text(cell: object) -> str:
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return "" if text == MISSING else " ".join(text.replace("\t", " ").split())


def print_table(table: Table, note: str | None = None) -> None:
    """The table in a terminal. Piped or redirected, tab-separated lines instead (a header line,
    then one row a line, every cell whole): what grep, cut and spreadsheets read, where Rich would
    fold every cell into an 80-column box. ``note`` (the table's title there) then goes to stderr."""
    console = Console()
    if console.is_terminal:
        console.print(table, markup=False)
        return
    if note:
        print(f"dossier: {escape_controls(note)}", file=sys.stderr)
    columns = [(column.header, list(column.cells)) for column in table.columns]
    lines = ["\t".join(_cell_text(header) for header, _ in columns)]
    lines += ["\t".join(_cell_text(cells[r]) for _, cells in columns) for r in range(table.row_count)]
    sys.stdout.write("\n".join(lines) + "\n")
