"""The registry of check types: rule files name them in `check:`.

Each check type is one module with NAME, VARIANTS (the messages it can ask for),
optionally declared_variants(params), and check(params, ctx) -> Iterator[Issue]; its
parameters are validated by schemas/checks/<name>.schema.yaml when the catalog loads
(a check that embeds another's parameters lists them with nested_params(params)).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from .. import schemas

# One module per check type (its NAME is what rule files write in `check:`)
MODULES = (
    "attendance", "compare", "conditions", "deadline", "document_expiry", "document_holder", "document_set",
    "engine_rule", "file_events", "filing_time", "funding", "identifiers", "invoice", "list_overlap",
    "participant_documents", "participant_months", "required_document", "signatures", "statement", "transfer",
)
CHECKS: dict[str, ModuleType] = {
    m.NAME: m for m in (importlib.import_module(f"{__name__}.{name}") for name in MODULES)
}


def check_params_errors(name: str, params: Mapping[str, Any]) -> list[schemas.SchemaError]:
    schema = schemas.load_schema(f"checks/{name}.schema.yaml")
    found = schemas.errors(params, schema)
    nested = getattr(CHECKS[name], "nested_params", None)
    if found or nested is None:
        return found
    return [dataclasses.replace(e, path=(*path, *e.path))
            for path, inner, sub in nested(params) for e in check_params_errors(inner, sub)]


def variants(name: str, params: Mapping[str, Any]) -> set[str]:
    module = CHECKS[name]
    declared = getattr(module, "declared_variants", None)
    return set(declared(params)) if declared else set(module.VARIANTS)
