"""Loading paths: seeds, files, directories, HTML pages, ids and titles."""

from __future__ import annotations

import builtins
import importlib.util
from pathlib import Path

import pytest

from dossier_tui.core import html_article
from dossier_tui.core.loader import load_articles, seed_dir


def test_seeds_load_with_metadata():
    loaded = load_articles()
    assert loaded.problems == ()
    arts = {Path(a.path).name[:3]: a for a in loaded.articles}
    assert arts["000"].meta.value("outlet") == "The Moscow Times"
    assert arts["000"].meta.value("wire") == "AFP"
    assert arts["004"].meta.value("outlet") == "ABC News"
    assert arts["004"].meta.value("dateline") == "LONDON"
    assert loaded.root == str(seed_dir())


def test_single_file_dossier_is_named_after_its_title(tmp_path: Path):
    f = tmp_path / "x.md"
    f.write_text("# Talks in Minsk\n\nBody text of it.\n", encoding="utf-8")
    loaded = load_articles(f)
    assert loaded.title == "Talks in Minsk"
    assert loaded.articles[0].id == "x"


def test_ids_are_unique_and_stable(tmp_path: Path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text("Some Words Here\n\nBody text.\n", encoding="utf-8")
    ids = [a.id for a in load_articles(tmp_path).articles]
    assert ids == ["story", "story-2"]
    assert ids == [a.id for a in load_articles(tmp_path).articles]


def test_a_directory_with_no_articles_is_named_in_a_problem(tmp_path: Path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("Some Words Here\n\nBody text.\n", encoding="utf-8")
    loaded = load_articles(empty, story, story / "a.txt")
    assert [(p.path, p.severity) for p in loaded.problems] == [(str(empty), "warning")]
    assert "no article files" in loaded.problems[0].message
    assert len(loaded.articles) == 1  # and a file reached twice is not "no articles"


def test_unsupported_file_named_explicitly_is_read_if_it_is_text(tmp_path: Path):
    f = tmp_path / "clip.rtf.bak"
    f.write_text("Some Words Here\n\nBody text.\n", encoding="utf-8")
    assert len(load_articles(f).articles) == 1


def test_only_captions_is_loaded_with_a_warning(tmp_path: Path):
    f = tmp_path / "c.txt"
    f.write_text("Photo: Jane Doe\n\n(Photo by Jane Doe/Getty Images)\n", encoding="utf-8")
    loaded = load_articles(f)
    assert len(loaded.articles) == 1
    assert [p.severity for p in loaded.problems] == ["warning"]
    assert "no body text" in loaded.problems[0].message


PAGE = b"""<html><head><title>Talks resume | Example</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-03-05T10:00:00Z">
<link rel="canonical" href="https://www.nytimes.com/2025/03/05/world/talks.html"></head>
<body><article><h1>Talks resume</h1>
<p>The talks in Minsk resumed on Tuesday after a pause of several weeks, officials said.</p>
<p>"We are ready," the minister said, adding that both sides had agreed to the venue.</p>
</article></body></html>"""


def test_html_page_via_trafilatura(tmp_path: Path):
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_bytes(PAGE)
    loaded = load_articles(f)
    assert loaded.problems == ()
    (a,) = loaded.articles
    assert a.encoding == "html"
    assert '"We are ready," the minister said' in a.text
    assert a.meta.value("authors") == ("Jane Doe",)
    assert a.meta.value("date") == "2025-03-05"
    assert a.meta.value("url") == "https://www.nytimes.com/2025/03/05/world/talks.html"
    assert a.meta.authors.provenance.rule == "html-metadata"
    body = [p.text(a.text) for p in a.body]
    assert any(t.startswith('"We are ready,"') for t in body)
    assert "<p>" not in a.text


def test_html_without_trafilatura_is_one_clear_problem(tmp_path: Path, monkeypatch):
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    f = tmp_path / "page.html"
    f.write_bytes(PAGE)
    (tmp_path / "ok.txt").write_text("Some Words Here\n\nBody text.\n", encoding="utf-8")
    loaded = load_articles(tmp_path)
    assert [Path(a.path).name for a in loaded.articles] == ["ok.txt"]
    assert [(p.path, p.message) for p in loaded.problems] == [(str(f), html_article.MISSING)]


def test_an_installed_trafilatura_that_cannot_import_is_not_called_missing(tmp_path: Path, monkeypatch):
    """lxml 6 split out the cleaner jusText imports: the extra was installed, the import fails."""
    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    f = tmp_path / "page.html"
    f.write_bytes(PAGE)
    (problem,) = load_articles(f).problems
    assert "installed but cannot be imported" in problem.message and "lxml_html_clean" in problem.message
    assert "pip install" not in problem.message


def test_a_page_styling_a_known_outlets_name_gets_the_tables_spelling(tmp_path: Path):
    """ "USA TODAY" on the page and "USA Today" from a file name are one outlet, not two columns."""
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_bytes(PAGE.replace(b"Example News", b"USA TODAY"))
    (a,) = load_articles(f).articles
    assert a.meta.value("outlet") == "USA Today"
    assert a.meta.outlet.provenance.rule == "html-metadata"
    assert "'USA TODAY'" in a.meta.outlet.provenance.detail
    f.write_bytes(PAGE)  # a name the table does not know stays as the page writes it
    (a,) = load_articles(f).articles
    assert a.meta.value("outlet") == "Example News"


def test_a_folder_opened_as_dot_is_named_after_the_folder(tmp_path, monkeypatch):
    from dossier_tui import load

    folder = tmp_path / "minsk-talks"
    folder.mkdir()
    (folder / "a.txt").write_text("“We expect rain,” Jane Smith said.\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert load(".").title == "minsk-talks"
    assert load("./").title == "minsk-talks"
    monkeypatch.chdir(folder / "..")
    assert load("minsk-talks/.").title == "minsk-talks"
