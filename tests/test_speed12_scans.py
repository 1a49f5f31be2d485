"""Session 12's speed rewrites in attribution find exactly what the plain forms find: the factored
cue-phrase pattern, the one-scan lower-case test of a given name, and the pronoun-gender votes
read with the cheap tests first."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import attribution
from dossier_tui.core.build import from_texts
from dossier_tui.core.lexicon import CUE_PHRASES
from dossier_tui.core.mentions import mask_quotes
from dossier_tui.core.quotes import find_quotes

phrase = st.text(alphabet="abn ", min_size=1, max_size=5)
cue_text = st.text(alphabet="abnABN ,.\n_1ſ", max_size=40)


def _no_prefix(phrases: list[str]) -> bool:
    return not any(a != b and b.startswith(a) for a in phrases for b in phrases)


@given(st.lists(phrase, min_size=1, max_size=8, unique=True).filter(_no_prefix), cue_text, st.integers(0, 40))
@settings(max_examples=400)
def test_prefix_tree_matches_what_the_plain_alternation_matches(
    phrases: list[str], text: str, lo: int
) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
    tree = re.compile(r"\b(?:" + attribution.prefix_tree(phrases) + r")\b", re.I)
    assert [m.span() for m in tree.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)]


def test_cue_phrases_are_found_whatever_their_case() -> None:
    text = "He Went On to say, and she fired back; in an interview, in a tweet"
    got = [text[a:b] for a, b in (m.span() for m in attribution._CUE_PHRASE_RE.finditer(text))]
    assert got == ["Went On", "fired back", "in an interview", "in a tweet"]
    assert attribution.prefix_tree(CUE_PHRASES)  # the lexicon's phrases can be factored


@pytest.mark.parametrize("bad", [["in a", "in a tweet"], ["Went on"], ["ſo"], [""]])
def test_prefix_tree_refuses_phrases_it_would_match_differently(bad: list[str]) -> None:
    with pytest.raises(ValueError):
        attribution.prefix_tree(bad)


@given(st.text(alphabet="ab ,.;:x", max_size=30), st.sampled_from(["Ab", "Ba", "Abb"]))
@settings(max_examples=400)
def test_given_like_reads_lower_case_uses_as_the_plain_scans_did(text: str, word: str) -> None:
    state = SimpleNamespace(masked=text)
    low = word.lower()
    want = not any(f" {low}{end}" in text for end in " ,.;:")
    assert attribution._given_like(state, word) == want  # type: ignore[arg-type]


def test_pronoun_genders_votes_from_subjects_in_the_same_sentence() -> None:
    """Two names in one sentence before one "she", a kin word, a name with no pronoun after it:
    the votes read as they did when every name ran every test."""
    text = (
        "Title\n\n"
        "Ann Hale met Tom Brandt and she left early.\n\n"
        "His wife, Mary Brandt, arrived. Joe Lee stayed home.\n\n"
        "Ann Hale said she would return. Joe Lee said he agreed.\n"
    )
    d = from_texts({"a.txt": text})
    art = d.articles[0]
    state = attribution._prepare(art, find_quotes(art))
    attribution._pronoun_genders(state)
    assert state.genders == {"Ann Hale": "f", "Mary Brandt": "f", "Joe Lee": "m"}


def test_attribute_given_the_masked_text_attributes_as_without_it() -> None:
    """analyse_article masks the quotes once and hands the text to attribution."""
    text = 'Title\n\n"We will win," Ann Hale said. Tom Brandt disagreed. "No," he said.\n'
    art = from_texts({"a.txt": text}).articles[0]
    raws = find_quotes(art)
    masked = mask_quotes(art.text, [(q.outer_start, q.outer_end) for q in raws])
    got = attribution.attribute(art, raws, masked)
    assert got == attribution.attribute(art, raws)
    assert [a.entity.name if a.entity else None for a in got[0]] == ["Ann Hale", "Tom Brandt"]
