"""``dossier search``: fzf-syntax search across every outlet's quotes, paragraphs, titles and speakers."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.model import Dossier
from ..core.search import Hit
from ..core.text import clean_for_display, clean_same_length
from .common import add_common, id_width, load_for_cli, print_json, print_table

HELP = (
    "search quotes, paragraphs, titles and speakers (fzf syntax: 'exact ^prefix suffix$ !not a | b;"
    " @name keeps one speaker's quotes)"
)
CONTEXT = 60
"""Characters of context shown on each side of the first match in a long hit."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        metavar="QUERY",
        help="fzf-style query, e.g. 'build wall', '@graham unacceptable'; quote it in the shell",
    )
    add_common(parser)
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    parser.add_argument(
        "--as-spelled",
        action="store_true",
        help="search a name only as typed, not also its other spellings in the dossier (Naufal / Nawfal)",
    )


def hit_json(dossier: Dossier, hit: Hit) -> dict[str, Any]:
    meta = None if hit.article is None else dossier.article(hit.article).meta
    speaker = dossier.speaker(hit.speaker)
    return {
        "kind": hit.kind,
        "article": hit.article,
        "quote": hit.quote,
        "speaker": None if speaker is None else speaker.name,
        "speaker_id": hit.speaker,
        "outlet": None if meta is None else meta.value("outlet"),
        "date": None if meta is None else meta.value("date"),
        "title": None if meta is None else meta.value("title"),
        "text": hit.text,
        "spans": [list(s) for s in hit.spans],
        "score": hit.score,
        "paragraph": hit.paragraph,
        "para": None
        if hit.article is None or hit.paragraph is None
        else dossier.article(hit.article).para_numbers.get(hit.paragraph),
        "start": hit.start,
    }


def snippet(hit: Hit, context: int = CONTEXT) -> Text:
    """The hit's text around its first match, matched characters in bold reverse; styles are applied
    by offset to plain text, so nothing in the article is ever read as markup."""
    safe = clean_same_length(hit.text).replace("\n", " ")  # same length: spans stay valid
    a, b = 0, len(safe)
    if hit.spans and len(safe) > 2 * context + 40:
        a = max(0, hit.spans[0][0] - context)
        b = min(len(safe), max(hit.spans[0][1], a) + context)
    prefix = "…" if a > 0 else ""
    out = Text(prefix + safe[a:b] + ("…" if b < len(safe) else ""))
    for s, e in hit.spans:
        s, e = max(s, a), min(e, b)
        if s < e:
            out.stylize("bold reverse", s - a + len(prefix), e - a + len(prefix))
    return out


def hit_count(n: int, more: bool) -> str:
    """ "3 hits", "1 hit", or "first 50 hits (--limit N for more)" when the limit cut the list."""
    if more:
        return f"first {n} hits (--limit N for more)"
    return f"{n} hit" if n == 1 else f"{n} hits"


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    limit = max(0, args.limit)
    families = None if args.as_spelled else dossier.families
    # one more than shown: are there more?
    hits, spellings = dossier.search_spellings(args.query, limit + 1, families)
    more, hits = len(hits) > limit, hits[:limit]
    if args.json:
        print_json([hit_json(dossier, h) for h in hits])
        return status
    also = f" (also spelled {', '.join(spellings)})" if spellings else ""
    title = f"{hit_count(len(hits), more)} for {args.query}{also}"
    table = Table(title=Text(clean_for_display(title)), expand=True)
    # The id `dossier cite` takes: the quote's, else the article's (a speaker hit: the speaker's).
    ids = [h.quote or h.article or h.speaker or "" for h in hits]
    table.add_column("id", width=id_width(ids, Console().width), overflow="fold")
    table.add_column("kind", no_wrap=True, min_width=9)
    for col, ratio in (("outlet", 2), ("speaker", 2), ("match", 8)):
        table.add_column(col, ratio=ratio, overflow="fold")
    for h, ident in zip(hits, ids, strict=True):
        data = hit_json(dossier, h)
        table.add_row(
            Text(clean_for_display(ident)),
            Text(h.kind),
            Text(clean_for_display(data["outlet"] or "—")),
            Text(clean_for_display(data["speaker"] or "—")),
            snippet(h),
        )
    print_table(table, note=title)
    return status
