"""Gesprekscoach's coaching domain, as plain Python.

Nothing in this package imports Rasa: the analysis of a leader's turn, the teacher
persona, the coach, the debrief and storage are testable without a server. The Rasa
adapters live in ``components/`` (NLU) and ``actions/`` (the action server).
"""
