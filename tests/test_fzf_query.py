"""fzf's query syntax, parsed as fzf documents it."""

from dossier_tui.core.fzf_query import Term, parse


def test_terms_are_anded_and_bars_or_them():
    q = parse("trump 'wall ^build america$ !mexico | canada")
    assert q.groups == (
        (Term("trump", "fuzzy"),),
        (Term("wall", "exact"),),
        (Term("build", "prefix"),),
        (Term("america", "suffix"),),
        (Term("mexico", "exact", inverse=True), Term("canada", "fuzzy")),
    )


def test_or_chains_and_smart_case():
    q = parse("a | b | c d")
    assert [len(g) for g in q.groups] == [3, 1]
    assert not q.case_sensitive
    assert parse("Trump").case_sensitive


def test_word_boundary_exact_equal_and_escaped_space():
    q = parse(r"'wall' ^the\ end$ foo\ bar")
    assert q.groups == (
        (Term("wall", "word"),),
        (Term("the end", "equal"),),
        (Term("foo bar", "fuzzy"),),
    )


def test_lone_operators_are_ignored_and_inverse_groups_are_filters():
    q = parse("! ' ^ !brussels | !minsk talks")
    assert [[t.text for t in g] for g in q.positive] == [["talks"]]
    assert [[t.text for t in g] for g in q.negative] == [["brussels", "minsk"]]


def test_dollar_alone_and_leading_bar_are_literal_or_dropped():
    assert parse("$").groups == ((Term("$", "fuzzy"),),)
    assert parse("| x").groups == ((Term("x", "fuzzy"),),)


def test_straight_single_quotes_around_words_make_one_phrase_term():
    assert parse("'build a wall'").groups == ((Term("build a wall", "word"),),)
    assert parse("!'build a wall' mexico").groups == (
        (Term("build a wall", "word", True),),
        (Term("mexico"),),
    )
    # what stays fzf's: a single exact term, a whole word, a quoted word inside, an OR between
    assert parse("'exact word").groups == ((Term("exact", "exact"),), (Term("word"),))
    assert parse("rock 'n' roll").groups[1] == (Term("n", "word"),)
    assert len(parse("'a | b'").groups) == 1 and len(parse("'a | b'").groups[0]) == 2
