"""The dossier.toml manifest: overrides inferred metadata, and reports bad content clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier_tui.core.loader import load_articles
from dossier_tui.core.manifest import read_manifest

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear-train"
ARTICLE = "# Inferred Title Here\n\nBy Jane Doe\n\nMarch 5, 2025\n\nBody text of the article goes here.\n"


def write(tmp: Path, manifest: str, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_text(text, encoding="utf-8")
    (tmp / "dossier.toml").write_text(manifest, encoding="utf-8")
    return tmp / "dossier.toml"


def test_manifest_fields_override_inferred_ones(tmp_path: Path):
    write(
        tmp_path,
        'title = "Minsk talks"\n[[articles]]\nfile = "text/a.txt"\noutlet = "ABC News"\n'
        'title = "Given Title"\ndate = 2025-03-06\nauthors = ["A. Writer"]\nwire = "AFP"\n',
        {"text/a.txt": ARTICLE},
    )
    loaded = load_articles(tmp_path)  # a directory holding a manifest opens the manifest
    assert loaded.title == "Minsk talks"
    assert loaded.problems == ()
    (a,) = loaded.articles
    assert a.path == str(tmp_path / "text/a.txt")
    m = a.meta
    assert (m.value("title"), m.value("outlet"), m.value("date"), m.value("authors"), m.value("wire")) == (
        "Given Title",
        "ABC News",
        "2025-03-06",
        ("A. Writer",),
        "AFP",
    )
    assert m.title.provenance.rule == "manifest"
    assert m.title.provenance.detail == str(tmp_path / "dossier.toml")
    assert m.url is None  # neither given nor inferable: stays missing


def test_inferred_fields_fill_what_the_manifest_leaves_out(tmp_path: Path):
    write(tmp_path, '[[articles]]\nfile = "a.txt"\noutlet = "X"\n', {"a.txt": ARTICLE})
    (a,) = load_articles(tmp_path / "dossier.toml").articles
    assert a.meta.value("title") == "Inferred Title Here"
    assert a.meta.title.provenance.rule == "markdown-heading"
    assert a.meta.value("authors") == ("Jane Doe",)


def test_syntax_error_is_one_problem_naming_the_manifest_and_the_folder_still_loads(tmp_path: Path):
    path = write(
        tmp_path,
        'title = "unclosed\n[[articles]]\nfile = "a.txt"\n',
        {"a.txt": ARTICLE, "sub/b.md": ARTICLE.replace("Inferred", "Other")},
    )
    for given in (tmp_path, path):  # the folder, or the manifest named directly
        loaded = load_articles(given)
        assert sorted(a.meta.value("title") for a in loaded.articles) == [
            "Inferred Title Here",
            "Other Title Here",
        ]
        assert len(loaded.problems) == 1
        assert loaded.problems[0].path == str(path)
        message = loaded.problems[0].message
        assert "not valid TOML" in message and "line 1" in message and "folder are loaded" in message
        assert loaded.title == tmp_path.name


def test_a_manifest_that_lists_no_articles_names_the_folder(tmp_path: Path):
    write(tmp_path, 'title = "Minsk talks"\n', {"a.txt": ARTICLE})
    loaded = load_articles(tmp_path)
    assert loaded.title == "Minsk talks"
    assert [a.meta.value("title") for a in loaded.articles] == ["Inferred Title Here"]
    assert loaded.problems == ()


def test_missing_files_are_reported_and_the_rest_loads(tmp_path: Path):
    write(
        tmp_path,
        '[[articles]]\nfile = "a.txt"\n[[articles]]\nfile = "gone.txt"\n',
        {"a.txt": ARTICLE},
    )
    loaded = load_articles(tmp_path)
    assert len(loaded.articles) == 1
    assert [(p.path, p.message) for p in loaded.problems] == [
        (str(tmp_path / "gone.txt"), "file not found (named in the manifest)")
    ]


def test_wrong_types_are_reported_and_ignored(tmp_path: Path):
    path = write(
        tmp_path,
        'title = 5\narticles_extra = 1\n[[articles]]\nfile = "a.txt"\noutlet = 3\ndate = "5 March"\n'
        'authors = [1, 2]\ncolour = "red"\n[[articles]]\ntitle = "no file"\n[[articles]]\nfile = "b.txt"\n'
        'authors = "Solo Writer"\n',
        {"a.txt": ARTICLE, "b.txt": ARTICLE},
    )
    m = read_manifest(path)
    messages = [p.message for p in m.problems]
    assert messages == [
        "unknown top-level key 'articles_extra' (did you mean [[articles]]?); ignored",
        "'title' must be a string, not int; ignored",
        "[[articles]] #1 (a.txt): 'outlet' must be a non-empty string; ignored",
        "[[articles]] #1 (a.txt): 'date' must be a date like 2025-03-05, not '5 March'; ignored",
        "[[articles]] #1 (a.txt): 'authors' must be a list of strings; ignored",
        "[[articles]] #1 (a.txt): unknown field 'colour'; ignored",
        "[[articles]] #2 has no 'file' string; skipped",
    ]
    loaded = load_articles(path)
    assert len(loaded.articles) == 2
    a, b = loaded.articles
    assert a.meta.value("authors") == ("Jane Doe",)  # inferred, since the manifest's was bad
    assert b.meta.value("authors") == ("Solo Writer",)


def test_a_misspelled_table_name_is_reported_with_the_right_one(tmp_path: Path):
    path = write(
        tmp_path,
        'reporter = "me"\n[[articles]]\nfile = "a.txt"\n[[article]]\nfile = "b.txt"\n',
        {"a.txt": ARTICLE, "b.txt": ARTICLE},
    )
    m = read_manifest(path)
    assert [p.message for p in m.problems] == [
        "unknown top-level key 'reporter'; ignored",
        "unknown top-level key 'article' (did you mean [[articles]]?); ignored",
    ]
    assert [e.file for e in m.entries] == ["a.txt"]


def test_articles_that_is_not_a_list(tmp_path: Path):
    path = write(tmp_path, 'articles = "a.txt"\n', {"a.txt": ARTICLE})
    loaded = load_articles(path)
    assert [a.path for a in loaded.articles] == [str(tmp_path / "a.txt")]
    assert [p.message for p in loaded.problems] == [
        "'articles' must be an array of tables ([[articles]]); the article files in its folder are loaded"
    ]


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared not beside the project")
def test_polnear_manifest_loads_all_840():
    loaded = load_articles(POLNEAR / "dossier.toml")
    assert loaded.problems == ()
    assert len(loaded.articles) == 840
    assert len({a.meta.value("outlet") for a in loaded.articles}) == 7
    assert all(a.meta.title.provenance.rule == "manifest" for a in loaded.articles)
    # The headline line is the title, not body text, in every file.
    assert all(a.paragraphs[0].kind == "title" for a in loaded.articles)


def test_a_url_that_is_not_a_web_address_is_reported_and_kept_out_of_citations(tmp_path: Path):
    from dossier_tui.core.csl_item import csl_item

    write(
        tmp_path,
        '[[articles]]\nfile = "a.txt"\nurl = "javascript:alert(1)"\n',
        {"a.txt": ARTICLE},
    )
    loaded = load_articles(tmp_path)
    (a,) = loaded.articles
    assert a.meta.value("url") is None
    (problem,) = loaded.problems
    assert problem.severity == "warning" and "'url' must be a web address" in problem.message
    assert "URL" not in csl_item(a)


def test_files_beside_a_manifest_that_it_does_not_list_are_reported(tmp_path: Path):
    m = write(
        tmp_path,
        '[[articles]]\nfile = "a.txt"\n',
        {
            "a.txt": ARTICLE,
            "b.txt": ARTICLE,
            "sub/c.md": ARTICLE,
            ".hidden.txt": ARTICLE,
            "README.md": "x",
            "n.csv": "x",
        },
    )
    loaded = load_articles(m)
    assert [a.path for a in loaded.articles] == [str(tmp_path / "a.txt")]
    (p,) = loaded.problems
    assert (p.path, p.severity) == (str(m), "warning")
    assert "2 article file(s)" in p.message and "b.txt" in p.message and "sub/c.md" in p.message
    # named on the command line as well: loaded, so not reported
    loaded = load_articles(m, tmp_path / "b.txt")
    assert "1 article file(s)" in loaded.problems[0].message and "b.txt" not in loaded.problems[0].message


def test_unlisted_load_keeps_the_folders_other_files_and_gives_the_listed_one_its_metadata(tmp_path: Path):
    """A user who fixes one article's metadata with a manifest must not lose the other articles."""
    write(
        tmp_path,
        'unlisted = "load"\n[[articles]]\nfile = "a.txt"\noutlet = "Kyiv Post"\n',
        {"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Inferred", "Other"), "sub/c.md": ARTICLE},
    )
    loaded = load_articles(tmp_path)
    by_file = {Path(a.path).name: a for a in loaded.articles}
    assert sorted(by_file) == ["a.txt", "b.txt", "c.md"]
    assert by_file["a.txt"].meta.value("outlet") == "Kyiv Post"
    assert by_file["a.txt"].meta.outlet.provenance.rule == "manifest"
    assert by_file["b.txt"].meta.value("title") == "Other Title Here"
    assert loaded.problems == ()


