"""``dossier articles``: the articles and their metadata, each field with where it came from."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from ..core.model import Article
from ..core.serialize import article_json
from ..core.text import clean_for_display, shorten
from .common import add_common, add_filter, filtered_articles, id_width, load_for_cli, print_json, print_table

HELP = "list the dossier's articles with their metadata"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    add_filter(parser)


def _untitled(article: Article) -> str:
    """As the app shows it: no title is invented, the opening words stand in, marked as such."""
    opening = shorten(clean_for_display(article.opening_words()), 60)
    return f"(untitled) {opening}" if opening else "(untitled, no text)"


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    articles = filtered_articles(dossier, args)
    if args.json:
        print_json([article_json(dossier, a) for a in articles])
        return status
    table = Table(title=clean_for_display(dossier.title), expand=True)
    table.add_column("id", width=id_width((a.id for a in articles), Console().width), overflow="fold")
    for col in ("outlet", "date", "title"):
        table.add_column(col, overflow="fold")
    table.add_column("quotes", justify="right", no_wrap=True)
    for a in articles:
        m = a.meta
        table.add_row(
            *(
                clean_for_display(str(x))
                for x in (
                    a.id,
                    m.value("outlet") or "—",
                    m.value("date") or "—",
                    m.value("title") or _untitled(a),
                    len(dossier.quotes_in(a.id)),
                )
            )
        )
    print_table(table)
    return status
