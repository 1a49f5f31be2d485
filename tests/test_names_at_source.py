"""Names read whole where they are found: an organisation keeps its party word, a post is no
one's name, and a "he" or "she" never means a body, a building or a place named as a modifier."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_an_organisation_keeps_its_party_word() -> None:
    """`The Democratic National Committee released a statement`: the committee, not a "National
    Committee" with the role "Democratic"."""
    got = _speakers(
        "The Democratic National Committee released a statement on Monday, saying that the "
        "remarks were “deeply offensive to every voter.”"
    )
    assert got["deeply offensive to every voter."] == "Democratic National Committee"


def test_a_post_after_a_name_is_not_a_speaker() -> None:
    """`said Tom Hale, the Republican National Committeeman from Utah`: Tom Hale; the post is
    no one's name, so the next "he said" is Hale too."""
    got = _speakers(
        "“He does need to come up with that statement,” said Tom Hale, the Republican National "
        "Committeeman from Utah.\n\n“I think this is a great time to unify the party,” he said."
    )
    assert got["He does need to come up with that statement,"] == "Tom Hale"
    assert got["I think this is a great time to unify the party,"] == "Tom Hale"


def test_he_is_never_a_convention() -> None:
    """`… of President Brandt’s speech to the Democratic National Convention … ¶ He told his
    Democratic audience: “…”`: Brandt (or no one), never the convention."""
    got = _speakers(
        "One of the central claims of President Tom Brandt’s speech to the Democratic National "
        "Convention on Wednesday night does not stand up to scrutiny.\n\nHe told his Democratic audience, to rowdy applause: “There has never "
        "been a man or a woman more qualified for this office.”"
    )
    assert got["There has never been a man or a woman more qualified for this office."] in (
        "Tom Brandt",
        None,
    )


def test_he_is_never_a_place_that_modifies_a_noun() -> None:
    """`donors from the Los Angeles area … “Not even one,” he said`: never Los Angeles."""
    got = _speakers(
        "One delegate said he tried to give away passes to friends, longtime donors from the Los "
        "Angeles area, as a way to get more faces in the arena. “Not even one,” he said."
    )
    assert got["Not even one,"] != "Los Angeles"
