"""Search as a user meets it: hand-made dossiers, queries typed as in fzf, hits checked by hand."""

from __future__ import annotations

import pytest

import dossier_tui
from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Paragraph, Provenance, Quote, Speaker
from dossier_tui.core.search import Hit, build_index, fold

PROV = Provenance("test")

# Two outlets report the same speech. Offsets are computed below, never typed.
TEXT_A = (
    "Lukashenko Offers Talks\n\n"
    "“Tell Trump that I expect him here,” Alexander Lukashenko said on Tuesday.\n\n"
    "He called the plan “a brilliant idea.” Critics in Minsk disagreed.\n\n"
    "Zoë Müller, an analyst, said: “Nobody in Brussels believes it.”"
)
TEXT_B = (
    "Belarus leader invites Trump\n\n"
    "Lukashenka said he expects President Trump “here, with Putin and Zelensky.”\n"
    "He added it would be “a brilliant idea” to meet.\n\n"
    "The trump card, officials said, is the don’t-ask policy."
)


def _para(text: str, start: int, end: int, index: int, kind: str = "body") -> Paragraph:
    return Paragraph(index, ((start, end),), kind)  # type: ignore[arg-type]


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    out = []
    pos = 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        out.append(_para(text, start, start + len(block), i, "title" if i == 0 else "body"))
        pos = start + len(block)
    return tuple(out)


def _quote(art: Article, n: int, inner: str, speaker: str | None) -> Quote:
    start = art.text.index(inner)
    para = next(p.index for p in art.paragraphs if p.start <= start < p.end)
    return Quote(f"{art.id}:q{n}", art.id, start, start + len(inner), inner, para, speaker=speaker)


def make_dossier() -> Dossier:
    a = Article(
        "a",
        "a.txt",
        TEXT_A,
        _paragraphs(TEXT_A),
        ArticleMeta(title=Field("Lukashenko Offers Talks", PROV), outlet=Field("Outlet A", PROV)),
    )
    b = Article(
        "b",
        "b.txt",
        TEXT_B,
        _paragraphs(TEXT_B),
        ArticleMeta(outlet=Field("Outlet B", PROV)),
    )
    quotes = (
        _quote(a, 1, "Tell Trump that I expect him here,", "s1"),
        _quote(a, 2, "a brilliant idea.", "s1"),
        _quote(a, 3, "Nobody in Brussels believes it.", "s2"),
        _quote(b, 1, "here, with Putin and Zelensky.", "s1"),
        _quote(b, 2, "a brilliant idea", "s1"),
    )
    speakers = (
        Speaker("s1", "Alexander Lukashenko", variants=("Alexander Lukashenko", "Lukashenka")),
        Speaker("s2", "Zoë Müller"),
    )
    return Dossier("test", (a, b), quotes, speakers)


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return make_dossier()


def search(d: Dossier, query: str, limit: int = 50) -> list[Hit]:
    return build_index(d).search(query, limit=limit)


def matched(hit: Hit) -> list[str]:
    return [hit.text[a:b] for a, b in hit.spans]


def test_exact_substring_of_a_quote_puts_that_quote_first(dossier):
    hits = search(dossier, "expect him here")
    assert hits[0].kind == "quote" and hits[0].quote == "a:q1"
    assert matched(hits[0]) == ["expect him here"]
    # the paragraph holding it is found too, after the quote
    assert any(h.kind == "paragraph" and h.article == "a" and h.paragraph == 1 for h in hits[1:])


@pytest.mark.parametrize(
    "pasted",
    [
        "“Tell Trump that I expect him here,”",  # as copied from the article, marks and comma
        '"Tell Trump that I expect him here"',  # straight marks
        "«Tell Trump that I expect him here.»",  # guillemets, a period inside them
    ],
)
def test_a_quote_pasted_with_its_marks_finds_that_quote_first(dossier, pasted):
    hits = search(dossier, pasted)
    assert hits and (hits[0].kind, hits[0].quote) == ("quote", "a:q1")


def test_the_exact_operator_is_not_taken_for_a_quote_mark(dossier):
    assert {h.article for h in search(dossier, "'trump card")} == {"b"}


