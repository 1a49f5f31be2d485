"""Gold families for the seeds (by hand) and hand-built dossiers for conflicts and coverage."""

from dossier_tui import load
from dossier_tui.core.families import build_families
from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Paragraph, Provenance, Quote

SEED_A = "000_5ceccdedb855cc9c"  # The Moscow Times (AFP)
SEED_B = "004_44a9903ac4ae7c3f"  # ABC News


def qid(d: Dossier, article: str, opening: str) -> str:
    (q,) = [q for q in d.quotes_in(article) if q.text.startswith(opening)]
    return q.id


def labels_of(fams, a: str, b: str) -> list[tuple[str, str, str]]:
    (pair,) = [p for p in fams.pairs_for(a) if {p.a, p.b} == {a, b}]
    return [(x.label, x.a_text, x.b_text) for x in pair.differences]


# Each seed pair the issue lists: (quote in 000, quote in 004, labels that must be among its differences)
SEED_PAIRS = [
    (
        "Tell Trump that I expect",
        "Tell Trump: I am waiting",
        [
            ("function-word", "that", ":"),
            ("substitution", "expect", "am waiting for"),
            ("insertion", "", "together"),
            ("spelling", "Zelensky", "Zelenskyy"),
            ("truncation-end", ",", ". We will sit down and come to an agreement calmly,"),
        ],
    ),
    ("We are going to sit down", "Tell Trump: I am waiting", [("substitution", "are going to", "will")]),
    (
        "We are going to sit down",
        "If you want to come",
        [("case", "if", "If"), ("substitution", "make", "come to")],
    ),
    (
        "since a large part",
        "We need to convince",
        [("function-word", "since", "because"), ("substitution", "with him", "behind Zelenskyy")],
    ),
    ("But for us, Minsk", "This is our main ally", [("moved", "ally", "ally"), ("insertion", "", "main")]),
]


def test_seed_pairs_come_out_with_their_labels():
    d = load()
    fams = d.families
    for a_open, b_open, expected in SEED_PAIRS:
        a, b = qid(d, SEED_A, a_open), qid(d, SEED_B, b_open)
        fam = fams.family_of(a)
        assert fam is not None and b in fam.members, (a_open, b_open)
        labels = labels_of(fams, a, b)
        for lab in expected:
            assert lab in labels, (a_open, lab, labels)
        (pair,) = [p for p in fams.pairs_for(a) if p.b == b]
        assert pair.verdict == "substantive"
        assert 0.5 <= pair.similarity <= 1.0


def test_seed_families_are_exactly_these():
    d = load()
    got = {frozenset(f.members) for f in d.families.families}
    want = {
        frozenset(
            {
                qid(d, SEED_A, "Tell Trump that"),
                qid(d, SEED_A, "We are going to sit"),
                qid(d, SEED_B, "Tell Trump: I am"),
                qid(d, SEED_B, "If you want to come"),
            }
        ),
        frozenset({qid(d, SEED_A, "since a large part"), qid(d, SEED_B, "We need to convince")}),
        frozenset({qid(d, SEED_A, "But for us, Minsk"), qid(d, SEED_B, "This is our main ally")}),
    }
    assert got == want


def test_unrelated_quotes_stay_out_and_are_single_outlet():
    d = load()
    fams = d.families
    for article, opening in [
        (SEED_B, "If you want, come."),  # also "come to an agreement calmly", but another sentence
        (SEED_B, "Russia will never agree"),
        (SEED_A, "Trump is a good guy"),
    ]:
        q = qid(d, article, opening)
        assert fams.family_of(q) is None
        assert q in fams.singletons


def test_families_are_cached_on_the_dossier():
    d = load()
    assert d.families is d.families


def test_name_variants_report_which_article_spells_which():
    d = load()
    variants = {frozenset(v.spellings): v for v in d.families.name_variants}
    zel = variants[frozenset({"Zelensky", "Zelenskyy"})]
    naw = variants[frozenset({"Nawfal", "Naufal"})]
    outlet_a = d.article(SEED_A).meta.value("outlet") or SEED_A
    outlet_b = d.article(SEED_B).meta.value("outlet") or SEED_B
    assert zel.spellings["Zelensky"] == (outlet_a,) and zel.spellings["Zelenskyy"] == (outlet_b,)
    assert naw.spellings == {"Nawfal": (outlet_a,), "Naufal": (outlet_b,)}


