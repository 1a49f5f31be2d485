"""Attribution rules on short hand-written paragraphs: who said each quote, and which words the
attribution rests on."""

from __future__ import annotations

import pytest

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # an introductory phrase naming someone else does not make them the subject
        (
            "In an interview with CNN, Donald Trump questioned the senator's temper, saying he "
            "could not “make deals” as president.",
            "Donald Trump",
            "Donald Trump",
        ),
        # a second verb joined by "and" shares the first verb's subject
        (
            "In a prison interview with journalist Matei Rosca last year, Marcel Lazar said he "
            "welcomed extradition and added, “I'll plead guilty, no problem.”",
            "Marcel Lazar",
            "Marcel Lazar",
        ),
        # a relative pronoun stands for the phrase before it
        (
            "“We are gearing up,” said Scott Reed, the chamber's strategist, who added that his "
            "group plans to zero in on issues “like folks are running for sheriff.”",
            "Scott Reed",
            "who",
        ),
    ],
)
def test_subject_of_the_cue(paragraph: str, speaker: str, mention: str) -> None:
    name, got_mention = _last_quote(paragraph)
    assert name == speaker
    assert got_mention == mention


def _last_quote(paragraph: str):
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = [q for q in d.quotes if q.kind != "other"][-1]
    art = d.article(q.article)
    return d.speaker_name(q), art.text[q.mention[0] : q.mention[1]] if q.mention else None


def test_passive_cue_is_not_the_subject_speaking() -> None:
    """ "after being asked" is a question put to the subject, not a cue for what follows."""
    d = from_texts(
        {
            "t.txt": BODY
            + "Ted Cruz blamed the law on “knuckleheaded Democratic politicians.” His comments came "
            "after being asked again to defend his criticism of “New York values.”\n"
        }
    )
    names = {d.speaker_name(q) for q in d.quotes if q.speaker}
    assert not any(n and n.startswith("His comments") for n in names)


def test_sentence_openers_are_not_part_of_names() -> None:
    d = from_texts(
        {
            "t.txt": BODY
            + "Despite Ted Cruz's loss, he remained upbeat. “We will win the next one,” Cruz said.\n"
        }
    )
    (q,) = [q for q in d.quotes if q.speaker]
    assert d.speaker_name(q) == "Ted Cruz"


def test_noun_phrase_between_quote_and_cue_is_the_speaker() -> None:
    """Any short noun phrase standing alone between a quote and "told" names the speaker, even
    when its head noun ("tycoon") is not a known role."""
    _, mention = _last_quote(
        "Sheldon Adelson met the candidate in Macau.\n\n“It was very nice,” the gambling tycoon "
        "told Reuters in a rare interview."
    )
    assert mention == "the gambling tycoon"


def test_participle_subject_stands_before_a_quoted_title() -> None:
    """The subject of "saying" is the sentence's subject, even when a quoted show title stands
    between them and another name follows the title."""
    name, _ = _last_quote(
        "Sen. Bernie Sanders visited NBC’s “Today” to discuss his remarks about his rival, "
        "Hillary Clinton, saying “on her worst day” she would be a better president."
    )
    assert name == "Bernie Sanders"


def test_participle_right_after_a_quote_continues_its_speaker() -> None:
    name, _ = _last_quote(
        "“It would have been more dangerous,” Hillary Clinton told CBS, adding, “I think maybe "
        "1,500 people were killed last year.”"
    )
    assert name == "Hillary Clinton"


def test_a_document_that_read_is_the_speaker() -> None:
    _, mention = _last_quote(
        "The campaign sent a fundraising email on Wednesday.\n\n“Friend, let me be blunt. I can "
        "beat her,” the email read."
    )
    assert mention == "the email"


def test_lowercase_role_words_between_cue_and_name() -> None:
    name, mention = _last_quote(
        "“Thanks, Clarkston, for welcoming these refugees,” said master of ceremonies Asab "
        "Al-Tabchi, a Syrian engineer."
    )
    assert (name, mention) == ("Asab Al-Tabchi", "Asab Al-Tabchi")


@pytest.mark.parametrize("verb", ["admitted", "bragged", "dubbed", "wanted to know"])
def test_cue_verbs_with_doubled_consonants_and_phrases(verb: str) -> None:
    name, mention = _last_quote(f"Senator Mary Landrieu spoke on Monday. She {verb}, “Is this the end?”")
    assert (name, mention) == ("Mary Landrieu", "She")


def test_dash_credit_line_under_a_quote() -> None:
    name, mention = _last_quote(
        "“Almost all new income and wealth is going to the top 1 percent.”\n\n- Bernie Sanders.\n\n"
        "The senator is relying on an outdated statistic."
    )
    assert (name, mention) == ("Bernie Sanders", "Bernie Sanders")


def test_a_nickname_someone_gives_is_their_words() -> None:
    d = from_texts(
        {
            "t.txt": BODY + "At the rally, Donald Trump called his rival “Crooked Hillary” again. "
            "The crowd watched “The Apprentice” later.\n"
        }
    )
    kinds = {q.text: (q.kind, d.speaker_name(q)) for q in d.quotes}
    assert kinds["Crooked Hillary"] == ("fragment", "Donald Trump")
    assert kinds["The Apprentice"] == ("other", None)


def test_descriptions_in_different_articles_are_different_people() -> None:
    """ "his wife" in one story is not "his wife" in another."""
    text = "Headline\n\nThe story opens with narration.\n\n“We are proud,” his wife said on Monday.\n"
    d = from_texts({"a.txt": text, "b.txt": text.replace("proud", "tired")})
    speakers = {q.speaker for q in d.quotes}
    assert len(speakers) == 2 and None not in speakers


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        # the object of "of" is not who says it: the phrase it hangs on is
        (
            "The great majority of Canadians say the tax is “a fair deal” for them.",
            "The great majority of Canadians",
        ),
        # nor is the agent after "by"
        (
            "A memo from the union obtained by The Daily Ledger warns that “every contract is at risk” now.",
            "A memo from the union obtained by The Daily Ledger",
        ),
        # a name the preposition belongs to keeps the subject
        ("Senator Ann Walsh of Maine said the plan was “a fantasy” and left.", "Ann Walsh"),
    ],
)
def test_the_object_of_a_preposition_is_not_the_subject(paragraph: str, mention: str) -> None:
    assert _last_quote(paragraph)[1] == mention


def test_the_antecedent_of_who_may_follow_a_preposition() -> None:
    name, mention = _last_quote("Compare that with Ann Walsh, who has called the treaty “a fantasy” twice.")
    assert (name, mention) == ("Ann Walsh", "who")


@pytest.mark.parametrize("verb", ["bristled", "barked", "pressed", "retorted"])
def test_any_past_verb_after_a_comma_closed_quote_is_the_cue(verb: str) -> None:
    """`“…,” X verbed.`: the comma inside the marks says an attribution follows, whether or not
    the verb is a known verb of saying."""
    name, mention = _last_quote(
        f"Governor Lena Ortiz took questions on Friday.\n\n“That is simply false,” Ortiz {verb}."
    )
    assert (name, mention) == ("Lena Ortiz", "Ortiz")


