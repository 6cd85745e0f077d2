"""The compiled action-response validator behaves like Rasa's own check."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError

from components import rasa_speedups


def test_valid_responses_pass_and_invalid_ones_raise_like_rasa():
    from rasa.core.actions.action import RemoteAction

    rasa_speedups.install()
    action = RemoteAction("action_leader_turn", None)
    ok = {"events": [{"event": "slot", "name": "session", "value": {"a": [1, 2]}}],
          "responses": [{"text": "Hoi"}, {"custom": {"role": "coach"}}]}
    assert action._validate_action_result(ok) is True
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": [{"event": "slot", "name": 3}], "responses": []})
    with pytest.raises(ValidationError):
        action._validate_action_result({"events": "not a list"})
