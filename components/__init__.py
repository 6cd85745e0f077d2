"""Rasa NLU components and channels: thin adapters from Rasa to ``bot/``.

    leader_acts.py     the NLU components: Dutch cue features and the final act set
    spacy_nlp.py       Rasa's SpacyNLP, finding the project's spaCy pipeline from any folder
    model.py           the trained model loaded once, for ``coach analyze`` and evaluations
    web/               the practice page, widget, JSON APIs and the socket.io channel
    lock_store.py      an atomic Redis lock store for several Rasa servers
    rasa_speedups.py   one targeted fix of Rasa's per-response schema check
    server.py          ``python -m components.server run …``: Rasa with the speed-up installed

Importing this package does nothing else: the speed-up is installed by ``server.py``.
"""
