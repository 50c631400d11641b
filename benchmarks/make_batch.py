"""A realistic synthetic batch of fc4 dossiers, for the batch benchmark and the batch tests.

Each dossier is a folder with a valid `dossier.yaml` (check digits, IBAN and CIN
computed) and the document mix an operator gathers for a domanda: the application
A.1, the de minimis declaration, the IBAN certificate, the catastrophe-risk policy,
the legal representative's ID (a scan: image-only page), the sedi ausiliarie form,
one A.4 page per participant in one PDF, COB or contract and payslip per employee,
now and then a delegate's mandate, a phone photo and a Word file. Text PDFs embed a
subset of DejaVu Sans, as office exports do, so sizes are like real ones (tens of KB
for a text page, a few hundred for a scanned one). Content differs in every dossier
(names, codes, amounts), so a cold run is really cold.

Options add the cases the batch must survive: `--lul-pages N` puts an N-page payroll
book (LUL) in the first dossier, for the memory measurement; `--defects` makes one
dossier with a truncated PDF, one without a manifest and one with a hostile PDF (a
content stream that inflates to hundreds of MB of drawing operators).

usage: .venv/bin/python benchmarks/make_batch.py OUT [-n 200] [--lul-pages 500] [--defects] [--seed 1]
"""

from __future__ import annotations

import argparse
import io
import random
import string
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PROVINCES = {"BG": "Bergamo", "BS": "Brescia", "CO": "Como", "MI": "Milano", "MB": "Monza", "VA": "Varese",
             "LC": "Lecco", "CR": "Cremona", "PV": "Pavia", "MN": "Mantova"}
BELFIORE = ["F205", "A794", "B157", "C933", "F704", "L682", "E507", "D150", "G388", "E897"]
FIRST = ["Anna", "Luca", "Marco", "Giulia", "Paolo", "Sara", "Davide", "Elena", "Matteo", "Chiara", "Stefano",
         "Francesca", "Andrea", "Silvia", "Giorgio", "Laura", "Alberto", "Marta", "Simone", "Valentina"]
LAST = ["Rossi", "Bianchi", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
        "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Villa"]
TRADES = ["Meccanica", "Officine", "Tessitura", "Carpenteria", "Stampaggi", "Logistica", "Serramenti", "Grafiche",
          "Plastica", "Elettronica", "Minuterie", "Trafileria"]
FORMS = ["S.r.l.", "S.p.A.", "S.n.c.", "S.a.s."]
COURSES = ["Cybersecurity per PMI", "Lean manufacturing", "Sicurezza dei dati personali", "Excel avanzato",
           "Industria 4.0 e manutenzione predittiva", "Inglese tecnico commerciale", "Gestione dei fornitori"]
BANKS = [("Banca Popolare di Sondrio", "05696"), ("Intesa Sanpaolo", "03069"), ("UniCredit", "02008"),
         ("Credito Valtellinese", "05216"), ("BPER Banca", "05387"), ("Banco BPM", "05034")]
PAY_ITEMS = [(f"{i:04d}", name) for i, name in enumerate((
    "Retribuzione ordinaria", "Contingenza", "Scatti di anzianità", "Superminimo individuale", "Lavoro straordinario",
    "Maggiorazione turno", "Festività godute", "Ferie godute", "Permessi retribuiti", "Indennità di mensa",
    "Contributi INPS a carico dipendente", "Ritenute IRPEF", "Addizionale regionale", "Addizionale comunale",
    "Trattamento integrativo", "Fondo pensione complementare", "Quota TFR maturata", "Arrotondamento"), 1)]
FILLER = ("Il sottoscritto, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000 per le "
          "ipotesi di falsità in atti e dichiarazioni mendaci, dichiara che le informazioni riportate nel presente "
          "modulo corrispondono al vero e si impegna a comunicare tempestivamente ogni variazione. I dati personali "
          "sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del procedimento. ")


@dataclass(frozen=True)
class Person:
    nome: str
    cognome: str
    cf: str
    born: date


# ---------------------------------------------------------------- identities