# -- hand-built dossiers -------------------------------------------------------------------------


def make_dossier(*articles: tuple) -> Dossier:
    """Articles as (id, outlet, [(quoted text, speaker id)][, closing words]): one paragraph per
    quote, then the closing words (none by default)."""
    arts, quotes = [], []
    for art_id, outlet, items, *closing in articles:
        text, paras, qs = "", [], []
        for n, (words, speaker) in enumerate(items):
            line = f'The official said: "{words}"\n'
            start = len(text) + line.index('"') + 1
            paras.append(Paragraph(n, ((len(text), len(text) + len(line) - 1),)))
            qs.append(
                Quote(f"{art_id}:q{n + 1}", art_id, start, start + len(words), words, n, speaker=speaker)
            )
            text += line
        text += "".join(closing)
        meta = ArticleMeta(outlet=Field(outlet, Provenance("test")))
        arts.append(Article(art_id, f"{art_id}.txt", text, tuple(paras), meta))
        quotes.extend(qs)
    return Dossier("test", tuple(arts), tuple(quotes))


CEASEFIRE = "The ceasefire along the northern border will hold until the monsoon season ends."


def test_same_words_different_speakers_is_one_family_with_a_conflict():
    d = make_dossier(
        ("a", "Outlet A", [(CEASEFIRE, "minister")]),
        ("b", "Outlet B", [(CEASEFIRE, "general")]),
    )
    (fam,) = build_families(d).families
    assert fam.members == ("a:q1", "b:q1")
    assert fam.conflict is True
    assert set(fam.speakers) == {"minister", "general"}
    (pair,) = fam.pairs
    assert pair.verdict == "identical" and pair.similarity == 1.0


def test_different_words_of_different_speakers_stay_apart():
    d = make_dossier(
        ("a", "Outlet A", [(CEASEFIRE, "minister")]),
        ("b", "Outlet B", [("The northern border will stay closed to all traffic this week.", "general")]),
    )
    fams = build_families(d)
    assert fams.families == ()
    assert fams.singletons == ("a:q1", "b:q1")


def test_same_outlet_twice_is_still_single_outlet_coverage():
    d = make_dossier(
        ("a1", "Outlet A", [(CEASEFIRE, "minister")]),
        ("a2", "Outlet A", [(CEASEFIRE, "minister")]),
        ("b", "Outlet B", [("Grain exports resume from the southern ports on Monday morning.", "minister")]),
    )
    fams = build_families(d)
    (fam,) = fams.families
    assert fam.conflict is False and fam.speakers == ("minister",)
    assert set(fams.singletons) == {"a1:q1", "a2:q1", "b:q1"}


def test_one_quote_matches_two_parts_of_an_interrupted_utterance():
    whole = "We will rebuild the bridge at Kherson this year, and the railway to Odesa will follow."
    d = make_dossier(
        ("a", "Outlet A", [(whole, "mayor")]),
        (
            "b",
            "Outlet B",
            [
                ("We will rebuild the bridge at Kherson this year,", "mayor"),
                ("The railway to Odesa will follow.", "mayor"),
            ],
        ),
    )
    (fam,) = build_families(d).families
    assert fam.members == ("a:q1", "b:q1", "b:q2")
    assert {(p.a, p.b) for p in fam.pairs} == {("a:q1", "b:q1"), ("a:q1", "b:q2")}


# -- the CLI -------------------------------------------------------------------------------------


