"""Speaker strings that are not the speaker: a participle after a short attribution goes with
that attribution's speaker; words that open a sentence, modify a noun or only say where are
no one's name. No speaker is better than a thing or a place."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(*texts: str) -> dict[str, str | None]:
    d = from_texts({f"t{i}.txt": BODY + t + "\n" for i, t in enumerate(texts)})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_a_participle_after_a_titled_attribution_with_a_time_is_the_attributions() -> None:
    got = _speakers(
        "PORT ELLIS — The Harbor Bridge will close to all traffic for 18 months starting in June, "
        "Mayor Daniel Okafor announced Wednesday, calling the repairs “long overdue and absolutely "
        "necessary.”",
        "The bridge will close in June, Mayor Ann Hale said Wednesday, adding: “We waited too long.”",
    )
    assert got["long overdue and absolutely necessary."] == "Daniel Okafor"
    assert got["We waited too long."] == "Ann Hale"


def test_a_word_opening_a_sentence_is_no_given_name_of_the_person_after_it() -> None:
    got = _speakers(
        "Roger Stone spoke on the radio.\n\nStated Stone: “I think the stakes are so high.”",
        "David Jolly and Ron DeSantis are running.\n\nRepublicans Jolly of Indian Shores and DeSantis "
        "of Ponte Vedra Beach are against it.\n\n“That would take money from the classroom,” Jolly said.",
        "Christoph Blocher leads the party.\n\nInterestingly Blocher stated that the party “must be careful.”",
        "Donald Trump spoke first.\n\nEric Trump said it was “a great night.”",
    )
    assert got["I think the stakes are so high."] == "Roger Stone"
    assert got["That would take money from the classroom,"] == "David Jolly"
    assert got["must be careful."] == "Christoph Blocher"
    assert got["a great night."] == "Eric Trump"  # a given name stays one


def test_an_outlets_brand_is_no_persons_bare_surname() -> None:
    got = _speakers(
        "Michael Bloomberg spoke in Denver.\n\n“I am not running,” Michael Bloomberg said.",
        "People familiar with the plan told Bloomberg Politics about it.\n\n"
        "“The campaign is lining up sports figures,” Bloomberg reported on Tuesday.",
    )
    assert got["The campaign is lining up sports figures,"] == "Bloomberg"


def test_a_surname_that_is_also_a_headline_word_is_the_named_person() -> None:
    got = _speakers(
        "Fox News contributor George Will reignited his feud with Donald Trump.\n\n"
        "“This might hasten the eclipse of Donald Trump,” Will wrote.",
        "Trump Will Win Iowa, Poll Says\n\n“It is close,” Ann Hale said.",
    )
    assert got["This might hasten the eclipse of Donald Trump,"] == "George Will"
    assert got["It is close,"] == "Ann Hale"
