"""Speaker names a user would copy that are no one's name: a place or building after a
preposition, a run of place and party words ("the Wyoming Democrat"), adjectives before a surname,
counts and titles run into a name, a role glued to it, a title's "of" splitting it, and the person
a video shows. Every sentence here is made up."""

from __future__ import annotations

from dossier_tui.core.build import from_texts
from dossier_tui.core.mentions import names_in

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def _names(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.role) for m in names_in(sentence, 0, len(sentence))]


# -- a place or a building is no speaker -----------------------------------------------------


def test_a_building_after_a_preposition_is_not_who_speaks() -> None:
    """`One aide inside Harlow Plaza tried to …, saying …`: the aide, never the building."""
    got = _speakers(
        "Mayor Ann Hale spoke on Monday.\n\nOne aide inside Harlow Plaza tried to calm the room, "
        "saying the vote was “a small matter for us.”"
    )
    assert got["a small matter for us."] == "One aide"


def test_a_city_after_in_is_not_who_speaks() -> None:
    """`the flood in Dunmore`: Dunmore is a place; with no subject left, no one."""
    got = _speakers(
        "Blaming the flood in Dunmore on his rivals, the council heard a warning about “reckless "
        "building” that day."
    )
    assert got["reckless building"] != "Dunmore"


def test_a_person_before_of_an_organisation_speaks() -> None:
    """`Bishop Tom Riley of the Eastern Diocese told reporters, “…”`: Tom Riley, not the diocese;
    `Ann Hale, an expert on Peru at the institute, noted, “…”`: Ann Hale, not Peru."""
    got = _speakers(
        "Bishop Tom Riley of the Eastern Diocese told reporters, “We will rebuild the hall.”\n\n"
        "As Ann Hale, an expert on Peru at the Lima Institute, noted, “Everyone is waiting.”"
    )
    assert got["We will rebuild the hall."] == "Tom Riley"
    assert got["Everyone is waiting."] == "Ann Hale"


def test_a_relative_clause_after_a_preposition_keeps_its_subject() -> None:
    """`an attack on Lee, who has said he wants a “fair” deal`: Lee said it."""
    got = _speakers(
        "Ann Hale spoke first.\n\nShe then mounted an attack on Tom Lee, who has said he wants a “fair” deal."
    )
    assert got["fair"] == "Tom Lee"


# -- place, party and nationality words are no name --------------------------------------------


def test_the_state_and_party_description_is_the_person_known_by_them() -> None:
    """`the Wyoming Democrat` after `Sen. Ann Hale (D-Wyoming)` is Ann Hale; "he" after a sentence
    opened by the description is not the description as a name."""
    got = _speakers(
        "Sen. Ann Hale (D-Wyoming) met voters on Monday.\n\n"
        "In an interview, the Wyoming Democrat said the plan was “a mistake.”"
    )
    assert got["a mistake."] == "Ann Hale"


def test_a_demonym_fits_the_state() -> None:
    """`the Texan said` after `former Texas Gov. Tom Brandt`: Tom Brandt (a Texan is of Texas)."""
    got = _speakers(
        "Former Texas Gov. Tom Brandt endorsed the senator.\n\n"
        "The former governor spoke at length. “We need a fighter,” the Texan said."
    )
    assert got["We need a fighter,"] == "Tom Brandt"


def test_a_state_and_party_nobody_is_known_by_stays_a_description() -> None:
    """The text names another person before `the Utah Republican`, but nothing says that person
    is from Utah or a Republican: the description, not that person."""
    got = _speakers(
        "In the letter - addressed to the county clerk, Tom Reyes - the Utah Republican asks whether "
        "the clerk “broke the law.”"
    )
    assert got["broke the law."] != "Tom Reyes"


def test_a_nationality_modifying_a_noun_is_no_speaker() -> None:
    """`The Peruvian audience hears …, calling them “…”`: no one is "Peruvian"."""
    got = _speakers("The Peruvian audience hears the puppet first, calling them “cowards” again.")
    assert got["cowards"] != "Peruvian"


def test_a_surname_that_is_also_a_nationality_stays_a_name() -> None:
    """`Tom Cuban` … `“…,” Cuban said`: Tom Cuban (the article names him in full)."""
    got = _speakers("Tom Cuban owns the team.\n\n“I would listen to any offer,” Cuban said.")
    assert got["I would listen to any offer,"] == "Tom Cuban"


def test_adjectives_before_a_surname_describe_the_person() -> None:
    """`an angry Lemaire retaliated`: Paul Lemaire, not "an angry Lemaire"."""
    got = _speakers(
        "President Paul Lemaire answered the critics.\n\n“Our country endures,” an angry Lemaire retaliated."
    )
    assert got["Our country endures,"] == "Paul Lemaire"


# -- counts, titles and roles run into a name ------------------------------------------------------


def test_a_count_opening_a_sentence_is_no_given_name() -> None:
    assert _names("Seven Hale supporters ran for seats.") == [("Hale", None)]
    assert _names("Neither Hale nor Reyes spoke.") == [("Hale", None), ("Reyes", None)]