def _cf(rng: random.Random, nome: str, cognome: str, born: date, female: bool) -> str:
    from stdnum.it import codicefiscale

    def consonants(s: str) -> str:
        s = s.upper()
        cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        return "".join(cons + vows + ["X", "X", "X"])

    fn = consonants(nome)
    fn = fn[0] + fn[2] + fn[3] if len([c for c in nome.upper() if c.isalpha() and c not in "AEIOU"]) > 3 else fn[:3]
    day = born.day + (40 if female else 0)
    body = f"{consonants(cognome)[:3]}{fn}{born.year % 100:02d}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}"
    body += rng.choice(BELFIORE)
    return body + codicefiscale.calc_check_digit(body)


def _person(rng: random.Random) -> Person:
    nome, cognome = rng.choice(FIRST), rng.choice(LAST)
    born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    return Person(nome, cognome, _cf(rng, nome, cognome, born, nome.endswith("a")), born)


def _piva(rng: random.Random) -> str:
    from stdnum import luhn

    body = "0" + "".join(rng.choice(string.digits) for _ in range(6)) + f"{rng.randint(1, 100):03d}"
    return body + luhn.calc_check_digit(body)  # digits 8-10: a provincial office, as stdnum checks


def _iban(rng: random.Random, abi: str) -> str:
    from schwifty import IBAN

    cab = "".join(rng.choice(string.digits) for _ in range(5))
    account = "".join(rng.choice(string.digits) for _ in range(12))
    return str(IBAN.generate("IT", bank_code=abi + cab, account_code=account)).replace(" ", "")


def _eur(value: float) -> str:
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + cents


# ---------------------------------------------------------------- PDF writing

class Pdf:
    """A reportlab canvas with an embedded TrueType font, writing A4 pages of wrapped text."""

    def __init__(self, title: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _register_font()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.width, self.height = A4
        self.y = self.height - 60
        self.started = False

    def page(self, heading: str, letterhead: str | None = None) -> None:
        if self.started:
            self.c.showPage()
        self.started = True
        self.y = self.height - 60
        if letterhead:
            self.c.setFont("DejaVu", 9)
            self.c.drawString(50, self.y, letterhead)
            self.c.line(50, self.y - 4, self.width - 50, self.y - 4)
            self.y -= 30
        self.c.setFont("DejaVu", 13)
        self.c.drawString(50, self.y, heading)
        self.y -= 24

    def text(self, paragraph: str, size: float = 10) -> None:
        from reportlab.lib.utils import simpleSplit

        self.c.setFont("DejaVu", size)
        for line in simpleSplit(paragraph, "DejaVu", size, self.width - 100):
            if self.y < 60:
                self.page("(segue)")
                self.c.setFont("DejaVu", size)
            self.c.drawString(50, self.y, line)
            self.y -= size * 1.4
        self.y -= size * 0.6

    def image(self, jpeg: bytes) -> None:
        from reportlab.lib.utils import ImageReader

        if self.started:
            self.c.showPage()
        self.started = True
        self.c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, self.width, self.height)

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


_FONT_DONE = False


def _register_font() -> None:
    global _FONT_DONE
    if not _FONT_DONE:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_PATH)))
        _FONT_DONE = True


_SCANS: dict[int, bytes] = {}


def scan_jpeg(variant: int, lines: list[str]) -> bytes:
    """A grey, slightly noisy A4 page at 150 dpi with text drawn into the pixels: no text layer."""
    key = variant % 6
    if key not in _SCANS:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont

        rng = random.Random(key)
        img = Image.new("L", (1240, 1754), 235)
        draw = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(FONT_PATH), 30)
        for i, line in enumerate(lines * 3):
            draw.text((110 + rng.randint(-3, 3), 160 + i * 48), line, fill=40, font=font)
        noise = Image.effect_noise((1240, 1754), 18)
        img = Image.blend(img, noise, 0.12).filter(ImageFilter.GaussianBlur(0.6)).rotate(0.4, fillcolor=235)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=60)
        _SCANS[key] = out.getvalue()
    return _SCANS[key]


# ---------------------------------------------------------------- documents

