"""Every error Gesprekscoach raises on purpose, in one tree.

    GesprekscoachError            base: catch this to catch them all
    ├── ModelNotFoundError        the trained Rasa model is not there (run `make train`)
    ├── ScenarioError             a scenario file is broken (names file, field, problem)
    │   └── UnknownScenarioError  a session asked for a scenario that does not exist
    └── StorageError              the database cannot be reached or migrated

Messages are written for the person who has to act on them: they say what is wrong
and what to do.
"""


class GesprekscoachError(Exception):
    """Base class of the project's own errors."""


class ModelNotFoundError(GesprekscoachError):
    """The trained NLU model cannot be found."""


class ScenarioError(GesprekscoachError):
    """A scenario file cannot be loaded: the message names the file, field and problem."""


class UnknownScenarioError(ScenarioError):
    """A scenario id that no scenario file defines."""


class StorageError(GesprekscoachError):
    """The database cannot be reached, created or migrated."""
