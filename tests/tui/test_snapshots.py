"""SVG snapshots of the main views (sync tests: ``snap_compare`` runs its own event loop).
Update baselines with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after a deliberate
change, and look at the report before accepting."""

from __future__ import annotations

import pytest
from conftest import build_small_dossier

from dossier_tui.tui import features
from dossier_tui.tui.factory import make_app


@pytest.fixture(autouse=True)
def frozen_search(monkeypatch):
    """Snapshots must not move when the core search engine's ranking improves."""
    monkeypatch.setattr(features, "search", lambda *a, **k: (features._fallback_search(*a, **k), ()))


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class TestMainViews:
    def test_main_80x24(self, snap_compare):
        async def run_before(pilot):
            await _settle(pilot)
            await pilot.press("j")
            await _settle(pilot)

        assert snap_compare(
            make_app(dossier=build_small_dossier()), terminal_size=(80, 24), run_before=run_before
        )

    def test_inspector_with_differences_200x60(self, snap_compare, with_families):
        async def run_before(pilot):
            await _settle(pilot)
            await pilot.press("j", "tab", "tab")
            await _settle(pilot)

        assert snap_compare(
            make_app(dossier=build_small_dossier()), terminal_size=(200, 60), run_before=run_before
        )

    def test_search_results(self, snap_compare):
        async def run_before(pilot):
            await _settle(pilot)
            await pilot.press("slash", *"trump")
            await _settle(pilot)

        assert snap_compare(
            make_app(dossier=build_small_dossier()), terminal_size=(120, 30), run_before=run_before
        )

    def test_help(self, snap_compare):
        async def run_before(pilot):
            await _settle(pilot)
            await pilot.press("question_mark")
            await _settle(pilot)

        assert snap_compare(
            make_app(dossier=build_small_dossier()), terminal_size=(100, 60), run_before=run_before
        )

    def test_tiny_40x12(self, snap_compare):
        assert snap_compare(
            make_app(dossier=build_small_dossier()), terminal_size=(40, 12), run_before=_settle
        )
