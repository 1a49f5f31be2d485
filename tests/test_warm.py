"""Families and the search index built side by side (dossier_tui.core.warm): the families' matching
in a worker process gives exactly the families built here, and a worker that fails costs time only."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui import load
from dossier_tui.core import families_job, pool, warm
from dossier_tui.core.families import Families, build_families, compute_matched, encode_matched
from dossier_tui.core.model import Dossier, Speaker
from tests import pool_jobs
from tests.test_families_properties import dossiers

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train"


def _families(fam: Families) -> tuple:
    """Everything a reader of the families sees, pair differences included."""
    return (
        [
            (
                f.id,
                f.members,
                f.speakers,
                f.conflict,
                [(p.a, p.b, p.similarity, p.verdict, p.differences) for p in f.pairs],
            )
            for f in fam.families
        ],
        fam.singletons,
        [(v.canonical, v.spellings) for v in fam.name_variants],
        fam.candidates_scored,
    )


def _fresh(d: Dossier) -> Dossier:
    """The same dossier with nothing derived yet."""
    return dataclasses.replace(d)


@st.composite
def with_speakers(draw: st.DrawFn) -> Dossier:
    d = draw(dossiers())
    names = {"minister": "Olena Kovalenko", "general": "Valerii Zaluzhnyi", "mayor": "Vitali Klitschko"}
    spoken = sorted({q.speaker for q in d.quotes if q.speaker})
    speakers = tuple(
        Speaker(s, names[s], variants=(names[s], names[s].replace("i", "y")))
        for s in spoken
        if draw(st.booleans())
    )
    return dataclasses.replace(d, speakers=speakers)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_speakers())
def test_the_job_rebuilds_everything_matching_reads(d: Dossier):
    rebuilt = families_job.dossier_of(families_job.job_of(d))
    assert encode_matched(compute_matched(rebuilt)) == encode_matched(compute_matched(d))


def test_families_from_the_worker_are_the_families_built_here(monkeypatch):
    used: list[pool.Background] = []

    def spied(fn):
        used.append(pool.Background(fn))
        return used[-1]

    monkeypatch.setattr(warm, "Background", spied)
    d = load(cache=False)
    warm.warm(d, workers=2)
    assert [bg.redone for bg in used] == [0]  # the worker's result, not one computed here
    assert d.built("search_index") is not None
    assert _families(d.families) == _families(build_families(_fresh(d)))
    assert d.families.families  # the seeds do share utterances: the comparison is not vacuous


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpora/polnear-train")
def test_families_from_the_worker_on_the_real_corpus():
    d = load(CORPUS, cache=False)
    warm.warm(d, workers=2)
    assert _families(d.families) == _families(build_families(_fresh(d)))


def test_one_process_builds_both_here(monkeypatch):
    def no_worker(fn):
        raise AssertionError("workers=1 must not start a worker")

    monkeypatch.setattr(warm, "Background", no_worker)
    d = load(cache=False)
    warm.warm(d, workers=1)
    assert d.built("families") is not None and d.built("search_index") is not None


def test_a_worker_that_crashes_costs_only_time(monkeypatch):
    monkeypatch.setenv(pool_jobs.PARENT, str(os.getpid()))
    monkeypatch.setattr(families_job, "matched", pool_jobs.dies_in_worker)
    d = load(cache=False)
    warm.warm(d, workers=2)
    assert _families(d.families) == _families(build_families(_fresh(d)))


def test_a_worker_result_of_the_wrong_shape_is_computed_again(monkeypatch):
    monkeypatch.setattr(families_job, "matched", pool_jobs.square_or_garbage)
    d = load(cache=False)
    warm.warm(d, workers=2)
    assert _families(d.families) == _families(build_families(_fresh(d)))


def test_families_from_the_worker_are_cached_like_families_built_here(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    d = load(cache=True)
    assert d.fingerprint
    warm.warm(d, workers=2)
    again = load(cache=True)

    def no_worker(fn):
        raise AssertionError("the cache had the families: no worker needed")

    monkeypatch.setattr(warm, "Background", no_worker)
    warm.warm(again, workers=2)
    assert _families(again.families) == _families(d.families)


def test_background_runs_the_job_in_another_process():
    with pool.Background(pool_jobs.pid_plus) as bg:
        bg.give(1)
        got = bg.result(lambda: -1)
    assert got != os.getpid() + 1 and got != -1 and bg.redone == 0


def test_background_never_given_a_job_computes_here_and_ends_its_worker():
    bg = pool.Background(pool_jobs.square)
    procs = [w._proc for w in bg._pool.workers]
    assert bg.result(lambda: 42) == 42 and bg.redone == 1
    assert all(p.poll() is not None for p in procs if p is not None)
