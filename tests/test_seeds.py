"""The bundled seeds are the shared seeds, byte for byte, and load with no argument."""

from pathlib import Path

import pytest

import dossier_tui
from dossier_tui.core.loader import seed_dir

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def test_bundled_seeds_load_by_default():
    d = dossier_tui.load()
    assert sorted(Path(a.path).name for a in d.articles) == sorted(p.name for p in seed_dir().glob("*.txt"))
    assert len(d.articles) == 2


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not beside the project")
def test_seeds_are_unchanged_copies():
    for src in SHARED.glob("*.txt"):
        assert (seed_dir() / src.name).read_bytes() == src.read_bytes()
