"""Time to first paint of the dossier app against a bare Textual app started the same way (each in a
fresh process, from process start, under ``run_test``), and the time a search keystroke takes to
update the results through Pilot, beside a bare app whose input only echoes."""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("bare")
        yield Footer()


async def _settle(app: App[Any], pilot: Any) -> None:
    """Wait until no worker runs (loading, cache warming) and the screen has caught up."""
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if all(w.is_finished for w in app.workers):
            return


async def _keystrokes(
    app: App[Any], text: str, open_keys: tuple[str, ...], size: tuple[int, int]
) -> list[float]:
    out = []
    async with app.run_test(size=size) as pilot:
        await _settle(app, pilot)
        for key in open_keys:
            await pilot.press(key)
        await _settle(app, pilot)
        for ch in text:
            t0 = time.perf_counter()
            await pilot.press(ch)
            await _settle(app, pilot)  # the search worker posted its hits and the pane shows them
            out.append((time.perf_counter() - t0) * 1000)
    return out


class BareInputApp(App[None]):
    """The keystroke baseline: an input that echoes into a Static, no search at all."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(id="q")
        yield Static(id="echo")
        yield Footer()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#echo", Static).update(Text(event.value))


def _child(args: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve().parent / "child.py"), *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    lines = out.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "no output")
    return json.loads(lines[-1])


def run(corpus: str | None, runs: int, size: tuple[int, int] = (120, 40)) -> dict:
    from dossier_tui.tui.factory import make_app

    out: dict[str, Any] = {}
    targets: dict[str, list[str]] = {"seeds": []}
    if corpus:
        targets["polnear-train"] = [corpus]
    for name, paths in targets.items():
        bare, ours = [], []
        for _ in range(runs):  # alternate, so drift affects both alike; each in a fresh process
            bare.append(_child(["paint", "bare"]))
            ours.append(_child(["paint", "dossier", *paths]))
        fig = {
            k: (statistics.median(r[k] for r in bare), statistics.median(r[k] for r in ours))
            for k in ("first_paint_s", "idle_s")
        }
        (b, o), (bi, oi) = fig["first_paint_s"], fig["idle_s"]
        out[f"first_paint_{name}"] = {
            "bare_ms": b * 1000,
            "dossier_ms": o * 1000,
            "ratio": o / b,
            "runs": runs,
            # the older figure: run_test ready and the process idle (background loading included)
            "idle_bare_ms": bi * 1000,
            "idle_dossier_ms": oi * 1000,
        }
        if paths:  # usable while loading: ``?`` sent right after the first frame, then ``q``
            keys = [_child(["paint", "dossier-keys", *paths]) for _ in range(runs)]
            out[f"first_paint_{name}"].update(
                {
                    f"{k[:-2]}_ms": statistics.median(r[k] for r in keys) * 1000
                    for k in ("help_shown_s", "help_latency_s", "quit_latency_s")
                }
                | {"loaded_before_help": sum(bool(r["loaded_by_then"]) for r in keys)}
            )

    async def keys() -> None:
        base = await _keystrokes(BareInputApp(), "brilliant", (), size)
        for name, paths in targets.items():
            got = await _keystrokes(make_app(paths), "brilliant", ("slash",), size)
            out[f"search_keystroke_{name}"] = {
                "median_ms": statistics.median(got),
                "max_ms": max(got),
                "keystrokes": len(got),
                "bare_input_median_ms": statistics.median(base),
            }

    asyncio.run(keys())
    return out
