"""A bare "he" or "she" is never credited to a person the article itself shows to be of the
other sex: by the pronouns it uses of them as a clause's subject, or a word for kin before
their name. Where the article says nothing, the nearest subject is taken as before."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_she_is_not_a_man_the_article_calls_he() -> None:
    """`Tom Brandt said he …` makes Brandt a man: a later "she said" is Ann Hale's, not his."""
    got = _speakers(
        "Ann Hale opened the rally in Dayton.\n\n"
        "Tom Brandt said he was tired of the race.\n\n"
        "“We will win this state in November,” she said."
    )
    assert got["We will win this state in November,"] == "Ann Hale"


def test_he_is_not_a_woman_the_article_calls_she() -> None:
    """`Ann Hale … she …` in an earlier sentence of hers: "he said" after her is Tom Brandt's."""
    got = _speakers(
        "Tom Brandt opened the rally in Dayton.\n\n"
        "Ann Hale took the stage later, and she spoke about jobs.\n\n"
        "“I thought it was the most amazing speech,” he said."
    )
    assert got["I thought it was the most amazing speech,"] == "Tom Brandt"


def test_a_husband_named_after_a_kin_word_is_not_she() -> None:
    """`her husband, Tom Brandt, …`: Brandt is a man, so "she said" goes back to Ann Hale."""
    got = _speakers(
        "Ann Hale spoke to voters in Dayton.\n\n"
        "Along with her husband, Tom Brandt, a teacher, the candidate toured a factory.\n\n"
        "“I feel bad to say it,” she said."
    )
    assert got["I feel bad to say it,"] == "Ann Hale"


def test_a_pronoun_for_someone_described_between_gives_no_gender() -> None:
    """`Brandt mocked the front-runner, saying she lied`: "she" is the front-runner, so Brandt's
    own "he said" stays his."""
    got = _speakers(
        "Tom Brandt mocked the front-runner, saying she lied about the plant.\n\n"
        "“It is a very true statement, and everyone knows it,” he said."
    )
    assert got["It is a very true statement, and everyone knows it,"] == "Tom Brandt"


def test_a_pronoun_after_a_quotation_gives_the_subject_no_gender() -> None:
    """`Tom Brandt joked, “…”, while she smiled`: the pronoun after a quotation is someone
    else's."""
    got = _speakers(
        "Tom Brandt joked about the plan, “Who needs a plant like that one”, while she smiled.\n\n"
        "“It is a very true statement, and everyone knows it,” he said."
    )
    assert got["It is a very true statement, and everyone knows it,"] == "Tom Brandt"


def test_a_name_then_a_comma_gives_no_gender() -> None:
    """`Unlike Tom Brandt, she voted …`: "she" is someone else, so Brandt's "he said" stays his."""
    got = _speakers(
        "Unlike Tom Brandt, she voted for the plan in March.\n\n"
        "“It is a very true statement, and everyone knows it,” he said."
    )
    assert got["It is a very true statement, and everyone knows it,"] == "Tom Brandt"


def test_someone_else_spoken_of_between_gives_no_gender() -> None:
    """`Tom Brandt told him that she lied`: "she" is someone spoken to or of, not Brandt."""
    got = _speakers(
        "Joe Lee spoke first in Dayton.\n\nTom Brandt told him that she lied about the plant.\n\n"
        "“It is a very true statement, and everyone knows it,” he said."
    )
    assert got["It is a very true statement, and everyone knows it,"] == "Tom Brandt"
