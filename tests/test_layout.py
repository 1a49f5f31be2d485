"""Layout: which lines are body text, which are metadata, and what metadata they give."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core.layout import parse_layout
from dossier_tui.core.loader import seed_dir

SEED_000 = "000_5ceccdedb855cc9c.txt"
SEED_004 = "004_44a9903ac4ae7c3f.txt"


def seed(name: str) -> str:
    return (seed_dir() / name).read_text(encoding="utf-8")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text(text)[:40]) for p in parse_layout(text).paragraphs]


# --- the seeds ----------------------------------------------------------------------------------


def test_seed_000_layout():
    text = seed(SEED_000)
    got = kinds(text)
    assert got[:4] == [
        ("title", "Lukashenko Offers to Host Russia-Ukraine"),
        ("byline", "By [AFP](#)"),
        ("date", "March 05, 2025"),
        ("caption", "Belarusian President Alexander Lukashenk"),
    ]
    assert [k for k, _ in got[4:9]] == ["body"] * 5
    assert got[9] == ("related", "**Related article:** [Trump Says Zelensk")
    assert [k for k, _ in got[10:17]] == ["body"] * 7
    assert [k for k, _ in got[17:]] == ["url", "url"]
    assert len(got) == 19


def test_seed_000_broken_paragraph_is_rejoined():
    text = seed(SEED_000)
    joined = [p for p in parse_layout(text).paragraphs if len(p.segments) > 1]
    assert len(joined) == 1
    (p,) = joined
    assert p.kind == "body"
    assert len(p.segments) == 2
    assert text[p.segments[0][0] : p.segments[0][1]].endswith("Ukrainian President Volodymyr")
    assert (
        text[p.segments[1][0] : p.segments[1][1]]
        == "Zelensky “since a large part of Ukrainian society is with him.”"
    )
    assert p.text(text).endswith(
        "Ukrainian President Volodymyr Zelensky “since a large part of Ukrainian society is with him.”"
    )


def test_seed_000_metadata():
    meta = parse_layout(seed(SEED_000)).meta
    assert meta.value("title") == "Lukashenko Offers to Host Russia-Ukraine Peace Talks"
    assert meta.value("authors") == ("AFP",)
    assert meta.value("wire") == "AFP"
    assert meta.value("date") == "2025-03-05"
    assert meta.value("outlet") == "The Moscow Times"
    assert meta.value("url") == (
        "https://www.themoscowtimes.com/2025/03/05/lukashenko-offers-to-host-russia-ukraine-peace-talks-a-88252"
    )
    assert meta.dateline is None
    assert (meta.title.provenance.rule, meta.title.provenance.line) == ("markdown-heading", 3)
    assert (meta.authors.provenance.rule, meta.authors.provenance.line) == ("byline", 5)
    assert meta.date.provenance.line == 7
    assert meta.outlet.provenance.rule == "url-domain"
    assert meta.url.provenance.line == 43


def test_seed_004_layout_and_metadata():
    text = seed(SEED_004)
    layout = parse_layout(text)
    paras = layout.paragraphs
    assert [(p.kind, p.text(text)) for p in paras[:2]] == [
        ("date", "date 2025-03-05"),
        (
            "caption",
            text[text.index("Belarusian") : text.index("(Photo by Contributor/Getty Images)") + 35],
        ),
    ]
    assert paras[2].kind == "body" and paras[2].text(text).startswith("(LONDON) -- Belarusian President")
    assert [p.kind for p in paras[2:-1]] == ["body"] * (len(paras) - 3)
    assert (paras[-1].kind, paras[-1].text(text)) == (
        "footer",
        "Copyright © 2025, ABC Audio. All rights reserved.",
    )
    meta = layout.meta
    assert meta.value("date") == "2025-03-05"
    assert meta.date.provenance.line == 1
    assert meta.value("dateline") == "LONDON"
    assert meta.dateline.provenance.line == 3
    assert meta.value("outlet") == "ABC News"
    assert meta.outlet.provenance.rule == "copyright-holder"
    assert meta.title is None and meta.url is None and meta.authors is None


def test_body_paragraphs_have_no_surrounding_whitespace_and_no_quotes_outside_body():
    for name in (SEED_000, SEED_004):
        text = seed(name)
        for p in parse_layout(text).paragraphs:
            for a, b in p.segments:
                assert text[a:b] == text[a:b].strip()
            if p.kind in ("caption", "related", "footer", "byline", "date", "url"):
                assert "“" not in p.text(text) and '"' not in p.text(text)


# --- generic rules ------------------------------------------------------------------------------


def test_bylines():
    for line, authors, wire in [
        ("By Jane Doe", ("Jane Doe",), None),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith"), None),
        ("By Jane Doe, John Smith and Ann Lee", ("Jane Doe", "John Smith", "Ann Lee"), None),
        ("By [Jane Doe](https://example.com/jd)", ("Jane Doe",), None),
        ("By AFP", ("AFP",), "AFP"),
        ("By Jane Doe, Associated Press", ("Jane Doe",), "AP"),
        ("**By Maria de la Cruz | Reuters**", ("Maria de la Cruz",), "Reuters"),
    ]:
        meta = parse_layout(f"Some Headline Here\n\n{line}\n\nBody text of the article goes on here.\n").meta
        assert meta.value("authors") == authors, line
        assert meta.value("wire") == wire, line


def test_a_sentence_starting_with_by_is_not_a_byline():
    text = "Some Headline Here\n\nBy Tuesday, officials had agreed to meet again in Minsk.\n"
    layout = parse_layout(text)
    assert layout.meta.authors is None
    assert layout.paragraphs[1].kind == "body"


def test_dates_in_common_formats():
    for line, iso in [
        ("March 5, 2025", "2025-03-05"),
        ("Mar. 5, 2025", "2025-03-05"),
        ("5 March 2025", "2025-03-05"),
        ("Wednesday, March 5, 2025", "2025-03-05"),
        ("2025-03-05", "2025-03-05"),
        ("Published: 2025-03-05T10:30:00Z", "2025-03-05"),
        ("Updated 10:32 AM EST, Wed March 5, 2025", "2025-03-05"),
        ("March 5, 2025 10:30 AM ET", "2025-03-05"),
    ]:
        layout = parse_layout(f"Some Headline Here\n\n{line}\n\nBody text of the article.\n")
        assert layout.meta.value("date") == iso, line
        assert layout.paragraphs[1].kind == "date", line


def test_impossible_date_is_not_a_date():
    layout = parse_layout("Some Headline Here\n\nFebruary 30, 2025\n\nBody text.\n")
    assert layout.meta.date is None


def test_captions_and_credits():
    for line in [
        "Protesters gather in Minsk on Tuesday. (Photo by Jane Doe/Getty Images)",
        "Protesters gather in Minsk. John Moore/Getty Images",
        "Protesters gather in Minsk. Gary Cameron/Reuters.",
        "Protesters gather in Minsk. Reuters/Vasily Fedosenko",
        "Photo: Jane Doe",
        "![Protesters](https://example.com/p.jpg)",
        "Alexander Lukashenko. [president.gov.by](http://president.gov.by)",
    ]:
        layout = parse_layout(f"Some Headline Here\n\n{line}\n\nBody text of the article.\n")
        assert layout.paragraphs[1].kind == "caption", line


def test_body_mentioning_getty_is_body():
    text = (
        "Some Headline Here\n\nThe agency said on Tuesday that its photographers had sold pictures to many "
        "newspapers across Europe, Asia, and the Americas over the past decade, a spokesman for Getty Images said.\n"
    )
    assert parse_layout(text).paragraphs[1].kind == "body"


def test_footers_related_and_url_lines():
    text = (
        "Some Headline Here\n\nBody text of the article, long enough to count as a paragraph.\n\n"
        "Read more: [Other story](https://example.com/other)\n\n"
        "© 2024 The New York Times Company\n\n"
        "Source: https://www.nytimes.com/2024/01/02/world/story.html\n"
    )
    layout = parse_layout(text)
    assert [p.kind for p in layout.paragraphs] == ["title", "body", "related", "footer", "url"]
    assert layout.meta.value("url") == "https://www.nytimes.com/2024/01/02/world/story.html"
    assert layout.meta.value("outlet") == "The New York Times"
    assert layout.meta.outlet.provenance.rule == "url-domain"
    assert layout.meta.value("date") == "2024-01-02"
    assert layout.meta.date.provenance.rule == "url-path-date"


def test_copyright_of_a_wire_is_a_wire_not_an_outlet():
    text = (
        "Some Headline Here\n\nBody text here.\n\nCopyright 2025 The Associated Press. All rights reserved.\n"
    )
    meta = parse_layout(text).meta
    assert meta.outlet is None
    assert meta.value("wire") == "AP"


def test_unknown_domain_falls_back_to_the_domain():
    meta = parse_layout("Body text of it.\n\nOriginal url: https://www.example-news.org/a/b\n").meta
    assert meta.value("outlet") == "example-news.org"
    assert meta.outlet.provenance.rule == "url-domain-generic"


def test_known_domains():
    for url, outlet in [
        ("https://abcnews.go.com/International/x", "ABC News"),
        ("https://www.washingtonpost.com/x", "The Washington Post"),
        ("https://www.huffingtonpost.com/x", "HuffPost"),
        ("https://eu.usatoday.com/story/x", "USA Today"),
        ("https://www.bbc.co.uk/news/x", "BBC News"),
        ("https://www.theguardian.com/world/x", "The Guardian"),
        ("https://edition.cnn.com/x", "CNN"),
    ]:
        meta = parse_layout(f"Body text.\n\nURL: {url}\n").meta
        assert meta.value("outlet") == outlet, url


def test_datelines():
    for first, place, wire in [
        ("(LONDON) -- The talks went on.", "LONDON", None),
        ("WASHINGTON — The talks went on.", "WASHINGTON", None),
        ("PORTSMOUTH, N.H. — The talks went on.", "PORTSMOUTH, N.H.", None),
        ("KYIV, Ukraine (AP) — The talks went on.", "KYIV, Ukraine", "AP"),
        ("Cleveland (AFP) – The talks went on.", "Cleveland", "AFP"),
        ("DES MOINES, Iowa, Aug. 10 (UPI) — The talks went on.", "DES MOINES, Iowa", "UPI"),
        ("PASADENA, Calif., Jan. 1 (UPI) -- The talks went on.", "PASADENA, Calif.", "UPI"),
        ("PURCHASE, N.Y., April 1, 2016 (AP) — The talks went on.", "PURCHASE, N.Y.", "AP"),
        ("WASHINGTON, Dec. 8 (UPI) — The talks went on.", "WASHINGTON", "UPI"),
    ]:
        layout = parse_layout(f"Some Headline Here\n\n{first}\n")
        assert layout.meta.value("dateline") == place, first
        assert layout.meta.value("wire") == wire, first
        assert layout.paragraphs[1].kind == "body"


def test_a_dash_after_a_name_is_not_a_dateline():
    meta = parse_layout("Some Headline Here\n\nTrump — the candidate — spoke.\n").meta
    assert meta.dateline is None


def test_never_invent_a_title():
    # A first line that is a sentence is body text, not a title.
    layout = parse_layout(
        "The minister said on Tuesday that talks would resume.\n\nMore text follows here.\n"
    )
    assert layout.meta.title is None
    assert layout.paragraphs[0].kind == "body"
    # A single line is not a title of nothing.
    assert parse_layout("Talks Resume In Minsk\n").meta.title is None


def test_a_title_keeps_its_words_not_its_markdown():
    """Titles are cited and exported: ``*emphasis*`` and links are reduced to their words, the
    paragraph's source text is untouched, and asterisks that are not emphasis stay."""
    cases = {
        "# Trump's *Second Amendment* remark draws fire\n": "Trump's Second Amendment remark draws fire",
        "# **Talks** resume in [Minsk](https://example.org)\n": "Talks resume in Minsk",
        "**Ceasefire Holds Along *The* Border**\n": "Ceasefire Holds Along The Border",
        "# Why 2*3*4 Is Not Emphasis\n": "Why 2*3*4 Is Not Emphasis",
    }
    for first, want in cases.items():
        text = first + "\nThe minister said the talks went well, and more would follow.\n"
        layout = parse_layout(text)
        assert layout.meta.title is not None, first
        assert layout.meta.title.value == want
        title = next(p for p in layout.paragraphs if p.kind == "title")
        assert title.text(text) in first


