"""Shared fixtures for the app tests: frozen variability, no real clipboard or browser, and
helpers that read what the screen shows."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console


@pytest.fixture(autouse=True)
def frozen_app_environment(monkeypatch, tmp_path):
    """No cursor blink, no user config, no tmux hint, no local clipboard or browser side effects."""
    from textual.widgets import Input

    import dossier_tui.tui.clipboard as clipboard

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.setattr(clipboard, "_local_copy", lambda text: None)
    monkeypatch.setattr(clipboard, "_hinted", False)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    return opened


def screen_text(app) -> str:
    """The current screen as plain text, exactly as a terminal would show it."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


async def settle(pilot) -> None:
    """Wait until loading/search workers finished and their messages were handled."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def write_articles(tmp_path: Path, articles: dict[str, str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
