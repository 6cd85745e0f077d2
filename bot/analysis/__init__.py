"""The Dutch analysis of a leader's turn into the ten leader acts.

``analyse_turn(text, model)`` is the one analysis path: the Rasa NLU component
(``components/leader_acts.py``) calls it inside the trained pipeline, so the live bot
and ``coach analyze`` get the same answer. Modules: ``text`` (sentences, spelling),
``question_form`` (grammar of questions), ``cues`` (word signals), ``combine``
(rules + model), ``lexicon`` (the word lists).
"""

from bot.analysis.combine import TurnAnalysis, act_probabilities, analyse_turn

__all__ = ["TurnAnalysis", "act_probabilities", "analyse_turn"]
