"""Every error Gesprekscoach raises on purpose, in one tree.

    GesprekscoachError            base: catch this to catch them all
    ├── ModelNotFoundError        the trained Rasa model is not there (run `make train`)
    ├── SettingsError             an environment setting has a value that cannot be used
    ├── ScenarioError             a scenario file is broken (names file, field, problem)
    │   └── UnknownScenarioError  a session asked for a scenario that does not exist
    ├── StorageError              the database cannot be reached or migrated
    ├── InvalidIdError            a practice id that is not one (16-80 letters, digits, - or _)
    ├── WorkshopError             a workshop code that is unknown or closed (Dutch, for the user)
    ├── AccessDenied              a facilitator request without the right token
    │   ├── MissingToken          no token at all (the web layer answers 401)
    │   └── WrongToken            a token that is not this workshop's (403)
    └── InvalidInput              what a client sent cannot be used (the web layer answers 400)
        └── CommandError          a conversation command that cannot be read, such as
                                  /start{not json: answered in the conversation itself

Messages are written for the person who has to act on them: they say what is wrong
and what to do. The domain raises these; the web layer maps them to HTTP statuses.
InvalidInput carries two texts: ``message`` for the user (Dutch) and ``detail`` for the
developer of a client (English, naming the field and what is expected).
"""


class GesprekscoachError(Exception):
    """Base class of the project's own errors."""


class ModelNotFoundError(GesprekscoachError):
    """The trained NLU model cannot be found."""


class SettingsError(GesprekscoachError):
    """An environment setting has a value that cannot be used."""


class ScenarioError(GesprekscoachError):
    """A scenario file cannot be loaded: the message names the file, field and problem."""


class UnknownScenarioError(ScenarioError):
    """A scenario id that no scenario file defines."""


class StorageError(GesprekscoachError):
    """The database cannot be reached, created or migrated."""


class InvalidIdError(GesprekscoachError):
    """A practice id that is not one."""


class WorkshopError(GesprekscoachError):
    """A workshop code that is unknown or closed; the message is Dutch, for the user."""


class AccessDenied(GesprekscoachError):
    """A facilitator request that may not see the workshop."""


class MissingToken(AccessDenied):
    """No facilitator token was sent."""


class WrongToken(AccessDenied):
    """The token does not belong to this workshop (or the workshop does not exist)."""


class InvalidInput(GesprekscoachError):
    """A request, event or message a client sent that cannot be used.

    ``message`` is Dutch, for the person at the keyboard; ``detail`` is English, for
    whoever writes the client: which field, what was sent, what is expected."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class CommandError(InvalidInput):
    """A conversation command (/start, /correct, ...) whose arguments cannot be read.
    The channels answer it as a coach message, like every other reply of the bot."""
