"""Values a draft manifest needs in another shape than documents print them: a full name split
into nome and cognome (with the codice fiscale deciding where and in which order), an address
split into street, CAP, comune and provincia.
"""

from __future__ import annotations

import re

_VOWELS = set("AEIOU")


def cf_code(word: str, is_name: bool) -> str:
    """The three letters a surname (or a first name) gives a codice fiscale."""
    letters = [c for c in word.upper() if "A" <= c <= "Z"]
    cons = [c for c in letters if c not in _VOWELS]
    vows = [c for c in letters if c in _VOWELS]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def nice(text: str) -> str:
    """Names printed in capitals (`BIANCHI ANNA`) are written as names (`Bianchi Anna`)."""
    return text.title() if text.isupper() else text


def split_name(full: str, cf: str | None = None) -> tuple[str, str]:
    """(nome, cognome) of `Mario Rossi` or `ROSSI MARIO`. With a codice fiscale, the split (and the
    order) whose letters it encodes; without one, the first word is the name."""
    words = full.split()
    if len(words) < 2:
        return nice(full.strip()), ""
    if cf and len(cf) >= 6:
        cf = cf.upper()
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            for nome, cognome in ((a, b), (b, a)):
                if cf_code(cognome, False) == cf[:3] and cf_code(nome, True) == cf[3:6]:
                    return nice(nome), nice(cognome)
    return nice(words[0]), nice(" ".join(words[1:]))


_ADDRESS = re.compile(
    r"^\s*(?P<indirizzo>.+?)\s*[,–-]\s*(?:(?P<cap>\d{5})\s+)?(?P<comune>[^,()\d]+?)\s*\(\s*(?P<provincia>[A-Za-z]{2})\s*\)"
)


def split_address(text: str) -> dict[str, str]:
    """`Via Roma 1, 24121 Bergamo (BG)` → indirizzo, cap, comune, provincia (what it can tell)."""
    m = _ADDRESS.search(text)
    if not m:
        return {"indirizzo": text.strip()}
    street = re.sub(r"^(?:in|a|presso)\s+", "", m.group("indirizzo").strip(), flags=re.IGNORECASE)
    out = {"indirizzo": street, "comune": m.group("comune").strip(),
           "provincia": m.group("provincia").upper()}
    if m.group("cap"):
        out["cap"] = m.group("cap")
    return out
