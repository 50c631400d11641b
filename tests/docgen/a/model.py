"""The dossier as the documents see it: a manifest dict plus stable invented details
(addresses, banks, insurers, providers) derived from it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import holidays

from .common import (
    as_date,
    as_datetime,
    cf_birth,
    digits,
    iban_parts,
    make_iban_it,
    make_piva,
    money,
    seeded,
)

# Cadastral code -> (comune, provincia, CAP)
COMUNI = {
    "A794": ("Bergamo", "BG", "24121"),
    "F205": ("Milano", "MI", "20121"),
    "B157": ("Brescia", "BS", "25121"),
    "E507": ("Lecco", "LC", "23900"),
    "F704": ("Monza", "MB", "20900"),
    "L682": ("Varese", "VA", "21100"),
    "C933": ("Como", "CO", "22100"),
    "D150": ("Cremona", "CR", "26100"),
    "G388": ("Pavia", "PV", "27100"),
    "F952": ("Novara", "NO", "28100"),
    "L400": ("Treviglio", "BG", "24047"),
    "I628": ("Seriate", "BG", "24068"),
    "D245": ("Dalmine", "BG", "24044"),
    "I690": ("Sesto San Giovanni", "MI", "20099"),
    "A246": ("Albino", "BG", "24021"),
}
CAP_BY_COMUNE = {v[0].lower(): v[2] for v in COMUNI.values()}
STREETS = [
    "Via Garibaldi", "Via Mazzini", "Via Papa Giovanni XXIII", "Via Verdi", "Via San Bernardino",
    "Via Manzoni", "Viale Europa", "Via dei Mille", "Via Leopardi", "Via Carducci", "Via Bonomelli",
    "Via Pignolo", "Via Moroni", "Via Broseta", "Via Borgo Palazzo", "Via Corridoni",
]
FEMALE_NAMES = {"anna", "laura", "giulia", "elena", "sara", "chiara", "francesca", "paola", "marta"}


@dataclass(frozen=True)
class Party:
    """A company, bank, insurer or office as it appears on letterheads."""

    name: str
    piva: str
    street: str
    cap: str
    comune: str
    prov: str
    cf: str = ""
    pec: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    iban: str = ""
    bic: str = ""
    rea: str = ""
    capitale: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def codice_fiscale(self) -> str:
        return self.cf or self.piva

    @property
    def city_line(self) -> str:
        return f"{self.cap} {self.comune} ({self.prov})"

    @property
    def address(self) -> str:
        return f"{self.street} - {self.city_line}"


@dataclass(frozen=True)
class Person:
    nome: str
    cognome: str
    cf: str
    birth: dt.date | None = None
    sex: str = "M"
    birth_comune: str = ""
    birth_prov: str = ""
    street: str = ""
    cap: str = ""
    comune: str = ""
    prov: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def full(self) -> str:
        return f"{self.nome} {self.cognome}"

    @property
    def upper(self) -> str:
        return f"{self.cognome} {self.nome}".upper()

    @property
    def nato(self) -> str:
        return "nata" if self.sex == "F" else "nato"


def person(nome: str, cognome: str, cf: str, **extra: Any) -> Person:
    """A person with birth data from the codice fiscale and a stable invented residence."""
    birth: dt.date | None = None
    sex = "F" if nome.lower() in FEMALE_NAMES else "M"
    b_comune, b_prov = "", ""
    try:
        birth, sex, code = cf_birth(cf)
        b_comune, b_prov, _ = COMUNI.get(code, ("Bergamo", "BG", "24121"))
    except Exception:  # an invalid CF (a tweak): keep what we can
        pass
    rng = seeded("residenza", cf)
    res_code = rng.choice(["A794", "I628", "D245", "L400", "A246", "F205", "I690"])
    comune, prov, cap = COMUNI[res_code]
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 120)}"
    return Person(nome, cognome, cf, birth, sex, b_comune, b_prov, street, cap, comune, prov, dict(extra))


# ------------------------------------------------------------------ invented parties

def _bank(name: str, abi: str, street: str, comune_code: str, progressive: str, bic: str, **extra: str) -> Party:
    comune, prov, cap = COMUNI[comune_code]
    office = {"BG": "016", "MI": "015", "CO": "013", "BS": "017"}[prov]
    piva = make_piva(progressive, office)
    return Party(name, piva, street, cap, comune, prov, bic=bic, extra={"abi": abi, **extra})


BANKS = {
    "05428": _bank("Banca Popolare Orobica S.p.A.", "05428", "Piazza Vittorio Veneto 8", "A794", "0312457",
                   "POROIT2BXXX", short="BPO", portal="Orobica Online", group="Gruppo Bancario Orobico"),
    "03355": _bank("Banca del Naviglio S.p.A.", "03355", "Corso di Porta Nuova 16", "F205", "0661203",
                   "NAVIIT2MXXX", short="Banca del Naviglio", portal="Naviglio Business",
                   group="Gruppo Naviglio"),
    "08431": _bank("Cassa Rurale della Valle Lariana - Credito Cooperativo S.C.", "08431",
                   "Via Volta 21", "C933", "0209881", "CCRLIT2CXXX", short="CR Valle Lariana",
                   portal="RuraleWeb Imprese", group="Gruppo Bancario Cooperativo Italiano"),
}
STYLE_BANK = ["05428", "03355", "08431"]


def bank_for_iban(iban: str, style: int = 0) -> Party:
    abi = iban_parts(iban)[1] if iban else ""
    return BANKS.get(abi) or BANKS[STYLE_BANK[style % len(STYLE_BANK)]]


def _company(name: str, progressive: str, street: str, comune_code: str, **kw: Any) -> Party:
    comune, prov, cap = COMUNI[comune_code]
    office = {"BG": "016", "MI": "015", "CO": "013", "LC": "016", "BS": "017"}[prov]
    piva = make_piva(progressive, office)
    return Party(name, piva, street, cap, comune, prov, **kw)


PROVIDER = _company(
    "Formazione Lombarda S.r.l.", "0987654", "Via Vittor Pisani 16", "F205",
    pec="formazionelombarda@legalmail.it", phone="02 6698 1420", email="amministrazione@formazionelombarda.it",
    web="www.formazionelombarda.it", rea="MI-2098123", capitale="€ 50.000,00 i.v.",
    iban=make_iban_it("03355", "01600", "000004417821"), bic="NAVIIT2MXXX",
    extra={"id_operatore": "1187", "sezione": "B"},
)
OTHER_COMPANY = _company(
    "Officine Brambilla S.p.A.", "0318842", "Corso Martiri della Liberazione 50", "E507",
    pec="officinebrambilla@pec.it", iban=make_iban_it("05428", "22900", "000000771203"),
    rea="LC-301442",
)
HOLDING = _company(
    "Rossi Holding S.r.l.", "0401127", "Via Roma 1", "A794", pec="rossiholding@pec.it",
    iban=make_iban_it("03355", "11100", "000009914530"),
)
OTHER_BENEFICIARY = _company(
    "Edu Service Bergamo S.r.l.", "0442098", "Via Camozzi 88", "A794", pec="eduservicebg@pec.it",
    iban=make_iban_it("08431", "11100", "000000552018"),
)
KNOWN_PARTIES = {p.name.lower(): p for p in (PROVIDER, OTHER_COMPANY, HOLDING, OTHER_BENEFICIARY)}

INSURERS = [
    _company("Assicurazioni Padane S.p.A.", "0551023", "Piazza della Repubblica 32", "F205",
             web="www.assicurazionipadane.it", rea="MI-1720332", capitale="€ 120.000.000,00 i.v.",
             extra={"albo": "Albo Imprese IVASS n. 1.00178", "gruppo": "Gruppo Assicurativo Padano n. 041"}),
    _company("Lario Mutua Assicurazioni S.p.A.", "0221765", "Viale Innocenzo XI 70", "C933",
             web="www.lariomutua.it", rea="CO-188273", capitale="€ 38.500.000,00 i.v.",
             extra={"albo": "Albo Imprese IVASS n. 1.00211", "gruppo": ""}),
    _company("Alpina Rischi Impresa S.p.A.", "0613045", "Via Solferino 40", "F205",
             web="www.alpinarischi.it", rea="MI-2311009", capitale="€ 60.000.000,00 i.v.",
             extra={"albo": "Albo Imprese IVASS n. 1.00233", "gruppo": "",
                    "agenzia": "Agenzia Generale di Bergamo Centro - Brevi & Locatelli Snc"}),
]

PAYROLL_STUDIO = _company(
    "Studio Paghe Brembo di Carrara Elena", "0337710", "Via Tasso 9", "A794",
    phone="035 241 880", email="paghe@studiobrembo.it",
    extra={"consulente": "Dott.ssa Elena Carrara - Consulente del Lavoro, iscr. Albo CdL Bergamo n. 712"},
)


# --------------------------------------------------------------------------- context

class Ctx:
    """Read-only view of a manifest dict with defaults for what documents need."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.imp: dict[str, Any] = data.get("impresa") or {}
        self.pres: dict[str, Any] = data.get("presentazione") or {}
        self.corso: dict[str, Any] = data.get("corso") or {}
        self.liq: dict[str, Any] = data.get("liquidazione") or {}

    # ---- company
    @property
    def company(self) -> Party:
        sede = self.imp.get("sede_operativa") or {}
        comune = sede.get("comune", "Bergamo")
        cap = sede.get("cap") or CAP_BY_COMUNE.get(comune.lower(), "24100")
        piva = str(self.imp.get("partita_iva") or self.imp.get("codice_fiscale") or "")
        if piva.upper().startswith("IT"):
            piva = piva[2:]
        rng = seeded("impresa", piva)
        return Party(
            self.imp.get("ragione_sociale", ""), piva, sede.get("indirizzo", "Via Roma 1"), cap, comune,
            sede.get("provincia", "BG"), cf=str(self.imp.get("codice_fiscale") or piva),
            pec=self.imp.get("pec", ""), iban=str(self.imp.get("iban") or "").replace(" ", ""),
            rea=f"{sede.get('provincia', 'BG')}-{digits(rng, 6)}",
            extra={"inps": digits(rng, 10), "inail": digits(rng, 8), "ateco": self.imp.get("ateco", "")},
        )

    @property
    def is_autonomo(self) -> bool:
        return self.imp.get("tipo") in ("lavoratore_autonomo", "libero_professionista")

    @property
    def rep(self) -> Person:
        lr = self.imp.get("legale_rappresentante") or {}
        return person(lr.get("nome", ""), lr.get("cognome", ""), lr.get("codice_fiscale", ""))

    @property
    def delegate(self) -> Person | None:
        d = self.pres.get("delegato")
        if not d:
            return None
        return person(d.get("nome", ""), d.get("cognome", ""), d.get("codice_fiscale", ""),
                      ente_accreditato=bool(d.get("ente_accreditato")))

    # ---- participants
    @property
    def participants(self) -> list[dict[str, Any]]:
        return list(self.data.get("partecipanti") or [])

    def participant(self, key: int | str = 0) -> dict[str, Any]:
        parts = self.participants
        if isinstance(key, int):
            return parts[key]
        for p in parts:
            if str(p.get("codice_fiscale", "")).upper() == key.upper() or p.get("cognome") == key:
                return p
        raise KeyError(key)

    def worker(self, p: dict[str, Any]) -> Person:
        cf = str(p.get("codice_fiscale", ""))
        rng = seeded("lavoro", cf)
        part_time = bool(p.get("part_time"))
        qualifiche = ["Impiegato tecnico", "Operaio specializzato", "Impiegato amministrativo",
                      "Programmatore CNC", "Addetto qualità"]
        qual = rng.choice(qualifiche)
        if p.get("nome", "").lower() in FEMALE_NAMES:
            qual = qual.replace("Impiegato", "Impiegata").replace("Addetto", "Addetta")
        livello = rng.choice(["C2", "C3", "D1", "D2"])
        return person(
            p.get("nome", ""), p.get("cognome", ""), cf,
            qualifica=qual, livello=livello, part_time=part_time,
            ore_settimanali=20 if part_time else 40,
            paga_base=money((1850 + rng.randrange(0, 600)) * (0.5 if part_time else 1)),
            matricola=f"{rng.randrange(10, 400):05d}",
        )

    def voucher_cost(self, p: dict[str, Any]) -> Decimal:
        if p.get("costo") is not None:
            return money(p["costo"])
        n = max(1, len(self.participants))
        return money(money(self.corso.get("costo_totale", 0)) / n)

    @property
    def share(self) -> Decimal:
        if self.is_autonomo:
            return Decimal("0.90")
        addetti = int(self.imp.get("addetti") or 0)
        return Decimal("0.90") if addetti <= 9 else Decimal("0.70") if addetti <= 50 else Decimal("0.50")

    # ---- course
    @property
    def course_start(self) -> dt.date:
        return as_date(self.corso.get("data_inizio", dt.date(2026, 10, 5)))

    @property
    def course_start_actual(self) -> dt.date:
        return as_date(self.corso.get("data_inizio_effettiva") or self.course_start)

    @property
    def course_end(self) -> dt.date:
        return as_date(self.corso.get("data_fine", self.course_start + dt.timedelta(days=40)))

    def sessions(self) -> list[tuple[dt.date, str, str, float]]:
        """Course lessons: (day, from, to, hours), 4 hours each, spread over the course period."""
        ore = float(self.corso.get("ore") or 24)
        n = max(1, math.ceil(ore / 4))
        start, end = self.course_start_actual, self.course_end
        it_holidays = holidays.country_holidays("IT", years=range(start.year, end.year + 1))
        days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        work = [d for d in days if d.weekday() < 5 and d not in it_holidays]
        if start not in work:
            work.insert(0, start)
        if end not in work:
            work.append(end)
        chosen = [start] if n == 1 else sorted({work[round(i * (len(work) - 1) / (n - 1))] for i in range(n)})
        out = []
        left = ore
        for d in chosen:
            h = min(4.0, left) if d != chosen[-1] else left
            left -= h
            end_h = 9 + h
            out.append((d, "09:00", f"{int(end_h):02d}:{round((end_h % 1) * 60):02d}", h))
        return out

    @property
    def provider(self) -> Party:
        fatt = self.liq.get("fattura") or {}
        name = fatt.get("emittente") or PROVIDER.name
        known = KNOWN_PARTIES.get(str(name).lower())
        if known and not fatt.get("partita_iva_emittente"):
            return known
        piva = str(fatt.get("partita_iva_emittente") or PROVIDER.piva).removeprefix("IT")
        return Party(name, piva, PROVIDER.street, PROVIDER.cap, PROVIDER.comune, PROVIDER.prov,
                     pec=PROVIDER.pec, phone=PROVIDER.phone, email=PROVIDER.email, web=PROVIDER.web,
                     rea=PROVIDER.rea, capitale=PROVIDER.capitale, iban=PROVIDER.iban, bic=PROVIDER.bic,
                     extra=PROVIDER.extra)

    # ---- dates
    @property
    def data_invio(self) -> dt.datetime:
        value = self.pres.get("data_invio")
        if value is None:
            return dt.datetime.combine(self.course_start - dt.timedelta(days=10), dt.time(11, 0))
        return as_datetime(value)

    @property
    def ref_date(self) -> dt.date:
        if self.data.get("fase") == "liquidazione":
            return as_date(self.liq.get("data_richiesta") or self.course_end + dt.timedelta(days=40))
        return self.data_invio.date()

    @property
    def id_domanda(self) -> str:
        return str(5_100_000 + seeded("domanda", self.company.piva, self.corso.get("id_corso")).randrange(99_999))

    # ---- liquidazione
    @property
    def fattura(self) -> dict[str, Any]:
        f = dict(self.liq.get("fattura") or {})
        costo = money(self.corso.get("costo_totale", 0))
        f.setdefault("numero", "45/2026")
        f.setdefault("data", self.course_end + dt.timedelta(days=10))
        f.setdefault("imponibile", costo)
        f.setdefault("quota_pubblica", money(self.corso.get("quota_pubblica", 0)))
        f.setdefault("quota_privata", money(f["imponibile"]) - money(f["quota_pubblica"]))
        f["data"] = as_date(f["data"])
        return f

    @property
    def bonifici(self) -> list[dict[str, Any]]:
        b = self.liq.get("bonifico")
        if not b:
            return []
        items = b if isinstance(b, list) else [b]
        return [dict(x, data=as_date(x["data"])) if x.get("data") else dict(x) for x in items]
