"""bot/errors.py: every error the project raises on purpose, in one tree."""

from __future__ import annotations

import inspect

import pytest

from bot import errors as E

#: The tree of the module docstring: each error and its parent.
TREE = {
    E.ModelNotFoundError: E.GesprekscoachError,
    E.SettingsError: E.GesprekscoachError,
    E.ScenarioError: E.GesprekscoachError,
    E.UnknownScenarioError: E.ScenarioError,
    E.StorageError: E.GesprekscoachError,
    E.InvalidIdError: E.GesprekscoachError,
    E.WorkshopError: E.GesprekscoachError,
    E.AccessDenied: E.GesprekscoachError,
    E.MissingToken: E.AccessDenied,
    E.WrongToken: E.AccessDenied,
    E.InvalidInput: E.GesprekscoachError,
    E.CommandError: E.InvalidInput,
}


@pytest.mark.parametrize("error, parent", TREE.items(), ids=lambda c: c.__name__)
def test_each_error_has_the_parent_the_docstring_draws(error, parent):
    assert error.__bases__ == (parent,)


def test_the_base_is_a_plain_exception():
    assert E.GesprekscoachError.__bases__ == (Exception,)


def test_the_tree_names_every_error_of_the_module_and_the_docstring_names_them_all():
    defined = {obj for _, obj in inspect.getmembers(E, inspect.isclass) if obj.__module__ == E.__name__}
    assert defined == set(TREE) | {E.GesprekscoachError}
    for error in defined:
        assert error.__name__ in E.__doc__


def test_the_session_format_error_joins_the_tree():
    from bot.state import SessionFormatError

    assert issubclass(SessionFormatError, E.GesprekscoachError)


def test_catching_the_base_catches_a_leaf():
    with pytest.raises(E.GesprekscoachError, match="geen token"):
        raise E.MissingToken("geen token")
