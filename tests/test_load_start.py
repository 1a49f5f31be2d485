"""Workers started while the other paths are planned give the dossier one process gives, files
whose provisional id changes included; speaker ids are numbered as before."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core import speakers
from dossier_tui.core.build import build_dossier, load
from dossier_tui.core.loader import load_articles, seed_dir
from tests.test_cache import MINISTER, OTHER, fingerprint


def _plain_ids(bases: list[str]) -> list[str]:
    """Speaker ids as they were numbered before: each base tried from 2 upwards every time."""
    taken: set[str] = set()
    out = []
    for base in bases:
        sid, n = base, 2
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        out.append(sid)
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["trump", "trump-2", "trump-3", "clinton", "clinton-2-2", "a", "a-2"]), max_size=30
    )
)
def test_free_ids_are_the_ids_a_search_from_two_gives(bases):
    taken: set[str] = set()
    untried: dict[str, int] = {}
    assert [speakers._free_id(b, taken, untried) for b in bases] == _plain_ids(bases)


def test_speaker_ids_on_a_hand_written_case():
    taken: set[str] = set()
    untried: dict[str, int] = {}
    got = [speakers._free_id(b, taken, untried) for b in ["x", "x", "x-3", "x", "x", "x-2"]]
    assert got == ["x", "x-2", "x-3", "x-4", "x-5", "x-2-2"]


def _dossier_dir(root: Path) -> Path:
    root.mkdir()
    for f in seed_dir().iterdir():
        shutil.copy(f, root / f.name)
    for n in range(3):
        (root / f"minister{n}.txt").write_text(MINISTER.replace("Monday", f"day {n}"), encoding="utf-8")
        (root / f"other{n}.md").write_text(OTHER, encoding="utf-8")
    # a.md (read first) cannot be read, so a.txt, parsed as "a-2", is "a" in the dossier
    (root / "a.md").write_bytes(b"\x00\x01\x02" * 40)
    (root / "a.txt").write_text(OTHER.replace("Tuesday", "Friday"), encoding="utf-8")
    return root


def test_a_load_gives_what_reading_then_building_gives(tmp_path):
    root = _dossier_dir(tmp_path / "dossier")
    plain = build_dossier(load_articles(root))
    assert "a" in {a.id for a in plain.articles} and any(q.speaker for q in plain.quotes)
    for workers in (1, 2):
        assert fingerprint(load(root, cache=False, workers=workers)) == fingerprint(plain)


def test_a_load_through_the_cache_gives_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DOSSIER_NO_CACHE", raising=False)
    root = _dossier_dir(tmp_path / "dossier")
    plain = build_dossier(load_articles(root))
    first = load(root, cache=True, workers=2)
    again = load(root, cache=True, workers=2)  # (every article from the cache)
    assert fingerprint(first) == fingerprint(again) == fingerprint(plain)


def test_workers_start_while_the_other_paths_are_planned(tmp_path, monkeypatch):
    from dossier_tui.core import build

    one = _dossier_dir(tmp_path / "one")
    two = tmp_path / "two"
    shutil.copytree(one, two)
    planning: list[bool] = []  # (True while the plan runs)
    started_while: list[bool] = []
    real_plan, real_pool = build.plan, build.Pool

    def plan(*a, **k):
        planning.append(True)
        try:
            return real_plan(*a, **k)
        finally:
            planning.clear()

    def pool(*a, **k):
        started_while.append(bool(planning))
        return real_pool(*a, **k)

    monkeypatch.setattr(build, "plan", plan)
    monkeypatch.setattr(build, "Pool", pool)
    monkeypatch.setattr(build, "MIN_JOBS", 5)  # (the first directory's 11 files are enough)
    got = load(one, two, cache=False, workers=2)
    assert started_while == [True]
    assert fingerprint(got) == fingerprint(load(one, two, cache=False, workers=1))
