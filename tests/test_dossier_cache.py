"""Dossier-wide results (families, search postings) cached under what the dossier was built from:
a dossier opened again gets exactly what a cold load computes, and a changed dossier never gets
another dossier's results."""

from __future__ import annotations

import pickle
from array import array
from pathlib import Path

import pytest

from dossier_tui.core import cache, families, search
from dossier_tui.core.build import from_texts, load
from tests.conftest import seeds_and

SECOND = (
    "Minsk talks\n\nBy Jane Roe\n\nThe Belarusian leader spoke to reporters in Minsk on Wednesday.\n\n"
    "“It is not so much about NATO expansion,” Alexander Lukashenka said of the offer.\n\n"
    "“We will not accept this under any circumstances,” Lukashenka said. “Never, not once.”\n"
)
THIRD = (
    "Talks end\n\nThe talks ended late on Tuesday evening in the capital.\n\n"
    "“We will not accept this under any circumstances,” Alexander Lukashenko said on Tuesday.\n"
)
BEYOND = (["word"], array("I", [1]).tobytes(), array("I", [10**9]).tobytes())
QUERIES = ("nato expansion", "lukashenko", "lukashnko", "circumstances", "'not accept", "^we !never")


@pytest.fixture
def dossier_dir(tmp_path: Path) -> Path:
    return seeds_and(tmp_path / "dossier", {"second.txt": SECOND, "third.md": THIRD})


def seen(d) -> tuple:
    """What a user can see of families and search, as plain values."""
    fam = d.families
    fams = [(f.members, f.speakers, f.conflict) for f in fam.families]
    pairs = {q.id: [(p.a, p.b, p.verdict) for p in fam.pairs_for(q.id)] for q in d.quotes}
    variants = [(v.canonical, v.spellings) for v in fam.name_variants]
    hits = {s: [(h.kind, h.text, h.spans, h.quote) for h in d.search(s, limit=20)] for s in QUERIES}
    return fams, fam.singletons, pairs, variants, hits


def forbid_computing(monkeypatch) -> None:
    def fail(*_args, **_kwargs):
        raise AssertionError("computed, not read from the cache")

    monkeypatch.setattr(families, "find_name_variants", fail)
    monkeypatch.setattr(families, "match_quotes", fail)
    monkeypatch.setattr(search, "_lexicon", fail)


def test_a_reopened_dossier_reads_families_and_postings_from_the_cache(dossier_dir, cache_dir, monkeypatch):
    cold = seen(load(dossier_dir, cache=False))
    fams, _singles, _pairs, variants, hits = cold
    # The dossier is worth comparing: a family across outlets, a spelling variant, search hits.
    assert any(len(m) >= 2 for m, _s, _c in fams)
    assert any(c == "Lukashenko" or "Lukashenka" in s for c, s in variants)
    assert all(hits[q] for q in ("nato expansion", "circumstances"))
    assert seen(load(dossier_dir)) == cold  # computed, then stored
    forbid_computing(monkeypatch)
    assert seen(load(dossier_dir)) == cold


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: cache._FORMAT + pickle.dumps(("a", "tuple", "of", "the", "wrong", "things")),
        lambda raw: cache._FORMAT + pickle.dumps(({}, [(0, 10**9)], {}, [], set(), 0)),
        lambda raw: cache._FORMAT + pickle.dumps((BEYOND, BEYOND, BEYOND)),  # a document id too many
    ],
)
def test_damaged_dossier_entries_are_recomputed(dossier_dir, cache_dir, damage):
    cold = seen(load(dossier_dir, cache=False))
    seen(load(dossier_dir))
    entries = [p for p in cache_dir.rglob("*") if p.is_file()]
    assert len(entries) == len(load(dossier_dir).articles) + 2  # per article, families, postings
    for p in entries:
        p.write_bytes(damage(p.read_bytes()))
    assert seen(load(dossier_dir)) == cold


def test_an_edited_or_renamed_article_is_never_given_another_dossiers_families(dossier_dir, cache_dir):
    seen(load(dossier_dir))
    (dossier_dir / "third.md").write_text(THIRD.replace("under any", "in any"), encoding="utf-8")
    edited = load(dossier_dir)
    assert seen(edited) == seen(load(dossier_dir, cache=False))
    assert any("in any circumstances" in h[1] for h in seen(edited)[4]["circumstances"])
    (dossier_dir / "second.txt").rename(dossier_dir / "renamed.txt")  # quote ids change
    renamed = load(dossier_dir)
    assert seen(renamed) == seen(load(dossier_dir, cache=False))
    for f in renamed.families.families:
        assert all(renamed.quote(q) for q in f.members)


def test_a_dossier_built_in_memory_caches_nothing(cache_dir):
    d = from_texts({"a.txt": SECOND, "b.txt": THIRD})
    assert d.fingerprint is None
    d.families, d.search("nato")
    assert not cache_dir.exists()


def test_the_fingerprint_follows_content_ids_and_the_cache_switch(dossier_dir, cache_dir):
    first = load(dossier_dir).fingerprint
    assert first and load(dossier_dir).fingerprint == first
    assert load(dossier_dir, cache=False).fingerprint is None
    (dossier_dir / "third.md").write_text(THIRD + "\nOne more line.\n", encoding="utf-8")
    assert load(dossier_dir).fingerprint != first
