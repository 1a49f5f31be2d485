"""Speaker resolution's memoised cluster lookup (``speakers.MEMO_CLUSTERS``) gives what a full
scan of the candidates gives on every call, whatever the names and their order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import speakers
from dossier_tui.core.attribution import Entity

FIRST = ["Volodymyr", "Hillary", "Bill", "Mario", "Marco", "Ted", None]
LAST = [
    "Zelensky",
    "Zelenskyy",
    "Zelenskiy",
    "Clinton",
    "Clintonn",
    "Nawfal",
    "Naufal",
    "Rubio",
    "Cruz",
    "Lukashenko",
    "Lukashenka",
]


@st.composite
def entity(draw, n: int) -> Entity:
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    name = f"{first} {last}" if first else last
    kind = draw(st.sampled_from(["person", "person", "organisation", "unknown"]))
    art = draw(st.integers(0, 3))
    key = f"a{art}|desc:a{art}:the leader" if draw(st.booleans()) and n % 5 == 0 else f"a{art}|{name}"
    roles = tuple(draw(st.lists(st.sampled_from(["President", "Sen.", "spokesman"]), max_size=2)))
    return Entity(key, name, kind, roles, ())


@st.composite
def dossier_entities(draw) -> tuple[list[Entity], list[str]]:
    n = draw(st.integers(0, 40))
    ents = [draw(entity(i)) for i in range(n)]
    mentioned = draw(
        st.lists(st.builds(lambda f, la: f"{f} {la}", st.sampled_from(FIRST[:-1]), st.sampled_from(LAST)))
    )
    return ents, mentioned


@settings(max_examples=300, deadline=None)
@given(dossier_entities())
def test_memoised_lookup_resolves_as_a_full_scan(data):
    ents, mentioned = data
    fast = speakers.resolve_speakers(ents, mentioned)
    speakers.MEMO_CLUSTERS = False
    try:
        plain = speakers.resolve_speakers(ents, mentioned)
    finally:
        speakers.MEMO_CLUSTERS = True
    assert fast == plain
