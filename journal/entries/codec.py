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

from journal.errors import UsageError

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: type[T], data: Any, where: str = "entry") -> T:
    """Build dataclass `cls` from JSON-like `data`, naming any bad field clearly."""
    try:
        return typing.cast(T, _converter(typing.cast(Any, cls))(data))
    except _Invalid as bad:
        raise UsageError(where + "".join(reversed(bad.path)) + " " + bad.problem) from None


class _Invalid(Exception):
    """A value failed its check. The path to it is collected only on the way out,
    so converting good data never formats a field name (opening a large journal
    converts every stored revision)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str] = []


Converter = Callable[[Any], Any]


@functools.cache
def _converter(tp: Any) -> Converter:
    """A checking converter for type `tp`, built once per type."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        optional = type(None) in options
        inner = _converter(next(o for o in options if o is not type(None)))

        def union(data: Any) -> Any:
            return None if data is None and optional else inner(data)

        return union
    if origin is tuple:
        return _sequence_converter(_converter(get_args(tp)[0]))
    if dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    if tp in _SCALARS:
        return _SCALARS[tp]
    raise TypeError(f"unsupported field type {tp!r}")


def _sequence_converter(item: Converter) -> Converter:
    def sequence(data: Any) -> Any:
        if not isinstance(data, list | tuple):
            raise _Invalid("must be a list.")
        try:
            return tuple(map(item, data))
        except _Invalid as bad:
            index = next(i for i, v in enumerate(data) if _fails(item, v))
            bad.path.append(f"[{index}]")
            raise

    return sequence


def _fails(convert: Converter, value: Any) -> bool:
    try:
        convert(value)
    except _Invalid:
        return True
    return False


def _bool(data: Any) -> Any:
    if not isinstance(data, bool):
        raise _Invalid("must be true or false.")
    return data


def _int(data: Any) -> Any:
    if isinstance(data, bool) or not isinstance(data, int):
        raise _Invalid("must be a whole number.")
    return data


def _str(data: Any) -> Any:
    if not isinstance(data, str):
        raise _Invalid("must be text.")
    return data


_SCALARS: dict[Any, Converter] = {bool: _bool, int: _int, str: _str}


def _dataclass_converter(cls: Any) -> Converter:
    """Generate one straight-line function for `cls` (as `dataclasses` itself does):
    every field checked inline, no loop over a plan, no path formatted unless a
    check fails. Opening a large journal runs this for every stored revision."""
    hints = get_type_hints(cls)
    fields = dataclasses.fields(cls)
    env: dict[str, Any] = {
        "cls": cls,
        "names": frozenset(f.name for f in fields),
        "_Invalid": _Invalid,
        "_unknown": _unknown,
        "_at": _at,
    }
    body = [
        "    if not isinstance(data, dict):",
        "        raise _Invalid('must be an object with named fields.')",
        "    if not names.issuperset(data):",
        "        raise _unknown(data, names)",
    ]
    for f in fields:
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            needs = f"needs the field {f.name!r}."
            body += [f"    if {f.name!r} not in data:", f"        raise _Invalid({needs!r})"]
    for n, f in enumerate(fields):
        body += _field_lines(n, f, hints[f.name], env)
    # Through the class's own __init__: frozen dataclasses keep their attributes
    # inline that way (filling __dict__ directly would double their memory).
    body.append(f"    return cls({', '.join(f'{f.name}=v{n}' for n, f in enumerate(fields))})")
    source = "def convert(data):\n" + "\n".join(body) + "\n"
    exec(compile(source, f"<converter for {cls.__name__}>", "exec"), env)  # noqa: S102
    return typing.cast(Converter, env["convert"])


def _unknown(data: dict[str, Any], names: frozenset[str]) -> _Invalid:
    return _Invalid(f"has unknown field(s): {', '.join(sorted(set(data) - names))}.")


_INLINE_CHECKS: dict[Any, tuple[str, str]] = {
    str: ("not isinstance({v}, str)", "must be text."),
    bool: ("not isinstance({v}, bool)", "must be true or false."),
    int: ("isinstance({v}, bool) or not isinstance({v}, int)", "must be a whole number."),
}


def _field_lines(n: int, f: dataclasses.Field[Any], tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines that read field `f` into `v{n}` and check or convert it."""
    v, where = f"v{n}", "." + f.name
    if f.default is not dataclasses.MISSING:
        if _fails(_converter(tp), f.default):
            raise TypeError(f"default of {f.name} does not fit its own type {tp!r}")
        env[f"d{n}"] = f.default
        lines = [f"    {v} = data.get({f.name!r}, d{n})"]
    elif f.default_factory is not dataclasses.MISSING:
        env[f"f{n}"] = f.default_factory
        lines = [f"    {v} = data[{f.name!r}] if {f.name!r} in data else f{n}()"]
    else:
        lines = [f"    {v} = data[{f.name!r}]"]
    optional, inner = _optional_of(tp)
    if inner in _INLINE_CHECKS:
        test, problem = _INLINE_CHECKS[inner]
        test = test.format(v=v)
        if optional:
            test = f"{v} is not None and ({test})"
        env[f"e{n}"] = (where, problem)
        return [*lines, f"    if {test}:", f"        raise _at(*e{n})"]
    env[f"c{n}"] = _converter(tp)
    convert = [
        "    try:",
        f"        {v} = c{n}({v})",
        "    except _Invalid as bad:",
        f"        bad.path.append({where!r})",
        "        raise",
    ]
    if get_origin(tp) is tuple:  # most lists in a record are empty: no call for those
        convert = [f"    if {v} == []:", f"        {v} = ()", "    else:"] + [
            "    " + line for line in convert
        ]
    return [*lines, *convert]


def _at(where: str, problem: str) -> _Invalid:
    bad = _Invalid(problem)
    bad.path.append(where)
    return bad


def _optional_of(tp: Any) -> tuple[bool, Any]:
    """(True, X) for `X | None`, (False, tp) otherwise."""
    if get_origin(tp) in (Union, types.UnionType):
        options = [o for o in get_args(tp) if o is not type(None)]
        if len(options) == 1 and len(get_args(tp)) == 2:
            return True, options[0]
    return False, tp
