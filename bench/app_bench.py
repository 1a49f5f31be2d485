"""Time to first paint of the dossier app against a bare Textual app started the same way, and the
time a search keystroke takes to update the results, both through Textual's ``run_test``/Pilot."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("bare")
        yield Footer()


async def _first_paint(make: Callable[[], App[Any]], size: tuple[int, int]) -> float:
    app = make()
    t0 = time.perf_counter()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        return time.perf_counter() - t0


async def _keystrokes(make: Callable[[], App[Any]], text: str, size: tuple[int, int]) -> list[float]:
    app = make()
    out = []
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()  # the dossier has loaded
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        for ch in text:
            t0 = time.perf_counter()
            await pilot.press(ch)
            await pilot.pause()
            await app.workers.wait_for_complete()  # the search worker posted its hits
            await pilot.pause()  # ... and the results pane applied them
            out.append((time.perf_counter() - t0) * 1000)
    return out


def run(corpus: str | None, runs: int, size: tuple[int, int] = (120, 40)) -> dict:
    from dossier_tui.tui.factory import make_app

    async def main() -> dict:
        # one warm-up of each, so imports and stylesheet parsing are not counted
        await _first_paint(BareApp, size)
        await _first_paint(lambda: make_app([]), size)
        out: dict[str, Any] = {}
        targets = {"seeds": []}
        if corpus:
            targets["polnear-train"] = [corpus]
        for name, paths in targets.items():
            bare, ours = [], []
            for _ in range(runs):  # alternate, so drift affects both alike
                bare.append(await _first_paint(BareApp, size))
                ours.append(await _first_paint(lambda paths=paths: make_app(paths), size))
            out[f"first_paint_{name}"] = {
                "bare_ms": statistics.median(bare) * 1000,
                "dossier_ms": statistics.median(ours) * 1000,
                "ratio": statistics.median(ours) / statistics.median(bare),
                "runs": runs,
            }
        for name, paths in targets.items():
            keys = await _keystrokes(lambda paths=paths: make_app(paths), "brilliant", size)
            out[f"search_keystroke_{name}"] = {
                "median_ms": statistics.median(keys),
                "max_ms": max(keys),
                "keystrokes": len(keys),
            }
        return out

    return asyncio.run(main())