def test_an_occupation_or_rank_before_a_name_is_a_role() -> None:
    assert _names("Actor Tom Brandt admits it.") == [("Tom Brandt", "Actor")]
    assert _names("he said. Rear Admiral Li Wen told them.") == [("Li Wen", "Rear Admiral")]
    assert _names("said Gazette Editor-in-Chief Ann Hale.") == [("Ann Hale", "Gazette Editor-in-Chief")]


def test_a_hyphenated_title_before_a_name_is_a_role() -> None:
    """`Zentrix co-founder Ann Hale told …`: "co-founder" is a title, so the role is found."""
    assert _names("Zentrix co-founder Ann Hale told them.") == [
        ("Zentrix", None),
        ("Ann Hale", "Zentrix co-founder"),
    ]


def test_a_title_and_its_of_are_the_role_of_the_name_after() -> None:
    """`RNC Chief of Staff Ann Hale` is Ann Hale, role "RNC Chief of Staff" (was "RNC Chief" and
    "Staff Ann Hale"); the "she" after it is Ann Hale."""
    assert _names("That, Party Chief of Staff Ann Hale explained, is by design.") == [
        ("Ann Hale", "Party Chief of Staff")
    ]
    assert _names("Director of Rural Health Tom J. Brandt said") == [
        ("Tom J. Brandt", "Director of Rural Health")
    ]
    got = _speakers(
        "That, Party Chief of Staff Ann Hale explained, is by design.\n\n“We started early,” she said."
    )
    assert got["We started early,"] == "Ann Hale"


def test_a_title_of_an_organisation_keeps_the_organisation() -> None:
    """`president and CEO of Harbor Growers Association`: an organisation, not "Growers
    Association" as a person; nor is "Steve King of Iowa" cut (King is a surname)."""
    assert ("Harbor Growers Association", None) in _names(
        "Tom Brandt, president and CEO of Harbor Growers Association stated"
    )
    assert _names("Rep. Steve King of Iowa said")[0] == ("Steve King", "Rep.")


def test_an_arabic_article_is_part_of_the_surname() -> None:
    assert _names("the cleric Anwar al-Hadi, who") == [("Anwar al-Hadi", "cleric")]


# -- a video's words are the person it shows ---------------------------------------------------


def test_footage_of_someone_makes_them_the_one_who_speaks_next() -> None:
    """After the candidate's clip, `Footage of al-Hadi again appears. “…,” he says`: al-Hadi."""
    got = _speakers(
        "The video opens with the cleric Anwar al-Hadi lecturing: “Take heed of history.”\n\n"
        "Tom Brandt then appears in a clip from a rally, saying, “We will close the border.” The "
        "crowd cheers Brandt's words.\n\n"
        "Footage of Al-Hadi again appears. “The West will turn on you,” he says."
    )
    assert got["Take heed of history."] == "Anwar al-Hadi"
    assert got["We will close the border."] == "Tom Brandt"
    assert got["The West will turn on you,"] == "Anwar al-Hadi"


def test_an_acronym_or_occupation_before_a_name_is_a_role() -> None:
    """`US Senator Tom Hale said`, `DJ Ann Lee`, `Rapper Tom Lee`, and a plural one before a list:
    the person is the name alone; "US" is the country, not the pronoun "us"."""
    got = _speakers(
        "“We are proud to cast our votes!” US Senator Tom Hale said as he opened the count.\n\n"
        "The group was founded by DJ Ann Lee.\n\n“I started it for us,” Lee said.\n\n"
        "Celebrities Zoe Park, Kim Wu and Amy Shen went on Twitter.\n\n“It is a good day,” Park said."
    )
    assert got["We are proud to cast our votes!"] == "Tom Hale"
    assert got["I started it for us,"] == "Ann Lee"
    assert got["It is a good day,"] == "Zoe Park"


def test_a_surname_that_is_an_occupation_stays_a_name() -> None:
    """ "Singer" alone is Ann Singer's surname, not a title left without its name."""
    got = _speakers("Ann Singer runs the fund.\n\n“We are ready,” Singer said.")
    assert got["We are ready,"] == "Ann Singer"


def _evidence(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    text = d.articles[0].text
    return {q.text: (text[q.mention[0] : q.mention[1]] if q.mention else None) for q in d.quotes}


def test_the_evidence_is_the_speaker_not_the_place_after_the_preposition() -> None:
    """The words a quote's speaker rests on, which the reader is shown, are the aide's or the
    bishop's, not the building's or the diocese's after them."""
    got = _evidence(
        "Mayor Ann Hale spoke on Monday.\n\nOne aide inside Harlow Plaza tried to calm the room, "
        "saying the vote was “a small matter for us.”\n\n"
        "Bishop Tom Riley of the Eastern Diocese told reporters, “We will rebuild the hall.”\n\n"
        "As Kim Wu, an expert on Peru at the Lima Institute, noted, “Everyone is waiting.”"
    )
    assert got["a small matter for us."] == "One aide"
    assert got["We will rebuild the hall."] == "Tom Riley"
    assert got["Everyone is waiting."] == "Kim Wu"
