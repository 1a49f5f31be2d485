"""Outlet and date from a file's name, for dossiers saved as ``outlet_date_slug.txt`` with no manifest."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core.loader import load_articles
from dossier_tui.core.metadata import FILE_NAME_OUTLETS, date_from_file_name, outlet_from_file_name

BODY = "Body text of the article, which names no outlet and gives no date.\n"


def one(tmp: Path, name: str, text: str = BODY):
    (tmp / name).write_text(text, encoding="utf-8")
    (a,) = load_articles(tmp / name).articles
    return a.meta


def test_outlet_and_date_come_from_the_file_name_with_their_provenance(tmp_path: Path):
    m = one(tmp_path, "wash-post_2016-05-05_ryan-is-not-ready.txt")
    assert (m.value("outlet"), m.value("date")) == ("The Washington Post", "2016-05-05")
    assert m.outlet.provenance.rule == m.date.provenance.rule == "file-name"
    assert m.outlet.provenance.detail == "wash-post_2016-05-05_ryan-is-not-ready.txt"


def test_the_text_outranks_the_file_name(tmp_path: Path):
    text = BODY + "\nOriginal url: https://www.politico.com/story/2016/06/01/x\n"
    m = one(tmp_path, "nyt_2016-05-05_story.txt", text)
    assert m.value("outlet") == "Politico"
    assert m.outlet.provenance.rule == "url-domain"


def test_the_manifest_outranks_the_file_name(tmp_path: Path):
    (tmp_path / "nyt_2016-05-05_story.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "dossier.toml").write_text(
        '[[articles]]\nfile = "nyt_2016-05-05_story.txt"\noutlet = "Some Weekly"\n', encoding="utf-8"
    )
    (a,) = load_articles(tmp_path).articles
    assert a.meta.value("outlet") == "Some Weekly"
    assert a.meta.value("date") == "2016-05-05"  # the manifest gave none


def test_names_that_do_not_name_an_outlet_give_none(tmp_path: Path):
    assert one(tmp_path, "time-to-vote.txt").outlet is None  # title words, not an outlet part
    assert one(tmp_path, "notes_2016-05-05.txt").outlet is None  # an unknown first part
    assert one(tmp_path, "000_5ceccdedb855cc9c.txt").date is None


def test_a_name_with_two_dates_gives_no_date():
    assert date_from_file_name("politico_2016-05-05_look-back-at-2015-12-01") is None
    assert date_from_file_name("cnn_20161108_results") == "2016-11-08"
    assert date_from_file_name("cnn_2016-02-30_no-such-day") is None


@given(st.text(max_size=40))
def test_any_name_gives_a_known_outlet_or_none(stem: str):
    outlet = outlet_from_file_name(stem)
    assert outlet is None or outlet in FILE_NAME_OUTLETS.values()
    date = date_from_file_name(stem)
    assert date is None or date[:4] in stem
