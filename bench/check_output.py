"""Byte-for-byte guard for speed work: save the CLI's JSON output once, then compare after each change.

    python bench/check_output.py save [DIR]     # write the reference outputs to DIR
    python bench/check_output.py check [DIR]    # re-run and diff against DIR (exit 1 on any difference)

Runs ``dossier quotes/compare/articles --json --no-cache`` on the bundled seeds and on the real
corpus (when ``../shared`` is there), each in a fresh process. DIR defaults to ``bench/out/check``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_CORPUS  # noqa: E402

COMMANDS = ("quotes", "compare", "articles")


def _targets() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"seeds": []}
    if Path(DEFAULT_CORPUS).exists():
        out["polnear"] = [str(DEFAULT_CORPUS)]
    return out


def _run(cmd: str, paths: list[str]) -> bytes:
    env = dict(os.environ, DOSSIER_NO_CACHE="1")
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", cmd, *paths, "--json", "--no-cache"],
        cwd=HERE.parent,
        env=env,
        capture_output=True,
        check=True,
    ).stdout


def main() -> int:
    mode = sys.argv[1]
    ref = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "out" / "check"
    ref.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, paths in _targets().items():
        for cmd in COMMANDS:
            got = _run(cmd, paths)
            f = ref / f"{name}-{cmd}.json"
            if mode == "save":
                f.write_bytes(got)
                print(f"saved {f} ({len(got):,} bytes)")
            elif f.read_bytes() == got:
                print(f"same  {name} {cmd}")
            else:
                bad += 1
                f.with_suffix(".new").write_bytes(got)
                print(f"DIFF  {name} {cmd} (new output in {f.with_suffix('.new')})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
