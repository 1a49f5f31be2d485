"""Render the README screenshots from the real app on the bundled seeds.

    python scripts/export_screenshots.py [OUTDIR]     (default: screenshots/)

Writes main.svg, inspector.svg, search.svg, filter.svg and help.svg, each built with ``make_app`` exactly as
the ``dossier`` command builds it.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui.tui.factory import make_app

Steps = Callable[[object], Awaitable[None]]


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def _keys(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await _settle(pilot)


async def _shoot(name: str, outdir: Path, size: tuple[int, int], steps: Steps) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await _settle(pilot)
        await steps(pilot)
        app.save_screenshot(filename=f"{name}.svg", path=str(outdir))
    print(outdir / f"{name}.svg")


async def _inspector(pilot) -> None:
    """The quote with the most other-outlet wordings, inspector focused."""
    main = pilot.app.main_screen
    from dossier_tui.tui import features

    dossier = main.dossier
    best = max(dossier.quotes, key=lambda q: len(features.pairs_for(dossier, q.id)), default=None)
    if best is not None:
        main.jump_to_quote(best.id)
        await _settle(pilot)
    main.inspector.focus()
    await _settle(pilot)


async def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    await _shoot("main", outdir, (140, 40), lambda p: _keys(p, "j", "right_square_bracket"))
    await _shoot("inspector", outdir, (200, 50), _inspector)
    await _shoot("search", outdir, (140, 40), lambda p: _keys(p, "slash", *"zelensky"))
    await _shoot("filter", outdir, (140, 40), lambda p: _keys(p, "f", *"abc"))
    await _shoot("help", outdir, (110, 60), lambda p: _keys(p, "question_mark"))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")))
