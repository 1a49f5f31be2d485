"""What the views will say, checked on the pure Content builders, plus invariants (hypothesis)."""

from __future__ import annotations

from conftest import FakeFamilies, build_small_dossier
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core.model import Article, Dossier, Paragraph, Quote, Speaker
from dossier_tui.tui import features
from dossier_tui.tui.render import (
    _joined_to_source,
    comparison_content,
    display_span,
    evidence_span,
    hit_content,
    meta_content,
    paragraph_content,
    speaker_content,
    title_label,
)


def test_fallback_citation_names_speaker_outlet_date_url():
    d = build_small_dossier()
    assert features.fallback_cite_quote(d, d.quote("mt:q1")) == (
        "“Tell Trump that I expect him here with Putin and Zelensky,” Alexander Lukashenko said, "
        "The Moscow Times, 2025-03-05, https://example.org/a"
    )


def test_fallback_citation_leaves_out_what_is_unknown():
    d = build_small_dossier()
    q = Quote("kp:q9", "kp", 0, 6, "Belaru", 0)
    assert features.fallback_cite_quote(d, q) == "“Belaru,” Kyiv Post, 2025-03-06"


def test_title_stand_in_is_flagged_not_invented():
    text = "“We will talk,” the minister said on Monday."
    a = Article("x", "x.txt", text, (Paragraph(0, ((0, len(text)),)),))
    title, stand_in = title_label(a)
    assert stand_in is True
    assert title == text


def test_the_article_header_says_who_and_when_on_one_line():
    from dossier_tui.core.model import ArticleMeta, Field, Provenance

    prov = Provenance("manifest")
    meta = ArticleMeta(
        title=Field("Talks", prov),
        outlet=Field("Politico", prov),
        date=Field("2016-01-28", prov),
        authors=Field(("Ann Lee", "Bo Ma"), prov),
        wire=Field("AP", prov),
        url=Field("https://example.org/a", prov),
    )
    text = "Talks\n\nBody."
    a = Article("x", "x.txt", text, (Paragraph(0, ((0, 5),), "title"), Paragraph(1, ((7, 12),))), meta)
    lines = meta_content(Dossier("d", (a,)), a).plain.splitlines()
    assert lines[:4] == [
        "Talks",
        "Politico · 2016-01-28 · by Ann Lee, Bo Ma · wire AP",
        "URL: https://example.org/a",
        "File: x.txt",
    ]


def test_meta_block_keeps_url_and_file_to_one_line_each_when_narrow():
    from dossier_tui.core.model import ArticleMeta, Field, Provenance

    prov = Provenance("test")
    url = "https://www.example.org/2016/05/05/politics/a-very-long-slug-for-the-story-about-the-levy"
    path = "/home/ann/dossiers/levy-vote-2016/text/politico_2016-05-05_the-council-votes-on-the-levy.txt"
    meta = ArticleMeta(title=Field("Talks", prov), url=Field(url, prov))
    a = Article("x", path, "Talks\n\nBody.", (Paragraph(0, ((0, 5),), "title"),), meta)
    lines = meta_content(Dossier("d", (a,)), a, width=40).wrap(40)
    url_line = next(line.plain for line in lines if line.plain.startswith("URL: "))
    file_line = next(line.plain for line in lines if line.plain.startswith("File: "))
    assert len(lines) == 4  # title, URL, File, counts: nothing wrapped
    assert url_line.startswith("URL: https://www.example.org/") and url_line.endswith("…")
    assert file_line.endswith("on-the-levy.txt") and "…" in file_line  # the file's name is kept
    assert max(len(line.plain) for line in lines) <= 40


def test_display_span_across_rejoined_segments():
    # "ab cd" shown from source "ab\n\ncd" (two segments joined by one space)
    p = Paragraph(0, ((0, 2), (4, 6)))
    assert display_span(p, 0, 6) == (0, 5)
    assert display_span(p, 4, 5) == (3, 4)
    assert display_span(p, 7, 9) is None


def test_evidence_sentence_covers_quote_cue_and_mention():
    d = build_small_dossier()
    a, q = d.article("mt"), d.quote("mt:q1")
    start, end = evidence_span(a, q)
    assert a.text[start:end] == (
        "“Tell Trump that I expect him here with Putin and Zelensky,” Lukashenko said in an interview."
    )


