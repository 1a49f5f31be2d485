"""Hostile environments (issue 6, "App"): the real app in a pseudo-terminal without ``$TERM``,
with ``NO_COLOR``, under ``LANG=C``; no clipboard; failing workers; and a full session that leaves
every input file byte-for-byte and mtime-for-mtime as it was."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import screen_text, settle, write_articles

import dossier_tui
from dossier_tui.tui.clipboard import _local_copy as REAL_LOCAL_COPY  # before conftest stubs it
from dossier_tui.tui.factory import make_app

ARTICLE = (
    "Minsk talks offer\n\n"
    "By Jane Doe\n\n"
    "“We are ready to host them,” the president said on Tuesday.\n\n"
    "Critics called the offer “a stunt.”\n"
)


def _run_in_pty(folder: Path, env: dict[str, str], timeout: float = 60) -> tuple[int | None, bytes]:
    """Start ``python -m dossier_tui FOLDER`` on a pseudo-terminal, wait for the article title to
    be drawn, press ``q`` and return (exit status, everything the app wrote)."""
    import pty

    master, slave = pty.openpty()
    os.set_blocking(master, False)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "dossier_tui", str(folder)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        close_fds=True,
    )
    os.close(slave)
    out = b""
    deadline = time.monotonic() + timeout
    sent_quit = False
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    out += os.read(master, 65536)
                except OSError:
                    break
            if not sent_quit and b"Minsk talks offer" in out:
                time.sleep(0.3)
                os.write(master, b"q")
                sent_quit = True
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        code = None
    finally:
        os.close(master)
    return code, out


BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("TERM", "NO_COLOR", "LANG", "LC_ALL", "TMUX")}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    "env",
    [
        pytest.param({}, id="no-TERM"),
        pytest.param({"TERM": "xterm-256color", "NO_COLOR": "1"}, id="NO_COLOR"),
        pytest.param({"TERM": "xterm", "LANG": "C", "LC_ALL": "C"}, id="LANG=C"),
        pytest.param({"TERM": "dumb"}, id="TERM=dumb"),
    ],
)
def test_real_app_runs_and_quits_in_odd_terminals(tmp_path, env):
    folder = write_articles(tmp_path, {"minsk.txt": ARTICLE})
    code, out = _run_in_pty(folder, {**BASE_ENV, **env})
    assert b"Minsk talks offer" in out, out[-2000:]
    assert b"Traceback" not in out
    assert code == 0


async def test_no_clipboard_anywhere_copy_still_answers(small_dossier, monkeypatch):
    """pyperclip has no backend and the terminal refuses OSC 52: the app says what it sent, without
    claiming a copy it cannot confirm, and keeps running; the text is still in ``app.clipboard``
    (Textual's own copy)."""
    import pyperclip

    import dossier_tui.tui.clipboard as clipboard
    from dossier_tui.tui.app import DossierApp

    def no_backend(text):
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(clipboard, "_local_copy", REAL_LOCAL_COPY)
    monkeypatch.setattr(clipboard, "local_clipboard_available", lambda: False)
    monkeypatch.setattr(pyperclip, "copy", no_backend)
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        original = DossierApp.copy_to_clipboard

        def refusing(self, text):
            original(self, text)
            raise OSError("terminal refused OSC 52")

        monkeypatch.setattr(DossierApp, "copy_to_clipboard", refusing)
        await pilot.press("j", "y")
        await settle(pilot)
        assert app.is_running
        text = screen_text(app)
        assert "Sent quote + citation (plain) to the terminal" in text
        assert "Copied" not in text
        assert app.clipboard.startswith("“Tell Trump")


async def test_a_local_clipboard_that_fails_is_reported(small_dossier, monkeypatch):
    import pyperclip

    import dossier_tui.tui.clipboard as clipboard

    def broken(text):
        raise pyperclip.PyperclipException("xclip exited 1")

    monkeypatch.setattr(clipboard, "_local_copy", REAL_LOCAL_COPY)
    monkeypatch.setattr(pyperclip, "copy", broken)
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "y")
        for _ in range(50):  # the local copy runs in a thread
            await pilot.pause(0.02)
            if "refused the copy" in screen_text(app):
                break
        text = screen_text(app)
        assert "The local clipboard refused the copy" in text and "xclip exited 1)" in text


def test_in_tmux_the_copy_goes_to_tmux_buffer_and_outer_clipboard(monkeypatch):
    import dossier_tui.tui.clipboard as clipboard

    calls = []

    def fake_run(cmd, input, **kw):
        calls.append((cmd, input))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setenv("TMUX", "/tmp/tmux-1000/default,1,0")
    monkeypatch.setattr(clipboard.subprocess, "run", fake_run)
    assert clipboard._tmux_copy("“quote” — cite")
    assert calls == [(["tmux", "load-buffer", "-w", "-"], "“quote” — cite".encode())]


async def test_an_exception_inside_a_worker_is_a_notice(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)

        def explode() -> None:
            raise RuntimeError("worker exploded [bold]here[/]")

        app.main_screen.run_worker(explode, thread=True, exit_on_error=False)
        await settle(pilot)
        text = screen_text(app)
        assert app.is_running
        assert "Background task failed" in text
        assert "[bold]here[/]" in text  # shown literally, never parsed as markup
        await pilot.press("j")  # still answers keys
        await settle(pilot)
        assert app.main_screen.reader.article.id == "mt"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


async def test_a_full_session_never_touches_the_input_files(tmp_path):
    """Load, read, search, copy (every menu entry), palette, other views and an export: every
    input file keeps its bytes and mtime, and nothing is added next to them."""
    folder = write_articles(
        tmp_path,
        {
            "minsk.txt": ARTICLE,
            "other.md": "# Belarus offers talks\n\n“We are ready to host them,” Lukashenko said.\n",
        },
    )
    (folder / "dossier.toml").write_text(
        'title = "Minsk"\n[[articles]]\nfile = "minsk.txt"\noutlet = "Kyiv Post"\n'
        '[[articles]]\nfile = "other.md"\noutlet = "BelTA"\n',
        encoding="utf-8",
    )
    past = time.time() - 3600
    for p in folder.iterdir():
        os.utime(p, (past, past))
    before = _snapshot(folder)

    app = make_app([str(folder)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert app.dossier is not None and len(app.dossier.articles) == 2
        for keys in (
            ("j", "right_square_bracket", "y"),
            ("Y", "enter"),
            ("Y", "end", "enter"),
            ("slash", *"ready", "enter", "n", "escape"),
            ("p", "escape", "c", "escape", "exclamation_mark", "escape"),
        ):
            await pilot.press(*keys)
            await settle(pilot)
        assert app.clipboard
        from dossier_tui.core.export import render

        for fmt in ("csl-json", "biblatex", "markdown", "json", "csv"):
            assert render(app.dossier, fmt)
    reloaded = dossier_tui.load(folder)  # and a fresh load reads the same
    assert len(reloaded.articles) == 2
    assert _snapshot(folder) == before
