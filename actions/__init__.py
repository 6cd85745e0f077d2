"""Rasa action server: thin adapters from the tracker to ``bot.session``."""
