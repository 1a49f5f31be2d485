"""The line-API reader at scale: a 10,000-paragraph article and a 100,000-character quote open and
scroll; highlighting, ``[``/``]``, clicks and resizing behave as on a small article; and the word
wrapper it relies on keeps every character (hypothesis)."""

from __future__ import annotations

import pytest
from conftest import _paragraphs, screen_text, settle, write_articles
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

import dossier_tui
from dossier_tui.core.model import Article, Dossier, Quote
from dossier_tui.tui.factory import make_app
from dossier_tui.tui.widgets.reader import Reader
from dossier_tui.tui.wrap import wrap_offsets


def _reader_lines(app) -> list[str]:
    """The reader's rows as the user sees them (between its borders)."""
    reader = app.main_screen.reader
    region = reader.region
    lines = screen_text(app).splitlines()[region.y + 1 : region.bottom - 1]
    return [line[region.x + 1 : region.right - 1] for line in lines]


@pytest.fixture
def long_article(tmp_path):
    paras = [f"Paragraph number {n} of the long article, with some words to wrap." for n in range(10_000)]
    paras[5000] = "“We will never give up,” the minister said at the end."
    paras[9999] = "“This is the last word,” the spokesman said."
    folder = write_articles(tmp_path, {"long.txt": "Long article\n\n" + "\n\n".join(paras) + "\n"})
    return dossier_tui.load(folder)


async def test_ten_thousand_paragraphs_open_and_walk_to_the_last_quote(long_article):
    quotes = long_article.quotes
    assert len(quotes) >= 2
    app = make_app(dossier=long_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.main_screen.reader
        assert reader.quote_id == quotes[0].id
        # opened at its top, with its first quote (far below) selected; the first ] shows it
        assert any("Paragraph number 0 of the long" in line for line in _reader_lines(app))
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.quote_id == quotes[0].id
        assert any("We will never give up" in line for line in _reader_lines(app))
        # only what is on screen was styled, not 10,000 paragraphs
        assert len(reader._spans) < 60
        await pilot.press("left_square_bracket")  # wraps to the last quote, at the very end
        await settle(pilot)
        assert reader.quote_id == quotes[-1].id
        assert any("This is the last word" in line for line in _reader_lines(app))
        reader.focus()
        await pilot.press("g")
        await settle(pilot)
        assert any("Paragraph number 0 of the long" in line for line in _reader_lines(app))
        await pilot.press("G")
        await settle(pilot)
        assert any("Paragraph number 9998" in line for line in _reader_lines(app))


async def test_a_100000_character_quote_opens_and_scrolls():
    body = " ".join(f"word{n}" for n in range(15_000))
    assert len(body) > 100_000
    text = f"Huge quote\n\nThe senator said: “{body} final.”\n\nAfterwards, nothing.\n"
    # built by hand: the core may cap quote length; the reader must not care
    start = text.index("“") + 1
    end = text.index("”")
    article = Article("huge", "huge.txt", text, _paragraphs(text))
    quote = Quote("huge:q1", "huge", start, end, text[start:end], 1, "full", None)
    dossier = Dossier("Huge", (article,), (quote,), ())
    assert quote.end - quote.start > 100_000
    app = make_app(dossier=dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.main_screen.reader
        assert reader.quote_id == quote.id
        assert any("word0 word1" in line for line in _reader_lines(app))
        reader.focus()
        await pilot.press("G")
        await settle(pilot)
        assert any("final.”" in line for line in _reader_lines(app))
        assert any("Afterwards, nothing." in line for line in _reader_lines(app))


async def test_clicking_a_quote_selects_it_and_the_inspector_follows(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")  # The Moscow Times: two quotes, the first selected
        await settle(pilot)
        main = app.main_screen
        assert main.reader.quote_id == "mt:q1"
        lines = screen_text(app).splitlines()
        row = next(n for n, line in enumerate(lines) if "a brilliant idea" in line)
        col = lines[row].index("a brilliant idea")
        await pilot.click(offset=(col + 3, row))
        await settle(pilot)
        assert main.reader.quote_id == "mt:q2"
        assert main.inspector.quote_id == "mt:q2"
        # a click on plain text selects nothing new
        row = next(n for n, line in enumerate(lines) if "praised Trump" in line)
        await pilot.click(offset=(lines[row].index("praised"), row))
        await settle(pilot)
        assert main.reader.quote_id == "mt:q2"


async def test_resizing_keeps_the_same_text_at_the_top(long_article):
    app = make_app(dossier=long_article)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        reader: Reader = app.main_screen.reader
        reader.scroll_to(y=3000, animate=False, immediate=True)
        await settle(pilot)
        top_before = reader._line_anchor(int(reader.scroll_y))
        assert top_before is not None
        for size in ((80, 24), (40, 12), (200, 60)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert app.is_running
            top = reader._line_anchor(int(reader.scroll_y))
            assert top is not None and top[0] == top_before[0]  # same paragraph at the top


async def test_selected_quote_and_hits_are_styled_on_the_visible_line(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        reader = app.main_screen.reader
        ys = [n for n, (block, _, _) in enumerate(reader._lines) if block == 1]  # the quote's paragraph
        styles = {str(span.style) for y in ys for span in reader._line_content(y).spans}
        assert "bold reverse" in styles  # the selected quote
        assert any("underline" in s for s in styles)  # its cue and mention


# -- the wrapper ---------------------------------------------------------------------------------

TEXT = st.text(
    alphabet=st.sampled_from([*"ab “”’—é ", "\u200b", "\u0301", "中", "😀", "\u00a0", "ß"]),
    max_size=300,
).map(lambda s: s.replace("\n", " "))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=1, max_value=40))
def test_wrap_keeps_every_character_once_and_fits(text, width):
    lines = wrap_offsets(text, width)
    covered = []
    prev_end = 0
    for start, end in lines:
        assert prev_end <= start <= end <= len(text)
        assert text[start:end] == text[start:end].strip(" ")
        piece = text[start:end]
        assert cell_len(piece) <= width or cell_len(piece[0]) > width  # only a too-wide character
        covered.extend(range(start, end))
        prev_end = end
    outside = set(range(len(text))) - set(covered)
    assert all(text[i] == " " for i in outside)


def test_wrap_breaks_at_spaces_and_cuts_long_words():
    text = "Tell Trump “I expect him” here abcdefghijklmnop"
    assert [text[a:b] for a, b in wrap_offsets(text, 12)] == [
        "Tell Trump",
        "“I expect",
        "him” here",
        "abcdefghijkl",
        "mnop",
    ]
    cjk = "中文字符测试"
    assert [cjk[a:b] for a, b in wrap_offsets(cjk, 5)] == ["中文", "字符", "测试"]
