"""The content cache: a hit gives the dossier a cold load gives; bad entries are never trusted."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from dossier_tui.core import build, cache
from dossier_tui.core.build import load
from tests.conftest import seeds_and

MINISTER = (
    "Minister speaks\n\nThe minister arrived in Minsk on Monday for the talks.\n\n"
    "“We will not accept this,” the minister said. “Never.”\n\n"
    "Later Alexander Lukashenko spoke. “It was a good day,” Lukashenko said.\n"
)
OTHER = (
    "Talks end\n\nThe talks ended late on Tuesday evening in the capital.\n\n"
    "“Nothing was agreed,” the minister said, leaving the building.\n\n"
    "“We are ready,” said Alexander Lukashenko, the Belarusian leader.\n"
)


def fingerprint(d) -> tuple:
    """Everything a user sees of a dossier, as plain values."""
    return (d.title, d.root, d.articles, d.quotes, d.speakers, d.problems)


@pytest.fixture
def dossier_dir(tmp_path: Path) -> Path:
    return seeds_and(tmp_path / "dossier", {"minister.txt": MINISTER, "other.md": OTHER, "empty.txt": ""})


def entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.rglob("*") if p.is_file())


def no_parsing(monkeypatch) -> None:
    """Make any per-article work fail the test: a load must then come wholly from the cache."""

    def fail(job):
        raise AssertionError(f"{job[0].shown} was parsed, not read from the cache")

    monkeypatch.setattr(build, "process_file", fail)


def test_warm_load_equals_cold_load_and_parses_nothing(dossier_dir, cache_dir, monkeypatch):
    cold = load(dossier_dir, cache=False)
    assert len(cold.quotes) > 10 and cold.speakers  # a dossier worth comparing
    first = load(dossier_dir)
    assert len(entries(cache_dir)) == len(cold.articles)
    no_parsing(monkeypatch)
    warm = load(dossier_dir)
    assert fingerprint(warm) == fingerprint(cold)
    assert fingerprint(first) == fingerprint(cold)
    assert [q.text for q in warm.quotes] == [
        warm.article(q.article).text[q.start : q.end] for q in warm.quotes
    ]


def test_nothing_is_written_next_to_the_articles(dossier_dir, cache_dir):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in dossier_dir.rglob("*")}
    load(dossier_dir)
    load(dossier_dir)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in dossier_dir.rglob("*")} == before
    assert entries(cache_dir)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],  # truncated write
        lambda raw: b"not a cache entry at all",
        lambda raw: raw[:20] + bytes(b ^ 0x5A for b in raw[20:200]) + raw[200:],
        lambda raw: cache._FORMAT + pickle.dumps({"a": "dict instead of a result"}),
    ],
)
def test_damaged_entries_are_ignored_and_rewritten(dossier_dir, cache_dir, damage):
    cold = load(dossier_dir, cache=False)
    load(dossier_dir)
    for e in entries(cache_dir):
        e.write_bytes(damage(e.read_bytes()))
    assert fingerprint(load(dossier_dir)) == fingerprint(cold)
    assert fingerprint(load(dossier_dir)) == fingerprint(cold)  # rewritten entries are good again


class _Planted:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_a_planted_entry_cannot_run_code(dossier_dir, cache_dir, tmp_path):
    cold = load(dossier_dir, cache=False)
    load(dossier_dir)
    marker = tmp_path / "pwned"
    for e in entries(cache_dir):
        e.write_bytes(cache._FORMAT + pickle.dumps(_Planted(marker)))
    assert fingerprint(load(dossier_dir)) == fingerprint(cold)
    assert not marker.exists()


def test_an_edited_article_is_parsed_again(dossier_dir, cache_dir):
    load(dossier_dir)
    f = dossier_dir / "minister.txt"
    f.write_text(MINISTER.replace("It was a good day", "It was a bad day"), encoding="utf-8")
    warm = load(dossier_dir)
    assert "It was a bad day," in [q.text for q in warm.quotes]
    assert "It was a good day," not in [q.text for q in warm.quotes]
    assert fingerprint(warm) == fingerprint(load(dossier_dir, cache=False))


def test_manifest_metadata_applies_after_a_hit(dossier_dir, cache_dir, monkeypatch):
    manifest = dossier_dir / "dossier.toml"

    def write(outlet: str) -> None:
        manifest.write_text(
            f'title = "Talks"\n[[articles]]\nfile = "minister.txt"\noutlet = "{outlet}"\ndate = "2025-03-05"\n'
            '[[articles]]\nfile = "other.md"\n',
            encoding="utf-8",
        )

    write("Example News")
    load(dossier_dir)
    no_parsing(monkeypatch)  # the manifest's fields are not part of what is parsed
    warm = load(dossier_dir)
    art = warm.article("minister")
    assert art.meta.value("outlet") == "Example News"
    assert art.meta.outlet.provenance.rule == "manifest"
    assert art.meta.value("date") == "2025-03-05"
    monkeypatch.undo()
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(cache_dir))
    write("Other Outlet")
    assert load(dossier_dir).article("minister").meta.value("outlet") == "Other Outlet"


def test_same_content_under_other_names_keeps_speakers_apart(tmp_path, cache_dir):
    """A cached result made for one file serves a copy with another id; descriptions ("the
    minister") stay scoped to their own article, as in a cold load."""
    first = tmp_path / "first"
    first.mkdir()
    (first / "minister.txt").write_text(MINISTER, encoding="utf-8")
    load(first)  # the cache now holds the article under the id "minister"
    both = tmp_path / "both"
    for sub in ("a", "b"):
        (both / sub).mkdir(parents=True)
        (both / sub / "minister.txt").write_text(MINISTER, encoding="utf-8")
    (both / "a" / "copy.txt").write_text(MINISTER, encoding="utf-8")
    cold = load(both, cache=False)
    warm = load(both)
    assert [a.id for a in warm.articles] == ["copy", "minister", "minister-2"]
    assert fingerprint(warm) == fingerprint(cold)


def test_an_analysis_made_under_another_id_is_rescoped():
    """Description keys (``desc:<id>:the minister``) carry the article id: a result cached for one
    file name, given to another, must read as if made for that one."""
    from dossier_tui.core.layout import parse_layout
    from dossier_tui.core.model import Article

    lay = parse_layout(MINISTER)

    def article(aid: str) -> Article:
        return Article(aid, f"{aid}.txt", MINISTER, lay.paragraphs, lay.meta)

    made_as_x = build.analyse_article(article("x"))
    keys = [a.entity.key for a in made_as_x.atts if a.entity is not None]
    assert any(k.startswith("desc:x:") for k in keys)  # the case this guards is real
    assert build._rekeyed(made_as_x, "y") == build.analyse_article(article("y"))


def test_a_file_failing_before_a_copy_does_not_shift_speakers(tmp_path, cache_dir):
    """Ids are given to files that load; a failing file changes the ids after it."""
    root = tmp_path / "d"
    root.mkdir()
    (root / "a.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (root / "a.md").write_text(MINISTER, encoding="utf-8")
    (root / "b.txt").write_text(OTHER, encoding="utf-8")
    cold = load(root, cache=False)
    assert [a.id for a in cold.articles] == ["a", "b"]
    assert fingerprint(load(root)) == fingerprint(cold)
    assert fingerprint(load(root)) == fingerprint(cold)


@pytest.mark.parametrize("how", ["env", "argument"])
def test_cache_can_be_turned_off(dossier_dir, cache_dir, monkeypatch, how):
    if how == "env":
        monkeypatch.setenv("DOSSIER_NO_CACHE", "1")
        load(dossier_dir)
    else:
        load(dossier_dir, cache=False)
    assert not cache_dir.exists() or entries(cache_dir) == []


def test_default_location_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("DOSSIER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_root() == tmp_path / "xdg" / "dossier"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_root() == tmp_path / "home" / ".cache" / "dossier"
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_root() == tmp_path / "mine"


def test_an_unusable_cache_directory_costs_nothing_but_speed(dossier_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocker / "cache"))
    assert fingerprint(load(dossier_dir)) == fingerprint(load(dossier_dir, cache=False))


def test_prune_drops_other_code_versions_and_keeps_the_size_bound(cache_dir):
    store = cache.ParseCache(cache_dir)
    stale = cache_dir / "v-0000000000" / "ab"
    stale.mkdir(parents=True)
    (stale / "old").write_bytes(b"x" * 100)
    for n in range(20):
        store.put(f"{n:02d}" + "0" * 62, "x" * 50_000)
        os.utime(store._path(f"{n:02d}" + "0" * 62), (1_000_000 + n, 1_000_000 + n))
    store.prune(max_mb=0.5)  # 20 entries of ~50 kB = 1 MB: the oldest go until under 0.4 MB
    assert not (cache_dir / "v-0000000000").exists()
    kept = sorted(p.name[:2] for p in store.dir.rglob("*") if p.is_file())
    assert 0 < len(kept) <= 8
    assert kept == [f"{n:02d}" for n in range(20 - len(kept), 20)]  # the newest survive


def test_code_version_covers_every_core_module():
    core = Path(cache.__file__).parent
    assert len(list(core.glob("*.py"))) > 10
    assert cache.code_version() == cache.code_version()
    assert cache.content_key(b"x", False, {}) != cache.content_key(b"x", True, {})
    assert cache.content_key(b"x", False, {}) != cache.content_key(b"x", False, {"title": "T"})
    assert cache.content_key(b"x", False, {}) != cache.content_key(b"y", False, {})
    # the file's name is a layout hint (a headline the name spells is the title)
    assert cache.content_key(b"x", False, {}, "a-b-c") != cache.content_key(b"x", False, {}, "d-e-f")
