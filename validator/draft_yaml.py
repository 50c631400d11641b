"""A draft manifest written as dossier.yaml: block YAML, every proposed value followed by
`# da verificare: letto da <file> p. N` (or how it was deduced), keys the rules need and the
documents do not give listed in the header."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .draft import Draft, Guess

_PLAIN = re.compile(r"^[A-Za-zÀ-ÿ][\w À-ÿ.'’/()&+-]*$")
_RESERVED = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}
PLACEHOLDER = "DA COMPILARE"


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED and not text.endswith(" ") and ": " not in text:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _comment(guess: Guess) -> str:
    text = f"da verificare: {guess.why}"
    if guess.others:
        text += "; diverso in " + ", ".join(guess.others[:2])
    return "  # " + text.replace("\n", " ")


def _lines(node: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in node.items():
        if isinstance(value, Guess):
            out.append(f"{pad}{key}: {scalar(value.value)}{_comment(value)}")
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:")
            out.extend(_lines(value, indent + 2))
        elif isinstance(value, list):
            out.append(f"{pad}{key}:")
            for item in value:
                body = _lines(item, indent + 4)
                if body:
                    out.append(f"{pad}  - {body[0].lstrip()}")
                    out.extend(body[1:])
    return out


def render(draft: Draft, folder: str) -> str:
    head = [
        f"# Bozza di dossier.yaml proposta da «dossier-check init» per {folder}.",
        "# Ogni valore «da verificare» è stato letto dai documenti o dedotto: controllatelo",
        "# sugli originali prima di usare il manifest (le chiavi sono quelle della SPEC 3.1).",
    ]
    if draft.missing:
        head.append("# Dati che le regole usano e che i documenti non riportano (aggiungeteli se servono):")
        line = "#  "
        for key in draft.missing:
            if len(line) + len(key) > 100:
                head.append(line.rstrip(","))
                line = "#  "
            line += f" {key},"
        head.append(line.rstrip(","))
    return "\n".join(head + _lines(draft.data, 0)) + "\n"


def ensure_required(draft: Draft, bandi: list[str]) -> None:
    """The keys the schema always requires, as placeholders when the documents did not give them."""
    data = draft.data
    if "bando" not in data:
        data["bando"] = Guess(bandi[0] if bandi else PLACEHOLDER,
                              f"nessun documento indica il bando: scegliete tra {' | '.join(bandi)}")
    if "fase" not in data:
        data["fase"] = Guess("domanda", "nessun documento indica la fase: domanda | liquidazione")
    impresa = data.setdefault("impresa", {})
    if "ragione_sociale" not in impresa:
        impresa["ragione_sociale"] = Guess(PLACEHOLDER, "nessun documento riporta la ragione sociale")
    ordered: dict[str, Any] = {k: data[k] for k in ("bando", "fase") if k in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    draft.data = ordered
