"""The article filter (``f`` in the app, ``--filter`` in the CLI) on a hand-made dossier whose
outlets, dates, titles and authors are known, so every expected answer is written out by hand."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.cli import main
from dossier_tui.core.article_filter import FilterError, filter_articles, parse_filter
from dossier_tui.core.build import load

ARTICLES = {
    # file: (outlet, date or None, title, authors)
    "times-brexit.txt": ("The New York Times", "2016-06-24", "Britain votes to leave", ["Ann Hale"]),
    "times-renewal.txt": ("The New York Times", "2016-07-02", "Renewed talks in Brussels", ["Tom Reyes"]),
    "post-brexit.txt": ("The Washington Post", "2016-06-27", "After the Brexit vote", ["Ann Hale", "Bo Li"]),
    "post-opinion.txt": ("The Washington Post", "2016-08-01", "Opinion: a summer of votes", []),
    "undated.txt": ("Politico", None, "Brexit, a year on", ["Zoë Müller"]),
}


def _manifest(tmp_path):
    lines = []
    for name, (outlet, date, title, authors) in ARTICLES.items():
        (tmp_path / name).write_text(
            f"“We will see,” a voter said in {title.split()[0]}.\n", encoding="utf-8"
        )
        lines += ["[[articles]]", f'file = "{name}"', f'outlet = "{outlet}"', f'title = "{title}"']
        lines += [f"authors = {json.dumps(authors)}"] + ([f"date = {date}"] if date else [])
    (tmp_path / "dossier.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    return load(_manifest(tmp_path_factory.mktemp("filter")), cache=False)


def kept(dossier, text: str) -> list[str]:
    return sorted(a.id for a in filter_articles(dossier.articles, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["post-brexit", "post-opinion", "times-brexit", "times-renewal", "undated"]),
        ("brexit", ["post-brexit", "times-brexit", "undated"]),  # title or file id
        ("washington brexit", ["post-brexit"]),  # every word must match
        ("nyt", ["times-brexit", "times-renewal"]),  # an outlet's initials, "The" left out
        ("new", ["times-brexit", "times-renewal"]),  # at a word's start: not "Renewed"
        ("-opinion post", ["post-brexit"]),
        ("by:hale", ["post-brexit", "times-brexit"]),
        ("by:muller", ["undated"]),  # diacritics folded
        ('title:"brexit vote"', ["post-brexit"]),
        ("outlet:brexit", []),
        ("2016-06", ["post-brexit", "times-brexit"]),
        ("2016-06-27", ["post-brexit"]),
        ("2016-06-25..2016-07", ["post-brexit", "times-renewal"]),  # an end month includes its days
        ("..2016-06-30", ["post-brexit", "times-brexit"]),
        ("2016-07-01..", ["post-opinion", "times-renewal"]),
        ("2016-06-24 2016-08", ["post-opinion", "times-brexit"]),  # several dates: any of them
        ("2016 brexit", ["post-brexit", "times-brexit"]),  # an unknown date is not in range
    ],
)
def test_filter_keeps_the_articles_a_reader_would_expect(dossier, text, expected):
    assert kept(dossier, text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2016-13", "no month 13"),
        ("2016-06-32", "no day 32 in 2016-06"),
        ("2016-02-30", "no day 30 in 2016-02"),
        ("2015-02-29..2016-03", "no day 29 in 2015-02"),
        ("2016-6", "dates: 2016-06-27, 2016-06, A..B"),
        ("2016-07..2016-06", "ends before it starts"),
        ("where:paris", "fields are outlet: title: by:"),
    ],
)
def test_a_filter_that_cannot_mean_what_it_says_is_an_error_not_ignored(text, message):
    with pytest.raises(FilterError, match=message):
        parse_filter(text)


@given(st.text(alphabet='nyt-.:" 0126byoutle', max_size=30))
def test_any_text_parses_to_a_subset_in_order_or_says_why(dossier, text):
    try:
        parsed = parse_filter(text)
    except FilterError as exc:
        assert str(exc)
        return
    shown = filter_articles(dossier.articles, text)
    positions = [dossier.articles.index(a) for a in shown]
    assert positions == sorted(positions)
    if not parsed:
        assert shown == list(dossier.articles)


def test_cli_filter_narrows_articles_and_quotes(tmp_path, capsys):
    root = _manifest(tmp_path)
    assert main(["articles", str(root), "--filter", "2016-06", "--json", "--no-cache"]) == 0
    ids = [a["id"] for a in json.loads(capsys.readouterr().out)]
    assert sorted(ids) == ["post-brexit", "times-brexit"]
    assert main(["quotes", str(root), "--filter", "by:reyes", "--json", "--no-cache"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert [q["article"] for q in quotes] == ["times-renewal"]
    assert quotes[0]["text"] == "We will see,"


def test_cli_filter_error_exits_2_and_prints_nothing_on_stdout(tmp_path, capsys):
    root = _manifest(tmp_path)
    with pytest.raises(SystemExit) as stop:
        main(["quotes", str(root), "--filter", "2016-13", "--json", "--no-cache"])
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--filter '2016-13': no month 13" in err
