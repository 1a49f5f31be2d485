"""The readable tables: what a user copies from them (ids for `dossier cite`) stays whole."""

from __future__ import annotations

import re

import pytest

from dossier_tui import load
from dossier_tui.cli import main


@pytest.fixture
def terminal(monkeypatch):
    """stdout taken for a terminal (Rich reads TTY_COMPATIBLE); ``shown`` removes the style codes."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("NO_COLOR", "1")


def shown(capsys) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)


@pytest.mark.parametrize(("command", "width"), [("quotes", 120), ("articles", 80)])
def test_ids_stay_on_one_line_so_they_can_be_copied(command, width, capsys, monkeypatch, terminal):
    monkeypatch.setenv("COLUMNS", str(width))
    main([command])
    out = shown(capsys)
    seeds = load()
    ids = [q.id for q in seeds.quotes] if command == "quotes" else [a.id for a in seeds.articles]
    for i in ids:
        assert f" {i} " in out, i


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize(
    ("argv", "last_header"),
    [(["articles"], "quotes"), (["quotes"], "quote"), (["search", "talks"], "match")],
)
def test_tables_fit_the_terminal_with_every_column_whole(
    argv, last_header, width, capsys, monkeypatch, terminal
):
    """Rich crops a table whose columns cannot shrink: the last column then vanishes unseen."""
    monkeypatch.setenv("COLUMNS", str(width))
    main(argv)
    lines = shown(capsys).splitlines()
    assert all(len(line) <= width for line in lines)
    header = next(line for line in lines if line.startswith("┃"))
    assert header.rstrip().endswith("┃")
    assert any(last_header in line for line in lines if line.startswith("┃"))


def test_an_untitled_article_shows_its_opening_words_marked_as_a_stand_in(capsys, monkeypatch, terminal):
    monkeypatch.setenv("COLUMNS", "200")
    main(["articles"])
    out = shown(capsys)
    abc = next(a for a in load().articles if a.meta.value("title") is None)
    assert "(untitled) " + " ".join(abc.opening_words().split()[:3]) in out


def test_long_ids_fold_in_a_narrow_terminal_so_other_columns_stay_readable(
    tmp_path, capsys, monkeypatch, terminal
):
    name = "a-very-long-file-name-as-saved-from-a-news-site-2016-08-10"
    (tmp_path / f"{name}.txt").write_text(
        'Farm Bill Passes\n\n"We will win," the senator said.\n', encoding="utf-8"
    )
    monkeypatch.setenv("COLUMNS", "80")
    main(["articles", str(tmp_path)])
    lines = shown(capsys).splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any("Farm Bill Passes" in line for line in lines)  # the title is not one letter a line


@pytest.mark.parametrize(
    ("argv", "header"),
    [
        (["articles"], ["id", "outlet", "date", "title", "quotes"]),
        (["quotes"], ["id", "outlet", "speaker", "kind", "quote"]),
        (["search", "talks"], ["id", "kind", "outlet", "speaker", "match"]),
    ],
)
def test_piped_tables_are_tab_separated_one_row_a_line(argv, header, capsys, monkeypatch):
    """`dossier quotes > file` or `| grep`: whole cells, no box, no folding at 80 columns."""
    monkeypatch.setenv("COLUMNS", "80")
    main(argv)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == header
    assert len(lines) > 1 and all(len(line.split("\t")) == len(header) for line in lines)
    if argv[0] == "search":  # every id is one `dossier cite` takes
        seeds = load()
        for line in lines[1:]:
            ident, kind = line.split("\t")[:2]
            assert seeds.quote(ident) if kind == "quote" else seeds.article(ident)
    if argv == ["quotes"]:
        seeds = load()
        assert [line.split("\t")[0] for line in lines[1:]] == [q.id for q in seeds.quotes]
        assert lines[1].split("\t")[4] == " ".join(seeds.quotes[0].text.split())


def test_piped_tables_leave_unknown_values_empty(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("# A title\n\nThe sign read “closed for the winter” all week.\n")
    monkeypatch.setenv("COLUMNS", "80")
    main(["quotes", str(tmp_path)])
    row = capsys.readouterr().out.splitlines()[1].split("\t")
    assert row[1:3] == ["", ""]  # no outlet, no speaker: empty, not the terminal's dash
    assert row[4] == "closed for the winter"
