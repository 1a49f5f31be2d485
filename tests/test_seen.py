"""Articles new since the dossier was last opened (``core.seen``): what the app marks "new"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier_tui.core.seen import dossier_key, new_since_last_open


@pytest.fixture
def state(tmp_path: Path, monkeypatch) -> Path:
    d = tmp_path / "state"
    monkeypatch.setenv("DOSSIER_STATE_DIR", str(d))
    return d


def test_the_first_open_marks_nothing_and_later_ones_mark_only_additions(state, tmp_path):
    folder = [str(tmp_path / "clips")]
    assert new_since_last_open(folder, ["a", "b"]) == frozenset()
    assert new_since_last_open(folder, ["a", "b", "c"]) == {"c"}
    assert new_since_last_open(folder, ["a", "b", "c"]) == frozenset()  # seen once: no longer new


def test_an_article_taken_out_and_put_back_is_not_new(state, tmp_path):
    folder = [str(tmp_path / "clips")]
    new_since_last_open(folder, ["a", "b"])
    new_since_last_open(folder, ["a"])
    assert new_since_last_open(folder, ["a", "b"]) == frozenset()


def test_each_dossier_has_its_own_record(state, tmp_path):
    one, two = [str(tmp_path / "one")], [str(tmp_path / "two")]
    new_since_last_open(one, ["a"])
    assert new_since_last_open(two, ["a", "b"]) == frozenset()  # first open of two
    assert new_since_last_open(one, ["a", "b"]) == {"b"}


def test_one_folder_named_two_ways_is_one_dossier(state, tmp_path, monkeypatch):
    (tmp_path / "clips").mkdir()
    monkeypatch.chdir(tmp_path)
    assert dossier_key(["clips"]) == dossier_key([str(tmp_path / "clips") + os.sep])
    assert dossier_key(["clips", "clips"]) == dossier_key(["clips"])
    assert dossier_key([]) != dossier_key(["clips"])


def test_a_damaged_record_marks_nothing_and_is_replaced(state, tmp_path):
    folder = [str(tmp_path / "clips")]
    new_since_last_open(folder, ["a"])
    (record,) = (state / "seen").iterdir()
    record.write_text("{not json", encoding="utf-8")
    assert new_since_last_open(folder, ["a", "b"]) == frozenset()
    assert new_since_last_open(folder, ["a", "b", "c"]) == {"c"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through permissions")
def test_a_state_directory_that_cannot_be_written_marks_nothing(state, tmp_path):
    state.mkdir()
    state.chmod(0o500)
    try:
        assert new_since_last_open([str(tmp_path)], ["a"]) == frozenset()
        assert new_since_last_open([str(tmp_path)], ["a", "b"]) == frozenset()
    finally:
        state.chmod(0o700)


def test_a_state_path_that_is_a_file_marks_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "state"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_STATE_DIR", str(blocker))
    assert new_since_last_open([str(tmp_path)], ["a"]) == frozenset()
    assert new_since_last_open([str(tmp_path)], ["a", "b"]) == frozenset()


def test_the_record_is_kept_outside_the_dossier(state, tmp_path):
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    new_since_last_open([str(folder)], ["a"])
    new_since_last_open([str(folder)], ["a", "b"])
    assert sorted(p.name for p in folder.iterdir()) == before
    assert list((state / "seen").glob("*.json"))
