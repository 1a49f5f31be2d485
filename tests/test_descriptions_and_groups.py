"""Who a description ("the Republican nominee") or a joint subject ("Smith and Jones") stands for:
made-up paragraphs where the words a description shares with someone's roles, the last person
named, or a name joined to another would give the wrong speaker."""

from __future__ import annotations

import pytest

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> list[tuple[str, str | None]]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return [(q.text, d.speaker_name(q)) for q in d.quotes if q.kind != "other"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a party word that disagrees rules a candidate out, however many other words they share
        (
            "Democratic presidential candidate Mary Hale said the vote was close. She accused "
            "Republican contender Tom Brandt of cheating.\n\n"
            "The Republican presidential nominee later said he was being “sarcastic” about it.",
            "Tom Brandt",
        ),
        # so does a state
        (
            "Sen. Ann Pryor spoke first. Texas senator Tom Brandt spoke next.\n\n"
            "“We need a new plan,” said the Vermont senator.",
            "Ann Pryor",
        ),
        # a pronoun the description's own verb opens gives its gender
        (
            "Sen. Mary Hale spoke first. Then Sen. Tom Brandt spoke; Mr. Brandt was brief.\n\n"
            "The senator said she would “fight on to the very end.”",
            "Mary Hale",
        ),
        # a role given in apposition after the name is a role too
        (
            "Mary Hale, the Democratic nominee, spoke in Ohio. Tom Brandt attacked her on Tuesday.\n\n"
            "“We will win this state,” said the Democratic nominee.",
            "Mary Hale",
        ),
        # a name in apposition to an object is not the sentence's subject
        (
            "On Thursday Mary Hale gave her speech, while painting her chief rival, Tom Brandt, as "
            "unfit for office.\n\n“A man you can bait with a tweet is not a man we can trust,” said "
            "the Democratic nominee.",
            "Mary Hale",
        ),
        # nor is a name joined by "and" to a name inside an opening phrase
        (
            "WASHINGTON — Mary Hale met voters in Ohio while Republican presidential nominee Tom "
            "Brandt stayed home.\n\nIn an interview with radio hosts Joe Lee and Ann Cole, the "
            "Democratic presidential candidate said that Brandt’s “divisive” remarks were wrong.",
            "Mary Hale",
        ),
        # "X and Y" with no determiner before Y describes one person twice
        (
            "Sen. Mark Rowe attacked the president on Tuesday.\n\n“The plan is a failure,” the Ohio "
            "senator and Republican presidential candidate said in a statement.",
            "Mark Rowe",
        ),
        # someone's spokeswoman is not that someone
        (
            "Sen. Mary Hale left the meeting early.\n\n“We disagree with the ruling,” the senator’s "
            "spokeswoman said.",
            "the senator’s spokeswoman",
        ),
    ],
)
def test_a_description_is_the_person_it_fits(paragraphs: str, speaker: str) -> None:
    assert _speakers(paragraphs)[-1][1] == speaker


def test_two_people_speaking_together_are_no_speaker() -> None:
    """`Smith and Jones said`: no one speaker; the next uncued quote goes on with them, not with
    the last person named before them."""
    got = _speakers(
        "Mary Hale opened the hearing.\n\n“The plan is a disaster,” Tom Smith and Ann Jones said. "
        "“It will never pass the House.”"
    )
    assert got == [("The plan is a disaster,", None), ("It will never pass the House.", None)]


def test_a_joined_subject_with_a_determiner_is_two_people() -> None:
    got = _speakers("Tom Smith spoke.\n\n“We are leaving,” the senator and his wife said.")
    assert got[-1][1] is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a day is nobody
        (
            "The group paid for the tour. On stage Hale during a Sunday thanked its members “for "
            "their support in my campaign” and left.",
            "Hale",
        ),
        # a participle or a relative clause after the phrase describes it; it is not its name
        (
            "Most voters said they were undecided, “for now at least,” according to a Marist poll "
            "conducted in March.",
            "a Marist poll",
        ),
    ],
)
def test_description_shapes_that_are_not_speakers(paragraphs: str, speaker: str) -> None:
    assert _speakers(paragraphs)[-1][1] == speaker


def test_a_group_is_no_ones_namesake() -> None:
    """ "Ohio Democrats" are many people: the bare "Democrats" of another article is not joined to
    them as if it were a surname, and neither is a person."""
    d = from_texts(
        {
            "a.txt": BODY + "“We will hold the line,” Ohio Democrats said in a statement.\n",
            "b.txt": BODY + "“The plan is dead,” Democrats said after the vote.\n",
        }
    )
    speakers = {d.speaker_name(q) for q in d.quotes if q.speaker}
    assert speakers == {"Ohio Democrats", "Democrats"}
    assert all(s.kind != "person" for s in d.speakers)


def test_an_opener_before_an_owner_is_no_headline() -> None:
    """ "As The Post's Ann Lee puts it": "The" inside the run is the owner's, not a title-case
    headline's, so Ann Lee is a name (and the speaker, not the senator named before)."""
    got = _speakers(
        "Sen. John Rowe spoke on Monday.\n\nAs The Post's Ann Lee puts it, “the Senate is broken "
        "and nobody will fix it this year.”"
    )
    assert got[-1][1] == "Ann Lee"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Donald Trump spoke about the border. The crowd chanted back at him, “Send them home,” and he smiled.",
        "Ann Hale asked who would pay for the wall. “Mexico!” the audience screamed back at her.",
    ],
)
def test_a_crowd_is_never_the_politician_it_answers(paragraph):
    """A collective noun is many people: "the crowd chanted back at him" is not him."""
    ((_text, speaker),) = _speakers(paragraph)
    assert speaker is not None and speaker.lower() in ("the crowd", "the audience")
