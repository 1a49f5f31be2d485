"""Wrong speakers a fact-checker would copy into a citation: places, titles and outlets taken for
people, and people chosen where the text names someone else. When the text leaves it open, no
speaker rather than a wrong one."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_a_state_and_a_title_before_a_name_are_a_role() -> None:
    """`said former Ohio Gov. and party chairman Ed Lester`: Ed Lester, never "Ohio Gov."."""
    got = _speakers("“That is how it works,” said former Ohio Gov. and party chairman Ed Lester.")
    assert got["That is how it works,"] == "Ed Lester"


def test_a_local_outlet_is_not_a_person() -> None:
    """`a commercial running on Ohio TV: “…” the candidate says`: "the candidate" is the subject
    named before, not the station."""
    got = _speakers(
        "Ann Hale spoke in Dayton.\n\nHale defends her record in a commercial running on "
        "Ohio TV: “Jobs come first,” the candidate says to the camera."
    )
    assert got["Jobs come first,"] == "Ann Hale"


def test_a_name_run_ending_in_a_state_is_no_person() -> None:
    """`the Ann Hale South Dakota victory party`: "Ann Hale South Dakota" is nobody; "he" in the
    relative clause after "Tom Brandt, the congressman who …" is Brandt."""
    got = _speakers(
        "There was no cheering at the Ann Hale South Dakota victory party.\n\n"
        "The latest is Rep. Tom Brandt, the South Dakota congressman who gained attention in 2009 "
        "when he yelled “Shame on you!” at the governor."
    )
    assert got["Shame on you!"] == "Tom Brandt"


def test_a_region_is_no_antecedent() -> None:
    """`… war in the Middle East …. He had posted: “…”`: a region is never the person "he" is."""
    got = _speakers(
        "Refugees fleeing war in the Middle East arrived on Monday.\n\n"
        "A court fined a 26-year-old man. Along with the photo, he had posted: “We are celebrating!”"
    )
    assert got["We are celebrating!"] != "Middle East"


def test_the_subject_of_a_free_relative_speaks_not_the_main_clause() -> None:
    """`whether Hale Tours is what former employees have called a “scam”`: the employees called
    it that; the company named as the main clause's subject said nothing."""
    got = _speakers(
        "Ann Hale founded Hale Tours in 2005.\n\nThe fight over whether Hale Tours is what former "
        "employees have called a “fraudulent scheme” took an uglier turn."
    )
    assert got["fraudulent scheme"] == "former employees"


def test_a_surname_that_is_a_common_word_names_the_person_given_in_full() -> None:
    """`the council founded by Al From … “…,” From said`: "From" is Al From's surname, not a
    preposition, once the article has named him in full."""
    got = _speakers("The council was founded by Al From in 1985.\n\n“We won,” From said. “It was hard.”")
    assert got["We won,"] == "Al From"
    assert got["It was hard."] == "Al From"


def test_first_person_narration_is_the_writer_never_someone_named() -> None:
    """`“Okay,” I said.`, `I said, “…”`: the writer speaks, cited as "the author" (the byline may
    not be the writer of an excerpt); `When I asked Tom Lee, he … said` stays Tom Lee's."""
    got = _speakers(
        "Tom Lee, the judge, turned to me. “Okay,” I said. “I am ready.”\n\nI said, “I regret it.”\n\n"
        "When I asked Tom Lee, he looked at me and said, “Never.”"
    )
    assert got["Okay,"] == "the author"
    assert got["I regret it."] == "the author"
    assert got["Never."] == "Tom Lee"


def test_words_about_her_in_someone_elses_account_are_not_hers() -> None:
    """`Mr. Lee described a set of habits … She took her phone everywhere, “sending emails …”`:
    the paragraph reports Lee's account of her; the quoted words are not hers."""
    got = _speakers(
        "Ann Hale ran the office for a decade.\n\nMr. Tom Lee described, in harsh terms, a set of "
        "habits that left Ms. Hale's files open to thieves. She had no guard. She took her phone "
        "everywhere she went, “sending and receiving work emails in hostile territory.”"
    )
    assert got["sending and receiving work emails in hostile territory."] != "Ann Hale"


def test_speech_foretold_inside_a_report_is_the_reporters_source() -> None:
    """`Hale said she expected that Brandt will say “no”`: Brandt has said nothing; the words
    are Hale's."""
    got = _speakers(
        "Mayor Ann Hale spoke on Monday. Hale said she expected that Tom Brandt will say “no” to the levy."
    )
    assert got["no"] == "Ann Hale"


def test_someone_described_cutting_in_stops_the_previous_speaker_going_on() -> None:
    """`“A,” Hale said, and her husband cut in. “B.”`: B is the husband's, not Hale's; with no
    name for him, no speaker."""
    got = _speakers(
        "Ann Hale waved. “Tell her I said hello,” Hale said, and her husband cut in. “Do not forget me.”"
    )
    assert got["Tell her I said hello,"] == "Ann Hale"
    assert got["Do not forget me."] != "Ann Hale"


def test_an_aside_holding_a_place_does_not_hide_the_subject() -> None:
    """`Hale, during a town hall in Dayton, Ohio, said she was “…”`: Hale, not the state (which
    is no speaker) and not nobody."""
    got = _speakers(
        "Ann Hale spoke. Hale, during a town hall meeting in Dayton, Ohio, said she was “going to put "
        "a lot of miners out of work,” while explaining her plan."
    )
    assert got["going to put a lot of miners out of work,"] == "Ann Hale"


def test_a_description_from_a_state_speaks_for_itself() -> None:
    """`with the campaign of the former senator from Ohio saying …“…”`: that campaign speaks, not
    nobody, and not whichever senator the story named before."""
    got = _speakers(
        "Sen. Tom Brandt spoke first. And Ed Lee turned on Hale, with the campaign of the former "
        "senator from Ohio saying Hale was “not a real conservative.”"
    )
    assert got["not a real conservative."] == "the campaign of the former senator from Ohio"


def test_after_a_verb_of_showing_the_one_shown_speaks() -> None:
    """`a group campaigning for Ruritania … posted a video that showed Islamic State fighters
    warning of “…”`: the fighters, not Ruritania (a country is no speaker) nor the group; `The film
    depicts one of the security officers asking, “…”`: that officer."""
    got = _speakers(
        "One group campaigning for Ruritania to leave posted a video that showed Islamic State "
        "fighters warning of a “Dayton-style atrocity” if it stayed.\n\n"
        "The film depicts one of the security officers asking, “Why should we stay?”"
    )
    assert got["Dayton-style atrocity"] == "Islamic State fighters"
    assert got["Why should we stay?"] == "one of the security officers"


def test_he_said_closing_a_named_persons_report_is_that_person() -> None:
    """`Hale spokesman Tom Brandt said the campaign will show that Hale has “guiding principles,”
    he said.`: "he" is Brandt, who opened the sentence, not Lee, who spoke last."""
    got = _speakers(
        "“We are ready,” Ed Lee said.\n\nHale spokesman Tom Brandt said the campaign will highlight "
        "contrasts between Hale and Lee to show voters that Hale has “guiding principles,” he said."
    )
    assert got["guiding principles,"] == "Tom Brandt"
