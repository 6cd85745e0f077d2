"""Load the trained Rasa model once and parse many turns with it.

This is the adapter ``coach analyze`` and the evaluation use: the same model file
and the same NLU graph (ending in ``LeaderActs``) as the live Rasa server, so the
acts are identical.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Dict, Iterator, List

from bot.errors import ModelNotFoundError
from bot.settings import PROJECT_ROOT


@contextlib.contextmanager
def _in_project_root() -> Iterator[None]:
    # config.yml names the spaCy pipeline by a path relative to the project root.
    previous = os.getcwd()
    os.chdir(PROJECT_ROOT)
    try:
        yield
    finally:
        os.chdir(previous)


class NLUModel:
    """The trained pipeline's NLU part, run directly on batches of messages."""

    def __init__(self, model_path: Path) -> None:
        if not Path(model_path).is_file():
            raise ModelNotFoundError(
                f"no trained model at {model_path}: run `make train` first "
                "(or set COACH_MODEL to a model file)"
            )
        os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        for name in ("rasa", "tensorflow", "absl"):
            logging.getLogger(name).setLevel(logging.ERROR)
        from rasa.core.agent import Agent

        with _in_project_root():
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
