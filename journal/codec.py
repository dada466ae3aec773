"""Dataclasses to plain JSON values and back, strictly (unknown fields are refused).

One mechanism serves the stored revisions, the CLI's `--json` input and its
JSON output, so the schema in docs/entry-json.md is the schema of the record.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
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
    return typing.cast(T, _convert(cls, data, where))


def _convert(tp: Any, data: Any, where: str) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if data is None and type(None) in options:
            return None
        inner = [o for o in options if o is not type(None)]
        return _convert(inner[0], data, where)
    if origin is tuple:
        if not isinstance(data, list | tuple):
            raise UsageError(f"{where} must be a list.")
        (item_type, _ellipsis) = get_args(tp)
        return tuple(_convert(item_type, v, f"{where}[{i}]") for i, v in enumerate(data))
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, data, where)
    if tp is bool:
        if not isinstance(data, bool):
            raise UsageError(f"{where} must be true or false.")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise UsageError(f"{where} must be a whole number.")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise UsageError(f"{where} must be text.")
        return data
    raise TypeError(f"unsupported field type {tp!r}")


@functools.cache
def _shape(cls: Any) -> tuple[dict[str, Any], dict[str, dataclasses.Field[Any]]]:
    """Type hints and fields of a dataclass, computed once (they never change)."""
    return get_type_hints(cls), {f.name: f for f in dataclasses.fields(cls)}


def _dataclass(cls: Any, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise UsageError(f"{where} must be an object with named fields.")
    hints, fields = _shape(cls)
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise UsageError(f"{where} has unknown field(s): {', '.join(unknown)}.")
    values = {}
    for name, field in fields.items():
        if name in data:
            values[name] = _convert(hints[name], data[name], f"{where}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise UsageError(f"{where} needs the field {name!r}.")
    return cls(**values)
