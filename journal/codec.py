"""Dataclasses to plain JSON values and back, strictly (unknown fields are refused).

One mechanism serves the stored revisions, the CLI's `--json` input and its
JSON output, so the schema in docs/entry-json.md is the schema of the record.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from .errors import UsageError

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: type[T], data: Any, where: str = "entry") -> T:
    """Build dataclass `cls` from JSON-like `data`, naming any bad field clearly."""
    return typing.cast(T, _converter(typing.cast(Any, cls))(data, where))


Converter = Callable[[Any, str], Any]


@functools.cache
def _converter(tp: Any) -> Converter:
    """A checking converter for type `tp`, built once per type (opening a large
    journal converts every stored revision, so the type inspection is hoisted)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        optional = type(None) in options
        inner = _converter(next(o for o in options if o is not type(None)))

        def union(data: Any, where: str) -> Any:
            return None if data is None and optional else inner(data, where)

        return union
    if origin is tuple:
        item = _converter(get_args(tp)[0])

        def sequence(data: Any, where: str) -> Any:
            if not isinstance(data, list | tuple):
                raise UsageError(f"{where} must be a list.")
            return tuple(item(v, f"{where}[{i}]") for i, v in enumerate(data))

        return sequence
    if dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    if tp in _SCALARS:
        return _SCALARS[tp]
    raise TypeError(f"unsupported field type {tp!r}")


def _bool(data: Any, where: str) -> Any:
    if not isinstance(data, bool):
        raise UsageError(f"{where} must be true or false.")
    return data


def _int(data: Any, where: str) -> Any:
    if isinstance(data, bool) or not isinstance(data, int):
        raise UsageError(f"{where} must be a whole number.")
    return data


def _str(data: Any, where: str) -> Any:
    if not isinstance(data, str):
        raise UsageError(f"{where} must be text.")
    return data


_SCALARS: dict[Any, Converter] = {bool: _bool, int: _int, str: _str}


def _dataclass_converter(cls: Any) -> Converter:
    hints = get_type_hints(cls)
    fields = dataclasses.fields(cls)
    names = frozenset(f.name for f in fields)
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    plan = [(f.name, _converter(hints[f.name])) for f in fields]

    def convert(data: Any, where: str) -> Any:
        if not isinstance(data, dict):
            raise UsageError(f"{where} must be an object with named fields.")
        if not names.issuperset(data):
            unknown = sorted(set(data) - names)
            raise UsageError(f"{where} has unknown field(s): {', '.join(unknown)}.")
        for name in required:
            if name not in data:
                raise UsageError(f"{where} needs the field {name!r}.")
        return cls(
            **{name: conv(data[name], f"{where}.{name}") for name, conv in plan if name in data}
        )

    return convert