def test_title_hint_accepts_a_headline_ending_in_a_period():
    text = "Trump fever infects convention finale.\n\nThe Trump troops embraced their nominee.\n"
    assert parse_layout(text).meta.title is None
    layout = parse_layout(text, title_hint="Trump fever infects convention finale")
    assert layout.paragraphs[0].kind == "title"


def test_a_first_line_the_file_name_spells_is_the_title():
    """Saved pages are named after their headline's slug, often behind an outlet and a date and cut
    short: such a first line is the title even with a final period; a name that does not spell it
    changes nothing."""
    body = "\n\nWASHINGTON — The senator said on Tuesday that the talks would resume next week.\n"
    cases = [  # (first line, file name, title: a headline's final period and ";" left out)
        (
            "Poll: Trump a big turnoff for Florida voters.",
            "politico_2016-04-22_poll-trump-a-big-turnoff-for-flo",
            "Poll: Trump a big turnoff for Florida voters",
        ),
        ("10 Things to Know for Today.", "things-to-know-for-today", "10 Things to Know for Today"),
        (
            "U.S. Nominates Kim for 2nd Term at World Bank.",
            "nyt_2016-08-26_u-s-nominates-kim-for-n",
            "U.S. Nominates Kim for 2nd Term at World Bank",
        ),
        ("Talks Move to the U.S.", "talks-move-to-the-u-s", "Talks Move to the U.S."),  # its own period
        (
            "Roasts and toasts for the season;",
            "roasts-and-toasts-for-the-season-dealbook",
            "Roasts and toasts for the season",
        ),
    ]
    for first, name, title in cases:
        meta = parse_layout(first + body, name_hint=name).meta
        assert meta.title is not None and meta.title.value == title, name
        assert meta.title.provenance.detail == first  # the line as written
        assert meta.title.provenance.rule == "first-line-as-file-name"
        assert parse_layout(first + body).meta.title is None  # the rule needs the name
    for name in ("notes", "senate-budget-vote-delayed", "poll-trump-a-big-win"):
        assert parse_layout(cases[0][0] + body, name_hint=name).meta.title is None, name


