"""Markdown clippings with YAML front matter (Obsidian Web Clipper, MarkDownload): the block is
metadata, not article text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui import load
from dossier_tui.core.citation import cite_quote, quote_locator
from dossier_tui.core.front_matter import read_front_matter

CLIPPING = """---
title: "Port Ellis will shut Harbor Bridge for a year and a half"
source: "https://www.portellisdaily.com/2025/04/02/port-ellis-harbor-bridge-shut/"
author:
  - "[[Kevin Marsh]]"
published: 2025-04-02
created: 2025-04-03
tags:
  - "clippings"
description: "The \\"long overdue\\" repairs start in June."
---
# Port Ellis will shut Harbor Bridge for a year and a half

Port Ellis Mayor Daniel Okafor said Wednesday that the Harbor Bridge will close for 18 months.

“It’s going to be painful, and I won’t pretend otherwise,” Okafor told reporters.
"""


def test_a_clippings_front_matter_gives_its_metadata_with_the_line_it_came_from(tmp_path: Path):
    (tmp_path / "bridge.md").write_text(CLIPPING, encoding="utf-8")
    d = load(tmp_path, cache=False)
    (a,) = d.articles
    m = a.meta
    assert m.value("title") == "Port Ellis will shut Harbor Bridge for a year and a half"
    assert m.value("authors") == ("Kevin Marsh",)
    assert m.value("date") == "2025-04-02"  # published, not the day it was clipped (created)
    assert m.value("url") == "https://www.portellisdaily.com/2025/04/02/port-ellis-harbor-bridge-shut/"
    assert m.value("outlet") == "portellisdaily.com"
    assert (m.title.provenance.rule, m.title.provenance.line) == ("front-matter", 2)
    assert (m.date.provenance.rule, m.date.provenance.line) == ("front-matter", 6)
    assert a.text[: len(CLIPPING)] == CLIPPING  # the file's text is kept whole: offsets are the file's


def test_front_matter_values_are_not_quotes_and_do_not_count_as_paragraphs(tmp_path: Path):
    (tmp_path / "bridge.md").write_text(CLIPPING, encoding="utf-8")
    d = load(tmp_path, cache=False)
    (q,) = d.quotes  # not the description's "long overdue", not the title or the tags
    assert q.text == "It’s going to be painful, and I won’t pretend otherwise,"
    assert d.article(q.article).text[q.start : q.end] == q.text
    assert d.speaker_name(q) == "Daniel Okafor"
    assert quote_locator(d, q) == "para. 2"
    assert "Kevin Marsh" in cite_quote(d, q, "plain")


def test_a_manifest_still_overrides_the_front_matter(tmp_path: Path):
    (tmp_path / "bridge.md").write_text(CLIPPING, encoding="utf-8")
    (tmp_path / "dossier.toml").write_text(
        '[[articles]]\nfile = "bridge.md"\noutlet = "Port Ellis Daily"\n', encoding="utf-8"
    )
    (a,) = load(tmp_path, cache=False).articles
    assert a.meta.value("outlet") == "Port Ellis Daily"
    assert a.meta.value("authors") == ("Kevin Marsh",)


def test_flow_lists_single_quotes_and_a_named_site():
    fm = read_front_matter(
        "---\ntitle: 'It''s over'\nauthors: [Ann Lee, \"Bo Ray\"]\nsite_name: The Washington Post\n"
        "date: 2016-05-05T10:30:00Z\n---\nBody.\n"
    )
    assert fm is not None
    assert fm.meta.value("title") == "It's over"
    assert fm.meta.value("authors") == ("Ann Lee", "Bo Ray")
    assert fm.meta.value("outlet") == "The Washington Post"
    assert fm.meta.value("date") == "2016-05-05"


def test_what_is_not_front_matter_is_left_to_the_text():
    assert read_front_matter("---\nA thematic break, then prose.\n---\nMore.\n") is None  # no key: value
    assert read_front_matter("---\ntitle: never closed\n\nBody text.\n") is None
    assert read_front_matter("Title\n---\ntitle: x\n---\n") is None  # not at the start
    assert read_front_matter("---\nurl: javascript:alert(1)\ntitle: T\n---\n").meta.value("url") is None


def test_a_thematic_break_article_still_loads_its_quotes(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "---\nThe council met.\n---\n\n“We will rebuild it,” the mayor, Ann Hale, said.\n", encoding="utf-8"
    )
    (q,) = load(tmp_path, cache=False).quotes
    assert q.text == "We will rebuild it,"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("-:'\"[] \n\tabc#.,|\\")), max_size=200))
def test_reading_front_matter_never_raises_and_ends_inside_the_text(body: str):
    text = "---\n" + body
    fm = read_front_matter(text)
    assert fm is None or 0 < fm.end <= len(text)
