"""``dossier cite ID [PATH...]``: an article's citation, or a quote followed by its citation."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..core.citation import STYLES, cite_article, cite_quote, gap_note, missing_parts
from ..core.model import Dossier
from ..core.text import clean_for_display
from .common import add_common, load_for_cli, print_json

HELP = "print the citation of an article, or a quote with its citation"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        metavar="ID",
        help="an article id or a quote id (ARTICLE:qN); - reads ids from stdin, one a line (one load for all)",
    )
    add_common(parser)
    parser.add_argument("--style", choices=STYLES, default="plain", help="citation style (default: plain)")
    parser.add_argument(
        "--in-text",
        action="store_true",
        help="the in-text form only: (Author, year) or the short note, no reference entry",
    )
    parser.add_argument("--no-locator", action="store_true", help="leave out a quote's paragraph number")


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    many = args.id == "-"
    idents = [line.strip() for line in sys.stdin if line.strip()] if many else [args.id]
    found: list[tuple[str, dict[str, Any]]] = []
    for ident in idents:
        cited = _cite(dossier, ident, args)
        if cited is None:
            where = " in the bundled seeds (give the dossier's PATH after the id)" if not args.paths else ""
            print(
                f"dossier cite: no article or quote with id {clean_for_display(ident)!r}{where}",
                file=sys.stderr,
            )
            status = 1
            continue
        found.append(cited)
        gaps = cited[1]["missing"]
        if gaps:
            print(f"dossier cite: {clean_for_display(ident)}: {gap_note(tuple(gaps))}", file=sys.stderr)
    if args.json:
        datas = [data for _text, data in found]
        if many:
            print_json(datas)
        elif datas:
            print_json(datas[0])
    elif found:  # (a citation may hold a blank line itself, APA's and MLA's: --json keeps them apart)
        print("\n\n".join(text for text, _data in found))
    return status


def _cite(dossier: Dossier, ident: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]] | None:
    try:
        quote = dossier.quote(ident)
    except KeyError:
        quote = None
    if quote is not None:
        text = cite_quote(dossier, quote, args.style, locator=not args.no_locator, in_text=args.in_text)
        missing = missing_parts(dossier, dossier.article(quote.article))
        return text, {"id": ident, "style": args.style, "text": text, "missing": list(missing)}
    try:
        article = dossier.article(ident)
    except KeyError:
        return None
    cit = cite_article(dossier, article, args.style, in_text=args.in_text)
    return cit.text, {
        "id": ident,
        "style": args.style,
        "text": cit.text,
        "markdown": cit.markdown,
        "italic": [list(r) for r in cit.italic],
        "missing": list(missing_parts(dossier, article)),
    }
