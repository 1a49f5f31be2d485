"""Attribution's string matches that replaced patterns built per name or role (a cold load compiled
about 360 of them) find exactly what those patterns find, on any text."""

from __future__ import annotations

import re
import re._compiler as sre_compiler
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier_tui.core import attribution as A
from dossier_tui.core.build import from_texts

text_st = st.text(alphabet="the MsrLa.\u00a0\n_é’'-", max_size=40)
word_st = st.text(alphabet="LaMé.-_", min_size=1, max_size=4)
role_st = st.lists(word_st, min_size=1, max_size=3).map(" ".join)


def _state(text: str) -> SimpleNamespace:
    return SimpleNamespace(masked=text, the_ends=None, honorific_ends=None)


@given(text_st, role_st)
@settings(max_examples=800)
@example("said Foreign Minister  ", "Foreign Minister")
@example("said Foreign\u00a0Minister\n", "Foreign Minister")
@example("said ForeignMinister", "Foreign Minister")
def test_role_at_end_is_where_the_role_pattern_starts(before: str, role: str) -> None:
    m = re.search(r"\s".join(re.escape(w) for w in role.split()) + r"\s*$", before)
    assert A._role_at_end(before, role) == (m.start() if m else len(before))


@given(text_st, st.integers(0, 40))
@settings(max_examples=500)
def test_word_ends_at_is_a_word_boundary(text: str, at: int) -> None:
    at = min(at, len(text))
    assert A._word_ends_at(text, at) == (re.compile(r"\b").match(text, at) is not None)


@given(text_st, word_st)
@settings(max_examples=800)
@example("the La said", "La")
@example("the La. said", "La.")
@example("bathe La said", "La")
def test_the_name_head_is_what_the_name_pattern_finds(text: str, name: str) -> None:
    want = any(
        A._THE_NAME_HEAD.match(text, m.end())
        for m in re.finditer(r"\bthe\s+" + re.escape(name) + r"\b", text)
    )
    assert A._heads_after_the(_state(text), name) == want


@given(text_st, word_st)
@settings(max_examples=800)
@example("Mr. La and Ms. La", "La")
@example("Mrs La, Mr.\u00a0La", "La")
@example("Mr. La and Ms. Lab", "La")
def test_both_honorifics_is_what_the_honorific_pattern_finds(text: str, last: str) -> None:
    found = {
        h.group(1) == "r" for h in re.finditer(r"(?<![\w’'])M(r|rs|s)\.?\s+" + re.escape(last) + r"\b", text)
    }
    assert A._both_honorifics(_state(text), last) == (len(found) == 2)


def test_attributing_new_names_compiles_no_pattern(monkeypatch) -> None:
    """Each article brings names the pattern cache has never seen: a pattern built from them costs
    a compile each (a tenth of a millisecond), in every article, in every fresh process."""
    story = (
        "Headline\n\nSpeaking on Monday, {t} {a} {b} said the plan was sound. But {t} {a} {b} added, "
        "“We will build it.”\n\n{c} {b}, her husband, spoke too. Mr. {b} said, “It is late.” Mrs. {b} "
        "said, “It is not.” “We agree,” {b} said.\n\nThe {b} plan has critics. “It fails,” said the "
        "{c}corp board. “We refuse,” {c}corp said.\n"
    )
    from_texts({"w.txt": story.format(t="Deputy Mayor", a="Ann", b="Hale", c="Tom")})  # module patterns warm
    compiled: list[object] = []
    real = sre_compiler.compile

    def spy(p, flags=0):  # type: ignore[no-untyped-def]
        compiled.append(p)
        return real(p, flags)

    monkeypatch.setattr(sre_compiler, "compile", spy)
    from_texts({"n.txt": story.format(t="Harbour Commissioner", a="Zora", b="Quillfeather", c="Bram")})
    assert compiled == []