def test_a_past_verb_with_an_object_after_a_quote_is_not_a_cue() -> None:
    """`“…,” another moment seized upon by …`: the participle of a noun phrase says nothing."""
    d = from_texts(
        {
            "t.txt": BODY + "Lena Ortiz spoke first. The others refused to say “open borders,” "
            "another moment quickly seized upon by critics.\n"
        }
    )
    (q,) = d.quotes
    assert d.speaker_name(q) != "another moment"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a verb joined by ", and" with no earlier cue shares the sentence's subject
        (
            "Governor Enrique Ruiz compared the rivals with old dictators, and urged people not to "
            "“choose the road toward isolation.”",
            "Enrique Ruiz",
        ),
        # ", and took …, saying": the participle's subject is still the sentence's
        (
            "Senator Rob Hale sought to calm the hall, and took a heckler in stride, saying the man "
            "would “not get hurt” there.",
            "Rob Hale",
        ),
        # ", but Ann Walsh …, saying": a new clause with its own subject
        (
            "Senator Rob Hale spoke first, but Ann Walsh stole the show, saying the plan was “a "
            "fantasy” again.",
            "Ann Walsh",
        ),
        # the earlier verb of saying gives the subject of ", but added"
        (
            "Speaking before supporters at the party office, Ann Walsh said it was too early to "
            "gloat but added, “I think you all know the results.”",
            "Ann Walsh",
        ),
    ],
)
def test_verbs_that_share_a_subject(paragraph: str, speaker: str) -> None:
    assert _last_quote(paragraph)[0] == speaker


def test_a_name_used_as_a_modifier_is_not_the_subject() -> None:
    """ "The Ohio senator …, saying": the speaker is the senator, not Ohio."""
    _, mention = _last_quote(
        "The Ohio senator sought to calm the hall, and took a heckler in stride, saying the man "
        "would “not get hurt” there."
    )
    assert mention == "The Ohio senator"


def test_names_in_an_opening_phrase_are_not_the_participles_subject() -> None:
    name, _ = _last_quote("After the Lisbon summit, Ann Walsh released an ad calling it “a farce” again.")
    assert name == "Ann Walsh"


@pytest.mark.parametrize(
    ("paragraph", "quote", "kind", "speaker"),
    [
        # an exclamation put straight after its cue is speech, capitals or not
        (
            "Ann Walsh spoke in Leeds. She declared “What a Great Night!” and left.",
            "What a Great Night!",
            "fragment",
            "Ann Walsh",
        ),
        # shouting in capitals is speech
        ("Ann Walsh wrote one line: “THIS IS NOT FINE.”", "THIS IS NOT FINE.", "full", "Ann Walsh"),
        # words that stand straight after their cue and end a sentence
        (
            "Ann Walsh cut in, interjecting, “Only Rob Hale.” The room laughed.",
            "Only Rob Hale.",
            "full",
            "Ann Walsh",
        ),
        # titles stay titles, even in a sentence with a cue
        ("Ann Walsh said she reads “Bleak House” every winter.", "Bleak House", "other", None),
    ],
)
def test_capitalised_words_that_are_speech(
    paragraph: str, quote: str, kind: str, speaker: str | None
) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    (q,) = [q for q in d.quotes if q.text == quote]
    assert (q.kind, d.speaker_name(q)) == (kind, speaker)


def test_a_dateline_with_a_day_is_not_a_speaker() -> None:
    """`CITY, Mon. 8 (AGENCY) —`: the month and the agency of a dateline are nobody's words."""
    d = from_texts(
        {
            "a.txt": "Headline here.\n\nBRISTOL, Dec. 8 (XPA) — A campaign aide to Mayor Ann Holt "
            "rallied volunteers on Monday, saying: “We have to be ready for this fight.”\n"
        }
    )
    (q,) = d.quotes
    assert q.speaker is not None
    assert d.speaker(q.speaker).name not in ("Dec", "XPA")


def test_a_preposition_opening_a_sentence_is_not_part_of_a_name() -> None:
    d = from_texts(
        {"a.txt": "Headline here.\n\nAlongside Mayor Holt, Ann Reyes said: “The budget is fine.”\n"}
    )
    (q,) = d.quotes
    assert d.speaker(q.speaker).name == "Ann Reyes"


@pytest.mark.parametrize("verb", ["told", "thanked", "urged"])
def test_the_one_spoken_to_is_not_the_speaker(verb: str) -> None:
    """ "told X", "thanked X": a name after a verb that takes a listener is the listener; only
    "said X" style verbs put the speaker after them."""
    d = from_texts({"t.txt": BODY + f"As one cook {verb} Mayor Ann Holt, “We were never paid for it.”\n"})
    (q,) = d.quotes
    assert d.speaker_name(q) != "Ann Holt"


def test_a_description_after_an_opening_phrase_starts_at_its_own_determiner() -> None:
    """ "In a statement, the senator called …": the speaker is the senator already named, not
    "a statement, the senator"."""
    name, mention = _last_quote(
        "Senator Rob Hale spoke first. In a statement, the senator called the plan “a disgrace” again."
    )
    assert (name, mention) == ("Rob Hale", "the senator")


@pytest.mark.parametrize("adverb", ["now", "already", "still"])
def test_an_adverb_between_subject_and_cue(adverb: str) -> None:
    """ "the figures Ann Walsh now says are …": the name just before the adverb is the subject."""
    name, _ = _last_quote(f"Rob Hale wants the figures Ann Walsh {adverb} says are “settled” checked again.")
    assert name == "Ann Walsh"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a place and its state inside the opening phrase are not its end
        "Speaking at a rally in Dayton, Ohio, Ann Walsh attacked Rob Hale, calling him “a fraud.”",
        # "Like X," opens a phrase too
        "Like Rob Hale, Ann Walsh also rejected the plan, arguing that it was “a fantasy.”",
    ],
)
def test_the_subject_after_an_opening_phrase(paragraph: str) -> None:
    assert _last_quote(paragraph)[0] == "Ann Walsh"


@pytest.mark.parametrize("noun", ["complaint", "memo", "statement"])
def test_a_document_that_speaks_is_not_the_last_person_named(noun: str) -> None:
    """ "the complaint says": a document is not a person already in the story."""
    name, mention = _last_quote(
        f"Rob Hale filed suit on Monday.\n\n“The city broke its own rules,” the {noun} says."
    )
    assert (name, mention) == (f"the {noun}", f"the {noun}")


def test_any_noun_phrase_inverted_after_the_cue_is_the_speaker() -> None:
    """`“…?” asked the girl, who …`: the phrase after an inverted cue speaks, whatever its head."""
    _, mention = _last_quote(
        "A crowd had waited since noon.\n\n“Is it over yet?” asked the girl, who had come alone."
    )
    assert mention == "the girl"


def test_a_participle_after_a_quote_is_not_inverted() -> None:
    """`“…,” saying the city …`: "saying" does not put its subject after it."""
    d = from_texts({"t.txt": BODY + "Rob Hale defended “old values,” saying the city embodied them.\n"})
    (q,) = d.quotes
    assert d.speaker_name(q) in (None, "Rob Hale")