def test_a_headlines_second_line_is_not_body_text():
    """``Headline; / deck``: the deck under a title ending in ";" or ":" holds no story (and its
    quoted words are not quotes); a line after a blank line, or under a title that ends otherwise,
    is body as before."""
    deck = (
        "Obama rips rhetoric over 'radical Islam';\nHe lashes out at critics over 'political distraction.'\n"
    )
    story = "\nPresident Obama rebuked critics who say he should use the label, and said so twice.\n"
    text = deck + story
    layout = parse_layout(text, title_hint="Obama rips rhetoric over 'radical Islam'")
    kinds = [(p.kind, p.text(text)[:12]) for p in layout.paragraphs]
    assert kinds == [("title", "Obama rips r"), ("other", "He lashes ou"), ("body", "President Ob")]
    spaced = deck.replace("\nHe", "\n\nHe") + story
    layout = parse_layout(spaced, title_hint="Obama rips rhetoric over 'radical Islam'")
    assert [p.kind for p in layout.paragraphs] == ["title", "body", "body"]


def test_headings_and_list_items_are_not_broken_sentences():
    text = (
        "# Main Title\n\nThe report lists three points about the talks in Minsk\n\n"
        "- first point\n\n- second point\n\n## What Happens Next\n\nThe talks resume on Monday.\n"
    )
    paras = parse_layout(text).paragraphs
    assert [(p.kind, len(p.segments)) for p in paras] == [
        ("title", 1),
        ("body", 1),
        ("body", 1),
        ("body", 1),
        ("other", 1),
        ("body", 1),
    ]


