"""The layout's one-pattern test of a line's start (``layout._ANCHORED``) matches exactly where one
of the rules it stands for matches: a line it lets through is classified as before."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier_tui.core import layout

RULES = (
    layout._MD_HEADING,
    layout._SETEXT,
    layout._URL_LABEL,
    layout._URL_ONLY,
    layout._COPYRIGHT_START,
    layout._RELATED,
    layout._IMAGE,
    layout._CAPTION_START,
    layout._BOILERPLATE,
    layout._EMPH_LINE,
)
PIECES = [
    "# ", "## Title", "===", "---", "**", "__", "*", "_", " ", "Photo:", "IMAGE :", "Credit:",
    "Related", "RELATED STORIES", "read more", "More:", "Watch", "Opinion", "url:", "Source: ",
    "Original URL", "http://a.io/x", "https://b.com/", "<https://c.org>", "[x](https://d.net/y)",
    "![alt](pic.png)", "©", "Copyright 2020", "(c) 2019", "Advertisement", "Share", "Tweet",
    "Follow us on", "5 min read", "Tags:", "The minister said", "“Quote,” she said.", "word", ".",
    ":", "-", "»", ">", "\t",
]  # fmt: skip
line = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)


@given(line | st.text(max_size=40))
@example("Related: the talks")
@example("## ")
@settings(max_examples=1500)
def test_one_pattern_matches_where_some_rule_does(s: str) -> None:
    assert (layout._ANCHORED.match(s) is not None) == any(r.match(s) for r in RULES)


def test_only_a_few_lines_of_real_text_need_the_rules() -> None:
    body = "The minister said the talks would resume on Monday, after a week of delays."
    assert layout._ANCHORED.match(body) is None
    assert layout._ANCHORED.match("Photo: Reuters") is not None
