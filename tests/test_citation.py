"""What a user copies: a quote with its citation in each style, wire copy, missing metadata, and
hostile text that must not come through as markup or escapes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core.citation import (
    STYLES,
    Citation,
    cite_article,
    cite_quote,
    family_text,
    md_escape,
    title_case,
)
from dossier_tui.core.csl_item import csl_item, parse_date, parse_name, split_byline
from dossier_tui.core.model import (
    Article,
    ArticleMeta,
    Dossier,
    Field,
    Paragraph,
    Provenance,
    Quote,
    Speaker,
)

MT_URL = (
    "https://www.themoscowtimes.com/2025/03/05/lukashenko-offers-to-host-russia-ukraine-peace-talks-a-88252"
)
MT_TEXT = (
    "Lukashenko Offers to Host Russia-Ukraine Peace Talks\n\n"
    "By AFP\n\n"
    "Belarusian President Alexander Lukashenko has offered to host peace talks.\n\n"
    "“Tell Trump that I expect him here with Putin and Zelensky,” Lukashenko said.\n"
)
ABC_TEXT = '(LONDON) -- Lukashenko spoke.\n\n"Russia will never agree to this," he said.\n'


def _f(value):
    return None if value is None else Field(value, Provenance("test"))


def _paragraphs(text: str, kinds: tuple[str, ...]) -> tuple[Paragraph, ...]:
    out, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        out.append(
            Paragraph(i, ((pos, pos + len(chunk.rstrip("\n"))),), kinds[i] if i < len(kinds) else "body")
        )
        pos += len(chunk) + 2
    return tuple(out)


def _quote(article: Article, n: int, text: str, speaker: str | None) -> Quote:
    start = article.text.index(text)
    para = article.paragraph_at(start)
    assert para is not None
    return Quote(
        f"{article.id}:q{n}", article.id, start, start + len(text), text, para.index, speaker=speaker
    )


def seeds_dossier(mt_meta: ArticleMeta | None = None) -> Dossier:
    """The two seeds as the layout parser will describe them (the brief's metadata)."""
    mt = Article(
        "000",
        "000.txt",
        MT_TEXT,
        _paragraphs(MT_TEXT, ("title", "byline")),
        mt_meta
        or ArticleMeta(
            title=_f("Lukashenko Offers to Host Russia-Ukraine Peace Talks"),
            outlet=_f("The Moscow Times"),
            authors=_f(("AFP",)),
            wire=_f("AFP"),
            date=_f("2025-03-05"),
            url=_f(MT_URL),
        ),
    )
    abc = Article(
        "004",
        "004.txt",
        ABC_TEXT,
        _paragraphs(ABC_TEXT, ()),
        ArticleMeta(outlet=_f("ABC News"), date=_f("2025-03-05"), dateline=_f("LONDON")),
    )
    quotes = (
        _quote(mt, 1, "Tell Trump that I expect him here with Putin and Zelensky,", "s1"),
        _quote(abc, 1, "Russia will never agree to this,", None),
    )
    speakers = (Speaker("s1", "Alexander Lukashenko"),)
    return Dossier("seeds", (mt, abc), quotes, speakers)


def test_plain_line_is_the_journalists_line():
    d = seeds_dossier()
    assert cite_quote(d, d.quotes[0]) == (
        "“Tell Trump that I expect him here with Putin and Zelensky,” Alexander Lukashenko said, "
        f"as reported by AFP in The Moscow Times, March 5, 2025, {MT_URL}"
    )


def test_plain_line_without_speaker_title_or_url_invents_nothing():
    d = seeds_dossier()
    assert (
        cite_quote(d, d.quotes[1])
        == "“Russia will never agree to this,” as reported by ABC News, March 5, 2025"
    )


def test_apa_quote_has_paragraph_locator_then_reference():
    d = seeds_dossier()
    # paragraphs: title, byline, body 1, body 2 -> the quote is in body paragraph 2
    assert cite_quote(d, d.quotes[0], "apa") == (
        "“Tell Trump that I expect him here with Putin and Zelensky” (AFP, 2025, para. 2).\n\n"
        f"AFP. (2025, March 5). Lukashenko Offers to Host Russia-Ukraine Peace Talks. The Moscow Times. {MT_URL}"
    )
    assert cite_quote(d, d.quotes[0], "apa", locator=False).startswith("“Tell Trump") and "para." not in (
        cite_quote(d, d.quotes[0], "apa", locator=False)
    )


def test_mla_quote_of_article_without_author_or_title_keeps_only_the_locator():
    d = seeds_dossier()
    assert cite_quote(d, d.quotes[1], "mla") == (
        "“Russia will never agree to this” (par. 2).\n\nABC News, 5 Mar. 2025."
    )


def test_chicago_quote_note_carries_locator_but_bibliography_does_not():
    d = seeds_dossier()
    note = cite_quote(d, d.quotes[0], "chicago-note")
    assert note.endswith(f"The Moscow Times, March 5, 2025, para. 2, {MT_URL}.")
    assert "para." not in cite_quote(d, d.quotes[0], "chicago-bib")
    assert cite_quote(d, d.quotes[1], "chicago-short").endswith("\n\nABC News, para. 2.")


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Pence Blames Media for the Flap.", "Pence Blames Media for the Flap, para. 2."),
        ("Talks Move to the U.S.", "Talks Move to the U.S., para. 2."),  # an abbreviation keeps its period
        ("Who Blinked First?", "Who Blinked First? para. 2."),
    ],
)
def test_chicago_short_note_without_author_never_pastes_a_period_then_a_comma(title, shown):
    meta = ArticleMeta(title=_f(title), outlet=_f("The Moscow Times"), date=_f("2025-03-05"))
    d = seeds_dossier(meta)
    assert cite_quote(d, d.quotes[0], "chicago-short").endswith(f"\n\nThe Moscow Times, {shown}")