def test_a_cue_word_after_a_possessive_is_a_noun() -> None:
    """ "said Hale's remarks “…”": "remarks" is a noun here; the cue is "said"."""
    name, mention = _last_quote(
        "Rep. Ann Walsh spoke on Monday. The lawmaker, who represents a district in Marlow "
        "province, said Hale's remarks “have done real harm” to the town."
    )
    assert (name, mention) == ("Ann Walsh", "The lawmaker")


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "In two interviews, the judge sounded off on Rob Hale, saying she did not “want to "
            "contemplate” his win.",
            "the judge",
        ),
        ("Others, reacting to the delay in the Rob Hale case, shouted, “Stop the coverup!”", "Others"),
        (
            "A federal lawsuit was filed in 2012 challenging the Rob Hale programme and alleging that "
            "it was “a proxy for bias.”",
            "A federal lawsuit",
        ),
    ],
)
def test_a_noun_phrase_opening_the_clause_is_its_subject(paragraph: str, mention: str) -> None:
    """The phrase that opens a clause and is followed by its verb is the subject, whatever its
    head noun: a name later in the clause is an object."""
    assert _last_quote(paragraph)[1] == mention


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the words on a sign are an inscription: not those of whoever holds it, nor the sign's
        ("At the rally, Ann Walsh held up a sign that read, “No more cuts to our schools.”", None),
        # a noun phrase right before its verb is the subject, whatever its head noun
        (
            "Rob Hale defended the budget, which an independent audit said was “deeply flawed” last year.",
            "an independent audit",
        ),
        # a film called "…" is named, nobody speaks
        ("Rob Hale and voters saw a short film called “We Are Still Here” on Sunday.", None),
    ],
)
def test_noun_phrases_that_are_not_names(paragraph: str, speaker: str | None) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    (q,) = d.quotes
    assert d.speaker_name(q) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a heading in capitals run into the sentence is not part of the name
        ("FLOOD WARNING ISSUED Rob Hale said the river was “rising fast” on Monday.", "Rob Hale"),
        # "Lisbon-based" is an adjective, not a name
        (
            "One of the mayor's old friends, Pat Cole, lives in his Lisbon-based district and wrote "
            "that the plan was “tragic” for all.",
            "Pat Cole",
        ),
        # a title-case headline is nobody's name
        ("Ann Walsh Explains What It Takes To Win\n\nShe said it was “hard work” mostly.", None),
    ],
)
def test_capitalised_runs_that_are_not_names(paragraph: str, speaker: str | None) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    (q,) = d.quotes
    assert d.speaker_name(q) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a new sentence with its own subject does not continue the previous speaker
        (
            "“We will win,” Rob Hale said. The agency declined to discuss the plan's “specific focus "
            "or its likely targets.”",
            "The agency",
        ),
        # speech with no verb of saying, nobody to continue: the sentence's subject
        (
            "Ann Walsh arrived late.\n\nRob Hale fired back that the plan was “a disaster for every "
            "family in town.”",
            "Rob Hale",
        ),
        # but not a subject that cannot speak, nor one that is asked, nor a few words (a term)
        (
            "Ann Walsh arrived late.\n\nHis standing improved after his call for “a complete ban on "
            "all new towers.”",
            None,
        ),
        ("Ann Walsh arrived late.\n\nRob Hale was asked, “What is the worst place you have been to?”", None),
        ("Ann Walsh arrived late.\n\nRob Hale visited the “new old town” again.", None),
    ],
)
def test_the_subject_of_a_quotes_own_sentence(paragraph: str, speaker: str | None) -> None:
    """A quote with no cue, inside a sentence whose subject is named before it."""
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    assert d.speaker_name(d.quotes[-1]) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a name's own title or role words belong to the subject: "she" is the front-runner, not
        # the man named later as an object
        (
            "Democratic senate front-runner Maria Lopez criticized the plan on Monday, when she said "
            "that the governor had hired consultant Peter Grant for the job.\n\n“He is the wrong man "
            "for it,” she said.",
            "Maria Lopez",
            "she",
        ),
        # an opening phrase names nobody who speaks; a name set off after a description does
        (
            "In a statement to the Gazette, her chief of staff, Paul Reyes, said: “The senator "
            "supports the bill in full.”",
            "Paul Reyes",
            "Paul Reyes",
        ),
        # "X quoted Y as saying": Y speaks
        (
            "Mayor Ann Hill spoke at noon. An early post quoted the mayor as saying “We will reopen "
            "the bridge by spring!”",
            "Ann Hill",
            "the mayor",
        ),
        # "the families who wrote to her on Friday say": the families, not "her on Friday"
        (
            "While the mayor has condemned the plan, the families who wrote to her on Friday say they "
            "are “deeply worried about the delays.”",
            "the families",
            "the families",
        ),
        # "Lopez’s response was:": the owner of the words
        (
            "Senate aide Tom Reyes emailed Governor Ana Lopez in May, informing her of the vote. "
            "Lopez’s response was: “Is the count final or not?”",
            "Ana Lopez",
            "Lopez",
        ),
        # an age before the name does not stop it being the subject of the participle
        (
            "64-year-old Karen Doyle, founder of the Riverside Trust, NRA member in the 1990s and "
            "longtime activist from Ohio, endorsed Smith last week, saying he “has shown real "
            "courage in office.”",
            "Karen Doyle",
            "Karen Doyle",
        ),
    ],
)
def test_subjects_behind_phrases_and_titles(paragraph: str, speaker: str, mention: str) -> None:
    name, got_mention = _last_quote(paragraph)
    assert (name, got_mention) == (speaker, mention)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a clause is never a speaker
        "Turnout fell again this year. There’s a problem for the council, though: “Nobody reads "
        "the notices we send out.”",
        # a phrase about an interview is no one's description
        "His view, according to an interview with the Daily Post at the time, was “a terrible "
        "choice, simply terrible.”",
    ],
)
def test_clause_pieces_are_not_speakers(paragraph: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    names = {d.speaker_name(q) for q in d.quotes}
    assert not {n for n in names if n and (":" in n or " to " in n or " with " in n)}, names


@pytest.mark.parametrize(
    ("paragraph", "speaker", "roles"),
    [
        # the title before a name is a role, not part of the name: one speaker, not two
        (
            "“We will rebuild the pier,” Mayor John Smith said.\n\nSmith added: “It will take two years.”",
            "John Smith",
            ("Mayor",),
        ),
        (
            "“We want a fair contract,” Teachers Union President Ana Ruiz said.\n\nLater Ana Ruiz "
            "said: “The talks go on.”",
            "Ana Ruiz",
            ("Teachers Union President",),
        ),
    ],
)
def test_a_title_before_a_name_is_a_role(paragraph: str, speaker: str, roles: tuple[str, ...]) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    assert {d.speaker_name(q) for q in d.quotes} == {speaker}
    (s,) = d.speakers
    assert s.roles == roles


@pytest.mark.parametrize(
    ("paragraph", "roles"),
    [
        # a headline on the line above is not part of the role
        (
            "Council Backs Down\nReal estate executive Rob Hale said, “We will build anyway.”",
            ("Real estate executive",),
        ),
        # clause pieces before a role are not part of it
        (
            "Voters he met praised Republican mayoral candidate Rob Hale, and then Rob Hale said, "
            "“We will build anyway.”",
            ("Republican mayoral candidate",),
        ),
        # "to host" is a verb; "then" and "former" alone are no roles
        (
            "The club is expected to host Rob Hale in May. Former Rob Hale backers left. Rob Hale "
            "said, “We will build anyway.”",
            (),
        ),
        # page furniture glued on, and anything before an honorific, are not roles
        ("PhotoASSOCIATED PRESSOhio Gov. Rob Hale said, “We will build anyway.”", ("Gov.",)),
        # the same role in two cases is one role
        (
            "Billionaire Rob Hale arrived. The billionaire Rob Hale said, “We will build anyway.”",
            ("billionaire",),
        ),
    ],
)
def test_roles_are_noun_phrases(paragraph: str, roles: tuple[str, ...]) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    (s,) = d.speakers
    assert (s.name, s.roles) == ("Rob Hale", roles)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a name in apposition is the speaker, before or after its description
        ("“She was a mother of three,” another neighbour, Rita Moss told the radio.", "Rita Moss"),
        ("“We cut the budget twice,” Mr. Hale, the city's treasurer, said on Monday.", "Hale"),
        ("“We cut the budget twice,” Rob Hale III, chair of the finance board, tells the paper.", "Rob Hale"),
        # a possessive noun phrase with a person or organisation head opens the clause
        (
            "Walsh’s campaign brushed off the mayor’s remarks, telling reporters, “Nobody here has "
            "ever asked for that endorsement.”",
            "Walsh’s campaign",
        ),
        # an inverted "Said X" does not make "Said" part of the name
        (
            "The old school was turned into a library. Said Nora Blake, who grew up on the street, "
            "“We were all so proud of it.”",
            "Nora Blake",
        ),
    ],
)
def test_names_in_apposition_and_possessives(paragraph: str, speaker: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    assert d.speaker_name(d.quotes[-1]) == speaker


def test_a_word_run_into_a_name_is_not_part_of_it() -> None:
    """ "Secretary of State Ann Walsh" yields the run "State Ann Walsh": when the dossier names
    Ann Walsh far more often, that is who speaks."""
    texts = {
        f"t{i}.txt": BODY + f"Ann Walsh visited school {i}.\n\n“We will fund it,” Ann Walsh said.\n"
        for i in range(3)
    }
    texts["t9.txt"] = BODY + "Secretary of State Ann Walsh said, “The talks are over.”\n"
    d = from_texts(texts)
    assert {d.speaker_name(q) for q in d.quotes} == {"Ann Walsh"}


def test_a_two_word_surname_is_the_person_named_in_full() -> None:
    d = from_texts(
        {
            "t.txt": BODY + "“We will not wait,” union leader Rosa Diaz Ortega said.\n\n"
            "“The vote is on Friday,” Diaz Ortega said.\n"
        }
    )
    assert {d.speaker_name(q) for q in d.quotes} == {"Rosa Diaz Ortega"}


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a verb of complaint with a "that" clause: the clause's words are the subject's
        (
            "The mayor, Ann Ortiz, griped that the council was “asleep at the wheel,” and left.",
            "Ann Ortiz",
            "Ann Ortiz",
        ),
        # an attack "for being …"
        (
            "Senator Bill Marsh attacked his rival Tom Hale for being a “career politician.”",
            "Bill Marsh",
            "Bill Marsh",
        ),
        # naming "X as …"
        ("Jane Ruiz referred to the budget as “a fantasy document.”", "Jane Ruiz", "Jane Ruiz"),
        # a present tense cue with a plural noun phrase as its subject
        (
            "Local observers note the port would never truly “reopen” this year.",
            "Local observers",
            "Local observers",
        ),
        # a plural noun phrase opening the sentence, with auxiliaries before the verb
        (
            "Aides have also suggested the “clean water” pledge is a priority.",
            "Aides",
            "Aides",
        ),
        # a relative clause closed by its comma does not end the verb's complement
        (
            "Ann Ortiz refers to the treasurer, who is an old friend, as “the professor.”",
            "Ann Ortiz",
            "Ann Ortiz",
        ),
        # a name given "as …" is the words of the one giving it, title case or not
        (
            "Ann Ortiz calls him “the professor,” while Tom Hale refers to her as “Annie.”",
            "Tom Hale",
            "Tom Hale",
        ),
        # a participle set off by a comma takes the clause's subject
        (
            "On Monday, Ann Ortiz hit back, portraying Tom Hale as “a weathervane.”",
            "Ann Ortiz",
            "Ann Ortiz",
        ),
    ],
)
def test_short_quotes_governed_by_a_verb_are_the_subjects_words(
    paragraph: str, speaker: str, mention: str
) -> None:
    """A short quote in the complement of a verb of complaint, naming, portrayal or attack is a
    fragment of the subject's words, with the mention and the verb as evidence."""
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = d.quotes[-1]
    art = d.article(q.article)
    assert q.kind == "fragment"
    assert d.speaker_name(q) == speaker
    assert art.text[q.mention[0] : q.mention[1]] == mention
    assert q.cue is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        # a title with no verb governing it
        "The film, “Dark Harbor,” opened on Friday in three cities.",
        # a scare quote in narration
        "The town's “miracle” budget ran out of money by spring.",
        # a passive naming: nobody named is speaking
        "Her show has been called the “circus of the year” by some.",
        # the words are named as someone's (a possessive), not quoted from the verb's subject
        "Tom Hale defended Ann Ortiz’s “fantasy document” remark on Tuesday.",
        # a participle with its own subject that is not a speaker
        "The crowd watched footage of the rally, where supporters were shown chanting “four more”.",
    ],
)
def test_short_quotes_no_verb_governs_stay_other(paragraph: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = d.quotes[-1]
    assert q.speaker is None


def test_a_quote_ending_the_reporters_sentence_keeps_that_sentences_cue() -> None:
    """`X called him “…”. She also said, …, that “…”`: the next sentence's cue belongs to the next
    quote, and "she" never means an organisation named before."""
    d = from_texts(
        {
            "t.txt": BODY + "Tom Hale once served in the U.S. Navy before going into politics.\n\n"
            "At the debate, Ann Ortiz called the councilman “the town’s worst landlord.” She also "
            "said, without evidence, that “he has not paid his taxes in years.”\n"
        }
    )
    first, second = d.quotes[-2:]
    assert d.speaker_name(first) == "Ann Ortiz"
    assert first.attribution == "cue-before"
    assert d.speaker_name(second) == "Ann Ortiz"


def test_a_description_is_not_its_own_sentences_subject() -> None:
    """`Hale took on Ortiz after the Democratic candidate had said …`: a writer would call the
    subject "he"; the description is the other person the sentence names."""
    d = from_texts(
        {
            "t.txt": BODY + "Tom Hale took on Ann Ortiz on Sunday after the Democratic candidate had "
            "said that he was “the worst landlord in town.”\n"
        }
    )
    assert d.speaker_name(d.quotes[-1]) == "Ann Ortiz"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "U.S." ends the sentence when a word that opens sentences follows: the cue before it
        # is not the next sentence's
        ("Ann Ortiz said she grew up in the U.S. The council approved the “clean water” plan.", None),
        ("Ann Ortiz said the storm hit at 9 p.m. The council called it “a disaster.”", "The council"),
        # … and does not when a name carries on
        ("Ann Ortiz said she grew up on a U.S. Army base, “the best place” she knew.", "Ann Ortiz"),
    ],
)
def test_sentences_end_after_an_abbreviation(paragraph: str, speaker: str | None) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = d.quotes[-1]
    assert (d.speaker_name(q) if q.speaker else None) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # `<name> <role words> <name>`: the last name heads the phrase; the first is the employer
        (
            "“The numbers speak for themselves,” said Walsh campaign manager Peter Dunn in a statement.",
            "Peter Dunn",
            "Peter Dunn",
        ),
        (
            "Ann Walsh toured the county. Walsh campaign manager Peter Dunn said in a statement: "
            "“The numbers speak for themselves.”",
            "Peter Dunn",
            "Peter Dunn",
        ),
        (
            "Walsh campaign spokeswoman Nora Field said in a statement that Walsh “has always "
            "backed the farmers.”",
            "Nora Field",
            "Nora Field",
        ),
        # a role the lexicon does not list: a singular noun for a person, no verb among the words
        (
            "In the end, explained KXTV moderator Lena Park: “Which of you will pay for it?”",
            "Lena Park",
            "Lena Park",
        ),
    ],
)
def test_a_staff_member_is_not_the_principal(paragraph: str, speaker: str, mention: str) -> None:
    name, got_mention = _last_quote(paragraph)
    assert (name, got_mention) == (speaker, mention)