def domanda_a1(d: dict[str, Any], rng: random.Random) -> bytes:
    imp = d["impresa"]
    pdf = Pdf("Domanda di finanziamento")
    pdf.page("Allegato A.1 - Domanda di finanziamento", "Regione Lombardia - Bandi e Servizi")
    pdf.text(f"Formazione Continua - Quarta Edizione. ID domanda {rng.randint(1000000, 9999999)}. "
             f"Protocollo O1.2026.{rng.randint(100000, 999999)}.")
    lr = imp["legale_rappresentante"]
    pdf.text(f"Il legale rappresentante {lr['nome']} {lr['cognome']}, codice fiscale {lr['codice_fiscale']}, "
             f"del soggetto richiedente {imp['ragione_sociale']}, codice fiscale {imp['codice_fiscale']}, "
             f"con sede operativa in {imp['sede_operativa']['indirizzo']}, {imp['sede_operativa']['comune']} "
             f"({imp['sede_operativa']['provincia']}), chiede il voucher per il corso «{d['corso']['titolo']}».")
    for _ in range(3):
        pdf.text(FILLER * 2)
    pdf.page("Quadro B - Dati del percorso formativo")
    corso = d["corso"]
    pdf.text(f"ID corso {corso['id_corso']}, ID edizione {corso['id_edizione']}, ore {corso['ore']}, "
             f"costo totale € {_eur(corso['costo_totale'])}, quota pubblica € {_eur(corso['quota_pubblica'])}.")
    for p in d["partecipanti"]:
        pdf.text(f"Partecipante: {p['nome']} {p['cognome']} - {p['codice_fiscale']}")
    pdf.text(FILLER * 3)
    return pdf.bytes()


def deminimis(d: dict[str, Any]) -> bytes:
    imp = d["impresa"]
    pdf = Pdf("Allegato A.2.a")
    pdf.page("Allegato A.2.a - Dichiarazione de minimis")
    pdf.text(f"Dichiarazione sostitutiva dell'atto di notorietà (art. 47 D.P.R. 445/2000) resa da "
             f"{imp['legale_rappresentante']['nome']} {imp['legale_rappresentante']['cognome']} per "
             f"{imp['ragione_sociale']} (P.IVA {imp['partita_iva']}) ai sensi del Reg. (UE) 2023/2831 sugli aiuti "
             "de minimis. Dichiara che l'impresa unica, nell'esercizio finanziario in corso e nei due precedenti, "
             "ha ricevuto i seguenti contributi pubblici:")
    for year in (2024, 2025, 2026):
        pdf.text(f"Esercizio finanziario {year}: nessun aiuto concesso in regime de minimis.")
    pdf.text(FILLER * 4)
    pdf.page("Sezione B - Impresa unica")
    pdf.text("Ai fini della nozione di impresa unica si considerano le imprese collegate. " + FILLER * 3)
    return pdf.bytes()


def iban_letter(d: dict[str, Any], bank: str) -> bytes:
    imp = d["impresa"]
    pdf = Pdf("Attestazione IBAN")
    pdf.page("Attestazione coordinate bancarie", f"{bank} - Filiale di {imp['sede_operativa']['comune']}")
    pdf.text(f"Con la presente si conferma che il conto corrente n. {imp['iban'][-12:]} è intestato a "
             f"{imp['ragione_sociale']}, codice fiscale {imp['codice_fiscale']}.")
    pdf.text(f"Codice IBAN: {imp['iban']}")
    pdf.text("La presente attestazione è rilasciata su richiesta del cliente per gli usi consentiti dalla legge.")
    return pdf.bytes()


def polizza(d: dict[str, Any], rng: random.Random) -> bytes:
    imp = d["impresa"]
    pdf = Pdf("Certificato di assicurazione")
    pdf.page("Certificato di assicurazione - rischi catastrofali", "Compagnia Assicurazioni Lombarde S.p.A.")
    pdf.text(f"Polizza n. CAT{rng.randint(100000, 999999)} - contraente {imp['ragione_sociale']}, "
             f"P.IVA {imp['partita_iva']}. Copertura dei danni da eventi catastrofali (sisma, alluvione, frana, "
             "inondazione, esondazione) ai sensi della L. 213/2023, art. 1, c. 101.")
    pdf.text("Data di decorrenza: 01/01/2026. Data di scadenza: 31/12/2027.")
    pdf.text(FILLER * 3)
    pdf.page("Condizioni generali")
    pdf.text(FILLER * 6)
    return pdf.bytes()


