"""Dossier-wide results (core/cache.py): without a fingerprint nothing is read, encoded or stored
(encoding the search postings of a ×10 dossier for nothing cost 0.15 s and 50 MB)."""

from __future__ import annotations

from dossier_tui.core import cache


def _never(*args: object) -> object:
    raise AssertionError("must not be called without a fingerprint")


def test_without_a_fingerprint_the_result_is_only_computed(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    assert cache.dossier_result("search", None, lambda: 42, _never, _never) == 42
    assert cache.dossier_cached("search", None, _never) is None
    cache.dossier_store("search", None, 42)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_with_a_fingerprint_a_stored_result_is_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    assert cache.dossier_result("families", "fp", lambda: [1, 2], tuple, list) == [1, 2]
    assert cache.dossier_result("families", "fp", lambda: _never(), tuple, list) == [1, 2]
    assert cache.dossier_cached("families", "other", list) is None