def test_a_verb_between_two_names_is_no_role() -> None:
    """ "Stone quotes former Hale adviser Reyes:": "quotes former" is a clause, so Hale, the
    employer, is never the speaker (Stone the quoter or Reyes the one quoted are)."""
    name, _ = _last_quote("Mara Stone quotes former Hale adviser Tom Reyes: “We never had the money.”")
    assert name in ("Mara Stone", "Tom Reyes")


def test_a_description_with_a_name_inside_is_not_that_person() -> None:
    """ "the senior Walsh adviser" works for Walsh: it is not Walsh, nor the person named before."""
    d = from_texts(
        {
            "t.txt": BODY + "Ann Walsh spoke in Dover on Monday.\n\n"
            "“We will carry the state,” said the senior Walsh adviser.\n"
        }
    )
    assert d.speaker_name(d.quotes[-1]) == "the senior Walsh adviser"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a surname opening the sentence, described in apposition: the place inside is no subject
        ("Kowalski, a baker in Dayton, said: “Bread is dear this winter.”", "Kowalski"),
        ("Kowalski, the owner of a bakery in Dayton, said, “Bread is dear this winter.”", "Kowalski"),
        # a title standing alone after "of" cut the name in two: the name is the rest
        (
            "Former Secretary of Labor Ruth Akers visited the plant on Monday, saying, “These jobs "
            "will stay here.”",
            "Ruth Akers",
        ),
        ("Secretary of State Paul Lind said, “The embassy stays open.”", "Paul Lind"),
        # a weekday run into the end of a name is not part of it
        ("“The race is close,” said KXLY Tuesday.", "KXLY"),
        # a soft hyphen (invisible) inside a name does not break it in two
        ("“We have not been told,” Ann \u00adBerry, a spokeswoman for the mayor, said.", "Ann Berry"),
    ],
)
def test_descriptions_places_and_dates_are_not_speakers(paragraph: str, speaker: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    assert d.speaker_name(d.quotes[-1]) == speaker


def test_a_hashtag_before_an_honorific_is_no_role() -> None:
    d = from_texts(
        {"t.txt": BODY + "Fans posted #Parisforever Mr. Hale all day. “I love Paris,” Mr. Hale said.\n"}
    )
    (speaker,) = {s for s in d.speakers if s.name == "Hale"}
    assert speaker.roles == ("Mr.",)


def test_an_inverted_cue_needs_an_empty_subject_slot() -> None:
    """ "The nominee and former mayor said the U.S. …": the words before "said" are its subject,
    so "the U.S." after it is not an inverted speaker."""
    name, _ = _last_quote("The front-runner and former mayor said the U.S. “clearly” needs more trade.")
    assert name != "U.S."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dana Roe stood at the back wearing a cap that read “Save the Pier.”",
        "Outside the hall, the banner reads: “No new taxes on bread, ever.”",
    ],
)
def test_words_a_thing_bears_are_nobodys_speech(paragraph: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = d.quotes[-1]
    assert (q.kind, q.speaker) == ("other", None)


def test_a_letter_that_reads_still_speaks() -> None:
    d = from_texts({"t.txt": BODY + "A letter that read “We will not pay for it” reached the mayor.\n"})
    assert d.speaker_name(d.quotes[-1]) == "A letter"


def test_a_section_break_ends_a_pronouns_reach() -> None:
    """A live blog's items are apart: "he" after a `___` line is someone the new item names, never
    the speaker of the item before; nor does a quote there continue that speaker."""
    d = from_texts(
        {
            "t.txt": BODY + "“We are going to win,” Carl Dunn said in Dover.\n\n___.\n\n10:15 a.m.\n\n"
            "Governor Mary Hale is choosing not to respond to recent claims from rivals that her "
            "aides are waging “rude” and “petty” attacks on the mayor.\n\n"
            "Instead, the governor is sticking to her plan.\n\n"
            "“We have come a long way this year,” she told supporters.\n"
        }
    )
    speakers = [d.speaker_name(q) if q.speaker else None for q in d.quotes]
    assert speakers[0] == "Carl Dunn"
    assert "Carl Dunn" not in speakers[1:]
    assert speakers[-1] == "Mary Hale"


def test_a_short_given_name_is_the_same_person() -> None:
    """ "Joe Biden" in one outlet, "Joseph R. Biden" in another: a known short form of the given
    name (and a middle initial) is one speaker."""
    d = from_texts(
        {
            "a.txt": BODY + "“We will hold the line,” Tom Brandt said.\n",
            "b.txt": BODY + "“We will hold the line,” Thomas K. Brandt said.\n",
        }
    )
    assert len({q.speaker for q in d.quotes}) == 1


def test_a_surname_used_as_a_modifier_is_still_a_person() -> None:
    """ "the Brandt campaign" uses the surname as a modifier: Brandt is no organisation like "the
    Kremlin", and joins the person named in full elsewhere."""
    d = from_texts(
        {
            "a.txt": BODY + "Aides said the Brandt campaign would reply. “We will win,” Brandt said.\n",
            "b.txt": BODY + "“We will win,” Tom Brandt said.\n",
        }
    )
    assert [(s.name, s.kind) for s in d.speakers] == [("Tom Brandt", "person")]


def test_an_utterance_interrupted_with_a_comma_is_one() -> None:
    """`“A,” Hale said, “and B.”` is one utterance, as `“A,” he said. “B.”` is; the second part
    finishes a full sentence, so it is full too."""
    d = from_texts(
        {
            "t.txt": BODY + "“The council has asked people to take part in the process,” Rob Hale said, "
            "“and to tell us what they think of the plan.”\n"
        }
    )
    a, b = d.quotes
    assert a.utterance == b.utterance
    assert (a.kind, b.kind) == ("full", "full")


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        # a short sentence with its own marks, its full stop turned into a comma by the cue
        ("“Good morning, everyone,” Rob Hale said.", "full"),
        ("“We are ready,” said Rob Hale.", "full"),
        # a few words inside the reporter's sentence stay a fragment
        ("Rob Hale said the plan was “good enough,” and left.", "fragment"),
    ],
)
def test_a_short_sentence_before_its_cue_is_full(paragraph: str, kind: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    assert d.quotes[-1].kind == kind


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # "with X <participle>": the participle has its own subject, not the clause's
        (
            "The mayor defended the plan at length, with Kate Morrow noting the absurdity of "
            "sending “a few hundred guards here and there” to the border.",
            "Kate Morrow",
            "Kate Morrow",
        ),
        (
            "Lister and her backers tried to tie Brandt to the governor, with one of her ads "
            "asking, “Is Tom Brandt independent enough to serve?”",
            "one of her ads",
            "one of her ads",
        ),
        # "her of making racist" is an object and a verb, not a noun phrase
        (
            "Tom Brandt has cast Ann Lister as unqualified and accused her of making racist "
            "remarks by using the term “superpredator” in the 1990s.",
            "Tom Brandt",
            "Tom Brandt",
        ),
        # a "that" clause with its own subject holds the verb
        (
            "The group is paying for a bus tour across Ohio. It has become such a presence on the "
            "trail that Pryor on Sunday thanked its members “for their support in my campaign” at "
            "a rally.",
            "Pryor",
            "Pryor",
        ),
        # the object of a preposition is not the subject, when it is a description either
        (
            "Proponents of the new bill, however, say it would let the department act as an "
            "“umpire” for the states.",
            "Proponents of the new bill",
            "Proponents of the new bill",
        ),
        (
            "The fight erupted as the head of the party's rules committee has accused his own "
            "leaders of a “major breach of trust” last week.",
            "the head of the party's rules committee",
            "the head of the party's rules committee",
        ),
        # a sentence opened by an adverb or a short phrase: its subject is still the subject
        (
            "Robert Vance attacked the governor for being a “failed candidate.” Then he turned "
            "to “little” Tom Brandt.",
            "Robert Vance",
            "he",
        ),
        (
            "Robert Vance attacked the governor for being a “failed candidate.” Somewhere in "
            "there, he tossed in a “lying” Ted Marsh.",
            "Robert Vance",
            "he",
        ),
        # guard: an apposition of two people is not an opening phrase
        (
            "Two military analysts, Ann Lee and Tom Hart, found in 2014 that the air force is "
            "“the best in the world” today.",
            None,
            None,
        ),
    ],
)
def test_the_clause_a_verb_belongs_to(paragraph: str, speaker: str | None, mention: str | None) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