def test_without_unlisted_load_the_warning_says_how_to_load_the_others(tmp_path: Path):
    write(tmp_path, '[[articles]]\nfile = "a.txt"\n', {"a.txt": ARTICLE, "b.txt": ARTICLE})
    loaded = load_articles(tmp_path)
    assert [Path(a.path).name for a in loaded.articles] == ["a.txt"]
    (problem,) = loaded.problems
    assert problem.severity == "warning"
    assert "1 article file(s) in its folder are not listed" in problem.message
    assert 'unlisted = "load"' in problem.message


def test_a_bad_unlisted_value_is_reported_and_skip_used(tmp_path: Path):
    write(tmp_path, 'unlisted = "all"\n[[articles]]\nfile = "a.txt"\n', {"a.txt": ARTICLE, "b.txt": ARTICLE})
    loaded = load_articles(tmp_path)
    assert [Path(a.path).name for a in loaded.articles] == ["a.txt"]
    messages = [p.message for p in loaded.problems]
    assert any("'unlisted' must be \"skip\" or \"load\", not 'all'" in m for m in messages)


@pytest.mark.parametrize("outside", ["../secret.txt", "sub/../../secret.txt", "/etc/hostname"])
def test_a_file_outside_the_manifests_folder_is_refused_by_name(tmp_path: Path, outside: str):
    (tmp_path / "secret.txt").write_text("Private key material.\n", encoding="utf-8")
    folder = tmp_path / "dossier"
    folder.mkdir()
    write(folder, f'[[articles]]\nfile = "a.txt"\n[[articles]]\nfile = "{outside}"\n', {"a.txt": ARTICLE})
    loaded = load_articles(folder)
    assert [Path(a.path).name for a in loaded.articles] == ["a.txt"]
    (p,) = loaded.problems
    assert p.path == str(folder / "dossier.toml")
    assert outside in p.message and "outside the manifest's folder" in p.message


def test_a_name_that_only_looks_like_climbing_out_stays_in(tmp_path: Path):
    write(
        tmp_path,
        '[[articles]]\nfile = "..a.txt"\n[[articles]]\nfile = "sub/../b.txt"\n',
        {"..a.txt": ARTICLE, "b.txt": ARTICLE},
    )
    (tmp_path / "sub").mkdir()
    loaded = load_articles(tmp_path)
    assert sorted(Path(a.path).name for a in loaded.articles) == ["..a.txt", "b.txt"]
    assert loaded.problems == ()


def test_a_file_listed_twice_is_loaded_once_and_the_second_listing_reported(tmp_path: Path):
    write(
        tmp_path,
        '[[articles]]\nfile = "a.txt"\noutlet = "First"\n[[articles]]\nfile = "./a.txt"\noutlet = "Second"\n',
        {"a.txt": ARTICLE},
    )
    loaded = load_articles(tmp_path)
    (a,) = loaded.articles
    assert a.meta.value("outlet") == "First"
    (p,) = loaded.problems
    assert p.severity == "warning" and "listed twice" in p.message and "./a.txt" in p.message
