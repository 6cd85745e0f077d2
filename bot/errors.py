"""Every error Gesprekscoach raises on purpose, in one tree.

    GesprekscoachError            base: catch this to catch them all
    ├── ModelNotFoundError        the trained Rasa model is not there (run `make train`)
    ├── SettingsError             an environment setting has a value that cannot be used
    ├── ScenarioError             a scenario file is broken (names file, field, problem)
    │   └── UnknownScenarioError  a session asked for a scenario that does not exist
    ├── StorageError              the database cannot be reached or migrated
    ├── InvalidIdError            a practice id that is not one (16-80 letters, digits, - or _)
    ├── WorkshopError             a workshop code that is unknown or closed (Dutch, for the user)
    └── AccessDenied              a facilitator request without the right token
        ├── MissingToken          no token at all (the web layer answers 401)
        └── WrongToken            a token that is not this workshop's (403)

Messages are written for the person who has to act on them: they say what is wrong
and what to do. The domain raises these; the web layer maps them to HTTP statuses.
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