def test_a_description_after_a_preposition_is_no_subject() -> None:
    """ "Pryor's email to his supporters notes": the supporters note nothing."""
    name, mention = _last_quote(
        "Dan Pryor's fundraising email to his supporters notes that Kate Morrow “is a civil rights "
        "attorney who has fought for fair wages.”"
    )
    assert name is not None and "Pryor" in name and mention != "his supporters"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the next paragraph's quote goes on with the speaker of the attribution before it
        (
            "“Security remains one of the biggest challenges,” Carson said.\n\n"
            "“Even in the best cases, our information is under constant attack.”",
            "Carson",
        ),
        (
            "“There is something about all those stories, right?” said Murphy, who thinks often "
            "about the son's last words to his father.\n\n“I mean, I do not think that all those "
            "things are coincidences.”",
            "Murphy",
        ),
        # a quote running over two paragraphs ends in the second: the quote after its
        # attribution goes on with the same speaker
        (
            "Vance said: “There is no magic to the phrase. It is a talking point.\n\n“Calling a "
            "threat by another name does not make it go away,” Vance said. “Not once has an "
            "adviser of mine said it would help.”",
            "Vance",
        ),
        # guard: someone named after the attribution interrupts
        (
            "“Security remains one of the biggest challenges,” Carson said. Ann Lee disagreed "
            "with him.\n\n“Even in the best cases, our information is under constant attack.”",
            "Ann Lee",
        ),
    ],
)
def test_a_quote_goes_on_past_its_attribution(text: str, speaker: str) -> None:
    d = from_texts({"t.txt": BODY + text + "\n"})
    assert d.speaker_name(d.quotes[-1]) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a relative clause set off by spaced hyphens is still about the phrase before it
        (
            "It was a busy day. Front-runner Tom Brandt - who previously said he would “bomb the "
            "daylights out of” the oil fields - said at a rally that the country must act.",
            "Front-runner Tom Brandt",
            "who",
        ),
        # a second verb after an aside and a first verb shares the subject before the aside
        (
            "Democratic front-runner Ann Lister, also campaigning in Ohio, said Brandt is "
            "responsible for what happens at his events and accused him of “inciting violent "
            "behavior.”",
            "Ann Lister",
            "Ann Lister",
        ),
        # a possessive with a long name and an aside is still the subject
        (
            "New Hampshire Sen. Kelly Marsh's campaign, for example, said she would “support the "
            "nominee” in the fall.",
            "New Hampshire Sen. Kelly Marsh's campaign",
            "New Hampshire Sen. Kelly Marsh's campaign",
        ),
    ],
)
def test_subjects_past_asides(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a plural for people with no determiner after a quote is its speaker
        (
            "“The harm caused by his conduct is incalculable,” federal prosecutors wrote in a filing.",
            "federal prosecutors",
            "federal prosecutors",
        ),
        # a verb in the past after a comma-ended quote attributes it, a phrase after it or not
        (
            "“Let me help you out, the answer is no,” the retired judge riffed on her answer, "
            "drawing applause.",
            "the retired judge",
            "the retired judge",
        ),
    ],
)
def test_attributions_after_a_quote(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


def test_a_vice_presidential_nominee_is_not_the_presidential_nominee() -> None:
    name, mention = _last_quote(
        "Tom Brandt, the Republican presidential nominee, spoke first. At a rally here last week, "
        "Kurt Hale showed the crowd a clip of the governor.\n\n“Governor, let me help you out, "
        "the answer is no,” the Republican vice-presidential nominee said."
    )
    assert (name, mention) == ("Kurt Hale", "the Republican vice-presidential nominee")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # "who" stands for a phrase that ends on its own prepositional phrase
        (
            "Lawmakers pressed him with questions, the people said. “It was not convincing,” said "
            "one Democrat familiar with the talks, who added that the White House seemed “rattled” "
            "by the opposition.",
            "one Democrat familiar with the talks",
            "who",
        ),
        # verbs joined past earlier quotes share the sentence's subject
        (
            "“No worker has been asked to sacrifice more,” Tom Brandt said.\n\nAnn Lister supports "
            "“fair pay raises,” opposes “arbitrary freezes” and recalled the last freeze: “I saw "
            "how hard it was for employees.”",
            "Ann Lister",
            "Ann Lister",
        ),
        # a sentence opening on a participle phrase: its subject comes after it
        (
            "“We will win,” Sen. Tom Brandt said.\n\nReprising one of her favorite lines, the former "
            "secretary of state talked about the “progress we made under this governor” in her speech.",
            "the former secretary of state",
            "the former secretary of state",
        ),
        # the quote going on rests on the same person's nearest mention
        (
            "“It matters what your gender is,” says Gloria Garcia, a nurse from Texas. She says "
            "people should be able to use the bathroom they prefer. “It is their life; they are "
            "not hurting anybody.”",
            "Gloria Garcia",
            "She",
        ),
        # a document speaking as "it"
        (
            "The committee released a statement on Monday. “So far, 59 of the 75 witnesses had "
            "never been interviewed,” it stated.",
            "a statement",
            "it",
        ),
        # someone named since the last speaker's quote interrupts, even past a quote nobody said
        (
            "“No worker has been asked to sacrifice more,” Tom Brandt said.\n\nAnn Lister, who "
            "runs the “Fair Pay” campaign, visited the plant. “The freeze was arbitrary and it "
            "hurt families.”",
            "Ann Lister",
            "Ann Lister",
        ),
        # a participle right after a quote nobody said takes the sentence's subject
        (
            "Phil Kerpen needled the CNN “reporter,” saying, “A reporter who tweets on request!”",
            "Phil Kerpen",
            "Phil Kerpen",
        ),
        # an aside holding a quote parts the subject from its verb
        (
            "Kerry Washington, star of the show “Scandal,” thanked the president for “taking "
            "these steps to make us all safer.”",
            "Kerry Washington",
            "Kerry Washington",
        ),
        (
            "“It is a problem,” Tom Lee said.\n\nJeff Hemsley, the co-author of “Going Viral,” "
            "about the spread of information, said the days when the nation had “a unifying "
            "story” are gone.",
            "Jeff Hemsley",
            "Jeff Hemsley",
        ),
    ],
)
def test_speakers_across_earlier_quotes(text: str, speaker: str | None, mention: str | None) -> None:
    assert _last_quote(text) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # the agent of a passive cue asks
        (
            "Tom Brandt was asked by host Bill Maher, who backs him, “Now, you famously said you "
            "were tired of hearing about the emails?”",
            "Bill Maher",
            "Bill Maher",
        ),
        # "who" as the object of its clause: the clause has a subject of its own
        (
            "Much of the anger was directed at Ann Lister, who Tom Brandt on Wednesday called “a "
            "horrible, despicable human being.”",
            "Tom Brandt",
            "Tom Brandt",
        ),
        # "Even before …,": an introductory phrase names nobody who speaks
        (
            "Even before Tom Brandt took the stage on Tuesday night, his campaign sent out a text "
            "message to supporters saying: “With your help, we won!”",
            "his campaign",
            "his campaign",
        ),
    ],
)
def test_passive_agents_object_relatives_and_openers(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


def test_a_nounish_verb_of_saying_after_a_quote() -> None:
    """ "states" is mostly a noun; right after a quote and its subject it is the verb."""
    assert _last_quote(
        "The ad moves the conversation to guns.\n\n“They know Lister is the only one strong "
        "enough to stop them,” a voice-over in the ad states."
    ) == ("a voice-over in the ad", "a voice-over in the ad")


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # "go on" with an object is no verb of saying
        (
            "Ted Cruz declined to comment. By contrast, Sen. Marco Rubio said that once the Senate "
            "goes on recess, “I intend to do as much as I can.”",
            "Marco Rubio",
            "Marco Rubio",
        ),
        # a verb in an opening "When …," clause is not the quote's
        (
            "Tom Brandt spoke first. When Brandt suggested that the city would sue the state, Ann "
            "Lister fired back forcefully: “If they sue us, they are going to lose.”",
            "Ann Lister",
            "Ann Lister",
        ),
        # a participle right after an attribution goes with its speaker
        (
            "He said that many others were there for prayers and that Omar Mateen had his son with "
            "him. Mateen did not mingle but left as soon as prayers were finished, Nefzi said, "
            "adding, “He was not very religious.”",
            "Nefzi",
            "Nefzi",
        ),
    ],
)
def test_the_verb_a_quote_belongs_to(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a participle after a quote is not inverted with the phrase after it
        (
            "Tom Brandt read the book. He said that is a “distortion,” describing the security "
            "team as highly accomplished.",
            "Tom Brandt",
            "He",
        ),
        # "needed to" after a quote is no verb of saying
        (
            "Tom Brandt says he is staying in the race. He says there is no one in the race who is "
            "“on pace to get 1,237 delegates,” the number needed to secure the nomination.",
            "Tom Brandt",
            "He",
        ),
    ],
)
def test_no_speaker_from_words_after_a_quote(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a colon after words that go on with the clause of an earlier quote: its subject
        (
            "Tom Perez hammered Brandt, calling him a “train wreck,” and contrasted the "
            "Republican, whom he described as “volatile,” with Ann Lister: “What I have seen "
            "working with her is remarkable.”",
            "Tom Perez",
            "Tom Perez",
        ),
        # a "that" clause whose subject is a phrase for a person holds the colon's verb
        (
            "The dinner was scheduled on a Saturday night. The scheduling was so odd that a "
            "spokesman for the governor could only quip: “I guess they want nobody to watch.”",
            "a spokesman for the governor",
            "a spokesman for the governor",
        ),
    ],
)
def test_colon_introductions(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a verb in an aside closed before the quote is not the quote's
        (
            "Tom Brandt mocked his rivals and even assured the crowd that he does not have small "
            "hands - as Ann Lister has said - and he can “guarantee” otherwise.",
            "Tom Brandt",
            "Tom Brandt",
        ),
        # "who" after a plural for people stands for it
        (
            "President Obama passionately rebuked critics who say he should condemn terrorists as "
            "“radical Islamists” in his speech.",
            "critics",
            "who",
        ),
    ],
)
def test_asides_and_plural_antecedents(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a verb in the past inverted with a name after a quote
        (
            "Carly Fiorina pushed ahead with the merger.\n\n“Many analysts said no, and she took it "
            "upon herself to prove them wrong,” remembered Roy Verley, a former spokesman.",
            "Roy Verley",
            "Roy Verley",
        ),
        # a name inside the subject phrase is its modifier, not the participle's subject
        (
            "Alongside calls for action from the group, even a top GOP strategist said Ann Lister "
            "will have to choose whose side she is on, saying, “At some point, she is going to have "
            "to come out.”",
            "a top GOP strategist",
            "a top GOP strategist",
        ),
    ],
)
def test_inverted_past_verbs_and_modifier_names(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


def test_a_name_before_lowercase_words_is_a_modifier() -> None:
    """ "longtime Iowa political operatives say": the operatives say it, not Iowa."""
    assert _last_quote(
        "While longtime Iowa political operatives say there is a benefit from “media attention” "
        "when pursuing the goal, the cost is real."
    ) == ("longtime Iowa political operatives", "longtime Iowa political operatives")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The whole idea is something we hear about all the time, and it needs to stop.”\n\n"
            "-Michelle Marks, Philadelphia.",
            "Michelle Marks",
        ),
        ("“Great speech. She is tested. She is ready.”\n\n-President Kurt Hale, tweeting.", "Kurt Hale"),
    ],
)
def test_a_credit_line_with_a_dash_glued_to_the_name(text: str, speaker: str) -> None:
    d = from_texts({"t.txt": BODY + text + "\n"})
    assert d.speaker_name(d.quotes[-1]) == speaker


