"""Hostile and messy files: one clear problem per bad file, everything else loads, nothing written."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

import dossier_tui
from dossier_tui.core.loader import load_articles
from tests.hostile_corpus import can_deny_reading, make_big_article, make_corpus, make_many, snapshot


@pytest.fixture
def corpus(tmp_path: Path):
    root = tmp_path / "hostile"
    cases = make_corpus(root)
    return root, cases


def _by_path(loaded, root: Path):
    problems: dict[str, list] = {}
    for p in loaded.problems:
        problems.setdefault(os.path.relpath(p.path, root), []).append(p)
    articles = {os.path.relpath(a.path, root): a for a in loaded.articles}
    return problems, articles


def test_each_hostile_file_gives_one_clear_problem_and_the_rest_loads(corpus):
    root, cases = corpus
    loaded = load_articles(root)
    problems, articles = _by_path(loaded, root)
    for case in cases:
        got = problems.get(case.name, [])
        if case.problem is None:
            assert got == [], case.name
        else:
            assert len(got) == 1, (case.name, got)
            assert case.problem.lower() in got[0].message.lower(), (case.name, got[0].message)
            assert got[0].severity == case.severity, case.name
        if case.loads:
            art = articles[case.name]
            assert art.text == case.expect_text, case.name
            assert any(p.kind == "body" for p in art.paragraphs), case.name
        else:
            assert case.name not in articles
    # Unsupported files in the directories are reported once, for the directory given.
    skipped = problems.get(".", [])
    assert len(skipped) == 1 and skipped[0].severity == "warning"
    assert ".pdf" in skipped[0].message and ".png" in skipped[0].message and ".docx" in skipped[0].message
    # Nothing else: every problem belongs to a case or is the one note about skipped files.
    assert set(problems) <= {c.name for c in cases if c.problem} | {"."}


def test_every_offset_is_valid_for_every_encoding_and_line_ending(corpus):
    root, _ = corpus
    for art in load_articles(root).articles:
        for p in art.paragraphs:
            for a, b in p.segments:
                seg = art.text[a:b]
                assert seg and seg == seg.strip(), (art.path, seg)
                assert "\n" not in seg and "\r" not in seg  # a segment is within one line


def test_crlf_and_cr_give_the_same_paragraphs_as_lf(corpus):
    root, _ = corpus
    arts = {Path(a.path).name: a for a in load_articles(root).articles}

    def shape(a):
        return [(p.kind, p.text(a.text)) for p in a.paragraphs]

    assert shape(arts["crlf.txt"]) == shape(arts["utf8.txt"]) == shape(arts["cr.txt"])
    assert arts["crlf.txt"].meta.value("authors") == ("Jane Doe",)
    assert arts["cr.txt"].meta.title.provenance.line == 1
    assert arts["cr.txt"].meta.authors.provenance.line == 3


def test_loading_changes_no_file(corpus):
    root, _ = corpus
    before = snapshot(root)
    d = dossier_tui.load(root)  # the whole pipeline: files, layout, quotes
    assert d.articles
    for q in d.quotes:
        assert d.article(q.article).text[q.start : q.end] == q.text
    assert snapshot(root) == before


def test_explicit_missing_path_is_a_problem(tmp_path: Path):
    loaded = load_articles(tmp_path / "nope.txt")
    assert loaded.articles == ()
    assert [p.message for p in loaded.problems] == ["no such file or directory"]


def test_permission_denied_is_one_problem(tmp_path: Path, monkeypatch):
    good = tmp_path / "good.txt"
    bad = tmp_path / "locked.txt"
    good.write_text("A Title Here\n\nBody text that says something.\n", encoding="utf-8")
    bad.write_text("A Title Here\n\nBody text that says something.\n", encoding="utf-8")
    if can_deny_reading():
        bad.chmod(0)
    else:  # root reads everything: make open() refuse as the kernel would for another user
        real_open = builtins.open

        def guarded(file, *args, **kwargs):
            if str(file) == str(bad):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", guarded)
    loaded = load_articles(tmp_path)
    assert [Path(a.path).name for a in loaded.articles] == ["good.txt"]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].path == str(bad)
    assert "permission denied" in loaded.problems[0].message


def test_a_50_megabyte_article_loads(tmp_path: Path):
    path = tmp_path / "huge.txt"
    size = make_big_article(path, 50)
    loaded = load_articles(path)
    assert loaded.problems == ()
    (art,) = loaded.articles
    assert len(art.text) >= size // 2
    assert art.meta.value("title") == "A Very Long Article"
    body = art.body
    assert len(body) > 100_000
    assert body[-1].end == len(art.text.rstrip())


def test_a_directory_of_5000_articles_loads(tmp_path: Path):
    make_many(tmp_path / "many", 5000)
    loaded = load_articles(tmp_path / "many")
    assert loaded.problems == ()
    assert len(loaded.articles) == 5000
    assert len({a.id for a in loaded.articles}) == 5000
    assert loaded.articles[4999].meta.value("title") == "Short Item 4999"


def test_the_same_file_named_twice_loads_once(tmp_path: Path):
    f = tmp_path / "one.txt"
    f.write_text("Some Title Words\n\nA body line that is long enough.\n", encoding="utf-8")
    os.symlink(f, tmp_path / "alias.txt")
    loaded = load_articles(f, tmp_path / "alias.txt", tmp_path)
    assert len(loaded.articles) == 1
    assert loaded.problems == ()
