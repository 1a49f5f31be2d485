"""``@name`` alone lists a speaker's quotes in dossier order (article by article, then by offset in
the article), whatever order the dossier's quote tuple holds them in and however the index numbers
them (by kind and length). The per-speaker lists are built with a packed integer key; this checks
them against the plain ``(article position, start)`` order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core.model import Article, ArticleMeta, Dossier, Paragraph, Quote, Speaker
from dossier_tui.core.search import build_index

WORD = "said"


def _dossier(data: st.DataObject) -> Dossier:
    n_articles = data.draw(st.integers(1, 5))
    # article ids not in load order: the order is the articles' positions, not their ids' order
    ids = data.draw(st.permutations([f"art{k}" for k in range(n_articles)]))
    articles, quotes = [], []
    for aid in ids:
        n = data.draw(st.integers(0, 6))
        # quotes of different lengths, so the index's (kind, length) numbering mixes them up
        lengths = data.draw(st.lists(st.integers(1, 30), min_size=n, max_size=n))
        parts, spans, pos = [], [], 0
        for k, length in enumerate(lengths):
            inner = (f"{WORD} {aid} {k} " + "x" * length).strip()
            lead = "A" * data.draw(st.integers(0, 3)) + " “"
            parts.append(lead + inner + "” ")
            spans.append((pos + len(lead), pos + len(lead) + len(inner), inner))
            pos += len(parts[-1])
        text = "".join(parts) or "Nothing said."
        articles.append(
            Article(aid, f"{aid}.txt", text, (Paragraph(0, ((0, len(text)),), "body"),), ArticleMeta())
        )
        for k, (start, end, inner) in enumerate(spans):
            sid = data.draw(st.sampled_from(["s1", "s2", None]))
            quotes.append(Quote(f"{aid}:q{k}", aid, start, end, inner, 0, speaker=sid))
    # the dossier's quote tuple in any order (a dossier need not keep document order)
    quotes = data.draw(st.permutations(quotes))
    speakers = (Speaker("s1", "Ann Hale"), Speaker("s2", "Bob Stone"))
    return Dossier("t", tuple(articles), tuple(quotes), speakers)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_at_name_alone_is_in_article_then_offset_order(data: st.DataObject) -> None:
    d = _dossier(data)
    position = {a.id: n for n, a in enumerate(d.articles)}
    index = build_index(d)
    for sid, name in (("s1", "@hale"), ("s2", "@stone")):
        theirs = [q for q in d.quotes if q.speaker == sid]
        expected = [q.id for q in sorted(theirs, key=lambda q: (position[q.article], q.start))]
        assert [h.quote for h in index.search(name, limit=1000)] == expected
