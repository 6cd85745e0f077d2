"""bot/analysis/lexicon/*: the Dutch word lists (spelling, questions, cues, English).

The lists are data; these tests check that each entry can do its job: it is written
the way the rules see a sentence (lower case, normalised), and put in a plain
sentence it triggers the reading or cue it is listed for. Where an entry cannot,
the test names it in a KNOWN set; such an entry is dead data or a bug in the rules
(reported), and the set shrinks when it is fixed."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.analysis import lexicon as L
from bot.analysis.cues import find_cues
from bot.analysis.lexicon import cues, english, questions, spelling
from bot.analysis.question_form import Form, Kind, read_form
from bot.analysis.text import normalise_words, split_sentences

LISTS = {name: getattr(L, name) for name in dir(L) if name.isupper()}


def reading(text: str):
    [sentence] = split_sentences(text)
    return read_form(sentence)


def cues_of(text: str) -> frozenset:
    [sentence] = split_sentences(text)
    return find_cues(sentence, read_form(sentence)).present


def test_the_package_exports_every_list_of_its_modules():
    in_modules = {name for module in (cues, english, questions, spelling) for name in dir(module) if name.isupper()}
    assert set(LISTS) == in_modules
    for module in (cues, english, questions, spelling):
        for name in dir(module):
            if name.isupper():
                assert LISTS[name] is getattr(module, name)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_entries_are_lower_case_and_not_empty(name):
    entries = list(LISTS[name])
    assert entries
    assert [e for e in entries if e != e.lower() or not e.strip()] == []


def test_tuples_of_phrases_hold_no_duplicates():
    duplicated = {name: sorted({e for e in entries if entries.count(e) > 1})
                  for name, entries in LISTS.items() if isinstance(entries, tuple)}
    assert {name: dup for name, dup in duplicated.items() if dup} == {}


#: Entries the rules never see in this spelling: normalisation removes the "." or the
#: apostrophe, or maps the chat spelling first (reported; dead data, not a wrong answer).
KNOWN_NOT_NORMALISED = {
    "INVITATION_VERBS": ["uitleggen.", "vertellen."],
    "SUBJECT_AFTER_VERB": ["je'"],
}


def test_entries_are_written_as_normalised_words():
    # INFORMAL's keys are the raw chat spellings it maps from: they are meant to differ.
    not_normalised = {
        name: sorted(e for e in entries if " ".join(normalise_words(e)) != e)
        for name, entries in LISTS.items() if name != "INFORMAL"
    }
    assert {name: bad for name, bad in not_normalised.items() if bad} == KNOWN_NOT_NORMALISED


def test_informal_spellings_map_to_standard_words_in_one_step():
    for raw, standard in L.INFORMAL.items():
        words = standard.split()
        assert words and all(word == word.lower() for word in words), raw
        # No expansion needs a second pass (identity mappings like "zo'n" are fine).
        assert all(L.INFORMAL.get(word, word) == word for word in words), raw


def test_every_informal_spelling_is_expanded_in_a_sentence():
    unexpanded = [raw for raw, standard in L.INFORMAL.items()
                  if " ".join(normalise_words(f"nou {raw} hoor")) != f"nou {standard} hoor"]
    assert unexpanded == []


# --- questions.py: each entry gives the reading it is listed for ------------------------------

def test_every_fact_opener_makes_a_fact_question():
    assert [o for o in L.FACT_WH_OPENERS if reading(f"{o} is dat precies?").kind is not Kind.FACT] == []


def test_every_open_wh_word_opens_an_open_question():
    assert [w for w in L.OPEN_WH if reading(f"{w} vond je het mooiste?").form is not Form.OPEN] == []


def test_every_invitation_opens_an_open_question():
    missed = [o for o in L.OPEN_INVITATIONS if reading(f"{o} hoe het ging.").kind is not Kind.INVITATION]
    # "zeg" is also a leading filler ("Zeg, …"), which is skipped before the invitation is
    # looked for: "Zeg eens hoe het ging." gets no act at all (reported).
    assert missed == ["zeg eens"]


def test_every_invitation_auxiliary_and_verb_make_an_invitation():
    assert [a for a in L.INVITATION_AUXILIARIES
            if reading(f"{a} je vertellen hoe het ging?").kind is not Kind.INVITATION] == []
    assert [v for v in L.INVITATION_VERBS if "." not in v
            and reading(f"Kun je {v} hoe het ging?").kind is not Kind.INVITATION] == []


def test_every_finite_verb_opens_a_yes_no_question():
    assert [v for v in L.FINITE_VERBS if reading(f"{v} je dat nog?").kind is not Kind.VERB_FIRST] == []


def test_every_subject_after_a_verb_makes_a_question_without_question_mark():
    assert [s for s in L.SUBJECT_AFTER_VERB if reading(f"Werkt {s} goed").kind is not Kind.VERB_FIRST] == []


def test_every_tag_turns_a_statement_into_a_closed_question():
    assert [t for t in L.TAG_QUESTIONS if reading(f"Het werkt goed, {t}?").kind is not Kind.TAG] == []


def test_every_exclamative_word_makes_wat_praise_not_a_question():
    assert [w for w in L.EXCLAMATIVE_AFTER_WAT if reading(f"Wat {w}!").kind is not Kind.EXCLAMATION] == []


def test_every_leading_filler_is_skipped_before_the_question():
    assert [f for f in L.LEADING_FILLERS if reading(f"{f} hoe ging het?").form is not Form.OPEN] == []


def test_every_reflection_opener_gives_a_reflection_cue_in_a_statement():
    missed = [o for o in L.REFLECTION_OPENERS if A.REFLECTION not in cues_of(f"{o} het ging goed.")]
    # Openers starting with "wat" are read as a wh-question first: "Wat ik hoor is dat je
    # trots bent." becomes an open question, not a reflection (reported).
    assert missed == ["wat ik hoor", "wat ik je hoor zeggen"]


# --- cues.py: each entry gives its act's cue ----------------------------------------------------

@pytest.mark.parametrize("name, act", [
    ("COMPLIMENT_PATTERNS", A.COMPLIMENT),
    ("CRITICISM_PATTERNS", A.CRITICISM),
    ("HELP_PATTERNS", A.OFFER_HELP),
    ("OPINION_PATTERNS", A.OPINION),
    ("PRESCRIBE_PATTERNS", A.PRESCRIBE),
])
def test_every_pattern_gives_its_act_cue(name, act):
    assert [p for p in LISTS[name] if act not in cues_of(f"Nou, {p}.")] == []


def test_every_rule_word_gives_the_rule_first_cue():
    assert [w for w in L.RULE_WORDS if A.RULE_FIRST not in cues_of(f"Het gaat om de {w}.")] == []


def test_every_rule_opening_takes_the_limit_out_of_a_rule_word():
    assert [o for o in L.RULE_OPENING if A.RULE_FIRST in cues_of(f"Het rooster, {o}?")] == []


def test_every_student_word_gives_student_focus_in_a_question():
    assert [w for w in L.STUDENT_WORDS if A.STUDENT_FOCUS not in cues_of(f"Wat merken de {w} ervan?")] == []


def test_student_meaning_words_make_a_statement_about_the_class_student_focus():
    missed = [w for w in L.STUDENT_MEANING if A.STUDENT_FOCUS not in cues_of(f"De klas {w} veel.")]
    assert missed == []


def test_word_lists_of_different_acts_do_not_overlap():
    pupils_and_rules = L.STUDENT_WORDS & L.RULE_WORDS
    praise_and_criticism = set(L.COMPLIMENT_PATTERNS) & set(L.CRITICISM_PATTERNS)
    assert pupils_and_rules == set()
    assert praise_and_criticism == set()


# --- english.py ----------------------------------------------------------------------------------

def test_english_words_are_not_dutch_words_the_rules_use():
    dutch = L.OPEN_WH | L.FINITE_VERBS | L.LEADING_FILLERS | L.STUDENT_WORDS
    # "of" and "help" are Dutch too but not in SHARED_WORDS, so a Dutch turn like "Help je
    # ze of niet?" counts two English words out of five and is answered as English (reported).
    assert (L.ENGLISH_WORDS - L.SHARED_WORDS) & dutch == set()  # "of" and "help" are shared now
