"""Words run into a speaker's name by the text around it never reach the Speakers list, citations
or the conflict flag as a name: "Chasing Trump", "For someone who", "Eurosceptic SVP", "-President"."""

from __future__ import annotations

from dossier_tui.core.attribution import Entity
from dossier_tui.core.families import build_families
from dossier_tui.core.model import Dossier, Speaker
from dossier_tui.core.speakers import resolve_speakers


def speaker_of(entities: list[Entity], key: str, mentioned: list[str] = ()) -> Speaker:
    speakers, mapping = resolve_speakers(entities, mentioned)
    return {s.id: s for s in speakers}[mapping[key]]


def test_a_sentences_gerund_run_into_a_known_surname_is_left_off():
    # "Chasing Trump and Cruz was Rubio. … Trump said, …"
    ents = [Entity("a|Donald Trump", "Donald Trump"), Entity("b|Chasing Trump", "Chasing Trump")]
    assert speaker_of(ents, "b|Chasing Trump").name == "Donald Trump"


def test_a_given_name_ending_in_ing_is_kept_when_nobody_else_has_the_surname():
    ents = [Entity("a|Sterling Hale", "Sterling Hale"), Entity("b|Ann Brandt", "Ann Brandt")]
    assert speaker_of(ents, "a|Sterling Hale").name == "Sterling Hale"


def test_a_clause_word_before_a_description_is_left_off():
    key = "desc:a:for someone who"
    s = speaker_of([Entity(key, "For someone who", "unknown")], key)
    assert s.name == "someone who"


def test_a_loose_adjective_before_an_acronym_names_the_organisation():
    s = speaker_of([Entity("a|Eurosceptic SVP", "Eurosceptic SVP")], "a|Eurosceptic SVP")
    assert (s.name, s.kind) == ("SVP", "organisation")


def test_a_dash_run_into_a_role_is_no_part_of_it():
    ents = [Entity("a|Barack Obama", "Barack Obama", roles=("-President", "President", "U.S. President"))]
    assert speaker_of(ents, "a|Barack Obama").roles == ("President", "U.S. President")


def test_a_cut_off_organisation_name_is_no_conflict_with_a_person():
    line = "There has never been a man or a woman more qualified than she is to serve as president."
    text = f'He said: "{line}"\n'
    from dossier_tui.core.model import Article, ArticleMeta, Field, Paragraph, Provenance, Quote

    arts, quotes = [], []
    for art, outlet, sid in (("a", "Outlet A", "barack-obama"), ("b", "Outlet B", "national-convention")):
        start = text.index('"') + 1
        meta = ArticleMeta(outlet=Field(outlet, Provenance("test")))
        arts.append(Article(art, f"{art}.txt", text, (Paragraph(0, ((0, len(text) - 1),)),), meta))
        quotes.append(Quote(f"{art}:q1", art, start, start + len(line), line, 0, speaker=sid))
    speakers = (
        Speaker("barack-obama", "Barack Obama"),
        Speaker("national-convention", "National Convention"),
    )
    (fam,) = build_families(Dossier("t", tuple(arts), tuple(quotes), speakers)).families
    assert fam.conflict is False
