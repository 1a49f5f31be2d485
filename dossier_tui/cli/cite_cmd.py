"""``dossier cite ID [PATH...]``: an article's citation, or a quote followed by its citation."""

from __future__ import annotations

import argparse
import sys

from ..core.citation import STYLES, cite_article, cite_quote
from ..core.text import clean_for_display
from .common import add_common, load_for_cli, print_json

HELP = "print the citation of an article, or a quote with its citation"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="an article id or a quote id (ARTICLE:qN)")
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
    ident = args.id
    try:
        quote = dossier.quote(ident)
    except KeyError:
        quote = None
    if quote is not None:
        text = cite_quote(dossier, quote, args.style, locator=not args.no_locator, in_text=args.in_text)
        data = {"id": ident, "style": args.style, "text": text}
    else:
        try:
            article = dossier.article(ident)
        except KeyError:
            print(f"dossier cite: no article or quote with id {clean_for_display(ident)!r}", file=sys.stderr)
            return 1
        cit = cite_article(dossier, article, args.style, in_text=args.in_text)
        text = cit.text
        data = {
            "id": ident,
            "style": args.style,
            "text": cit.text,
            "markdown": cit.markdown,
            "italic": [list(r) for r in cit.italic],
        }
    if args.json:
        print_json(data)
    else:
        print(text)
    return status
