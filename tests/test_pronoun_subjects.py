"""Who a "he" or "she" means: the subject of the clause the person was last named in, including
clauses a sentence holds inside it (`…, said Ann Hale, a pollster.`, `while Hale spoke`, `It was
with grit that Ms. Hale won`), and never one person for a number of them (`the two write`)."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_he_after_an_inverted_said_is_the_person_named_after_said() -> None:
    """`…, said Tom Brandt, a former official. “…,” he said.`: Brandt, not the subject of an
    earlier sentence."""
    got = _speakers(
        "Senator Ann Hale returned to Ohio on Monday. Hale spoke about the budget.\n\n"
        "Some accusations are difficult to prove, while others are not meaningful to voters, said "
        "Tom Brandt, a former security official under two presidents.\n\n"
        "“It has to be something a voter out in Omaha can understand,” he said."
    )
    assert got["It has to be something a voter out in Omaha can understand,"] == "Tom Brandt"


def test_said_before_a_name_and_its_verb_is_no_inverted_cue() -> None:
    """`Mr. Lee, a veteran, said Mr. Brandt had disrespected troops. “…,” he said.`: Lee, the one
    speaking; Brandt is what he spoke about."""
    got = _speakers(
        "Representative Tom Lee of Colorado, a veteran, denounced the remarks. Mr. Lee, who "
        "represents a swing district, said Mr. Brandt had disrespected the troops.\n\n"
        "“I am deeply offended by those remarks,” he said."
    )
    assert got["I am deeply offended by those remarks,"] == "Tom Lee"


def test_she_after_a_cleft_is_the_one_it_was() -> None:
    """`It was with that same grit that Ms. Hale picked herself up …, when she assured …
    “…”`: Hale, not the friend quoted in the paragraph before."""
    got = _speakers(
        "Ann Lee, a close friend of Ms. Hale's, said, “She never gives up.”\n\n"
        "It was with that same grit that Ms. Hale picked herself up after a defeat by Mr. Brandt "
        "in 2008, when she assured a crowd that they had cracked “the highest, hardest ceiling.”"
    )
    assert got["the highest, hardest ceiling."] == "Hale"


def test_he_after_it_was_mr_x_who_is_x() -> None:
    """`it was Mr. Brandt who seemed different. … he called his opponent “Senator Hale”`."""
    got = _speakers(
        "Tom Brandt won New York, while Gov. Joe Kasten of Ohio had a shot at a few delegates.\n\n"
        "The winners beamed, but it was Mr. Brandt who seemed like a different candidate. As he "
        "spoke in the lobby, there were no jokes; he called his opponent “Senator Hale” instead."
    )
    assert got["Senator Hale"] == "Tom Brandt"


def test_a_number_of_writers_is_no_one_of_them() -> None:
    """`“You seem to have picked a new standard,” the two write` (two lawmakers writing to Lee):
    never Lee."""
    got = _speakers(
        "Two lawmakers sent a letter to FBI Director Tom Lee on Monday. Lee said there was no "
        "precedent for the case.\n\n"
        "“You seem to have picked a new standard out of thin air,” the two write."
    )
    assert got["You seem to have picked a new standard out of thin air,"] != "Tom Lee"


def test_he_after_a_described_subject_is_the_person_described() -> None:
    """`When the moderator said Hale had not answered, the candidate said … “…,” he said`: the
    candidate (Hale), not the person named as the subject of an earlier sentence."""
    got = _speakers(
        "FBI Director Tom Brandt coined the term when he spoke about crime in Ohio.\n\n"
        "When the moderator pointed out that Ann Hale had not answered the question, the candidate "
        "said families of people killed by police file lawsuits.\n\n"
        "“They sue,” he said."
    )
    assert got["They sue,"] == "Ann Hale"


def test_he_after_the_former_president_is_him_not_the_woman_named_after() -> None:
    got = _speakers(
        "Tom Hale’s hair was whiter than when he ran in 1992.\n\n"
        "In his debut, the former president gave a crowd a warm endorsement of Ann Hale. "
        "There were no hecklers.\n\n"
        "“I thought she was the most amazing person,” he said."
    )
    assert got["I thought she was the most amazing person,"] == "Tom Hale"


def test_a_given_name_alone_that_the_article_calls_he_is_a_person() -> None:
    """`Bob agreed to talk on the condition that his last name not be used … “…,” he said`."""
    got = _speakers(
        "“There never was an order,” said the base chief known as Bob, speaking publicly for the "
        "first time. The film shows Secretary of State Ann Hale at her desk.\n\n"
        "Bob agreed to talk on the condition that his last name not be used. “I thought I would "
        "regret it if I didn't,” he said."
    )
    assert got["I thought I would regret it if I didn't,"] == "Bob"
