"""Hostile article text is inert: rendered literally, nothing clickable, no escape byte reaches the
terminal, and clipboard payloads, notifications, search results and palette hits are clean too."""

from __future__ import annotations

import io

from conftest import screen_text, settle, write_articles

import dossier_tui
from dossier_tui.tui.clipboard import clean_payload
from dossier_tui.tui.factory import make_app

OSC52 = "\x1b]52;c;ZXZpbA==\x07"
HOSTILE = (
    "Markup test [@click=app.quit]x[/] headline\n\n"
    f"The minister said “[/bold] stay [$accent] calm \x1b[31mred\x1b[0m{OSC52} now,” at the meeting.\n\n"
    "Closing [bold]paragraph[/bold] with [link=https://evil.example]a link[/link].\n"
)


def _load_hostile(tmp_path):
    return dossier_tui.load(write_articles(tmp_path, {"hostile.txt": HOSTILE}))


async def test_hostile_article_renders_literally_and_click_fires_nothing(tmp_path):
    dossier = _load_hostile(tmp_path)
    messages: list = []
    app = make_app(dossier=dossier)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[@click=app.quit]x[/]" in text
        assert "[/bold]" in text
        assert "[$accent]" in text
        assert "[bold]paragraph[/bold]" in text
        assert "\x1b" not in text
        assert "red" in text and "[31m" not in text
        assert "52;c;" not in text
        # click every character of the markup line: nothing quits, no action runs
        lines = text.splitlines()
        for row, line in enumerate(lines):
            if "[@click=app.quit]" in line:
                col = line.index("[@click")
                for dx in range(len("[@click=app.quit]x[/]")):
                    await pilot.click(offset=(col + dx, row))
                    await pilot.pause()
        assert app.is_running
        assert app.return_code is None
        assert not [m for m in messages if type(m).__name__ in ("ExitApp", "Quit")]


async def test_no_escape_byte_reaches_the_terminal(tmp_path, monkeypatch):
    """Everything the driver writes: only Textual's own sequences, none from the article."""
    dossier = _load_hostile(tmp_path)
    app = make_app(dossier=dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # Render the whole screen through a real (recording) terminal console.
        from rich.console import Console

        out = io.StringIO()
        console = Console(file=out, width=120, height=40, force_terminal=True, color_system="truecolor")
        console.print(app.screen._compositor.render_update(full=True))
        written = out.getvalue()
        assert "\x1b]52" not in written  # the article's OSC 52 never reaches the terminal
        assert "\x1b[31m" not in written  # nor its raw colour codes
        assert "ZXZpbA==" not in written


async def test_copy_search_and_notifications_are_clean(tmp_path):
    dossier = _load_hostile(tmp_path)
    assert dossier.quotes, "the hostile paragraph has a quote"
    app = make_app(dossier=dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.clipboard
        assert "\x1b" not in app.clipboard and "\x07" not in app.clipboard
        assert "[/bold]" in app.clipboard  # literal text is kept, only controls go
        text = screen_text(app)
        assert "Copied quote + citation" in text
        assert "\x1b" not in text
        await pilot.press("slash", *"accent")
        await settle(pilot)
        text = screen_text(app)
        assert "[$accent]" in text
        assert "\x1b" not in text


async def test_palette_hits_show_markup_literally(tmp_path):
    dossier = _load_hostile(tmp_path)
    app = make_app(dossier=dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"markup test")
        await pilot.pause(0.5)
        await settle(pilot)
        text = screen_text(app)
        assert "[@click=app.quit]x[/]" in text
        assert app.is_running


def test_clean_payload_strips_controls_keeps_text():
    assert clean_payload(f"a{OSC52}b\x1b[1mc\r\nd\te") == "abc\nd\te"


async def test_hostile_text_wrapped_by_the_line_reader_stays_literal(tmp_path):
    """The line-API reader cuts the hostile paragraph into many short lines: every piece is still
    literal text, clicking anywhere in the reader fires nothing, no escape byte is drawn."""
    dossier = _load_hostile(tmp_path)
    messages: list = []
    app = make_app(dossier=dossier)
    async with app.run_test(size=(40, 30), message_hook=messages.append) as pilot:
        await settle(pilot)
        reader = app.main_screen.reader
        shown = "".join(
            "".join(seg.text for seg in reader._strips.get((y, reader._layout_width)) or ())
            for y in range(len(reader._lines))
        )
        assert "\x1b" not in shown and "\x07" not in shown
        text = screen_text(app)
        assert "[/bold]" in text and "[$accent]" in text
        region = reader.content_region
        for y in range(region.y, region.bottom):
            for x in range(region.x, region.right, 6):
                await pilot.click(offset=(x, y))
        await settle(pilot)
        assert app.is_running and app.return_code is None
        assert not [m for m in messages if type(m).__name__ in ("ExitApp", "Quit")]


async def test_palette_quote_hits_from_the_search_engine_are_literal(tmp_path):
    dossier = _load_hostile(tmp_path)
    app = make_app(dossier=dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"stay calm")
        await pilot.pause(0.5)
        await settle(pilot)
        text = screen_text(app)
        assert "[/bold] stay [$accent] calm" in text
        assert "\x1b" not in text and "52;c;" not in text
        assert app.is_running
