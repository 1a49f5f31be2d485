"""Terminal sizes from 40x12 to 200x60 and live resizing; startup loads in a worker; failures
inside workers become notices, never crashes."""

from __future__ import annotations

import pytest
from conftest import screen_text, settle, write_articles

from dossier_tui.tui.factory import make_app


@pytest.mark.parametrize("size", [(40, 12), (60, 16), (80, 24), (120, 40), (200, 60)])
async def test_sizes_render_and_keys_work(small_dossier, size):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for key in (
            "j",
            "right_square_bracket",
            "tab",
            "slash",
            "escape",
            "question_mark",
            "escape",
            "p",
            "escape",
        ):
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        assert app.is_running
        assert "Talks offer" in screen_text(app)


async def test_live_resize_does_not_crash(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        for size in ((80, 24), (40, 12), (30, 8), (160, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.is_running
        assert app.main_screen.has_class("-normal")


async def test_wide_terminal_puts_inspector_beside_reader(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        main = app.main_screen
        assert main.has_class("-wide")
        assert main.inspector.region.y == main.reader.region.y
        assert main.inspector.region.x > main.reader.region.x


@pytest.mark.parametrize("width", [150, 160, 200])
async def test_a_wide_inspector_is_not_the_narrowest_pane(small_dossier, width):
    """Side by side, the inspector holds the other outlets' wordings and the citation: it gets
    at least the list's width, and the reader keeps a readable measure."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(width, 45)) as pilot:
        await settle(pilot)
        main = app.main_screen
        assert main.has_class("-wide")
        assert main.inspector.region.width >= main.articles.region.width
        assert main.reader.region.width >= 50


async def test_startup_loads_paths_in_a_worker(tmp_path):
    folder = write_articles(tmp_path, {"a.txt": "Headline\n\n“We will talk,” the minister said.\n"})
    app = make_app([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        # The window is up (the main screen is shown) before the dossier is there.
        await pilot.pause()
        assert app.main_screen is not None
        await settle(pilot)
        assert app.dossier is not None
        assert len(app.dossier.articles) == 1
        assert "We will talk" in screen_text(app)


async def test_startup_on_the_seeds():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.dossier is not None and len(app.dossier.articles) == 2
        assert "2 articles" in screen_text(app)


async def test_missing_path_shows_problems(tmp_path):
    app = make_app([str(tmp_path / "nope")])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert app.is_running
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert "nope" in screen_text(app)


async def test_a_hostile_file_name_is_shown_escaped_in_problems(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ok.txt").write_text("Headline\n\n“We will talk,” the minister said.\n", encoding="utf-8")
    (folder / "bad\x1b[31mred.txt").write_bytes(b"\x00\x01\x02binary\x00" * 40)
    app = make_app([str(folder)])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        text = screen_text(app)
        assert "bad\\x1b[31mred.txt" in text  # the escape shown as the four characters \x1b
        assert "\x1b" not in text


async def test_load_failure_is_a_notice(monkeypatch, tmp_path):
    import dossier_tui

    def broken(*paths):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(dossier_tui, "load", broken)
    app = make_app([str(tmp_path)])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert app.is_running
        text = screen_text(app)
        assert "Could not load the dossier" in text and "fire" in text


async def test_search_error_is_shown_and_app_keeps_running(small_dossier, monkeypatch):
    import dossier_tui.tui.features as features

    def broken(dossier, query, limit=50):
        raise ValueError("index broken")

    monkeypatch.setattr(features, "search", broken)
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "x")
        await settle(pilot)
        text = screen_text(app)
        assert "search failed: ValueError:" in text  # wrapped in the narrow pane
        assert app.main_screen.search_panel.results.message.plain.endswith("index broken")
        assert app.is_running


def hold_load(monkeypatch, dossier):
    """Make loading wait until the returned event is set, then give ``dossier``."""
    import threading

    import dossier_tui

    release = threading.Event()

    def slow_load(*paths):
        release.wait(10)
        return dossier

    monkeypatch.setattr(dossier_tui, "load", slow_load)
    return release


async def test_window_and_progress_show_before_a_slow_load_finishes(monkeypatch, small_dossier):
    release = hold_load(monkeypatch, small_dossier)
    app = make_app(["big-folder"])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Loading big-folder…" in text
        assert app.dossier is None
        release.set()
        await settle(pilot)
        assert app.dossier is small_dossier
        assert "Loading big-folder" not in screen_text(app)


async def test_a_narrow_header_shortens_the_title_and_keeps_the_counts(small_dossier):
    from dataclasses import replace

    long_title = "Minsk talks offer: every outlet's report of the interview, spring 2025"
    d = replace(small_dossier, title=long_title)
    counts = f"{len(d.articles)} articles · {len(d.outlets)} outlets · {len(d.quotes)} quotes · 1 speaker"
    app = make_app(dossier=d)
    async with app.run_test(size=(70, 20)) as pilot:
        await settle(pilot)
        header = screen_text(app).splitlines()[0]
        assert counts in header
        assert long_title not in header and "Minsk talks" in header and "…" in header
        await pilot.resize_terminal(200, 30)
        await settle(pilot)
        assert long_title in screen_text(app).splitlines()[0]


async def test_a_narrow_footer_is_compact_so_more_keys_fit(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert "s Sort f Filter q Quit ? Help" in screen_text(app).splitlines()[-1]
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        assert "f Filter  q Quit  ? Help" in screen_text(app).splitlines()[-1]


@pytest.mark.parametrize("width", [60, 70, 80, 90])
async def test_at_80_columns_and_less_the_footer_keeps_quit_and_help_and_drops_the_least_needed(
    small_dossier, width
):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "q Quit ? Help" in footer and "/ Search" in footer and "y Copy" in footer
        assert "s Sort" not in footer and "Y Copy…" not in footer
        order = app.main_screen.articles.sort
        await pilot.press("s")  # dropped from the footer, still bound
        await settle(pilot)
        assert app.main_screen.articles.sort != order


async def test_help_on_a_narrow_terminal_keeps_each_binding_on_its_own_line(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(55, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert any("Quit" in line for line in lines)
        # an id such as "app.quit" never wraps onto a line of its own under its key
        assert not [line for line in lines if "app.quit" in line and "Quit" not in line]


@pytest.mark.parametrize("width", [80, 90, 100, 105, 110, 120, 160])
async def test_the_way_to_the_help_is_on_screen_at_every_width(small_dossier, width):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "? Help" in text or "? help" in text.splitlines()[0]


async def test_a_search_typed_while_loading_runs_when_the_dossier_arrives(monkeypatch, small_dossier):
    release = hold_load(monkeypatch, small_dossier)
    app = make_app(["big-folder"])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"brilliant")
        release.set()
        await settle(pilot)
        screen = app.main_screen
        assert app.focused is screen.search_panel.input  # typing still goes to the box
        assert screen.search_panel.input.value == "brilliant"
        assert screen.hits and all("brilliant" in h.text.lower() for h in screen.hits[:1])
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.search_panel.input.value == "brillian"
