"""Assembling builds quotes without the dataclass constructor (``build.new_quote``): each must be
the quote the constructor makes, field for field, equal and with the same hash."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.core import build
from dossier_tui.core.model import Quote

span = st.none() | st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))


@given(
    qid=st.text(min_size=1, max_size=20),
    article=st.text(max_size=10),
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    text=st.text(max_size=40),
    paragraph=st.integers(0, 500),
    kind=st.sampled_from(["full", "fragment", "other"]),
    speaker=st.none() | st.text(max_size=10),
    mention=span,
    cue=span,
    via=span,
    attribution=st.none() | st.sampled_from(["cue-after", "cue-before", "continuation"]),
)
def test_new_quote_is_the_constructors_quote(
    qid, article, start, end, text, paragraph, kind, speaker, mention, cue, via, attribution
):
    fast = build.new_quote(
        qid, article, start, end, text, paragraph, kind, speaker, mention, cue, via, attribution
    )
    plain = Quote(
        id=qid,
        article=article,
        start=start,
        end=end,
        text=text,
        paragraph=paragraph,
        kind=kind,
        speaker=speaker,
        mention=mention,
        cue=cue,
        via=via,
        attribution=attribution,
    )
    assert fast == plain and hash(fast) == hash(plain) and vars(fast) == vars(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain


def test_the_fast_path_is_in_use_for_the_current_model():
    """If Quote's fields change, new_quote falls back to the constructor: this says it is not."""
    assert build._FAST_QUOTE