def test_evidence_sentence_runs_past_abbreviations_and_initials():
    from dossier_tui.core.build import from_texts

    text = (
        "Talks\n\nIt rained. “We will talk,” Lukashenko told the U.S. blogger Sen. Ann F. Lee in Minsk. "
        "Later he left.\n"
    )
    d = from_texts({"a.txt": text})
    q = d.quotes[0]
    start, end = evidence_span(d.article(q.article), q)
    assert text[start:end] == "“We will talk,” Lukashenko told the U.S. blogger Sen. Ann F. Lee in Minsk."


def test_comparison_labels_differences_from_this_side(monkeypatch):
    d = build_small_dossier()
    fams = FakeFamilies(d)
    monkeypatch.setattr(features, "families", lambda _d, wait=True: fams)
    text_a = comparison_content(d, d.quote("mt:q1"), hide_trivial=False).plain
    assert "substitution: expect → am waiting for" in text_a
    assert "spelling: Zelensky → Zelenskyy" in text_a
    text_b = comparison_content(d, d.quote("kp:q1"), hide_trivial=False).plain
    assert "substitution: am waiting for → expect" in text_b
    assert "The Moscow Times" in text_b
    hidden = comparison_content(d, d.quote("mt:q1"), hide_trivial=True).plain
    assert "spelling" not in hidden and "substitution" in hidden


def test_comparison_before_the_families_are_built():
    d = build_small_dossier()  # nothing has built its families: the view must not build them
    assert "Comparing outlets…" in comparison_content(d, d.quote("mt:q1"), hide_trivial=True).plain
    assert d.built("families") is None
    d.families  # noqa: B018 (built, as the loading thread does)
    assert "Comparing outlets…" not in comparison_content(d, d.quote("mt:q1"), hide_trivial=True).plain


def test_hit_content_shows_outlet_date_speaker_and_match():
    d = build_small_dossier()
    q = d.quote("mt:q1")
    hit = features.FallbackHit("quote", q.text, ((5, 10),), 1.0, "mt", q.id, "s1", 1, q.start)
    plain = hit_content(d, hit).plain
    assert "The Moscow Times 2025-03-05 · Alexander Lukashenko" in plain  # the date tells articles apart
    assert "Trump" in plain


def test_a_narrow_hit_keeps_outlet_date_and_surname_in_the_lists_width():
    """Beside the reader the list is about 37 columns wide: the kind is not padded, and the speaker
    is the surname, so the first line still tells outlet, day and speaker."""
    d = build_small_dossier()
    q = d.quote("mt:q1")
    hit = features.FallbackHit("quote", q.text, ((5, 10),), 1.0, "mt", q.id, "s1", 1, q.start)
    head, snippet = hit_content(d, hit, 35).plain.split("\n")
    assert head == "quote The Moscow Times 2025-03-05 · Lukashenko"
    assert len(snippet) <= 37 and snippet.startswith("Tell Trump")


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@given(st.lists(st.integers(0, 6), min_size=1, max_size=4), st.integers(0, 40), st.integers(0, 40))
def test_joined_spans_map_back_to_the_same_characters(gaps, a, b):
    """A span in the rejoined text maps to source spans holding exactly those characters."""
    source, segments, pos = "", [], 0
    for n, gap in enumerate(gaps):
        chunk = f"seg{n}xyz"
        source += "\n" * gap + chunk
        segments.append((len(source) - len(chunk), len(source)))
        pos = len(source)
    para = Paragraph(0, tuple(segments))
    joined = para.text(source)
    lo, hi = sorted((a % (len(joined) + 1), b % (len(joined) + 1)))
    pieces = _joined_to_source(para, lo, hi)
    assert "".join(source[s:e] for s, e in pieces) == joined[lo:hi].replace(" ", "")
    assert pos == len(source)


@given(_text, _text)
def test_paragraph_content_never_raises_and_keeps_text_length(before, inside):
    text = f"{before}“{inside}” he said"
    p = Paragraph(0, ((0, len(text)),))
    a = Article("x", "x.txt", text, (p,))
    start = len(before) + 1
    q = Quote("x:q1", "x", start, start + len(inside), inside, 0)
    d = Dossier("t", (a,), (q,))
    content = paragraph_content(d, a, p, selected=q.id, hit_spans=[(0, len(text))])
    assert len(content.plain) == len(text)
    assert "\x1b" not in content.plain


