"""Load the trained Rasa model once and parse many turns with it.

This is the adapter ``coach analyze`` and the evaluation use: the same model file
and the same NLU graph (ending in ``LeaderActs``) as the live Rasa server, so the
acts are identical.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, List

from bot.errors import ModelNotFoundError


class NLUModel:
    """The trained pipeline's NLU part, run directly on batches of messages."""

    def __init__(self, model_path: Path) -> None:
        if not Path(model_path).is_file():
            raise ModelNotFoundError(
                f"no trained model at {model_path}: run `make train` first "
                "(or set COACH_MODEL to a model file)"
            )
        for name in ("rasa", "tensorflow", "absl"):
            logging.getLogger(name).setLevel(logging.ERROR)
        from rasa.core.agent import Agent

        # The spaCy pipeline is found from any working directory: components.spacy_nlp.
        self._agent = Agent.load(str(model_path))
        self._processor = self._agent.processor

    def parse(self, texts: List[str]) -> List[Dict]:
        """Parse results (with ``acts``) for each text, in order."""
        from rasa.core.channels.channel import UserMessage
        from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
        from rasa.shared.core.trackers import DialogueStateTracker
        from rasa.shared.nlu.constants import TEXT

        if not texts:
            return []
        tracker = DialogueStateTracker("analyze", [])
        messages = [UserMessage(text) for text in texts]
        runner = self._processor.graph_runner
        target = self._processor.model_metadata.nlu_target
        parsed = runner.run(
            inputs={PLACEHOLDER_MESSAGE: messages, PLACEHOLDER_TRACKER: tracker},
            targets=[target],
        )[target]
        return [message.as_dict(only_output_properties=True) | {TEXT: message.get(TEXT)}
                for message in parsed]

    def acts(self, texts: List[str]) -> List[List[str]]:
        return [result.get("acts", []) for result in self.parse(texts)]
