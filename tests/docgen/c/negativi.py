# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Negatives: documents of a dossier's world that are none of the recognised types but share their vocabulary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import people as P
from .common import AVVISO, CUP, Case, d_it, doc, esc, eur, iban_groups, pct

d = dt.date


def _neg(name: str, title: str, css: str, body: str, **kw: Any) -> Case:
    return Case(name, None, doc(title, css, body), {}, **kw)


# 1 ------------------------------------------------------------------ course calendar
CAL_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 8.6pt; margin: 0; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #c0392b; padding-bottom: 4px; }
.hd b { color: #c0392b; font-size: 12pt; }
table { width: 100%; border-collapse: collapse; margin-top: 8px; }
th { background: #c0392b; color: #fff; padding: 3px; text-align: left; } td { border-bottom: 1px solid #ddd; padding: 3px; }
"""


def neg_calendario() -> Case:
    c = P.C_BRAMBATI
    dates = [d(2026, 10, 6), d(2026, 10, 8), d(2026, 10, 13), d(2026, 10, 15), d(2026, 10, 20), d(2026, 10, 22),
             d(2026, 10, 27), d(2026, 10, 29), d(2026, 11, 3), d(2026, 11, 5), d(2026, 11, 10), d(2026, 11, 12),
             d(2026, 11, 17), d(2026, 11, 19), d(2026, 11, 24)]
    mods = ["Fondamenti di disegno tecnico e proiezioni", "Quotatura funzionale", "Tolleranze dimensionali ISO 286",
            "Rugosità superficiale", "GD&T: riferimenti (datum)", "Tolleranze di forma", "Tolleranze di orientamento",
            "Tolleranze di posizione", "Esercitazione su disegni aziendali", "Catene di tolleranze",
            "Controllo con CMM: lettura report", "Casi studio", "Esercitazione finale", "Verifica apprendimento",
            "Chiusura e questionario"]
    rows = "".join(f"<tr><td>{i}</td><td>{d_it(x)}</td><td>{['lun','mar','mer','gio','ven'][x.weekday()]}</td><td>14:00–16:00</td>"
                   f"<td>{m}</td><td>Ing. Fabrizio Lanfranchi</td></tr>" for i, (x, m) in enumerate(zip(dates, mods, strict=True), 1))
    body = f"""<div class=hd><div><b>Accademia Tecnica Lombarda</b><br>Segreteria didattica · {P.ATL.tel}</div>
<div style="text-align:right">Calendario didattico<br>edizione {c.id_edizione} · ID corso {c.id_corso}</div></div>
<h2 style="font-size:11pt">{esc(c.titolo)}</h2>
<p>Sede di svolgimento: {esc(P.BRAMBATI.ragione)}, {esc(P.BRAMBATI.addr)} (sede ausiliaria) · Durata complessiva {c.ore} ore ·
Percorso finanziato con voucher Formazione Continua – Quarta Edizione (ID voucher {c.id_voucher}).</p>
<table><tr><th>#</th><th>Data</th><th>Giorno</th><th>Orario</th><th>Modulo</th><th>Docente</th></tr>{rows}</table>
<p style="font-size:7.6pt">Le presenze saranno registrate su SIUF e validate dagli allievi tramite l'app FirmaLOM entro 4 giorni lavorativi dalla
lezione. Eventuali variazioni di calendario saranno comunicate con almeno 48 ore di anticipo.</p>"""
    return _neg("neg_calendario_corso_atl", "Documento", CAL_CSS, body, pages=1)


# 2 ------------------------------------------------------------------ attendance certificate
ATT_CSS = """
body { font-family: 'Liberation Serif'; margin: 0; }
.frame { border: 3mm double #2c5d8a; height: 140mm; padding: 10mm 14mm; text-align: center; }
h1 { font-size: 28pt; color: #2c5d8a; margin: 6mm 0; letter-spacing: 2px; }
.n { font-size: 20pt; font-weight: bold; margin: 6mm 0; }
p { font-size: 12pt; }
"""


def neg_attestato() -> Case:
    c = P.C_RIVA
    p = c.partecipanti[0]
    body = f"""<div class=frame><div style="font-family:'Liberation Sans';font-size:10pt">{esc(c.provider.ragione)} · operatore accreditato
Regione Lombardia ID {c.provider.id_operatore}</div>
<h1>ATTESTATO DI FREQUENZA</h1><p>si attesta che</p><div class=n>{esc(p.full)}</div>
<p>nato a {p.comune} il {d_it(p.nato)} – C.F. {p.cf}</p>
<p>ha frequentato il corso<br><b>«{esc(c.titolo)}»</b><br>(ID corso {c.id_corso} – ID edizione {c.id_edizione})</p>
<p>svoltosi dal {d_it(c.inizio)} al {d_it(c.fine)} per complessive <b>16 ore su {c.ore}</b> (frequenza 100%)</p>
<p style="font-size:10pt">Percorso realizzato nell'ambito dell'Avviso Formazione Continua – Quarta Edizione, PR FSE+ 2021-2027</p>
<p style="margin-top:14mm;text-align:right;font-size:11pt">Como, {d_it(d(2026, 11, 12))}<br>Il Direttore<br>{esc(c.provider.legale.full)}</p></div>"""
    return _neg("neg_attestato_frequenza_larioform", "Documento", ATT_CSS, body, landscape=True, pages=1)


# 3 ------------------------------------------------------------------ DURC
DURC_CSS = """
body { font-family: 'Liberation Sans'; font-size: 9.4pt; margin: 0 6mm; }
.hd { display: flex; justify-content: space-between; font-weight: bold; border-bottom: 1px solid #000; padding-bottom: 4px; }
h1 { text-align: center; font-size: 13pt; margin: 14px 0 2px; letter-spacing: 2px; }
.prot { text-align: center; font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 10px 0; } td { border: 1px solid #000; padding: 4px 6px; }
td.k { width: 36%; }
.reg { text-align: center; font-size: 14pt; font-weight: bold; border: 2px solid #000; padding: 8px; margin: 12px 40mm; }
"""


def neg_durc() -> Case:
    co = P.IDROTERMICA
    body = f"""<div class=hd><span>INAIL</span><span>INPS</span><span>CNCE – Casse Edili</span></div>
<h1>Durc On Line</h1><div class=prot>Numero Protocollo <b>INAIL_48812207</b> · Data richiesta 26/08/2026 · Scadenza validità <b>24/12/2026</b></div>
<table><tr><td class=k>Denominazione/ragione sociale</td><td>{esc(co.ragione.upper())}</td></tr>
<tr><td class=k>Codice fiscale</td><td>{co.piva}</td></tr>
<tr><td class=k>Sede legale</td><td>{esc(co.addr.upper())}</td></tr></table>
<p>Con il presente Documento si dichiara che il soggetto sopra identificato</p>
<div class=reg>RISULTA REGOLARE</div>
<p>nei confronti di</p><p>I.N.P.S. · I.N.A.I.L. · CNCE</p>
<p style="font-size:8pt;margin-top:18px">Il Documento ha validità di 120 giorni dalla data della richiesta e si riferisce alla
risultanza, alla stessa data, dell'interrogazione degli archivi dell'INPS, dell'INAIL e della CNCE per le imprese che
svolgono attività dell'edilizia (art. 4 del D.L. 20 marzo 2014 n. 34 e D.M. 30 gennaio 2015).</p>"""
    return _neg("neg_durc_online_idrotermica", "Documento", DURC_CSS, body, pages=1)


# 4 ------------------------------------------------------------------ visura camerale
VIS_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 8.2pt; margin: 0; }
.hd { text-align: center; border-bottom: 2px solid #1b5e20; padding-bottom: 4px; }
.hd b { font-size: 12pt; color: #1b5e20; }
h2 { font-size: 9.4pt; background: #e8f5e9; padding: 3px 5px; margin: 10px 0 4px; }
table { width: 100%; border-collapse: collapse; } td { padding: 2px 4px; vertical-align: top; border-bottom: 1px dotted #ccc; }
td.k { width: 34%; color: #2e7d32; }
.pb { page-break-before: always; }
"""


def neg_visura() -> Case:
    co = P.VALSERIANA
    leg = co.legale
    body = f"""<div class=hd><b>Camera di Commercio Industria Artigianato e Agricoltura di BERGAMO</b><br>Registro Imprese – Archivio ufficiale della CCIAA<br>
<b style="font-size:11pt;color:#000">VISURA ORDINARIA SOCIETÀ DI CAPITALE</b><br>{esc(co.ragione.upper())}</div>
<p style="font-size:7.4pt">Documento n. T 512904331 estratto dal Registro Imprese in data 24/08/2026</p>
<h2>Dati anagrafici</h2><table>
<tr><td class=k>Indirizzo Sede legale</td><td>GANDINO (BG) {esc(co.indirizzo.upper())} CAP {co.cap}</td></tr>
<tr><td class=k>Domicilio digitale/PEC</td><td>{co.pec}</td></tr>
<tr><td class=k>Numero REA</td><td>{co.rea}</td></tr><tr><td class=k>Codice fiscale e n. iscr. al Registro Imprese</td><td>{co.piva}</td></tr>
<tr><td class=k>Partita IVA</td><td>{co.piva}</td></tr><tr><td class=k>Forma giuridica</td><td>società per azioni</td></tr>
<tr><td class=k>Data atto di costituzione</td><td>14/03/1961</td></tr><tr><td class=k>Data iscrizione</td><td>19/02/1996</td></tr>
<tr><td class=k>Capitale sociale</td><td>sottoscritto 2.600.000,00 versato 2.600.000,00</td></tr></table>
<h2>Attività</h2><table><tr><td class=k>Stato attività</td><td>attiva dal 01/04/1961</td></tr>
<tr><td class=k>Attività prevalente</td><td>tessitura di filati per abbigliamento e arredamento</td></tr>
<tr><td class=k>Codice ATECO</td><td>{co.ateco} – {esc(co.ateco_desc)}</td></tr>
<tr><td class=k>Addetti al 30/06/2026</td><td>{co.addetti} (di cui dipendenti {co.addetti - 2})</td></tr>
<tr><td class=k>Certificazioni</td><td>UNI EN ISO 9001:2015</td></tr></table>
<h2>Amministratori</h2><table><tr><td class=k>Presidente del consiglio di amministrazione</td><td>ZANETTI GIANLUIGI</td></tr>
<tr><td class=k>Amministratore delegato</td><td>{leg.cognome.upper()} {leg.nome.upper()} – nata a {leg.comune.upper()} il {d_it(leg.nato)} – C.F. {leg.cf}<br>
rappresentante dell'impresa, nominata con atto del 28/04/2025, durata in carica fino approvazione bilancio al 31/12/2027</td></tr></table>
<h2 class=pb>Soci e titolari di diritti su azioni e quote</h2><table>
<tr><td class=k>Capitale sociale</td><td>2.600.000,00 EUR</td></tr>
<tr><td class=k>Proprietà</td><td>VALSERIANA HOLDING S.R.L. – quota 84%</td></tr>
<tr><td class=k>Proprietà</td><td>{leg.cognome.upper()} {leg.nome.upper()} – quota 16%</td></tr></table>
<h2>Sedi secondarie ed unità locali</h2><table><tr><td class=k>Unità locale n. BG/1</td><td>magazzino – CASNIGO (BG) VIA EUROPA 4</td></tr></table>
<h2>Pratiche presentate</h2><table><tr><td class=k>Deposito bilancio 2025</td><td>protocollo n. 88312/2026 del 12/06/2026</td></tr></table>"""
    return _neg("neg_visura_camerale_valseriana", "Documento", VIS_CSS, body, pages=2)


# 5 ------------------------------------------------------------------ price quotation
PREV_CSS = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0; }
.hd b { font-family: 'Liberation Serif'; font-size: 15pt; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
th { border-bottom: 1.5px solid #000; text-align: left; padding: 3px; } td { border-bottom: 1px solid #ccc; padding: 3px; }
.r { text-align: right; }
.box { border: 1px solid #999; padding: 6px; font-size: 8pt; text-align: justify; }
"""


def neg_preventivo() -> Case:
    c, co = P.C_MANTOVA, P.MANTOVA_FOOD
    iva = pct(c.costo, "22")
    body = f"""<div class=hd><b>CentroStudi Mincio</b><br>{esc(c.provider.ragione)} · P.IVA {c.provider.piva}</div>
<p style="text-align:right">Spett.le {esc(co.ragione)}<br>alla c.a. della dott.ssa {esc(co.legale.full)}</p>
<p><b>OFFERTA ECONOMICA n. 2026/OF/077 del 21/07/2026</b><br>Oggetto: corso «{esc(c.titolo)}» – catalogo voucher Formazione Continua</p>
<table><tr><th>Descrizione</th><th class=r>Partecipanti</th><th class=r>Prezzo unitario €</th><th class=r>Importo €</th></tr>
<tr><td>{esc(c.titolo)} – {c.ore} ore – edizione {c.id_edizione} (ottobre-novembre 2026)</td><td class=r>1</td><td class=r>{eur(c.costo_pp)}</td><td class=r>{eur(c.costo)}</td></tr>
<tr><td colspan=3 class=r>Imponibile</td><td class=r>{eur(c.costo)}</td></tr><tr><td colspan=3 class=r>IVA 22%</td><td class=r>{eur(iva)}</td></tr>
<tr><td colspan=3 class=r><b>Totale offerta</b></td><td class=r><b>{eur(c.costo + iva)}</b></td></tr></table>
<p>Ipotesi di finanziamento (impresa da 10 a 50 addetti): quota pubblica 70% € {eur(c.pubblica)} – cofinanziamento aziendale
€ {eur(c.privata)} oltre IVA.</p>
<div class=box>A conclusione del corso la fattura, unica per l'intero costo, riporterà la dicitura prevista dall'Avviso: «{esc(AVVISO)}
ID VOUCHER n. ..., ID EDIZIONE n. ... e Titolo Corso, quota finanziamento pubblico e quota finanziamento privato».
Il pagamento andrà effettuato tramite bonifico con causale riferita alla fattura e al corso.</div>
<p>Validità dell'offerta: 30 giorni. Condizioni di pagamento: bonifico 30 gg data fattura.</p>
<p>Per accettazione: timbro e firma ____________________</p>"""
    return _neg("neg_preventivo_mincio", "Documento", PREV_CSS, body, pages=1)


# 6 ------------------------------------------------------------------ e-mail thread
MAIL_CSS = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0; }
.top { display: flex; justify-content: space-between; border-bottom: 1px solid #999; font-size: 8pt; color: #555; padding-bottom: 3px; }
h2 { font-size: 12pt; margin: 8px 0; font-weight: normal; }
.msg { border-bottom: 1px solid #ddd; padding: 6px 0; }
.from { font-weight: bold; } .meta { font-size: 7.6pt; color: #666; }
blockquote { border-left: 2px solid #ccc; margin: 4px 0 4px 4px; padding-left: 8px; color: #555; }
"""


def neg_email() -> Case:
    inv = P.INV_MANTOVA
    c = inv.corso
    body = f"""<div class=top><span>Posta – amministrazione@mfpackaging.it</span><span>Stampato il 03/12/2026</span></div>
<h2>R: Fattura {inv.numero} – dicitura voucher Regione</h2>
<div class=msg><div class=from>Ufficio amministrazione CentroStudi Mincio &lt;{c.provider.email}&gt;</div>
<div class=meta>a: amministrazione@mfpackaging.it · 02/12/2026 16:41</div>
<p>Buongiorno Elisa,<br>confermo che nella fattura {inv.numero} del {d_it(inv.data)} abbiamo inserito la dicitura nelle annotazioni,
con ID voucher {c.id_voucher} e ID edizione {c.id_edizione}. Se serve una nota di variazione per correggere il titolo ce lo faccia sapere.
Per il pagamento ci serve la contabile con TRN quando il bonifico risulta eseguito.<br>Cordiali saluti<br>Giada – amministrazione</p></div>
<div class=msg><div class=from>Elisa Mortara &lt;amministrazione@mfpackaging.it&gt;</div><div class=meta>a: {c.provider.email} · 02/12/2026 10:05</div>
<p>Buongiorno,<br>il nostro consulente dott. Tavecchio ci segnala che per la liquidazione del voucher la fattura deve riportare la dicitura
completa con CUP {CUP}, la DGR n° XII/6232 del 28 Maggio 2026 e le quote pubblica (€ {eur(c.pubblica)}) e privata (€ {eur(c.privata)}).
Potete verificare? Il bonifico di € {eur(inv.totale)} è in attesa della seconda firma.</p>
<blockquote>Il giorno 25/11/2026 alle 09:12 CentroStudi Mincio ha scritto:<br>in allegato la fattura di cortesia. L'originale è stato trasmesso
allo SdI.</blockquote></div>"""
    return _neg("neg_email_dicitura_fattura", "Stampa", MAIL_CSS, body, pages=1)


# 7 ------------------------------------------------------------------ bank fee sheet
FI_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 7.8pt; margin: 0; }
.hd { background: #263238; color: #fff; padding: 6px 8px; } .hd b { font-size: 11pt; }
h2 { font-size: 9pt; margin: 8px 0 3px; border-bottom: 1px solid #263238; }
table { width: 100%; border-collapse: collapse; } td { border-bottom: 1px solid #ddd; padding: 2px 4px; } td.r { text-align: right; width: 28%; }
p { text-align: justify; }
"""


def neg_foglio_informativo() -> Case:
    b = P.B_INSUBRICA
    rows = [("Canone mensile", "€ 18,00"), ("Spese per operazione (oltre le franchigie)", "€ 1,50"),
            ("Invio estratto conto cartaceo / online", "€ 1,20 / € 0,00"), ("Imposta di bollo su estratto conto (persone giuridiche)", "€ 100,00 annui"),
            ("Bonifico SEPA in uscita allo sportello", "€ 4,50"), ("Bonifico SEPA in uscita da internet banking", "€ 0,90"),
            ("Bonifico SEPA Instant da internet banking", "€ 1,50"), ("Bonifico con data futura (pagamento programmato)", "€ 0,90"),
            ("Revoca di bonifico programmato", "€ 0,00"), ("Rilascio certificazione IBAN / attestazione di titolarità", "€ 15,00"),
            ("Copia contabile di bonifico eseguito (con CRO/TRN)", "€ 3,00"), ("Tasso debitore annuo nominale sugli sconfinamenti", "14,50%")]
    trs = "".join(f"<tr><td>{a}</td><td class=r>{v}</td></tr>" for a, v in rows)
    body = f"""<div class=hd><b>FOGLIO INFORMATIVO</b> · Conto corrente «Insubrica Business» per imprese · aggiornato al 01/07/2026</div>
<h2>Informazioni sulla banca</h2><p>{esc(b.nome)} – {esc(b.sede)} – Codice ABI {b.abi} – Iscritta all'Albo delle banche – aderente al
Fondo Interbancario di Tutela dei Depositi – www.bancainsubrica.it</p>
<h2>Che cos'è il conto corrente</h2><p>Il conto corrente è un contratto con il quale la banca svolge un servizio di cassa per il cliente:
custodisce i risparmi e gestisce il denaro con una serie di servizi (versamenti, prelievi, pagamenti di bollette, bonifici, addebiti
diretti). Rischio tipico: il rischio di controparte, limitato dall'adesione al sistema di garanzia dei depositanti fino a € 100.000.</p>
<h2>Principali condizioni economiche</h2><table>{trs}</table>
<h2>Tempi di esecuzione dei bonifici</h2><p>Il bonifico SEPA disposto entro le ore 15:30 è eseguito in giornata e accreditato alla banca del
beneficiario entro la giornata operativa successiva; il bonifico istantaneo è accreditato entro 10 secondi. Gli ordini con data futura
possono essere revocati fino al giorno lavorativo precedente la data di esecuzione.</p>
<h2>Reclami</h2><p>I reclami vanno inviati all'Ufficio Reclami della banca che risponde entro 15 giorni lavorativi per i servizi di
pagamento. Se non soddisfatto il cliente può rivolgersi all'Arbitro Bancario Finanziario.</p>"""
    return _neg("neg_foglio_informativo_insubrica", "Documento", FI_CSS, body, pages=1)


# 8 ------------------------------------------------------------------ self-certification of residence
RES_CSS = """
body { font-family: 'Liberation Serif'; font-size: 11pt; margin: 0 10mm; line-height: 1.6; }
h1 { font-size: 12pt; text-align: center; } .c { text-align: center; }
"""


def neg_residenza() -> Case:
    p = P.PEDRETTI
    body = f"""<h1>DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE</h1><p class=c>(art. 46 D.P.R. 28 dicembre 2000, n. 445)</p>
<p>Il sottoscritto <b>{p.nome} {p.cognome}</b>, nato a {p.comune} ({p.prov}) il {d_it(p.nato)}, codice fiscale {p.cf},
consapevole delle sanzioni penali, nel caso di dichiarazioni non veritiere, di formazione o uso di atti falsi, richiamate
dall'art. 76 del D.P.R. 445 del 28 dicembre 2000,</p><p class=c><b>DICHIARA</b></p>
<p>di essere residente a Brescia (BS) in {esc(p.indirizzo)}, CAP 25123, e di avere in Lombardia il proprio domicilio fiscale.</p>
<p>Dichiara inoltre di essere informato, ai sensi e per gli effetti del Regolamento (UE) 2016/679, che i dati personali raccolti
saranno trattati, anche con strumenti informatici, esclusivamente nell'ambito del procedimento per il quale la presente
dichiarazione viene resa.</p>
<p>Brescia, 09/09/2026</p><p style="text-align:right">Il dichiarante<br>________________________</p>
<p style="font-size:8.5pt">Ai sensi dell'art. 38 D.P.R. 445/2000 la dichiarazione è sottoscritta dall'interessato e inviata unitamente a
copia fotostatica non autenticata di un documento di identità del dichiarante.</p>"""
    return _neg("neg_autocertificazione_residenza", "Documento", RES_CSS, body, pages=1)


# 9 ------------------------------------------------------------------ catalogue page
CATL_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 8.4pt; margin: 0; }
.band { background: #6b2c91; color: #fff; padding: 10px; font-size: 15pt; font-weight: bold; }
.band small { display: block; font-size: 8pt; font-weight: normal; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 8px; }
.card { border: 1px solid #d1c4e9; border-top: 4px solid #6b2c91; padding: 6px; }
.card h3 { font-size: 9.5pt; margin: 0 0 4px; color: #6b2c91; }
.tag { display: inline-block; background: #ede7f6; padding: 1px 5px; border-radius: 6px; font-size: 7pt; margin-right: 3px; }
.price { font-weight: bold; font-size: 10pt; }
"""


def neg_catalogo() -> Case:
    items = [
        ("Inglese commerciale per l'ufficio acquisti (livello B1)", "285102", "30", "1.200,00", "Varese, Como", "Lingue"),
        ("HACCP avanzato e gestione degli allergeni in panificazione", "285418", "16", "900,00", "Como", "Sicurezza alimentare"),
        ("Lean production nel tessile: strumenti 5S e SMED", "285003", "24", "1.600,00", "Como, in azienda", "Produzione"),
        ("Excel avanzato: tabelle pivot e Power Query", "285119", "20", "850,00", "Como, online sincrono", "Digitale"),
        ("Comunicazione efficace e gestione del cliente", "285120", "16", "720,00", "Lecco", "Soft skills"),
        ("Sicurezza informatica per utenti aziendali", "285121", "12", "540,00", "online sincrono", "Digitale"),
    ]
    cards = "".join(f"""<div class=card><h3>{esc(t)}</h3><span class=tag>{cat}</span><span class=tag>ID corso {i}</span>
<p>Durata {h} ore · Sedi: {s}<br>Costo per partecipante: <span class=price>€ {pr}</span> (esente IVA art. 10)</p>
<p style="font-size:7.4pt">Finanziabile con voucher Formazione Continua – Quarta Edizione: contributo pubblico dal 50% al 90% secondo la
dimensione aziendale, fino a € 2.000 per lavoratore.</p></div>""" for t, i, h, pr, s, cat in items)
    body = f"""<div class=band>Catalogo corsi 2026/2027<small>{esc(P.LARIOFORM.ragione)} · operatore accreditato ID {P.LARIOFORM.id_operatore} ·
Catalogo regionale Formazione Continua</small></div>
<div class=cards>{cards}</div>
<p style="font-size:7.4pt;margin-top:8px">Per iscriversi: scegliere l'edizione, compilare la scheda di iscrizione (Allegato A.4) e inviare i documenti
richiesti (COB, de minimis, certificazione IBAN). Il nostro ufficio supporta le imprese nella presentazione della domanda su Bandi e Servizi.
Pagina 7 di 24.</p>"""
    return _neg("neg_catalogo_larioform", "Documento", CATL_CSS, body, pages=1)


# 10 ----------------------------------------------------------------- INAIL premium notice
INAIL_CSS = """
body { font-family: 'Liberation Sans'; font-size: 8.8pt; margin: 0 4mm; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #005a9c; padding-bottom: 3px; }
.hd b { color: #005a9c; font-size: 16pt; }
table { width: 100%; border-collapse: collapse; margin: 6px 0; } th, td { border: 1px solid #888; padding: 3px; }
th { background: #e3eef8; } .r { text-align: right; }
"""


def neg_inail() -> Case:
    co = P.BRAMBATI
    body = f"""<div class=hd><b>INAIL</b><span>Sede di Lecco · Processo Aziende</span></div>
<p style="text-align:right">Spett.le {esc(co.ragione)}<br>{esc(co.addr)}<br>PEC {co.pec}</p>
<p><b>Oggetto: comunicazione delle basi di calcolo del premio per l'autoliquidazione 2026/2027</b></p>
<p>Codice ditta: 018742331 · Codice fiscale {co.piva} · Posizione assicurativa territoriale (PAT) {co.pat_inail}</p>
<table><tr><th>PAT</th><th>Voce di tariffa</th><th>Tasso applicato ‰</th><th>Oscillazione</th><th class=r>Retribuzioni presunte 2027 €</th></tr>
<tr><td>{co.pat_inail}</td><td>6104 – lavorazioni meccaniche</td><td>14,00</td><td>-28% (OT23)</td><td class=r>1.284.000,00</td></tr>
<tr><td>{co.pat_inail}</td><td>0722 – uffici</td><td>1,50</td><td>—</td><td class=r>298.000,00</td></tr></table>
<p>Il premio dovuto dovrà essere versato entro il 16/02/2027 tramite modello F24, salvo rateazione in quattro rate. La dichiarazione delle
retribuzioni va presentata in via telematica entro il 28/02/2027.</p>
<p style="font-size:7.6pt">Riferimenti normativi: D.P.R. 1124/1965; D.M. 27/02/2019 (tariffe dei premi). Il presente documento non costituisce
certificato di regolarità contributiva.</p>"""
    return _neg("neg_inail_basi_calcolo", "Documento", INAIL_CSS, body, pages=1)


# 11 ----------------------------------------------------------------- regional newsletter
NEWS_CSS = """
body { font-family: 'DejaVu Serif'; font-size: 9pt; margin: 0; }
.mast { border-bottom: 4px solid #00653b; font-family: 'DejaVu Sans'; }
.mast b { font-size: 17pt; color: #00653b; } .mast span { float: right; font-size: 7.6pt; margin-top: 10px; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; }
h1 { font-size: 14pt; font-family: 'DejaVu Sans'; margin: 8px 0; }
h3 { font-family: 'DejaVu Sans'; font-size: 9.4pt; margin: 8px 0 2px; }
.box { border: 1px solid #00653b; padding: 5px; break-inside: avoid; font-size: 8pt; }
"""


def neg_newsletter() -> Case:
    body = f"""<div class=mast><b>Lombardia Lavoro &amp; Formazione</b><span>Newsletter n. 14 · luglio 2026</span></div>
<h1>Formazione Continua, al via la Quarta Edizione: domande su Bandi e Servizi dal 13 luglio</h1>
<div class=cols><p>Con la DGR n° XII/6232 del 28 Maggio 2026 Regione Lombardia ha approvato la quarta edizione dell'Avviso per l'assegnazione
di voucher aziendali a catalogo per interventi di Formazione Continua, finanziato dal PR FSE+ 2021-2027 (CUP {CUP}).</p>
<p>Le imprese potranno presentare domanda dalle ore 12:00 del 13 luglio 2026 fino alle ore 17:00 del 31 marzo 2027, salvo esaurimento della
dotazione. Il voucher vale fino a 2.000 euro per lavoratore e fino a 50.000 euro per impresa; la quota pubblica è del 90%, 70% o 50% a
seconda della dimensione aziendale.</p>
<h3>Cosa serve per la domanda</h3><p>Oltre alla domanda generata dal sistema (Allegato A.1) vanno caricati la dichiarazione de minimis
(Allegato A.2.a), la certificazione IBAN, il certificato della polizza catastrofale, le schede di iscrizione dei partecipanti (Allegato A.4)
e, per i dipendenti, i codici delle comunicazioni obbligatorie (COB). Chi si avvale di un delegato allega l'incarico (Allegato A.3).</p>
<h3>E per la liquidazione</h3><p>Entro 80 giorni dalla fine del corso (agosto escluso) si presenta la domanda di liquidazione (Allegato A.6)
con la fattura recante la dicitura prevista, la ricevuta del bonifico in stato eseguito con CRO/TRN, l'estratto conto e il Libro Unico del
Lavoro dei mesi del corso; per part-time e turnisti servono anche le timbrature.</p>
<div class=box><b>Da sapere</b><br>Non è ammessa la procura agli operatori accreditati. La domanda va inviata almeno 72 ore prima dell'avvio
del corso. Le carte d'identità cartacee non sono valide dal 3 agosto 2026.</div>
<h3>Webinar</h3><p>Il 16 luglio alle 10:30 webinar di presentazione per imprese e consulenti, con la partecipazione di Unioncamere Lombardia.
Iscrizioni sul portale regionale.</p></div>"""
    return _neg("neg_newsletter_regionale", "Documento", NEWS_CSS, body, pages=1)


# 12 ----------------------------------------------------------------- CV
CV_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 8.6pt; margin: 0; display: grid; grid-template-columns: 55mm 1fr; gap: 6mm; }
aside { background: #f2f5f9; padding: 6px; font-size: 7.8pt; min-height: 260mm; }
aside h4 { color: #1f4e79; margin: 8px 0 2px; font-size: 8.4pt; }
h1 { font-size: 16pt; margin: 0; color: #1f4e79; }
h2 { font-size: 9.6pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin: 10px 0 4px; }
.it b { display: block; } .it span { color: #666; font-size: 7.6pt; }
.it { margin-bottom: 5px; }
"""


def neg_cv() -> Case:
    p = P.BRAMBATI.workers[0].p
    body = f"""<aside><h4>Contatti</h4>{esc(p.indirizzo)}<br>elena.colombo88@gmail.com<br>+39 347 221 9081
<h4>Dati personali</h4>Nata a {p.comune} il {d_it(p.nato)}<br>Nazionalità italiana<br>Patente di guida B
<h4>Lingue</h4>Italiano (madrelingua)<br>Inglese B2<br>Tedesco A2<h4>Competenze digitali</h4>SolidWorks, AutoCAD, Excel avanzato, SAP MM</aside>
<main><h1>{esc(p.full)}</h1><div>Curriculum vitae · Tecnica di ufficio tecnico meccanico</div>
<h2>Esperienza professionale</h2>
<div class=it><b>Addetta ufficio tecnico – {esc(P.BRAMBATI.ragione)}, Lecco</b><span>febbraio 2019 – oggi · contratto a tempo indeterminato</span><br>
Disegni costruttivi, distinte base, gestione modifiche di progetto, rapporti con i fornitori di lavorazioni conto terzi.</div>
<div class=it><b>Disegnatrice CAD – Studio Tecnico Redaelli, Merate</b><span>settembre 2012 – gennaio 2019</span><br>
Progettazione di attrezzature e stampi, messa in tavola, archiviazione tecnica.</div>
<h2>Istruzione e formazione</h2>
<div class=it><b>Diploma di perito industriale meccanico</b><span>ITIS «Badoni», Lecco · 2007</span></div>
<div class=it><b>Corso «Lettura del disegno tecnico e tolleranze geometriche (GD&amp;T)» – 32 ore</b><span>{esc(P.ATL.ragione)} · ottobre-novembre 2026
(in corso)</span></div><div class=it><b>Sicurezza sui luoghi di lavoro – formazione specifica rischio medio</b><span>2019, aggiornamento 2024</span></div>
<h2>Autorizzazione</h2><p style="font-size:7.4pt">Autorizzo il trattamento dei miei dati personali presenti nel CV ai sensi del D.Lgs. 196/2003 e
del Regolamento (UE) 2016/679.</p></main>"""
    return _neg("neg_cv_colombo", "Documento1", CV_CSS, body, pages=1)


# 13 ----------------------------------------------------------------- F24 receipt
F24_CSS = """
body { font-family: 'Liberation Sans'; font-size: 8.4pt; margin: 0; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #2e7d32; }
.hd b { font-size: 11pt; color: #2e7d32; }
h2 { font-size: 11pt; text-align: center; margin: 8px 0; }
table { width: 100%; border-collapse: collapse; margin: 4px 0; } th, td { border: 1px solid #999; padding: 2px 4px; }
th { background: #eef5ee; font-size: 7.4pt; } .r { text-align: right; }
"""


def neg_f24() -> Case:
    co = P.GERVASONI
    rows = [("ERARIO", "1001", "0008", "2026", "9.812,44"), ("ERARIO", "1040", "", "2026", "1.330,00"),
            ("INPS", "DM10", "1702", "08/2026", "14.227,18"), ("REGIONI", "3802", "0003", "2026", "402,15")]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td class=r>{f}</td></tr>" for a, b, c, e, f in rows)
    body = f"""<div class=hd><b>BCC dell'Adda e del Brembo · Banca online</b><span>Quietanza di pagamento</span></div>
<h2>QUIETANZA DI PAGAMENTO DELEGA F24</h2>
<table><tr><th>Contribuente</th><th>Codice fiscale</th><th>Conto di addebito</th></tr>
<tr><td>{esc(co.ragione)}</td><td>{co.piva}</td><td>{iban_groups(co.iban)}</td></tr></table>
<table><tr><th>Sezione</th><th>Codice tributo / causale</th><th>Rateazione / matricola</th><th>Periodo di riferimento</th><th class=r>Importo a debito €</th></tr>{trs}
<tr><td colspan=4 class=r><b>SALDO FINALE</b></td><td class=r><b>25.771,77</b></td></tr></table>
<table><tr><th>Data pagamento</th><th>Esito</th><th>Protocollo telematico</th><th>Codice identificativo</th></tr>
<tr><td>16/09/2026</td><td>Pagamento eseguito</td><td>26091612203318772</td><td>F24-0088-2026-7744123</td></tr></table>
<p style="font-size:7.4pt">La presente quietanza attesta l'avvenuto pagamento della delega con addebito sul conto indicato, ai sensi del D.Lgs.
241/1997. Conservare per eventuali controlli dell'Agenzia delle Entrate.</p>"""
    return _neg("neg_quietanza_f24_gervasoni", "Stampa", F24_CSS, body, pages=1)


# 14 ----------------------------------------------------------------- admission PEC
AMM_CSS = """
body { font-family: 'Liberation Sans'; font-size: 9.4pt; margin: 0 6mm; line-height: 1.4; }
.hd { border-bottom: 2px solid #00653b; color: #00653b; font-weight: bold; font-size: 12pt; padding-bottom: 3px; }
.hd span { display: block; font-size: 8pt; color: #333; font-weight: normal; }
table { border-collapse: collapse; margin: 6px 0; width: 100%; } td { border: 1px solid #bbb; padding: 3px 5px; }
p { text-align: justify; }
"""


def neg_ammissione() -> Case:
    c, co = P.C_PELLIZZARI, P.PELLIZZARI
    body = f"""<div class=hd>REGIONE LOMBARDIA<span>Direzione Generale Formazione e Lavoro – U.O. Sistema duale e filiera formativa</span></div>
<p style="text-align:right">Spett.le {esc(co.ragione)}<br>PEC {co.pec}</p>
<p>Protocollo E1.2026.0377412 del 22/09/2026</p>
<p><b>Oggetto: Avviso voucher aziendali a catalogo – Formazione Continua – Quarta Edizione. Comunicazione di ammissione al finanziamento.
ID domanda 5197805.</b></p>
<p>Si comunica che, a seguito dell'istruttoria, la domanda in oggetto è stata ammessa al finanziamento con decreto n. 14118 del 21/09/2026:</p>
<table><tr><td>ID voucher</td><td>{c.id_voucher}</td></tr><tr><td>ID edizione</td><td>{c.id_edizione}</td></tr>
<tr><td>Corso</td><td>{esc(c.titolo)}</td></tr><tr><td>Contributo concesso</td><td>€ {eur(c.pubblica)}</td></tr>
<tr><td>CUP</td><td>{CUP}</td></tr></table>
<p>Si ricorda che il percorso deve avere inizio entro 120 giorni dalla presente comunicazione e concludersi entro 120 giorni dalla data di
avvio. La domanda di liquidazione (Allegato A.6) dovrà essere presentata entro 80 giorni dalla conclusione, allegando la fattura con la
dicitura prevista, la ricevuta di bonifico eseguito, l'estratto conto, la certificazione IBAN e il LUL.</p>
<p>Distinti saluti.<br>Il Dirigente – documento firmato digitalmente ai sensi del D.Lgs. 82/2005</p>"""
    return _neg("neg_pec_ammissione_regione", "Documento", AMM_CSS, body, pages=1)


# 15 ----------------------------------------------------------------- course attendance register
REG_CSS = """
body { font-family: 'DejaVu Sans'; font-size: 7.8pt; margin: 0; }
.hd { display: flex; justify-content: space-between; background: #37474f; color: #fff; padding: 5px 8px; }
table { width: 100%; border-collapse: collapse; margin-top: 6px; } th, td { border: 1px solid #aaa; padding: 2px 3px; text-align: center; }
th { background: #eceff1; } td.l { text-align: left; }
"""


def neg_registro() -> Case:
    c = P.C_TICINO
    lessons = [d(2026, 11, 3), d(2026, 11, 5), d(2026, 11, 10), d(2026, 11, 12), d(2026, 11, 17), d(2026, 11, 19), d(2026, 11, 24)]
    heads = "".join(f"<th>{x:%d/%m}</th>" for x in lessons)
    r1 = "".join("<td>4,0 ✓</td>" for _ in lessons)
    r2 = "".join(f"<td>{'4,0 ✓' if i % 3 else '0,0'}</td>" for i, _ in enumerate(lessons))
    body = f"""<div class=hd><b>SIUF – Gestione Registro Studenti (GRS)</b><span>Edizione {c.id_edizione} · stato: validato</span></div>
<p>Operatore: {esc(c.provider.ragione)} (ID {c.provider.id_operatore}) · Corso: {esc(c.titolo)} · ID corso {c.id_corso} · {c.ore} ore ·
Sede: {esc(P.TICINO.addr)}</p>
<table><tr><th>Allievo</th><th>Codice fiscale</th>{heads}<th>Totale ore</th></tr>
<tr><td class=l>{c.partecipanti[0].upper}</td><td>{c.partecipanti[0].cf}</td>{r1}<td>{4 * len(lessons)},0</td></tr>
<tr><td class=l>{c.partecipanti[1].upper}</td><td>{c.partecipanti[1].cf}</td>{r2}<td>{4 * sum(1 for i in range(len(lessons)) if i % 3)},0</td></tr></table>
<p>✓ = presenza validata dall'allievo tramite FirmaLOM. Le ore riportate sono registrate dal docente entro le 24:00 del giorno lavorativo
successivo alla lezione e validate entro 4 giorni lavorativi. Estrazione parziale (lezioni di novembre).</p>"""
    return _neg("neg_registro_presenze_siuf", "Stampa", REG_CSS, body, landscape=True, pages=1)


# 16 ----------------------------------------------------------------- request for additional documents
INT_CSS = """
body { font-family: 'Liberation Serif'; font-size: 10.5pt; margin: 0 8mm; line-height: 1.45; }
.hd { font-family: 'Liberation Sans'; font-weight: bold; color: #8b0000; border-bottom: 1px solid #8b0000; }
ol li { margin: 4px 0; } p { text-align: justify; }
"""


def neg_integrazione() -> Case:
    co = P.MANTOVA_FOOD
    body = f"""<div class=hd>Unioncamere Lombardia – Ufficio Voucher Formazione</div>
<p>Milano, 02/02/2027 · Spett.le {esc(co.ragione)} – PEC {co.pec}</p>
<p><b>Oggetto: Formazione Continua – Quarta Edizione – domanda di liquidazione ID voucher {P.C_MANTOVA.id_voucher}. Richiesta di
integrazione documentale.</b></p>
<p>Dall'esame della documentazione presentata con la domanda di liquidazione risulta necessario acquisire quanto segue:</p>
<ol><li>ricevuta del bonifico di pagamento della fattura {P.INV_MANTOVA.numero} in stato «eseguito», recante il numero CRO/TRN: il documento
caricato è una distinta in attesa di firma e non costituisce quietanza;</li>
<li>estratto conto del periodo da cui risulti l'addebito dell'importo di € {eur(P.INV_MANTOVA.totale)} a favore del soggetto erogatore;</li>
<li>Libro Unico del Lavoro del mese di novembre 2026 per il partecipante.</li></ol>
<p>Le integrazioni devono pervenire entro e non oltre 15 giorni solari dalla data della presente richiesta, tramite la piattaforma Bandi e
Servizi. In mancanza, la domanda sarà istruita sulla base della documentazione agli atti.</p>
<p>Cordiali saluti<br>Il responsabile del procedimento</p>"""
    return _neg("neg_richiesta_integrazione_unioncamere", "Documento", INT_CSS, body, pages=1)


def cases() -> list[Case]:
    return [neg_calendario(), neg_attestato(), neg_durc(), neg_visura(), neg_preventivo(), neg_email(),
            neg_foglio_informativo(), neg_residenza(), neg_catalogo(), neg_inail(), neg_newsletter(), neg_cv(),
            neg_f24(), neg_ammissione(), neg_registro(), neg_integrazione()]