def test_markdown_quote_is_a_blockquote_with_linked_source():
    d = seeds_dossier()
    assert cite_quote(d, d.quotes[0], "markdown") == (
        "> Tell Trump that I expect him here with Putin and Zelensky.\n>\n"
        "> — Alexander Lukashenko, as reported by AFP in *The Moscow Times*, March 5, 2025: "
        f"[“Lukashenko Offers to Host Russia-Ukraine Peace Talks”]({MT_URL})"
    )
    assert cite_quote(d, d.quotes[1], "markdown") == (
        "> Russia will never agree to this.\n>\n> — *ABC News*, March 5, 2025"
    )


def test_wire_credit_without_byline_makes_the_agency_the_author():
    d = seeds_dossier(
        ArticleMeta(title=_f("T"), outlet=_f("The Moscow Times"), wire=_f("AFP"), date=_f("2025-03-05"))
    )
    item = csl_item(d.articles[0])
    assert item["author"] == [{"literal": "AFP"}]
    assert item["container-title"] == "The Moscow Times"
    assert cite_article(d, d.articles[0], "apa", in_text=True).text == "(AFP, 2025)"


def test_article_with_no_metadata_names_its_file_in_every_style():
    d = seeds_dossier(ArticleMeta())
    for style in STYLES:
        assert cite_article(d, d.articles[0], style).text == "source unknown (000.txt)"
    assert cite_quote(d, d.quotes[0], "apa").endswith("Zelensky.”\n\nsource unknown (000.txt)")


def test_mla_in_text_of_an_article_without_author_or_title_is_empty_as_citeproc_prints_it():
    d = seeds_dossier()
    assert cite_article(d, d.articles[1], "mla", in_text=True).text == ""
    assert cite_quote(d, d.quotes[0]).startswith(
        "“Tell Trump that I expect him here with Putin and Zelensky,” Alexander"
    )


def test_hostile_metadata_and_quote_reach_neither_terminal_nor_markdown_as_markup():
    meta = ArticleMeta(
        title=_f("[@click=app.quit]x[/] \x1b]52;c;SGVsbG8=\x07*bold* <script>"),
        outlet=_f("Evil\x1b[31m News"),
        date=_f("2025-03-05"),
        url=_f("https://example.org/a b"),
    )
    d = seeds_dossier(meta)
    for style in STYLES:
        cit = cite_article(d, d.articles[0], style)
        assert "\x1b" not in cit.text and "\x07" not in cit.text and "\x1b" not in cit.markdown
        assert "\x1b" not in cite_quote(d, d.quotes[0], style)
    md = cite_article(d, d.articles[0], "chicago-note").markdown
    assert "\\*Bold\\*" in md and "\\<Script\\>" in md and "\\[@Click=app.quit\\]" in md
    assert "<https://example.org/a b>" not in md  # a URL with a space is not an autolink


def test_family_text_gives_every_outlets_wording_with_its_citation():
    d = seeds_dossier()

    class Fam:  # the families module's Family, reduced to what family_text reads
        members = (d.quotes[0].id, d.quotes[1].id)

    text = family_text(d, Fam(), "plain")
    assert text.split("\n\n") == [cite_quote(d, d.quotes[0]), cite_quote(d, d.quotes[1])]


