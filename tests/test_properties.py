"""Invariants on arbitrary text: the parser never raises and every offset is exact."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.core.build import from_texts

# Text rich in what breaks quote parsers: marks of every kind, apostrophes, newlines, names.
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        "«",
        "»",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        ",",
        ".",
        ":",
        "—",
        " said",
        " he said",
        " Lukashenko",
        " the Belarusian leader",
        " told reporters",
        "Tell ",
        "\x1b[31m",
        "[@click=app.quit]x[/]",
        "\u200b",
        "é",
        "🙂",
        "א",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT)
def test_any_text_parses_and_offsets_are_exact(a, b):
    d = from_texts({"a.txt": a, "b.txt": b})
    ids = set()
    for art, q in d.iter_quotes():
        assert art.text[q.start : q.end] == q.text
        assert 0 <= q.start < q.end <= len(art.text)
        assert q.kind in ("full", "fragment", "other")
        for span in (q.mention, q.cue, q.via):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(art.text)
        if q.speaker is not None:
            assert d.speaker(q.speaker) is not None
        assert q.id not in ids
        ids.add(q.id)
        p = art.paragraphs[q.paragraph]
        assert p.start <= q.start


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_quotes_never_overlap(a):
    d = from_texts({"a.txt": a})
    spans = sorted((q.start, q.end) for q in d.quotes)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2
