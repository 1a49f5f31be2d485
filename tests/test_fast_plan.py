"""The plan's real-path shortcut (each directory resolved once) gives ``os.path.realpath`` exactly,
for paths through directory links, file links, ``..``, ``.``, loops and missing parts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.core.loader import _Collector, plan

SEGMENTS = ["d", "sub", "dlink", "flink", "f.txt", "loop", "gone", "..", ".", ""]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("tree")
    (top / "d" / "sub").mkdir(parents=True)
    (top / "d" / "f.txt").write_text("x")
    (top / "d" / "sub" / "f.txt").write_text("y")
    os.symlink(top / "d", top / "dlink")
    os.symlink(top / "d" / "f.txt", top / "flink")
    os.symlink("sub/../f.txt", top / "d" / "flink")
    os.symlink("loop", top / "loop")
    os.symlink(top / "nowhere", top / "d" / "gone")
    return top


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=5))
def test_realpath_shortcut_equals_realpath(tree: Path, parts: list[str]):
    col = _Collector()
    for p in (str(tree) + "/" + "/".join(parts), str(Path(tree, *parts))):
        assert col.realpath(p) == os.path.realpath(p)
        assert col.realpath(p) == os.path.realpath(p)  # the second time from the directory memo


def test_a_file_reached_through_a_link_is_read_once(tree: Path):
    p = plan(tree / "d" / "f.txt", tree / "flink", tree / "dlink" / "f.txt", tree / "d" / "flink")
    assert [s.shown for s in p.sources] == [str(tree / "d" / "f.txt")]