def test_unknown_style_is_refused():
    d = seeds_dossier()
    with pytest.raises(ValueError, match="unknown citation style"):
        cite_article(d, d.articles[0], "harvard")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AFP", {"literal": "AFP"}),
        ("Associated Press", {"literal": "Associated Press"}),
        ("Jane Doe", {"family": "Doe", "given": "Jane"}),
        ("Anna van Dyke", {"family": "Dyke", "given": "Anna", "non-dropping-particle": "van"}),
        ("Martin Luther King Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ],
)
def test_byline_names_become_csl_names(name, expected):
    assert parse_name(name) == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("MAGGIE HABERMAN and RICHARD A. OPPEL JR.", [("Haberman", "Maggie"), ("Oppel", "Richard A.")]),
        ("By NICK MADIGAN", [("Madigan", "Nick")]),
        ("Dr. Susan Berry", [("Berry", "Susan")]),
        ("Joe Gerth, The (Louisville, Ky.) Courier-Journal", [("Gerth", "Joe")]),
        ("Martin Luther King, Jr.", [("King", "Martin Luther")]),
        ("Breitbart News", [("Breitbart News", None)]),
        ("The Washington Post", [("The Washington Post", None)]),
        ("Guy Faulconbridge & Kate Holton", [("Faulconbridge", "Guy"), ("Holton", "Kate")]),
        # archives append a contact or bio line after the byline: no one's name
        ("By ANN HALE. Follow Ann Hale on Twitter @annhale.", [("Hale", "Ann")]),
        ("By TOM BRANDT. Email: tbrandt@example.com,Twitter: @tbrandt", [("Brandt", "Tom")]),
        ("By KIM WU. kwu@example.com", [("Wu", "Kim")]),
        ("By TOM REED. TOM REED is a wealth editor and the author of ''Riches.''", [("Reed", "Tom")]),
        ("Sue K. Lane, @suelane, Daily Post", [("Lane", "Sue K.")]),
        ("By Dr. Ann Lee and Tom Reed", [("Lee", "Ann"), ("Reed", "Tom")]),  # "Dr." ends no sentence
    ],
)
def test_real_bylines_split_into_people_and_organisations(byline, names):
    got = [parse_name(n) for n in split_byline(byline)]
    assert [(n.get("family", n.get("literal")), n.get("given")) for n in got] == names


def test_dates_are_parsed_only_when_iso():
    assert parse_date("2025-03-05") == [2025, 3, 5]
    assert parse_date("2025-03") == [2025, 3]
    assert parse_date("March 5, 2025") is None
    assert parse_date(None) is None


def test_title_case_follows_csl():
    assert title_case("the view from minsk: a u.S. take on iPhone-era talks") == (
        "The View from Minsk: A u.S. Take on IPhone-Era Talks".replace("IPhone", "iPhone")
    )


def test_title_case_leaves_words_that_start_with_a_digit():
    """pandoc's citeproc: ‘2nd Amendment People’, not ‘2Nd’."""
    assert title_case("‘2nd amendment people’ in the 1990s and 3-d printing") == (
        "‘2nd Amendment People’ in the 1990s and 3-D Printing"
    )


@given(st.text(max_size=40))
def test_markdown_escape_leaves_no_unescaped_markup(s):
    escaped = md_escape(s)
    i = 0
    while i < len(escaped):
        if escaped[i] == "\\":
            i += 2
            continue
        assert escaped[i] not in "*_[]<>`"
        i += 1


@given(st.text(max_size=30), st.text(max_size=20))
def test_italic_ranges_stay_inside_the_text(title, outlet):
    d = seeds_dossier(ArticleMeta(title=_f(title or None), outlet=_f(outlet or None)))
    for style in STYLES:
        cit: Citation = cite_article(d, d.articles[0], style)
        assert all(0 <= a < b <= len(cit.text) for a, b in cit.italic)


def _one_quote_dossier(body: str, quoted: str, meta: ArticleMeta) -> tuple[Dossier, Quote]:
    art = Article("a", "a.txt", body, _paragraphs(body, ()), meta)
    q = _quote(art, 1, quoted, "s1")
    return Dossier("d", (art,), (q,), (Speaker("s1", "Ann Lee"),)), q


ABC_META = ArticleMeta(outlet=_f("ABC News"), date=_f("2025-03-05"))


