"""People who share a surname: a spouse, a parent and a child, two siblings. A bare surname or
"Mr./Ms. X" must go to the person the text means, never to whichever one has the longest name;
when the text leaves it open, no speaker rather than a wrong one."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(paragraphs: str) -> dict[str, str | None]:
    d = from_texts({"t.txt": BODY + paragraphs + "\n"})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_a_bare_surname_is_the_person_introduced_as_the_subject() -> None:
    """`Marta Velde, whose husband, Army pilot Jonas Velde, …` then `Velde said she …`: Marta,
    not the husband named in apposition (whose name is longer)."""
    got = _speakers(
        "Marta Velde, whose husband, Army pilot Jonas Velde, died in the crash, spoke with a "
        "radio host on Monday.\n\n"
        "Velde said she does not think Piet and Anouk Brandsma should be spared criticism.\n\n"
        "“Nobody is above questions,” she told the host. “Not even grieving parents.”\n\n"
        "“I stand by every word,” Velde said."
    )
    assert got["Nobody is above questions,"] == "Marta Velde"
    assert got["Not even grieving parents."] == "Marta Velde"
    assert got["I stand by every word,"] == "Marta Velde"


def test_a_later_subject_takes_the_surname_over() -> None:
    """`Rosa Tamm, mother of soldier Erik Tamm, rejected …` then `…,” Tamm said`: the mother,
    who is the subject, though the son was introduced first."""
    got = _speakers(
        "Erik Tamm served two tours before he was killed in 2012.\n\n"
        "Last week, Rosa Tamm, mother of soldier Erik Tamm, rejected the minister’s account.\n\n"
        "“He told me a different story at the funeral,” Tamm said."
    )
    assert got["He told me a different story at the funeral,"] == "Rosa Tamm"


def test_honorifics_tell_a_couple_apart() -> None:
    """`the parents, Omar and Leila Haddad` then `Mr. Haddad said` / `Ms. Haddad said`: the father
    and the mother, never the son named later (`her son, Sami Haddad`)."""
    got = _speakers(
        "The dispute between the parents, Omar and Leila Haddad, and the governor has grown.\n\n"
        "Mr. Haddad pleaded with voters: “Choose decency over fear.”\n\n"
        "Ms. Haddad said she could not speak about her son, Sami Haddad, without tears.\n\n"
        "“I am a mother who lost a child,” Ms. Haddad wrote. She continued: “No one should "
        "doubt that pain.”\n\n"
        "“We will keep speaking,” Mr. Haddad said."
    )
    assert got["Choose decency over fear."] == "Omar Haddad"
    assert got["I am a mother who lost a child,"] == "Leila Haddad"
    assert got["No one should doubt that pain."] == "Leila Haddad"
    assert got["We will keep speaking,"] == "Omar Haddad"


def test_mr_and_mrs_is_two_people_not_a_pronouns_antecedent() -> None:
    """`Lee said the attacks on Mr. and Mrs. Haddad were wrong. “…,” he said`: "he" is Lee."""
    got = _speakers(
        "Omar and Leila Haddad spoke at the convention. Mr. Haddad thanked the crowd.\n\n"
        "Senator Dale Lee said the attacks on Mr. and Mrs. Haddad were wrong. “This crosses "
        "a line we never crossed before,” he said."
    )
    assert got["This crosses a line we never crossed before,"] == "Dale Lee"


def test_a_given_name_alone_is_the_person_named_in_full_with_it() -> None:
    """`Nils Berg's wife … Nils has led …. In an essay, he wrote, “…”`: Nils Berg, not his father
    Gustav Berg (whose name the article gives first)."""
    got = _speakers(
        "The company was built by Gustav Berg, who still chairs it. Mr. Berg rarely speaks.\n\n"
        "Nils Berg's views are plainer than his father's. Nils Berg's wife, Karin, is a trustee "
        "of a fund. Nils has led the push to cut emissions.\n\n"
        "In an essay last year, he wrote, “Our industry cannot wait for the science to settle.”"
    )
    assert got["Our industry cannot wait for the science to settle."] == "Nils Berg"


def test_a_name_modifying_a_noun_is_no_antecedent() -> None:
    """`The Berg papers have stood in the way, he said`: "he" is the strategist quoted, not
    a Berg."""
    got = _speakers(
        "The company was built by Gustav Berg, who still chairs it.\n\n"
        "Carl Dunne, a strategist whose firm made the ads, said the goal was a compromise. The "
        "Berg papers have stood in the way, he said, by spreading “doubt about the facts” among "
        "lawmakers."
    )
    assert got["doubt about the facts"] == "Carl Dunne"


def test_a_couple_the_text_cannot_tell_apart_gets_no_speaker() -> None:
    """Two Haddads called "Mr." and "Ms." with nothing in the text saying which is which: the
    quote of "Ms. Haddad" goes to no full name rather than maybe the wrong one."""
    got = _speakers(
        "Sami Haddad spoke first. Later, Noor Haddad joined the panel.\n\n"
        "Mr. Haddad praised the plan.\n\n"
        "“It will not work,” Ms. Haddad said."
    )
    assert got["It will not work,"] not in ("Sami Haddad", "Noor Haddad")


# -- across the dossier: an article that only ever says the surname -----------------------------

_HEAD = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _dossier_speakers(*bodies: str) -> list[dict[str, str | None]]:
    from dossier_tui.core.build import from_texts

    d = from_texts({f"a{n}.txt": _HEAD + b + "\n" for n, b in enumerate(bodies)})
    out: list[dict[str, str | None]] = [{} for _ in bodies]
    for q in d.quotes:
        out[int(q.article[1:])][q.text] = d.speaker_name(q) if q.speaker else None
    return out


def test_a_bare_surname_joins_no_one_of_several_namesakes() -> None:
    """Tom Varga is named in two articles, Ann Varga in one; a third says only "Varga": it is
    neither of them (the one named most is no better guess)."""
    got = _dossier_speakers(
        "Tom Varga spoke at the hall. “We will win,” Tom Varga said.",
        "“We never stop,” said Tom Varga, the father.",
        "Mayor Ann Varga opened the bridge. “It is done,” Ann Varga said.",
        "“Nobody asked us,” Varga said at the meeting.",
    )
    assert got[0]["We will win,"] == "Tom Varga"
    assert got[2]["It is done,"] == "Ann Varga"
    assert got[3]["Nobody asked us,"] == "Varga"


def test_a_bare_surname_joins_the_only_person_of_that_name() -> None:
    got = _dossier_speakers(
        "Tom Varga spoke at the hall. “We will win,” Tom Varga said.",
        "“Nobody asked us,” Varga said at the meeting.",
    )
    assert got[1]["Nobody asked us,"] == "Tom Varga"


def test_a_bare_surname_with_a_role_joins_the_namesake_with_that_role() -> None:
    """`Mayor Varga` joins Mayor Ann Varga, not Tom Varga, whatever the counts."""
    got = _dossier_speakers(
        "Tom Varga spoke at the hall. “We will win,” Tom Varga said.",
        "“We never stop,” said Tom Varga, the father.",
        "Mayor Ann Varga opened the bridge. “It is done,” Ann Varga said.",
        "“Nobody asked us,” Mayor Varga said at the meeting.",
    )
    assert got[3]["Nobody asked us,"] == "Ann Varga"
