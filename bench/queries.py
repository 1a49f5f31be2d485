"""The fixed query set of the search benchmark: words, phrases, typos, fzf operators, accented names.

Queries marked ``quote=True`` are typed from quotes of polnear-train; the quality rule (the quote is
the first hit) is checked on every query that is an exact substring of a quote, marked or not.
"""

from __future__ import annotations

QUERIES: tuple[tuple[str, str], ...] = (
    # (category, query)
    ("word", "immigration"),
    ("word", "trump"),
    ("word", "Clinton"),
    ("word", "refugees"),
    ("word", "e"),
    ("word", "th"),
    ("word", "conservatives"),
    ("phrase", "make america great"),
    ("phrase", "the president"),
    ("phrase", "of the"),
    ("phrase", "gun control"),
    ("phrase", "We have really stopped talking about it"),
    ("phrase", "has a psychological problem"),
    ("phrase", "Terrorism is a real threat"),
    ("phrase", "will do anything to stop Trump"),
    ("phrase", "said the man"),
    ("phrase", "sanders wall street"),
    ("typo", "presidnet"),
    ("typo", "hilary clintn"),
    ("typo", "imigration"),
    ("typo", "clntn"),
    ("typo", "republcan debate"),
    ("operator", "'wall ^the"),
    ("operator", "obama | bush"),
    ("operator", "immigration !trump"),
    ("operator", "said.$"),
    ("operator", '^"We'),
    ("operator", "bernie | hillary !trump"),
    ("operator", "'border 'wall !mexico"),
    ("operator", "^Trump"),
    ("diacritics", "Díaz"),
    ("diacritics", "diaz"),
    ("diacritics", "François Hollande"),
    ("diacritics", "Ralf Jäger"),
    ("diacritics", "jose rodriguez"),
    ("diacritics", "O’Malley"),
    ("diacritics", "o'malley"),
    # ``@name``: a speaker's quotes, alone or searched for words; last, so that the first of them
    # (alone) pays for the per-speaker lists, built on first use (reported apart)
    ("speaker", "@trump"),
    ("speaker", "@clinton wall"),
    ("speaker", "@hewitt founder"),
    ("speaker", "@hillery"),
)
