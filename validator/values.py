"""Parsing and validating single values: Italian amounts and dates, IBAN, codice fiscale, P.IVA.

The check digits are computed by maintained libraries (schwifty, python-stdnum);
this module only finds candidates in text and says, in Italian, what is wrong.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
MONTH_ABBR = {name[:3]: num for name, num in MONTHS.items()}
# bilingual documents (passports, ID cards) print "01 AGO/AUG 2034"
MONTH_ABBR_EN = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                 "oct": 10, "nov": 11, "dec": 12}
MONTH_NAMES = {num: name for name, num in MONTHS.items()}

CENT = Decimal("0.01")


# ---------------------------------------------------------------- amounts

_AMOUNT_TOKEN = r"\d{1,3}(?:[.\u00a0\u202f' ]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT_RE = re.compile(
    r"(?<![\w.,/])(?:(?:EUR|€|Euro)\s*)?(-?\s*(?:" + _AMOUNT_TOKEN + r"))(?:\s*(?:EUR|€|euro))?(?![\d/]|[.,]\d)",
    re.IGNORECASE,
)


def parse_amount(text: str) -> Decimal | None:
    """`1.234,56`, `EUR 1.234,56`, `€ 1234,56`, `1234.56`, `1 234,56` → Decimal, or None."""
    s = re.sub(r"(?i)eur(o)?|€", "", text).strip().replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace(" ", "").replace("'", "")
    negative = s.startswith("-")
    s = s.lstrip("-+")
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit():
        return None
    if "," in s and "." in s:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s:
        decimal_sep = ","
    elif "." in s:
        # "1.234" and "12.345.678" are thousands; "1234.5" and "3000.00" are decimals
        decimal_sep = "" if re.fullmatch(r"\d{1,3}(\.\d{3})+", s) else "."
    else:
        decimal_sep = ""
    thousands = "." if decimal_sep == "," else ","
    if decimal_sep == "":
        thousands = "."
    integer, _, cents = s.rpartition(decimal_sep) if decimal_sep else (s, "", "")
    if decimal_sep == "":
        integer = s
    groups = integer.split(thousands)
    if len(groups) > 1 and (not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:])):
        return None
    if decimal_sep and (len(cents) == 0 or len(cents) > 2 or not cents.isdigit()):
        return None
    try:
        value = Decimal("".join(groups) + ("." + cents if cents else ""))
    except InvalidOperation:
        return None
    return -value if negative else value


def find_amounts(text: str) -> list[tuple[Decimal, int, int]]:
    out = []
    for m in AMOUNT_RE.finditer(text):
        value = parse_amount(m.group(1))
        if value is not None:
            out.append((value, m.start(1), m.end(1)))
    return out


def format_eur(value: Decimal | int | float | None) -> str:
    """Italian money format: 1.234,56."""
    if value is None:
        return "—"
    q = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    integer, cents = f"{abs(q):.2f}".split(".")
    groups: list[str] = []
    while integer:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    return f"{sign}{'.'.join(groups)},{cents}"


def money(value: Decimal | int | float | str) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- dates

_MONTH_WORDS = "|".join(sorted(list(MONTHS) + list(MONTH_ABBR), key=len, reverse=True))
_MONTH_EN = "|".join(MONTH_ABBR_EN)
DATE_RE = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)(?:°|º)?\s*(?:"
    r"(?P<sep>[/.\-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})"
    r"|\s+(?P<mw>" + _MONTH_WORDS + r")\.?(?:\s*/\s*(?:" + _MONTH_EN + r")\.?)?\s+(?P<yw>\d{4}))(?!\d)"
    r"|(?<!\d)(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _date_from_match(m: re.Match[str]) -> date | None:
    try:
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        day = int(m.group("d"))
        if m.group("mw"):
            word = m.group("mw").lower()
            month = MONTHS.get(word) or MONTH_ABBR[word[:3]]
            return date(_year(m.group("yw")), month, day)
        return date(_year(m.group("y")), int(m.group("m")), day)
    except (ValueError, KeyError):
        return None


def parse_date(text: str) -> date | None:
    """`31/03/2027`, `31.03.2027`, `31-03-27`, `31 marzo 2027`, `1° marzo 2008`, `2027-03-31`."""
    m = DATE_RE.search(text.strip())
    return _date_from_match(m) if m else None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    out = []
    for m in DATE_RE.finditer(text):
        d = _date_from_match(m)
        if d is not None and 1900 <= d.year <= 2100:
            out.append((d, m.start(), m.end()))
    return out


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- identifiers

CF_PERSON_RE = re.compile(
    r"(?<![A-Z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Z0-9])"
)
PIVA_RE = re.compile(r"(?<![0-9])\d{11}(?![0-9])")
IBAN_IT_RE = re.compile(r"(?<![A-Z0-9])IT\s?\d\s?\d(?:\s?[0-9A-Z]){23}(?![0-9A-Z])", re.IGNORECASE)


def cf_problem(value: str) -> str | None:
    """None if the codice fiscale (16 characters, or 11 digits for a company) is valid."""
    from stdnum.it import codicefiscale, iva

    v = re.sub(r"\s", "", value).upper()
    if len(v) == 11 and v.isdigit():
        return None if iva.is_valid(v) else "cifra di controllo errata"
    if len(v) != 16:
        return "lunghezza errata (attesi 16 caratteri, o 11 cifre per un'impresa)"
    try:
        codicefiscale.validate(v)
    except Exception as exc:  # stdnum raises several ValidationError subclasses
        return "cifra di controllo errata" if "checksum" in type(exc).__name__.lower() else "formato non valido"
    return None


def piva_problem(value: str) -> str | None:
    from stdnum.it import iva

    v = re.sub(r"\s", "", value)
    v = v[2:] if v.upper().startswith("IT") else v
    if not re.fullmatch(r"\d{11}", v):
        return "formato non valido (attese 11 cifre)"
    return None if iva.is_valid(v) else "cifra di controllo errata"


def iban_problem(value: str) -> str | None:
    """None if the IBAN passes mod-97 and, for Italy, the national CIN check."""
    from schwifty import IBAN
    from schwifty.exceptions import (
        InvalidBBANChecksum,
        InvalidChecksumDigits,
        SchwiftyException,
    )

    try:
        IBAN(compact_code(value), validate_bban=True)
    except InvalidChecksumDigits:
        return "codice di controllo IBAN errato (mod 97)"
    except InvalidBBANChecksum:
        return "CIN errato (controllo nazionale italiano)"
    except SchwiftyException as exc:
        return f"IBAN non valido ({exc})"
    return None


def compact_code(value: str) -> str:
    return re.sub(r"[\s\-.]", "", value).upper()


def find_ibans(text: str) -> list[tuple[str, int, int]]:
    return [(compact_code(m.group()), m.start(), m.end()) for m in IBAN_IT_RE.finditer(text)]


def find_person_cfs(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in CF_PERSON_RE.finditer(text.upper())]


def find_pivas(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in PIVA_RE.finditer(text)]


# ---------------------------------------------------------------- company names

_LEGAL_FORMS = [
    (r"s\.?\s?r\.?\s?l\.?\s?s\.?", "srls"),
    (r"s\.?\s?r\.?\s?l\.?", "srl"),
    (r"s\.?\s?p\.?\s?a\.?", "spa"),
    (r"s\.?\s?a\.?\s?s\.?", "sas"),
    (r"s\.?\s?n\.?\s?c\.?", "snc"),
    (r"s\.?\s?c\.?\s?a\.?\s?r\.?\s?l\.?", "scarl"),
    (r"soc(?:ieta|\.)?\s+coop(?:erativa|\.)?", "scoop"),
    (r"societa\s+a\s+responsabilita\s+limitata(?:\s+semplificata)?", "srl"),
    (r"societa\s+per\s+azioni", "spa"),
    (r"societa\s+in\s+accomandita\s+semplice", "sas"),
    (r"societa\s+in\s+nome\s+collettivo", "snc"),
    (r"unipersonale", ""),
]


def company_key(name: str) -> str:
    """A company name with its legal form normalised: `Rossi S.r.l.` == `ROSSI SRL`."""
    from .textnorm import fold

    s = fold(name)
    for pattern, repl in _LEGAL_FORMS:
        s = re.sub(r"(?<![a-z])" + pattern + r"(?![a-z])", " " + repl + " ", s)
    return re.sub(r"[^a-z0-9]", "", s)


def company_core(name: str) -> str:
    """The name without its legal form, for finding it in running text."""
    key_form = company_key(name)
    for _, repl in _LEGAL_FORMS:
        if repl and key_form.endswith(repl):
            return key_form[: -len(repl)]
    return key_form
