"""Attribution's remembered answers (cue words per window, a name's kind, a pronoun by its start)
give exactly what computing them every time gives, on any text made of names, roles, cues,
pronouns and quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import attribution
from dossier_tui.core.layout import parse_layout
from dossier_tui.core.model import Article
from dossier_tui.core.quotes import find_quotes
from tests.test_fast_prepare import _WORDS

_MORE = ["“We will win,”", "“No.”", "Mrs.", "Clinton", "the Kremlin", "went on", "added", "her", "They", ":"]
text_of = st.lists(st.sampled_from([*_WORDS, *_MORE]), max_size=60).map(" ".join)


def _cue_words_every_time(state: attribution._ArticleState, lo: int, hi: int) -> list[tuple[int, int]]:
    masked = state.masked
    out = [
        m.span()
        for m in attribution._WORD.finditer(masked, lo, hi)
        if m.group().lower() in attribution.CUE_WORDS
    ]
    out += [
        m.span()
        for m in attribution._CUE_PHRASE_RE.finditer(masked, lo, hi)
        if not (m.group().lower().endswith(" on") and attribution._ON_WHAT.match(masked, m.end()))
    ]
    return sorted(out)


def _pronoun_by_scan(state: attribution._ArticleState, start: int):
    return next((x for x in state.pronouns if x.start == start), None)


def _full_names_by_kind(state: attribution._ArticleState) -> list[str]:
    return sorted(
        {
            k
            for k in state.fullnames
            if len(k.split()) > 1 and attribution._kind_of_plain(state, k, k, ()) == "person"
        }
    )


def _attribute_plainly(art: Article, raws: list) -> tuple:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_cue_words", _cue_words_every_time)
        mp.setattr(attribution, "_kind_of", attribution._kind_of_plain)
        mp.setattr(attribution, "_pronoun_at", _pronoun_by_scan)
        return attribution.attribute(art, raws)


@given(text_of)
@settings(max_examples=300, deadline=None)
def test_remembered_answers_attribute_as_computed_ones(text: str) -> None:
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    raws = find_quotes(art)
    assert attribution.attribute(art, raws) == _attribute_plainly(art, raws)


@given(text_of, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=12))
@settings(max_examples=200, deadline=None)
def test_cue_words_remembered_per_window(text: str, windows: list[tuple[int, int]]) -> None:
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    state = attribution._prepare(art, find_quotes(art))
    assert _full_names_by_kind(state) == sorted(
        k for k in state.fullnames if len(k.split()) > 1 and attribution._name_shape(k) is None
    )
    for lo, hi in windows + windows:  # each asked twice: the second answer comes from memory
        assert attribution._cue_words(state, lo, hi) == _cue_words_every_time(state, lo, hi)
    for m in state.pronouns:
        assert attribution._pronoun_at(state, m.start) == _pronoun_by_scan(state, m.start)


def test_a_cue_found_on_a_hand_written_sentence() -> None:
    text = "“We will win,” Clinton said, and she added more."
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    state = attribution._prepare(art, find_quotes(art))
    cues = attribution._cue_words(state, 0, len(text))
    assert [text[a:b] for a, b in cues] == ["said", "added"]
    assert attribution._cue_words(state, 0, len(text)) is cues  # (remembered)


def test_a_cue_after_nothing_but_a_comma_and_a_line_break_attributes_without_raising() -> None:
    """Found by the property above on a fresh machine: ``", \\n went on “We will win,”"`` gave
    the subject-phrase reader a segment of only white space, and it indexed the first of no words."""
    text = ", \n went on “We will win,”"
    layout = parse_layout(text)
    art = Article("a0", "a.txt", text, layout.paragraphs, layout.meta)
    raws = find_quotes(art)
    (att,), _extra = attribution.attribute(art, raws)
    assert att.entity is None


def test_subject_phrase_of_white_space_is_no_one() -> None:
    from dossier_tui.core.mentions import subject_phrase

    assert subject_phrase(", \n went", 0, 3) is None