def test_lowercase_continuation_is_rejoined_and_finished_sentences_are_not():
    text = "Title Words Here\n\nOfficials said the talks in\n\nminsk would resume.\n\nAnother paragraph.\n"
    paras = parse_layout(text).paragraphs
    assert [len(p.segments) for p in paras] == [1, 2, 1]
    assert paras[1].text(text) == "Officials said the talks in minsk would resume."


def test_hard_wrapped_block_is_one_paragraph():
    text = (
        "Title Words Here\n\nThe minister said that the talks would resume\n"
        "next week in Minsk, and that both sides had\nagreed to the venue.\n\nNext paragraph.\n"
    )
    paras = parse_layout(text).paragraphs
    assert len(paras[1].segments) == 3
    assert paras[1].text(text) == (
        "The minister said that the talks would resume next week in Minsk, and that both sides had agreed to the venue."
    )


def test_crlf_offsets_point_at_the_source():
    text = "Title Words Here\r\n\r\nBy Jane Doe\r\n\r\nBody text of it.\r\nMore of it.\r\n"
    layout = parse_layout(text)
    assert [p.text(text) for p in layout.paragraphs] == [
        "Title Words Here",
        "By Jane Doe",
        "Body text of it.",
        "More of it.",
    ]
    assert layout.meta.authors.provenance.line == 3


