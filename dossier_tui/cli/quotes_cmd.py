"""``dossier quotes``: every direct quote with its speaker and evidence."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.model import Dossier
from ..core.serialize import quote_json
from ..core.text import clean_for_display
from .common import add_common, add_filter, filtered_articles, id_width, load_for_cli, print_json, print_table

HELP = "list every direct quote with its speaker"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    add_filter(parser)
    parser.add_argument(
        "--families",
        action="store_true",
        help="add each quote's family (the id `dossier compare` gives the same utterance in other "
        "articles; null when no other article carries it); compares the whole dossier first",
    )


def _family_ids(dossier: Dossier) -> dict[str, str]:
    """Quote id to family id. The families are compared across the whole dossier, not only the
    ``--filter``'s articles, so the ids are the ones ``dossier compare`` prints."""
    return {qid: f.id for f in dossier.families.families for qid in f.members}


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    quotes = [q for a in filtered_articles(dossier, args) for q in dossier.quotes_in(a.id)]
    family = _family_ids(dossier) if args.families else None
    if args.json:
        rows = [quote_json(dossier, q) for q in quotes]
        if family is not None:
            for row in rows:
                row["family"] = family.get(row["id"])
        print_json(rows)
        return status
    table = Table(title=Text(clean_for_display(dossier.title)), expand=True)
    # Ids are what `dossier cite` takes: wide enough to stay on one line, so they can be copied.
    table.add_column("id", width=id_width((q.id for q in quotes), Console().width), overflow="fold")
    for col, ratio in (("outlet", 2), ("speaker", 2), ("kind", 1), ("quote", 6)):
        table.add_column(col, ratio=ratio, overflow="fold")
    if family is not None:
        table.add_column("family", width=5, overflow="fold")
    for q in quotes:
        art = dossier.article(q.article)
        table.add_row(
            *(
                Text(clean_for_display(str(x)))
                for x in (
                    q.id,
                    art.meta.value("outlet") or "—",
                    dossier.speaker_name(q) or "—",
                    q.kind,
                    q.text,
                    *([family.get(q.id, "—")] if family is not None else []),
                )
            )
        )
    print_table(table)
    return status