def id_scan(d: dict[str, Any], variant: int) -> bytes:
    lr = d["impresa"]["legale_rappresentante"]
    pdf = Pdf("scansione")
    pdf.image(scan_jpeg(variant, ["REPUBBLICA ITALIANA", "CARTA DI IDENTITA", f"{lr['cognome']} {lr['nome']}",
                                  "SCADENZA 12/05/2031"]))
    return pdf.bytes()


def sedi_ausiliarie(d: dict[str, Any]) -> bytes:
    imp = d["impresa"]
    pdf = Pdf("Allegato 4 DGR")
    pdf.page("Allegato 4 DGR - Sedi ausiliarie / sedi occasionali")
    pdf.text(f"Il legale rappresentante di {imp['ragione_sociale']} dichiara che l'attività formativa si svolge presso "
             f"la sede aziendale di {imp['sede_operativa']['indirizzo']}, {imp['sede_operativa']['comune']}, in "
             "locali con i requisiti di idoneità, sicurezza e agibilità previsti dalla DGR.")
    pdf.text(FILLER * 3)
    pdf.page("Pagina 5 - Requisiti dei locali")
    pdf.text(FILLER * 3)
    return pdf.bytes()


def a4_forms(d: dict[str, Any]) -> bytes:
    pdf = Pdf("Allegato A.4")
    for p in d["partecipanti"]:
        pdf.page("Allegato A.4 - Scheda di iscrizione del partecipante")
        pdf.text(f"Partecipante: {p['nome']} {p['cognome']}, codice fiscale {p['codice_fiscale']}, nato a Milano, "
                 f"data di nascita {p['_born']}. Data di assunzione: {p['data_assunzione']:%d/%m/%Y}.")
        pdf.text(f"Titolo del corso: {d['corso']['titolo']} - ID edizione {d['corso']['id_edizione']}.")
        pdf.text(FILLER * 2)
    return pdf.bytes()


def cob(d: dict[str, Any], p: dict[str, Any]) -> bytes:
    pdf = Pdf("UNILAV")
    pdf.page("Modello Unificato LAV - Comunicazione obbligatoria", "CO Lombardia - Ministero del Lavoro")
    pdf.text(f"Datore di lavoro: {d['impresa']['ragione_sociale']}, codice fiscale {d['impresa']['codice_fiscale']}.")
    pdf.text(f"Lavoratore: {p['cognome']} {p['nome']}, codice fiscale {p['codice_fiscale']}.")
    pdf.text(f"Data inizio del rapporto: {p['data_assunzione']:%d/%m/%Y}. Tipologia contrattuale: lavoro subordinato. "
             f"Codice comunicazione: {p['codice_cob']}.")
    pdf.text(FILLER)
    return pdf.bytes()


def contratto(d: dict[str, Any], p: dict[str, Any]) -> bytes:
    pdf = Pdf("Contratto")
    pdf.page("Contratto individuale di lavoro subordinato", d["impresa"]["ragione_sociale"])
    pdf.text(f"Tra {d['impresa']['ragione_sociale']} e {p['nome']} {p['cognome']} (codice fiscale "
             f"{p['codice_fiscale']}) si conviene l'assunzione a tempo indeterminato dal "
             f"{p['data_assunzione']:%d/%m/%Y}, con qualifica di operaio, livello 3, CCNL metalmeccanici industria. "
             "Periodo di prova, orario di lavoro e retribuzione come da contratto collettivo.")
    pdf.text(FILLER * 3)
    return pdf.bytes()


def cedolino(d: dict[str, Any], p: dict[str, Any], rng: random.Random) -> bytes:
    pdf = Pdf("Cedolino")
    pdf.page("Cedolino paga - prospetto paga luglio 2026", d["impresa"]["ragione_sociale"])
    pdf.text(f"Dipendente {p['cognome']} {p['nome']} - codice fiscale {p['codice_fiscale']} - matricola "
             f"{rng.randint(100, 999)} - data assunzione {p['data_assunzione']:%d/%m/%Y}. "
             "Periodo di paga: luglio 2026.")
    gross = rng.randint(1800, 3200)
    pdf.text(f"Competenze: retribuzione lorda € {_eur(gross)}. Trattenute: contributi INPS € {_eur(gross * 0.0919)}, "
             f"IRPEF € {_eur(gross * 0.21)}. Netto in busta € {_eur(gross * 0.69)}.")
    return pdf.bytes()


