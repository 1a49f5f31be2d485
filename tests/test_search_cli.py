"""`dossier search` as a script uses it: JSON hits, and a table that never renders article markup."""

from __future__ import annotations

import json

from rich.console import Console

from dossier_tui.cli import main
from dossier_tui.cli.search_cmd import snippet
from dossier_tui.core.search import Hit


def test_json_hits_on_the_seeds(capsys):
    assert main(["search", "brilliant idea", "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert 1 <= len(hits) <= 3
    first = hits[0]
    assert first["kind"] == "quote" and "brilliant idea" in first["text"]
    a, b = first["spans"][0]
    assert first["text"][a:b].lower() == "brilliant idea"
    assert set(first) >= {
        "kind",
        "article",
        "quote",
        "speaker",
        "outlet",
        "text",
        "spans",
        "score",
        "paragraph",
        "start",
    }


def test_table_output_lists_hits(capsys):
    assert main(["search", "'brilliant", "--limit", "2"]) == 0
    out, err = capsys.readouterr()
    assert "brilliant" in out and "hits for 'brilliant" in err  # piped: the title goes to stderr


def test_the_title_says_when_the_limit_cut_the_hits(capsys):
    assert main(["search", "lukashenko", "--json", "--limit", "1000"]) == 0
    total = len(json.loads(capsys.readouterr().out))
    assert total > 3  # the seeds name him often
    assert main(["search", "lukashenko", "--limit", "3"]) == 0
    assert "first 3 hits (--limit N for more) for lukashenko" in capsys.readouterr().err
    assert main(["search", "lukashenko", "--limit", str(total)]) == 0
    assert f"{total} hits for lukashenko" in capsys.readouterr().err
    assert main(["search", "lukashenko", "--json", "--limit", "3"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_snippet_highlights_by_offset_and_keeps_markup_and_escapes_inert():
    text = "[@click=app.quit]x[/] said \x1b]52;c;aGk=\x07 the [bold]word[/bold]"
    start = text.index("word")
    hit = Hit("paragraph", text, ((start, start + 4),), 1.0, "a", None, None, 0, 0)
    rendered = snippet(hit)
    assert "[@click=app.quit]x[/]" in rendered.plain and "[bold]word[/bold]" in rendered.plain
    assert "\x1b" not in rendered.plain and "\x07" not in rendered.plain
    styled = [rendered.plain[s.start : s.end] for s in rendered.spans]
    assert styled == ["word"]
    console = Console(width=200, color_system=None, record=True)
    console.print(rendered)
    assert "[@click=app.quit]x[/]" in console.export_text()


def test_long_paragraph_snippet_shows_context_around_the_match():
    text = "a " * 200 + "needle" + " b" * 200
    start = text.index("needle")
    rendered = snippet(Hit("paragraph", text, ((start, start + 6),), 1.0, "a", None, None, 0, 0))
    assert rendered.plain.startswith("…") and rendered.plain.endswith("…")
    assert len(rendered.plain) < 200
    assert [rendered.plain[s.start : s.end] for s in rendered.spans] == ["needle"]


def test_quote_and_hit_json_carry_the_articles_date_and_title_so_a_sheet_needs_no_join(tmp_path, capsys):
    (tmp_path / "dossier.toml").write_text(
        '[[articles]]\nfile = "a.txt"\noutlet = "Kyiv Post"\ntitle = "Ferry talks"\ndate = 2025-03-06\n'
        'url = "https://www.kyivpost.com/ferry"\n[[articles]]\nfile = "b.txt"\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("“The ferry line stays open,” Ann Hale said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("“The ferry line stays shut,” Tom Reyes said.\n", encoding="utf-8")
    assert main(["quotes", str(tmp_path), "--json", "--no-cache"]) == 0
    by_article = {q["article"]: q for q in json.loads(capsys.readouterr().out)}
    assert [by_article["a"][k] for k in ("date", "title", "url")] == [
        "2025-03-06",
        "Ferry talks",
        "https://www.kyivpost.com/ferry",
    ]
    assert [by_article["b"][k] for k in ("date", "title", "url")] == [
        None,
        None,
        None,
    ]  # unknown, not invented
    assert main(["search", "ferry line stays open", str(tmp_path), "--json", "--no-cache"]) == 0
    hit = json.loads(capsys.readouterr().out)[0]
    assert (hit["article"], hit["date"], hit["title"]) == ("a", "2025-03-06", "Ferry talks")
