"""One paragraph number for a quote, everywhere a user reads one: citations, JSON, search, CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from dossier_tui import load
from dossier_tui.cli.search_cmd import hit_json
from dossier_tui.core.citation import cite_quote
from dossier_tui.core.export import to_csv
from dossier_tui.core.search import build_index
from dossier_tui.core.serialize import quote_json

ARCHIVE = (
    "Voters weigh the levy;\nThe council splits.\n\nABSTRACT.\n\n"
    "The council's levy divides the town, and its mayor says it is “a fair price.”\n\nFULL TEXT.\n\n"
    "The council met on Monday to vote on the levy.\n\n"
    "“We cannot keep the library open without it,” the mayor, Ann Hale, said after the vote.\n"
)


def test_the_abstract_and_the_archive_labels_are_not_counted(tmp_path: Path):
    (tmp_path / "nyt_2016-05-05_levy.txt").write_text(ARCHIVE, encoding="utf-8")
    d = load(tmp_path)
    assert len(d.articles) == 1
    q = next(q for q in d.quotes if q.text.startswith("We cannot"))
    row = quote_json(d, q)
    assert row["para"] == 2  # the story's second paragraph, as printed
    assert row["paragraph"] != row["para"]  # the index still counts every block of the file
    assert "para. 2" in cite_quote(d, q, "apa", in_text=True)
    # a quote in the abstract has no number on the printed page
    abstract = next(q for q in d.quotes if q.text.startswith("a fair"))
    assert quote_json(d, abstract)["para"] is None
    assert "para." not in cite_quote(d, abstract, "apa", in_text=True)
    # search JSON and the CSV export give the same number
    hit = next(h for h in build_index(d).search("library open") if h.quote == q.id)
    assert hit_json(d, hit)["para"] == 2
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(d)))}
    assert rows[q.id]["para"] == "2" and "para. 2" in rows[q.id]["citation"]
    json.dumps(row)  # plain JSON


def test_without_archive_labels_every_body_paragraph_counts(tmp_path: Path):
    text = "# A title\n\nBy Jo Lee\n\nFirst paragraph.\n\n“Second,” she said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    d = load(tmp_path)
    (q,) = d.quotes
    assert quote_json(d, q)["para"] == 2