def delega(d: dict[str, Any]) -> bytes:
    de = d["presentazione"]["delegato"]
    pdf = Pdf("Allegato A.3")
    pdf.page("Allegato A.3 - Incarico per la sottoscrizione digitale e la presentazione telematica")
    pdf.text(f"Il delegante, legale rappresentante di {d['impresa']['ragione_sociale']}, conferisce l'incarico al "
             f"delegato {de['nome']} {de['cognome']} ({de['codice_fiscale']}) per la firma digitale e la "
             "presentazione telematica della domanda su Bandi Online di Regione Lombardia.")
    pdf.text(FILLER)
    return pdf.bytes()


def lul(d: dict[str, Any], pages: int, rng: random.Random) -> bytes:
    pdf = Pdf("Libro Unico del Lavoro")
    people = d["partecipanti"]
    months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
              "ottobre", "novembre", "dicembre"]
    for i in range(pages):
        p = people[i % len(people)]
        pdf.page(f"Libro Unico del Lavoro - periodo di paga {months[(i // len(people)) % 12]} 2026",
                 d["impresa"]["ragione_sociale"])
        pdf.text(f"Dipendente {p['cognome']} {p['nome']} - codice fiscale {p['codice_fiscale']} - matricola {100 + i}")
        days = " ".join(f"{n:02d}:{rng.choice('888886')}" for n in range(1, 29))
        pdf.text(f"Calendario presenze (giorno:ore lavorate) {days}", size=8)
        for code, item in PAY_ITEMS:
            pdf.text(f"{code}  {item:<40}  ore {rng.randint(1, 168):>3}  importo € {_eur(rng.uniform(5, 2500))}",
                     size=8)
        pdf.text(f"Ore ordinarie 168 - competenze € {_eur(rng.randint(1800, 3200))} - trattenute - netto in busta.")
    return pdf.bytes()


def hostile_pdf(inflated_mb: int = 300) -> bytes:
    """One page whose content stream inflates to `inflated_mb` MB of text operators (a few hundred KB on disk)."""
    chunk = b"BT /F1 12 Tf 72 712 Td (A) Tj ET\n" * 30000
    comp = zlib.compressobj(9)
    stream = b"".join(comp.compress(chunk) for _ in range(inflated_mb)) + comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- dossiers

def manifest(rng: random.Random, index: int) -> dict[str, Any]:
    piva = _piva(rng)
    prov = rng.choice(sorted(PROVINCES))
    bank, abi = rng.choice(BANKS)
    lr = _person(rng)
    participants = []
    for _ in range(rng.choice((1, 2, 2, 3, 4))):
        p = _person(rng)
        hired = date(rng.choice((2004, 2006, 2012, 2015, 2018, 2021, 2023)), rng.randint(1, 12), rng.randint(1, 28))
        entry: dict[str, Any] = {"nome": p.nome, "cognome": p.cognome, "codice_fiscale": p.cf, "tipo": "dipendente",
                                 "contratto": "tempo_indeterminato", "data_assunzione": hired,
                                 "_born": f"{p.born:%d/%m/%Y}"}
        if hired >= date(2008, 3, 1):
            entry["codice_cob"] = "".join(rng.choice(string.digits) for _ in range(16))
        participants.append(entry)
    cost = 1500.0 * len(participants)
    data: dict[str, Any] = {
        "bando": "fc4",
        "fase": "domanda",
        "impresa": {
            "ragione_sociale": f"{rng.choice(TRADES)} {rng.choice(LAST)} {index:03d} {rng.choice(FORMS)}",
            "codice_fiscale": piva, "partita_iva": piva, "tipo": "impresa", "addetti": rng.randint(10, 50),
            "ateco": "25.62.00", "impresa_familiare": False, "albo_formazione": None,
            "sede_operativa": {"indirizzo": f"Via Roma {rng.randint(1, 200)}", "comune": PROVINCES[prov],
                               "provincia": prov},
            "iban": _iban(rng, abi), "pec": f"impresa{index}@pec.it",
            "legale_rappresentante": {"nome": lr.nome, "cognome": lr.cognome, "codice_fiscale": lr.cf},
            "contributi_fruiti_2026": 0,
        },
        "presentazione": {"stadio": "invio", "data_invio": "2026-09-01T10:00"},
        "corso": {"titolo": rng.choice(COURSES), "id_corso": str(rng.randint(100000, 999999)),
                  "id_edizione": str(rng.randint(100000, 999999)), "id_voucher": str(rng.randint(100000, 999999)),
                  "ore": 24, "costo_totale": cost, "quota_pubblica": round(cost * 0.7, 2),
                  "sede": rng.choice(("aziendale", "aziendale", "ente")),
                  "data_inizio": date(2026, 10, 5), "data_fine": date(2026, 11, 20)},
        "partecipanti": participants,
    }
    if rng.random() < 0.3:
        de = _person(rng)
        data["presentazione"]["delegato"] = {"nome": de.nome, "cognome": de.cognome, "codice_fiscale": de.cf,
                                             "ente_accreditato": False}
    data["_bank"] = bank
    return data


