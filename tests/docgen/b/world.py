"""The invented world of the held-out set: people, client companies, training
providers, banks and insurers. Every identifier is computed so that its check
digits are right (codice fiscale, partita IVA, IBAN with CIN)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from schwifty import IBAN
from stdnum import luhn as _luhn
from stdnum.it import codicefiscale as _cf

_MONTH_LETTERS = "ABCDEHLMPRST"


def _letters(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


def _part(s: str, is_name: bool) -> str:
    s = _letters(s)
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def make_cf(first: str, last: str, birth: date, sex: str, belfiore: str) -> str:
    day = birth.day + (40 if sex == "F" else 0)
    body = (_part(last, False) + _part(first, True) + f"{birth.year % 100:02d}"
            + _MONTH_LETTERS[birth.month - 1] + f"{day:02d}" + belfiore)
    return body + _cf.calc_check_digit(body)


def make_piva(base7: str, office: str) -> str:
    body = base7 + office
    assert len(body) == 10
    return body + _luhn.calc_check_digit(body)


def make_iban(abi: str, cab: str, account: str) -> str:
    return str(IBAN.generate("IT", bank_code=abi + cab, account_code=account.zfill(12)))


def iban_spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str
    birth: date
    birthplace: str  # as printed: "Bergamo (BG)" or "Romania"
    belfiore: str
    address: str = ""
    cap: str = ""
    city: str = ""
    prov: str = ""
    cf: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "cf", make_cf(self.first, self.last, self.birth, self.sex, self.belfiore))

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def name_rev(self) -> str:
        return f"{self.last} {self.first}"

    @property
    def upper(self) -> str:
        return self.name_rev.upper()


@dataclass(frozen=True)
class Bank:
    name: str
    short: str
    abi: str
    cab: str
    branch: str  # "Filiale di Zogno"
    branch_address: str
    bic: str
    piva: str
    hq: str
    register: str  # "Iscritta all'Albo delle Banche al n. ..."


@dataclass(frozen=True)
class Company:
    name: str
    piva: str
    cf: str  # same as piva for companies, a personal CF for sole traders
    address: str
    cap: str
    city: str
    prov: str
    lr: Person  # legal representative (or the owner)
    addetti: int
    ateco: str
    pec: str
    rea: str
    bank: Bank | None = None
    account: str = ""
    email: str = ""
    phone: str = ""

    @property
    def iban(self) -> str:
        assert self.bank is not None
        return make_iban(self.bank.abi, self.bank.cab, self.account)

    @property
    def full_address(self) -> str:
        return f"{self.address}, {self.cap} {self.city} ({self.prov})"


@dataclass(frozen=True)
class Course:
    title: str
    id_corso: str
    id_edizione: str
    id_voucher: str
    hours: int
    start: date
    end: date
    provider: Company
    company: Company
    participants: tuple[Person, ...]
    cost_each: Decimal
    share: Decimal  # public share 0.9 / 0.7 / 0.5
    vat: Decimal  # 0 (exempt, art. 10 n. 20) or 0.22
    id_domanda: str

    @property
    def taxable(self) -> Decimal:
        return self.cost_each * len(self.participants)

    @property
    def public(self) -> Decimal:
        return sum(((self.cost_each * self.share).quantize(Decimal("0.01")) for _ in self.participants),
                   Decimal("0"))

    @property
    def private(self) -> Decimal:
        return self.taxable - self.public

    @property
    def vat_amount(self) -> Decimal:
        return (self.taxable * self.vat).quantize(Decimal("0.01"))

    @property
    def stamp(self) -> Decimal:
        # exempt invoices above EUR 77.47 carry EUR 2.00 stamp duty, charged to the client
        return Decimal("2.00") if self.vat == 0 else Decimal("0.00")

    @property
    def total(self) -> Decimal:
        return self.taxable + self.vat_amount + self.stamp


# ---- banks (ABI codes chosen outside schwifty's registry, so no real bank is named) ----
BCC_ISOLA = Bank(
    name="Banca di Credito Cooperativo dell'Isola e della Valle Brembana – Società Cooperativa",
    short="BCC Isola e Valle Brembana", abi="08512", cab="53290", branch="Filiale di Zogno",
    branch_address="Piazza Italia 4, 24019 Zogno (BG)", bic="ICRAITRRIB0",
    piva=make_piva("0183204", "016"), hq="Via Roma 120, 24030 Presezzo (BG)",
    register="Iscritta all'Albo delle Banche al n. 4711 e all'Albo delle Società Cooperative al n. A157332",
)
POP_LARIO = Bank(
    name="Banca Popolare del Lario S.p.A.", short="Popolare del Lario", abi="05777", cab="51420",
    branch="Agenzia n. 7 – Lodi", branch_address="Corso Roma 61, 26900 Lodi (LO)", bic="BPLRIT2LXXX",
    piva=make_piva("0317155", "013"), hq="Piazza Cavour 2, 22100 Como",
    register="Capitale sociale € 412.000.000 i.v. – Iscritta all'Albo delle Banche al n. 5598",
)
CREDITO_LV = Bank(
    name="Credito Lombardo Veneto S.p.A.", short="CLV", abi="03336", cab="01600",
    branch="Sportello Gallarate Centro", branch_address="Via Manzoni 9, 21013 Gallarate (VA)",
    bic="CLVEITMMXXX", piva=make_piva("1077623", "015"), hq="Piazza degli Affari 6, 20123 Milano",
    register="Aderente al Fondo Interbancario di Tutela dei Depositi – Gruppo IVA CLV",
)
NEOS = Bank(
    name="Neos Banca S.p.A.", short="Neos", abi="03672", cab="01601", branch="Sede di Milano",
    branch_address="Viale Monza 259, 20126 Milano", bic="NEOSITM2XXX",
    piva=make_piva("1122334", "096"), hq="Viale Monza 259, 20126 Milano",
    register="Banca iscritta all'Albo di cui all'art. 13 TUB al n. 8012",
)
CR_CAMUNA = Bank(
    name="Cassa Rurale Adamello e Valcamonica – Credito Cooperativo", short="Cassa Rurale Camuna",
    abi="08437", cab="54160", branch="Filiale di Darfo Boario Terme",
    branch_address="Via Roma 22, 25047 Darfo Boario Terme (BS)", bic="CCRTIT2TCAM",
    piva=make_piva("0098751", "017"), hq="Via Nazionale 11, 25040 Esine (BS)",
    register="Iscritta all'Albo delle Banche al n. 4420.60",
)

# ---- people ----
CARMINATI = Person("Pierangelo", "Carminati", "M", date(1968, 4, 12), "Bergamo (BG)", "A794",
                   "Via Locatelli 7", "24019", "Zogno", "BG")
MACCHI = Person("Donatella", "Macchi", "F", date(1972, 9, 3), "Varese (VA)", "L682",
                "Via Cavour 18", "21013", "Gallarate", "VA")
BOSSI = Person("Ettore", "Bossi", "M", date(1959, 1, 25), "Lodi (LO)", "E648",
               "Via Garibaldi 40", "26900", "Lodi", "LO")
FRIGERIO = Person("Angelo", "Frigerio", "M", date(1961, 11, 30), "Lecco (LC)", "E507",
                  "Via Parini 3", "23868", "Valmadrera", "LC")
DAGOSTINO = Person("Chiara", "D'Agostino", "F", date(1990, 6, 17), "Napoli (NA)", "F839",
                   "Via Tortona 31", "20144", "Milano", "MI")
NAVA = Person("Roberta", "Nava", "F", date(1977, 2, 8), "Monza (MB)", "F704",
              "Via Italia 12", "20900", "Monza", "MB")
RAVASIO = Person("Tommaso", "Ravasio", "M", date(1986, 12, 4), "Bergamo (BG)", "A794",
                 "Via Borgo Palazzo 88", "24125", "Bergamo", "BG")
GHIDINI_LR = Person("Sergio", "Ghidini", "M", date(1965, 3, 21), "Brescia (BS)", "B157",
                    "Via Nazionale 5", "25047", "Darfo Boario Terme", "BS")
ZANETTI_LR = Person("Marisa", "Zanetti", "F", date(1970, 7, 30), "Mantova (MN)", "E897",
                    "Via Chiassi 14", "46100", "Mantova", "MN")

# workers
ROTA = Person("Stefania", "Rota", "F", date(1987, 2, 14), "Bergamo (BG)", "A794",
              "Via San Bernardino 21", "24019", "Zogno", "BG")
PESENTI = Person("Marco", "Pesenti", "M", date(1979, 7, 8), "Bergamo (BG)", "A794",
                 "Via Gavazzeni 3", "24012", "Brembilla", "BG")
POPESCU = Person("Alina", "Popescu", "F", date(1990, 12, 1), "Romania", "Z129",
                 "Via Mazzini 55", "24019", "Zogno", "BG")
COLOMBO = Person("Davide", "Colombo", "M", date(1985, 5, 20), "Milano (MI)", "F205",
                 "Via Pastrengo 9", "21013", "Gallarate", "VA")
BRAMBILLA = Person("Giulia", "Brambilla", "F", date(1992, 8, 27), "Monza (MB)", "F704",
                   "Via Volta 2", "21052", "Busto Arsizio", "VA")
ELAMRANI = Person("Youssef", "El Amrani", "M", date(1988, 3, 15), "Marocco", "Z330",
                  "Via Lodino 7", "26900", "Lodi", "LO")
MAGGIONI = Person("Francesco", "Maggioni", "M", date(1975, 10, 10), "Lodi (LO)", "E648",
                  "Via Massena 30", "26900", "Lodi", "LO")
PAGANI = Person("Noemi", "Pagani", "F", date(1994, 4, 2), "Lodi (LO)", "E648",
                "Viale Pavia 101", "26900", "Lodi", "LO")
INVERNIZZI = Person("Sara", "Invernizzi", "F", date(1996, 1, 22), "Lecco (LC)", "E507",
                    "Via Roma 14", "23868", "Valmadrera", "LC")
FRIGERIO_JR = Person("Niccolò", "Frigerio", "M", date(1998, 9, 9), "Lecco (LC)", "E507",
                     "Via Parini 3", "23868", "Valmadrera", "LC")
FONTANA = Person("Ilaria", "Fontana", "F", date(1981, 11, 5), "Mantova (MN)", "E897",
                 "Via Verdi 6", "46100", "Mantova", "MN")
BERTOLAZZI = Person("Niccolò", "Bertolazzi", "M", date(1999, 6, 30), "Mantova (MN)", "E897",
                    "Strada Cipata 12", "46100", "Mantova", "MN")
GHIDINI_E = Person("Elisa", "Ghidini", "F", date(1983, 8, 19), "Brescia (BS)", "B157",
                   "Via Sebina 4", "25047", "Darfo Boario Terme", "BS")

# delegates
ARNOLDI = Person("Federico", "Arnoldi", "M", date(1976, 5, 6), "Bergamo (BG)", "A794",
                 "Via Camozzi 31", "24121", "Bergamo", "BG")
SANGALLI = Person("Paola", "Sangalli", "F", date(1980, 10, 28), "Legnano (MI)", "E514",
                  "Corso Magenta 12", "20025", "Legnano", "MI")
CRIPPA = Person("Valerio", "Crippa", "M", date(1973, 2, 27), "Lecco (LC)", "E507",
                "Via Cavour 71", "23900", "Lecco", "LC")

# ---- client companies ----
VALBREMBANA = Company(
    "Officine Meccaniche Valbrembana S.r.l.", make_piva("0412733", "016"), "", "Via Cesare Battisti 22",
    "24019", "Zogno", "BG", CARMINATI, 18, "25.62.00", "omvalbrembana@legalmail.it", "BG-398214",
    BCC_ISOLA, "000000471203", "amministrazione@omvalbrembana.it", "0345 91 22 10")
SEPRIO = Company(
    "Tessiture Riunite del Seprio S.p.A.", make_piva("0188302", "012"), "", "Via Varesina 140",
    "21013", "Gallarate", "VA", MACCHI, 62, "13.20.00", "tessitureseprio@pec.it", "VA-165532",
    CREDITO_LV, "100000063517", "contabilita@tessitureseprio.it", "0331 77 45 00")
LANTERNA = Company(
    "La Lanterna Società Cooperativa Sociale ONLUS", make_piva("0511920", "015"), "", "Viale Piacenza 8",
    "26900", "Lodi", "LO", BOSSI, 35, "88.10.00", "lalanterna.coop@pec.confcooperative.it", "LO-1458877",
    POP_LARIO, "000000098765", "segreteria@lalanternalodi.it", "0371 42 19 80")
FRIGERIO_SNC = Company(
    "Termoidraulica Frigerio & Figli S.n.c. di Frigerio Angelo e C.", make_piva("0255418", "013"), "",
    "Via Statale 45", "23868", "Valmadrera", "LC", FRIGERIO, 8, "43.22.01", "frigeriotermo@pec.it",
    "LC-287005", CR_CAMUNA, "000000310077", "info@frigeriotermoidraulica.it", "0341 58 03 22")
DAGOSTINO_PRO = Company(
    "Chiara D'Agostino", make_piva("1134507", "096"), "", "Via Tortona 31", "20144", "Milano", "MI",
    DAGOSTINO, 0, "74.10.21", "chiaradagostino@pec.it", "", NEOS, "000004412087",
    "studio@chiaradagostino.it", "347 118 2290")
PANIFICIO_NAVA = Company(
    "Panificio Nava di Nava Roberta", make_piva("0692877", "096"), "", "Via Italia 12", "20900", "Monza",
    "MB", NAVA, 4, "10.71.10", "panificionava@pec.it", "MB-1380021", POP_LARIO, "000000055120")
PADANA_EST = Company(
    "Logistica Padana Est S.r.l.", make_piva("0228461", "020"), "", "Via dell'Industria 3", "46100",
    "Mantova", "MN", ZANETTI_LR, 74, "52.10.20", "logisticapadanaest@pec.it", "MN-240117",
    CREDITO_LV, "100000081422", "paghe@padanaest.it", "0376 39 20 00")
CAMUNA_EL = Company(
    "Elettronica Camuna S.r.l.", make_piva("0366120", "098"), "", "Via Nazionale 5", "25047",
    "Darfo Boario Terme", "BS", GHIDINI_LR, 27, "26.11.09", "elettronicacamuna@pec.it", "BS-499310",
    CR_CAMUNA, "000000207711")

# sole traders: CF is personal
object.__setattr__(DAGOSTINO_PRO, "cf", DAGOSTINO.cf)
object.__setattr__(PANIFICIO_NAVA, "cf", NAVA.cf)
for _c in (VALBREMBANA, SEPRIO, LANTERNA, FRIGERIO_SNC, PADANA_EST, CAMUNA_EL):
    object.__setattr__(_c, "cf", _c.piva)

RAVASIO_PRO = Company(
    "Tommaso Ravasio", make_piva("0457613", "016"), RAVASIO.cf, "Via Borgo Palazzo 88", "24125",
    "Bergamo", "BG", RAVASIO, 0, "62.02.00", "tommaso.ravasio@pec.it", "", None, "")
CATTANEO = Person("Marta", "Cattaneo", "F", date(1993, 3, 11), "Como (CO)", "C933",
                  "Via Milano 140", "22100", "Como", "CO")
CATTANEO_PRO = Company(
    "Marta Cattaneo", make_piva("0391226", "013"), CATTANEO.cf, "Via Milano 140", "22100", "Como", "CO",
    CATTANEO, 0, "74.30.00", "marta.cattaneo@pec.it", "", None, "")

# ---- training providers (invoice issuers, transfer beneficiaries) ----
POLARIS = Company(
    "Polaris Formazione S.r.l.", make_piva("0977410", "096"), "", "Via Fabio Filzi 27", "20124", "Milano",
    "MI", Person("Renato", "Galli", "M", date(1966, 1, 9), "Milano (MI)", "F205"), 22, "85.59.20",
    "polarisformazione@pec.it", "MI-2099871", CREDITO_LV, "100000044190", "amministrazione@polarisformazione.it",
    "02 6698 1200")
OROBICA = Company(
    "Centro Formazione Orobica Società Cooperativa", make_piva("0310285", "016"), "", "Via Autostrada 32",
    "24126", "Bergamo", "BG", Person("Lucia", "Ferri", "F", date(1971, 5, 2), "Bergamo (BG)", "A794"), 40,
    "85.59.20", "cforobica@pec.it", "BG-355410", BCC_ISOLA, "000000520094", "fatture@cforobica.it",
    "035 32 11 400")
INSUBRIA = Company(
    "Accademia Insubria Lavoro S.r.l. Impresa Sociale", make_piva("0329947", "012"), "", "Via Sacco 5",
    "21100", "Varese", "VA", Person("Massimo", "Bernasconi", "M", date(1969, 12, 12), "Varese (VA)", "L682"),
    15, "85.59.20", "accademiainsubria@legalmail.it", "VA-339012", POP_LARIO, "000000120661",
    "amministrazione@accademiainsubria.it", "0332 28 40 11")
KAIROS = Company(
    "Kairos Digital Academy S.r.l.", make_piva("0401772", "098"), "", "Via Solferino 40", "25122", "Brescia",
    "BS", Person("Andrea", "Zubani", "M", date(1984, 7, 7), "Brescia (BS)", "B157"), 9, "85.59.20",
    "kairosacademy@pec.it", "BS-571220", CR_CAMUNA, "000000418823", "hello@kairosacademy.it", "030 22 10 88")
ENERGIA_LARIO = Company(
    "Energia Formazione Lario S.r.l.", make_piva("0388154", "013"), "", "Corso Carlo Alberto 98", "23900", "Lecco",
    "LC", Person("Giovanni", "Rusconi", "M", date(1975, 4, 18), "Lecco (LC)", "E507"), 12, "85.59.20",
    "energiaformazionelario@pec.it", "LC-318822", POP_LARIO, "000000233018", "amministrazione@efl-lecco.it",
    "0341 36 12 70")
for _c in (POLARIS, OROBICA, INSUBRIA, KAIROS, ENERGIA_LARIO):
    object.__setattr__(_c, "cf", _c.piva)

D = Decimal

# ---- courses (one per scenario) ----
LEAN = Course("Lean manufacturing e miglioramento continuo", "204518", "611093", "882104", 32,
              date(2026, 10, 6), date(2026, 11, 17), OROBICA, VALBREMBANA, (ROTA, PESENTI, POPESCU),
              D("1650.00"), D("0.70"), D("0"), "5120377")
EXCEL = Course("Excel avanzato per l'analisi dei dati aziendali", "198733", "604455", "879310", 24,
               date(2026, 10, 12), date(2026, 11, 23), POLARIS, SEPRIO, (COLOMBO, BRAMBILLA),
               D("1200.00"), D("0.50"), D("0.22"), "5119842")
CONFLITTI = Course("Comunicazione efficace e gestione dei conflitti nei servizi alla persona", "211870",
                   "615502", "884017", 20, date(2026, 10, 14), date(2026, 11, 25), INSUBRIA, LANTERNA,
                   (ELAMRANI, MAGGIONI, PAGANI), D("800.00"), D("0.70"), D("0"), "5121460")
INDESIGN = Course("Adobe InDesign avanzato per l'editoria digitale", "207761", "609918", "881545", 16,
                  date(2026, 10, 20), date(2026, 11, 12), KAIROS, DAGOSTINO_PRO, (DAGOSTINO,),
                  D("1100.00"), D("0.90"), D("0.22"), "5120911")
POMPE = Course("Impianti a pompa di calore: installazione, collaudo e manutenzione", "213004", "616210",
               "885233", 28, date(2026, 10, 19), date(2026, 11, 30), ENERGIA_LARIO, FRIGERIO_SNC,
               (INVERNIZZI, FRIGERIO_JR), D("950.00"), D("0.90"), D("0"), "5122018")

# public bodies (real, public identifiers)
AGENZIA_ENTRATE_CF = "06363391001"
INPS_CF = "80078750587"


# ---- employment facts: hire date, COB code (None before 1 March 2008), contract ----
@dataclass(frozen=True)
class Hire:
    person: Person
    company: Company
    hired: date
    cob: str | None
    contract: str  # as the manifest says it
    ccnl: str
    level: str
    job: str
    matricola: str
    part_time_hours: int | None = None  # weekly hours when part-time


HIRES = {h.person.cf: h for h in [
    Hire(ROTA, VALBREMBANA, date(2015, 9, 1), "1601315000448172", "tempo_indeterminato",
         "Metalmeccanica Industria", "C2", "Impiegata tecnica ufficio qualità", "000031"),
    Hire(PESENTI, VALBREMBANA, date(2003, 5, 5), None, "tempo_indeterminato",
         "Metalmeccanica Industria", "C3", "Operaio specializzato macchine CNC", "000012"),
    Hire(POPESCU, VALBREMBANA, date(2019, 3, 18), "1601319000912655", "tempo_indeterminato",
         "Metalmeccanica Industria", "D1", "Addetta programmazione produzione", "000044"),
    Hire(COLOMBO, SEPRIO, date(2012, 4, 2), "1601312000207731", "tempo_indeterminato",
         "Tessili – Industria", "6", "Controller di gestione", "01187"),
    Hire(BRAMBILLA, SEPRIO, date(2016, 6, 13), "1601316000330218", "tempo_indeterminato",
         "Tessili – Industria", "5", "Impiegata amministrativa", "01342"),
    Hire(ELAMRANI, LANTERNA, date(2018, 2, 1), "1601318000054419", "tempo_indeterminato",
         "Cooperative sociali", "C1", "Operatore socio-sanitario", "000207", 24),
    Hire(MAGGIONI, LANTERNA, date(2002, 9, 2), None, "tempo_indeterminato",
         "Cooperative sociali", "D2", "Educatore professionale (turnista)", "000142"),
    Hire(PAGANI, LANTERNA, date(2021, 9, 6), "1601321000771046", "tempo_determinato",
         "Cooperative sociali", "C1", "Operatrice socio-sanitaria", "000311"),
    Hire(INVERNIZZI, FRIGERIO_SNC, date(2021, 6, 14), "1601321000480311", "tempo_indeterminato",
         "Metalmeccanica Artigianato", "4", "Impiegata tecnica", "0007"),
    Hire(FRIGERIO_JR, FRIGERIO_SNC, date(2019, 7, 1), "1601319000602297", "tempo_indeterminato",
         "Metalmeccanica Artigianato", "3", "Installatore impianti termoidraulici", "0005"),
    Hire(FONTANA, PADANA_EST, date(2006, 2, 1), None, "tempo_indeterminato",
         "Logistica, trasporto merci e spedizione", "4", "Impiegata ufficio spedizioni", "00418"),
    Hire(BERTOLAZZI, PADANA_EST, date(2024, 2, 5), "1601324000118094", "tempo_determinato",
         "Logistica, trasporto merci e spedizione", "5", "Magazziniere carrellista (turni)", "00977"),
    Hire(GHIDINI_E, CAMUNA_EL, date(2010, 11, 15), "1601310000995120", "tempo_indeterminato",
         "Metalmeccanica Industria", "C3", "Tecnica collaudo schede elettroniche", "0088"),
]}

# course sessions (date, start hour, end hour)
SESSIONS = {
    LEAN.id_edizione: [(date(2026, 10, d), 14, 18) for d in (6, 13, 20, 27)]
    + [(date(2026, 11, d), 14, 18) for d in (3, 10, 12, 17)],
    EXCEL.id_edizione: [(date(2026, 10, d), 9, 13) for d in (12, 19, 26)]
    + [(date(2026, 11, d), 9, 13) for d in (9, 16, 23)],
    CONFLITTI.id_edizione: [(date(2026, 10, d), 9, 13) for d in (14, 21, 28)]
    + [(date(2026, 11, d), 9, 13) for d in (11, 25)],
}
