"""The readable tables: what a user copies from them (ids for `dossier cite`) stays whole."""

from __future__ import annotations

import pytest

from dossier_tui import load
from dossier_tui.cli import main


@pytest.mark.parametrize(("command", "width"), [("quotes", 120), ("articles", 80)])
def test_ids_stay_on_one_line_so_they_can_be_copied(command, width, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(width))
    main([command])
    out = capsys.readouterr().out
    seeds = load()
    ids = [q.id for q in seeds.quotes] if command == "quotes" else [a.id for a in seeds.articles]
    for i in ids:
        assert f" {i} " in out, i


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize(
    ("argv", "last_header"),
    [(["articles"], "quotes"), (["quotes"], "quote"), (["search", "talks"], "match")],
)
def test_tables_fit_the_terminal_with_every_column_whole(argv, last_header, width, capsys, monkeypatch):
    """Rich crops a table whose columns cannot shrink: the last column then vanishes unseen."""
    monkeypatch.setenv("COLUMNS", str(width))
    main(argv)
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= width for line in lines)
    header = next(line for line in lines if line.startswith("┃"))
    assert header.rstrip().endswith("┃")
    assert any(last_header in line for line in lines if line.startswith("┃"))


def test_an_untitled_article_shows_its_opening_words_marked_as_a_stand_in(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    main(["articles"])
    out = capsys.readouterr().out
    abc = next(a for a in load().articles if a.meta.value("title") is None)
    assert "(untitled) " + " ".join(abc.opening_words().split()[:3]) in out
