"""The catalog: calls, rules and document types, loaded from rules/ and checked against schemas/.

Everything an operator reads (titles, messages, hints) and everything a call
decides (phrases, amounts, dates, codes) is in YAML; this module only loads it,
validates it and resolves `${edition.key}` references to the edition's values.
A broken catalog file raises CatalogError naming the file, the key and the line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schemas, yamlsafe
from .models import Severity
from .resources import RULES

COMMON = "common"


class CatalogError(Exception):
    def __init__(self, file: Path | str, key: str, line: int | None, message: str) -> None:
        self.file, self.key, self.line, self.message = str(file), key, line, message
        where = f"{self.file}" + (f":{line}" if line else "") + (f" [{key}]" if key else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    reader: str
    labels: tuple[str, ...] = ()
    window: int = 120
    pattern: str | None = None
    classes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    prefer: str = "first"


@dataclass(frozen=True)
class Signal:
    phrases: tuple[str, ...]
    weight: float = 1.0
    anchor: bool = False


@dataclass(frozen=True)
class DocType:
    id: str
    label: str
    signals: tuple[Signal, ...]
    exclude: tuple[str, ...] = ()
    min_score: float = 3.0
    filename: tuple[str, ...] = ()
    filename_weight: float = 1.5
    unit: str = "file"
    person: bool = False
    holder: str = "none"
    must_be_signed: bool = False
    signature_source: str | None = None
    validity: Mapping[str, str] = field(default_factory=dict)
    fields: tuple[FieldSpec, ...] = ()
    source_file: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: Severity
    check: str
    params: Mapping[str, Any]
    source: str
    when: tuple[Mapping[str, Any], ...] = ()
    messages: Mapping[str, str] = field(default_factory=dict)
    hints: Mapping[str, str] = field(default_factory=dict)
    assumption: str | None = None
    reading: str | None = None
    doc: str | None = None
    examples: Mapping[str, str] = field(default_factory=dict)
    bando: str = COMMON
    fase: str | None = None
    file: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Bando:
    id: str
    name: str
    phases: Mapping[str, tuple[str, ...]]
    edition: Mapping[str, Any]
    program: str | None = None


@dataclass(frozen=True)
class Catalog:
    version: str
    bandi: Mapping[str, Bando]
    doctypes: Mapping[str, DocType]
    common_rules: tuple[Rule, ...]
    phase_rules: Mapping[tuple[str, str], tuple[Rule, ...]]
    limits: Mapping[str, Any] = field(default_factory=dict)  # rules/common/limits.yaml: the per-file budget

    def rules_for(self, bando: str | None, fase: str | None) -> tuple[Rule, ...]:
        return self.common_rules + self.phase_rules.get((bando or "", fase or ""), ())

    def all_rules(self) -> list[Rule]:
        seen: dict[str, Rule] = {r.id: r for r in self.common_rules}
        for rules in self.phase_rules.values():
            for r in rules:
                seen.setdefault(r.id, r)
        return list(seen.values())

    def rule(self, rule_id: str) -> Rule | None:
        for r in self.all_rules():
            if r.id == rule_id:
                return r
        return None

    def phases(self) -> list[tuple[str, str]]:
        return list(self.phase_rules)


# ---------------------------------------------------------------- loading

def _load_file(path: Path, schema_name: str) -> yamlsafe.Located:
    try:
        located = yamlsafe.load(path.read_bytes(), typed=True)
    except OSError as exc:
        raise CatalogError(path, "", None, f"cannot read: {exc.strerror}") from None
    except yamlsafe.YamlError as exc:
        raise CatalogError(path, "", exc.line, exc.message) from None
    schema = schemas.load_schema(schema_name)
    for err in schemas.errors(located.data, schema):
        raise CatalogError(path, err.dotted, located.line_of(err.path), err.message)
    return located


_REF = re.compile(r"\$\{edition\.([a-z0-9_.]+)\}")


def _resolve_refs(value: Any, edition: Mapping[str, Any], path: Path, key: str, line: int | None) -> Any:
    """`${edition.cup}` alone becomes the value (keeping its type); inside text, its string."""
    if isinstance(value, str):
        whole = _REF.fullmatch(value)
        if whole:
            return _edition_value(edition, whole.group(1), path, key, line)
        return _REF.sub(lambda m: str(_edition_value(edition, m.group(1), path, key, line)), value)
    if isinstance(value, list):
        return [_resolve_refs(v, edition, path, key, line) for v in value]
    if isinstance(value, dict):
        return {k: _resolve_refs(v, edition, path, f"{key}.{k}", line) for k, v in value.items()}
    return value


def _edition_value(edition: Mapping[str, Any], dotted: str, path: Path, key: str, line: int | None) -> Any:
    value: Any = edition
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            raise CatalogError(path, key, line, f"${{edition.{dotted}}} is not defined in the edition file")
        value = value[part]
    return value


def _doctypes(path: Path) -> list[DocType]:
    located = _load_file(path, "doctypes.schema.yaml")
    out = []
    for d in located.data["doctypes"]:
        rec = d["recognise"]
        out.append(
            DocType(
                id=d["id"],
                label=d["label"],
                signals=tuple(
                    Signal(tuple(s["any"]), float(s.get("weight", 1)), bool(s.get("anchor", False)))
                    for s in rec["signals"]
                ),
                exclude=tuple(rec.get("exclude", ())),
                min_score=float(rec.get("min_score", 3)),
                filename=tuple(rec.get("filename", ())),
                filename_weight=float(rec.get("filename_weight", 1.5)),
                unit=d.get("unit", "file"),
                person=bool(d.get("person", False)),
                holder=d.get("holder", "none"),
                must_be_signed=bool(d.get("must_be_signed", False)),
                signature_source=d.get("signature_source"),
                validity=d.get("validity", {}),
                fields=tuple(
                    FieldSpec(
                        name=f["name"],
                        reader=f["reader"],
                        labels=tuple(f.get("labels", ())),
                        window=int(f.get("window", 120)),
                        pattern=f.get("pattern"),
                        classes={k: tuple(v) for k, v in f.get("classes", {}).items()},
                        prefer=f.get("prefer", "first"),
                    )
                    for f in d.get("fields", ())
                ),
                source_file=path.name,
            )
        )
    for i, dt in enumerate(out):
        for pattern in dt.filename:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise CatalogError(path, f"doctypes[{i}].recognise.filename", located.line_of(("doctypes", i)),
                                   f"bad regular expression {pattern!r}: {exc}") from None
    return out


def _rules(path: Path, bando: str, fase: str | None, edition: Mapping[str, Any]) -> list[Rule]:
    from .checks import CHECKS, check_params_errors, variants

    located = _load_file(path, "rules.schema.yaml")
    out = []
    for i, r in enumerate(located.data["rules"]):
        line = located.line_of(("rules", i))
        key = f"rules[{i}]"
        if r["check"] not in CHECKS:
            known = ", ".join(sorted(CHECKS))
            raise CatalogError(path, f"{key}.check", located.line_of(("rules", i, "check")),
                               f"unknown check type {r['check']!r} (known: {known})")
        params = _resolve_refs(r.get("params", {}), edition, path, f"{key}.params", line)
        for problem in check_params_errors(r["check"], params):
            raise CatalogError(path, f"{key}.params.{problem.dotted}",
                               located.line_of(("rules", i, "params", *problem.path)), problem.message)
        messages = r.get("messages", {})
        if "default" not in messages:
            uncovered = sorted(variants(r["check"], params) - set(messages))
            if uncovered:
                raise CatalogError(path, f"{key}.messages", located.line_of(("rules", i)),
                                   f"no message for variant(s) {', '.join(uncovered)} of check {r['check']!r}")
        out.append(
            Rule(
                id=r["id"],
                title=r["title"],
                severity=Severity(r["severity"]),
                check=r["check"],
                params=params,
                source=r["source"],
                when=tuple(_resolve_refs(r.get("when", []), edition, path, f"{key}.when", line)),
                messages=_resolve_refs(r.get("messages", {}), edition, path, f"{key}.messages", line),
                hints=_resolve_refs(r.get("hints", {}), edition, path, f"{key}.hints", line),
                assumption=r.get("assumption"),
                reading=r.get("reading"),
                doc=r.get("doc"),
                examples=r.get("examples", {}),
                bando=bando,
                fase=fase,
                file=str(path.relative_to(path.parents[1])) if len(path.parents) > 1 else path.name,
                line=line,
            )
        )
    return out


def load_catalog(root: Path = RULES) -> Catalog:
    files: list[Path] = []
    common_dir = root / COMMON
    doctypes: dict[str, DocType] = {}
    for p in sorted(common_dir.glob("doctypes*.yaml")):
        files.append(p)
        for dt in _doctypes(p):
            _add_doctype(doctypes, dt, p)
    common_rules: list[Rule] = []
    for p in sorted(common_dir.glob("rules*.yaml")):
        files.append(p)
        common_rules.extend(_rules(p, COMMON, None, {}))

    limits: dict[str, Any] = {}
    limits_path = common_dir / "limits.yaml"
    if limits_path.is_file():
        files.append(limits_path)
        limits = dict(_load_file(limits_path, "limits.schema.yaml").data["limits"])

    bandi: dict[str, Bando] = {}
    phase_rules: dict[tuple[str, str], tuple[Rule, ...]] = {}
    for bando_file in sorted(root.glob("*/bando.yaml")):
        files.append(bando_file)
        spec = _load_file(bando_file, "bando.schema.yaml").data
        folder = bando_file.parent
        edition_path = folder / spec["edition"]
        files.append(edition_path)
        try:
            edition = yamlsafe.load(edition_path.read_bytes(), typed=True).data or {}
        except (OSError, yamlsafe.YamlError) as exc:
            raise CatalogError(edition_path, "", getattr(exc, "line", None), str(exc)) from None
        if not isinstance(edition, dict):
            raise CatalogError(edition_path, "", 1, "an edition file is a mapping of parameters")
        for name in spec.get("doctypes", []):
            files.append(folder / name)
            for dt in _doctypes(folder / name):
                _add_doctype(doctypes, dt, folder / name)
        phases = {}
        for fase, rule_files in spec["phases"].items():
            rules: list[Rule] = []
            for name in rule_files:
                files.append(folder / name)
                rules.extend(_rules(folder / name, spec["id"], fase, edition))
            phase_rules[(spec["id"], fase)] = tuple(rules)
            phases[fase] = tuple(rule_files)
        bandi[spec["id"]] = Bando(spec["id"], spec["name"], phases, edition, spec.get("program"))

    _check_doctype_references(doctypes, common_rules, phase_rules)
    digest = hashlib.sha256()
    for p in sorted(set(files)):
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return Catalog(digest.hexdigest()[:12], bandi, doctypes, tuple(common_rules), phase_rules, limits)


def _add_doctype(doctypes: dict[str, DocType], dt: DocType, path: Path) -> None:
    if dt.id in doctypes:
        raise CatalogError(path, f"doctypes.{dt.id}", None,
                           f"document type {dt.id!r} already defined in {doctypes[dt.id].source_file}")
    doctypes[dt.id] = dt


def _check_doctype_references(
    doctypes: Mapping[str, DocType],
    common: list[Rule],
    phase_rules: Mapping[tuple[str, str], tuple[Rule, ...]],
) -> None:
    """A rule that names a document type that does not exist is a catalog bug."""
    rules = list(common) + [r for rs in phase_rules.values() for r in rs]
    for rule in rules:
        for name in _doctype_names(rule.params):
            if name not in doctypes:
                raise CatalogError(rule.file, f"{rule.id}.params", rule.line, f"unknown document type {name!r}")


def _doctype_names(params: Any) -> list[str]:
    out: list[str] = []
    if isinstance(params, dict):
        for k, v in params.items():
            if k in ("doctype", "doctypes"):
                out.extend([v] if isinstance(v, str) else list(v))
            else:
                out.extend(_doctype_names(v))
    elif isinstance(params, list):
        for v in params:
            out.extend(_doctype_names(v))
    return out
