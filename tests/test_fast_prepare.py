"""The speed paths of attribution's shared preparation give exactly what the plain code gives: names
with the same roles, the same names kept, on any text built from words that make roles and names."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import attribution, mentions
from dossier_tui.core.layout import parse_layout
from dossier_tui.core.model import Article
from dossier_tui.core.quotes import find_quotes

_WORDS = [
    "Kremlin",
    "spokesman",
    "Dmitry",
    "Peskov",
    "Sen.",
    "Elizabeth",
    "Warren",
    "said",
    "the",
    "former",
    "President",
    "Donald",
    "Trump’s",
    "Mr.",
    "Brandt",
    "U.S.",
    "Secretary",
    "of",
    "State",
    "John",
    "Kerry",
    "Pentagon",
    "Jeff",
    "Davis",
    "Media",
    "Research",
    "Center’s",
    "Bozell",
    "is",
    "expected",
    "to",
    "host",
    "Texas-based",
    "Matt",
    "he",
    "She",
    "told",
    "“Hello.”",
    "\u00a0",
    "\n",
    "\n\n",
    ",",
    ".",
]
text_of = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)


def _plain_names_in(masked: str, lo: int, hi: int) -> list[mentions.Mention]:
    """names_in as it was: _role_before asked for every name."""
    out = []
    for m in mentions._NAME_SEQ.finditer(masked, lo, hi):
        parsed = mentions._parse_name(m.group())
        if parsed is None:
            continue
        a, b, name, role_words, possessive = parsed
        role = mentions._role_before(masked, m.start(), role_words)
        out.append(mentions.Mention(m.start() + a, m.start() + b, "name", name, role, possessive))
    return out


@given(text_of, st.integers(0, 10), st.integers(0, 400))
@settings(max_examples=400, deadline=None)
def test_names_in_gives_the_roles_role_before_gives(text: str, lo: int, hi: int) -> None:
    assert mentions.names_in(text, lo, hi) == _plain_names_in(text, lo, hi)


def test_names_in_keeps_roles_before_names() -> None:
    text = "Kremlin spokesman Dmitry Peskov met former President Donald Trump and he left."
    assert [(m.text, m.role) for m in mentions.names_in(text, 0, len(text))] == [
        ("Kremlin", None),
        ("Dmitry Peskov", "Kremlin spokesman"),
        ("Donald Trump", "President"),
    ]


def _plain_kept(state: attribution._ArticleState, names: list[mentions.Mention]) -> list[mentions.Mention]:
    return [
        m
        for m in attribution._drop_sentence_openers(state, names)
        if m.possessive or not mentions.role_modifier(state.masked, m)
    ]


@given(text_of)
@settings(max_examples=300, deadline=None)
def test_prepare_keeps_the_names_the_plain_filter_keeps(text: str) -> None:
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    raws = find_quotes(art)
    state = attribution._prepare(art, raws)
    body = [p for p in art.paragraphs if p.kind == "body"]
    names = [m for p in body for m in mentions.names_in(state.masked, p.start, p.end)]
    kept = _plain_kept(state, names)
    # (the dateline rule may drop names at a body paragraph's start after the filter)
    assert [m for m in kept if m in state.names] == state.names
    assert set(kept) - set(state.names) <= {m for m in kept if m.start < 80}


def _plain_sentence_of(state: attribution._ArticleState, offset: int) -> tuple[int, int]:
    """_sentence_of without its memory."""
    starts = state.sentence_starts
    i = bisect.bisect_right(starts, offset) - 1
    lo = starts[i] if i >= 0 else 0
    hi = starts[i + 1] if i + 1 < len(starts) else len(state.masked)
    para = next((p for p in state.article.paragraphs if p.start <= offset < p.end), None)
    if para is not None:
        lo, hi = max(lo, para.start), min(hi, para.end)
    return lo, hi


@given(text_of, st.lists(st.integers(0, 400), max_size=20))
@settings(max_examples=300, deadline=None)
def test_sentence_of_remembers_what_it_would_compute(text: str, offsets: list[int]) -> None:
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    state = attribution._prepare(art, find_quotes(art))
    for offset in offsets + offsets:  # each asked twice: the second answer comes from memory
        assert attribution._sentence_of(state, offset) == _plain_sentence_of(state, offset)


def _plain_sentence_starts(masked: str, text: str, article: Article, quotes: list) -> list[int]:
    """_sentence_starts as it was, reading each paragraph's bounds from the paragraph."""
    starts: list[int] = []
    for p in article.paragraphs:
        if p.kind != "body":
            continue
        starts.append(p.start)
        for m in attribution._SENTENCE_END.finditer(masked, p.start, p.end):
            dot = m.start()
            wm = attribution._WORD_BEFORE_DOT.search(masked, max(p.start, dot - 12), dot)
            prev = wm.group(1).lower() if wm else ""
            if prev in attribution.ABBREVIATIONS and prev not in attribution._ENDING_ABBREVIATIONS:
                continue
            if len(prev) == 1 and prev.isalpha():
                continue
            if prev in attribution._ENDING_ABBREVIATIONS or attribution._INITIALS.fullmatch(prev):
                nxt = attribution._WORD.match(masked, m.end())
                if nxt is None or nxt.group() not in attribution.SENTENCE_STARTERS:
                    continue
            starts.append(m.end())
    body = [p for p in article.paragraphs if p.kind == "body"]
    for q in {q.end: q for q in quotes if q.closed}.values():
        i = bisect.bisect_right([p.start for p in body], q.outer_end) - 1
        if i >= 0 and q.outer_end < body[i].end and text[q.start : q.end].rstrip()[-1:] in ".!?":
            m2 = attribution._SPACE_BEFORE_SENTENCE.match(masked, q.outer_end, q.outer_end + 20)
            if m2:
                starts.append(m2.end())
    return sorted(set(starts))


@given(
    st.lists(st.sampled_from([*_WORDS, "Jan.", "5.", "Bush.", "W.", "He", "“Peace.”", "a.m."]), max_size=50)
)
@settings(max_examples=300, deadline=None)
def test_sentence_starts_from_body_spans_are_the_plain_ones(words: list[str]) -> None:
    text = " ".join(words)
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    raws = find_quotes(art)
    masked = mentions.mask_quotes(text, [(q.outer_start, q.outer_end) for q in raws])
    want = _plain_sentence_starts(masked, text, art, raws)
    assert attribution._sentence_starts(masked, text, art, raws) == want
    assert attribution._sentence_starts(masked, text, art, raws, attribution._body_spans(art)) == want
