"""The catalog as operators read it: `dossier-check rules` (a listing), `explain RULE-ID` (one
rule in full) and docs/rules.md (the same, generated). Text is Italian; nothing is checked here.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import yaml

from .catalog import COMMON, Catalog, Rule
from .models import Severity

SEVERITY = {Severity.BLOCKING: "bloccante", Severity.WARNING: "avviso", Severity.INFO: "informazione"}
ALL_PHASES = "tutti i bandi e le fasi"
ENGINE_SEVERITY = {"MAN-UNVERIFIABLE": "quella della regola non verificabile (un'informazione diventa avviso)"}


@dataclass(frozen=True)
class RuleRow:
    id: str
    bando: str
    severity: str
    phases: tuple[str, ...]
    title: str
    check: str
    source: str
    assumption: str | None
    reading: str | None
    examples: Mapping[str, str]


def phases(catalog: Catalog) -> dict[str, list[str]]:
    """Rule ID → the «bando/fase» lists it belongs to (a requirement checked at both phases has two)."""
    out: dict[str, list[str]] = {r.id: [ALL_PHASES] for r in catalog.common_rules}
    for (bando, fase), rules in catalog.phase_rules.items():
        for r in rules:
            out.setdefault(r.id, []).append(f"{bando}/{fase}")
    return out


def rows(catalog: Catalog, bando: str | None = None) -> list[RuleRow]:
    """Every rule (with `bando`, the common ones and that call's), in catalog order."""
    where = phases(catalog)
    out = []
    for r in catalog.all_rules():
        if bando and r.bando not in (COMMON, bando):
            continue
        out.append(RuleRow(r.id, r.bando, r.severity.value, tuple(where[r.id]), r.title, r.check, r.source,
                           r.assumption, r.reading, dict(r.examples)))
    return out


# ---------------------------------------------------------------- listing

def render_text(listing: list[RuleRow]) -> str:
    width = max((len(r.id) for r in listing), default=10)
    lines = []
    for r in listing:
        mark = " [ipotesi]" if r.assumption else ""
        severity = "variabile" if r.id in ENGINE_SEVERITY else SEVERITY[Severity(r.severity)]
        lines.append(f"{r.id:<{width}}  {severity:<12}  {', '.join(r.phases)}")
        lines.append(f"{'':<{width}}  {r.title}{mark}")
        lines.append(f"{'':<{width}}  fonte: {r.source}")
    lines.append(f"\n{len(listing)} regole. Dettagli: dossier-check explain CODICE-REGOLA")
    return "\n".join(lines)


def render_json(listing: list[RuleRow], catalog: Catalog) -> str:
    data = {"catalog": catalog.version, "rules": [{**asdict(r), "phases": list(r.phases)} for r in listing]}
    return json.dumps(data, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- one rule

def _yaml(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False).rstrip()


def _indented(text: str, pad: str = "  ") -> str:
    return "\n".join(pad + line for line in text.splitlines())


def suggestions(catalog: Catalog, rule_id: str) -> list[str]:
    ids = [r.id for r in catalog.all_rules()]
    starting = [i for i in ids if i.startswith(rule_id.upper())]
    return starting[:8] or difflib.get_close_matches(rule_id.upper(), ids, n=5, cutoff=0.5)


def explain(catalog: Catalog, rule: Rule) -> str:
    where = phases(catalog)[rule.id]
    severity = ENGINE_SEVERITY.get(rule.id, SEVERITY[rule.severity])
    parts = [f"{rule.id} — {rule.title}", "",
             f"Gravità:           {severity}",
             f"Bando e fasi:      {', '.join(where)}",
             f"Tipo di controllo: {rule.check}",
             f"Definita in:       rules/{rule.file}" + (f", riga {rule.line}" if rule.line else "")]
    if rule.when:
        parts += ["", "Si applica solo se:", _indented(_yaml([dict(c) for c in rule.when]))]
    if rule.params:
        parts += ["", "Parametri:", _indented(_yaml(dict(rule.params)))]
    if rule.messages:
        parts += ["", "Messaggi (per variante):", *(f"  {k}: {v}" for k, v in rule.messages.items())]
    if rule.hints:
        parts += ["", "Come risolvere (per variante):", *(f"  {k}: {v}" for k, v in rule.hints.items())]
    parts += ["", f"Fonte: {rule.source}"]
    if rule.assumption:
        variants = f" (varianti: {', '.join(rule.assumption_variants)})" if rule.assumption_variants else ""
        parts.append(f"Ipotesi{variants}: {rule.assumption}")
    if rule.reading:
        parts.append(f"Lettura adottata: {rule.reading}")
    if rule.doc:
        parts.append(f"Note: {rule.doc}")
    parts += ["", f"Esempio che passa:     {rule.examples.get('pass', '—')}",
              f"Esempio che non passa: {rule.examples.get('fail', '—')}"]
    return "\n".join(parts)


# ---------------------------------------------------------------- docs/rules.md

def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _section_title(catalog: Catalog, bando: str) -> str:
    if bando == COMMON:
        return "Tutti i bandi"
    b = catalog.bandi[bando]
    return f"`{b.id}` — {b.name}" + (f" ({b.program})" if b.program else "")


def render_markdown(catalog: Catalog) -> str:
    where = phases(catalog)
    out = ["# Catalogo delle regole", "",
           "<!-- Generato da `python -m validator rules --format markdown > docs/rules.md`: non modificare a mano. -->",
           "",
           "Ogni regola: codice stabile, gravità, fasi in cui si applica, cosa controlla, fonte (frase del bando "
           "o sezione della SPEC), eventuale ipotesi, un esempio che passa e uno che non passa. "
           "`dossier-check explain CODICE` mostra anche i parametri e i messaggi.", ""]
    by_bando: dict[str, list[Rule]] = {}
    for r in catalog.all_rules():
        by_bando.setdefault(r.bando, []).append(r)
    for bando in [COMMON, *sorted(b for b in by_bando if b != COMMON)]:
        rules = by_bando.get(bando, [])
        out += [f"## {_section_title(catalog, bando)}", "",
                "| Regola | Gravità | Fasi | Cosa controlla | Fonte |", "|---|---|---|---|---|"]
        for r in rules:
            title = r.title + (" *(ipotesi)*" if r.assumption else "")
            severity = "come la regola non verificata" if r.id in ENGINE_SEVERITY else SEVERITY[r.severity]
            out.append(f"| [`{r.id}`](#{r.id.lower()}) | {severity} | {', '.join(where[r.id])} | "
                       f"{_cell(title)} | {_cell(r.source)} |")
        out.append("")
        for r in rules:
            out += [f"### {r.id}", "", f"**{r.title}** — {ENGINE_SEVERITY.get(r.id, SEVERITY[r.severity])}, "
                    f"{', '.join(where[r.id])}; controllo `{r.check}`.", ""]
            if r.doc:
                out += [r.doc, ""]
            out.append(f"- Fonte: {r.source}")
            if r.assumption:
                out.append(f"- Ipotesi: {r.assumption}")
            if r.reading:
                out.append(f"- Lettura adottata: {r.reading}")
            out += [f"- Passa: {r.examples.get('pass', '—')}", f"- Non passa: {r.examples.get('fail', '—')}", ""]
    return "\n".join(out).rstrip() + "\n"
