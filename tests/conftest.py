"""Shared test setup: no test, and no process a test starts, may read or write the user's real
dossier cache (``~/.cache/dossier``) or state (``~/.local/state/dossier``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_VARS = ("DOSSIER_CACHE_DIR", "DOSSIER_NO_CACHE", "DOSSIER_WORKERS", "DOSSIER_STATE_DIR")
_saved: dict[str, str | None] = {}
_dir: list[str] = []


def pytest_configure(config) -> None:
    """Set before any test module is imported: some copy ``os.environ`` at import time for the
    processes they start. Loads still go through the cache; the cache's own tests use their own
    directories."""
    _saved.update({k: os.environ.get(k) for k in _VARS})
    _dir.append(tempfile.mkdtemp(prefix="dossier-test-cache-"))
    os.environ["DOSSIER_CACHE_DIR"] = _dir[-1]
    _dir.append(tempfile.mkdtemp(prefix="dossier-test-state-"))
    os.environ["DOSSIER_STATE_DIR"] = _dir[-1]
    os.environ.pop("DOSSIER_NO_CACHE", None)
    os.environ.pop("DOSSIER_WORKERS", None)


def pytest_unconfigure(config) -> None:
    for k, v in _saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    for d in _dir:
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch) -> Path:
    """A cache directory of the test's own, empty at the start."""
    d = tmp_path / "cache"
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(d))
    return d


def seeds_and(root: Path, files: dict[str, str]) -> Path:
    """A dossier folder: the bundled seeds plus ``files`` (name -> text)."""
    from dossier_tui.core.loader import seed_dir

    root.mkdir()
    for f in seed_dir().iterdir():
        shutil.copy(f, root / f.name)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root
