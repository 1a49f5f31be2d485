"""`dossier search`: not built yet."""

from __future__ import annotations

import argparse
import sys

from .common import add_common

HELP = "search (not built yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    print("dossier search: not built yet", file=sys.stderr)
    return 2
