"""`--no-cache` neither reads nor writes the parse cache; without it, the cache fills."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, cache: Path, *extra: str) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Title\n\n“We will win,” Ted Cruz said on Monday in Iowa.\n", encoding="utf-8")
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("DOSSIER_NO_CACHE", None)
    out = subprocess.run(
        [sys.executable, "-m", "dossier_tui", "quotes", "--json", *extra, str(art)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "We will win" in out.stdout


def test_no_cache_flag_writes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _run(tmp_path, cache, "--no-cache")
    assert not cache.exists() or not any(cache.rglob("*"))


def test_cache_fills_without_the_flag(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _run(tmp_path, cache)
    assert any(p.is_file() for p in cache.rglob("*"))