def test_an_exclamation_followed_by_the_next_sentence() -> None:
    """`“…!” A campaign TV ad released Thursday accuses …`: the ad's sentence is the next quote's,
    and "TV" inside the ad's phrase is a modifier."""
    d = from_texts(
        {
            "t.txt": BODY
            + "Its salvo began with a Web ad in which children bash a dollhouse, yelling “eminent "
            "domain!” A campaign TV ad released Thursday accuses Brandt of buying influence “in a "
            "pattern of sleaze stretching back decades.”\n"
        }
    )
    first, second = [q for q in d.quotes if q.kind != "other"][-2:]
    assert d.speaker_name(first) != "A campaign TV ad"
    assert d.speaker_name(second) == "A campaign TV ad"


def test_a_place_and_its_state_do_not_open_a_clause() -> None:
    """`in Laredo, Texas and explained`: the comma is the place's; the verb's subject is before it."""
    assert _last_quote(
        "Ann Lister spoke in Ohio. A month later, Tom Brandt paid an impromptu visit to the border "
        "in Laredo, Texas and explained why voters there “love me so much” in a speech."
    ) == ("Tom Brandt", "Tom Brandt")


def test_a_thing_introduced_by_its_name_says_nothing() -> None:
    """ "A German news organization called “The Local”": the name is given, nobody speaks."""
    d = from_texts({"t.txt": BODY + "A German news organization called “The Local” cited the polls.\n"})
    assert d.quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("paragraph", "speaker", "mention"),
    [
        # a subordinate clause with its own subject runs up to the participle
        (
            "Governor Chris Christie, a staunch ally, acknowledged some plagiarism even as he "
            "defended the campaign, saying, “Ninety-three percent of the speech is different.”",
            "Chris Christie",
            "he",
        ),
        (
            "“Too forced?” Tom Brandt tweeted when Ann Lister ended the debate with a reference to "
            "a film, remarking, “May the Force be with you.”",
            "Ann Lister",
            "Ann Lister",
        ),
        # "but he …:" opens a clause with its own subject
        (
            "“It shows a lack of character,” Harry Reid said. Reid said both rivals are "
            "“non-entities in the Senate,” but he gave one a back-handed compliment: “You need "
            "to be strong.”",
            "Harry Reid",
            "he",
        ),
    ],
)
def test_subordinate_and_coordinate_subjects(paragraph: str, speaker: str, mention: str) -> None:
    assert _last_quote(paragraph) == (speaker, mention)