def test_a_phrase_in_straight_single_quotes_is_looked_up_as_a_phrase(dossier):
    """'a brilliant idea' is how people write a phrase; fzf alone would read it as 'a (exact),
    brilliant, and idea' (a word ending in an apostrophe), matching neither outlet's rendering."""
    hits = search(dossier, "'a brilliant idea'")
    assert {h.article for h in hits} == {"a", "b"}
    assert all("a brilliant idea" in h.text for h in hits)
    assert not search(dossier, "'brilliant plan'")  # the words, but not as that phrase
    excluded = search(dossier, "trump !'brilliant idea'")
    assert excluded and not any("brilliant idea" in h.text for h in excluded)


def test_at_name_keeps_that_speakers_quotes_only(dossier):
    # "brilliant" alone also finds paragraphs; with @lukashenko only his two quotes of it
    hits = search(dossier, "@lukashenko brilliant")
    assert sorted(h.quote for h in hits) == ["a:q2", "b:q2"]
    assert all(h.kind == "quote" and h.speaker == "s1" for h in hits)
    # another spelling of the name, and a name's typo, find the same speaker
    assert {h.quote for h in search(dossier, "@lukashenka brilliant")} == {"a:q2", "b:q2"}
    assert [h.quote for h in search(dossier, "@muller")] == ["a:q3"]
    assert search(dossier, "@muller brilliant") == []
    assert search(dossier, "@nobody brilliant") == []


def test_at_name_alone_lists_the_speakers_quotes_in_dossier_order(dossier):
    assert [h.quote for h in search(dossier, "@lukashenko")] == ["a:q1", "a:q2", "b:q1", "b:q2"]
    assert [h.quote for h in search(dossier, "@lukashenko", limit=2)] == ["a:q1", "a:q2"]


def test_quote_hit_carries_its_location_and_speaker(dossier):
    hit = search(dossier, "believes")[0]
    assert (hit.kind, hit.article, hit.quote, hit.speaker) == ("quote", "a", "a:q3", "s2")
    art = dossier.article("a")
    assert art.text[hit.start : hit.start + len(hit.text)] == hit.text
    assert hit.paragraph == 3


def test_diacritics_are_folded_and_spans_point_at_the_original_characters(dossier):
    hits = search(dossier, "zoe muller")
    assert hits, "folded query finds the accented name"
    for h in hits:
        assert "Zoë Müller" in h.text
    speaker = next(h for h in hits if h.kind == "speaker")
    assert speaker.speaker == "s2" and matched(speaker) == ["Zoë Müller"]


def test_accented_query_finds_plain_and_accented_text(dossier):
    assert [h.speaker for h in search(dossier, "Müller") if h.kind == "speaker"] == ["s2"]


def test_smart_case(dossier):
    lower = {h.article for h in search(dossier, "'trump card")}
    assert lower == {"b"}
    # An uppercase letter makes the query case sensitive: "The trump card" no longer matches.
    assert search(dossier, "'Trump 'card") == []
    assert all("Trump" in h.text for h in search(dossier, "'Trump"))


def test_typographic_apostrophes_and_quotes_match_plain_ones(dossier):
    hit = search(dossier, "don't-ask")[0]
    assert matched(hit) == ["don’t-ask"]


def test_exact_prefix_suffix_and_inverse(dossier):
    assert {h.quote for h in search(dossier, "'brilliant") if h.kind == "quote"} == {"a:q2", "b:q2"}
    # suffix$: only the quote that ends with "idea." (punctuation at the end is allowed to trail)
    ends = [h for h in search(dossier, "idea$") if h.kind == "quote"]
    assert {h.quote for h in ends} == {"a:q2", "b:q2"}
    starts = [h.text for h in search(dossier, "^Nobody")]
    assert starts == ["Nobody in Brussels believes it."]
    not_minsk = search(dossier, "brilliant !minsk")
    assert not_minsk and all("Minsk" not in h.text for h in not_minsk)
    assert any(h.kind == "paragraph" and h.article == "b" for h in not_minsk)


def test_or_groups(dossier):
    hits = search(dossier, "brussels | zelensky")
    quotes = {h.quote for h in hits if h.kind == "quote"}
    assert quotes == {"a:q3", "b:q1"}


def test_and_of_terms_needs_every_term(dossier):
    hits = search(dossier, "putin zelensky")
    assert hits[0].quote == "b:q1"
    assert all("Putin" in h.text and "Zelensky" in h.text for h in hits)


