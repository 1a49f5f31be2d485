"""The CLI on hostile input: each problem printed to stderr naming its file, the rest on stdout;
exit status non-zero only when nothing could be loaded, or with ``--strict``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dossier_tui.cli import main
from tests.hostile_corpus import ARTICLE, make_corpus, make_dir_cases, make_hostile_names

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (["quotes"], ["articles"], ["search", "minister"], ["compare"])
"""Paths go right after the command: argparse stops taking them after an option (see HANDOFF)."""


def run(capsys, *argv: str) -> tuple[int, str, list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, [line for line in err.splitlines() if line]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "hostile"
    return root, make_corpus(root)


def test_whole_corpus_prints_one_line_per_problem_and_exits_zero(corpus, capsys):
    root, cases = corpus
    status, out, err = run(capsys, "quotes", "--json", str(root))
    assert status == 0
    quotes = json.loads(out)
    loaded = {os.path.relpath(q["path"], root) for q in quotes}
    assert loaded <= {c.name for c in cases if c.loads}
    assert all(line.startswith("dossier: ") for line in err)
    for case in cases:
        if case.problem is None:
            continue
        named = [line for line in err if line.startswith(f"dossier: {root / case.name}: ")]
        assert len(named) == 1, (case.name, err)
        assert case.problem.lower() in named[0].lower()
    assert len(err) == sum(1 for c in cases if c.problem) + 1  # + the note on skipped non-articles
    assert run(capsys, "quotes", "--json", "--strict", str(root))[0] == 1


@pytest.mark.parametrize("argv", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_keeps_the_exit_rule(corpus, capsys, argv, tmp_path):
    root, _ = corpus
    assert run(capsys, *argv, str(root), "--json")[0] == 0
    assert run(capsys, *argv, str(root), "--json", "--strict")[0] == 1
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    status, _, err = run(capsys, *argv, str(bad), "--json")
    assert status == 1  # nothing could be loaded
    assert {line.split(": ")[1] for line in err} == {str(bad / "empty.txt"), str(bad / "photo.txt")}


def test_export_and_cite_keep_the_exit_rule(corpus, capsys, tmp_path):
    root, _ = corpus
    status, out, _ = run(capsys, "export", str(root), "--format", "csv")
    assert status == 0 and out.startswith("id,article")
    out_file = tmp_path / "out.json"
    assert run(capsys, "export", str(root), "--format", "json", "-o", str(out_file))[0] == 0
    assert json.loads(out_file.read_text(encoding="utf-8"))["problems"]
    assert run(capsys, "cite", "utf8", str(root), "--style", "apa")[0] == 0
    assert run(capsys, "cite", "utf8", str(root), "--style", "apa", "--strict")[0] == 1


def _single_cases(root: Path, cases) -> list:
    # A directory link given alone is a whole directory, not a file case.
    return [c for c in cases if c.name != "nested/back"]


def test_each_file_case_alone(corpus, capsys):
    root, cases = corpus
    for case in _single_cases(root, cases):
        path = str(root / case.name)
        status, out, err = run(capsys, "quotes", "--json", path)
        assert status == (0 if case.loads else 1), (case.name, err)
        if case.problem:
            assert len(err) == 1 and err[0].startswith(f"dossier: {path}: "), (case.name, err)
            assert case.problem.lower() in err[0].lower()
        else:
            assert err == [], case.name
        assert all(q["path"] == path for q in json.loads(out))
        if case.loads:
            (article,) = json.loads(run(capsys, "articles", "--json", path)[1])
            assert article["path"] == path
        strict = run(capsys, "quotes", "--json", "--strict", path)[0]
        assert strict == (0 if case.loads and not case.problem else 1), case.name


def test_each_manifest_case(tmp_path, capsys):
    for case in make_dir_cases(tmp_path):
        path = tmp_path / case.name
        status, out, err = run(capsys, "quotes", "--json", str(path))
        assert status == (0 if case.loads else 1), (case.name, err)
        assert len(err) == len(case.problems), (case.name, err)
        for line, wanted in zip(err, case.problems, strict=True):
            assert wanted in line and str(path) in line, (line, wanted)
        if case.loads:
            assert [q["text"] for q in json.loads(out)] == ["We will meet again,"]
        assert run(capsys, "quotes", "--json", "--strict", str(path))[0] == 1


def test_a_missing_path_is_named_and_fails(tmp_path, capsys):
    status, out, err = run(capsys, "quotes", "--json", str(tmp_path / "nope.txt"))
    assert status == 1 and json.loads(out) == []
    assert err == [f"dossier: {tmp_path / 'nope.txt'}: no such file or directory"]


def test_a_good_and_a_missing_path_exit_zero(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    status, _, err = run(capsys, "quotes", "--json", str(good), str(tmp_path / "nope.txt"))
    assert status == 0 and len(err) == 1


def test_a_file_name_holding_an_escape_sequence_never_reaches_the_terminal(tmp_path, capsys):
    names = make_hostile_names(tmp_path / "names")
    status, _, err = run(capsys, "quotes", "--json", str(tmp_path / "names"))
    assert status == 0
    assert not any("\x1b" in line or "\x07" in line for line in err)
    assert any("title\\x1b]0;pwned\\x07.txt" in line for line in err), err
    assert names


def _run_cli(*argv: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **env_extra, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *argv], capture_output=True, env=env, check=False
    )


def test_a_file_name_that_is_not_utf8_is_shown_in_tables(tmp_path):
    make_hostile_names(tmp_path / "names")
    for argv in (["articles"], ["quotes"]):
        res = _run_cli(*argv, str(tmp_path / "names"), env_extra={"PYTHONIOENCODING": "utf-8"})
        assert res.returncode == 0, res.stderr.decode(errors="replace")
        assert b"Traceback" not in res.stderr


def test_a_file_name_that_is_not_utf8_does_not_crash_json_output(tmp_path):
    make_hostile_names(tmp_path / "names")
    # a UTF-8 locale other than C makes stdout strict: a lone surrogate in a path cannot be printed
    res = _run_cli("quotes", "--json", str(tmp_path / "names"), env_extra={"PYTHONIOENCODING": "utf-8"})
    assert res.returncode == 0, res.stderr.decode(errors="replace")
    (q,) = json.loads(res.stdout)
    assert q["path"].endswith("-story.txt")
