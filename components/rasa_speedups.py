"""One targeted speed-up of Rasa 3.6, applied when the Rasa server loads our components.

Rasa's ``RemoteAction._validate_action_result`` checks every action-server response
with ``jsonschema.validate(result, schema)``. That call first validates the *schema*
against the JSON Schema meta-schema and builds a new validator, every time: under the
load of a workshop (30 leaders) it was 45% of the Rasa server's CPU (py-spy, see the
README's benchmark section). Here the same schema is checked once and one compiled
validator is reused; responses are validated exactly as before and an invalid one
raises the same ``ValidationError`` with Rasa's message.
"""

from __future__ import annotations

import functools
import logging

logger = logging.getLogger(__name__)


def install() -> None:
    try:
        from rasa.core.actions.action import RemoteAction
    except ImportError:  # not inside a Rasa installation: nothing to speed up
        return
    if getattr(RemoteAction, "_gesprekscoach_fast_validation", False):
        return

    @functools.lru_cache(maxsize=1)
    def validator():
        from jsonschema import validators

        schema = RemoteAction.action_response_format_spec()
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        return cls(schema)

    def _validate_action_result(self, result):
        from jsonschema import ValidationError, exceptions

        error = exceptions.best_match(validator().iter_errors(result))
        if error is None:
            return True
        assert isinstance(error, ValidationError)
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid."
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction._gesprekscoach_fast_validation = True
    logger.debug("action responses are validated with one compiled JSON schema validator")