@pytest.mark.parametrize(
    ("quoted", "style", "expected"),
    [
        # a sentence's period gives way to the comma before "X said"
        ("We will talk.", "plain", "“We will talk,” Ann Lee said, as reported by ABC News, March 5, 2025"),
        # the speaker's question mark is theirs and stays; APA's period follows the parenthetical
        ("Who will pay?", "plain", "“Who will pay?” Ann Lee said, as reported by ABC News, March 5, 2025"),
        ("Who will pay?", "apa", "“Who will pay?” (2025, para. 1).\n\n(2025, March 5). ABC News."),
        ("We will talk.", "apa", "“We will talk” (2025, para. 1).\n\n(2025, March 5). ABC News."),
        # an abbreviation's period is part of the words
        ("It was made in the U.S.", "apa", "“It was made in the U.S.” (2025, para. 1)."),
        # an apostrophe before the last letter makes no abbreviation
        ("He can't.", "plain", "“He can’t,” Ann Lee said"),
        ("He can't.", "apa", "“He can’t” (2025, para. 1)."),
        # a quote inside the quote: its period is fitted inside its own closing mark; straight
        # marks inside curly outer ones are made curly too (one style of marks in a citation)
        ("She told me, 'Go home.'", "plain", "“She told me, ‘Go home,’” Ann Lee said"),
        ("She told me, ‘Why now?’", "plain", "“She told me, ‘Why now?’” Ann Lee said"),
        ("She told me, ‘Go home.’", "apa", "“She told me, ‘Go home’” (2025, para. 1)."),
        ("the Joneses'", "plain", "“the Joneses’,” Ann Lee said"),
        ("We will talk;", "chicago-note", "“We will talk.”\n\n"),
        ("We will talk:", "markdown", "> We will talk.\n>\n> — Ann Lee"),
    ],
)
def test_quote_ending_is_fitted_to_the_citation_around_it(quoted: str, style: str, expected: str):
    d, q = _one_quote_dossier(f"“{quoted}” she said.\n", quoted, ABC_META)
    assert cite_quote(d, q, style).startswith(expected)
    assert q.text == quoted  # the model's text is untouched: only the citation adapts it


def test_mla_reference_without_outlet_or_date_ends_with_one_period():
    meta = ArticleMeta(title=_f("Budget talks"), authors=_f(("Ann Lee",)))
    d, _ = _one_quote_dossier("“We will talk.” she said.\n", "We will talk.", meta)
    assert cite_article(d, d.articles[0], "mla").text == "Lee, Ann. “Budget Talks.”"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https:", "ftp://x.org/a"]
)
def test_only_web_urls_reach_a_citation(url):
    from dossier_tui.core.csl_item import is_web_url

    assert not is_web_url(url)
    assert is_web_url("https://example.org/story") and is_web_url("HTTP://example.org")


def test_a_quote_from_an_article_with_no_author_or_outlet_names_its_title():
    """No "as reported by August 10, 2016": with nobody to name, the title says where."""
    from dossier_tui.core.build import from_texts
    from dossier_tui.core.citation import cite_quote

    d = from_texts(
        {
            "dated.txt": 'Farm Bill Passes\n\nAugust 10, 2016\n\n"We will win this," the senator said on Tuesday.\n',
            "undated.txt": 'Farm Bill Passes\n\nThe senator spoke. "We will win this," the senator said.\n',
        }
    )
    dated, undated = (next(q for q in d.quotes if q.article == a.id) for a in d.articles)
    assert cite_quote(d, dated, "plain") == (
        "“We will win this,” the senator said, as reported in “Farm Bill Passes”, August 10, 2016"
    )
    assert (
        cite_quote(d, undated, "plain")
        == "“We will win this,” the senator said, as reported in “Farm Bill Passes”"
    )
    assert cite_quote(d, dated, "markdown").endswith(
        "— the senator, as reported in “Farm Bill Passes”, August 10, 2016"
    )


def test_a_speaker_known_by_description_is_lower_case_inside_the_sentence():
    from dossier_tui.core.build import from_texts
    from dossier_tui.core.citation import cite_quote

    d = from_texts({"a.txt": 'Farm Bill Passes\n\nBy Jane Roe\n\nThe senator said: "We will win this."\n'})
    (q,) = d.quotes
    assert d.speaker_name(q) == "The senator"
    assert cite_quote(d, q, "plain").startswith(
        "“We will win this,” the senator said, as reported by Jane Roe"
    )


