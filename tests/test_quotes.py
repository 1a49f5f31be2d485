"""Quote marks in the layouts real articles have: what is a quote and what is not."""

from dossier_tui.core.build import from_texts


def quotes(text: str) -> list[str]:
    d = from_texts({"t.txt": text})
    return [q.text for q in d.quotes]


def test_apostrophes_are_not_quotes():
    assert quotes("Don't say Zelenskyy's plan from the '90s failed; the leaders' summit went on.") == []
    assert quotes("Don’t say Zelenskyy’s plan from the ’90s failed; the leaders’ summit went on.") == []


def test_straight_and_curly_double_marks():
    assert quotes('"We will win," he said. “We always do,” she added.') == ["We will win,", "We always do,"]


def test_apostrophe_inside_quote_does_not_cut_it():
    assert quotes('He told me I "shouldn\'t go there," she said.') == ["shouldn't go there,"]


def test_nested_single_quotes_stay_inside_the_outer_quote():
    assert quotes("“He told me ‘no way’ yesterday,” she said.") == ["He told me ‘no way’ yesterday,"]


def test_a_straight_mark_after_a_spaced_closing_single_mark_closes():
    """`"… 'It is important,' " Magel said`: the space parts two closing marks; the quote must not
    run on to the paragraph's end (and lose its cue)."""
    text = '"The mayor told me, \'It is important,\' " Ann Magel said. "We agree."'
    assert quotes(text) == ["The mayor told me, 'It is important,' ", "We agree."]
    assert quotes('He said "it\'s fine" and left.') == ["it's fine"]


def test_guillemets_and_typewriter_double_apostrophes():
    assert quotes("«Nous gagnerons», a-t-il dit.") == ["Nous gagnerons"]
    assert quotes("''We like the idea of it,'' Ms. Aubrey said.") == ["We like the idea of it,"]


def test_multi_paragraph_quote_is_one_span_across_paragraphs():
    text = "“The first part of it.\n\n“The second part,” he said.\n\nThen the reporter wrote on."
    d = from_texts({"t.txt": text})
    (q,) = d.quotes
    assert q.text == "The first part of it.\n\n“The second part,"
    assert text[q.start : q.end] == q.text


def test_unmatched_mark_stops_at_its_paragraph():
    text = "He said “this never closes.\n\nNext comes “a real quote” here, she said."
    got = quotes(text)
    assert got == ["this never closes.", "a real quote"]


def test_interrupted_quote_is_two_quotes_of_one_utterance():
    d = from_texts({"t.txt": "Senator Jane Roe spoke. “A is true,” Roe said. “B is true too.”"})
    a, b = d.quotes
    assert (a.text, b.text) == ("A is true,", "B is true too.")
    assert a.utterance == b.utterance
    assert d.speaker_name(a) == d.speaker_name(b) == "Jane Roe"


def test_scare_quotes_and_titles_are_other_without_speaker():
    d = from_texts({"t.txt": "The so-called “experts” watched “The Walking Dead” on Sunday."})
    assert [(q.text, q.kind, q.speaker) for q in d.quotes] == [
        ("experts", "other", None),
        ("The Walking Dead", "other", None),
    ]


def test_pronoun_resolves_to_subject_not_to_a_later_name():
    text = (
        "Mayor Ann Lee spoke on Monday.\n\n"
        "Lee played down the issue. “It is not about the budget,” she said of Governor Bob Stone's plan."
    )
    d = from_texts({"t.txt": text})
    (q,) = d.quotes
    assert d.speaker_name(q) == "Ann Lee"


def test_speaker_after_an_aside():
    text = "John Smith, who replaced Mary Jones as leader in July, said: “We are ready.”"
    d = from_texts({"t.txt": text})
    (q,) = d.quotes
    assert d.speaker_name(q) == "John Smith"


def test_a_quote_opening_on_a_spaced_ellipsis_is_a_quote():
    """`” … they are so unlike him,” she said.` and `As Politico reported, “ … if …”`: a mark parted
    from the words by a space before an ellipsis opens the quote, whatever its glyph."""
    got = quotes("” … they are so unlike him,” she said in December. “My father would be appalled.”")
    assert got == [" … they are so unlike him,", "My father would be appalled."]
    got = quotes("As Politico reported, “ … if the vote were held tonight, Hale would win.”")
    assert got == [" … if the vote were held tonight, Hale would win."]


def test_three_apostrophes_close_a_nested_quote_and_its_typewriter_quote():
    """NYT archive text: `case,'''` is the inner single mark closing, then the outer double; the
    quote used to run on through "Mr. Putin said" and the wrong speaker carried forward."""
    from dossier_tui.core.build import from_texts

    text = (
        "Title\n\n''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. "
        "''It is all lies.''\n\n'''Old-school' is the word,'' said Ann Lee.\n"
    )
    d = from_texts({"a.txt": text})
    art = d.articles[0]
    got = [(q.text, d.speaker_name(q)) for q in d.quotes]
    assert got == [
        ("We are told all the time, 'Kosovo is a special case,'", "Putin"),
        ("It is all lies.", "Putin"),
        ("'Old-school' is the word,", "Ann Lee"),
    ]
    assert all(art.text[q.start : q.end] == q.text for q in d.quotes)