def write_dossier(folder: Path, index: int, seed: int, lul_pages: int = 0) -> None:
    rng = random.Random(seed * 100_003 + index)
    d = manifest(rng, index)
    bank = d.pop("_bank")
    files: dict[str, bytes] = {
        f"Domanda_A1_{d['corso']['id_voucher']}.pdf": domanda_a1(d, rng),
        "allegati/de minimis firmato.pdf": deminimis(d),
        "allegati/Attestazione IBAN.pdf": iban_letter(d, bank),
        f"allegati/scansione{index:04d}.pdf": polizza(d, rng),
        "allegati/CI legale rappresentante.pdf": id_scan(d, index),
        "partecipanti/Allegato A4 iscrizioni.pdf": a4_forms(d),
    }
    if d["corso"]["sede"] == "aziendale":
        files["allegati/Allegato 4 sedi ausiliarie.pdf"] = sedi_ausiliarie(d)
    if "delegato" in d["presentazione"]:
        files["allegati/delega A3.pdf"] = delega(d)
    for p in d["partecipanti"]:
        if "codice_cob" in p:
            files[f"partecipanti/UNILAV {p['cognome']} {p['nome']}.pdf"] = cob(d, p)
        else:
            files[f"partecipanti/contratto {p['cognome']}.pdf"] = contratto(d, p)
            files[f"partecipanti/cedolino luglio {p['cognome']}.pdf"] = cedolino(d, p, rng)
    if rng.random() < 0.15:
        files[f"IMG_{2000 + index}.jpg"] = scan_jpeg(index + 3, ["Foto del registro presenze"])
    if rng.random() < 0.1:
        files["visura camerale.docx"] = b"PK\x03\x04" + rng.randbytes(2048)
    if lul_pages:
        files["paghe/LUL 2026.pdf"] = lul(d, lul_pages, rng)
    for p in d["partecipanti"]:
        p.pop("_born")
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "dossier.yaml").write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), encoding="utf-8")


def add_defects(batch: Path, names: list[str], hostile_mb: int = 300) -> dict[str, str]:
    """Break three dossiers (the 2nd, 3rd and 4th): a truncated PDF, no manifest, a hostile PDF."""
    truncated, missing, hostile = (batch / names[i] for i in (1, 2, 3))
    victim = next(iter(sorted(truncated.glob("Domanda_A1_*.pdf"))))
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) * 6 // 10])
    (missing / "dossier.yaml").unlink()
    (hostile / "allegati" / "documento allegato.pdf").write_bytes(hostile_pdf(hostile_mb))
    return {"truncated": truncated.name, "no_manifest": missing.name, "hostile": hostile.name}


def make_batch(out: Path, n: int, seed: int = 1, lul_pages: int = 0, defects: bool = False,
               hostile_mb: int = 300) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    names = [f"cliente_{i:04d}" for i in range(n)]
    for i, name in enumerate(names):
        write_dossier(out / name, i, seed, lul_pages if i == 0 else 0)
    if defects and n >= 4:
        add_defects(out, names, hostile_mb)
    return [out / name for name in names]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=200, help="number of dossiers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lul-pages", type=int, default=0, help="pages of the LUL in the first dossier")
    parser.add_argument("--defects", action="store_true", help="a truncated PDF, a missing manifest, a hostile PDF")
    args = parser.parse_args()
    folders = make_batch(args.out, args.n, args.seed, args.lul_pages, args.defects)
    files = [p for f in folders for p in f.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"{len(folders)} dossier, {len(files)} file, {size / 1_048_576:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