def test_a_quote_over_several_paragraphs_reopens_each_with_the_outer_mark():
    """A source with straight marks reopens each paragraph with ``"``; the copy wraps the quote in
    curly marks, so its reopening marks are curly too (only those characters change, as only the
    final mark does)."""
    from dossier_tui.core.build import from_texts

    text = (
        "Budget\n\nThe mayor spoke at length.\n\n"
        '"We will build the bridge this year.\n\n'
        '"And the railway will follow it,\n\n'
        '"as soon as the money comes," Mayor Ann Lee said.\n'
    )
    for mark in ('"', "''"):
        close = mark if mark == '"' else "''"
        source = text.replace('"', "\0").replace("\0We", mark + "We").replace("\0And", mark + "And")
        source = source.replace("\0as", mark + "as").replace("\0 Mayor", close + " Mayor")
        d = from_texts({"a.txt": source})
        (q,) = [q for q in d.quotes if q.text.startswith("We will")]
        assert q.text.count("\n\n" + mark) == 2  # the model keeps the source's characters
        for style in ("plain", "apa", "mla", "chicago-note"):
            copied = cite_quote(d, q, style)
            assert '"' not in copied and "''" not in copied, (mark, style)
            assert copied.count("\n\n“") >= 2, (mark, style)


def test_in_text_form_of_a_quote_leaves_out_the_reference_entry(capsys):
    """``cite QUOTE --in-text``: APA and MLA give the quote with its parenthetical, as the full form
    starts, and nothing below; Chicago gives the short note instead of the full one."""
    from dossier_tui import load
    from dossier_tui.cli import main

    d = load()
    q = next(q for q in d.quotes if q.speaker is not None)
    for style in ("apa", "mla"):
        full = cite_quote(d, q, style)
        short = cite_quote(d, q, style, in_text=True)
        assert "\n" not in short and full.startswith(short + "\n\n"), style
        assert main(["cite", q.id, "--style", style, "--in-text"]) == 0
        assert capsys.readouterr().out.strip() == short
    from dossier_tui.core.citation import quote_locator

    article, loc = d.article(q.article), quote_locator(d, q)
    for in_text in (False, True):
        note = cite_quote(d, q, "chicago-note", in_text=in_text).split("\n\n")[-1]
        assert note == cite_article(d, article, "chicago-note", in_text=in_text, locator=loc).text
    assert cite_quote(d, q, "chicago-note", in_text=True) != cite_quote(d, q, "chicago-note")


def test_a_fragment_in_markdown_keeps_its_marks_and_gets_no_period():
    """``> extremely careless.`` read as a sentence the speaker ended; a fragment stays in its marks."""
    from dossier_tui import load

    d = load()
    fragment = next(q for q in d.quotes if q.kind == "fragment" and q.speaker)
    full = next(q for q in d.quotes if q.kind == "full" and q.speaker)
    first_line = cite_quote(d, fragment, "markdown").split("\n")[0]
    assert first_line.startswith("> “") and first_line.endswith("”")
    assert md_escape(fragment.text.rstrip(" .,;:")) in first_line
    assert not cite_quote(d, full, "markdown").split("\n")[0].startswith("> “")


def test_cite_reads_many_ids_from_stdin_in_one_load(capsys, monkeypatch):
    """``cite -``: a sheet of ids cited in one run; an unknown id is said on stderr and fails the
    run, the others are still cited, in the order given."""
    import io

    from dossier_tui import load
    from dossier_tui.cli import main

    d = load()
    a, b = d.quotes[0], d.quotes[-1]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{b.id}\n\nnosuch\n{a.id}\n"))
    assert main(["cite", "-", "--style", "apa", "--in-text", "--json"]) == 1
    out, err = capsys.readouterr()
    assert [x["id"] for x in json.loads(out)] == [b.id, a.id]
    assert json.loads(out)[1]["text"] == cite_quote(d, a, "apa", in_text=True)
    assert "no article or quote with id 'nosuch'" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{a.id}\n{b.id}\n"))
    assert main(["cite", "-", "--style", "apa", "--in-text"]) == 0
    assert (
        capsys.readouterr().out
        == cite_quote(d, a, "apa", in_text=True) + "\n\n" + cite_quote(d, b, "apa", in_text=True) + "\n"
    )


