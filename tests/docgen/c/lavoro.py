# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Employment documents: COB/UNILAV, employment contracts, payslips, LUL extracts and clock-in/out reports."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from . import people as P
from .common import MESI, Case, D, d_it, d_long, doc, esc, eur, pct

d = dt.date
HOLIDAYS = {d(2026, 8, 15), d(2026, 11, 1), d(2026, 12, 8), d(2026, 12, 25), d(2026, 12, 26), d(2026, 10, 4)}
WD = ["L", "M", "M", "G", "V", "S", "D"]
WD3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def days(year: int, month: int) -> list[dt.date]:
    return [d(year, month, i) for i in range(1, calendar.monthrange(year, month)[1] + 1)]


def working(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


def period_label(year: int, month: int, upper: bool = True) -> str:
    s = f"{MESI[month - 1]} {year}"
    return s.upper() if upper else s.capitalize()


def pay(base: str, extra: list[tuple[str, str, str]] | None = None, family: str = "0") -> dict:
    """A payslip's numbers, internally consistent (not a payroll engine)."""
    lines = [("0001", "Retribuzione ordinaria", eur(base))]
    gross = D(base)
    for code, desc, amt in extra or []:
        lines.append((code, desc, eur(amt)))
        gross += D(amt)
    inps = pct(gross, "9.19")
    fiscale = gross - inps
    irpef_lorda = pct(fiscale, "23")
    detr = D("142.18")
    irpef = max(irpef_lorda - detr, D("0"))
    addiz = pct(fiscale, "1.73")
    trattenute = inps + irpef + addiz
    netto = gross - trattenute + D(family)
    return {"lines": lines, "gross": gross, "inps": inps, "fiscale": fiscale, "irpef_lorda": irpef_lorda,
            "detr": detr, "irpef": irpef, "addiz": addiz, "tratt": trattenute, "netto": netto,
            "tfr": (gross / Decimal("13.5")).quantize(Decimal("0.01"))}


# ============================================================================ COB / UNILAV

COB_CSS_1 = """
body { font-family: 'DejaVu Sans'; font-size: 8.4pt; margin: 0; }
.hd { background: #004a80; color: #fff; padding: 6px 10px; }
.hd b { font-size: 11pt; } .hd span { float: right; font-size: 7.5pt; margin-top: 3px; }
.ok { border: 1px solid #2b8a3e; background: #ebfbee; padding: 6px 10px; margin: 8px 0; }
.code { font-family: 'DejaVu Sans Mono'; font-size: 12pt; font-weight: bold; }
h3 { font-size: 9pt; color: #004a80; border-bottom: 1px solid #004a80; margin: 10px 0 3px; }
table { width: 100%; border-collapse: collapse; }
td { padding: 2px 4px; border-bottom: 1px solid #e5e5e5; }
td.k { width: 38%; color: #555; }
"""


def cob_sintesi_colombo() -> Case:
    co = P.BRAMBATI
    w = co.workers[0]
    p = w.p
    body = f"""
<div class=hd><b>SINTESI – Comunicazioni Obbligatorie</b><span>Provincia di Lecco · Sistema Informativo Lavoro</span></div>
<div class=ok>Ricevuta di avvenuta trasmissione. La comunicazione è stata acquisita correttamente dal sistema.<br>
Codice comunicazione: <span class=code>{w.cob}</span><br>Data e ora di invio: 01/02/2019 17:33:08</div>
<h3>Dati invio</h3><table>
<tr><td class=k>Tipo modulo</td><td>UNILAV – Unificato Lavoro</td></tr>
<tr><td class=k>Tipo comunicazione</td><td>Assunzione</td></tr>
<tr><td class=k>Soggetto che effettua la comunicazione</td><td>Datore di lavoro – {esc(co.legale.full)}</td></tr>
<tr><td class=k>Codice comunicazione precedente</td><td>—</td></tr></table>
<h3>Datore di lavoro</h3><table>
<tr><td class=k>Codice fiscale</td><td>{co.piva}</td></tr><tr><td class=k>Denominazione</td><td>{esc(co.ragione.upper())}</td></tr>
<tr><td class=k>Settore</td><td>{co.ateco} – {esc(co.ateco_desc)}</td></tr>
<tr><td class=k>Sede di lavoro</td><td>{esc(co.addr)}</td></tr><tr><td class=k>PAT INAIL</td><td>{co.pat_inail}</td></tr></table>
<h3>Lavoratore</h3><table>
<tr><td class=k>Codice fiscale</td><td>{p.cf}</td></tr><tr><td class=k>Cognome e nome</td><td>{p.upper}</td></tr>
<tr><td class=k>Sesso / data di nascita</td><td>{p.sesso} / {d_it(p.nato)}</td></tr>
<tr><td class=k>Comune di nascita</td><td>{p.comune.upper()} ({p.prov})</td></tr><tr><td class=k>Cittadinanza</td><td>ITALIA</td></tr>
<tr><td class=k>Domicilio</td><td>{esc(p.indirizzo.upper())}</td></tr>
<tr><td class=k>Livello di istruzione</td><td>Diploma di istruzione secondaria superiore che permette l'accesso all'università</td></tr></table>
<h3>Rapporto di lavoro</h3><table>
<tr><td class=k>Data inizio</td><td>{d_it(w.assunto)}</td></tr><tr><td class=k>Data fine</td><td>—</td></tr>
<tr><td class=k>Tipologia contrattuale</td><td>A.01.00 – Lavoro a tempo indeterminato</td></tr>
<tr><td class=k>Qualifica professionale (ISTAT)</td><td>3.1.3.1.0 – Tecnici meccanici</td></tr>
<tr><td class=k>CCNL applicato</td><td>Metalmeccanici industria</td></tr><tr><td class=k>Livello di inquadramento</td><td>5</td></tr>
<tr><td class=k>Retribuzione / compenso annuo lordo</td><td>26.140,00</td></tr>
<tr><td class=k>Tipo orario</td><td>F – Tempo pieno (40 ore settimanali)</td></tr>
<tr><td class=k>Ente previdenziale</td><td>INPS – matricola {co.matricola_inps}</td></tr>
<tr><td class=k>Lavoro in agricoltura / stagionale</td><td>NO / NO</td></tr></table>
"""
    return Case("cob_sintesi_colombo_ricevuta", "cob", doc("Sintesi", COB_CSS_1, body),
                {"worker_cf": p.cf, "codice_cob": w.cob}, pages=1)


COB_CSS_2 = """
body { font-family: 'Liberation Sans'; font-size: 7.8pt; margin: 0; }
.t { text-align: center; font-weight: bold; font-size: 11pt; margin-bottom: 2px; }
.st { text-align: center; font-size: 7.4pt; margin-bottom: 6px; }
.q { border: 1px solid #000; margin-bottom: 5px; }
.q .qh { background: #cfcfcf; font-weight: bold; padding: 2px 4px; border-bottom: 1px solid #000; }
.g { display: grid; grid-template-columns: repeat(4, 1fr); }
.g div { border-right: 1px solid #999; border-bottom: 1px solid #999; padding: 1px 3px 2px; min-height: 21px; }
.g div i { display: block; font-style: normal; font-size: 6pt; color: #444; }
.s2 { grid-column: span 2; } .s4 { grid-column: span 4; } .s3 { grid-column: span 3; }
"""


def _g(label: str, value: str, span: str = "") -> str:
    cls = f" class={span}" if span else ""
    return f"<div{cls}><i>{label}</i>{value}</div>"


def cob_unilav_popescu() -> Case:
    co = P.VALSERIANA
    w = co.workers[0]
    p = w.p
    body = f"""
<div class=t>MODELLO UNIFICATO LAV</div>
<div class=st>Comunicazione obbligatoria di instaurazione, proroga, trasformazione e cessazione del rapporto di lavoro (D.M. 30/10/2007)</div>
<div class=q><div class=qh>QUADRO DATORE DI LAVORO</div><div class=g>
{_g('Codice fiscale', co.piva)}{_g('Denominazione', esc(co.ragione.upper()), 's3')}
{_g('Settore', co.ateco + ' TESSITURA', 's2')}{_g('PAT INAIL', '8812337 29')}{_g('Datore di lavoro pubblico', 'NO')}
{_g('Sede legale – comune', 'GANDINO (BG)')}{_g('CAP', co.cap)}{_g('Indirizzo', co.indirizzo.upper(), 's2')}
{_g('Sede di lavoro – comune', 'GANDINO (BG)')}{_g('CAP', co.cap)}{_g('Indirizzo', co.indirizzo.upper(), 's2')}
{_g('Telefono', '035745118')}{_g('E-mail', 'personale@tessituravalseriana.it', 's3')}</div></div>
<div class=q><div class=qh>QUADRO LAVORATORE</div><div class=g>
{_g('Codice fiscale', p.cf)}{_g('Cognome', p.cognome.upper())}{_g('Nome', p.nome.upper())}{_g('Sesso', p.sesso)}
{_g('Data di nascita', d_it(p.nato))}{_g('Comune o Stato estero di nascita', 'ROMANIA')}{_g('Cittadinanza', 'ROMANIA')}
{_g('Titolo di soggiorno', 'NON NECESSARIO (cittadino UE)')}
{_g('Comune di domicilio', 'LEFFE (BG)')}{_g('Indirizzo di domicilio', p.indirizzo.split(',')[0].upper(), 's2')}{_g('CAP', '24026')}
{_g('Livello di istruzione', 'LICENZA MEDIA / AVVIAMENTO PROFESSIONALE', 's4')}</div></div>
<div class=q><div class=qh>QUADRO INIZIO RAPPORTO</div><div class=g>
{_g('Data inizio', d_it(w.assunto))}{_g('Data fine', '31/12/2026')}{_g('Tipologia contrattuale', 'A.02.00 LAVORO A TEMPO DETERMINATO', 's2')}
{_g('Socio lavoratore', 'NO')}{_g('Lavoro in agricoltura', 'NO')}{_g('Lavoro stagionale', 'NO')}{_g('Assunzione L. 68/99', 'NO')}
{_g('Qualifica professionale', '7.2.6.2.0 CONDUTTORI DI TELAI MECCANICI PER LA TESSITURA E LA MAGLIERIA', 's4')}
{_g('CCNL applicato', 'TESSILI - INDUSTRIA', 's2')}{_g('Livello di inquadramento', w.livello)}{_g('Retribuzione annua lorda', '22.815,00')}
{_g('Tipo orario', 'F - TEMPO PIENO')}{_g('Ore settimanali medie', '40')}{_g('Causale (tempo determinato)', 'INCREMENTO TEMPORANEO ATTIVITÀ – art. 19 D.Lgs. 81/2015', 's2')}
{_g('Ente previdenziale', 'INPS')}{_g('Codice ente previdenziale', co.matricola_inps)}{_g('Agevolazioni', 'NESSUNA', 's2')}</div></div>
<div class=q><div class=qh>DATI INVIO</div><div class=g>
{_g('Tipo comunicazione', 'UNILAV – COMUNICAZIONE OBBLIGATORIA', 's2')}{_g('Data invio', '30/09/2025')}{_g('Codice comunicazione', w.cob)}
{_g('Codice comunicazione precedente', '')}{_g('Soggetto abilitato', 'CONSULENTE DEL LAVORO', 's2')}{_g('C.F. soggetto abilitato', P.CARRARA.cf)}
{_g('E-mail per ricevuta', 'paghe@studiocarrara.it', 's2')}{_g('Protocollo sistema', 'COB-BG-2025-7741203', 's2')}</div></div>
<p style="font-size:6.8pt">Il presente modulo è stato trasmesso in via telematica al sistema delle Comunicazioni Obbligatorie e ha valore
ai fini dell'adempimento di cui all'art. 9-bis del D.L. 510/1996 convertito dalla L. 608/1996.</p>
"""
    return Case("cob_unilav_popescu_modello_completo", "cob", doc("Stampa modulo", COB_CSS_2, body),
                {"worker_cf": p.cf, "codice_cob": w.cob}, pages=1)


COB_CSS_3 = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0 4mm; }
.lh { border-bottom: 1px solid #666; padding-bottom: 4px; display: flex; justify-content: space-between; font-size: 8pt; }
.lh b { font-size: 11pt; }
h2 { font-size: 10.5pt; margin: 14px 0 4px; }
table { width: 100%; border-collapse: collapse; font-size: 8.4pt; }
th { text-align: left; border-bottom: 1.5px solid #000; padding: 3px; }
td { padding: 3px; border-bottom: 1px solid #ccc; }
p { text-align: justify; }
"""


def cob_studio_bennani() -> Case:
    co = P.IDROTERMICA
    w = co.workers[0]
    p = w.p
    body = f"""
<div class=lh><div><b>Studio Paghe Bonetti &amp; Rizzi</b><br>Consulenti del lavoro associati · Via Dante 14, 25025 Manerbio (BS)</div>
<div style="text-align:right">Cliente: {esc(co.ragione)}<br>Codice cliente 0418 · Stampa del 22/08/2026</div></div>
<h2>Riepilogo comunicazione obbligatoria di assunzione (UNILAV)</h2>
<p>Su richiesta dell'azienda si trasmette il riepilogo della comunicazione telematica di assunzione inviata al sistema
CO della Regione Lombardia per il lavoratore sotto indicato. La ricevuta originale è conservata agli atti dello studio.</p>
<table><tr><th>Lavoratore</th><th>Codice fiscale</th><th>Nato il</th><th>Cittadinanza</th></tr>
<tr><td>{p.upper}</td><td>{p.cf}</td><td>{d_it(p.nato)}</td><td>MAROCCO</td></tr></table>
<table style="margin-top:8px"><tr><th>Evento</th><th>Data evento</th><th>Data invio</th><th>Codice comunicazione</th><th>Esito</th></tr>
<tr><td>Assunzione a tempo indeterminato</td><td>{d_it(w.assunto)}</td><td>02/03/2018</td><td>{w.cob}</td><td>Acquisita</td></tr></table>
<table style="margin-top:8px">
<tr><td style="width:35%">Datore di lavoro</td><td>{esc(co.ragione)} – C.F. {co.piva}</td></tr>
<tr><td>Sede di lavoro</td><td>{esc(co.addr)}</td></tr>
<tr><td>Tipologia contrattuale</td><td>A.01.00 tempo indeterminato – tempo pieno 40 h</td></tr>
<tr><td>CCNL / livello</td><td>{esc(w.ccnl)} – {esc(w.livello)}</td></tr>
<tr><td>Qualifica ISTAT</td><td>6.1.3.6.0 Idraulici nelle costruzioni civili</td></tr>
<tr><td>Titolo di soggiorno</td><td>Permesso di soggiorno UE per soggiornanti di lungo periodo n. I12345678 – scadenza: illimitata</td></tr>
<tr><td>Posizione INAIL (PAT)</td><td>93118845 / 07</td></tr>
<tr><td>Matricola INPS azienda</td><td>1704412289</td></tr></table>
<p style="font-size:8pt;margin-top:10px">Il codice comunicazione è l'identificativo univoco attribuito dal sistema alla comunicazione
e va indicato nelle successive comunicazioni di proroga, trasformazione o cessazione.</p>
<p style="font-size:8pt">Studio Paghe Bonetti &amp; Rizzi – il consulente del lavoro incaricato, dott.ssa Irene Rizzi</p>
"""
    return Case("cob_studio_paghe_bennani_riepilogo", "cob", doc("Documento", COB_CSS_3, body),
                {"worker_cf": p.cf, "codice_cob": w.cob}, pages=1)


COB_CSS_4 = """
body { font-family: 'DejaVu Sans Mono'; font-size: 7.6pt; margin: 0; }
.hd { text-align: center; font-family: 'DejaVu Sans'; font-weight: bold; font-size: 9pt; border: 2px solid #000; padding: 4px; }
table { width: 100%; border-collapse: collapse; margin-top: 4px; }
td { border: 1px solid #777; padding: 1px 4px; }
td.s { background: #e9e9e9; font-weight: bold; font-family: 'DejaVu Sans'; }
td.k { width: 44%; }
"""


def cob_vecchio_bosetti() -> Case:
    co = P.VARESE_PLAST
    w = co.workers[0]
    p = w.p
    rows = [
        ("s", "SEZIONE 1 - DATORE DI LAVORO"),
        ("CODICE FISCALE", co.piva), ("DENOMINAZIONE", co.ragione.upper()), ("SETTORE ATECO", co.ateco),
        ("SEDE LAVORO COMUNE", "L682 - VARESE"), ("SEDE LAVORO INDIRIZZO", co.indirizzo.upper()),
        ("s", "SEZIONE 2 - LAVORATORE"),
        ("CODICE FISCALE", p.cf), ("COGNOME", p.cognome.upper()), ("NOME", p.nome.upper()), ("SESSO", p.sesso),
        ("DATA NASCITA", d_it(p.nato)), ("COMUNE NASCITA", "B300 - BUSTO ARSIZIO"), ("CITTADINANZA", "000 - ITALIANA"),
        ("s", "SEZIONE 3 - INIZIO"),
        ("DATA INIZIO RAPPORTO", d_it(w.assunto)), ("TIPOLOGIA CONTRATTUALE", "A.01.00 - LAVORO A TEMPO INDETERMINATO"),
        ("QUALIFICA PROFESSIONALE", "4.1.1.2.0 - ADDETTI ALLA GESTIONE DEGLI ACQUISTI"),
        ("CCNL", "GOMMA PLASTICA INDUSTRIA"), ("LIVELLO", "E2"), ("TIPO ORARIO", "V - PART TIME VERTICALE"),
        ("ORE SETTIMANALI MEDIE", "24"), ("RETRIBUZIONE ANNUA", "14.040,00"), ("ENTE PREVIDENZIALE", "INPS"),
        ("s", "SEZIONE 4 - DATI INVIO"),
        ("DATA INVIO", "31/03/2015"), ("TIPO COMUNICAZIONE", "ASSUNZIONE"), ("CODICE COMUNICAZIONE", w.cob),
        ("COD. COMUNICAZIONE PRECEDENTE", ""), ("PROTOCOLLO", "2015/VA/0338127"),
    ]
    trs = "".join(f"<tr><td class=s colspan=2>{v}</td></tr>" if k == "s" else f"<tr><td class=k>{k}</td><td>{esc(v)}</td></tr>"
                  for k, v in rows)
    body = f"""<div class=hd>COMUNICAZIONE OBBLIGATORIA - STAMPA DEL MODULO UNILAV<br>
<span style="font-weight:normal;font-size:7.5pt">sistema regionale COB Lombardia – copia per il datore di lavoro</span></div>
<table>{trs}</table>
<p style="font-family:'DejaVu Sans';font-size:6.8pt">Stampa generata il 14/09/2026 dall'archivio comunicazioni del datore di lavoro.</p>"""
    return Case("cob_stampa_archivio_bosetti_monospazio", "cob", doc("Stampa", COB_CSS_4, body),
                {"worker_cf": p.cf, "codice_cob": w.cob}, pages=1)


# ============================================================================ contracts

CT_CSS_1 = """
body { font-family: 'Liberation Serif'; font-size: 10.8pt; margin: 0 10mm; line-height: 1.45; }
.lh { text-align: center; border-bottom: 1px solid #000; padding-bottom: 4px; font-size: 8.5pt; }
.lh b { font-size: 14pt; letter-spacing: 2px; }
.to { margin: 20px 0 16px 90mm; }
p { text-align: justify; margin: 6px 0; }
.sig { display: flex; justify-content: space-between; margin-top: 28px; }
"""


def ct_lettera_sala() -> Case:
    co = P.BRAMBATI
    w = co.workers[1]
    p = w.p
    body = f"""
<div class=lh><b>OFFICINE BRAMBATI S.R.L.</b><br>Lavorazioni meccaniche di precisione · {esc(co.addr)} · P.IVA {co.piva}</div>
<p style="margin-top:14px">Lecco, 5 settembre 2005</p>
<div class=to>Egregio Signor<br><b>{esc(p.full)}</b><br>{esc(p.indirizzo)}<br>Cod. fisc. {p.cf}</div>
<p><b>Oggetto: lettera di assunzione</b></p>
<p>Facendo seguito ai colloqui intercorsi, siamo lieti di comunicarLe che la nostra Società ha deciso di assumerLa alle
proprie dipendenze a far data dal <b>12 settembre 2005</b>, con contratto di lavoro subordinato a tempo indeterminato,
alle seguenti condizioni:</p>
<p>1. <u>Mansioni e inquadramento</u>: Ella sarà adibito alle mansioni di operatore su macchine utensili a controllo numerico,
con la qualifica di operaio e l'inquadramento nella 4ª categoria prevista dal Contratto Collettivo Nazionale di Lavoro per
l'industria metalmeccanica privata e della installazione di impianti.</p>
<p>2. <u>Periodo di prova</u>: l'assunzione diverrà definitiva dopo un periodo di prova di 6 settimane di effettivo lavoro.</p>
<p>3. <u>Orario di lavoro</u>: 40 ore settimanali distribuite dal lunedì al venerdì, secondo l'orario aziendale (7:30-12:00 /
13:00-16:30).</p>
<p>4. <u>Retribuzione</u>: la retribuzione mensile lorda sarà pari a € 1.284,56 (paga base e contingenza), oltre agli elementi
previsti dal CCNL, per 13 mensilità.</p>
<p>5. <u>Luogo di lavoro</u>: stabilimento di {esc(co.indirizzo)}, Lecco.</p>
<p>Per quanto non espressamente previsto dalla presente si rinvia al citato CCNL e alle norme di legge. La preghiamo di
restituirci copia della presente firmata per accettazione. Le ricordiamo di consegnare all'ufficio del personale il libretto
di lavoro e i documenti necessari per la denuncia di assunzione al Centro per l'Impiego.</p>
<div class=sig><span>Per accettazione<br><br>______________________<br>{esc(p.full)}</span>
<span>OFFICINE BRAMBATI S.R.L.<br>l'Amministratore<br><br>______________________</span></div>
"""
    return Case("contratto_lettera_2005_sala", "contratto_lavoro", doc("Documento", CT_CSS_1, body),
                {"worker_cf": p.cf}, pages=1)


CT_CSS_2 = """
body { font-family: 'DejaVu Serif'; font-size: 9.4pt; margin: 0 6mm; line-height: 1.4; }
h1 { text-align: center; font-size: 11.5pt; margin: 6px 0 12px; }
.art { font-weight: bold; margin-top: 8px; }
p { text-align: justify; margin: 3px 0; }
.parties { display: grid; grid-template-columns: 1fr; gap: 4px; margin-bottom: 8px; }
.sig { display: grid; grid-template-columns: 1fr 1fr; gap: 40px; margin-top: 24px; }
.sig div { border-top: 1px solid #000; text-align: center; padding-top: 2px; font-size: 8.5pt; }
"""


def ct_contratto_zanoletti() -> Case:
    co = P.VALSERIANA
    w = co.workers[1]
    p = w.p
    body = f"""
<h1>CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO<br>A TEMPO INDETERMINATO</h1>
<div class=parties><p>Tra la società <b>{esc(co.ragione)}</b>, con sede in {esc(co.addr)}, codice fiscale {co.piva}, in persona
del legale rappresentante pro tempore (di seguito «l'Azienda»)</p>
<p>e la Sig.ra <b>{esc(p.full)}</b>, nata a {p.comune} ({p.prov}) il {d_it(p.nato)}, residente in {esc(p.indirizzo)},
codice fiscale {p.cf} (di seguito «la Lavoratrice»)</p><p>si conviene e si stipula quanto segue.</p></div>
<p class=art>Art. 1 – Decorrenza</p><p>Il rapporto di lavoro ha inizio il giorno 13 gennaio 2003 ed è a tempo indeterminato.</p>
<p class=art>Art. 2 – Mansioni e inquadramento</p><p>La Lavoratrice è assunta con la qualifica di impiegata e adibita alle
mansioni di addetta al controllo qualità del prodotto finito, con inquadramento al 5° livello del CCNL per i lavoratori
dell'industria tessile e dell'abbigliamento.</p>
<p class=art>Art. 3 – Orario di lavoro</p><p>L'orario di lavoro è a tempo pieno, pari a 40 ore settimanali, articolate dal
lunedì al venerdì.</p>
<p class=art>Art. 4 – Retribuzione</p><p>La retribuzione mensile lorda è stabilita in € 1.231,00 comprensiva di minimo
contrattuale ed elemento distinto della retribuzione, per quattordici mensilità come da CCNL.</p>
<p class=art>Art. 5 – Periodo di prova</p><p>È previsto un periodo di prova di tre mesi di calendario, durante il quale
ciascuna delle parti può recedere senza preavviso.</p>
<p class=art>Art. 6 – Ferie e preavviso</p><p>Ferie, permessi e termini di preavviso sono regolati dal CCNL applicato.</p>
<p class=art>Art. 7 – Trattamento dei dati</p><p>La Lavoratrice autorizza il trattamento dei propri dati personali ai sensi della
Legge 31 dicembre 1996, n. 675, per le finalità connesse alla gestione del rapporto di lavoro.</p>
<p class=art>Art. 8 – Rinvio</p><p>Per tutto quanto non previsto si fa rinvio al CCNL e alle leggi vigenti. L'Azienda provvederà
alla comunicazione di assunzione al Centro per l'Impiego di Clusone nei termini di legge.</p>
<p style="margin-top:12px">Gandino, 10 gennaio 2003</p>
<div class=sig><div>L'Azienda</div><div>La Lavoratrice</div></div>
"""
    return Case("contratto_individuale_2003_zanoletti", "contratto_lavoro", doc("Documento", CT_CSS_2, body),
                {"worker_cf": p.cf}, pages=1)


CT_CSS_3 = """
body { font-family: 'Liberation Sans'; font-size: 9.4pt; margin: 0; line-height: 1.4; }
.side { position: fixed; left: 0; top: 0; bottom: 0; width: 6mm; background: #7b3f00; }
.main { margin-left: 12mm; }
.logo { font-family: 'Liberation Serif'; font-size: 18pt; color: #7b3f00; }
.logo small { display: block; font: 8pt 'Liberation Sans'; color: #555; }
p { text-align: justify; margin: 5px 0; }
table { border-collapse: collapse; margin: 6px 0; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
.pb { page-break-before: always; }
"""


def ct_lettera_bergomi() -> Case:
    co = P.VALMALENCO
    w = co.workers[0]
    p = w.p
    body = f"""<div class=side></div><div class=main>
<div class=logo>Albergo Valmalenco<small>{esc(co.ragione)} · {esc(co.addr)} · P.IVA {co.piva}</small></div>
<p style="margin-top:18px">Chiesa in Valmalenco, 15 giugno 2012</p>
<p>Gentile Signora<br><b>{esc(p.full)}</b><br>{esc(p.indirizzo)}</p>
<p><b>Oggetto: assunzione a tempo indeterminato</b></p>
<p>Con la presente Le confermiamo la Sua assunzione alle dipendenze della scrivente società alle seguenti condizioni:</p>
<table><tr><td>Data di inizio</td><td><b>{d_long(w.assunto)}</b></td></tr>
<tr><td>Tipo di contratto</td><td>lavoro subordinato a tempo indeterminato, tempo pieno</td></tr>
<tr><td>Contratto collettivo</td><td>CCNL Turismo – Pubblici esercizi, alberghi (Federalberghi)</td></tr>
<tr><td>Livello / qualifica</td><td>4° livello – receptionist (portiere notturno escluso)</td></tr>
<tr><td>Orario</td><td>40 ore settimanali su turni avvicendati, con riposo settimanale a rotazione</td></tr>
<tr><td>Retribuzione</td><td>€ 1.410,00 lordi mensili per 14 mensilità, oltre agli scatti di anzianità</td></tr>
<tr><td>Periodo di prova</td><td>45 giorni di lavoro effettivo</td></tr>
<tr><td>Codice fiscale lavoratrice</td><td>{p.cf}</td></tr></table>
<p>Le consegniamo contestualmente copia della comunicazione obbligatoria di assunzione trasmessa al servizio informatico
(art. 4-bis, comma 2, D.Lgs. 181/2000), dalla quale risultano i dati di registrazione del rapporto.</p>
<p>La informiamo che la Sua sede di lavoro è situata in Chiesa in Valmalenco e che potrà essere temporaneamente
assegnata, in caso di esigenze organizzative, alla dependance «Baita Ventina».</p>
<p class=pb>Le ricordiamo inoltre i principali obblighi connessi al rapporto: rispetto del regolamento aziendale, del
codice disciplinare affisso in bacheca, delle norme in materia di igiene (Reg. CE 852/2004) e di sicurezza (D.Lgs.
81/2008), riservatezza sui dati degli ospiti.</p>
<p>Per tutto quanto non espressamente previsto si applicano il CCNL sopra indicato e le norme di legge.</p>
<p>La preghiamo di restituirci copia della presente sottoscritta per ricevuta e accettazione.</p>
<p style="margin-top:30px">Albergo Valmalenco S.r.l.<br>l'amministratore unico, {esc(co.legale.full)}</p>
<p style="margin-top:20px">Per ricevuta e accettazione: ______________________ ({esc(p.full)})</p></div>
"""
    return Case("contratto_lettera_2012_bergomi_due_pagine", "contratto_lavoro", doc("Documento", CT_CSS_3, body),
                {"worker_cf": p.cf}, pages=2)


# ============================================================================ payslips

CED_CSS_1 = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 7.4pt; margin: 0; }
.grid { display: grid; grid-template-columns: repeat(8, 1fr); border: 1px solid #000; }
.grid div { border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 1px 3px; min-height: 20px; }
.grid i { display: block; font-style: normal; font-size: 5.6pt; color: #333; }
.s2 { grid-column: span 2; } .s3 { grid-column: span 3; } .s4 { grid-column: span 4; }
.title { background: #dfe8f1; font-weight: bold; font-size: 9pt; }
table.v { width: 100%; border-collapse: collapse; margin-top: 3px; border: 1px solid #000; }
table.v th { font-size: 6.2pt; border-bottom: 1px solid #000; background: #dfe8f1; padding: 2px; text-align: left; }
table.v td { padding: 2px 3px; border-right: 1px dotted #999; }
.r { text-align: right; }
.tot { display: grid; grid-template-columns: repeat(6, 1fr); border: 1px solid #000; margin-top: 3px; }
.tot div { border-right: 1px solid #000; padding: 2px 3px; } .tot i { display: block; font-style: normal; font-size: 5.6pt; }
.net { background: #fff3c4; font-weight: bold; font-size: 9pt; }
"""


def _zucchetti_like(co: P.Company, w: P.Worker, year: int, month: int, pz: dict, extra_rows: str = "",
                    title: str = "CEDOLINO PAGA") -> str:
    p = w.p
    rows = "".join(f"<tr><td>{c}</td><td>{esc(dsc)}</td><td class=r></td><td class=r></td><td class=r>{amt}</td><td class=r></td></tr>"
                   for c, dsc, amt in pz["lines"])
    rows += (f"<tr><td>7001</td><td>Contributo IVS a carico dipendente 9,19%</td><td class=r></td><td class=r>{eur(pz['gross'])}</td><td></td>"
             f"<td class=r>{eur(pz['inps'])}</td></tr>"
             f"<tr><td>8001</td><td>Ritenuta IRPEF netta</td><td></td><td class=r>{eur(pz['fiscale'])}</td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>"
             f"<tr><td>8020</td><td>Addizionale regionale/comunale rata</td><td></td><td></td><td></td><td class=r>{eur(pz['addiz'])}</td></tr>")
    return f"""
<div class=grid><div class="title s4">{title}</div><div class=s2><i>Periodo di retribuzione</i><b>{period_label(year, month)}</b></div>
<div class=s2><i>Cedolino n.</i>{month:02d}/{year}</div>
<div class=s4><i>Azienda</i>{esc(co.ragione.upper())}</div><div class=s2><i>Codice fiscale azienda</i>{co.piva}</div>
<div class=s2><i>Posizione INPS</i>{co.matricola_inps}</div>
<div class=s3><i>Indirizzo</i>{esc(co.addr)}</div><div><i>PAT INAIL</i>{co.pat_inail}</div><div class=s2><i>Codice dipendente</i>{w.matricola}</div>
<div class=s2><i>Centro di costo</i>PRODUZIONE</div>
<div class=s3><i>Cognome e nome</i>{p.upper}</div><div class=s2><i>Codice fiscale</i>{p.cf}</div><div><i>Data nascita</i>{d_it(p.nato)}</div>
<div><i>Data assunzione</i>{d_it(w.assunto)}</div><div><i>Scad. contratto</i>—</div>
<div class=s3><i>Qualifica</i>{esc(w.qualifica.upper())} – {esc(w.mansione)}</div><div><i>Livello</i>{w.livello}</div>
<div class=s2><i>Contratto</i>{esc(w.ccnl)}</div><div><i>Part-time %</i>{'100,00' if not w.part_time else '62,50'}</div><div><i>Paga base</i>{eur(w.paga_base)}</div>
</div>
<table class=v><tr><th>Voce</th><th>Descrizione</th><th class=r>Ore/GG</th><th class=r>Base</th><th class=r>Competenze</th><th class=r>Trattenute</th></tr>
{rows}{extra_rows}</table>
<div class=tot><div><i>Totale competenze</i>{eur(pz['gross'])}</div><div><i>Totale trattenute</i>{eur(pz['tratt'])}</div>
<div><i>Imponibile previdenziale</i>{eur(pz['gross'])}</div><div><i>Imponibile IRPEF</i>{eur(pz['fiscale'])}</div>
<div><i>Arrotondamento</i>0,00</div><div class=net><i>NETTO DEL MESE</i>€ {eur(pz['netto'])}</div></div>
<div class=tot><div><i>IRPEF lorda</i>{eur(pz['irpef_lorda'])}</div><div><i>Detrazioni lav. dip.</i>{eur(pz['detr'])}</div>
<div><i>TFR quota mese</i>{eur(pz['tfr'])}</div><div><i>Ferie residue (ore)</i>62,00</div><div><i>Permessi ROL residui</i>41,50</div>
<div><i>Pagamento</i>Bonifico 10/{(month % 12) + 1:02d}/{year + (1 if month == 12 else 0)}</div></div>
"""


def ced_sala_agosto() -> Case:
    co = P.BRAMBATI
    w = co.workers[1]
    pz = pay(w.paga_base, [("0012", "Scatti di anzianità (5)", "112.40"), ("0505", "Festività 15/08 (sabato) retribuita", "71.89")])
    ferie = "<tr><td>0410</td><td>Ferie godute</td><td class=r>88,00</td><td></td><td></td><td></td></tr>"
    body = _zucchetti_like(co, w, 2026, 8, pz, ferie) + """
<p style="font-size:6.4pt;margin-top:6px">Dichiaro di aver ricevuto il presente prospetto paga con le indicazioni richieste dalla
Legge 5 gennaio 1953 n. 4. Elaborazione: CED Paghe Lario S.r.l. – Lecco.</p>"""
    return Case("cedolino_sala_agosto_griglia", "cedolino", doc("Stampa", CED_CSS_1, body),
                {"worker_cf": w.p.cf, "period": "2026-08"}, pages=1)


CED_CSS_2 = """
body { font-family: 'Liberation Sans'; font-size: 7.8pt; margin: 0; }
.hd { display: grid; grid-template-columns: 1.4fr 1fr 1fr; gap: 4px; }
.b { border: 1px solid #555; border-radius: 3px; padding: 3px 5px; }
.b span { display: block; font-size: 6.2pt; color: #666; }
.mese { font-size: 12pt; font-weight: bold; text-align: center; }
table { width: 100%; border-collapse: collapse; margin-top: 4px; }
th { background: #444; color: #fff; font-size: 6.8pt; padding: 2px 3px; text-align: left; }
td { padding: 2px 3px; border-bottom: 1px solid #ddd; }
.r { text-align: right; }
.foot { display: grid; grid-template-columns: 2fr 1fr; gap: 6px; margin-top: 6px; }
.net { border: 2px solid #000; font-size: 12pt; font-weight: bold; text-align: center; padding: 6px; }
"""


def ced_zanoletti_agosto() -> Case:
    co = P.VALSERIANA
    w = co.workers[1]
    p = w.p
    pz = pay(w.paga_base, [("0030", "Indennità di funzione", "85.00"), ("0305", "Premio di produzione acconto", "120.00")])
    lines = "".join(f"<tr><td>{c}</td><td>{esc(dsc)}</td><td class=r>{'173,33' if c == '0001' else ''}</td><td class=r>{amt}</td><td></td></tr>"
                    for c, dsc, amt in pz["lines"])
    body = f"""
<div class=hd><div class=b><span>Ditta</span><b>{esc(co.ragione)}</b><br>{esc(co.addr)}<br>C.F. {co.piva} · INPS {co.matricola_inps}</div>
<div class=b><span>Mensilità</span><div class=mese>AGOSTO 2026</div><span>Elaborazione n. 0826 del 02/09/2026</span></div>
<div class=b><span>Dipendente</span><b>{p.upper}</b><br>C.F. {p.cf}<br>Matr. {w.matricola} · Assunta il {d_it(w.assunto)}</div></div>
<div class=hd style="margin-top:4px"><div class=b><span>Inquadramento</span>{esc(w.ccnl)} – {esc(w.qualifica)} {esc(w.livello)} liv.</div>
<div class=b><span>Anzianità convenzionale</span>{d_it(w.assunto)}</div><div class=b><span>Giorni INPS / ore lavorate</span>26 / 152,00</div></div>
<table><tr><th>Cod.</th><th>Descrizione voce</th><th class=r>Quantità</th><th class=r>Competenze</th><th class=r>Ritenute</th></tr>
{lines}
<tr><td>0410</td><td>Ferie godute (ore)</td><td class=r>24,00</td><td></td><td></td></tr>
<tr><td>R100</td><td>Contributi previdenziali c/dipendente</td><td></td><td></td><td class=r>{eur(pz['inps'])}</td></tr>
<tr><td>R200</td><td>IRPEF a debito</td><td></td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>
<tr><td>R210</td><td>Addizionali IRPEF</td><td></td><td></td><td class=r>{eur(pz['addiz'])}</td></tr></table>
<div class=foot><table><tr><th>Progressivi annui</th><th class=r>Importo</th></tr>
<tr><td>Imponibile previdenziale</td><td class=r>{eur(pz['gross'] * 8)}</td></tr><tr><td>Imponibile fiscale</td><td class=r>{eur(pz['fiscale'] * 8)}</td></tr>
<tr><td>Fondo TFR al 31/12/2025</td><td class=r>41.288,70</td></tr></table>
<div><div class=b><span>Totale competenze / trattenute</span>{eur(pz['gross'])} / {eur(pz['tratt'])}</div>
<div class=net>NETTO IN BUSTA € {eur(pz['netto'])}</div><div style="font-size:6.4pt;text-align:center">Accredito su IBAN IT** **** **** **** ****4471</div></div></div>
"""
    return Case("cedolino_zanoletti_agosto_orizzontale", "cedolino", doc("Stampa", CED_CSS_2, body),
                {"worker_cf": p.cf, "period": "2026-08"}, landscape=True, pages=1,
                margin={"top": "10mm", "bottom": "10mm", "left": "12mm", "right": "12mm"})


CED_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 8.4pt; margin: 0 8mm; }
h1 { font-size: 12pt; margin: 0; }
.meta { color: #555; font-size: 7.6pt; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin: 8px 0; }
.two div { background: #f4f4f4; padding: 5px; }
table { width: 100%; border-collapse: collapse; }
td, th { padding: 3px; border-bottom: 1px solid #ddd; text-align: left; }
.r { text-align: right; }
.net { font-size: 11pt; font-weight: bold; text-align: right; margin-top: 6px; }
"""


def ced_bodini_settembre() -> Case:
    co = P.PELLIZZARI
    w = co.workers[0]
    p = w.p
    pz = pay(w.paga_base, [("0040", "Superminimo individuale", "60.00"), ("0090", "Straordinario 25% (6 ore)", "71.70")])
    rows = "".join(f"<tr><td>{esc(dsc)}</td><td class=r>{amt}</td><td></td></tr>" for _, dsc, amt in pz["lines"])
    body = f"""
<h1>Prospetto paga – Settembre 2026</h1>
<div class=meta>Studio Ghisolfi – elaborazione paghe per conto di {esc(co.ragione)}</div>
<div class=two><div><b>Datore di lavoro</b><br>{esc(co.ragione)}<br>{esc(co.addr)}<br>C.F. {co.piva}</div>
<div><b>Lavoratrice</b><br>{esc(p.full)} – C.F. {p.cf}<br>Assunta il {d_it(w.assunto)} – {esc(w.ccnl)}<br>{esc(w.livello)} – {esc(w.mansione)}</div></div>
<table><tr><th>Voce</th><th class=r>Competenze €</th><th class=r>Trattenute €</th></tr>{rows}
<tr><td>Contributi INPS 9,19%</td><td></td><td class=r>{eur(pz['inps'])}</td></tr>
<tr><td>Contributo Fondo Est (assistenza sanitaria)</td><td></td><td class=r>2,00</td></tr>
<tr><td>IRPEF</td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>
<tr><td>Addizionali</td><td></td><td class=r>{eur(pz['addiz'])}</td></tr>
<tr><td>Trattamento integrativo L. 21/2020</td><td class=r>100,00</td><td></td></tr></table>
<div class=net>Netto a pagare: € {eur(pz['netto'] - 2 + 100)}</div>
<p class=meta>Ferie maturate 14,00 h · godute 0,00 h · residue 96,34 h · ROL residui 52,00 h · TFR maturato nel mese {eur(pz['tfr'])}</p>
"""
    return Case("cedolino_bodini_settembre_semplice", "cedolino", doc("Stampa", CED_CSS_3, body),
                {"worker_cf": p.cf, "period": "2026-09"}, pages=1)


# ============================================================================ LUL

LUL_CSS_1 = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 6.8pt; margin: 0; }
.pg { page-break-after: always; } .pg:last-child { page-break-after: auto; }
.hdr { display: flex; justify-content: space-between; border-bottom: 1.5px solid #000; font-size: 7pt; }
.hdr b { font-size: 9pt; }
.g { display: grid; grid-template-columns: repeat(6, 1fr); border: 1px solid #000; margin-top: 3px; }
.g div { border-right: 1px solid #000; padding: 1px 3px; } .g i { display: block; font-style: normal; font-size: 5.4pt; }
table.cal { border-collapse: collapse; width: 100%; margin-top: 3px; table-layout: fixed; }
table.cal td, table.cal th { border: 1px solid #777; text-align: center; padding: 1px 0; font-size: 6pt; }
table.cal th { background: #eee; }
table.v { border-collapse: collapse; width: 100%; margin-top: 3px; }
table.v td, table.v th { border-bottom: 1px solid #ccc; padding: 1px 3px; }
table.v th { text-align: left; background: #eee; }
.r { text-align: right; }
.legend { font-size: 5.8pt; margin-top: 2px; }
"""


def _calendar_rows(year: int, month: int, marks: dict[dt.date, str], hours: str = "8") -> str:
    ds = days(year, month)
    head = "".join(f"<th>{x.day}<br>{WD[x.weekday()]}</th>" for x in ds)
    ordi, codes = [], []
    for x in ds:
        if x in marks:
            code, h = marks[x].split(":") if ":" in marks[x] else (marks[x], hours)
            ordi.append(h if code != "F" else "")
            codes.append(code)
        elif working(x):
            ordi.append(hours)
            codes.append("")
        else:
            ordi.append("")
            codes.append("FS" if x in HOLIDAYS else "R")
    return (f"<tr><th style='width:42px'>Giorno</th>{head}</tr>"
            f"<tr><th>Ore ord.</th>{''.join(f'<td>{o}</td>' for o in ordi)}</tr>"
            f"<tr><th>Giust.</th>{''.join(f'<td>{c}</td>' for c in codes)}</tr>")


def _course_days(corso: P.Corso, year: int, month: int, weekdays: tuple[int, ...]) -> list[dt.date]:
    return [x for x in days(year, month) if corso.inizio <= x <= corso.fine and x.weekday() in weekdays and working(x)]


def _lul_page_1(co: P.Company, w: P.Worker, year: int, month: int, foglio: int, marks: dict) -> str:
    p = w.p
    pz = pay(w.paga_base, [("0012", "Scatti di anzianità", "38.90" if w.assunto.year > 2010 else "112.40")])
    vrows = "".join(f"<tr><td>{c}</td><td>{esc(dsc)}</td><td class=r>{amt}</td><td></td></tr>" for c, dsc, amt in pz["lines"])
    vrows += (f"<tr><td>7001</td><td>Contributi IVS c/dip.</td><td></td><td class=r>{eur(pz['inps'])}</td></tr>"
              f"<tr><td>8001</td><td>IRPEF</td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>"
              f"<tr><td>8020</td><td>Addizionali</td><td></td><td class=r>{eur(pz['addiz'])}</td></tr>"
              f"<tr><th></th><th>NETTO</th><th></th><th class=r>{eur(pz['netto'])}</th></tr>")
    return f"""<div class=pg>
<div class=hdr><span><b>LIBRO UNICO DEL LAVORO</b> – D.L. 112/2008 art. 39 – stampa laser autorizzata INAIL Lecco n. 2009/118 del 12/02/2009</span>
<span>Foglio n. {foglio:05d}</span></div>
<div class=g><div class=s2 style="grid-column:span 2"><i>Datore di lavoro</i>{esc(co.ragione.upper())}</div><div><i>C.F.</i>{co.piva}</div>
<div><i>Matricola INPS</i>{co.matricola_inps}</div><div><i>PAT INAIL</i>{co.pat_inail}</div><div><i>Mese</i><b>{period_label(year, month)}</b></div></div>
<div class=g><div style="grid-column:span 2"><i>Lavoratore</i>{p.upper}</div><div><i>Codice fiscale</i>{p.cf}</div>
<div><i>Matricola</i>{w.matricola}</div><div><i>Assunzione</i>{d_it(w.assunto)}</div><div><i>Qualifica / livello</i>{esc(w.qualifica)} {w.livello}</div></div>
<table class=cal>{_calendar_rows(year, month, marks)}</table>
<div class=legend>Legenda: R riposo · FS festività · F ferie · FOR formazione (ore comprese nell'orario di lavoro) · MAL malattia · PR permesso retribuito</div>
<table class=v><tr><th>Voce</th><th>Descrizione</th><th class=r>Competenze</th><th class=r>Trattenute</th></tr>{vrows}</table>
</div>"""


def lul_brambati() -> Case:
    co, c = P.BRAMBATI, P.C_BRAMBATI
    pages, docs = [], []
    foglio = 1812
    for year, month in ((2026, 10), (2026, 11)):
        cd = _course_days(c, year, month, (1, 3))   # tuesdays and thursdays
        for w in co.workers:
            marks = {x: "FOR:8" for x in cd}
            if w is co.workers[1] and month == 11:
                marks[d(2026, 11, 2)] = "F"
            pages.append(_lul_page_1(co, w, year, month, foglio, marks))
            docs.append({"pages": [len(pages), len(pages)], "worker_cf": w.p.cf, "period": f"{year}-{month:02d}"})
            foglio += 1
    return Case("lul_brambati_2x2_un_foglio_ciascuno", "lul", doc("Stampa", LUL_CSS_1, "".join(pages)),
                {"documents": docs}, landscape=True, pages=4,
                margin={"top": "8mm", "bottom": "8mm", "left": "8mm", "right": "8mm"})


LUL_CSS_2 = """
body { font-family: 'Liberation Sans'; font-size: 7.6pt; margin: 0; }
.pg { page-break-after: always; } .pg:last-child { page-break-after: auto; }
.top { display: grid; grid-template-columns: 2fr 1fr; border: 1.5px solid #333; }
.top div { padding: 3px 5px; } .top div + div { border-left: 1.5px solid #333; text-align: right; }
.sec { background: #333; color: #fff; font-weight: bold; padding: 2px 5px; margin-top: 5px; }
table { width: 100%; border-collapse: collapse; }
td, th { border: 1px solid #aaa; padding: 2px 3px; }
th { background: #eee; text-align: left; }
.r { text-align: right; }
"""


def _lul2_head(co: P.Company, w: P.Worker, year: int, month: int, pag: int, sezione: str) -> str:
    return f"""<div class=top><div><b>{esc(co.ragione)}</b> · C.F. {co.piva} · {esc(co.addr)}<br>
Dipendente: <b>{w.p.upper}</b> · C.F. {w.p.cf} · matr. {w.matricola} · {esc(w.ccnl)} liv. {w.livello}
{(' · ' + esc(w.part_time)) if w.part_time else ''}</div>
<div>L.U.L. – {sezione}<br>Periodo: <b>{MESI[month - 1].capitalize()} {year}</b><br>Pag. {pag}</div></div>"""


def lul_ticino() -> Case:
    co, c = P.TICINO, P.C_TICINO
    pages, docs = [], []
    pag = 301
    for year, month in ((2026, 11), (2026, 12)):
        cd = _course_days(c, year, month, (1, 3))
        for w in co.workers:
            shift = w is co.workers[1]
            rows = []
            for x in days(year, month):
                if not working(x):
                    rows.append(f"<tr><td>{d_it(x)}</td><td>{WD3[x.weekday()]}</td><td></td><td></td><td></td><td>{'Festività' if x in HOLIDAYS else 'Riposo'}</td></tr>")
                    continue
                if shift:
                    turno = "B 14:00-22:00" if x in cd or x.isocalendar().week % 2 else "A 06:00-14:00"
                    ore = "8,00"
                else:
                    turno = "13:00-18:00" if x in cd else "09:00-14:00"
                    ore = "5,00"
                note = "Formazione voucher (ore 14-18)" if x in cd else ""
                rows.append(f"<tr><td>{d_it(x)}</td><td>{WD3[x.weekday()]}</td><td>{turno}</td><td class=r>{ore}</td><td class=r></td><td>{note}</td></tr>")
            pz = pay(w.paga_base if not w.part_time else str(D(w.paga_base) * D('0.625')),
                     [("0210", "Indennità di turno", "96.00")] if shift else [])
            pres = f"""<div class=pg>{_lul2_head(co, w, year, month, pag, 'Sezione presenze')}
<div class=sec>CALENDARIO PRESENZE</div><table><tr><th>Data</th><th>Giorno</th><th>{'Turno' if shift else 'Orario'}</th>
<th class=r>Ore ordinarie</th><th class=r>Ore straord.</th><th>Note / giustificativi</th></tr>{''.join(rows)}</table></div>"""
            paga = f"""<div class=pg>{_lul2_head(co, w, year, month, pag + 1, 'Sezione retributiva')}
<div class=sec>ELEMENTI RETRIBUTIVI</div><table><tr><th>Codice</th><th>Descrizione</th><th class=r>Competenze</th><th class=r>Trattenute</th></tr>
{''.join(f'<tr><td>{cd_}</td><td>{esc(ds)}</td><td class=r>{amt}</td><td></td></tr>' for cd_, ds, amt in pz['lines'])}
<tr><td>C01</td><td>Contributi INPS</td><td></td><td class=r>{eur(pz['inps'])}</td></tr>
<tr><td>F01</td><td>IRPEF</td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>
<tr><td>F05</td><td>Addizionali regionale e comunale</td><td></td><td class=r>{eur(pz['addiz'])}</td></tr>
<tr><th></th><th>Netto</th><th></th><th class=r>{eur(pz['netto'])}</th></tr></table>
<div class=sec>DATI PROGRESSIVI</div><table><tr><td>Imponibile INPS anno</td><td class=r>{eur(pz['gross'] * month)}</td>
<td>TFR accantonato anno</td><td class=r>{eur(pz['tfr'] * month)}</td></tr>
<tr><td>Ferie residue (ore)</td><td class=r>{'54,00' if shift else '33,75'}</td><td>Permessi residui (ore)</td><td class=r>{'40,00' if shift else '25,00'}</td></tr></table></div>"""
            pages += [pres, paga]
            docs.append({"pages": [len(pages) - 1, len(pages)], "worker_cf": w.p.cf, "period": f"{year}-{month:02d}"})
            pag += 2
    return Case("lul_ticino_2x2_presenze_e_paga_su_due_pagine", "lul", doc("Stampa", LUL_CSS_2, "".join(pages)),
                {"documents": docs}, pages=8, margin={"top": "8mm", "bottom": "8mm", "left": "10mm", "right": "10mm"})


LUL_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 7.2pt; margin: 0; }
.pg { page-break-after: always; } .pg:last-child { page-break-after: auto; }
h1 { font-size: 13pt; text-align: center; margin-top: 40mm; }
.cover td { padding: 3px 8px; border-bottom: 1px solid #ccc; }
.band { background: #5d4037; color: #fff; padding: 3px 6px; display: flex; justify-content: space-between; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; margin-top: 4px; }
table { width: 100%; border-collapse: collapse; }
td, th { border: 1px solid #bbb; padding: 1px 3px; }
th { background: #efebe9; text-align: left; }
.r { text-align: right; }
"""


def lul_mantova() -> Case:
    co, c = P.MANTOVA_FOOD, P.C_MANTOVA
    w = co.workers[0]
    cover = f"""<div class=pg><h1>LIBRO UNICO DEL LAVORO<br><span style="font-size:10pt">estratto per il periodo ottobre – novembre 2026</span></h1>
<table class=cover style="width:70%;margin:10mm auto"><tr><td>Datore di lavoro</td><td>{esc(co.ragione)}</td></tr>
<tr><td>Codice fiscale</td><td>{co.piva}</td></tr><tr><td>Sede</td><td>{esc(co.addr)}</td></tr>
<tr><td>Soggetto che tiene il LUL</td><td>Associazione Industriali Mantova Servizi S.r.l. – servizio paghe</td></tr>
<tr><td>Dipendenti compresi nell'estratto</td><td>1 (estratto richiesto per rendicontazione voucher formativo)</td></tr>
<tr><td>Numerazione</td><td>fogli da 2026/0944 a 2026/0945</td></tr></table></div>"""
    pages = [cover]
    docs = []
    for i, (year, month) in enumerate(((2026, 10), (2026, 11))):
        cd = _course_days(c, year, month, (1,))    # tuesdays
        pres = []
        for x in days(year, month):
            if x in cd:
                pres.append(f"<tr><td>{x.day:02d} {WD3[x.weekday()]}</td><td>07:30</td><td>12:00</td><td>13:00</td><td>16:30</td><td class=r>8,00</td><td>FOR</td></tr>")
            elif working(x):
                pres.append(f"<tr><td>{x.day:02d} {WD3[x.weekday()]}</td><td>07:30</td><td>12:00</td><td>13:00</td><td>16:30</td><td class=r>8,00</td><td></td></tr>")
            else:
                pres.append(f"<tr><td>{x.day:02d} {WD3[x.weekday()]}</td><td></td><td></td><td></td><td></td><td></td><td>{'FS' if x in HOLIDAYS else 'R'}</td></tr>")
        pz = pay(w.paga_base, [("0150", "Premio di risultato – acconto", "50.00")])
        voci = "".join(f"<tr><td>{esc(ds)}</td><td class=r>{amt}</td><td></td></tr>" for _, ds, amt in pz["lines"])
        pages.append(f"""<div class=pg><div class=band><span>LIBRO UNICO DEL LAVORO – foglio 2026/{944 + i:04d}</span>
<span>{esc(co.ragione)} – C.F. {co.piva}</span><span>{MESI[month - 1].upper()} {year}</span></div>
<table style="margin-top:3px"><tr><th>Lavoratore</th><th>Codice fiscale</th><th>Assunzione</th><th>Qualifica</th><th>CCNL</th></tr>
<tr><td>{w.p.upper}</td><td>{w.p.cf}</td><td>{d_it(w.assunto)}</td><td>{esc(w.qualifica)} {w.livello}</td><td>{esc(w.ccnl)}</td></tr></table>
<div class=cols><table><tr><th>Giorno</th><th>E1</th><th>U1</th><th>E2</th><th>U2</th><th class=r>Ore</th><th>Giust.</th></tr>{''.join(pres)}</table>
<div><table><tr><th>Voce retributiva</th><th class=r>Competenze</th><th class=r>Trattenute</th></tr>{voci}
<tr><td>Contributi previdenziali</td><td></td><td class=r>{eur(pz['inps'])}</td></tr><tr><td>IRPEF</td><td></td><td class=r>{eur(pz['irpef'])}</td></tr>
<tr><td>Addizionali</td><td></td><td class=r>{eur(pz['addiz'])}</td></tr><tr><th>Netto</th><th></th><th class=r>{eur(pz['netto'])}</th></tr></table>
<p>FOR = ore di formazione svolte durante l'orario di lavoro (voucher Formazione Continua, ID edizione {c.id_edizione}).</p></div></div></div>""")
        docs.append({"pages": [len(pages), len(pages)], "worker_cf": w.p.cf, "period": f"{year}-{month:02d}"})
    return Case("lul_mantova_frontespizio_e_due_mesi", "lul", doc("Stampa", LUL_CSS_3, "".join(pages)),
                {"worker_cf": w.p.cf, "documents": docs}, pages=3)


# ============================================================================ clock-in/out reports

TB_CSS_1 = """
body { font-family: 'DejaVu Sans'; font-size: 7.6pt; margin: 0; }
.hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #0277bd; }
.hd b { font-size: 11pt; color: #0277bd; }
table { width: 100%; border-collapse: collapse; margin-top: 4px; }
th { background: #e1f5fe; font-size: 6.8pt; padding: 2px; text-align: center; border: 1px solid #b3e5fc; }
td { border: 1px solid #e0e0e0; padding: 1.5px 3px; text-align: center; }
td.l { text-align: left; }
tr.we td { background: #f5f5f5; color: #999; }
tr.fo td { background: #fff8e1; }
.sum { margin-top: 6px; display: grid; grid-template-columns: repeat(5, 1fr); gap: 4px; }
.sum div { border: 1px solid #0277bd; padding: 3px; } .sum span { display: block; font-size: 6pt; color: #0277bd; }
"""


def tb_rognoni() -> Case:
    co, c = P.TICINO, P.C_TICINO
    w = co.workers[0]
    year, month = 2026, 11
    cd = set(_course_days(c, year, month, (1, 3)))
    rows, tot = [], Decimal(0)
    for x in days(year, month):
        if not working(x):
            rows.append(f"<tr class=we><td>{d_it(x)}</td><td>{WD3[x.weekday()]}</td><td></td><td></td><td></td><td></td><td></td><td></td><td class=l>{'Festivo' if x in HOLIDAYS else ''}</td></tr>")
            continue
        if x in cd:
            e1, u1, ore, teo, caus, cls = "12:58", "18:04", Decimal("5.00"), "5:00", "Formazione aziendale (voucher) 14:00-18:00", " class=fo"
        else:
            e1, u1, ore, teo, caus, cls = f"08:{55 + x.day % 5:02d}", f"14:0{x.day % 4}", Decimal("5.00"), "5:00", "", ""
        tot += ore
        rows.append(f"<tr{cls}><td>{d_it(x)}</td><td>{WD3[x.weekday()]}</td><td>{e1}</td><td>{u1}</td><td></td><td></td>"
                    f"<td>{teo}</td><td>{str(ore).replace('.', ',')}</td><td class=l>{caus}</td></tr>")
    body = f"""
<div class=hd><div><b>TimeBadge Cloud</b> · Report timbrature mensile</div><div>{esc(co.ragione)} – sede {co.comune}</div></div>
<table style="margin-top:6px"><tr><th>Dipendente</th><th>Codice fiscale</th><th>Badge</th><th>Profilo orario</th><th>Periodo</th></tr>
<tr><td>{w.p.upper}</td><td>{w.p.cf}</td><td>00431</td><td>{esc(w.part_time)} – lun-ven</td><td>01/11/2026 – 30/11/2026</td></tr></table>
<table><tr><th>Data</th><th>Gg</th><th>Entrata</th><th>Uscita</th><th>Entrata</th><th>Uscita</th><th>Teorico</th><th>Lavorato</th><th>Causale / note</th></tr>
{''.join(rows)}</table>
<div class=sum><div><span>Ore teoriche</span>{str(tot).replace('.', ',')}</div><div><span>Ore lavorate</span>{str(tot).replace('.', ',')}</div>
<div><span>Di cui formazione</span>{len(cd) * 4},00</div><div><span>Straordinari</span>0,00</div><div><span>Assenze</span>0,00</div></div>
<p style="font-size:6.4pt;color:#777">Timbrature rilevate da terminale badge RFID ingresso uffici. Su richiesta del responsabile, nei giorni di
formazione l'orario part-time è stato spostato nella fascia 13:00-18:00 (accordo individuale di variazione dell'orario).</p>
"""
    return Case("timbrature_rognoni_badge_novembre", "timbrature", doc("TimeBadge Cloud", TB_CSS_1, body),
                {"worker_cf": w.p.cf, "period": f"{year}-{month:02d}"}, pages=1,
                margin={"top": "8mm", "bottom": "8mm", "left": "10mm", "right": "10mm"})


TB_CSS_2 = """
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans'; font-size: 8pt; margin: 0; }
.t { font-size: 11pt; font-weight: bold; }
.week { margin-top: 5px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #666; padding: 2px; text-align: center; }
th { background: #ddd; }
td.k { text-align: left; background: #f3f3f3; font-weight: bold; }
"""


def tb_cattaneo_turni() -> Case:
    co, c = P.TICINO, P.C_TICINO
    w = co.workers[1]
    year, month = 2026, 12
    cd = set(_course_days(c, year, month, (1, 3)))
    weeks: list[list[dt.date | None]] = []
    cur: list[dt.date | None] = [None] * days(year, month)[0].weekday()
    for x in days(year, month):
        cur.append(x)
        if len(cur) == 7:
            weeks.append(cur)
            cur = []
    if cur:
        weeks.append(cur + [None] * (7 - len(cur)))
    html_weeks = []
    for wk in weeks:
        def cell(x: dt.date | None, what: str) -> str:
            if x is None:
                return "<td></td>"
            if what == "d":
                return f"<td>{x.day:02d}/{month:02d}</td>"
            if not working(x):
                return f"<td>{'FEST' if x in HOLIDAYS else 'RIP'}</td>" if what == "t" else "<td></td>"
            turno_b = x in cd or x.isocalendar().week % 2 == 1
            if what == "t":
                return f"<td>{'B' if turno_b else 'A'}</td>"
            if what == "e":
                return f"<td>{'13:52' if turno_b else '05:51'}</td>"
            if what == "u":
                return f"<td>{'22:03' if turno_b else '14:04'}</td>"
            return f"<td>{'FOR 14-18' if x in cd else ''}</td>"
        html_weeks.append("<table class=week><tr><th style='width:16%'></th>" +
                          "".join(f"<th>{n}</th>" for n in ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica")) + "</tr>" +
                          "".join(f"<tr><td class=k>{lab}</td>{''.join(cell(x, k) for x in wk)}</tr>"
                                  for lab, k in (("Data", "d"), ("Turno", "t"), ("Timbratura entrata", "e"), ("Timbratura uscita", "u"), ("Note", "n"))) +
                          "</table>")
    body = f"""
<div class=t>Prospetto turni e timbrature – {MESI[month - 1]} {year}</div>
<p>Azienda: {esc(co.ragione)} – magazzino di {co.comune} · Dipendente: {w.p.upper} (C.F. {w.p.cf}) · Reparto: magazzino frigorifero ·
Schema: turni avvicendati A (06:00-14:00) / B (14:00-22:00)</p>
{''.join(html_weeks)}
<p style="font-size:7pt">Legenda: A = turno mattino, B = turno pomeriggio, RIP = riposo, FEST = festività, FOR = ore di formazione
svolte all'interno del turno. Dati estratti dal sistema di rilevazione presenze Zeta Presenze 5 il 05/01/2027.</p>
"""
    return Case("timbrature_cattaneo_turni_settimane", "timbrature", doc("Report", TB_CSS_2, body),
                {"worker_cf": w.p.cf, "period": f"{year}-{month:02d}"}, landscape=True, pages=1,
                margin={"top": "8mm", "bottom": "8mm", "left": "10mm", "right": "10mm"})


TB_CSS_3 = """
body { font-family: 'DejaVu Sans Mono'; font-size: 7.4pt; margin: 0; }
.h { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 9.5pt; border: 1px solid #000; padding: 3px; text-align: center; }
pre { font-family: 'DejaVu Sans Mono'; font-size: 7.2pt; margin: 4px 0; }
"""


def tb_bosetti_cartellino() -> Case:
    co, c = P.VARESE_PLAST, P.C_VARESE
    w = co.workers[0]
    year, month = 2026, 10
    cd = set(_course_days(c, year, month, (2,)))
    lines = []
    tot = 0.0
    for x in days(year, month):
        wd = WD3[x.weekday()].upper()
        if x.weekday() in (0, 2, 4) and working(x):
            if x in cd:
                s = f"{x.day:02d} {wd}  08:29  12:31  13:58  17:02   7,00   FORMAZIONE 14-17 (VOUCHER)"
            else:
                s = f"{x.day:02d} {wd}  08:31  12:30  13:29  16:32   7,00"
            tot += 7
            lines.append(s + ("   *" if x.weekday() == 4 and x.day > 28 else ""))
        elif x.weekday() < 5:
            lines.append(f"{x.day:02d} {wd}  ---    ---    ---    ---    0,00   NON LAVORATIVO (PT VERTICALE)")
        else:
            lines.append(f"{x.day:02d} {wd}")
    tot_s = f"{tot:.2f}".replace(".", ",")
    body = f"""<div class=h>CARTELLINO PRESENZE MENSILE – {MESI[month - 1].upper()} {year}</div>
<pre>
DITTA......: {co.ragione.upper()}   ({co.piva})
DIPENDENTE.: {w.p.upper}   MATR. {w.matricola}   C.F. {w.p.cf}
ORARIO.....: PT VERTICALE 60% - LUN/MER/VEN 08:30-12:30 13:30-16:30

GG GIORNO  ENTR1  USC1   ENTR2  USC2   ORE    NOTE
{chr(10).join(lines)}

TOTALE ORE LAVORATE: {tot_s}   ORE TEORICHE: {tot_s}   SALDO: 0,00
(*) uscita anticipata recuperata nel mese
</pre>
<p style="font-family:'DejaVu Sans';font-size:6.6pt">Firma del dipendente per presa visione ____________________ &nbsp;&nbsp;
Il responsabile del personale ____________________</p>"""
    return Case("timbrature_bosetti_cartellino_monospazio", "timbrature", doc("Stampa", TB_CSS_3, body),
                {"worker_cf": w.p.cf, "period": f"{year}-{month:02d}"}, pages=1)


def cases() -> list[Case]:
    return [cob_sintesi_colombo(), cob_unilav_popescu(), cob_studio_bennani(), cob_vecchio_bosetti(),
            ct_lettera_sala(), ct_contratto_zanoletti(), ct_lettera_bergomi(),
            ced_sala_agosto(), ced_zanoletti_agosto(), ced_bodini_settembre(),
            lul_brambati(), lul_ticino(), lul_mantova(),
            tb_rognoni(), tb_cattaneo_turni(), tb_bosetti_cartellino()]
