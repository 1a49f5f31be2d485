"""Markdown syntax in a clipping is shown as the source has it, dimmed, with the marked text styled:
the reader's characters stay the source's, so quotes, hits and selections keep their offsets."""

from __future__ import annotations

from conftest import screen_text, settle, write_articles
from hypothesis import given
from hypothesis import strategies as st

import dossier_tui
from dossier_tui.tui.factory import make_app
from dossier_tui.tui.markdown_marks import markdown_marks
from dossier_tui.tui.theme import MARKUP_STYLE

ARTICLE = (
    "# Talks in Minsk\n\nBy [Jane Roe](https://example.org/roe)\n\n"
    "**Related article:** [Earlier talks fail](https://example.org/a)\n\n"
    "“We are *ready* to talk,” the minister said, citing a **firm** offer and 2*3*4 tables.\n"
)


def _styled(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, b, style in markdown_marks(text):
        out.setdefault(text[a:b], set()).add(style)
    return out


def test_links_emphasis_and_headings_are_styled_not_removed():
    marks = _styled("**Related article:** [Earlier talks fail](https://example.org/a) and *this*")
    assert marks["Related article:"] == {"bold"}
    assert marks["Earlier talks fail"] == {"underline"}
    assert marks["this"] == {"italic"}
    for syntax in ("[", "](https://example.org/a)", "**", "*"):
        assert marks[syntax] == {MARKUP_STYLE}
    assert _styled("# Title")["# "] == {MARKUP_STYLE}


def test_arithmetic_snake_case_and_lone_marks_are_left_alone():
    assert markdown_marks("2*3*4 is snake_case_name and a * star and [a bracket] (aside)") == []


@given(st.text(alphabet=st.sampled_from([*"ab *_#[]()!\n"]), max_size=60))
def test_marks_stay_inside_the_text(text):
    for a, b, _ in markdown_marks(text):
        assert 0 <= a <= b <= len(text)


async def test_the_reader_shows_the_source_characters_with_the_syntax_dimmed(tmp_path):
    dossier = dossier_tui.load(write_articles(tmp_path, {"talks.md": ARTICLE}))
    (quote,) = dossier.quotes
    app = make_app(dossier=dossier)
    async with app.run_test(size=(240, 40)) as pilot:  # wide: no line wraps inside the link
        await settle(pilot)
        shown = screen_text(app)
        assert "**Related article:** [Earlier talks fail](https://example.org/a)" in shown
        assert "“We are *ready* to talk,”" in shown
        reader = app.main_screen.reader
        styled: dict[str, set[str]] = {}
        for y in range(len(reader._lines)):
            content = reader._line_content(y)
            for span in content.spans:
                styled.setdefault(content.plain[span.start : span.end], set()).add(str(span.style))
        assert MARKUP_STYLE in styled["["] and MARKUP_STYLE in styled["](https://example.org/a)"]
        assert "underline" in styled["Earlier talks fail"]
        assert "bold" in styled["Related article:"]
        assert "bold reverse" in styled[quote.text]  # the quote keeps its own highlight over the syntax


def test_stray_html_tags_are_dimmed_and_their_text_kept():
    text = 'He wrote <tweet id="1" author="@Ann">We won.</tweet> and 3 < 4 > 2 stays.'
    marks = _styled(text)
    assert marks['<tweet id="1" author="@Ann">'] == {MARKUP_STYLE}
    assert marks["</tweet>"] == {MARKUP_STYLE}
    assert "We won." not in marks and not any("3 <" in k for k in marks)
