"""Invariants of search on any text and any query (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.core.fzf_query import CLOSING_MARKS, OPENING_MARKS
from dossier_tui.core.model import Article, Dossier, Paragraph, Quote
from dossier_tui.core.search import build_index, fold

WORDS = ["Trump", "trump", "Zoë", "Müller", "don’t", "said", "“We", "idea.", "e", "-", "Ünal", "ß", "x"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


def _dossier(paragraphs: list[str]) -> Dossier:
    text = "\n\n".join(paragraphs)
    paras, quotes, pos = [], [], 0
    for i, p in enumerate(paragraphs):
        start = text.index(p, pos)
        paras.append(Paragraph(i, ((start, start + len(p)),)))
        # the second half of every paragraph is a quote
        q0 = start + len(p) // 2
        quotes.append(Quote(f"a:q{i + 1}", "a", q0, start + len(p), text[q0 : start + len(p)], i))
        pos = start + len(p)
    art = Article("a", "a.txt", text, tuple(paras))
    return Dossier("t", (art,), tuple(q for q in quotes if q.text))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentences, min_size=1, max_size=5), st.text(max_size=12))
def test_hits_are_well_formed_for_any_query(paragraphs, query):
    d = _dossier(paragraphs)
    hits = build_index(d).search(query, limit=7)
    assert len(hits) <= 7
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for h in hits:
        prev = 0
        for a, b in h.spans:
            assert prev <= a < b <= len(h.text)
            prev = b
        if h.kind == "quote":
            assert d.article("a").text[h.start : h.start + len(h.text)] == h.text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentences, min_size=1, max_size=5), st.data())
def test_a_substring_of_a_quote_finds_a_quote_holding_it_first(paragraphs, data):
    d = _dossier(paragraphs)
    if not d.quotes:
        return
    q = data.draw(st.sampled_from(d.quotes))
    a = data.draw(st.integers(0, len(q.text) - 1))
    b = data.draw(st.integers(a + 1, len(q.text)))
    query = q.text[a:b]
    # fzf operators and split points make it a different query; a pasted phrase has none of them
    if query != query.strip() or "  " in query or any(c in query for c in "!'^$|\\") or query.strip() == "":
        return
    hits = build_index(d).search(query, limit=5)
    assert hits, query
    assert hits[0].kind == "quote", (query, hits[0])
    # Marks at the query's ends are read as a pasted quote's own and left out (README, Search):
    # "“W" taken from a nested quote finds what "W" finds.
    core = query.lstrip(OPENING_MARKS).rstrip(CLOSING_MARKS) or query
    case = any(c.isupper() for c in core)
    assert fold(core, lower=not case) in fold(hits[0].text, lower=not case)


def test_a_pasted_line_with_marks_inside_is_looked_for_with_them():
    """'We “W' cut from the quote '“We “We' (found by the property above): the marks between its
    words stay in the phrase, only its ends are a pasted quote's own, so that quote is first, not
    the shorter 'We' that holds both words."""
    d = _dossier(["“We", "Trump “We “We"])
    assert {q.text for q in d.quotes} == {"We", "“We “We"}
    hits = build_index(d).search("We “W", limit=5)
    assert hits[0].kind == "quote" and hits[0].text == "“We “We"


@given(st.text(max_size=40))
def test_fold_keeps_every_offset(text):
    assert len(fold(text)) == len(text)
    assert len(fold(text, lower=False)) == len(text)
