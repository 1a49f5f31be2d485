"""Every wording difference gets the label a fact-checker would give it."""

from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core.align import align, verdict_of
from dossier_tui.core.tokens import tokenize


def diff(a: str, b: str, variants=None):
    al = align(tokenize(a, 0, variants), tokenize(b, 0, variants), a, b)
    return al, [(d.label, d.a_text, d.b_text) for d in al.differences]


def test_identical():
    al, labels = diff("We will sit down calmly.", "We will sit down calmly.")
    assert labels == []
    assert al.verdict == "identical"
    assert al.similarity == 1.0


def test_trivial_differences_case_quotes_dashes():
    al, labels = diff("we will sit — calmly, ‘today’", "We will sit -- calmly, 'today'")
    assert sorted(lab for lab, _, _ in labels) == ["case", "punctuation", "punctuation", "punctuation"]
    assert ("case", "we", "We") in labels
    assert al.verdict == "trivial"


def test_transliteration_is_spelling():
    al, labels = diff(
        "expect him here with Putin and Zelensky",
        "expect him here with Putin and Zelenskyy",
        {"zelenskyy": "zelensky"},
    )
    assert labels == [("spelling", "Zelensky", "Zelenskyy")]
    assert al.verdict == "trivial"


def test_framing_substitution_insertion_truncation():
    _, labels = diff(
        "Tell Trump that I expect him here with Putin,",
        "Tell Trump: I am waiting for him here together with Putin. We will sit down.",
    )
    assert ("function-word", "that", ":") in labels
    assert ("substitution", "expect", "am waiting for") in labels
    assert ("insertion", "", "together") in labels
    assert ("truncation-end", ",", ". We will sit down.") in labels


def test_fragment_inside_a_longer_quote_aligns_locally():
    al, labels = diff(
        "since a large part of Ukrainian society is with him.",
        "We need to convince him, because a large part of Ukrainian society is behind him.",
    )
    assert labels[0] == ("truncation-start", "", "We need to convince him,")
    assert ("function-word", "since", "because") in labels
    assert ("substitution", "with", "behind") in labels
    assert al.similarity > 0.8


def test_omission_in_the_middle():
    _, labels = diff("a large and growing part of society", "a large part of society")
    assert labels == [("omission", "and growing", "")]


def test_reordered_sentences_are_moved():
    al, labels = diff(
        "Minsk is the best place for negotiations. Minsk is our closest ally.",
        "This is our closest ally. Minsk is the best place for negotiations.",
    )
    moved = [(a, b) for lab, a, b in labels if lab == "moved"]
    assert moved and any("closest ally" in a for a, _ in moved)
    assert al.verdict == "substantive"


def test_unrelated_quotes_have_no_similarity():
    al, _ = diff("Russia will never agree to this.", "Trump is a good guy.")
    assert al.similarity == 0.0
    assert al.verdict == "substantive"


def test_difference_spans_are_absolute_article_offsets():
    article = 'He said: "Tell Trump that I expect him." Later: "Tell Trump: I expect him."'
    a0 = article.index("Tell")
    b0 = article.index("Tell", a0 + 1)
    a = tokenize(article[a0 : article.index('."') + 1], a0)
    b = tokenize(article[b0 : article.rindex('."') + 1], b0)
    al = align(a, b, article, article)
    (d,) = al.differences
    assert d.label == "function-word"
    assert article[d.a[0] : d.a[1]] == "that" and article[d.b[0] : d.b[1]] == ":"


words = st.sampled_from(
    [
        "we",
        "will",
        "sit",
        "down",
        "and",
        "calmly",
        "make",
        "an",
        "accord",
        "with",
        "Putin",
        "Minsk",
        "ally",
        ",",
        ".",
        "—",
    ]
)


@given(st.lists(words, max_size=25), st.lists(words, max_size=25))
def test_alignment_invariants(xs, ys):
    a_src, b_src = " ".join(xs), " ".join(ys)
    al = align(tokenize(a_src), tokenize(b_src), a_src, b_src)
    assert 0.0 <= al.similarity <= 1.0
    assert al.verdict == verdict_of(al.differences)
    for d in al.differences:
        assert d.a is not None or d.b is not None
        if d.a is not None:
            assert a_src[d.a[0] : d.a[1]] == d.a_text
        if d.b is not None:
            assert b_src[d.b[0] : d.b[1]] == d.b_text


