"""A derived structure asked for by two threads at once is built once (core.single_flight): the
second asker gets the first one's result, and builds it itself only when that build failed."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from dossier_tui import load
from dossier_tui.core import families, search, single_flight, warm
from dossier_tui.core.single_flight import claimed, shared_build

SEEDS = Path(__file__).resolve().parents[1] / "dossier_tui" / "seeds"


class Owner:
    """Any object stands for a dossier."""


def test_a_second_thread_waits_for_the_first_build_and_gets_its_result() -> None:
    owner, started, release = Owner(), threading.Event(), threading.Event()
    calls: list[str] = []

    def slow() -> list[str]:
        calls.append("slow")
        started.set()
        release.wait(5)
        return ["built once"]

    got: dict[str, object] = {}
    first = threading.Thread(target=lambda: got.setdefault("first", shared_build(owner, "k", slow)))
    first.start()
    started.wait(5)
    second = threading.Thread(
        target=lambda: got.setdefault("second", shared_build(owner, "k", lambda: calls.append("again")))
    )
    second.start()
    release.set()
    first.join(5)
    second.join(5)
    assert calls == ["slow"]
    assert got["first"] is got["second"] == ["built once"]


def test_a_failed_build_is_redone_by_the_waiter() -> None:
    owner, started, release = Owner(), threading.Event(), threading.Event()

    def broken() -> str:
        started.set()
        release.wait(5)
        raise RuntimeError("worker died")

    errors: list[BaseException] = []

    def first_build() -> None:
        try:
            shared_build(owner, "k", broken)
        except RuntimeError as exc:
            errors.append(exc)

    first = threading.Thread(target=first_build)
    first.start()
    started.wait(5)
    got: list[str] = []
    second = threading.Thread(target=lambda: got.append(shared_build(owner, "k", lambda: "rebuilt")))
    second.start()
    release.set()
    first.join(5)
    second.join(5)
    assert [str(e) for e in errors] == ["worker died"]
    assert got == ["rebuilt"]


def test_the_building_thread_itself_never_waits_on_its_own_claim() -> None:
    owner = Owner()
    with claimed(owner, "k") as flight:
        assert flight.mine
        assert shared_build(owner, "k", lambda: "inner") == "inner"
    assert single_flight._flights == {}


def test_different_keys_and_owners_do_not_wait_for_each_other() -> None:
    a, b = Owner(), Owner()
    with claimed(a, "k"):
        assert shared_build(a, "other", lambda: 1) == 1
        assert shared_build(b, "k", lambda: 2) == 2


def test_a_search_typed_while_the_loading_thread_builds_the_index_builds_none() -> None:
    d = load()
    builds: list[int] = []
    real = search._build_index
    started, release = threading.Event(), threading.Event()

    def slow_build(dossier):  # the loading thread's build, held open until the search has asked
        builds.append(1)
        started.set()
        release.wait(5)
        return real(dossier)

    loader_index: list[object] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search, "_build_index", slow_build)
        loader = threading.Thread(
            target=lambda: loader_index.append(d.derived("search_index", search.build_index))
        )
        loader.start()
        started.wait(5)
        hits: list[object] = []
        typed = threading.Thread(target=lambda: hits.extend(d.search("lukashenko", limit=3)))
        typed.start()
        release.set()
        loader.join(10)
        typed.join(10)
    assert builds == [1]
    assert hits  # the search answered, from the loading thread's index
    assert d.built("search_index") is loader_index[0]


def test_families_asked_for_while_warm_builds_them_are_warms(monkeypatch) -> None:
    """The inspector asks for the families from the UI thread while the loading thread's warm-up
    (matching in a worker process) is under way: it gets warm's families, equal to a plain build,
    and nothing is computed twice."""
    d = load()
    computed: list[int] = []
    real_built = families._built
    asked, release = threading.Event(), threading.Event()

    def counting_built(dossier, matched):
        if matched is None:
            computed.append(1)
        return real_built(dossier, matched)

    real_side = warm._side_by_side

    def held_side(dossier, *rest):  # warm holds its claim until the other thread has asked
        asked.wait(5)
        return real_side(dossier, *rest)

    monkeypatch.setattr(families, "_built", counting_built)
    monkeypatch.setattr(warm, "_side_by_side", held_side)
    warmer = threading.Thread(target=lambda: warm.warm(d, workers=2))
    warmer.start()
    got: list[object] = []

    def inspector() -> None:
        asked.set()
        got.append(d.families)

    # the warm-up claims the families at once; ask only once it has
    for _ in range(500):
        if single_flight._flights:
            break
        threading.Event().wait(0.01)
    reader = threading.Thread(target=inspector)
    reader.start()
    release.set()
    warmer.join(60)
    reader.join(60)
    assert computed == []
    assert got[0] is d.built("families")
    plain = families.build_families(dataclasses.replace(d))
    assert [f.members for f in got[0].families] == [f.members for f in plain.families]
