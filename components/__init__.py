"""Rasa NLU components and channels: thin adapters from Rasa to ``bot/``.

Importing this package (Rasa does, to load ``components.leader_acts`` from
config.yml) also installs ``rasa_speedups``: one targeted fix of Rasa's per-response
schema check, which dominated the server's CPU under load.
"""

from components import rasa_speedups

rasa_speedups.install()
