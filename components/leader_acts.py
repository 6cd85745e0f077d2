"""Rasa NLU components that put the Dutch analysis of ``bot.analysis`` in the pipeline.

- ``DutchCueFeaturizer`` gives DIET the grammar and word signals of each turn as
  sparse features (question form, fact question, cue words), so the model learns how
  far to trust them.
- ``LeaderActs`` runs last: it turns DIET's ranking over act combinations into act
  probabilities and lets ``bot.analysis.analyse_turn`` decide the turn's act set,
  which it adds to the parse result as ``acts``, with ``act_confidence`` and the
  sentence readings behind them as ``readings`` (``bot/readings.py``): the action
  server's coach reads those instead of analysing the turn again. The live bot (Rasa
  server) and ``coach analyze`` both get their acts from here.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text, Type

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import readings
from bot.acts import NO_ACT_INTENT
from bot.analysis import act_probabilities, analyse_turn
from bot.analysis.combine import analyse_sentences
from bot.analysis.cues import SIGNAL_NAMES, cue_vector
from bot.limits import MAX_TURN_CHARS

ACTS_KEY = "acts"
#: How sure the analysis is of each act (the coach hedges when it is unsure).
CONFIDENCE_KEY = "act_confidence"


def _turn_signals(text: str) -> np.ndarray:
    """The OR over the turn's sentences of each named signal, in a fixed order."""
    values = np.zeros(len(SIGNAL_NAMES), dtype=np.float32)
    for part in analyse_sentences(text):
        vector = cue_vector(part.sentence, part.reading)
        values = np.maximum(values, [float(vector[name]) for name in SIGNAL_NAMES])
    return values


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class DutchCueFeaturizer(SparseFeaturizer, GraphComponent):
    """Sparse sentence features from the Dutch grammar rules and cue words."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**SparseFeaturizer.get_default_config()}

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """Nothing to validate: the component has no settings of its own."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DutchCueFeaturizer":
        return cls(config, execution_context.node_name)

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)

    def _featurize(self, message: Message) -> None:
        text = message.get(TEXT)
        tokens = message.get(TOKENS_NAMES[TEXT])
        if not text or not tokens:
            return
        signals = _turn_signals(text[:MAX_TURN_CHARS])
        sentence = scipy.sparse.coo_matrix(signals.reshape(1, -1))
        sequence = scipy.sparse.coo_matrix((len(tokens), len(signals)), dtype=np.float32)
        self.add_features_to_message(sequence, sentence, TEXT, message)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for example in training_data.training_examples:
            self._featurize(example)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._featurize(message)
        return messages


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class LeaderActs(GraphComponent):
    """Adds ``acts`` (the turn's leader acts, canonical order) to each parse result."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LeaderActs":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            ranking = message.get(INTENT_RANKING_KEY) or []
            if not ranking and message.get(INTENT):
                ranking = [message.get(INTENT)]
            model = act_probabilities(ranking) if ranking else None
            intent = message.get(INTENT) or {}
            if not intent.get("name"):
                # An empty or emoji-only turn has no features, so DIET names no intent;
                # it is still a leader turn and goes to the teacher like any other.
                message.set(INTENT, {"name": NO_ACT_INTENT, "confidence": 1.0}, add_to_output=True)
            analysis = analyse_turn(text[:MAX_TURN_CHARS], model) if text.strip() else None
            message.set(ACTS_KEY, analysis.acts if analysis else [], add_to_output=True)
            message.set(CONFIDENCE_KEY, dict(analysis.confidence) if analysis else {}, add_to_output=True)
            message.set(readings.KEY, readings.dump(analysis.sentences if analysis else ()), add_to_output=True)
        return messages
