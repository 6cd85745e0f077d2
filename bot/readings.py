"""A turn's sentence readings as plain JSON, so that a turn is analysed once.

The Rasa server analyses each leader turn in its NLU pipeline
(``components/leader_acts.py``): the sentences, the form of each (open, closed,
statement, and the rule that decided it) and its word cues. The coach needs those
readings too, to quote and rewrite the leader's own closed question, and it runs in the
action server. Instead of analysing the turn a second time there (which needs spaCy),
the readings travel with the parse result as ``readings``: ``dump`` writes them,
``load`` reads them back into the same objects.

The fields are read from the dataclasses themselves, so a field added to ``Sentence``,
``FormReading`` or ``Cues`` travels without a change here; ``VERSION`` changes when a
reading can no longer be read by an older counterpart. ``load`` refuses anything it
cannot read faithfully (a ``ReadingsFormatError``) rather than guess.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import typing
from typing import Any, Dict, Sequence, Tuple

from bot.analysis.combine import SentenceAnalysis
from bot.analysis.cues import Cues
from bot.analysis.question_form import FormReading
from bot.analysis.text import Sentence
from bot.errors import GesprekscoachError

#: The format of ``dump``'s output.
VERSION = 1
#: The parse result's key for the readings (next to ``acts`` and ``act_confidence``).
KEY = "readings"


class ReadingsFormatError(GesprekscoachError):
    """Readings that cannot be read back (another version, a missing or mistyped field)."""


def dump(sentences: Sequence[SentenceAnalysis]) -> Dict[str, Any]:
    """The readings of a turn's sentences as JSON-ready data."""
    return {"version": VERSION, "sentences": [_dump_sentence(part) for part in sentences]}


def load(data: Any) -> Tuple[SentenceAnalysis, ...]:
    """The sentence readings written by ``dump``; ``ReadingsFormatError`` when ``data``
    is not such a value (another version, a missing or mistyped field)."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        found = data.get("version") if isinstance(data, dict) else type(data).__name__
        raise ReadingsFormatError(f"readings of version {VERSION} expected, got {found!r}")
    sentences = data.get("sentences")
    if not isinstance(sentences, list):
        raise ReadingsFormatError("readings without a list of sentences")
    try:
        return tuple(_load_sentence(item) for item in sentences)
    except (KeyError, TypeError, ValueError) as error:
        raise ReadingsFormatError(f"unreadable sentence reading: {error!r}") from None


def _dump_sentence(part: SentenceAnalysis) -> Dict[str, Any]:
    return {
        "sentence": _dump_fields(part.sentence),
        "reading": _dump_fields(part.reading),
        "cues": sorted(part.cues.present),
    }


def _load_sentence(item: Dict[str, Any]) -> SentenceAnalysis:
    cues = item["cues"]
    if not isinstance(cues, list) or not all(isinstance(act, str) for act in cues):
        raise TypeError("cues must be a list of act names")
    return SentenceAnalysis(
        sentence=_load_fields(Sentence, item["sentence"]),
        reading=_load_fields(FormReading, item["reading"]),
        cues=Cues(frozenset(cues)),
    )


def _dump_fields(value) -> Dict[str, Any]:
    out = {}
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        out[f.name] = item.value if isinstance(item, enum.Enum) else list(item) if isinstance(item, tuple) else item
    return out


@functools.lru_cache(maxsize=None)
def _field_types(cls) -> Dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _load_fields(cls, data: Dict[str, Any]):
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} must be an object")
    values = {}
    for name, kind in _field_types(cls).items():
        if name not in data:
            continue  # a field with a default, written by an older counterpart
        values[name] = _convert(kind, data[name], f"{cls.__name__}.{name}")
    return cls(**values)


def _convert(kind, value, where: str):
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    origin = typing.get_origin(kind)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise TypeError(f"{where} must be a list of strings")
        return tuple(value)
    if kind is bool or kind is str:
        if not isinstance(value, kind):
            raise TypeError(f"{where} must be a {kind.__name__}")
        return value
    raise TypeError(f"{where}: a field of type {kind!r} cannot be read back")


def sentences_of(parse: Dict[str, Any]) -> Tuple[SentenceAnalysis, ...]:
    """The readings in a parse result (none when it carries none)."""
    data = parse.get(KEY)
    return load(data) if data is not None else ()
