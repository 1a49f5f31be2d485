"""``dossier compare``: quote families across outlets and how their wording differs."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..core.align import MOVED_NOTE, SIMILARITY_NOTE
from ..core.families import Families, Family, PairDiff, singletons_by
from ..core.model import Dossier
from ..core.name_variants import outlet_label
from ..core.text import clean_for_display
from .common import add_common, load_for_cli, print_json

HELP = "quote families across outlets and their wording differences"

STYLES = {
    "punctuation": "dim yellow",
    "case": "dim yellow",
    "spelling": "yellow",
    "function-word": "cyan",
    "substitution": "bold magenta",
    "insertion": "bold green",
    "omission": "bold red",
    "truncation-start": "dim",
    "truncation-end": "dim",
    "moved": "bold blue",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument(
        "--substantive", action="store_true", help="only families with a substantive difference"
    )


def _member_json(dossier: Dossier, qid: str) -> dict[str, Any]:
    q = dossier.quote(qid)
    return {
        "id": qid,
        "article": q.article,
        "outlet": dossier.article(q.article).meta.value("outlet"),
        "speaker": dossier.speaker_name(q),
        "speaker_id": q.speaker,
        "text": q.text,
        "start": q.start,
        "end": q.end,
    }


def _pair_json(p: PairDiff) -> dict[str, Any]:
    return {
        "a": p.a,
        "b": p.b,
        "similarity": p.similarity,
        "verdict": p.verdict,
        "differences": [
            {
                "label": d.label,
                "a": None if d.a is None else list(d.a),
                "b": None if d.b is None else list(d.b),
                "a_text": d.a_text,
                "b_text": d.b_text,
            }
            for d in p.differences
        ],
    }


def family_json(dossier: Dossier, fam: Family) -> dict[str, Any]:
    return {
        "id": fam.id,
        "speakers": [
            {"id": s, "name": None if s is None else getattr(dossier.speaker(s), "name", None)}
            for s in fam.speakers
        ],
        "conflict": fam.conflict,
        "similarity": min((p.similarity for p in fam.pairs), default=None),
        "members": [_member_json(dossier, m) for m in fam.members],
        "pairs": [_pair_json(p) for p in fam.pairs],
    }


def _marked(dossier: Dossier, qid: str, spans: list[tuple[tuple[int, int], str]]) -> Text:
    """The quote's own text with each difference span styled (offsets are article offsets)."""
    q = dossier.quote(qid)
    text = Text(clean_for_display(q.text, keep_newlines=False))
    if len(text.plain) != len(q.text):  # escapes were stripped: offsets no longer line up
        return text
    for (s, e), style in spans:
        text.stylize(style, max(s - q.start, 0), max(e - q.start, 0))
    return text


def _credited(dossier: Dossier, qid: str) -> Text:
    name = dossier.speaker_name(dossier.quote(qid))
    return Text(f"— {clean_for_display(name, keep_newlines=False)}" if name else "— unattributed", "italic")


def _pair_view(dossier: Dossier, p: PairDiff) -> Group:
    a_spans = [(d.a, STYLES.get(d.label, "")) for d in p.differences if d.a is not None]
    b_spans = [(d.b, STYLES.get(d.label, "")) for d in p.differences if d.b is not None]
    table = Table(expand=True, box=None, padding=(0, 1))
    for qid in (p.a, p.b):
        q = dossier.quote(qid)
        outlet = dossier.article(q.article).meta.value("outlet")
        header = clean_for_display(f"{outlet} · {qid}" if outlet else qid, keep_newlines=False)
        table.add_column(Text(header, style="bold"), ratio=1, overflow="fold")
    # Who each outlet credits: what an "attribution conflict" is about.
    table.add_row(*(_credited(dossier, qid) for qid in (p.a, p.b)))
    table.add_row(_marked(dossier, p.a, a_spans), _marked(dossier, p.b, b_spans))
    notes = Text(f"  similarity {p.similarity:.2f} {SIMILARITY_NOTE} · {p.verdict}\n", style="italic")
    for d in p.differences:
        notes.append(f"  {d.label}: ", style=STYLES.get(d.label, ""))
        notes.append(clean_for_display(d.a_text or "∅", keep_newlines=False))
        if d.label == "moved":
            notes.append(f" ({MOVED_NOTE})")
        else:
            notes.append(" → ")
            notes.append(clean_for_display(d.b_text or "∅", keep_newlines=False))
        notes.append("\n")
    return Group(table, notes)


def _family_panel(dossier: Dossier, fam: Family) -> Panel:
    names = [dossier.speaker(s).name if dossier.speaker(s) else "unattributed" for s in fam.speakers]
    title = Text(f"{fam.id} · {', '.join(names)}")
    if fam.conflict:
        title.append(" · attribution conflict", style="bold red")
    outlets = sorted({outlet_label(dossier, dossier.quote(m).article) for m in fam.members})
    sim = min((p.similarity for p in fam.pairs), default=None)
    lowest = "" if sim is None else f" · lowest similarity {sim:.2f}"
    n_out = len(outlets)
    counts = f"{len(fam.members)} quotes · {n_out} outlet{'s' if n_out != 1 else ''}{lowest}"
    subtitle = Text(clean_for_display(counts))
    return Panel(
        Group(*(_pair_view(dossier, p) for p in fam.pairs)),
        title=Text(clean_for_display(title.plain), spans=title.spans),
        subtitle=subtitle,
    )


def _report(dossier: Dossier, fams: Families, shown: list[Family]) -> None:
    console = Console()
    for fam in shown:
        console.print(_family_panel(dossier, fam))
    if not shown:
        what = (
            "No family differs beyond punctuation, case or spelling."
            if fams.families
            else ("No quote appears in more than one article: no families to compare.")
        )
        console.print(Text(what, style="bold"))
    legend = Text("labels: ")
    for label, style in STYLES.items():
        legend.append(label, style=style)
        legend.append(" ")
    console.print(legend)
    cov = singletons_by(dossier, fams)
    table = Table(title="Quotes only one outlet carries", expand=False)
    table.add_column("outlet")
    table.add_column("quotes", justify="right")
    for outlet, ids in sorted(cov["outlet"].items()):
        table.add_row(Text(clean_for_display(outlet)), str(len(ids)))
    console.print(table)
    if fams.name_variants:
        nv = Table(title="Name spellings", expand=False)
        nv.add_column("name")
        nv.add_column("spelling → outlets", overflow="fold")
        for v in fams.name_variants:
            cell = "; ".join(f"{s}: {', '.join(o)}" for s, o in v.spellings.items())
            nv.add_row(Text(clean_for_display(v.canonical)), Text(clean_for_display(cell)))
        console.print(nv)


def run(args: argparse.Namespace) -> int:
    dossier, status = load_for_cli(args)
    fams: Families = dossier.families
    shown = [
        f for f in fams.families if not args.substantive or any(p.verdict == "substantive" for p in f.pairs)
    ]
    if args.json:
        print_json([family_json(dossier, f) for f in shown])
        return status
    _report(dossier, fams, shown)
    return status
