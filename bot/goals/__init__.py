"""Doelen en middelen (the seed's second workshop): is a project's stated aim a goal
(what pupils gain) or a means (an activity, a resource, an arrangement)?

    judgement.py  the judgement, clause by clause (lexicon.py: its words)
    coaching.py   the reason, the reformulation of a means, the values a goal serves

``judge(text)`` is the one path; `coach goal` uses it.
"""

from bot.goals.coaching import Judgement, judge

__all__ = ["Judgement", "judge"]