def test_a_speaker_with_many_roles_shows_this_articles_first_and_counts_the_rest():
    text = "“We will win,” the Belarusian leader said."
    p = Paragraph(0, ((0, len(text)),))
    a = Article("x", "x.txt", text, (p,))
    q = Quote("x:q1", "x", 1, 12, text[1:12], 0, speaker="s1")
    roles = tuple(sorted(["the Belarusian leader", *(f"junk role {n}" for n in range(9))]))
    d = Dossier("t", (a,), (q,), (Speaker("s1", "Alexander Lukashenko", roles=roles),))
    shown = speaker_content(d, q).plain
    role_line = next(line for line in shown.splitlines() if line.startswith("role: "))
    assert role_line.startswith("role: the Belarusian leader; junk role 0")
    assert role_line.count(";") == 3 and "(+6 more" in role_line


def test_hiding_trivial_differences_keeps_function_words():
    """Trivial means punctuation, case and spelling (as ``compare --substantive`` has it): "that"
    against ":" reframes the words and stays shown."""
    from dossier_tui import load

    d = load()
    q = next(q for q in d.quotes if q.text.startswith("Tell Trump that"))
    d.families  # noqa: B018 (built, as the loading thread does)
    shown = comparison_content(d, q, hide_trivial=True).plain
    assert "function-word: that → :" in shown
    assert "spelling: Zelensky → Zelenskyy" not in shown
    assert "spelling: Zelensky → Zelenskyy" in comparison_content(d, q, hide_trivial=False).plain


def test_the_inspector_names_who_each_outlet_credits_and_flags_a_different_person(tmp_path):
    """Identical words credited to two people: shown even with trivial pairs hidden, each outlet's
    speaker named and the difference flagged; the same person under two spellings is not flagged."""
    from dossier_tui import load

    words = "The ceasefire along the northern border will hold until the monsoon season ends,"
    (tmp_path / "a.txt").write_text(f"Talks\n\n“{words}” Defence Minister Ann Hale said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Talks\n\n“{words}” General Tom Brandt said.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"Talks\n\n“{words}” Ms. Hale said on Monday.\n", encoding="utf-8")
    d = load(tmp_path)
    q = next(q for q in d.quotes if q.article == "a")
    d.families  # noqa: B018 (built, as the loading thread does)
    shown = comparison_content(d, q, hide_trivial=True).plain
    assert "— Tom Brandt  attribution differs" in shown
    assert "attribution differs" not in shown.replace("— Tom Brandt  attribution differs", "")
    assert "1 identical or trivially different hidden" in shown  # Ms. Hale's identical copy
    everything = comparison_content(d, q, hide_trivial=False).plain
    assert "— Ann Hale\n" in everything and everything.count("attribution differs") == 1


def test_coverage_columns_of_file_ids_keep_their_start_and_end():
    from dossier_tui.tui.screens.coverage_screen import _two_lines

    ids = [
        "politico_2016-05-05_paul-ryan-says-he-s-not-ready-to",
        "politico_2016-05-09_kevin-mccarthy-signs-up-to-be-a",
    ]
    columns = [_two_lines(i, 14) for i in ids]
    assert len(set(columns)) == 2  # two articles of one outlet are two different columns
    for i, c in zip(ids, columns, strict=True):
        first, second = c.split("\n")
        assert i.startswith(first) and len(first) == 14
        assert second.startswith("…") and i.endswith(second[1:]) and len(second) == 14
    assert _two_lines("The New York Times", 14) == "The New York\nTimes"


def test_a_hostile_file_name_is_shown_as_it_is_named_with_its_controls_visible(tmp_path):
    """Stripped of its escape the name would be one no file has; the CLI and the problems list
    show it with ``\\x1b`` visible, and so does the reader's file line."""
    from dossier_tui import load
    from dossier_tui.core.text import is_display_safe
    from dossier_tui.tui.render import meta_content

    path = tmp_path / "title\x1b]0;pwned\x07.txt"
    path.write_text("Talks\n\n“We will talk,” Ann Lee said.\n", encoding="utf-8")
    d = load(tmp_path)
    shown = meta_content(d, d.articles[0], width=200).plain
    assert "title\\x1b]0;pwned\\x07.txt" in shown
    assert is_display_safe(shown)


def test_a_byline_that_is_the_wire_is_said_once():
    """The Moscow Times seed is "By AFP" with AFP as its wire credit."""
    from dossier_tui import load
    from dossier_tui.tui.render import meta_content

    d = load()
    article = next(a for a in d.articles if a.meta.value("outlet") == "The Moscow Times")
    assert article.meta.value("wire") == "AFP" and article.meta.value("authors") == ("AFP",)
    line = meta_content(d, article, width=200).plain.splitlines()[1]
    assert "by AFP" in line and "wire" not in line