def test_pronoun_after_someone_elses_possession_is_no_one() -> None:
    """`“…,” Lee said. ¶ … Ann Hale’s speech. He called it “…”`: "He" may be Lee or Hale; a
    misquote is worse than a quote with no speaker."""
    d = from_texts(
        {
            "t.txt": BODY + "“The rules are clear,” said Peter Lindqvist, a professor of law.\n\n"
            "Reporters in the hall were still reading Governor Tom Hale’s speech on Friday. He called "
            "the budget “a reckless gamble” and left.\n"
        }
    )
    q = next(q for q in d.quotes if "reckless" in q.text)
    assert d.speaker_name(q) != "Peter Lindqvist"
    assert q.speaker is None


def test_pronoun_after_a_possessive_subject_is_still_the_last_speaker() -> None:
    """A possessive that opens the sentence is its topic (`Hale’s plan…`), not a rival
    antecedent: the earlier speaker keeps the next "he said"."""
    name, _ = _last_quote(
        "“The rules are clear,” said Peter Lindqvist, a professor of law.\n\n"
        "Hale’s plan was still under review. “Nobody has read it,” he said."
    )
    assert name == "Peter Lindqvist"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an organisation before a lowercase role noun is part of the role, not the speaker
        ("“We will not change course,” said Treasury spokeswoman Navy Cmdr. Ellen Varga.", "Ellen Varga"),
        ("“The budget is balanced,” said Unicef director Anna Brekke on Monday.", "Anna Brekke"),
        # a capitalised role noun, or a plural title, before a name is no part of the name
        ("Journalist Mara Quist wrote that the plan was “dead on arrival.”", "Mara Quist"),
        ("Bank General Counsel Oren Pask wrote that the deal was “never legal.”", "Oren Pask"),
        ("Senators Ida Moll and Ken Rusk said the vote was “a farce.”", None),
    ],
)
def test_roles_are_not_speakers_or_name_parts(paragraph: str, speaker: str | None) -> None:
    name, _ = _last_quote(paragraph)
    assert name == speaker


