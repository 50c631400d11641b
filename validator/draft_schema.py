"""The manifest schema as a draft needs it: the schema of a dotted key, a value typed as the
schema types it (dates, money, booleans, enums), keys in the order the schema lists them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from . import schemas
from .manifest import SCHEMA_NAME


def node_of(schema: Mapping[str, Any], root: Mapping[str, Any], parts: list[str]) -> Mapping[str, Any] | None:
    """The schema of a dotted key (`[]` steps into a list's items)."""
    node: Any = schema
    for part in parts:
        if part == "[]":
            node = resolve(node, root, "array").get("items")
        else:
            node = (resolve(node, root, "object").get("properties") or {}).get(part)
        if node is None:
            return None
    return resolve(node, root)


def resolve(node: Mapping[str, Any], root: Mapping[str, Any], want: str | None = None) -> Mapping[str, Any]:
    """`$ref` followed; of `oneOf` alternatives (bonifico: one object or a list), the one wanted."""
    while "$ref" in node:
        target: Any = root
        for p in node["$ref"].lstrip("#/").split("/"):
            target = target[p]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    for alt in node.get("oneOf", ()):
        resolved = resolve(alt, root)
        if resolved.get("type") == want or (want is None and resolved.get("type") in ("object", "array")):
            return resolved
    return node


def typed(value: Any, node: Mapping[str, Any] | None) -> Any:
    """The value as the schema types it, or None when it cannot be."""
    if node is None:
        return None
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    x_type = node.get("x-type")
    try:
        if x_type in ("date", "datetime_or_date"):
            return value if isinstance(value, (date, datetime)) else date.fromisoformat(str(value))
        if x_type == "money":
            return Decimal(str(value)).quantize(Decimal("0.01"))
        if "boolean" in kinds:
            return {"true": True, "false": False}.get(str(value).lower()) if not isinstance(value, bool) else value
        if "integer" in kinds:
            return int(str(value))
        if "number" in kinds:
            number = Decimal(str(value))
            return int(number) if number == number.to_integral_value() else number
    except (ValueError, InvalidOperation):
        return None
    text = str(value).strip()
    if x_type in ("upper", "piva") or node.get("pattern") == "^[A-Za-z]{2}$":
        text = text.upper()
    if "enum" in node and text not in [str(e) for e in node["enum"]]:
        return None
    return text or None


def order_by_schema(data: dict[str, Any], node: Mapping[str, Any] | None = None,
                    root: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keys in the order the manifest schema (SPEC 3.1) lists them; lists item by item."""
    root = root or schemas.load_schema(SCHEMA_NAME)
    node = resolve(node or root, root, "object")
    props = list((node.get("properties") or {}).keys())
    out: dict[str, Any] = {}
    for key in sorted(data, key=lambda k: props.index(k) if k in props else len(props)):
        value = data[key]
        child = (node.get("properties") or {}).get(key)
        if isinstance(value, dict) and child is not None:
            value = order_by_schema(value, child, root)
        elif isinstance(value, list) and child is not None:
            items = resolve(child, root, "array").get("items") or {}
            value = [order_by_schema(v, items, root) if isinstance(v, dict) else v for v in value]
        out[key] = value
    return out
