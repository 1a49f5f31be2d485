"""A load freezes its result for the cyclic collector (core/gc_pause.py): safe only because a loaded
dossier holds no reference cycles, which freezing would keep for good."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import gc, sys
from dossier_tui import load
gc.collect()
d = load(cache=False, workers=1)
assert len(d.quotes) > 10
frozen = gc.get_freeze_count()
gc.unfreeze()
del d
print(frozen, gc.collect())
"""


def test_a_loaded_dossier_is_frozen_and_holds_no_cycles():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    frozen, unreachable = int(out[0]), int(out[1])
    assert frozen > 1000  # the dossier's objects: no collection will scan them again
    assert unreachable == 0  # dropped, it is freed by reference counts alone: freezing kept nothing