def test_fuzzy_characters_in_order(dossier):
    hit = next(h for h in search(dossier, "lkshnko") if h.kind == "speaker")
    assert hit.speaker == "s1"
    assert "".join(matched(hit)).lower() == "lkshnko"


def test_typo_finds_the_word(dossier):
    hits = search(dossier, "brillaint")
    assert hits and all("brilliant" in h.text for h in hits)


def test_speaker_variants_are_searched_and_a_speaker_comes_back_once(dossier):
    speakers = [h for h in search(dossier, "lukashenka") if h.kind == "speaker"]
    assert [(h.speaker, h.text) for h in speakers] == [("s1", "Lukashenka")]
    assert len([h for h in search(dossier, "alexander") if h.kind == "speaker"]) == 1


def test_title_hits_have_their_offset(dossier):
    title = next(h for h in search(dossier, "offers talks") if h.kind == "title")
    assert title.article == "a" and title.start == 0 and title.text == "Lukashenko Offers Talks"


def test_paragraph_hit_text_is_the_rejoined_paragraph():
    text = "First half of a broken\nparagraph ends here.\n\nNext."
    para = Paragraph(0, ((0, 22), (23, 43)))
    art = Article("x", "x.txt", text, (para, Paragraph(1, ((45, 50),))))
    d = Dossier("t", (art,))
    hit = search(d, "broken paragraph")[0]
    assert hit.kind == "paragraph" and hit.start == 0 and hit.paragraph == 0
    assert hit.text == "First half of a broken paragraph ends here."
    assert matched(hit) == ["broken paragraph"]


def test_hits_are_ranked_by_descending_score_and_limited(dossier):
    hits = search(dossier, "a", limit=3)
    assert len(hits) == 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_whole_words_rank_before_parts_of_words(dossier):
    hits = search(dossier, "here")
    first_kinds = [(h.kind, matched(h)) for h in hits[:2]]
    assert first_kinds[0] == ("quote", ["here"])


def test_empty_and_operator_only_queries_return_nothing(dossier):
    assert search(dossier, "") == []
    assert search(dossier, "   ") == []
    assert search(dossier, "!") == []
    assert search(dossier, "nothing-like-this-anywhere") == []


def test_markup_in_articles_is_plain_text_to_search():
    text = "He wrote [@click=app.quit]x[/] and [bold]loud[/bold] in \x1b[31mred\x1b[0m."
    art = Article("m", "m.txt", text, (Paragraph(0, ((0, len(text)),)),))
    hit = search(Dossier("t", (art,)), "'[@click")[0]
    assert matched(hit) == ["[@click"]


def test_dossier_search_uses_the_cached_index(dossier):
    d = make_dossier()
    assert [h.quote for h in d.search("brussels")] == [h.quote for h in search(d, "brussels")]
    assert d.derived("search_index", build_index) is d.derived("search_index", build_index)


def test_fold_keeps_length_and_unifies_punctuation():
    src = "Zoë’s “quote” — İstanbul ß ﬁ"
    out = fold(src)
    assert len(out) == len(src)
    assert out.startswith('zoe\'s "quote" - istanbul')


def test_seeds_search():
    d = dossier_tui.load()  # the bundled seeds
    hits = d.search("brilliant idea")
    assert hits and hits[0].kind == "quote" and "brilliant idea" in hits[0].text


def test_at_name_finds_a_speaker_whose_name_many_quotes_mention():
    # Other people's quotes name Hale more often than any page of matches holds: "@hale" must still
    # read speakers' names, not stop at the first quotes that contain the word.
    lines = [f"Critic {n} said: “Hale is wrong about the levy, point {n}.”" for n in range(80)]
    lines.append("Hale replied: “The levy stays.”")
    text = "\n\n".join(lines) + "\n"
    art = Article("a", "a.txt", text, _paragraphs(text), ArticleMeta())
    quotes = [_quote(art, n, f"Hale is wrong about the levy, point {n}.", "critics") for n in range(80)]
    quotes.append(_quote(art, 80, "The levy stays.", "hale"))
    speakers = (Speaker("hale", "Ann Hale"), Speaker("critics", "Critics"))
    d = Dossier("t", (art,), tuple(quotes), speakers)
    assert [h.quote for h in search(d, "@hale")] == ["a:q80"]
    assert [h.quote for h in search(d, "@hale levy")] == ["a:q80"]