# --- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [
        *(string.ascii_letters + string.digits + " .,:;!?-—()[]#*_/\"'“”‘’«»©"),
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        " ",
        "By ",
        "March 5, 2025",
        "(Photo by X/Getty Images)",
        "https://a.com/x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_layout_never_raises_and_segments_are_valid(text):
    layout = parse_layout(text)
    last = -1
    for i, p in enumerate(layout.paragraphs):
        assert p.index == i
        for a, b in p.segments:
            assert 0 <= a < b <= len(text)
            assert a >= last  # in order, never overlapping
            last = b
            seg = text[a:b]
            assert seg == seg.strip() and "\n" not in seg and "\r" not in seg
    for name in ("title", "outlet", "authors", "wire", "date", "url", "dateline"):
        f = getattr(layout.meta, name)
        assert f is None or (f.value and f.provenance.rule)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_layout_never_raises_on_any_unicode(text):
    layout = parse_layout(text)
    for p in layout.paragraphs:
        for a, b in p.segments:
            assert text[a:b].strip() == text[a:b] != ""


def test_archive_section_labels_are_not_body_paragraphs():
    text = (
        "# Voters weigh the levy\n\nABSTRACT.\n\n"
        "The council's levy divides the town.\n\nFULL TEXT.\n\n"
        "The council met on Monday to vote on the levy.\n\nThe vote was close.\n"
    )
    body = [t for k, t in kinds(text) if k == "body"]
    assert body == [
        "The council's levy divides the town.",
        "The council met on Monday to vote on the",
        "The vote was close.",
    ]
    # a sentence that merely starts with such a word stays body text
    assert ("body", "Summary: the council voted.") in kinds("# A title\n\nSummary: the council voted.\n")


def test_short_lines_between_the_title_and_a_dateline_are_decks_not_paragraphs():
    text = (
        "Voters skeptical as Hale vows change.\n\n"
        "Amid fury at the system, she's seen as 'part of the people in power.'\n\n"
        "BUENA PARK, Calif. - Rallying hundreds of service workers, Ann Hale tried to empathize.\n\n"
        "“We will fix it,” she said.\n"
    )
    lay = parse_layout(text, title_hint="Voters skeptical as Hale vows change.")  # (as a manifest gives it)
    body = [text[p.segments[0][0] : p.segments[-1][1]] for p in lay.paragraphs if p.kind == "body"]
    assert body[0].startswith("BUENA PARK, Calif. -")
    assert lay.meta.value("dateline") == "BUENA PARK, Calif."


def test_without_a_dateline_a_short_first_paragraph_stays_the_lede():
    text = (
        "Trump's getting trounced in Indiana.\n\n"
        "Indiana hasn't cast its ballots for president yet, but Donald Trump is already losing.\n\n"
        "Republican Party insiders in the state will select 27 delegates to the national convention.\n"
    )
    body = [
        p
        for p in parse_layout(text, title_hint="Trump's getting trounced in Indiana.").paragraphs
        if p.kind == "body"
    ]
    assert text[body[0].segments[0][0] :].startswith("Indiana hasn't cast")
