"""Quoted words inside reported speech: a quote in a clause that reports someone's words is that
person's, while titles, nicknames and scare quotes in the reporter's own voice stay nobody's."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _quotes(paragraph: str) -> dict[str, tuple[str | None, str]]:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None, q.kind) for q in d.quotes}


def test_a_trailing_cue_reports_every_quote_of_its_clause() -> None:
    """`The levy is “unfair” and “cruel,” Hale said.`: the cue after the last quote reports the
    whole sentence, so the first quote is Hale's too."""
    got = _quotes(
        "Mayor Ann Hale spoke on Monday. The levy was a “bad idea” that brought “nothing but debt,” she remarked."
    )
    assert got["bad idea"] == ("Ann Hale", "fragment")
    got = _quotes(
        "Taxes are “the real burden” and “hurt every family,” Ann Hale, the mayor of the town, "
        "told the council."
    )
    assert got["the real burden"][0] == "Ann Hale"


def test_a_trailing_cue_does_not_take_words_named_as_someone_elses() -> None:
    """`Lee’s “soft on crime” line was “a lie,” Hale said`: the first quote is Lee's line, named,
    not Hale's words; and a quote in an earlier clause with its own speaker stays apart."""
    got = _quotes("Tom Lee spoke first. Lee’s “soft on crime” line was “a lie,” Ann Hale said.")
    assert got["soft on crime"][0] is None
    got = _quotes("Voters chanted “four more years” at the rally; “it was moving,” Ann Hale said.")
    assert got["four more years"][0] != "Ann Hale"


def test_verbs_of_comment_protest_and_praise_govern_their_complement() -> None:
    """`She commented that …“…”`, `His campaign protested that … “…”`, `She applauded him for …
    “…”`: the words in the complement are the subject's."""
    intro = "Mayor Ann Hale and Tom Brandt met. "
    got = _quotes(intro + "Hale commented that the council “dragged its feet” on the levy.")
    assert got["dragged its feet"][0] == "Ann Hale"
    got = _quotes(intro + "Hale protested that the aides were being “evasive” about the budget.")
    assert got["evasive"][0] == "Ann Hale"
    got = _quotes(intro + "Hale applauded Brandt for fighting for the town “day after day.”")
    assert got["day after day."][0] == "Ann Hale"


def test_a_place_and_hyphenated_role_words_before_a_name_are_its_role() -> None:
    """`said Ohio steel-industry executive Ann Lee`: Ann Lee speaks; the state is no speaker."""
    got = _quotes("“We need the contracts,” said Ohio steel-industry executive Ann Lee.")
    assert got["We need the contracts,"][0] == "Ann Lee"


def test_a_group_of_two_plurals_chanting_is_one_speaker() -> None:
    """`with many marchers and spectators chanting “…”`: one crowd speaks; `the senator and his
    wife said` stays two people and no one speaker."""
    got = _quotes(
        "The parade paused, with many marchers and spectators chanting “We remember” and “Never again.”"
    )
    assert got["We remember"][0] == "many marchers and spectators"
    assert _quotes("“We won,” the senator and his wife said.")["We won,"][0] is None


def test_a_retort_is_a_verb_of_saying() -> None:
    """`“…,” Lee shot back.`, `Ann Hale fired back, “…”`: the one who retorts says the words, not
    the person who spoke before."""
    got = _quotes("“We won the vote,” Tom Lee said. “You lost it twice,” Ann Hale shot back.")
    assert got["You lost it twice,"][0] == "Ann Hale"
    got = _quotes("After Tom Lee mocked her plan, Ann Hale fired back, “I chose to fight for the town.”")
    assert got["I chose to fight for the town."][0] == "Ann Hale"


def test_a_comma_after_the_party_tag_does_not_hide_the_speaker() -> None:
    """`In Dayton, after the vote, Gov. Ann Hale (R-OH), said, “…”`: the stray comma before the verb sets off
    nothing; an aside (`Tom Lee, who replaced Ann Hale (D-Ore.), said`) still does."""
    got = _quotes("In Dayton, after winning Ohio, Gov. Ann Hale (R-OH), said, “We are going all the way.”")
    assert got["We are going all the way."][0] == "Ann Hale"
    got = _quotes("Tom Lee, who replaced Ann Hale (D-Ore.), said, “We will vote no.”")
    assert got["We will vote no."][0] == "Tom Lee"


def test_an_aside_after_the_subject_of_as_does_not_hide_it() -> None:
    """`As Ann Hale, the No. 2 in the party, put it: “…”`: the comma after the name opens an aside,
    not the clause after an opening phrase; an opening phrase still names nobody."""
    got = _quotes('As Ann Hale, the No. 2 in the GOP leadership, put it: "This plan will never pass."')
    assert got["This plan will never pass."][0] == "Ann Hale"
    got = _quotes('As the vote neared in Tom Lee Hall, the whip said: "This plan will never pass."')
    assert got["This plan will never pass."][0] != "Tom Lee"


def test_a_plural_pronoun_with_a_bare_verb_of_saying_is_a_cue() -> None:
    """`“…,” they conclude.`: after "they", the bare present of a verb of saying is the verb, so
    the board that spoke before goes on speaking."""
    got = _quotes(
        "“The levy is a mistake,” the editorial board writes. “The mayor knows it.”\n\n"
        "Taxes rose twice last year.\n\n"
        "“The attacks on the mayor show how far the council has drifted,” they conclude."
    )
    assert got["The attacks on the mayor show how far the council has drifted,"][0] == "the editorial board"


def test_a_surname_opening_on_a_particle_starts_its_clause() -> None:
    """`…, dos Santos says. “…”`: the lower-case particle is the surname's, so the name is the
    clause's subject and the quote after the sentence is his."""
    got = _quotes(
        "“It is an overreach,” Mat dos Santos, legal director of the group, said.\n\n"
        "The group plans to watch the case closely, dos Santos says. “If the state may pick our "
        "words apart, you run the risk of silence.”"
    )
    assert got["If the state may pick our words apart, you run the risk of silence."][0] == "Mat dos Santos"


def test_a_name_before_magazine_is_a_publication_not_a_surname() -> None:
    """`wrote Time magazine`: Time is a publication; another outlet's "Eastern Standard Time" is not
    who wrote it."""
    d = from_texts(
        {
            "a.txt": BODY + "“The Hale train has already left the station,” wrote Time magazine.\n",
            "b.txt": BODY + "Polls close at 8 p.m. Eastern Standard Time, officials said.\n",
        }
    )
    q = next(q for q in d.quotes if q.text.startswith("The Hale train"))
    assert d.speaker_name(q) == "Time"
