"""Rasa's ``SpacyNLP``, loading the project's spaCy pipeline from any working directory.

``config.yml`` names the blank Dutch pipeline by a path relative to the project root
(``var/spacy-nl``, written by ``make``), and Rasa's ``SpacyNLP`` hands that path to
``spacy.load``, which resolves it against the working directory: ``coach analyze`` run
from another folder would not find it. This subclass resolves a relative path against
the project root first. It keeps the class name ``SpacyNLP`` on purpose: Rasa's recipe
connects ``SpacyTokenizer`` to its model provider by that class name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP

from bot.settings import PROJECT_ROOT


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MODEL_LOADER, DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(RasaSpacyNLP):
    @staticmethod
    def load_model(spacy_model_name: Text) -> SpacyModel:
        path = Path(spacy_model_name or "")
        if spacy_model_name and not path.is_absolute() and (PROJECT_ROOT / path).is_dir():
            loaded = RasaSpacyNLP.load_model(str(PROJECT_ROOT / path))
            # The name stays as configured, so the model's fingerprint does not depend
            # on where the project lives.
            return SpacyModel(model=loaded.model, model_name=spacy_model_name)
        return RasaSpacyNLP.load_model(spacy_model_name)
