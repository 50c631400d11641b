"""Invented people, companies, training providers, banks and insurers of author C.

None of them is the SPEC's example company or its people. Codici fiscali, partite IVA and IBANs are
computed here, so their check digits are right by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from .common import D, make_cf, make_iban, make_piva, pct

d = dt.date


@dataclass(frozen=True)
class Person:
    nome: str
    cognome: str
    sesso: str
    nato: dt.date
    comune: str
    prov: str
    belfiore: str
    indirizzo: str = ""
    residenza: str = ""

    @property
    def cf(self) -> str:
        return make_cf(self.cognome, self.nome, self.nato, self.sesso, self.belfiore)

    @property
    def full(self) -> str:
        return f"{self.nome} {self.cognome}"

    @property
    def upper(self) -> str:
        return f"{self.cognome.upper()} {self.nome.upper()}"


@dataclass(frozen=True)
class Worker:
    p: Person
    assunto: dt.date
    contratto: str                     # tempo indeterminato / determinato
    qualifica: str
    livello: str
    mansione: str
    ccnl: str
    cob: str = ""                      # 16 digits, hires from 2008-03-01
    part_time: str = ""                # e.g. "Part-time orizzontale 75%"
    matricola: str = ""
    paga_base: str = "0"               # monthly base pay


@dataclass(frozen=True)
class Bank:
    nome: str
    abi: str
    bic: str
    sede: str
    filiale: str
    cab: str


@dataclass(frozen=True)
class Company:
    ragione: str
    progressivo: int
    ufficio: str
    indirizzo: str
    cap: str
    comune: str
    prov: str
    addetti: int
    ateco: str
    ateco_desc: str
    pec: str
    legale: Person
    bank: Bank | None = None
    conto: str = ""
    rea: str = ""
    workers: tuple[Worker, ...] = field(default_factory=tuple)
    pat_inail: str = ""
    matricola_inps: str = ""

    @property
    def piva(self) -> str:
        return make_piva(self.progressivo, self.ufficio)

    @property
    def iban(self) -> str:
        assert self.bank is not None
        return make_iban(self.bank.abi, self.bank.cab, self.conto)

    @property
    def addr(self) -> str:
        return f"{self.indirizzo}, {self.cap} {self.comune} ({self.prov})"


# ----------------------------------------------------------------------------- banks (invented)

B_LARIO = Bank("Banca del Lario e della Brianza S.p.A.", "03142", "LABRIT2LXXX", "Piazza Garibaldi 9, 22100 Como",
               "Filiale di Lecco Centro, Corso Martiri della Liberazione 61, 23900 Lecco", "22901")
B_BCC_ADDA = Bank("BCC dell'Adda e del Brembo – Credito Cooperativo Soc. Coop.", "08871", "ICRAITRRAB0",
                  "Via Roma 2, 24047 Treviglio (BG)", "Filiale di Gandino, Piazza Vittorio Veneto 4", "53260")
B_PADANA = Bank("Banca Padana Digitale S.p.A.", "03655", "BPDGITMMXXX", "Viale Monte Rosa 88, 20149 Milano",
                "Sede operativa online", "01600")
B_MINCIO = Bank("Banca del Mincio S.p.A.", "05877", "BMINIT3MXXX", "Corso Vittorio Emanuele II 40, 46100 Mantova",
                "Agenzia 3 Mantova Valletta", "11502")
B_PAVESE = Bank("Credito Pavese S.p.A.", "05239", "CRPVIT2PXXX", "Strada Nuova 71, 27100 Pavia",
                "Filiale Pavia Corso Cavour", "11300")
B_BCC_BASSA = Bank("Cassa Rurale della Bassa Bresciana – Credito Cooperativo", "08692", "CCRTIT2TBBR",
                   "Via XX Settembre 12, 25025 Manerbio (BS)", "Sede di Manerbio", "54730")
B_LODI = Bank("Banca Agricola Lodigiana S.p.A.", "05608", "BALOIT21XXX", "Corso Umberto I 15, 26900 Lodi",
              "Filiale Lodi Città", "20300")
B_INSUBRICA = Bank("Banca Insubrica S.p.A.", "03377", "INSBIT2VXXX", "Piazza Monte Grappa 3, 21100 Varese",
                   "Filiale Varese Masnago", "10800")
B_VALTELLINA = Bank("Banca Alpina di Valtellina S.c.p.A.", "05419", "BAVAIT22XXX", "Piazza Garibaldi 20, 23100 Sondrio",
                    "Filiale di Chiesa in Valmalenco", "52120")
B_CAMUNO = Bank("Credito Camuno – Banca di Credito Cooperativo", "08514", "CCAMIT2BXXX",
                 "Piazza Mercato 6, 25043 Breno (BS)", "Filiale di Breno", "54160")
B_COMASCA = Bank("Banca Comasca di Risparmio S.p.A.", "06131", "BCRCIT2CXXX", "Via Cairoli 7, 22100 Como",
                 "Filiale Como Camerlata", "10901")

# ----------------------------------------------------------------------------- companies (beneficiaries)

BRAMBATI = Company(
    "Officine Brambati S.r.l.", 3182740, "097", "Via Valsassina 42", "23900", "Lecco", "LC", 34, "25.62.00",
    "Lavori di meccanica generale", "officinebrambati@pec.brambati.it",
    Person("Giorgio", "Brambati", "M", d(1962, 4, 17), "Lecco", "LC", "E507", "Via Belfiore 8, 23900 Lecco"),
    B_LARIO, "000004518230", "LC-276513",
    (Worker(Person("Elena", "Colombo", "F", d(1988, 9, 23), "Merate", "LC", "F133", "Via Bergamo 14, 23807 Merate"),
            d(2019, 2, 4), "tempo indeterminato", "Impiegata", "C3", "Addetta ufficio tecnico",
            "CCNL Metalmeccanica Industria", "0319035004417238", "", "000112", "2012.40"),
     Worker(Person("Davide", "Sala", "M", d(1975, 1, 30), "Lecco", "LC", "E507", "Via Cantarelli 3, 23900 Lecco"),
            d(2005, 9, 12), "tempo indeterminato", "Operaio", "C2", "Operatore CNC",
            "CCNL Metalmeccanica Industria", "", "", "000047", "1869.15")),
    "01874233/21", "9840107322")

VALSERIANA = Company(
    "Tessitura Valseriana S.p.A.", 2257310, "016", "Via Provinciale 118", "24024", "Gandino", "BG", 78, "13.20.00",
    "Tessitura", "amministrazione@pec.tessituravalseriana.it",
    Person("Paola", "Bonomi", "F", d(1969, 11, 5), "Bergamo", "BG", "A794", "Via Pignolo 22, 24121 Bergamo"),
    B_BCC_ADDA, "000000781156", "BG-301877",
    (Worker(Person("Ionut", "Popescu", "M", d(1990, 6, 14), "Romania", "EE", "Z129",
                   "Via Papa Giovanni XXIII 9, 24026 Leffe"),
            d(2025, 10, 1), "tempo determinato", "Operaio", "3", "Tessitore",
            "CCNL Tessile Abbigliamento Moda Industria", "0325274000981543", "", "2140", "1755.00"),
     Worker(Person("Marta", "Zanoletti", "F", d(1984, 3, 8), "Clusone", "BG", "C800",
                   "Via De Gasperi 31, 24023 Clusone"),
            d(2003, 1, 13), "tempo indeterminato", "Impiegata", "5", "Addetta controllo qualità",
            "CCNL Tessile Abbigliamento Moda Industria", "", "", "0988", "1981.70")),
    "12022331/88", "4710039551")

PELLIZZARI = Company(
    "Studio Grafico Pellizzari di Pellizzari Luca & C. S.n.c.", 1493620, "019", "Via Platina 27", "26100",
    "Cremona", "CR", 6, "74.10.21", "Attività dei disegnatori grafici di pagine web",
    "studiopellizzari@pec.it",
    Person("Luca", "Pellizzari", "M", d(1979, 7, 21), "Cremona", "CR", "D150", "Via Bissolati 10, 26100 Cremona"),
    B_PADANA, "000070022841", "CR-188245",
    (Worker(Person("Chiara", "Bodini", "F", d(1995, 12, 2), "Crema", "CR", "D142", "Via Mazzini 55, 26013 Crema"),
            d(2022, 5, 16), "tempo indeterminato", "Impiegata", "4° livello", "Grafica junior",
            "CCNL Terziario Distribuzione e Servizi", "0322136001172209", "", "7", "1702.30"),))

IDROTERMICA = Company(
    "Idrotermica Bassa Bresciana S.r.l.", 2840550, "017", "Via Cremona 15", "25025", "Manerbio", "BS", 15,
    "43.22.01", "Installazione di impianti idraulici, di riscaldamento e di condizionamento dell'aria",
    "idrotermicabb@legalmail.it",
    Person("Stefano", "Gatti", "M", d(1971, 2, 28), "Brescia", "BS", "B157", "Via Marconi 4, 25025 Manerbio"),
    B_BCC_BASSA, "000000310984", "BS-498120",
    (Worker(Person("Youssef", "Bennani", "M", d(1992, 10, 10), "Marocco", "EE", "Z330",
                   "Via Garibaldi 77, 25024 Leno"),
            d(2018, 3, 5), "tempo indeterminato", "Operaio", "3° livello", "Installatore termoidraulico",
            "CCNL Metalmeccanica Artigianato", "0318064000302117", "", "B031", "1690.00"),
     Worker(Person("Francesca", "Lupi", "F", d(1986, 5, 19), "Brescia", "BS", "B157",
                   "Via Solferino 18, 25122 Brescia"),
            d(2016, 9, 1), "tempo indeterminato", "Impiegata", "5° livello", "Impiegata amministrativa",
            "CCNL Metalmeccanica Artigianato", "0316245001880342", "", "B019", "1812.00")),
    "", "")

TICINO = Company(
    "Logistica Ticino S.r.l.", 2035580, "018", "Via dei Mulini 3", "27100", "Pavia", "PV", 52, "52.10.20",
    "Magazzini frigoriferi per conto terzi", "logisticaticino@pec.logisticaticino.com",
    Person("Roberto", "Maggi", "M", d(1966, 8, 9), "Pavia", "PV", "G388", "Viale Golgi 40, 27100 Pavia"),
    B_PAVESE, "000001199470", "PV-229914",
    (Worker(Person("Silvia", "Rognoni", "F", d(1990, 1, 25), "Vigevano", "PV", "L872",
                   "Corso Novara 120, 27029 Vigevano"),
            d(2016, 6, 1), "tempo indeterminato", "Impiegata", "4° livello", "Addetta customer service",
            "CCNL Logistica, Trasporto Merci e Spedizione", "0316153000451876",
            "Part-time orizzontale 62,50% (25 ore settimanali)", "00318", "1890.12"),
     Worker(Person("Alessio", "Cattaneo", "M", d(1983, 7, 7), "Pavia", "PV", "G388",
                   "Via Riviera 12, 27100 Pavia"),
            d(2011, 4, 18), "tempo indeterminato", "Operaio", "4° livello J", "Carrellista – magazziniere",
            "CCNL Logistica, Trasporto Merci e Spedizione", "0311108000067234", "", "00144", "1930.45")),
    "09215603/52", "7010558236")

GIRASOLE = Company(
    "Il Girasole Società Cooperativa Sociale ONLUS", 5501890, "015", "Via Lecco 70", "20900", "Monza", "MB", 40,
    "88.10.00", "Assistenza sociale non residenziale per anziani e disabili", "ilgirasole@pec.confcooperative.it",
    Person("Teresa", "Villa", "F", d(1958, 3, 14), "Monza", "MB", "F704", "Via Borgazzi 91, 20900 Monza"),
    None, "", "MB-1712544",
    (Worker(Person("Gabriele", "Mauri", "M", d(1993, 4, 2), "Desio", "MB", "D286", "Via Garibaldi 5, 20832 Desio"),
            d(2017, 11, 6), "tempo indeterminato", "Socio lavoratore", "C1", "Educatore",
            "CCNL Cooperative Sociali", "0317310000551902", "", "S0061", "1705.98"),))

VALMALENCO = Company(
    "Albergo Valmalenco S.r.l.", 822930, "014", "Via Roma 118", "23023", "Chiesa in Valmalenco", "SO", 12,
    "55.10.00", "Alberghi", "albergovalmalenco@pec.it",
    Person("Ivan", "Lenatti", "M", d(1974, 12, 1), "Sondrio", "SO", "I829", "Via Rusca 3, 23023 Chiesa in Valmalenco"),
    B_VALTELLINA, "000000054411", "SO-64122",
    (Worker(Person("Nadia", "Bergomi", "F", d(1989, 2, 11), "Sondrio", "SO", "I829",
                   "Via Vanoni 12, 23100 Sondrio"),
            d(2012, 6, 18), "tempo indeterminato", "Impiegata", "4° livello", "Receptionist",
            "CCNL Turismo – Pubblici Esercizi e Alberghi", "0312170000211654", "", "21", "1641.00"),))

MANTOVA_FOOD = Company(
    "Mantova Food Packaging S.r.l.", 2604480, "020", "Via Brennero 7", "46100", "Mantova", "MN", 22, "17.21.00",
    "Fabbricazione di carta e cartone ondulato e di imballaggi", "mfpackaging@pec.mfpackaging.it",
    Person("Cristina", "Negri", "F", d(1977, 6, 30), "Mantova", "MN", "E897", "Via Chiassi 21, 46100 Mantova"),
    B_MINCIO, "000000902215", "MN-267011",
    (Worker(Person("Matteo", "Bellini", "M", d(1997, 9, 15), "Suzzara", "MN", "L020",
                   "Via Cavour 8, 46029 Suzzara"),
            d(2020, 1, 13), "tempo indeterminato", "Operaio", "D1", "Conduttore linea fustellatrice",
            "CCNL Carta e Cartotecnica Industria", "0320013000774561", "", "0312", "1760.50"),),
    "", "")

CERRI = Company(
    "Sartoria Lodigiana S.a.s. di Cerri Rosanna & C.", 1661870, "096", "Corso Roma 31", "26900", "Lodi", "LO", 8,
    "14.13.10", "Confezione in serie di abbigliamento esterno", "sartorialodigiana@pec.it",
    Person("Rosanna", "Cerri", "F", d(1965, 10, 27), "Lodi", "LO", "E648", "Via Volturno 6, 26900 Lodi"),
    B_LODI, "000000407735", "LO-1430051")

VARESE_PLAST = Company(
    "Varese Plast S.r.l.", 3377120, "012", "Via Peschiera 20", "21100", "Varese", "VA", 45, "22.29.09",
    "Fabbricazione di altri articoli in materie plastiche", "vareseplast@pec.vareseplast.it",
    Person("Fabio", "Realini", "M", d(1970, 5, 3), "Varese", "VA", "L682", "Via Sacco 9, 21100 Varese"),
    B_INSUBRICA, "000000660018", "VA-339021",
    (Worker(Person("Erika", "Bosetti", "F", d(1991, 8, 19), "Busto Arsizio", "VA", "B300",
                   "Via Milano 140, 21052 Busto Arsizio"),
            d(2015, 4, 1), "tempo indeterminato", "Impiegata", "C2", "Addetta ufficio acquisti",
            "CCNL Gomma Plastica Industria", "0315091000121178", "Part-time verticale 60% (lun-mer-ven)",
            "00087", "1875.00"),),
    "", "")

RIVA = Company(
    "Panificio Artigiano Riva di Riva Paolo & C. S.n.c.", 1128850, "013", "Via Milano 212", "22100", "Como",
    "CO", 9, "10.71.10", "Produzione di prodotti di panetteria freschi", "panificioriva@pec.it",
    Person("Paolo", "Riva", "M", d(1968, 1, 22), "Como", "CO", "C933", "Via Milano 212, 22100 Como"),
    B_COMASCA, "000000118822", "CO-177302")

GERVASONI = Company(
    "Autotrasporti F.lli Gervasoni S.r.l.", 2981020, "016", "Via Bergamo 9", "24047", "Treviglio", "BG", 27,
    "49.41.00", "Trasporto di merci su strada", "gervasoni@pec.gervasonitrasporti.it",
    Person("Mauro", "Gervasoni", "M", d(1964, 9, 8), "Treviglio", "BG", "L400", "Via Casnida 12, 24047 Treviglio"),
    B_BCC_ADDA, "000000602004", "BG-353340")

# ----------------------------------------------------------------------------- self-employed participants

RAVASIO = Person("Giulia", "Ravasio", "F", d(1987, 4, 12), "Bergamo", "BG", "A794",
                 "Via Borgo Palazzo 64", "24125 Bergamo (BG)")
RAVASIO_PIVA = make_piva(4471210, "016")
PEDRETTI = Person("Marco", "Pedretti", "M", d(1982, 11, 23), "Brescia", "BS", "B157",
                  "Via Triumplina 201", "25123 Brescia (BS)")
PEDRETTI_PIVA = make_piva(4112980, "017")
ELAMRANI = Person("Sara", "El Amrani", "F", d(1994, 2, 8), "Marocco", "EE", "Z330",
                  "Via Padova 97", "20127 Milano (MI)")
ELAMRANI_PIVA = make_piva(1305772, "015")

# ----------------------------------------------------------------------------- training providers


@dataclass(frozen=True)
class Provider:
    ragione: str
    progressivo: int
    ufficio: str
    indirizzo: str
    cap: str
    comune: str
    prov: str
    id_operatore: str
    bank: Bank
    conto: str
    email: str
    tel: str
    rea: str
    legale: Person

    @property
    def piva(self) -> str:
        return make_piva(self.progressivo, self.ufficio)

    @property
    def iban(self) -> str:
        return make_iban(self.bank.abi, self.bank.cab, self.conto)


ATL = Provider("Accademia Tecnica Lombarda S.r.l.", 8810330, "015", "Via Gallarate 184", "20151", "Milano", "MI",
               "1287", B_PADANA, "000020015566", "amministrazione@accademiatecnicalombarda.it", "02 3800 4512",
               "MI-2055118", Person("Renata", "Scotti", "F", d(1972, 2, 14), "Milano", "MI", "F205"))
LARIOFORM = Provider("Larioform Società Cooperativa", 3320450, "013", "Via Borgovico 148", "22100", "Como", "CO",
                     "0941", B_LARIO, "000000339912", "segreteria@larioform.coop", "031 572 2041", "CO-300981",
                     Person("Emilio", "Castelli", "M", d(1960, 10, 2), "Como", "CO", "C933"))
IFVC = Provider("Istituto Formativo Valle Camonica S.c. a r.l.", 3004110, "017", "Via Aldo Moro 7", "25043", "Breno",
                "BS", "0412", B_CAMUNO, "000000512340", "info@ifvc.it", "0364 321 870", "BS-502233",
                Person("Giacomo", "Fedriga", "M", d(1967, 5, 25), "Breno", "BS", "B149"))
PAVIA_COMP = Provider("Pavia Competenze S.r.l. Impresa Sociale", 2451770, "018", "Viale Cesare Battisti 23",
                      "27100", "Pavia", "PV", "1093", B_PAVESE, "000002230781", "corsi@paviacompetenze.it",
                      "0382 190 4477", "PV-276540",
                      Person("Laura", "Gallotti", "F", d(1975, 3, 3), "Pavia", "PV", "G388"))
MINCIO_FORM = Provider("CentroStudi Mincio Formazione S.r.l.", 2399060, "020", "Via Principe Amedeo 29", "46100",
                       "Mantova", "MN", "1178", B_MINCIO, "000001047733", "fatture@centrostudimincio.it",
                       "0376 224 019", "MN-250871",
                       Person("Sergio", "Boldrini", "M", d(1963, 12, 9), "Mantova", "MN", "E897"))


# ----------------------------------------------------------------------------- courses (catalogue editions)


@dataclass(frozen=True)
class Corso:
    company: Company
    provider: Provider
    titolo: str
    id_corso: str
    id_edizione: str
    id_voucher: str
    ore: int
    costo_pp: str                       # cost per participant
    quota: int                          # public share, percent
    inizio: dt.date
    fine: dt.date
    partecipanti: tuple[Person, ...]
    sede: str                           # aziendale | ente

    @property
    def costo(self) -> Decimal:
        return D(self.costo_pp) * len(self.partecipanti)

    @property
    def pubblica(self) -> Decimal:
        return pct(self.costo, str(self.quota))

    @property
    def privata(self) -> Decimal:
        return self.costo - self.pubblica


def _w(c: Company, i: int) -> Person:
    return c.workers[i].p


C_BRAMBATI = Corso(BRAMBATI, ATL, "Lettura del disegno tecnico e tolleranze geometriche (GD&T)", "284517", "301962",
                   "1187455", 32, "1450.00", 70, d(2026, 10, 6), d(2026, 11, 24),
                   (_w(BRAMBATI, 0), _w(BRAMBATI, 1)), "aziendale")
C_VALSERIANA = Corso(VALSERIANA, LARIOFORM, "Lean production nel tessile: strumenti 5S e SMED", "285003", "302118",
                     "1188020", 24, "1600.00", 50, d(2026, 10, 20), d(2026, 11, 26),
                     (_w(VALSERIANA, 0), _w(VALSERIANA, 1)), "ente")
C_PELLIZZARI = Corso(PELLIZZARI, ATL, "Progettazione UX/UI con strumenti di prototipazione rapida", "284761", "302455",
                     "1188391", 20, "1400.00", 90, d(2026, 10, 15), d(2026, 11, 12), (_w(PELLIZZARI, 0),), "ente")
C_IDROTERMICA = Corso(IDROTERMICA, IFVC, "Impianti termici: DM 37/2008, F-Gas e documentazione tecnica", "285240",
                      "302790", "1188654", 40, "2000.00", 70, d(2026, 10, 12), d(2026, 12, 4),
                      (_w(IDROTERMICA, 0), _w(IDROTERMICA, 1)), "aziendale")
C_TICINO = Corso(TICINO, PAVIA_COMP, "Excel avanzato e Power BI per la logistica", "284950", "302301", "1188217", 28,
                 "1800.00", 50, d(2026, 11, 3), d(2026, 12, 15), (_w(TICINO, 0), _w(TICINO, 1)), "aziendale")
C_MANTOVA = Corso(MANTOVA_FOOD, MINCIO_FORM, "Manutenzione autonoma e TPM per linee di cartotecnica", "285377",
                  "302968", "1188790", 24, "1500.00", 70, d(2026, 10, 13), d(2026, 11, 17), (_w(MANTOVA_FOOD, 0),),
                  "ente")
C_VARESE = Corso(VARESE_PLAST, LARIOFORM, "Inglese commerciale per l'ufficio acquisti (livello B1)", "285102", "302540",
                 "1188512", 30, "1200.00", 70, d(2026, 10, 7), d(2026, 12, 2), (_w(VARESE_PLAST, 0),), "ente")
C_RIVA = Corso(RIVA, LARIOFORM, "HACCP avanzato e gestione degli allergeni in panificazione", "285418", "303007",
               "1188833", 16, "900.00", 90, d(2026, 10, 19), d(2026, 11, 9), (RIVA.legale,), "ente")

# ----------------------------------------------------------------------------- delegates and consultants

CARRARA = Person("Pietro", "Carrara", "M", d(1976, 8, 30), "Bergamo", "BG", "A794",
                 "Via Tiraboschi 48, 24122 Bergamo")
TAVECCHIO = Person("Alberto", "Tavecchio", "M", d(1969, 2, 4), "Mantova", "MN", "E897",
                   "Via Verdi 15, 46100 Mantova")
AIROLDI = Person("Monica", "Airoldi", "F", d(1981, 6, 11), "Monza", "MB", "F704", "Via Italia 40, 20900 Monza")
INVERNIZZI = Person("Paolo", "Invernizzi", "M", d(1973, 12, 19), "Como", "CO", "C933",
                    "Viale Lecco 88, 22100 Como")

# ----------------------------------------------------------------------------- invoices and payments


def make_trn(abi: str, cab: str, when: dt.date, seq: str) -> str:
    """A 30-character SEPA TRN as Italian banks print it: ABI, CAB, date, progressive, 'IT'."""
    body = f"{abi}{cab}{when:%y%m%d}{seq}"
    assert len(body) == 28 and body.isdigit(), body
    return body + "IT"


@dataclass(frozen=True)
class Invoice:
    corso: Corso
    numero: str
    data: dt.date
    iva: int                            # 0 = exempt (art. 10 n. 20 DPR 633/72), with EUR 2.00 stamp duty

    @property
    def imponibile(self) -> Decimal:
        return self.corso.costo

    @property
    def imposta(self) -> Decimal:
        return pct(self.imponibile, str(self.iva)) if self.iva else D("0")

    @property
    def bollo(self) -> Decimal:
        return D("2.00") if not self.iva else D("0")

    @property
    def totale(self) -> Decimal:
        return self.imponibile + self.imposta + self.bollo


INV_BRAMBATI = Invoice(C_BRAMBATI, "2026/0187", d(2026, 11, 30), 0)
INV_IDROTERMICA = Invoice(C_IDROTERMICA, "244/E", d(2026, 12, 7), 0)
INV_TICINO = Invoice(C_TICINO, "58/PA", d(2026, 12, 21), 0)
INV_MANTOVA = Invoice(C_MANTOVA, "FPR 112/26", d(2026, 11, 24), 22)
INV_VARESE = Invoice(C_VARESE, "2026/FE/0412", d(2026, 12, 3), 0)
INV_RIVA = Invoice(C_RIVA, "2026/FE/0398", d(2026, 11, 10), 0)

TRN_BRAMBATI = make_trn(B_LARIO.abi, B_LARIO.cab, d(2026, 12, 10), "003277104518")
TRN_TICINO = make_trn(B_PAVESE.abi, B_PAVESE.cab, d(2027, 1, 11), "458793120736")
CRO_IDROTERMICA = "05874213460"
TRN_IDROTERMICA = make_trn(B_BCC_BASSA.abi, B_BCC_BASSA.cab, d(2026, 12, 15), "077130029914")
TRN_RIVA = make_trn(B_COMASCA.abi, B_COMASCA.cab, d(2026, 11, 13), "900922315507")
