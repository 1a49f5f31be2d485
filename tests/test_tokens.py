"""Tokens keep the article's own characters and offsets; keys make renderings comparable."""

from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core.tokens import fold, tokenize, word_keys


def test_punctuation_is_separate_and_words_keep_inner_apostrophes():
    toks = tokenize("Tell Trump: I don’t — wait… “U.S.” 200,000")
    assert [t.text for t in toks] == [
        "Tell",
        "Trump",
        ":",
        "I",
        "don’t",
        "—",
        "wait",
        "…",
        "“",
        "U.S.",
        "”",
        "200,000",
    ]
    assert [t.kind for t in toks][:3] == ["word", "word", "punct"]


def test_keys_unify_case_diacritics_quotes_dashes_and_ellipses():
    a = tokenize("“Zelenský” -- said… don’t")
    b = tokenize('"zelensky" — said... don\'t')
    assert [t.key for t in a] == [t.key for t in b]


def test_name_variants_map_to_one_key_even_possessive():
    variants = {"zelenskyy": "zelensky"}
    toks = tokenize("Zelenskyy's aide and Zelenskyy", variants=variants)
    assert toks[0].key == "zelensky's"
    assert toks[-1].key == "zelensky"
    assert toks[-1].text == "Zelenskyy"


def test_offsets_are_absolute():
    source = "He said: “We will sit down.”"
    start = source.index("We")
    toks = tokenize(source[start : source.index("”")], offset=start)
    assert [source[t.start : t.end] for t in toks] == [t.text for t in toks]
    assert toks[0].start == start


@given(st.text(max_size=200), st.integers(min_value=0, max_value=1000))
def test_every_token_is_its_source_slice_in_order(text, offset):
    source = " " * offset + text
    toks = tokenize(text, offset=offset)
    prev_end = offset
    for t in toks:
        assert source[t.start : t.end] == t.text
        assert t.start >= prev_end
        prev_end = t.end
    # Nothing but whitespace is dropped.
    assert "".join(t.text for t in toks) == "".join(text.split())


@given(st.text(max_size=50))
def test_fold_is_idempotent(word):
    assert fold(fold(word)) == fold(word)


def test_word_keys_map_possessive_and_curly_apostrophe_variants():
    variants = {"zelenskyy": "zelensky"}
    assert word_keys("Zelenskyy’s aide — “don’t” said Zelenskyy…", variants) == (
        "zelensky's",
        "aide",
        "don't",
        "said",
        "zelensky",
    )
    assert word_keys("well—known rock‘n’roll", None) == ("well", "known", "rock'n'roll")


# Typographic marks, dashes, spaces and letters that the fast path of word_keys rewrites or skips.
_QUOTE_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Zé's-.,:%09_\n\u00a0’‘“”«»—–―…`´ßİ")) | st.characters(),
    max_size=60,
)


@given(_QUOTE_TEXT, st.sampled_from([None, {}, {"ab": "zz", "a's": "q", "zé": "b"}]))
def test_word_keys_are_the_keys_of_the_word_tokens(text, variants):
    expected = tuple(t.key for t in tokenize(text, 0, variants) if t.kind == "word")
    assert word_keys(text, variants) == expected
