"""Families, once built, are frozen out of the cyclic collector's scans (core/gc_pause.py), as a
loaded dossier and its search index are: the collector would otherwise scan every object the build
made at its next young collections, on whatever thread allocates next (the app's UI thread)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import gc
from dossier_tui import load
from dossier_tui.core.families import build_families
d = load(cache=False, workers=1)
gc.collect()
before = gc.get_freeze_count()
fams = build_families(d)
assert fams.families
print(before, gc.get_freeze_count(), gc.isenabled())
"""


def test_built_families_are_frozen_and_the_collector_is_back_on():
    before, after, enabled = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(after) > int(before)  # the families' objects: no collection will scan them again
    assert enabled == "True"
