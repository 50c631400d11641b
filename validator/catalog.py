"""The catalog: calls, rules and document types, loaded from rules/ and checked against schemas/.

Everything an operator reads (titles, messages, hints) and everything a call
decides (phrases, amounts, dates, codes) is in YAML; this module only loads it,
validates it and resolves `${edition.key}` references to the edition's values.
A broken catalog file raises CatalogError naming the file, the key and the line.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import editionrefs, schemas, yamlsafe
from .models import Severity
from .resources import RULES, SCHEMAS

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
    anywhere: bool = False  # when no label is found, read the value from the whole page
    manifest: str | None = None  # the manifest key `init` fills from it
    as_: str | None = None  # how that value is split (nome_cognome, indirizzo)


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
    title_required: bool = False
    requires_fields: tuple[str, ...] = ()
    unit: str = "file"
    person: bool = False
    holder: str = "none"
    must_be_signed: bool = False
    signature_source: str | None = None
    validity: Mapping[str, str] = field(default_factory=dict)
    fields: tuple[FieldSpec, ...] = ()
    source_file: str = ""
    party: str | None = None  # who provides it: impresa | ente | banca | consulente (the report's texts)
    bando: str = COMMON  # the call whose folder declares it


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
    assumption_variants: tuple[str, ...] = ()
    reading: str | None = None
    doc: str | None = None
    examples: Mapping[str, str] = field(default_factory=dict)
    party: str | None = None  # who must act on its findings; default: the party of its document type
    column: str | None = None  # the report's participant matrix: column label (rules may share one)
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

def _load_file(path: Path, schema_name: str, edition: Mapping[str, Any] | None = None) -> yamlsafe.Located:
    """Load, resolve `${edition.key}` references (when an edition is given), validate."""
    try:
        located = yamlsafe.load(path.read_bytes(), typed=True, trusted=True)
    except OSError as exc:
        raise CatalogError(path, "", None, f"cannot read: {exc.strerror}") from None
    except yamlsafe.YamlError as exc:
        raise CatalogError(path, "", exc.line, exc.message) from None
    if edition is not None and isinstance(located.data, dict):
        located = yamlsafe.Located(_resolved(located, path, edition), located.lines)
    schema = schemas.load_schema(schema_name)
    for err in schemas.errors(located.data, schema):
        raise CatalogError(path, err.dotted, located.line_of(err.path), err.message)
    return located


def _resolved(located: yamlsafe.Located, path: Path, edition: Mapping[str, Any]) -> dict[str, Any]:
    """References resolved item by item, so an undefined one is reported at its item's line."""
    out: dict[str, Any] = {}
    for key, value in located.data.items():
        items = value if isinstance(value, list) else [value]
        resolved = []
        for i, item in enumerate(items):
            where = (key, i) if isinstance(value, list) else (key,)
            try:
                resolved.append(editionrefs.resolve(item, edition))
            except editionrefs.RefError as exc:
                dotted = f"{key}[{i}]" if isinstance(value, list) else key
                raise CatalogError(path, dotted, located.line_of(where), str(exc)) from None
        out[key] = resolved if isinstance(value, list) else resolved[0]
    return out


def _doctypes(path: Path, edition: Mapping[str, Any], bando: str = COMMON) -> list[DocType]:
    located = _load_file(path, "doctypes.schema.yaml", edition)
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
                title_required=bool(rec.get("title_required", False)),
                requires_fields=tuple(rec.get("requires_fields", ())),
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
                        anywhere=bool(f.get("anywhere", False)),
                        manifest=f.get("manifest"),
                        as_=f.get("as"),
                    )
                    for f in d.get("fields", ())
                ),
                source_file=path.name,
                party=d.get("party"),
                bando=bando,
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

    located = _load_file(path, "rules.schema.yaml", edition)
    out = []
    for i, r in enumerate(located.data["rules"]):
        line = located.line_of(("rules", i))
        key = f"rules[{i}]"
        if r["check"] not in CHECKS:
            known = ", ".join(sorted(CHECKS))
            raise CatalogError(path, f"{key}.check", located.line_of(("rules", i, "check")),
                               f"unknown check type {r['check']!r} (known: {known})")
        params = r.get("params", {})
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
                when=tuple(r.get("when", [])),
                messages=r.get("messages", {}),
                hints=r.get("hints", {}),
                assumption=r.get("assumption"),
                assumption_variants=tuple(r.get("assumption_variants", ())),
                reading=r.get("reading"),
                doc=r.get("doc"),
                examples=r.get("examples", {}),
                party=r.get("party"),
                column=r.get("column"),
                bando=bando,
                fase=fase,
                file=str(path.relative_to(path.parents[1])) if len(path.parents) > 1 else path.name,
                line=line,
            )
        )
    return out


