"""Hand-written gold for the two bundled seeds: every quote, its kind and its speaker.

The gold was written by reading the articles, not by running the parser."""

import pytest

import dossier_tui

L, P, Z = "Lukashenko", "Peskov", "Zelensky"

GOLD = {
    "000_5ceccdedb855cc9c": [
        ("Tell Trump that I expect him here with Putin and Zelensky,", "full", L),
        ("We are going to sit down and calmly make an accord — if you want to make an accord,", "full", L),
        ("since a large part of Ukrainian society is with him.", "fragment", L),
        ("a brilliant idea.", "fragment", L),
        ("Trump is a good guy. He talks about it a lot", "full", L),
        ("But for us, Minsk is the best place for negotiations. Minsk is our ally,", "full", P),
        ("lasting peace", "fragment", Z),
        ("regrettable", "fragment", Z),
        ("to make things right", "fragment", Z),
    ],
    "004_44a9903ac4ae7c3f": [
        ("will never", "fragment", L),
        ("Russia will never agree to this,", "full", L),
        ("At least, this is Russia's position today.", "full", L),
        ("There is no need to push Zelenskyy now,", "full", L),
        ("We need to convince and come to an agreement with Zelenskyy", "full", L),
        ("If you want, come. Here, it is nearby -- 200 kilometers", "full", L),
        ("We will come to an agreement calmly, without noise, without shouting.", "full", L),
        ("Tell Trump: I am waiting for him here together with Putin and Zelenskyy.", "full", L),
        ("If you want to come to an agreement.", "full", L),
        ("This issue has not been brought up or discussed in any way,", "full", P),
        ("This is our main ally. Therefore, for us it is the best place for negotiations.", "full", P),
        ("It is not so much about NATO expansion to the east", "full", L),
        ("I have not discussed these issues with Russia and Putin,", "full", L),
        ("But, most likely, this could be alarming", "full", L),
        ("incredible person", "fragment", L),
        ("bulldozer.", "fragment", L),
        ("The U.S. is the first country in the world, high-tech, rich,", "full", L),
        ("They are capable of many things.", "full", L),
        ("In order for the planet to be in balance", "full", L),
        ("An alliance for economic development.", "full", L),
        ("There are too many statements that should not have been made at all,", "full", L),
        ("You need to cool down after the elections.", "full", L),
        ("You don't have much time to prove to American society", "full", L),
        ("If you don't do this, the Republicans will suffer a crushing defeat", "full", L),
    ],
}

# Parts of one utterance interrupted by its attribution: `"A," he said. "B."`
LINKED = [
    ("Russia will never agree", "At least, this is"),
    ("There is no need to push", "We need to convince"),
    ("If you want, come.", "We will come to an agreement calmly"),
    ("Tell Trump: I am waiting", "If you want to come to an agreement."),
    ("This issue has not been", "This is our main ally."),
    ("I have not discussed", "But, most likely"),
    ("The U.S. is the first", "They are capable"),
    ("In order for the planet", "An alliance for economic"),
    ("There are too many", "You need to cool down"),
    ("You don't have much time", "If you don't do this"),
]


@pytest.fixture(scope="module")
def seeds():
    return dossier_tui.load()


def _by_text(d, start):
    hits = [q for q in d.quotes if q.text.startswith(start)]
    assert len(hits) == 1, f"{start!r}: {len(hits)} quotes"
    return hits[0]


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_every_seed_quote_found_with_kind_and_speaker(seeds, article_id):
    got = seeds.quotes_in(article_id)
    gold = GOLD[article_id]
    assert len(got) == len(gold), [q.text for q in got]
    for q, (text, kind, speaker) in zip(got, gold, strict=True):
        assert q.text.startswith(text)
        assert (q.kind, q.text) == (kind, q.text)
        name = seeds.speaker_name(q)
        assert name is not None and speaker in name, (q.text, name)


def test_quote_text_is_exactly_the_source_between_the_marks(seeds):
    for art, q in seeds.iter_quotes():
        assert art.text[q.start : q.end] == q.text
        assert art.text[q.start - 1] in '“”"' and art.text[q.end] in '“”"'


def test_interrupted_utterances_are_linked_and_others_are_not(seeds):
    linked = set()
    for a, b in LINKED:
        qa, qb = _by_text(seeds, a), _by_text(seeds, b)
        assert qa.utterance == qb.utterance
        linked |= {qa.id, qb.id}
    for q in seeds.quotes:
        if q.id not in linked:
            assert q.utterance == q.id, q.text


def test_evidence_spans_point_at_mention_and_cue(seeds):
    def span(q, s):
        return seeds.article(q.article).text[s[0] : s[1]]

    q = _by_text(seeds, "It is not so much about NATO")  # the trap: "he said of Putin's decision"
    assert (span(q, q.mention), span(q, q.cue)) == ("he", "said")
    q = _by_text(seeds, "Tell Trump that I expect")
    assert (span(q, q.mention), span(q, q.cue)) == ("Lukashenko", "said")
    assert "Belta" in span(q, q.via)
    q = _by_text(seeds, "There is no need to push")
    assert span(q, q.via) == "the Belta state-owned news agency"
    q = _by_text(seeds, "This issue has not been")
    assert (span(q, q.mention), span(q, q.cue)) == ("Peskov", "told")
    assert span(q, q.via) == "the state-run Tass news agency"


def test_speakers_resolved_across_the_dossier_with_roles_and_spellings(seeds):
    luka = [s for s in seeds.speakers if "Lukashenko" in s.name]
    assert len(luka) == 1 and luka[0].name == "Alexander Lukashenko"
    assert any("Belarusian" in r for r in luka[0].roles)
    both = {seeds.article(q.article).id for q in seeds.quotes if q.speaker == luka[0].id}
    assert both == set(GOLD)
    zel = [s for s in seeds.speakers if "Zelensk" in s.name]
    assert len(zel) == 1
    assert {v.split()[-1] for v in zel[0].variants} >= {"Zelensky", "Zelenskyy"}
    peskov = [s for s in seeds.speakers if "Peskov" in s.name]
    assert len(peskov) == 1 and peskov[0].name == "Dmitry Peskov"
    assert any("Kremlin" in r for r in peskov[0].roles)
