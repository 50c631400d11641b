"""Who must act on a requirement or a finding: the company, the training provider, the bank, or us.

A rule may name its party (`party:` in YAML); otherwise it is the party of the document
type it asks for (`party:` in the document types). A finding of a rule that names no
document type (a file that cannot be read, one of another client) goes to whoever
provides the document in that file, else to the company that sent it; a finding on the
manifest or on dates and amounts stays with the consultant.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..catalog import Catalog, Rule, rule_doctypes
from ..manifest import MANIFEST_NAME
from ..models import Finding, InventoryItem

PARTIES = ("impresa", "ente", "banca", "consulente")
PARTY_LABEL = {
    "impresa": "Impresa",
    "ente": "Ente di formazione",
    "banca": "Banca",
    "consulente": "Consulente",
}
# headings of the message to the client, one per party that must act
PARTY_HEADING = {
    "impresa": "Da parte vostra",
    "ente": "Da chiedere all'ente di formazione",
    "banca": "Da chiedere alla vostra banca",
    "consulente": "Da sistemare in studio",
}


def _doctype_party(catalog: Catalog, doctypes: list[str]) -> str | None:
    for name in doctypes:
        dt = catalog.doctypes.get(name)
        if dt is not None and dt.party:
            return dt.party
    return None


def rule_party(rule: Rule, catalog: Catalog) -> str:
    return rule.party or _doctype_party(catalog, rule_doctypes(rule)) or "consulente"


def file_doctypes(inventory: tuple[InventoryItem, ...]) -> dict[str, list[str]]:
    return {item.file.display: [d.doctype for d in item.documents] for item in inventory}


def finding_party(finding: Finding, rules: Mapping[str, Rule], catalog: Catalog,
                  files: Mapping[str, list[str]]) -> str:
    rule = rules.get(finding.rule)
    if rule is not None and (rule.party or rule_doctypes(rule)):
        return rule_party(rule, catalog)
    if finding.document and finding.document != MANIFEST_NAME:
        return _doctype_party(catalog, files.get(finding.document, [])) or "impresa"
    return "consulente"
