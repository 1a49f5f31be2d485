"""The per-article stage in worker processes gives what one process gives, and fails safe."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dossier_tui.core import pool
from dossier_tui.core.build import load, process_file
from dossier_tui.core.loader import plan, read_source, seed_dir
from tests.test_cache import MINISTER, OTHER, fingerprint

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dossier_dir(tmp_path: Path) -> Path:
    root = tmp_path / "dossier"
    root.mkdir()
    for f in seed_dir().iterdir():
        shutil.copy(f, root / f.name)
    for n in range(4):
        (root / f"minister{n}.txt").write_text(MINISTER.replace("Monday", f"day {n}"), encoding="utf-8")
        (root / f"other{n}.md").write_text(OTHER, encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02" * 40)
    return root


def test_workers_give_the_dossier_one_process_gives(dossier_dir):
    one = load(dossier_dir, cache=False, workers=1)
    assert len(one.articles) == 10 and one.problems
    assert fingerprint(load(dossier_dir, cache=False, workers=3)) == fingerprint(one)


def test_files_read_by_the_workers_report_what_one_process_reports(dossier_dir):
    # cache off: each file is read where it is parsed, a worker included
    (dossier_dir / "empty.txt").write_bytes(b"")
    (dossier_dir / "huge.txt").write_bytes(b"x")
    one = load(dossier_dir, cache=False, workers=1)
    assert any("empty" in p.message for p in one.problems)
    assert fingerprint(load(dossier_dir, cache=False, workers=2)) == fingerprint(one)


def test_a_worker_reads_the_file_it_is_given_unread(dossier_dir):
    (dossier_dir / "empty.txt").write_bytes(b"")
    for name in ("empty.txt", "minister0.txt"):
        src = plan(dossier_dir / name).sources[0]
        with pool.Background(process_file) as bg:
            bg.give((src, None, "x"))
            got = bg.result(lambda: None)
        data = read_source(src)  # (the loading process's way: read, then parse if there is content)
        assert bg.redone == 0 and got == (data if isinstance(data, tuple) else process_file((src, data, "x")))


def test_workers_fill_the_cache_like_one_process(dossier_dir):
    cold = load(dossier_dir, cache=False, workers=1)
    assert fingerprint(load(dossier_dir, workers=2)) == fingerprint(cold)
    assert fingerprint(load(dossier_dir, workers=2)) == fingerprint(cold)


def test_a_worker_that_cannot_start_costs_nothing_but_time(dossier_dir, monkeypatch):
    one = load(dossier_dir, cache=False, workers=1)
    monkeypatch.setattr(pool.sys, "executable", "/nonexistent/python")
    assert fingerprint(load(dossier_dir, cache=False, workers=2)) == fingerprint(one)


def test_a_job_that_raises_in_a_worker_raises_here_as_without_workers():
    assert pool.run_per_article(int, ["1", "2", "3", "4"], workers=2) == [1, 2, 3, 4]
    with pytest.raises(ValueError):
        pool.run_per_article(int, ["1", "2", "3", "x"], workers=2)


def test_small_dossiers_single_cores_and_busy_machines_stay_in_one_process(monkeypatch):
    monkeypatch.setattr(pool, "cpu_count", lambda: 4)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert pool.default_workers(10) == 1
    assert pool.default_workers(1000) == 4
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (1.5, 2.0, 2.0))
    assert pool.default_workers(1000) == 3  # this process and the two idle cores
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (3.5, 2.0, 2.0))
    assert pool.default_workers(1000) == 1  # no idle core: a worker does not pay
    monkeypatch.setattr(pool, "cpu_count", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.1, 0.0, 0.0))
    assert pool.default_workers(1000) == 2
    monkeypatch.setattr(pool, "cpu_count", lambda: 1)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert pool.default_workers(1000) == 1
    monkeypatch.setenv("DOSSIER_WORKERS", "3")
    assert pool.default_workers(10) == 3


def test_a_script_without_a_main_guard_is_not_run_again_by_workers(dossier_dir, tmp_path):
    """multiprocessing's spawn and forkserver re-import the caller's ``__main__`` in every worker;
    these workers must not (a user's script would run its side effects once per worker)."""
    marker = tmp_path / "runs.txt"
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            with open({str(marker)!r}, "a") as fh:
                fh.write("ran\\n")
            import dossier_tui
            d = dossier_tui.load({str(dossier_dir)!r}, cache=False, workers=2)
            print(len(d.articles))
            """
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "10"
    assert marker.read_text(encoding="utf-8") == "ran\n"


def test_the_article_made_for_the_analysis_is_the_article_the_dossier_shows(dossier_dir):
    d = load(dossier_dir, cache=False, workers=1)
    by_path = {a.path: a for a in d.articles}
    sources = [src for src in plan(dossier_dir).sources if src.shown in by_path]
    made = [process_file((src, None, by_path[src.shown].id)) for src in sources]
    assert len(made) == len(d.articles) and all(r.article == by_path[r.article.path] for r in made)


def test_a_cached_result_names_the_file_it_is_loaded_from(dossier_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    load(dossier_dir, workers=2)
    moved = shutil.copytree(dossier_dir, tmp_path / "moved")
    again = load(moved, workers=2)
    assert again.articles and all(a.path.startswith(str(moved)) for a in again.articles)
    assert fingerprint(again) == fingerprint(load(moved, cache=False, workers=1))
