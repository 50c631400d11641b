"""The registry of check types: rule files name them in `check:`.

Each check type is one module with NAME, VARIANTS (the messages it can ask for),
optionally declared_variants(params), and check(params, ctx) -> Iterator[Issue]; its
parameters are validated by schemas/checks/<name>.schema.yaml when the catalog loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

from .. import schemas
from . import (
    attendance,
    conditions,
    deadline,
    document_expiry,
    document_holder,
    engine_rule,
    file_events,
    filing_time,
    funding,
    identifiers,
    invoice,
    participant_documents,
    participant_months,
    required_document,
    signatures,
    statement,
    transfer,
)

CHECKS: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        attendance,
        conditions,
        deadline,
        document_expiry,
        document_holder,
        engine_rule,
        file_events,
        filing_time,
        funding,
        identifiers,
        invoice,
        participant_documents,
        participant_months,
        required_document,
        signatures,
        statement,
        transfer,
    )
}


def check_params_errors(name: str, params: Mapping[str, Any]) -> list[schemas.SchemaError]:
    schema = schemas.load_schema(f"checks/{name}.schema.yaml")
    return schemas.errors(params, schema)


def variants(name: str, params: Mapping[str, Any]) -> set[str]:
    module = CHECKS[name]
    declared = getattr(module, "declared_variants", None)
    return set(declared(params)) if declared else set(module.VARIANTS)
