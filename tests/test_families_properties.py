"""Invariants of families on generated dossiers: outlets copying, trimming and rewording a few
utterances, attributed to a few speakers."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.core.families import build_families
from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Paragraph, Provenance, Quote

UTTERANCES = [
    "The ceasefire along the northern border will hold until the monsoon season ends.",
    "We will rebuild the bridge at Kherson this year, and the railway to Odesa will follow.",
    "Grain exports resume from the southern ports on Monday morning under naval escort.",
    "boots on the ground",
    "Nobody in this government has ever promised a quick victory over the rebels.",
]
SPEAKERS = ["minister", "general", "mayor", None]


@st.composite
def renderings(draw: st.DrawFn) -> tuple[str, str | None]:
    words = draw(st.sampled_from(UTTERANCES)).split()
    if len(words) > 4 and draw(st.booleans()):
        lo = draw(st.integers(0, len(words) // 3))
        hi = draw(st.integers(len(words) - len(words) // 3, len(words)))
        words = words[lo:hi]
    if len(words) > 4 and draw(st.booleans()):
        del words[draw(st.integers(0, len(words) - 1))]
    return " ".join(words), draw(st.sampled_from(SPEAKERS))


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    arts, quotes = [], []
    for n in range(draw(st.integers(1, 7))):
        art_id, text, paras = f"a{n}", "", []
        for k, (words, speaker) in enumerate(draw(st.lists(renderings(), min_size=1, max_size=3))):
            line = f'The official said: "{words}"\n'
            start = len(text) + line.index('"') + 1
            paras.append(Paragraph(k, ((len(text), len(text) + len(line) - 1),)))
            quotes.append(
                Quote(f"{art_id}:q{k + 1}", art_id, start, start + len(words), words, k, speaker=speaker)
            )
            text += line
        outlet = f"Outlet {draw(st.integers(0, 3))}"
        arts.append(
            Article(
                art_id,
                f"{art_id}.txt",
                text,
                tuple(paras),
                ArticleMeta(outlet=Field(outlet, Provenance("t"))),
            )
        )
    return Dossier("generated", tuple(arts), tuple(quotes))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_families_partition_quotes_and_their_pairs_connect_them(d: Dossier):
    fams = build_families(d)
    seen: set[str] = set()
    for fam in fams.families:
        assert len(fam.members) >= 2
        assert seen.isdisjoint(fam.members)
        seen.update(fam.members)
        # The pairs tie every member into the family: one per identical copy, and at most one per
        # two different wordings (never one per two members).
        wordings = len({d.quote(m).text for m in fam.members})
        assert len(fam.pairs) <= len(fam.members) - 1 + wordings * (wordings - 1) // 2
        reached, frontier = {fam.members[0]}, [fam.members[0]]
        while frontier:
            q = frontier.pop()
            for p in fams.pairs_for(q):
                assert {p.a, p.b} <= set(fam.members)
                other = p.b if p.a == q else p.a
                if other not in reached:
                    reached.add(other)
                    frontier.append(other)
        assert reached == set(fam.members)
        for p in fam.pairs:
            a, b = d.quote(p.a), d.quote(p.b)
            assert 0.0 <= p.similarity <= 1.0
            for diff in p.differences:
                # Every difference is shown on the articles' own characters.
                if diff.a is not None:
                    assert d.article(a.article).text[diff.a[0] : diff.a[1]] == diff.a_text
                if diff.b is not None:
                    assert d.article(b.article).text[diff.b[0] : diff.b[1]] == diff.b_text
    # Coverage: a quote is single-outlet exactly when its family (if any) spans one outlet.
    for qid in fams.singletons:
        fam = fams.family_of(qid)
        if fam is not None:
            assert len({d.article(d.quote(m).article).meta.value("outlet") for m in fam.members}) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_idioms_never_join_different_speakers(d: Dossier):
    fams = build_families(d)
    for fam in fams.families:
        texts = {d.quote(m).text for m in fam.members}
        if texts == {"boots on the ground"}:
            named = {d.quote(m).speaker for m in fam.members}
            speakers_saying_it = {
                q.speaker for q in d.quotes if q.text == "boots on the ground" and q.speaker
            }
            if len(speakers_saying_it) >= 3:
                assert len(named) == 1 and None not in named
