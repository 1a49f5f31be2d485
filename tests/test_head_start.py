"""The families' matching begun during the load (families_job.HeadStart): the name variants' text
phase runs in a worker on the articles alone, the quotes and speakers follow as a second message,
and the result is exactly what one pass over the whole dossier gives; a worker nobody finishes ends."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import time
from collections import Counter, defaultdict
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui import load
from dossier_tui.core import families_job, name_variants, pool, warm
from dossier_tui.core.families import build_families, compute_matched, encode_matched
from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Paragraph, Provenance, Speaker
from dossier_tui.core.name_variants import NameVariant, find_name_variants, scan_texts, variants_of
from dossier_tui.core.tokens import fold
from tests import pool_jobs
from tests.test_warm import _families, _fresh

# --- the split gives the variants the single pass gave -------------------------------------------


def _single_pass(dossier: Dossier) -> tuple[NameVariant, ...]:
    """find_name_variants as it was before the split (session 11), word for word: the oracle."""
    nv = name_variants
    by_text: dict[str, list[str]] = defaultdict(list)
    for art in dossier.articles:
        by_text[art.text].append(art.id)
    pairs: list[tuple[str, str]] = []
    vocab: list[tuple[list[str], list[str]]] = []
    by_copies: dict[int, list[str]] = defaultdict(list)
    for text, article_ids in by_text.items():
        words = nv._WORD.findall(text)
        by_copies[len(article_ids)].extend(words)
        for run in nv._NAME_RUN.findall(text):
            pairs.extend(pairwise([w for w in run.split() if w[0].isupper() and len(w) > 1]))
        vocab.append((words, article_ids))
    runs = Counter(pairs)
    counts: Counter[str] = Counter(by_copies.pop(1, ()))
    for copies, words in by_copies.items():
        for w, n in Counter(words).items():
            counts[w] += copies * n
    lower: Counter[str] = Counter()
    for w, n in counts.items():
        if not w[0].isupper():
            lower[fold(w)] += n
    names = [
        w
        for w, n in counts.items()
        if w[0].isupper() and len(w) >= nv._MIN_LEN and not w.isupper() and n > lower.get(fold(w), 0)
    ]
    groups = nv._look_alike_groups(names)
    candidates = {w for g in groups for w in g}
    partners = nv._partners(runs, candidates)
    spoken_by: dict[str, set[int]] = defaultdict(set)
    for n, sp in enumerate(dossier.speakers):
        for w in {w for v in sp.variants for w in v.split()} & candidates:
            spoken_by[w].add(n)
    none: set = set()
    out = []
    for group in groups:
        uf = nv._Union(group)
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if partners.get(x, none) & partners.get(y, none) or spoken_by.get(x, none) & spoken_by.get(
                    y, none
                ):
                    uf.union(x, y)
        for members in uf.groups():
            if len({fold(w) for w in members}) < 2:
                continue
            members.sort(key=lambda w: (-counts[w], w))
            out.append(NameVariant(members[0], {w: () for w in members}))
    if not out:
        return ()
    where: dict[str, dict[str, None]] = defaultdict(dict)
    wanted = {w for v in out for w in v.spellings}
    for words, article_ids in vocab:
        hits = wanted.intersection(words)
        for art_id in article_ids if hits else ():
            label = nv.outlet_label(dossier, art_id)
            for w in hits:
                where[w].setdefault(label, None)
    final = [NameVariant(v.canonical, {w: tuple(where[w]) for w in v.spellings}) for v in out]
    final.sort(key=lambda v: v.canonical)
    return tuple(final)


_WORDS = [
    "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr", "Nawfal", "Naufal", "Mario", "Hillary",
    "Hilary", "Clinton", "Lukashenko", "Lukashenka", "Alexander", "President", "Brian", "Bryan",
    "Thomas", "Barrack", "Barack", "Obama", "zelensky", "the", "said", "met", "H.", "ÉLYSÉE", "Élysée",
]  # fmt: skip


@st.composite
def name_dossiers(draw: st.DrawFn) -> Dossier:
    sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
    texts = draw(st.lists(st.lists(sentence, min_size=1, max_size=5).map(". ".join), min_size=1, max_size=4))
    arts = []
    for n in range(draw(st.integers(1, 8))):
        text = draw(st.sampled_from(texts))  # the same text in several articles (wire copy)
        outlet = draw(st.sampled_from([None, "Outlet A", "Outlet B", "Outlet C"]))
        meta = ArticleMeta(outlet=Field(outlet, Provenance("t"))) if outlet else ArticleMeta()
        arts.append(Article(f"a{n}", f"a{n}.txt", text, (Paragraph(0, ((0, len(text)),)),), meta))
    spell = st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), max_size=3)
    speakers = tuple(
        Speaker(f"s{n}", "Someone", variants=tuple(v))
        for n, v in enumerate(draw(st.lists(spell, max_size=3)))
    )
    return Dossier("generated", tuple(arts), speakers=speakers)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name_dossiers())
def test_the_text_phase_then_the_speaker_phase_give_the_single_pass_variants(d: Dossier):
    expected = _single_pass(d)
    assert find_name_variants(d) == expected
    # as the worker makes them: distinct texts and outlets first, the speakers later
    texts, arts = families_job.texts_of(d.articles)
    scan = scan_texts((aid, texts[t], outlet or aid) for aid, t, outlet in arts)
    assert variants_of(scan, d.speakers) == expected


def test_the_oracle_is_not_vacuous():
    d = Dossier(
        "t",
        tuple(
            Article(f"a{n}", "", text, (), ArticleMeta(outlet=Field(o, Provenance("t"))))
            for n, (o, text) in enumerate([("A", "Mario Nawfal spoke."), ("B", "Mario Naufal spoke.")])
        ),
    )
    assert [v.spellings for v in _single_pass(d)] == [{"Nawfal": ("A",), "Naufal": ("B",)}]


# --- the staged worker protocol -------------------------------------------------------------------


def test_a_staged_job_gets_every_later_part_in_order():
    with pool.Background(pool_jobs.parts) as bg:
        bg.give(1)
        bg.give_more({"two": [2] * 100_000})  # (larger than a pipe's buffer: sent through the file)
        bg.give_more("last")
        got = bg.result(lambda: None)
    assert got is not None and bg.redone == 0
    assert got[0] != os.getpid() and got[1:] == (1, {"two": [2] * 100_000}, "last")


def test_a_staged_job_never_finished_is_computed_here_not_waited_for_forever():
    bg = pool.Background(pool_jobs.parts)
    bg.give(1)
    bg.give_more(2)  # no "last": the worker's receive() gets None when the parent stops
    assert bg.result(lambda: "here") == "here" and bg.redone == 1


def test_a_waiting_worker_ends_when_its_parent_dies(tmp_path):
    script = textwrap.dedent(
        """
        import os, sys
        from dossier_tui.core import pool
        from tests import pool_jobs
        bg = pool.Background(pool_jobs.parts)
        bg.give(1)
        print(bg._pool.workers[0]._proc.pid, flush=True)
        os._exit(0)  # gone without a word: no close, no finaliser
        """
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    pid = int(out.stdout.split()[0])
    for _ in range(600):  # (a liveness bound, not a timing figure: it ends at once when it works)
        if not _alive(pid):
            break
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# --- load hands the worker to warm ----------------------------------------------------------------


def test_a_load_with_workers_begins_the_families_and_warm_finishes_them(monkeypatch):
    def no_new_worker(fn):
        raise AssertionError("warm must finish the load's worker, not start another")

    d = load(cache=False, workers=2)
    head = d.built("families_head_start")
    assert isinstance(head, families_job.HeadStart)
    monkeypatch.setattr(warm, "Background", no_new_worker)
    warm.warm(d)
    assert head._bg.redone == 0  # the worker's result, not one computed here
    assert d.built("families_head_start") is None
    assert _families(d.families) == _families(build_families(_fresh(d)))
    assert encode_matched(compute_matched(_fresh(d)))[0] == tuple(
        (v.canonical, tuple(v.spellings.items())) for v in d.families.name_variants
    )


def test_a_load_in_one_process_begins_nothing():
    assert load(cache=False, workers=1).built("families_head_start") is None


def test_warm_in_one_process_ends_the_loads_worker():
    d = load(cache=False, workers=2)
    proc = d.built("families_head_start")._bg._pool.workers[0]._proc
    warm.warm(d, workers=1)
    assert proc.poll() is not None and d.built("families") is not None


def test_a_dossier_nobody_warms_ends_its_worker_when_it_goes():
    d = load(cache=False, workers=2)
    proc = d.built("families_head_start")._bg._pool.workers[0]._proc
    assert proc.poll() is None
    del d
    gc.collect()
    assert proc.poll() is not None


def test_a_head_start_whose_worker_fails_costs_only_time(monkeypatch):
    d = load(cache=False, workers=2)
    head = d.built("families_head_start")
    head._bg._pool.workers[0]._proc.kill()
    warm.warm(d)
    assert head._bg.redone == 1  # computed here
    assert _families(d.families) == _families(build_families(_fresh(d)))


def test_families_asked_for_without_warm_finish_the_loads_worker(monkeypatch):
    d = load(cache=False, workers=2)
    head = d.built("families_head_start")
    fams = d.families  # as `dossier compare` asks
    assert head._bg.redone == 0 and d.built("families_head_start") is None
    assert _families(fams) == _families(build_families(_fresh(d)))
