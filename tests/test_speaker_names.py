"""The name and id a speaker gets should not depend on which of a dossier's forms is most used."""

from __future__ import annotations

from dossier_tui.core.attribution import Entity
from dossier_tui.core.speakers import resolve_speakers


def names(entities: list[Entity]) -> list[tuple[str, str]]:
    speakers, _ = resolve_speakers(entities)
    return [(s.id, s.name) for s in speakers]


def test_a_middle_initial_is_left_out_when_the_dossier_also_writes_the_name_without_it():
    # a small dossier whose articles mostly write the initial, and a large one that mostly does not
    small = [Entity("a", "Ann B. Hale"), Entity("b", "Ann B. Hale"), Entity("c", "Ann Hale")]
    large = [*small, Entity("d", "Ann Hale"), Entity("e", "Ann Hale")]
    assert names(small) == names(large) == [("ann-hale", "Ann Hale")]


def test_a_name_only_written_with_its_initial_keeps_it():
    assert names([Entity("a", "Ann B. Hale"), Entity("b", "Hale")]) == [("ann-b-hale", "Ann B. Hale")]


def test_different_middle_initials_are_different_people_and_keep_them():
    ents = [
        Entity("a", "George W. Bush"),
        Entity("b", "George W. Bush"),
        Entity("c", "George H.W. Bush"),
        Entity("d", "George Bush"),  # the bare name goes to the most named of them
    ]
    speakers, keys = resolve_speakers(ents)
    assert sorted((s.id, s.name) for s in speakers) == [
        ("george-h-w-bush", "George H.W. Bush"),
        ("george-w-bush", "George W. Bush"),  # the initial tells them apart, so it stays
    ]
    assert keys["a"] == keys["b"] == keys["d"] != keys["c"]
