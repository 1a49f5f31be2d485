"""``dossier export [PATH...] --format ...``: the dossier for reference managers, scripts,
spreadsheets or readers, to stdout or atomically to a file."""

from __future__ import annotations

import argparse
import sys

from ..core.citation import STYLES
from ..core.export import FORMATS, RefusedOverwrite, render, write_atomic
from .common import add_common, load_for_cli

HELP = "export citations (CSL-JSON, BibLaTeX), a Markdown report, JSON or CSV"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser, json_flag=False)
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="markdown", help="output format (default: markdown)"
    )
    parser.add_argument(
        "--style",
        choices=[s for s in STYLES if s != "markdown"],
        default="apa",
        help="citation style of the CSV's citation column, in its in-text form (default: apa)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    text = render(dossier, args.format, args.style)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return status
    try:
        write_atomic(dossier, args.output, text)
    except RefusedOverwrite as e:
        print(f"dossier export: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"dossier export: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return 1
    return status
