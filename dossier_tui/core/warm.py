"""What a loaded dossier is read with, built before anyone asks: its families and its search index.

Both take seconds on a large dossier (×10 polnear-train: index 1.5-1.9 s, families 1.8 s) and
neither needs the other, so with an idle core they are built side by side: the families' matching
(name variants and matches, the expensive part) in a worker process (:mod:`.families_job`) while
the index is built here; then the families are put together here from the matches. When the load
used workers, that worker was started by the load and has already scanned the article texts
(:class:`.families_job.HeadStart`): it is finished here rather than a new one started. Each is kept
by the dossier (``Dossier.families``, ``Dossier.search``) exactly as if built on first use.
"""

from __future__ import annotations

from . import families_job
from .cache import dossier_cached, dossier_store
from .families import Matched, build_families, compute_matched, decoder
from .gc_pause import collector_paused
from .model import Dossier
from .pool import Background, default_workers
from .search import build_index
from .single_flight import claimed


def warm(dossier: Dossier, workers: int | None = None) -> None:
    """Build the dossier's families and search index. ``workers``: processes to use, this one
    included (default: :func:`.pool.default_workers` for the dossier's articles; 1: one after the
    other, here)."""
    head = families_job.take(dossier)  # begun by the load: used unless told to use one process
    try:
        n = default_workers(len(dossier.articles)) if workers is None else workers
        if head is not None and workers is None:
            n = max(n, 2)  # (its worker is running already)
        if n < 2 or dossier.built("families") is not None:
            dossier.families  # noqa: B018 (built and kept by the dossier)
            dossier.derived("search_index", build_index)
            return
        # Claimed from here on: a thread that asks for the families meanwhile (the app's inspector)
        # waits for these instead of computing its own beside them.
        with claimed(dossier, "families") as flight:
            if not flight.mine:  # another thread began first: it delivers them
                dossier.derived("search_index", build_index)
                dossier.families  # noqa: B018 (waited for)
                return
            flight.value = _side_by_side(dossier, head)
    finally:
        if head is not None:
            head.close()


def _side_by_side(dossier: Dossier, head: families_job.HeadStart | None = None) -> object:
    """Families' matching in a worker while the index is built here; then the families.
    ``head``: the matching begun by the load, finished instead of starting a worker."""
    matched = dossier_cached("families", dossier.fingerprint, decoder(dossier))
    if matched is None and head is not None:
        head.finish(dossier)
        dossier.derived("search_index", build_index)
        entry = head.result()
        matched = _stored(dossier, entry)
    elif matched is None:
        with Background(families_job.matched) as bg:
            with collector_paused():  # (90,000 tuples at ×10: the collector would rescan the dossier)
                job = families_job.job_of(dossier)
            bg.give(job)
            del job
            dossier.derived("search_index", build_index)
            entry = bg.result(lambda: None)
        matched = _stored(dossier, entry)
    done: Matched = matched
    families = dossier.derived("families", lambda d: build_families(d, done))
    dossier.derived("search_index", build_index)
    return families


def _stored(dossier: Dossier, entry: object) -> Matched:
    """The worker's result, cached; computed here if it has none."""
    matched = _checked(dossier, entry)
    if matched is None:
        return compute_matched(dossier)
    dossier_store("families", dossier.fingerprint, entry)
    return matched


def _checked(dossier: Dossier, entry: object) -> Matched | None:
    """The worker's result, decoded, if it has the shape this dossier's matches must have."""
    if entry is None:
        return None
    try:
        return decoder(dossier)(entry)
    except Exception:  # garbage from a broken worker: computed here instead
        return None
