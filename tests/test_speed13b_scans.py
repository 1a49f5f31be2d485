"""Session 13b's speed rewrites in attribution find exactly what the plain forms find: the place
test of a one-word name (where the word stands, not a pattern compiled per name), and the full
names inside quotes read only from the quotes that hold the surname."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import attribution
from dossier_tui.core.build import from_texts
from dossier_tui.core.quotes import find_quotes

WORDS = ["in", "In", "to", "from", "at", "near", "outside", "Dale", "Dales", "xDale", "Colo", "Dale_"]
place_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ".,", ".", "\n", "□", "é", "  "])),
    max_size=14,
).map("".join)


def _plain_placed(masked: str, word: str) -> bool:
    return re.search(rf"\b(?:[Ii]n|to|from|at|near|outside) {word}\b|, {word}\.,", masked) is not None


@given(place_text, st.sampled_from(["Dale", "Colo", "Dales", "Ale"]))
@settings(max_examples=600)
def test_placed_agrees_with_the_pattern_it_replaced(text: str, word: str) -> None:
    assert attribution._placed(text, word) == _plain_placed(text, word)


def test_a_word_after_a_place_preposition_or_before_a_state_abbreviation_is_a_place() -> None:
    assert attribution._placed("He grew up in Clarkston, then left.", "Clarkston")
    assert attribution._placed("a farm near Greeley, Colo., where", "Colo")
    assert attribution._placed("She went to Greeley, Colo., last year.", "Greeley")
    assert not attribution._placed("within Clarkstonville and Clarkston said", "Clarkston")


def test_quoted_full_names_are_read_only_from_quotes_holding_the_surname() -> None:
    text = (
        "Headline of the story\n\n"
        "“A Tom Hale nomination hands the election to the other side,” Cruz said.\n\n"
        "“Ann Lee will not run again,” a spokesman said.\n\n"
        "“Look at what happened in Wyoming,” Hale told supporters.\n"
    )
    art = from_texts({"a.txt": text}).articles[0]
    state = attribution._prepare(art, find_quotes(art))
    assert attribution._quoted_full(state, "Hale") == "Tom Hale"
    read = {text[start : text.index("”", start)] for start in state.quoted_names}
    assert read == {"A Tom Hale nomination hands the election to the other side,"}
    assert attribution._quoted_full(state, "Lee") == "Ann Lee"


the_text = st.lists(
    st.sampled_from(
        ["the", "The", "the ", " the", "Kremlin", "Kremlin said", "’s", " ", "\n", "\u00a0", ",", "x", "_"]
    ),
    max_size=12,
).map("".join)


@given(the_text, st.sampled_from(["Kremlin", "Kremlin said", "K", "the", "e Kremlin"]))
@settings(max_examples=600)
def test_heads_after_the_agrees_with_the_scan_of_every_the(text: str, name: str) -> None:
    plain = any(
        text.startswith(name, at)
        and attribution._word_ends_at(text, at + len(name))
        and attribution._THE_NAME_HEAD.match(text, at + len(name)) is not None
        for at in (m.end() for m in re.finditer(r"\bthe\s+", text))
    )
    state = SimpleNamespace(masked=text, the_ends=None)
    assert attribution._heads_after_the(state, name) == plain


def test_the_name_as_a_phrases_head_is_found_where_the_name_stands() -> None:
    state = SimpleNamespace(masked="Later the  Kremlin said no; the Kremlin campaign went on.", the_ends=None)
    assert attribution._heads_after_the(state, "Kremlin")
    assert state.the_ends is None  # (no list of every "the" was made)
    state = SimpleNamespace(masked="bathe Kremlin said; the Kremlin campaign", the_ends=None)
    assert not attribution._heads_after_the(state, "Kremlin")


_PLAIN_DESCRIPTION_SUBJECT = re.compile(
    r"(?:^|(?<=[.,;:]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s))([Tt]he(?:\s+[a-z][\w\-]*){1,4}?)\s+"
    r"(?:[a-z]+ed|has|had|was|is|said|says|told|gave|spoke|went|came|took|made|wrote|began|sent|"
    r"won|lost|saw|met|left|ran|got|kept|stood|held|brought|thought|felt|knew|found|put)\b"
)
desc_words = [
    w.replace("@", " ")
    for w in [
        "the",
        "The",
        "tThe",
        "and@",
        "but@",
        "band@",
        "former",
        "president",
        "said",
        "asked",
        "saidx",
        "-",
        "x",
        "Mr",
    ]
]
desc_text = st.lists(
    st.sampled_from([*desc_words, " ", "\n", ". ", ", "]),
    max_size=16,
).map("".join)


@given(desc_text, st.integers(0, 30), st.integers(0, 90))
@settings(max_examples=800)
def test_description_subject_pattern_agrees_with_the_plain_one(text: str, lo: int, hi: int) -> None:
    got = [m.span(1) for m in attribution._DESCRIPTION_SUBJECT.finditer(text, lo, hi)]
    assert got == [m.span(1) for m in _PLAIN_DESCRIPTION_SUBJECT.finditer(text, lo, hi)]


def test_a_description_opening_a_clause_is_found_and_one_inside_a_word_is_not() -> None:
    text = "Asked twice, the former president said no; bathe man said; and the aide went on"
    got = [text[a:b] for a, b in (m.span(1) for m in attribution._DESCRIPTION_SUBJECT.finditer(text))]
    assert got == ["the former president", "the aide"]
    assert attribution._DESCRIPTION_SUBJECT.pattern.startswith("([Tt]")  # (the scan skips to a "T")


def _plain_names_a_publication(text: str, name: str) -> bool:
    for noun in attribution._PUBLICATION_WORDS:
        phrase = f"{name} {noun}"
        at = text.find(phrase)
        while at != -1:
            if attribution._word_ends_at(text, at) and attribution._word_ends_at(text, at + len(phrase)):
                return True
            at = text.find(phrase, at + 1)
    return False


pub_text = st.lists(
    st.sampled_from(
        ["Time", "xTime", "Time ", " ", "magazine", "magazines", "News", "Newsday", ",", "\n", "_"]
    ),
    max_size=12,
).map("".join)


@given(pub_text, st.sampled_from(["Time", "Time Time", "News"]))
@settings(max_examples=600)
def test_names_a_publication_agrees_with_one_scan_per_noun(text: str, name: str) -> None:
    assert attribution._names_a_publication(text, name) == _plain_names_a_publication(text, name)
