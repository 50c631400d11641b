"""JSON Schemas of the tool (written as YAML): loading, typing strings by schema, Italian errors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema

from . import yamlsafe
from .resources import SCHEMAS

ROME = ZoneInfo("Europe/Rome")


@cache
def load_schema(name: str) -> dict[str, Any]:
    path = SCHEMAS / name
    # the schemas themselves are checked against the meta-schema by the tests, not at every start
    return yamlsafe.load(path.read_bytes(), typed=True, trusted=True).data


_VALIDATORS: dict[int, jsonschema.Draft202012Validator] = {}


def validator_for(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # Schemas are loaded once and kept (load_schema is cached), so their id is stable.
    v = _VALIDATORS.get(id(schema))
    if v is None:
        v = _VALIDATORS[id(schema)] = jsonschema.Draft202012Validator(schema)
    return v


@dataclass(frozen=True)
class SchemaError:
    path: tuple[str | int, ...]
    message: str  # Italian

    @property
    def dotted(self) -> str:
        return key_path(self.path)


def key_path(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(radice)"


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 20:
        ref = schema["$ref"]
        target: Any = root
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        merged = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **merged}
        seen += 1
    return schema


_INT = re.compile(r"[+-]?\d+")
_NUM = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_TRUE = {"true", "yes", "si", "sì", "vero"}
_FALSE = {"false", "no", "falso"}


def coerce(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """Turn strings into the integers, numbers and booleans the schema asks for."""
    schema = _resolve(schema, root)
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            branches = schema[combiner]
            for branch in branches:
                candidate = coerce(value, branch, root)
                if not list(validator_for(root).descend(candidate, _resolve(branch, root))):
                    return candidate
            return coerce(value, branches[0], root)
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out = {}
        for k, v in value.items():
            sub = props.get(k, extra if isinstance(extra, dict) else None)
            out[k] = coerce(v, sub, root) if sub is not None else v
        return out
    if isinstance(value, list):
        items = schema.get("items")
        return [coerce(v, items, root) for v in value] if isinstance(items, dict) else value
    if isinstance(value, str):
        s = value.strip()
        if "integer" in types and _INT.fullmatch(s):
            return int(s)
        if "number" in types and _NUM.fullmatch(s):
            try:
                return Decimal(s)
            except InvalidOperation:
                return value
        if "boolean" in types and s.lower() in _TRUE | _FALSE:
            return s.lower() in _TRUE
    return value


def errors(instance: Any, schema: dict[str, Any]) -> list[SchemaError]:
    out = []
    for err in sorted(validator_for(schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        out.extend(_translate(err, schema))
    return out


def _translate(err: jsonschema.ValidationError, root: dict[str, Any]) -> list[SchemaError]:
    path = tuple(err.absolute_path)
    v = err.validator
    if v == "required":
        missing = [k for k in err.validator_value if isinstance(err.instance, dict) and k not in err.instance]
        return [SchemaError((*path, k), "chiave obbligatoria mancante") for k in missing]
    if v == "additionalProperties":
        known = set(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in known] if isinstance(err.instance, dict) else []
        return [SchemaError((*path, k), "chiave non prevista (refuso?)") for k in extra]
    if v == "enum":
        allowed = ", ".join("null" if x is None else str(x) for x in err.validator_value)
        return [SchemaError(path, f"valore {_show(err.instance)} non ammesso; valori ammessi: {allowed}")]
    if v == "type":
        wanted = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        names = {"string": "testo", "integer": "numero intero", "number": "numero", "boolean": "true o false",
                 "object": "un blocco di chiavi", "array": "un elenco", "null": "null"}
        return [SchemaError(path, f"atteso {' o '.join(names.get(str(w), str(w)) for w in wanted)}, "
                                  f"trovato {_show(err.instance)}")]
    if v == "pattern":
        hint = _pattern_hint(err.schema)
        return [SchemaError(path, f"formato non valido: {_show(err.instance)}{hint}")]
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        op = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}[v]
        return [SchemaError(path, f"valore {_show(err.instance)} fuori intervallo (deve essere {op} "
                                  f"{err.validator_value})")]
    if v in ("minLength", "minItems"):
        return [SchemaError(path, "valore troppo corto o vuoto")]
    if v == "oneOf":
        return [SchemaError(path, "struttura non valida: atteso un blocco o un elenco di blocchi")]
    return [SchemaError(path, err.message)]


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"«{value}»"
    return text if len(text) < 60 else text[:57] + "…»"


def _pattern_hint(schema: dict[str, Any]) -> str:
    kind = schema.get("x-type")
    return {
        "date": " (data attesa come AAAA-MM-GG o GG/MM/AAAA)",
        "datetime_or_date": " (data attesa come AAAA-MM-GG o AAAA-MM-GGTHH:MM)",
        "upper": " (codice fiscale: 16 caratteri)",
        "piva": " (partita IVA: 11 cifre)",
    }.get(kind or "", "")


# ---------------------------------------------------------------- typing after validation

def _to_date(s: str) -> date:
    if "/" in s:
        d, m, y = (int(x) for x in s.split("/"))
        return date(y, m, d)
    return date.fromisoformat(s)


def _to_datetime_or_date(s: str, date_only_time: str | None) -> date | datetime:
    s = s.strip().replace(" ", "T", 1)
    day_part, _, time_part = s.partition("T")
    day = _to_date(day_part)
    if not time_part:
        if date_only_time is None:
            return day
        h, m = (int(x) for x in date_only_time.split(":"))
        return datetime.combine(day, time(h, m), tzinfo=ROME)
    parsed = datetime.fromisoformat(day.isoformat() + "T" + time_part.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ROME)


def typed(
    value: Any,
    schema: dict[str, Any] | None,
    root: dict[str, Any],
    problems: list[SchemaError],
    path: tuple[str | int, ...] = (),
) -> Any:
    """Dates, datetimes and money from the validated strings and numbers.

    A value that passes the schema's pattern but names no real day (2026-02-30)
    is added to `problems` and becomes None.
    """
    if schema is None or value is None:
        return value
    schema = _resolve(schema, root)
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            for branch in schema[combiner]:
                if not list(validator_for(root).descend(value, _resolve(branch, root))):
                    return typed(value, branch, root, problems, path)
            return value
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        return {k: typed(v, props.get(k, extra if isinstance(extra, dict) else None), root, problems, (*path, k))
                for k, v in value.items()}
    if isinstance(value, list):
        items = schema.get("items")
        return [typed(v, items if isinstance(items, dict) else None, root, problems, (*path, i))
                for i, v in enumerate(value)]
    kind = schema.get("x-type")
    try:
        if kind == "date":
            return _to_date(value)
        if kind == "datetime_or_date":
            return _to_datetime_or_date(value, schema.get("x-date-only-time"))
        if kind == "money":
            return Decimal(str(value)).quantize(Decimal("0.01"))
        if kind == "upper":
            return str(value).upper()
        if kind == "piva":
            s = str(value).upper()
            return s[2:] if s.startswith("IT") else s
    except (ValueError, InvalidOperation):
        problems.append(SchemaError(path, f"data o valore inesistente: {_show(value)}"))
        return None
    return value