def test_a_that_clause_quote_is_not_taken_by_the_next_clauses_cue() -> None:
    """`even as X claimed that “…,” a former aide said the two differ`: the later "said" has its
    own object, so it opens the next clause; the quote is X's."""
    name, mention = _last_quote(
        "Yet even as Mayor Rosa Kettle insisted on Monday that “the bridge is perfectly safe,” one of "
        "the engineers who inspected it said the cracks were getting worse."
    )
    assert name == "Rosa Kettle"
    assert mention == "Rosa Kettle"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a state after "of" or "Republican of" belongs to the person named before it
        (
            "Representative Dana Pruitt, Republican of New Mexico, tried the line on radio: “Nobody "
            "in my district wants this bill.”",
            "Dana Pruitt",
        ),
        (
            "A voter named Alma Reyes of Tulsa, Oklahoma, says she will vote for whoever “fixes the roads.”",
            "Alma Reyes",
        ),
        # a state with no person before it is no speaker
        ("Farmers across rural Kansas, Nebraska says, feel the tariffs are “a slow poison.”", None),
    ],
)
def test_a_state_is_a_place_not_a_speaker(paragraph: str, speaker: str | None) -> None:
    name, _ = _last_quote(paragraph)
    assert name == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We never planned for this,” said retired Navy Rear Adm. Lena Ostrow, who ran the base.",
        '“We never planned for this," said retired Army Lt. Gen. Lena Ostrow, who ran the base.',
    ],
)
def test_modifier_and_abbreviated_titles_between_cue_and_name(paragraph: str) -> None:
    name, _ = _last_quote(paragraph)
    assert name == "Lena Ostrow"


def test_with_a_titled_name_and_a_participle_is_the_participles_subject() -> None:
    """`…, with Republican Senator Ann Hale telling reporters she viewed X as “…”`: the titled
    name is the participle's subject, not the sentence's subject (a flood, or whoever was
    quoted before)."""
    name, mention = _last_quote(
        "“Leave the town now,” the engineer Tom Ruiz wrote in a memo.\n\nThe flood sparked a "
        "debate over spending, with Republican Senator Ann Hale telling reporters on Monday she "
        "viewed the mayor as “directly responsible” for the damage."
    )
    assert name == "Ann Hale"
    assert mention == "Ann Hale"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an event says nothing and points back to no one
        (
            "“Leave the town now,” the gunman Tom Ruiz wrote in a note.\n\nThe attack sparked a debate "
            "over the police, telling officials the city was “not ready” for it.",
            None,
        ),
        # a place or a piece of writing speaks for itself, not for the person named before it
        (
            "“Leave the town now,” the gunman Tom Ruiz wrote in a note.\n\nThe town released a "
            "statement on Monday calling the night “a tragedy.”",
            "The town",
        ),
    ],
)
def test_definite_events_and_places_are_not_people_named_before(paragraph: str, speaker: str | None) -> None:
    name, _ = _last_quote(paragraph)
    assert name == speaker


def test_a_speaker_phrase_never_runs_across_a_paragraph() -> None:
    """`… a source for the information. ¶ Ann Hale, who …, called …`: the speaker is Ann Hale,
    not a phrase that starts in the paragraph before."""
    name, mention = _last_quote(
        "The post did not cite a source for the information.\n\nAnn Hale, who served as the mayor’s "
        "chief aide during the 2012 campaign, called the statements “childish.”"
    )
    assert name == "Ann Hale"
    assert mention == "Ann Hale"


def test_a_time_phrase_before_the_verb_is_no_speaker() -> None:
    """`a report issued earlier this year reported …`: "this year" ends the phrase before the verb
    but is a time, not a subject."""
    name, _ = _last_quote(
        "A county auditor's report issued earlier this year reported what looked like several "
        "cases of “double billing” at the depot."
    )
    assert name != "this year"


@pytest.mark.parametrize(
    "paragraph",
    [
        # "remarks" after a determiner and an adjective is a noun, not the cue
        "The mayor's feud with the council stands out for the racial remarks and for the claim by "
        "a senator that someone “ought to look into” the budget.",
        # the name in a possession's prepositional phrase is no subject
        "Lee's attacks on Hale stand out for their personal nature, for the crude remarks and for "
        "the suggestion by a senator that someone “ought to look into” the mayor.",
    ],
)
def test_the_object_of_an_attack_is_not_its_speaker(paragraph: str) -> None:
    d = from_texts({"t.txt": BODY + paragraph + "\n"})
    q = next(q for q in d.quotes if q.text == "ought to look into")
    assert q.speaker is None


def test_a_state_is_no_antecedent() -> None:
    """`Representative Ann Kell, Republican of New York, gave …: “…”`: whatever phrase the rules
    take as the subject, it never points back to "New York"."""
    name, _ = _last_quote(
        "“The rules are clear,” said Peter Lindqvist, a professor of law.\n\nRepresentative Ann "
        "Kell, Republican of New York, gave the technique a whirl in an interview on Monday: “You "
        "can easily argue that the mayor is wrong.”"
    )
    assert name == "Ann Kell"


def test_bare_plural_staff_for_a_name_speak_not_the_name() -> None:
    """`Attorneys for Hale …, saying “…”`: the attorneys speak, not Hale, with no determiner."""
    name, mention = _last_quote(
        "Attorneys for Hale appeared to oppose the effort, saying in court files that the account "
        "“was never the property of the city.”"
    )
    assert name == "Attorneys for Hale"
    assert mention == "Attorneys for Hale"


def test_pronoun_after_a_described_subject_is_no_one() -> None:
    """`“…,” Lee said. ¶ …, the governor framed the flood as … ¶ … he called on …`: "he" may be
    the governor or Lee; no speaker rather than a guess."""
    d = from_texts(
        {
            "t.txt": BODY + "“We will rebuild,” said Mark Lee, the mayor.\n\n"
            "Speaking to reporters on Sunday, the governor framed the flood as a test of the state.\n\n"
            "He did not mention the levee. But it was clearly on his mind as he called on residents "
            "not to “give in to panic.”\n"
        }
    )
    q = next(q for q in d.quotes if "panic" in q.text)
    assert q.speaker is None


def test_who_after_a_thing_of_a_person_is_that_person() -> None:
    """`the support of a retired general who suggested “…”`: "who" is the general, not "the
    support", and not the person named earlier in the sentence."""
    name, _ = _last_quote(
        "Eleven groups are asking Mayor Ann Lee to repudiate the support of a retired general who "
        "suggested over the summer that the city should “segregate” radicals."
    )
    assert name == "a retired general"


def test_a_state_run_into_a_surname_is_no_fuller_name() -> None:
    """`a fellow New Hampshire Lindqvist volunteer`: "New Hampshire Lindqvist" is no fuller form
    of "Lindqvist"; the speaker is the one named in full elsewhere."""
    name, _ = _last_quote(
        "Senator Peter Lindqvist spoke for an hour.\n\nTom Rask, a fellow New Hampshire Lindqvist "
        "volunteer, waved.\n\n“We can win on Tuesday,” said Lindqvist as he closed out."
    )
    assert name == "Peter Lindqvist"
