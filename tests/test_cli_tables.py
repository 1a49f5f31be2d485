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
