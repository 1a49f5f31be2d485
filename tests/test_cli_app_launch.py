"""``dossier`` with no command opens the app, but only when there is something to open and a
terminal to open it in: a typo or a script must get a message and an exit status, not a
full-screen app on an empty dossier that never ends in a pipe."""

from __future__ import annotations

import pytest

import dossier_tui.tui.factory as factory
from dossier_tui import __version__
from dossier_tui.cli import main


@pytest.fixture
def opened(monkeypatch):
    """The paths the app would have been opened on (it is never run here)."""
    calls: list[list[str]] = []

    class Stub:
        def run(self) -> None:
            pass

    def fake_make_app(paths):
        calls.append(list(paths))
        return Stub()

    monkeypatch.setattr(factory, "make_app", fake_make_app)
    return calls


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag, capsys, opened):
    assert main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"dossier {__version__}"
    assert not opened


def test_a_misspelt_command_is_named_not_opened(capsys, opened, terminal):
    assert main(["qoutes"]) == 2
    err = capsys.readouterr().err
    assert "qoutes" in err and "dossier quotes" in err
    assert not opened


def test_an_unknown_option_is_refused(capsys, opened, terminal):
    assert main(["--jsn"]) == 2
    assert "unknown option '--jsn'" in capsys.readouterr().err
    assert not opened


def test_nothing_to_open_says_which_paths_are_missing(tmp_path, capsys, opened, terminal):
    missing = tmp_path / "nowhere"
    assert main([str(missing)]) == 2
    assert f"{missing}: no such file or directory" in capsys.readouterr().err
    assert not opened


def test_without_a_terminal_the_app_is_not_started(capsys, opened, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([]) == 2
    assert "needs a terminal" in capsys.readouterr().err
    assert not opened


def test_paths_open_the_app_and_a_missing_one_among_them_is_the_app_s_problem(tmp_path, opened, terminal):
    (tmp_path / "a.txt").write_text("Talks\n\n“We will talk,” Ann Lee said.\n", encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), str(tmp_path / "gone.txt")]) == 0
    assert opened == [[str(tmp_path / "a.txt"), str(tmp_path / "gone.txt")]]


def test_double_dash_lets_a_path_start_with_a_dash(tmp_path, opened, terminal, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-odd.txt").write_text("Talks\n\n“We will talk,” Ann Lee said.\n", encoding="utf-8")
    assert main(["--", "-odd.txt"]) == 0
    assert opened == [["-odd.txt"]]
    assert main([]) == 0 and opened[-1] == []  # the seeds