@given(st.lists(words, min_size=1, max_size=25))
def test_a_quote_against_itself_is_identical(xs):
    src = " ".join(xs)
    al = align(tokenize(src), tokenize(src), src, src)
    assert al.differences == ()


def test_possessive_forms_of_one_name_are_a_spelling_difference():
    from dossier_tui.core.align import classify
    from dossier_tui.core.tokens import tokenize

    assert classify(tokenize("ISIS’s"), tokenize("ISIS’")) == "spelling"
    assert classify(tokenize("Iowa's"), tokenize("Iowa")) == "spelling"
    assert classify(tokenize("Ohio's"), tokenize("Iowa's")) == "substitution"


def test_one_compound_written_with_or_without_a_hyphen_is_spelling():
    al, labels = diff(
        "The greed. The absurd, third-grade theatrics.", "the greed, the absurd third grade theatrics"
    )
    assert "substitution" not in [lab for lab, _, _ in labels]
    assert al.verdict == "trivial"
    from dossier_tui.core.align import classify

    assert classify(tokenize("e-mail"), tokenize("email")) == "spelling"
    assert classify(tokenize("third-grade"), tokenize("third place")) == "substitution"


def test_compare_shows_a_move_once_and_says_what_the_similarity_covers(capsys):
    from dossier_tui.cli import main

    main(["compare"])  # the bundled seeds: Peskov's words are reordered between outlets
    out = capsys.readouterr().out
    assert "(same words, another place)" in out
    assert "where they overlap" in out
    moved = [line for line in out.splitlines() if "moved:" in line]
    assert moved and all("→" not in line for line in moved)


def test_an_apostrophes_form_is_typography_not_a_change_of_words():
    a = tokenize("I’m not ready, and Trump‘s aides know it.")
    b = tokenize("I'm not ready, and Trump's aides know it.")
    result = align(a, b)
    assert [(d.label, d.a_text, d.b_text) for d in result.differences] == [
        ("punctuation", "I’m", "I'm"),
        ("punctuation", "Trump‘s", "Trump's"),
    ]
    assert result.verdict == "trivial"


def test_punctuation_beside_a_changed_word_is_its_own_difference():
    # WaPo / Western Journalism: the comma is punctuation, the compound a spelling; nothing substantive
    al, labels = diff(
        "The misogyny. The absurd, third-grade theatrics.", "the misogyny, the absurd third grade theatrics"
    )
    assert ("spelling", "third-grade", "third grade") in labels
    assert ("punctuation", ",", "") in labels
    assert al.verdict == "trivial"


def test_a_substituted_word_reads_without_the_comma_before_it():
    _, labels = diff(
        "But for us, Minsk is the best place for talks.", "But for us it is the best place for talks."
    )
    assert ("substitution", "Minsk", "it") in labels
    assert ("punctuation", ",", "") in labels


def test_a_changed_last_word_keeps_its_end_mark_apart():
    _, labels = diff("if you want to make an accord,", "If you want to make an agreement.")
    assert ("substitution", "accord", "agreement") in labels
    assert ("punctuation", ",", ".") in labels


def test_a_contraction_is_the_same_words_written_short():
    al, labels = diff(
        "We cannot keep asking people to drive over it", "We can’t keep asking people to drive over it"
    )
    assert labels == [("spelling", "cannot", "can’t")]
    assert al.verdict == "trivial"
    _, labels = diff("We’re going to rebuild the bridge", "We are going to rebuild the bridge")
    assert labels == [("spelling", "We’re", "We are")]


def test_framing_words_facing_each_other_at_the_start_are_not_a_truncation():
    """ "This is" against "It's": no outlet cut anything; the framing differs."""
    _, labels = diff(
        "This is going to be painful, and I will not pretend otherwise.",
        "It's going to be painful, and I will not pretend otherwise.",
    )
    assert labels == [("function-word", "This is", "It's")]


def test_a_possessive_s_is_not_taken_for_is():
    from dossier_tui.core.align import classify

    assert classify(tokenize("It's", 0), tokenize("It is", 0)) == "spelling"
    assert classify(tokenize("Hale's", 0), tokenize("Hale is", 0)) != "spelling"  # a name's 's is hers
