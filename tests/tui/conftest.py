"""Shared fixtures for the app tests: frozen variability, no real clipboard or browser, and
helpers that read what the screen shows."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console


@pytest.fixture(autouse=True)
def frozen_app_environment(monkeypatch, tmp_path):
    """No cursor blink, no user config, no tmux hint, no local clipboard or browser side effects."""
    from textual.widgets import Input

    import dossier_tui.tui.clipboard as clipboard

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.setattr(clipboard, "_local_copy", lambda text: None)
    monkeypatch.setattr(clipboard, "local_clipboard_available", lambda: True)  # as on a desktop
    monkeypatch.setattr(clipboard, "_hinted", False)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    return opened


def screen_text(app) -> str:
    """The current screen as plain text, exactly as a terminal would show it."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


async def settle(pilot) -> None:
    """Wait until loading/search workers finished and their messages were handled."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def write_articles(tmp_path: Path, articles: dict[str, str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# -- a small hand-built dossier with metadata, speakers and a family ---------------------------

TEXT_A = (
    "Lukashenko offers to host talks\n\n"
    "“Tell Trump that I expect him here with Putin and Zelensky,” Lukashenko said in an interview.\n\n"
    "The Belarusian leader praised Trump, calling his efforts “a brilliant idea.”\n"
)
TEXT_B = (
    "Belarus leader invites Trump\n\n"
    "“Tell Trump I am waiting for him here with Putin and Zelenskyy,” Lukashenka told reporters.\n"
)


def _paragraphs(text: str):
    from dossier_tui.core.model import Paragraph

    out, pos = [], 0
    for n, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        end = start + len(block.rstrip("\n"))
        out.append(Paragraph(n, ((start, end),), "title" if n == 0 else "body"))
        pos = end
    return tuple(out)


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def build_small_dossier():
    """Two outlets quoting one utterance differently; every offset computed from the text."""
    from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Provenance, Quote, Speaker

    prov = Provenance("manifest")
    meta_a = ArticleMeta(
        title=Field("Lukashenko offers to host talks", prov),
        outlet=Field("The Moscow Times", prov),
        date=Field("2025-03-05", prov),
        url=Field("https://example.org/a", prov),
    )
    meta_b = ArticleMeta(
        title=Field("Belarus leader invites Trump", prov),
        outlet=Field("Kyiv Post", prov),
        date=Field("2025-03-06", prov),
    )
    a = Article("mt", "mt.txt", TEXT_A, _paragraphs(TEXT_A), meta_a)
    b = Article("kp", "kp.txt", TEXT_B, _paragraphs(TEXT_B), meta_b)
    qa1 = _span(TEXT_A, "Tell Trump that I expect him here with Putin and Zelensky,")
    qa2 = _span(TEXT_A, "a brilliant idea.")
    qb1 = _span(TEXT_B, "Tell Trump I am waiting for him here with Putin and Zelenskyy,")
    quotes = (
        Quote(
            "mt:q1",
            "mt",
            *qa1,
            TEXT_A[slice(*qa1)],
            1,
            "full",
            "s1",
            mention=_span(TEXT_A, "Lukashenko", qa1[1]),
            cue=_span(TEXT_A, "said"),
            attribution="cue-after",
        ),
        Quote(
            "mt:q2",
            "mt",
            *qa2,
            TEXT_A[slice(*qa2)],
            2,
            "fragment",
            "s1",
            mention=_span(TEXT_A, "The Belarusian leader"),
            cue=_span(TEXT_A, "calling"),
        ),
        Quote(
            "kp:q1",
            "kp",
            *qb1,
            TEXT_B[slice(*qb1)],
            1,
            "full",
            "s1",
            mention=_span(TEXT_B, "Lukashenka"),
            cue=_span(TEXT_B, "told reporters"),
        ),
    )
    speakers = (
        Speaker(
            "s1",
            "Alexander Lukashenko",
            "person",
            ("Alexander Lukashenko", "Lukashenka"),
            ("Belarusian President", "the Belarusian leader"),
        ),
    )
    return Dossier("Talks offer", (a, b), quotes, speakers)


class FakeFamilies:
    """The agreed ``Families`` contract, for the one family of :func:`build_small_dossier`."""

    def __init__(self, dossier):
        from types import SimpleNamespace as NS

        a, b = dossier.quote("mt:q1"), dossier.quote("kp:q1")
        ta, tb = dossier.article("mt").text, dossier.article("kp").text
        diffs = (
            NS(label="omission", a=_span(ta, "that", a.start), b=None, a_text="that", b_text=""),
            NS(
                label="substitution",
                a=_span(ta, "expect", a.start),
                b=_span(tb, "am waiting for", b.start),
                a_text="expect",
                b_text="am waiting for",
            ),
            NS(
                label="spelling",
                a=_span(ta, "Zelensky", a.start),
                b=_span(tb, "Zelenskyy", b.start),
                a_text="Zelensky",
                b_text="Zelenskyy",
            ),
        )
        self.pair = NS(a="mt:q1", b="kp:q1", similarity=0.8, verdict="substantive", differences=diffs)
        self.family = NS(
            id="f1", members=("mt:q1", "kp:q1"), speakers=("s1",), conflict=False, pairs=(self.pair,)
        )
        self.families = (self.family,)
        self.singletons = ("mt:q2",)
        self.name_variants = ()

    def family_of(self, quote_id):
        return self.family if quote_id in self.family.members else None

    def pairs_for(self, quote_id):
        return (self.pair,) if quote_id in ("mt:q1", "kp:q1") else ()


@pytest.fixture
def small_dossier():
    return build_small_dossier()


@pytest.fixture
def with_families(monkeypatch):
    """Make the app see families for the small dossier, as if the comparison module had landed."""
    import dossier_tui.tui.features as features

    cache: dict[int, FakeFamilies] = {}
    monkeypatch.setattr(features, "families", lambda d, wait=True: cache.setdefault(id(d), FakeFamilies(d)))
