"""``dossier quotes --families``: an analyst joins quotes to the comparison without rebuilding it."""

from __future__ import annotations

import json

from dossier_tui.cli import main


def _json(capsys, argv: list[str]):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_each_quote_carries_the_family_compare_gives_it(capsys):
    quotes = _json(capsys, ["quotes", "--json", "--families", "--no-cache"])
    families = _json(capsys, ["compare", "--json", "--no-cache"])
    member_of = {m["id"]: f["id"] for f in families for m in f["members"]}
    assert member_of, "the seeds have families"
    assert {q["id"]: q["family"] for q in quotes} == {q["id"]: member_of.get(q["id"]) for q in quotes}
    assert any(q["family"] is None for q in quotes)  # a quote no other outlet carries


def test_without_the_flag_the_json_is_unchanged(capsys):
    quotes = _json(capsys, ["quotes", "--json", "--no-cache"])
    assert all("family" not in q for q in quotes)


def test_a_filter_keeps_the_whole_dossiers_family_ids(capsys):
    """Filtered to one outlet, a quote still names the family ``compare`` lists it in."""
    whole = {q["id"]: q["family"] for q in _json(capsys, ["quotes", "--json", "--families", "--no-cache"])}
    one = _json(capsys, ["quotes", "--json", "--families", "--no-cache", "--filter", "abc"])
    assert one and all(q["outlet"] == "ABC News" for q in one)
    assert any(q["family"] for q in one)
    assert all(q["family"] == whole[q["id"]] for q in one)