def load_catalog(root: Path = RULES, use_cache: bool = True) -> Catalog:
    """The catalog under `root`, loaded once per process (it is immutable).

    Validating every rule file against its schemas takes a third of a second; the validated
    catalog is kept in the user cache, keyed by the hash of every file it depends on (rules,
    schemas, check modules, tool version), so it is validated again only when one changes.
    """
    return _cached_catalog(root.resolve(), use_cache)


@functools.lru_cache(maxsize=8)
def _cached_catalog(root: Path, use_cache: bool) -> Catalog:
    if not use_cache:
        return _load_catalog(root)
    from . import __version__
    from .extract.cache import Cache

    digest = hashlib.sha256(__version__.encode())
    # every file the validated catalog depends on: its YAML, the schemas, and the code that builds it
    sources = [*root.rglob("*.yaml"), *SCHEMAS.rglob("*.yaml"), *Path(__file__).parent.rglob("*.py")]
    for p in sorted(sources):
        digest.update(str(p.relative_to(p.parents[1])).encode())
        digest.update(p.read_bytes())
    cache = Cache()
    key = digest.hexdigest()
    stored = cache.get_pickle("catalog", key)
    if isinstance(stored, Catalog):
        return stored
    catalog = _load_catalog(root)
    cache.put_pickle("catalog", key, catalog)
    return catalog


def _load_catalog(root: Path) -> Catalog:
    files: list[Path] = []
    common_dir = root / COMMON
    doctypes: dict[str, DocType] = {}
    for p in sorted(common_dir.glob("doctypes*.yaml")):
        files.append(p)
        for dt in _doctypes(p, {}):
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
        edition = _edition(edition_path)
        for name in spec.get("doctypes", []):
            files.append(folder / name)
            for dt in _doctypes(folder / name, edition, spec["id"]):
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


def _edition(path: Path) -> dict[str, Any]:
    try:
        edition = yamlsafe.load(path.read_bytes(), typed=True, trusted=True).data or {}
    except (OSError, yamlsafe.YamlError) as exc:
        raise CatalogError(path, "", getattr(exc, "line", None), str(exc)) from None
    if not isinstance(edition, dict):
        raise CatalogError(path, "", 1, "an edition file is a mapping of parameters")
    return edition


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
        for name in doctype_names(rule.params):
            if name not in doctypes:
                raise CatalogError(rule.file, f"{rule.id}.params", rule.line, f"unknown document type {name!r}")


def rule_doctypes(rule: Rule) -> list[str]:
    """The document types a rule asks for: its own `doctype`/`doctypes` and those of its `require`
    list, in order, once each (not those it only reads a value from, like `from_documents`)."""
    params = rule.params
    names: list[str] = []
    for item in [params, *params.get("require", ()), *params.get("documents", ())]:
        names.extend([item["doctype"]] if isinstance(item.get("doctype"), str) else [])
        names.extend(item.get("doctypes") or [])
    return list(dict.fromkeys(names))


def doctype_names(params: Any) -> list[str]:
    """The document types a rule's parameters name (`doctype:` / `doctypes:` at any depth)."""
    out: list[str] = []
    if isinstance(params, dict):
        for k, v in params.items():
            if k in ("doctype", "doctypes"):
                out.extend([v] if isinstance(v, str) else list(v))
            else:
                out.extend(doctype_names(v))
    elif isinstance(params, list):
        for v in params:
            out.extend(doctype_names(v))
    return out
