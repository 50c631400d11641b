"""--select / --ignore: which rules run, by rule ID prefix (as flake8 selects codes).

`--select FC4-D` runs only the rules whose ID starts with FC4-D; `--ignore DOC-OCR,FC4-D-BOLLO`
leaves those out. When both match a rule, the longer prefix decides (`--select FC4 --ignore
FC4-L` keeps the domanda rules; `--ignore FC4 --select FC4-D-IBAN` keeps that one rule);
on a tie the rule is ignored. Rules left out are not evaluated at all, so they cannot
become MAN-UNVERIFIABLE or TOOL-ERROR either; those two, about a rule that did run, only
go when ignored by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# findings the engine raises about another rule: kept whatever --select says
ABOUT_OTHER_RULES = ("MAN-UNVERIFIABLE", "TOOL-ERROR")


def split(values: Iterable[str]) -> tuple[str, ...]:
    """`("FC4-D,DOC-OCR", "SIG")` → `("FC4-D", "DOC-OCR", "SIG")`, upper case, no blanks."""
    return tuple(p.strip().upper() for v in values for p in v.split(",") if p.strip())


def _longest(prefixes: tuple[str, ...], rule_id: str) -> int:
    return max((len(p) for p in prefixes if rule_id.startswith(p)), default=-1)


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def parse(cls, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Selection:
        return cls(split(select), split(ignore))

    @property
    def active(self) -> bool:
        return bool(self.select or self.ignore)

    def ignored(self, rule_id: str) -> bool:
        ign = _longest(self.ignore, rule_id)
        return ign >= 0 and ign >= _longest(self.select, rule_id)

    def wants(self, rule_id: str) -> bool:
        if self.select and _longest(self.select, rule_id) < 0:
            return False
        return not self.ignored(rule_id)

    def keeps(self, rule_id: str) -> bool:
        """Whether a finding of this rule stays in the result."""
        if rule_id in ABOUT_OTHER_RULES:
            return not self.ignored(rule_id)
        return self.wants(rule_id)

    def unknown(self, known: Iterable[str]) -> list[str]:
        """Prefixes that match no rule: a typo would otherwise silently select or ignore nothing."""
        ids = list(known)
        return [p for p in (*self.select, *self.ignore) if not any(i.startswith(p) for i in ids)]

    def describe(self) -> dict[str, list[str]]:
        return {"select": list(self.select), "ignore": list(self.ignore)}


EVERYTHING = Selection()