def test_straight_marks_inside_a_quote_are_curly_in_its_citation():
    """Archive text quotes with straight marks inside the quote (``'No boots on the ground,'``, ``we're``):
    a citation in curly outer marks gives them curly too, never two styles in one line. The quote's
    own text keeps the source's characters."""
    from dossier_tui.core.build import from_texts

    source = (
        "Commandos\n\nBy Jane Roe\n\n''When I said, 'No boots on the ground,' we're not going to"
        " invade,'' the president said.\n"
    )
    d = from_texts({"a.txt": source})
    (q,) = [q for q in d.quotes if q.text.startswith("When I said")]
    assert "'No boots on the ground,' we're" in q.text
    for style in ("plain", "apa", "mla", "chicago-note"):
        copied = cite_quote(d, q, style)
        assert "‘No boots on the ground,’ we’re not going to invade" in copied, (style, copied)
        assert "'" not in copied.split("\n")[0], (style, copied)


def test_an_unknown_id_with_no_path_says_it_looked_in_the_seeds(capsys, tmp_path):
    """A newcomer who forgets the dossier's PATH is told where the id was looked for."""
    from dossier_tui.cli import main

    assert main(["cite", "nyt_2016-03-04_x:q3"]) == 1
    assert "in the bundled seeds (give the dossier's PATH after the id)" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("Title\n\n“We will talk,” the minister said.\n", encoding="utf-8")
    assert main(["cite", "nyt_2016-03-04_x:q3", str(tmp_path)]) == 1
    assert "bundled seeds" not in capsys.readouterr().err


def test_missing_parts_names_an_unknown_title_and_date_and_nothing_when_known(tmp_path):
    from dossier_tui import load
    from dossier_tui.core.citation import gap_note, missing_parts

    (tmp_path / "a.txt").write_text("It rained.\n\n“We expect rain,” Jane Smith said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "# Rain Expected Monday\n\nMarch 5, 2025\n\n“We expect rain,” Jane Smith said.\n", encoding="utf-8"
    )
    d = load(tmp_path)
    a, b = sorted(d.articles, key=lambda x: x.path)
    assert missing_parts(d, a) == ("title", "date")
    assert missing_parts(d, b) == ()
    assert gap_note(("title", "date")).startswith("no title or date known")
    assert gap_note(()) == ""


def test_cite_cli_warns_on_stderr_when_title_or_date_is_unknown(tmp_path, capsys):
    import json

    from dossier_tui.cli import main

    (tmp_path / "a.txt").write_text("It rained.\n\n“We expect rain,” Jane Smith said.\n", encoding="utf-8")
    assert main(["cite", "a", str(tmp_path), "--style", "apa"]) == 0
    out, err = capsys.readouterr()
    assert "a: no title or date known for this article" in err
    assert "no title" not in out  # the citation itself stays clean for pasting
    assert main(["cite", "a:q1", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["missing"] == ["title", "date"]
    assert "a:q1: no title or date" in err


def test_a_relayed_quote_names_whose_report_it_relays_in_the_journalists_line():
    """ABC relays Lukashenko's words "as quoted by the Belta state-owned news agency": the copied
    line must say so, not credit the words to ABC's own reporting."""
    from dossier_tui import load

    d = load()
    (q,) = [q for q in d.quotes if q.text.startswith("There is no need to push Zelenskyy")]
    plain = cite_quote(d, q, "plain")
    assert "Lukashenko said, according to the Belta state-owned news agency, as reported by ABC News" in plain
    md = cite_quote(d, q, "markdown")
    assert "Alexander Lukashenko, according to the Belta state-owned news agency, as reported by" in md
    # a quote with no relay says nothing of one
    (other,) = [q for q in d.quotes if q.text.startswith("Tell Trump: I am waiting")]
    assert "according to" not in cite_quote(d, other, "plain")


def test_a_relay_that_is_the_speaker_itself_or_cut_at_an_abbreviation_is_left_out(tmp_path):
    from dossier_tui import load

    (tmp_path / "a.txt").write_text(
        "Talks\n\nThe visit was “the high-water mark in their relationship,” according to Mr. Rhodes.\n\n"
        "The pope said critics should “look for a psychiatrist,” according to Reuters.\n\n"
        "“We will rebuild the bridge,” Ann Hale said, according to the Port Ellis Daily.\n",
        encoding="utf-8",
    )
    d = load(tmp_path, cache=False)
    lines = {q.text: cite_quote(d, q, "plain") for q in d.quotes}
    assert "according to Mr" not in lines["the high-water mark in their relationship,"]
    assert "according to Reuters" not in lines["look for a psychiatrist,"]
    assert lines["We will rebuild the bridge,"].endswith("Ann Hale said, according to the Port Ellis Daily.")
