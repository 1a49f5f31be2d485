"""The load sends the families' worker its second part (quotes and speakers) as soon as it knows
them, before it makes the quote objects: what is sent must be exactly what the finished dossier
gives (``families_job.rest_of``), and ``warm`` must not send it again."""

from __future__ import annotations

from dossier_tui import load
from dossier_tui.core import build, families_job, pool, warm
from dossier_tui.core.build import build_dossier
from dossier_tui.core.families import build_families
from dossier_tui.core.layout import parse_layout
from dossier_tui.core.loader import Loaded
from dossier_tui.core.model import Article, ArticleMeta, Field, Provenance
from tests.test_warm import _families, _fresh

TEXTS = {
    "one": (
        "Talks\n\n"
        "“We will not give up,” Olena Kovalenko said. “Not one village.”\n\n"
        "“It is hard,” she said, “and it will be harder.”\n\n"
        "Critics called it “a Potemkin plan”. “Nobody asked us,” a farmer said.\n\n"
        "The road signs, all “Closed”, were new.\n"
    ),
    "two": (
        "Kovalenko vows\n\n"
        "“We will not give up,” the minister, Olena Kovalenko, told reporters.\n\n"
        "Valerii Zaluzhnyi said: “The line holds.” “Not one village,” Kovalenko added.\n"
    ),
}


class _Recorder:
    """Stands for the worker: keeps what the head start gives it."""

    def __init__(self, fn: object) -> None:
        self.given: list[object] = []
        self.more: list[object] = []

    def give(self, job: object) -> None:
        self.given.append(job)

    def give_more(self, value: object) -> None:
        self.more.append(value)

    def close(self, kill: bool = False) -> None:
        pass


def _as_lists(rest: families_job.RestJob) -> tuple[list[list[object]], list[object]]:
    quotes, speakers = rest
    return [list(c) for c in quotes], list(speakers)


def _articles() -> tuple[Article, ...]:
    out = []
    for n, (name, text) in enumerate(TEXTS.items()):
        layout = parse_layout(text)
        meta = ArticleMeta(outlet=Field(f"Outlet {n}", Provenance("test")))
        out.append(Article(f"a{n}", name, text, layout.paragraphs, meta))
    return tuple(out)


def test_the_quotes_sent_before_they_are_made_are_the_dossiers(monkeypatch):
    monkeypatch.setattr(families_job, "Background", _Recorder)
    head = families_job.HeadStart()
    arts = _articles()
    analyses = [build.analyse_article(a) for a in arts]
    d = build.assemble("t", arts, analyses, (), None, head.quoted)
    assert len(head._bg.more) == 1
    assert _as_lists(head._bg.more[0]) == _as_lists(families_job.rest_of(d))
    # the case worth checking is there: an utterance in two parts, a speaker, an unattributed quote
    assert any(q.utterance != q.id for q in d.quotes) and d.speakers
    assert any(q.speaker is None for q in d.quotes)
    head.finish(d)  # (warm, then: nothing sent twice)
    assert len(head._bg.more) == 1


def test_assembling_with_or_without_the_early_quotes_gives_the_same_dossier(monkeypatch):
    monkeypatch.setattr(families_job, "Background", _Recorder)
    arts = _articles()
    analyses = [build.analyse_article(a) for a in arts]
    told = build.assemble("t", arts, analyses, (), None, families_job.HeadStart().quoted)
    plain = build_dossier(Loaded("t", arts, (), None))
    assert told.quotes == plain.quotes and told.speakers == plain.speakers


def test_a_load_with_workers_sends_the_quotes_once_and_warm_uses_them(monkeypatch):
    sent: list[object] = []
    give_more = pool.Background.give_more

    def recorded(self: pool.Background, value: object) -> None:
        sent.append(value)
        give_more(self, value)

    monkeypatch.setattr(pool.Background, "give_more", recorded)
    d = load(cache=False, workers=2)
    assert len(sent) == 1  # by the load itself, before anyone warms the dossier
    assert _as_lists(sent[0]) == _as_lists(families_job.rest_of(d))
    head = d.built("families_head_start")
    warm.warm(d)
    assert len(sent) == 1 and head._bg.redone == 0
    assert _families(d.families) == _families(build_families(_fresh(d)))
