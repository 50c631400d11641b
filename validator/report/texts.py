"""Ready-to-send texts: the message to the client, grouped by who must act, and the invoice
wording for the training provider, filled with this dossier's IDs, title and quotas.

Built from the findings' own messages and hints (the catalog's Italian), polite and
concrete. Hints written for the consultant (those that name dossier.yaml, the manifest
or the report) stay out of the client's message. Items for the consultant are not sent:
the report lists them as the studio's to-do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..models import DossierResult, Finding, Severity
from ..wording import show
from .parties import PARTY_HEADING

FASE_LABEL = {"domanda": "domanda di finanziamento", "liquidazione": "richiesta di liquidazione"}
_CONSULTANT_WORDS = ("dossier.yaml", "manifest", "report", "deroga")


@dataclass(frozen=True)
class Text:
    id: str
    title: str
    body: str

    @property
    def rows(self) -> int:
        return min(40, max(3, sum(1 + len(line) // 110 for line in self.body.splitlines())))


def _client_hint(hint: str | None) -> str | None:
    if not hint or any(w in hint.lower() for w in _CONSULTANT_WORDS):
        return None
    return hint


def _when(value: Any) -> str:
    return show(value.date() if isinstance(value, datetime) else value) if isinstance(value, date) else str(value)


def _deadline(result: DossierResult) -> tuple[str, Any] | None:
    dates: Mapping[str, Any] = result.facts.get("dates") or {}
    for key, label in (("invia_entro", "la domanda va inviata entro il"),
                       ("liquida_entro", "la richiesta di liquidazione va inviata entro il")):
        if key in dates:
            return label, dates[key]
    return None


def client_message(result: DossierResult, parties: Mapping[int, str]) -> Text | None:
    """`parties`: the party of each finding, by its position in `result.findings`."""
    groups: dict[str, list[Finding]] = {p: [] for p in ("impresa", "ente", "banca")}
    seen: set[str] = set()
    for i, f in enumerate(result.findings):
        if f.waived or f.severity is Severity.INFO or parties[i] not in groups or f.message in seen:
            continue
        seen.add(f.message)
        groups[parties[i]].append(f)
    if not any(groups.values()):
        return None
    info = result.facts.get("dossier") or {}
    course = f" per il corso «{info['titolo']}»" if info.get("titolo") else ""
    lines = [f"Gentile {info.get('ragione_sociale') or 'cliente'},", "",
             f"abbiamo controllato i documenti della {FASE_LABEL.get(result.fase or '', 'pratica')}{course}"
             + (f" ({info['bando']})" if info.get("bando") else "") + ". Per completarla servono queste integrazioni:"]
    for party, items in groups.items():
        if not items:
            continue
        lines += ["", PARTY_HEADING[party].upper() + ":"]
        for n, f in enumerate(items, start=1):
            lines.append(f"{n}. {f.message}" + (" (da verificare)" if f.severity is Severity.WARNING else ""))
            hint = _client_hint(f.hint)
            if hint:
                lines.append(f"   Cosa fare: {hint}")
        if party == "ente" and result.facts.get("invoice_wording"):
            lines += ["   La dicitura esatta da riportare in fattura è:",
                      f"   «{result.facts['invoice_wording']['text']}»"]
    deadline = _deadline(result)
    lines.append("")
    if deadline:
        lines.append(f"Vi chiediamo di farci avere quanto sopra al più presto: {deadline[0]} {_when(deadline[1])}.")
    lines += ["Restiamo a disposizione per ogni chiarimento.", "", "Cordiali saluti"]
    return Text("testo-cliente", "Messaggio al cliente", "\n".join(lines))


def provider_message(result: DossierResult, parties: Mapping[int, str]) -> Text | None:
    wording = result.facts.get("invoice_wording")
    if not wording:
        return None
    info = result.facts.get("dossier") or {}
    who = f"Gentili {wording['emittente']}," if wording.get("emittente") else "Gentili signori,"
    ids = f", ID VOUCHER {info['id_voucher']}" if info.get("id_voucher") else ""
    company = info.get("ragione_sociale") or "nostro cliente"
    course = f"corso «{info.get('titolo') or '…'}»{ids}"
    lines = [who, "",
             f"per rendicontare a Regione Lombardia il voucher formativo di {company} ({course}), "
             "la fattura del corso deve riportare esattamente questa dicitura:",
             "", wording["text"], ""]
    if wording.get("costo_totale") is not None:
        lines.append(f"La fattura deve indicare l'intero costo del corso ({show(wording['costo_totale'])}), "
                     "comprensivo della quota di cofinanziamento, e deve essere una sola per la richiesta.")
    problems = [f for i, f in enumerate(result.findings)
                if parties[i] == "ente" and not f.waived and f.severity is not Severity.INFO]
    if problems:
        number = f" n. {wording['numero']}" if wording.get("numero") else ""
        lines += ["", f"Nella fattura{number} che ci avete inviato abbiamo riscontrato:"]
        lines += [f"- {f.message}" for f in problems]
        lines += ["Vi chiediamo quindi una nota di credito e una nuova fattura con la dicitura corretta."]
    lines += ["", "Grazie per la collaborazione, cordiali saluti"]
    return Text("testo-ente", "Messaggio all'ente di formazione", "\n".join(lines))


def wording_text(result: DossierResult) -> Text | None:
    wording = result.facts.get("invoice_wording")
    return Text("dicitura-fattura", "Dicitura della fattura", wording["text"]) if wording else None
