"""A bare surname ("Hale said") is the one person of that surname the article names in full:
also when that full name stands only inside a quote, or after a gerund that opens a sentence
(`Chasing Hale …`). Two people of one surname stay apart."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _dossier(texts: dict[str, str]):
    return from_texts({name: BODY + text + "\n" for name, text in texts.items()})


def _speakers(texts: dict[str, str]) -> dict[str, str | None]:
    d = _dossier(texts)
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


# Another article names a second Hale: the dossier alone cannot tell which one a bare "Hale" is.
OTHER = {"o.txt": "Ann Hale and her brother, Tom Hale, run a bakery in Dayton. They opened it in 2004."}


def test_a_full_name_only_inside_a_quote_names_the_bare_surname() -> None:
    got = _speakers(
        {
            **OTHER,
            "t.txt": "“A Tom Hale nomination hands the election to the other side,” Cruz said.\n\n"
            "“Look at what happened in Wyoming,” Hale told supporters in Syracuse.",
        }
    )
    assert got["Look at what happened in Wyoming,"] == "Tom Hale"


def test_quotes_naming_two_people_of_the_surname_name_no_one() -> None:
    got = _speakers(
        {
            **OTHER,
            "t.txt": "“Tom Hale and Ann Hale both want it,” Cruz said.\n\n"
            "“Look at what happened in Wyoming,” Hale told supporters in Syracuse.",
        }
    )
    assert got["Look at what happened in Wyoming,"] == "Hale"


def test_a_gerund_opening_a_sentence_is_no_given_name() -> None:
    """`Chasing Hale and Cruz was Rubio`: "Chasing Hale" is not a fuller name of "Hale" than
    "Tom Hale", so "Hale said" is Tom Hale."""
    got = _speakers(
        {
            **OTHER,
            "t.txt": "Tom Hale won the vote in Iowa on Tuesday.\n\n"
            "Chasing Hale and Cruz was Rubio, who came third.\n\n"
            "Hale said, “Our country is a mess, and we can fix it.”",
        }
    )
    assert got["Our country is a mess, and we can fix it."] == "Tom Hale"


def test_she_after_a_he_that_was_the_last_speaker_is_someone_else() -> None:
    """`“…,” said Hale. … He was joined on the call by Ann Lee. She said …`: "He" is Hale, so
    "She" is not."""
    got = _speakers(
        {
            "t.txt": "Tom Hale is running for the Senate in Florida.\n\n"
            "“Who is the real con man here?” said Hale on a conference call with reporters.\n\n"
            "He was joined on the call by Ann Lee, president of a rights group. She said Rubio "
            "“has failed to do anything beyond furthering his own political aspirations.”"
        }
    )
    assert got["has failed to do anything beyond furthering his own political aspirations."] == "Ann Lee"