def test_compare_json_lists_families_with_members_pairs_and_labels(capsys):
    from dossier_tui.cli import main

    assert main(["compare", "--json"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3
    fam = next(f for f in out if any(m["text"].startswith("But for us") for m in f["members"]))
    assert [s["name"] for s in fam["speakers"]] == ["Dmitry Peskov"] or fam["speakers"][0]["id"] is None
    (pair,) = fam["pairs"]
    assert pair["verdict"] == "substantive"
    assert {"label": "moved", "a_text": "ally", "b_text": "ally"}.items() <= next(
        d for d in pair["differences"] if d["label"] == "moved" and d["a_text"] == "ally"
    ).items()


def test_report_never_interprets_article_markup(monkeypatch):
    from rich.console import Console

    from dossier_tui.cli import compare_cmd

    hostile = "[@click=app.quit]Quit[/] the ceasefire \x1b]52;c;bad\x07along the northern border will hold."
    d = make_dossier(
        ("a", "Outlet [bold]A[/]", [(hostile, "minister")]),
        ("b", "Outlet B", [(hostile.replace("hold", "stand"), "minister")]),
    )
    console = Console(record=True, width=120, force_terminal=False)
    monkeypatch.setattr(compare_cmd, "Console", lambda: console)
    compare_cmd._report(d, build_families(d), list(build_families(d).families))
    text = console.export_text()
    assert "[@click=app.quit]Quit[/]" in text
    assert "Outlet [bold]A[/]" in text
    assert "\x1b" not in text
    assert "substitution: hold → stand" in text


# -- stock phrases, identical copies, scale -------------------------------------------------------

BOOTS = "boots on the ground"


def test_a_short_phrase_three_speakers_say_is_an_idiom_not_one_utterance():
    d = make_dossier(
        ("a", "Outlet A", [(BOOTS, "obama")]),
        ("b", "Outlet B", [(BOOTS, "kasich")]),
        ("c", "Outlet C", [(BOOTS, "carson")]),
        ("d", "Outlet D", [(BOOTS, "kasich")]),
        ("e", "Outlet E", [("We will not put American boots on the ground in Syria.", "rubio")]),
    )
    fams = build_families(d)
    # Only the speaker quoted saying it twice has a family, and it is not a conflict.
    (fam,) = fams.families
    assert fam.members == ("b:q1", "d:q1")
    assert fam.conflict is False
    assert fams.family_of("a:q1") is None and fams.family_of("e:q1") is None


def test_two_speakers_with_the_same_short_phrase_are_a_conflict_when_an_article_names_both():
    # One outlet credits Obama and also names Kasich: the line may be one remark credited twice.
    d = make_dossier(
        ("a", "Outlet A", [(BOOTS, "obama")], "Kasich had said the same."),
        ("b", "Outlet B", [(BOOTS, "kasich")]),
    )
    (fam,) = build_families(d).families
    assert fam.members == ("a:q1", "b:q1") and fam.conflict is True


NUMBERS = "The numbers don't add up"


def test_a_short_phrase_two_unconnected_people_say_is_two_remarks_not_a_conflict():
    # Rubio on a tax plan, Elmendorf on a campaign: neither article names the other person.
    d = make_dossier(
        ("a", "Outlet A", [(NUMBERS, "rubio")], "Rubio spoke about the tax plan."),
        ("b", "Outlet B", [(NUMBERS.lower(), "elmendorf")], "Elmendorf spoke about a campaign."),
        ("c", "Outlet C", [(NUMBERS + ",", "elmendorf")]),
    )
    fams = build_families(d)
    assert all(not f.conflict for f in fams.families)
    assert fams.family_of("a:q1") is None
    fam = fams.family_of("b:q1")
    assert fam is not None and fam.members == ("b:q1", "c:q1")


def test_a_claim_and_its_denial_by_two_people_are_two_remarks():
    claim = "I think the conventional wisdom about the senator and her foreign policy record is correct"
    d = make_dossier(
        ("a", "Outlet A", [(claim, "pillar")], "Schoen disagreed."),
        ("b", "Outlet B", [("I don't think the conventional wisdom about the senator", "schoen")]),
    )
    assert build_families(d).families == ()


def test_one_person_quoted_with_and_without_a_negation_is_one_line_worded_differently():
    d = make_dossier(
        ("a", "Outlet A", [("I think the conventional wisdom about the senator is right", "pillar")]),
        ("b", "Outlet B", [("I don't think the conventional wisdom about the senator is right", "pillar")]),
    )
    (fam,) = build_families(d).families
    assert fam.conflict is False


def test_a_described_speaker_beside_a_named_one_is_not_an_attribution_conflict():
    from dossier_tui.core.model import Speaker

    base = make_dossier(
        ("a", "Outlet A", [(CEASEFIRE, "ann-hale")]),
        ("b", "Outlet B", [(CEASEFIRE, "a-defence-official")]),
    )
    speakers = (
        Speaker("ann-hale", "Ann Hale"),
        Speaker("a-defence-official", "a defence official", "unknown"),
    )
    d = Dossier("test", base.articles, base.quotes, speakers)
    (fam,) = build_families(d).families
    assert fam.members == ("a:q1", "b:q1") and fam.conflict is False


def test_different_speakers_sharing_a_frame_but_not_its_content_stay_apart():
    d = make_dossier(
        ("a", "Outlet A", [("the first lady of the conservative movement.", "viguerie")]),
        (
            "b",
            "Outlet B",
            [
                (
                    "I think he is going to be very much in demand around the country for exactly that purpose"
                    " because he is recognized far and wide, without any introduction, as the leader of the"
                    " conservative movement in America right now,",
                    "cuccinelli",
                )
            ],
        ),
    )
    assert build_families(d).families == ()


def test_identical_copies_give_a_family_with_one_pair_per_copy_not_one_per_pair_of_copies():
    n = 30
    d = make_dossier(*((f"a{k}", f"Outlet {k}", [(CEASEFIRE, "minister")]) for k in range(n)))
    fams = build_families(d)
    (fam,) = fams.families
    assert len(fam.members) == n
    assert len(fam.pairs) == n - 1  # all pairs would be n * (n - 1) / 2 = 435
    assert all(p.verdict == "identical" and p.similarity == 1.0 for p in fam.pairs)
    assert fams.candidates_scored == 0  # copies are one node: nothing to align while matching
    # Every copy still sees every other outlet.
    for m in fam.members:
        assert {x for p in fams.pairs_for(m) for x in (p.a, p.b)} == set(fam.members)


def test_a_copy_sees_what_its_original_was_matched_with():
    other = "The ceasefire along the northern border will hold until the rainy season ends."
    d = make_dossier(
        ("a", "Outlet A", [(CEASEFIRE, "minister")]),
        ("b", "Outlet B", [(other, "minister")]),
        ("c", "Outlet C", [(other, "minister")]),
    )
    fams = build_families(d)
    (fam,) = fams.families
    assert fam.members == ("a:q1", "b:q1", "c:q1")
    assert len(fam.pairs) == 2
    seen_from_c = {(p.a, p.b): p for p in fams.pairs_for("c:q1")}
    assert set(seen_from_c) == {("a:q1", "c:q1"), ("b:q1", "c:q1")}
    diff = seen_from_c[("a:q1", "c:q1")]
    assert diff.verdict == "substantive"
    assert ("substitution", "monsoon", "rainy") in [(x.label, x.a_text, x.b_text) for x in diff.differences]
    assert seen_from_c[("b:q1", "c:q1")].verdict == "identical"


def test_an_article_repeating_a_quote_is_not_a_second_outlet():
    d = make_dossier(("a", "Outlet A", [(CEASEFIRE, "minister"), (CEASEFIRE, "general")]))
    fams = build_families(d)
    assert fams.families == ()
    assert fams.singletons == ("a:q1", "a:q2")


def test_pairs_are_the_same_objects_wherever_they_are_read():
    d = load()
    fams = d.families
    for fam in fams.families:
        for p in fam.pairs:
            assert p in fams.pairs_for(p.a) and p in fams.pairs_for(p.b)


EXTRA = [
    "today",
    "again",
    "surely",
    "finally",
    "perhaps",
    "indeed",
    "anyway",
    "still",
    "now",
    "too",
    "then",
    "here",
]


def test_a_few_wordings_are_each_compared_with_each():
    d = make_dossier(
        *((f"a{k}", f"Outlet {k}", [(f"{CEASEFIRE[:-1]} {EXTRA[k]}.", "minister")]) for k in range(4))
    )
    (fam,) = build_families(d).families
    assert len(fam.members) == 4 and len(fam.pairs) == 6


def test_many_wordings_of_one_utterance_cost_about_one_alignment_each():
    n = len(EXTRA)
    d = make_dossier(
        *((f"a{k}", f"Outlet {k}", [(f"{CEASEFIRE[:-1]} {EXTRA[k]}.", "minister")]) for k in range(n))
    )
    fams = build_families(d)
    (fam,) = fams.families
    assert len(fam.members) == n
    all_pairs = n * (n - 1) // 2
    assert fams.candidates_scored < all_pairs * 2 // 3 and len(fam.pairs) < all_pairs * 2 // 3
    for m in fam.members:
        assert fams.pairs_for(m)


def test_an_idiom_never_stands_for_the_link_between_two_longer_quotes():
    # "boots on the ground" first matches everything that contains it; once it turns out an idiom it
    # must not have hidden that Rubio's two renderings match each other.
    others = ["kasich", "carson", "bolton", "paul", "cruz", "bush"]
    long_quotes = [
        (
            f"{name}{k}",
            f"Outlet {name}",
            [(f"My friend {name} wants more American boots on the ground in Syria {k}.", name)],
        )
        for k, name in enumerate(others)
    ]
    rubio = "When I said no boots on the ground, the American people understood we are not sending an army."
    d = make_dossier(
        ("a", "Outlet A", [(BOOTS, "obama")]),
        ("b", "Outlet B", [(BOOTS, "kasich")]),
        *long_quotes,
        ("r1", "Outlet R1", [(rubio, "rubio")]),
        ("r2", "Outlet R2", [(rubio.replace("army", "invading army"), "rubio")]),
    )
    fams = build_families(d)
    fam = fams.family_of("r1:q1")
    assert fam is not None and fam.members == ("r1:q1", "r2:q1")
    assert fams.family_of("a:q1") is None


def test_a_reporters_fragment_is_not_glued_to_the_full_quote_before_it(tmp_path):
    """``"A," she told a rally, saying the plan would "B."``: B is the reporter's paraphrase with a
    quoted fragment, not the rest of A. Glued to A, it was aligned with whatever follows A in another
    outlet (here a different sentence sharing "the ferry line") and joined the wrong family."""
    (tmp_path / "a.txt").write_text(
        "“By the way, if the council gets its budget, nothing changes for the harbour,” Mayor Ana "
        "Ruiz told a rally, saying the plan would “close the ferry line.”\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "“If the council gets its budget, nothing changes for the harbour,” Ana Ruiz said. "
        "“Although the ferry line, maybe it survives, I cannot say.”\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "“The council wants to close — really close the ferry line. By the way, if the "
        "council gets its budget, nothing changes for the harbour,” Ruiz said.\n",
        encoding="utf-8",
    )
    d = load(tmp_path)
    fragment = qid(d, "a", "close the ferry")
    assert d.quote(fragment).kind == "fragment"
    fams = d.families
    partners = {p.b if p.a == fragment else p.a for p in fams.pairs_for(fragment)}
    assert partners == {qid(d, "c", "The council wants")}


def test_compare_names_who_each_outlet_credits(tmp_path, capsys):
    from dossier_tui.cli import main

    (tmp_path / "a.txt").write_text(
        f"Talks\n\n“{CEASEFIRE}” Defence Minister Ann Hale said.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(f"Talks\n\n“{CEASEFIRE}” General Tom Brandt said.\n", encoding="utf-8")
    assert main(["compare", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "attribution conflict" in out
    assert "— Ann Hale" in out and "— Tom Brandt" in out


def test_short_identical_quotes_of_one_person_are_a_family_and_of_two_people_not(tmp_path):
    """Two words are too little to match by wording, but the same two words from the same person
    in two outlets are one utterance; from two people (or nobody) they stay apart."""
    texts = {
        "a.txt": "Inquiry\n\nDirector Ann Hale called the handling “extremely careless.”\n",
        "b.txt": "Inquiry\n\nThe officials were “extremely careless,” Ms. Hale said on Tuesday.\n",
        "c.txt": "Inquiry\n\nSenator Tom Brandt called the plan “extremely careless.”\n",
        "d.txt": "Inquiry\n\nThe mood was “extremely careless.”\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = load(tmp_path)
    fams = d.families
    (fam,) = fams.families
    assert {d.quote(m).article for m in fam.members} == {"a", "b"}
    assert fam.conflict is False


def test_a_third_outlet_quoting_only_the_short_line_joins_the_family_the_others_formed(tmp_path):
    """Two outlets carry "A," he said. "B." and match on it; a third quotes only "A,". The same
    words from the same person: it is one of them, not an exclusive (newcomer13 #3)."""
    texts = {
        "a.txt": "Bridge\n\n“This will kill us,” said Tom Reilly, a baker. “Half my customers come across"
        " that bridge every single morning.”\n",
        "b.txt": "Bridge\n\n“This will kill us,” Tom Reilly said. “Half my customers come across that"
        " bridge every single morning, maybe more.”\n",
        "c.txt": "Bridge\n\nThe baker Tom Reilly was blunt. “This will kill us,” said Reilly.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = load(tmp_path)
    short = [q.id for q in d.quotes if q.text == "This will kill us,"]
    assert len(short) == 3
    (fam,) = [f for f in d.families.families if short[0] in f.members]
    assert set(short) <= set(fam.members)


def test_compare_says_so_when_no_quote_is_shared(tmp_path, capsys):
    from dossier_tui.cli import main

    (tmp_path / "a.txt").write_text(
        f"Talks\n\n“{CEASEFIRE}” Defence Minister Ann Hale said.\n", encoding="utf-8"
    )
    assert main(["compare", str(tmp_path)]) == 0
    assert "No quote appears in more than one article" in capsys.readouterr().out


def test_outlets_that_cut_one_answer_at_different_places_still_meet_at_the_part_both_carry(tmp_path):
    """One outlet carries sentences A and B of an answer (two quotes of one paragraph, so one
    utterance), another B and C. Neither utterance is half inside the other, but the whole of B is:
    it joins, through B only."""
    (tmp_path / "a.txt").write_text(
        "“If the council gets its budget this spring, nothing at all changes for the harbour or for "
        "the people who work there,” Ana Ruiz said. “Although the ferry line, maybe it survives, I "
        "cannot really say.”\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "“Although the ferry line, maybe it survives. I cannot really say. But let me tell you "
        "this much. That would be a very sad day for the old town,” Ruiz said.\n",
        encoding="utf-8",
    )
    d = load(tmp_path, cache=False)
    b_part, whole = qid(d, "a", "Although the ferry"), qid(d, "b", "Although the ferry")
    assert {p.b if p.a == whole else p.a for p in d.families.pairs_for(whole)} == {b_part}


def test_a_short_fragment_sharing_only_a_stock_phrase_with_another_remark_stays_apart(tmp_path):
    """A fragment of six words, two of them swapped for others, shares only a stock phrase with
    a different remark: it joins the remark it is most of, not the one it shares a phrase with."""
    (tmp_path / "a.txt").write_text(
        "“The floods in the valley prove once again that the county needs to get tough on failing "
        "river defences,” Ann Hale said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "“Thanks for the kind praise for being right on failing river defences,” Ann Hale wrote.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Ann Hale wrote that she was glad about “being right on failing river defences.”\n", encoding="utf-8"
    )
    d = load(tmp_path, cache=False)
    fragment = qid(d, "c", "being right")
    partners = {p.b if p.a == fragment else p.a for p in d.families.pairs_for(fragment)}
    assert partners == {qid(d, "b", "Thanks for")}


def test_a_short_fragment_that_is_mostly_the_remark_still_joins_it(tmp_path):
    """One word of six paraphrased ("wealthy" for "rich"): still that remark."""
    (tmp_path / "a.txt").write_text(
        "“We will all stand together to say loudly and clearly that the council belongs to all of us, "
        "not just a few rich property developers,” Ann Hale said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Ann Hale said the council belonged to everyone, “not just a few wealthy property developers.”\n",
        encoding="utf-8",
    )
    d = load(tmp_path, cache=False)
    fragment = qid(d, "b", "not just")
    assert {p.b if p.a == fragment else p.a for p in d.families.pairs_for(fragment)} == {
        qid(d, "a", "We will")
    }
