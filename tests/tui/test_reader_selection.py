"""Selecting article text with the mouse in the reader, and ctrl+c copying it as the article reads."""

from __future__ import annotations

from conftest import screen_text, settle, write_articles

from dossier_tui.tui.factory import make_app

BODY = (
    "The minister arrived in Minsk on Monday for talks that were expected to last well into the "
    "night, officials said."
)
QUOTE = "“We will not accept this, and we will say so to anyone who asks us about it,” the minister said."
TEXT = f"Headline of the day\n\n{BODY}\n\n{QUOTE}\n"


def where(reader, word: str, last: bool = False) -> tuple[int, int]:
    """Widget offset (x, y) of the first (or last) character of ``word`` as drawn now."""
    gutter_x = reader.content_region.x - reader.region.x
    gutter_y = reader.content_region.y - reader.region.y - int(reader.scroll_y)
    for y, (block, start, end) in enumerate(reader._lines):
        if block >= 0 and (i := reader._texts[block].find(word, start, end)) >= 0:
            return gutter_x + i - start + (len(word) - 1 if last else 0), gutter_y + y
    raise AssertionError(f"{word!r} is not on screen")


async def drag(pilot, reader, start: tuple[int, int], end: tuple[int, int]) -> None:
    await pilot.mouse_down(reader, offset=start)
    await pilot.hover(reader, offset=end)
    await pilot.mouse_up(reader, offset=end)
    await pilot.pause()


async def test_a_selection_over_wrapped_lines_copies_the_sentence_as_written(tmp_path):
    app = make_app([str(write_articles(tmp_path, {"a.txt": TEXT}))])
    async with app.run_test(size=(80, 30), notifications=True) as pilot:
        await settle(pilot)
        reader = app.main_screen.query_one("Reader")
        start, end = where(reader, "minister"), where(reader, "night", last=True)
        assert end[1] >= start[1] + 2  # the sentence really is wrapped over three lines here
        await drag(pilot, reader, start, end)
        await pilot.press("ctrl+c")
        await pilot.pause()
        want = "minister arrived in Minsk on Monday for talks that were expected to last well into the night"
        assert app.clipboard == want
        assert "Copied selection" in screen_text(app)


async def test_a_selection_across_paragraphs_keeps_them_apart(tmp_path):
    app = make_app([str(write_articles(tmp_path, {"a.txt": TEXT}))])
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        reader = app.main_screen.query_one("Reader")
        await drag(pilot, reader, where(reader, "officials"), where(reader, "accept", last=True))
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == "officials said.\n\n“We will not accept"


async def test_hostile_text_is_copied_without_its_escapes(tmp_path):
    hostile = "Title here\n\nThe \x1b]52;c;aGk=\x07minister [@click=app.quit]said[/] it \x1b[31mloudly.\n"
    app = make_app([str(write_articles(tmp_path, {"a.txt": hostile}))])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.main_screen.query_one("Reader")
        await drag(pilot, reader, where(reader, "The"), where(reader, "loudly", last=True))
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running
        assert "[@click=app.quit]said[/]" in app.clipboard
        assert "\x1b" not in app.clipboard and "\x07" not in app.clipboard
