# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Bank documents: IBAN certification letters, transfer receipts (executed and mere orders), account statements."""

from __future__ import annotations

import datetime as dt

from . import people as P
from .common import Case, D, d_it, d_long, doc, esc, eur, footer_tpl, iban_groups, iban_parts, plain

d = dt.date


def _causale(inv: P.Invoice) -> str:
    c = inv.corso
    return (f"Saldo fattura n. {inv.numero} del {d_it(inv.data)} - corso {c.titolo} - ID corso {c.id_corso} "
            f"ID voucher {c.id_voucher}")


# ============================================================================ certificazione IBAN

IBAN_CSS_1 = """
body { font-family: 'Liberation Serif'; font-size: 11pt; margin: 0 8mm; line-height: 1.45; }
.lh { display: flex; align-items: center; gap: 10px; border-bottom: 2px solid #1f3d7a; padding-bottom: 6px; }
.lh .mk { width: 46px; height: 46px; background: #1f3d7a; color: #fff; font: bold 17pt 'Liberation Sans';
  display: flex; align-items: center; justify-content: center; }
.lh .nm { font: bold 13pt 'Liberation Sans'; color: #1f3d7a; }
.lh .sm { font: 7.5pt 'Liberation Sans'; color: #555; }
.to { margin: 26px 0 20px 95mm; }
.ogg { font-weight: bold; margin: 14px 0; }
.iban { font-family: 'Liberation Mono'; font-size: 12pt; font-weight: bold; text-align: center; border: 1px solid #1f3d7a;
  padding: 6px; margin: 10px 20mm; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font: 6.8pt 'Liberation Sans'; color: #666; border-top: .5px solid #999;
  padding-top: 2px; }
p { text-align: justify; }
"""


def iban_lario_brambati() -> Case:
    co, b = P.BRAMBATI, P.B_LARIO
    body = f"""
<div class=lh><div class=mk>LB</div><div><div class=nm>Banca del Lario e della Brianza</div>
<div class=sm>{esc(b.filiale)} · Tel. 0341 270 611 · filiale.leccocentro@bancalario.it</div></div></div>
<div class=to>Spett.le<br><b>{esc(co.ragione)}</b><br>{esc(co.indirizzo)}<br>{co.cap} {co.comune} ({co.prov})</div>
<p>Lecco, {d_long(d(2026, 8, 24))}</p>
<p class=ogg>Oggetto: attestazione di titolarità del conto corrente e delle relative coordinate bancarie</p>
<p>Su Vostra richiesta, con la presente si attesta che la Società <b>{esc(co.ragione)}</b>, codice fiscale e partita
IVA {co.piva}, con sede legale in {esc(co.addr)}, è intestataria presso questa Filiale del rapporto di conto corrente
ordinario n. {co.conto[-8:]}, acceso in data 14/03/2011 e tuttora in essere, avente le seguenti coordinate:</p>
<div class=iban>IBAN {iban_groups(co.iban)}</div>
<p style="text-align:center">BIC/SWIFT: {b.bic}</p>
<p>Il rapporto non risulta cointestato. Soggetti autorizzati ad operare: {esc(co.legale.full)} (legale rappresentante).</p>
<p>La presente dichiarazione viene rilasciata per gli usi consentiti dalla legge, senza alcuna responsabilità né
garanzia da parte della Banca, ed in particolare per la presentazione della domanda di contributo a Regione Lombardia.</p>
<p style="margin-top:26px;margin-left:95mm">Distinti saluti<br><br>Banca del Lario e della Brianza S.p.A.<br>
Il Direttore di Filiale<br><i>Marco Spreafico</i></p>
<div class=foot>{esc(b.nome)} – Sede legale {esc(b.sede)} – Capitale sociale € 48.200.000,00 i.v. – Iscritta all'Albo delle
Banche al n. 5712 – Codice ABI {b.abi} – Aderente al Fondo Interbancario di Tutela dei Depositi – P.IVA 03991730130</div>
"""
    return Case("iban_lario_brambati_lettera", "certificazione_iban", doc("Documento", IBAN_CSS_1, body),
                {"iban": co.iban}, pages=1)


IBAN_CSS_2 = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; margin: 0; }
.top { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 4px solid #2e7d32; padding-bottom: 5px; }
.top .bcc { color: #2e7d32; font-weight: bold; font-size: 12pt; line-height: 1.15; }
.top .addr { text-align: right; font-size: 7.4pt; color: #444; }
h1 { font-size: 11pt; text-align: center; margin: 18px 0 10px; letter-spacing: 1px; }
table.parts { border-collapse: collapse; margin: 8px auto; }
table.parts th { font-size: 7pt; background: #e8f5e9; border: 1px solid #2e7d32; padding: 3px 8px; }
table.parts td { border: 1px solid #2e7d32; padding: 5px 8px; font-family: 'DejaVu Sans Mono'; font-size: 11pt; text-align: center; }
table.info { width: 100%; border-collapse: collapse; margin-top: 10px; }
table.info td { padding: 4px; border-bottom: 1px solid #ddd; }
table.info td:first-child { width: 34%; color: #555; }
p { text-align: justify; line-height: 1.45; }
.stamp { margin-top: 30px; display: flex; justify-content: flex-end; }
.stamp div { border: 2px solid #2e7d32; color: #2e7d32; padding: 8px 14px; transform: rotate(-4deg); font-size: 8pt; text-align: center; }
"""


def iban_bcc_valseriana() -> Case:
    co, b = P.VALSERIANA, P.B_BCC_ADDA
    parts = iban_parts(co.iban)
    body = f"""
<div class=top><div class=bcc>BCC dell'Adda<br>e del Brembo</div>
<div class=addr>{esc(b.nome)}<br>{esc(b.filiale)}, 24024 Gandino (BG)<br>Cod. ABI {b.abi} – BIC {b.bic}</div></div>
<h1>DICHIARAZIONE DI TITOLARITÀ DEL CONTO CORRENTE</h1>
<p>La sottoscritta Banca dichiara che il rapporto di conto corrente di seguito indicato è intestato a:</p>
<table class=info><tr><td>Intestatario</td><td><b>{esc(co.ragione)}</b></td></tr>
<tr><td>Codice fiscale / Partita IVA</td><td>{co.piva}</td></tr>
<tr><td>Sede</td><td>{esc(co.addr)}</td></tr>
<tr><td>Rapporto</td><td>Conto corrente ordinario imprese n. {co.conto.lstrip('0')}</td></tr>
<tr><td>Data apertura</td><td>02/05/1998</td></tr>
<tr><td>Stato del rapporto</td><td>Attivo</td></tr></table>
<p>Coordinate bancarie internazionali (IBAN):</p>
<table class=parts><tr><th>PAESE</th><th>CIN EUR</th><th>CIN</th><th>ABI</th><th>CAB</th><th>NUMERO CONTO</th></tr>
<tr><td>{parts['paese']}</td><td>{parts['check']}</td><td>{parts['cin']}</td><td>{parts['abi']}</td><td>{parts['cab']}</td>
<td>{parts['conto']}</td></tr></table>
<p>Si rilascia la presente a richiesta dell'interessato per gli usi consentiti (presentazione di domanda di contributo
pubblico). La Banca non assume alcuna responsabilità per l'uso che ne verrà fatto.</p>
<p>Gandino, 19/08/2026</p>
<div class=stamp><div>BCC DELL'ADDA E DEL BREMBO<br>FILIALE DI GANDINO<br>— il preposto —</div></div>
"""
    return Case("iban_bcc_valseriana_coordinate_in_tabella", "certificazione_iban",
                doc("Documento", IBAN_CSS_2, body), {"iban": co.iban}, pages=1)


IBAN_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; margin: 0; color: #1b1b2f; }
.card { border-radius: 14px; border: 1px solid #d0d4e4; padding: 16px 18px; margin-top: 10px; }
.brand { display: flex; align-items: center; gap: 8px; font-weight: bold; font-size: 13pt; color: #5b3cc4; }
.brand .dot { width: 22px; height: 22px; border-radius: 6px; background: linear-gradient(135deg, #5b3cc4, #00b3a4); }
h1 { font-size: 14pt; margin: 14px 0 2px; }
.muted { color: #6b6f85; font-size: 8pt; }
.kv { display: grid; grid-template-columns: 150px 1fr; row-gap: 7px; margin-top: 12px; }
.kv span:nth-child(odd) { color: #6b6f85; }
.iban { font-family: 'DejaVu Sans Mono'; font-size: 12pt; letter-spacing: .5px; }
.ok { background: #e9f8f1; color: #0a7a4b; padding: 8px 10px; border-radius: 8px; margin-top: 14px; font-size: 8.4pt; }
.qr { width: 70px; height: 70px; background: repeating-linear-gradient(90deg, #000 0 3px, #fff 3px 6px),
  repeating-linear-gradient(0deg, #000 0 3px, #fff 3px 6px); background-blend-mode: multiply; float: right; }
"""


def iban_padana_pellizzari() -> Case:
    co, b = P.PELLIZZARI, P.B_PADANA
    body = f"""
<div class=brand><span class=dot></span>Banca Padana Digitale</div>
<div class=card><div class=qr></div>
<div class=muted>Documento generato dall'app il 20/08/2026 alle 09:14 · codice verifica BPD-7H2K-91QX</div>
<h1>Certificato di titolarità del conto</h1>
<div class=muted>Il presente documento attesta le coordinate del conto e il suo titolare. Generato elettronicamente,
non necessita di firma autografa.</div>
<div class=kv>
<span>Titolare</span><span><b>{esc(co.ragione)}</b></span>
<span>Codice fiscale</span><span>{co.piva}</span>
<span>Tipo conto</span><span>Conto Business Plus</span>
<span>IBAN</span><span class=iban>{iban_groups(co.iban)}</span>
<span>BIC</span><span>{b.bic}</span>
<span>Intestato dal</span><span>07/02/2019</span>
<span>Persone delegate</span><span>{esc(co.legale.full)} (rappresentante legale)</span>
</div>
<div class=ok>✓ Conto attivo e abilitato alla ricezione di bonifici SEPA e bonifici istantanei.</div></div>
<p class=muted style="margin-top:14px">{esc(b.nome)} · {esc(b.sede)} · Capitale sociale € 22.000.000 i.v. · Albo delle
Banche n. 8120 · Gruppo bancario Padana Digitale · Aderente al Fondo Interbancario di Tutela dei Depositi.</p>
"""
    return Case("iban_padana_pellizzari_app", "certificazione_iban", doc("Banca Padana Digitale", IBAN_CSS_3, body),
                {"iban": co.iban}, pages=1)


IBAN_CSS_4 = """
body { font-family: 'Liberation Sans'; font-size: 10pt; margin: 0 6mm; }
.hdr { text-align: center; border-bottom: 1px solid #7a5c1e; padding-bottom: 4px; }
.hdr b { font-family: 'Liberation Serif'; font-size: 16pt; color: #7a5c1e; letter-spacing: 1px; }
.hdr div { font-size: 7.5pt; color: #444; }
.prot { font-size: 8pt; margin: 10px 0; }
h2 { font-size: 11pt; text-align: center; text-decoration: underline; }
p { text-align: justify; line-height: 1.5; }
table { border-collapse: collapse; margin: 6px 0 6px 12mm; }
td { padding: 2px 10px 2px 0; }
"""


def iban_lodigiana_cerri() -> Case:
    co, b = P.CERRI, P.B_LODI
    body = f"""
<div class=hdr><b>BANCA AGRICOLA LODIGIANA</b><div>Società per Azioni · {esc(b.sede)} · ABI {b.abi}</div></div>
<div class=prot>Prot. n. 2026/FIL203/00917 &nbsp;&nbsp; Lodi, 02/09/2026</div>
<h2>ATTESTAZIONE</h2>
<p>Si attesta che presso la nostra {esc(b.filiale)} è in essere il conto corrente n. 407735 intestato a:</p>
<table><tr><td>Ragione sociale:</td><td><b>{esc(co.ragione.upper())}</b></td></tr>
<tr><td>Partita IVA:</td><td>{co.piva}</td></tr><tr><td>Indirizzo:</td><td>{esc(co.addr)}</td></tr></table>
<p>le cui coordinate bancarie sono:</p>
<table><tr><td>IBAN:</td><td><b>{co.iban}</b></td></tr><tr><td>BIC:</td><td>{b.bic}</td></tr></table>
<p>Il rapporto è regolato dalle condizioni contrattuali in vigore. La presente attestazione è rilasciata su richiesta
del cliente e non costituisce referenza bancaria né attestazione di solvibilità.</p>
<p style="margin-top:30px">BANCA AGRICOLA LODIGIANA S.p.A.<br>Filiale di Lodi Città<br>(firma autorizzata)</p>
"""
    return Case("iban_lodigiana_cerri_attestazione", "certificazione_iban", doc("Documento", IBAN_CSS_4, body),
                {"iban": co.iban}, pages=1)


# ============================================================================ transfer receipts

RB_CSS_1 = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0; }
.nav { background: #1f3d7a; color: #fff; padding: 6px 10px; display: flex; justify-content: space-between; font-size: 8pt; }
.nav b { font-size: 11pt; }
.crumb { font-size: 7.5pt; color: #666; margin: 6px 0; }
h1 { font-size: 13pt; margin: 4px 0 8px; color: #1f3d7a; }
.status { display: inline-block; background: #e3f3e6; color: #17692a; border: 1px solid #17692a; border-radius: 3px;
  padding: 2px 8px; font-weight: bold; font-size: 8.5pt; }
.panel { border: 1px solid #c5cde0; margin-top: 10px; }
.panel .h { background: #eef2fa; padding: 4px 8px; font-weight: bold; color: #1f3d7a; }
.row { display: grid; grid-template-columns: 190px 1fr; padding: 3px 8px; border-top: 1px solid #eef; }
.row span:first-child { color: #555; }
.amt { font-size: 14pt; font-weight: bold; }
.fine { font-size: 7pt; color: #777; margin-top: 14px; }
"""


def rb_lario_brambati() -> Case:
    inv, co = P.INV_BRAMBATI, P.BRAMBATI
    pr = inv.corso.provider
    body = f"""
<div class=nav><b>Lario Business</b><span>{esc(co.ragione)} · utente GBRAMBATI01 · 10/12/2026 10:22</span></div>
<div class=crumb>Pagamenti › Bonifici › Storico disposizioni › Dettaglio</div>
<h1>Dettaglio bonifico SEPA</h1>
<span class=status>ESEGUITO</span>
<div class=panel><div class=h>Ordinante</div>
<div class=row><span>Intestatario conto</span><span>{esc(co.ragione.upper())}</span></div>
<div class=row><span>Conto di addebito</span><span>{iban_groups(co.iban)}</span></div>
<div class=row><span>Banca</span><span>{esc(P.B_LARIO.nome)} – {esc(P.B_LARIO.filiale.split(',')[0])}</span></div></div>
<div class=panel><div class=h>Beneficiario</div>
<div class=row><span>Nome</span><span>{esc(pr.ragione)}</span></div>
<div class=row><span>IBAN</span><span>{iban_groups(pr.iban)}</span></div>
<div class=row><span>Banca del beneficiario</span><span>{esc(pr.bank.nome)} – BIC {pr.bank.bic}</span></div></div>
<div class=panel><div class=h>Operazione</div>
<div class=row><span>Importo</span><span class=amt>€ {eur(inv.totale)}</span></div>
<div class=row><span>Commissioni</span><span>€ 1,25</span></div>
<div class=row><span>Data inserimento</span><span>10/12/2026 10:19</span></div>
<div class=row><span>Data esecuzione</span><span>10/12/2026</span></div>
<div class=row><span>Data valuta beneficiario</span><span>11/12/2026</span></div>
<div class=row><span>Causale</span><span>{esc(_causale(inv))}</span></div>
<div class=row><span>TRN</span><span>{P.TRN_BRAMBATI}</span></div>
<div class=row><span>Identificativo disposizione</span><span>LB-SCT-2026-0019934</span></div></div>
<p class=fine>La presente stampa riporta i dati dell'operazione come registrati nei sistemi della Banca alla data di
stampa. Per eventuali contestazioni rivolgersi alla propria filiale.</p>
"""
    return Case("rb_lario_brambati_eseguito", "ricevuta_bonifico", doc("Lario Business", RB_CSS_1, body),
                {"status": "eseguito", "trn": P.TRN_BRAMBATI, "amount": plain(inv.totale)}, pages=1)


RB_CSS_2 = """
body { font-family: 'Liberation Mono'; font-size: 8.8pt; margin: 0 4mm; }
.bank { font-family: 'Liberation Sans'; font-weight: bold; font-size: 12pt; }
.bank small { display: block; font-weight: normal; font-size: 7.5pt; }
.box { border: 1px solid #000; padding: 6px; margin-top: 8px; }
.t { text-align: center; font-family: 'Liberation Sans'; font-weight: bold; font-size: 10pt; margin: 10px 0 4px; }
pre { font-family: 'Liberation Mono'; font-size: 8.6pt; margin: 0; white-space: pre-wrap; }
"""


def rb_pavese_ticino() -> Case:
    inv, co = P.INV_TICINO, P.TICINO
    pr = inv.corso.provider
    b = P.B_PAVESE
    caus = (f"FATTURA {inv.numero} DEL {d_it(inv.data)} CORSO EXCEL AVANZATO E POWER BI PER LA LOGISTICA ID CORSO "
            f"{inv.corso.id_corso} VOUCHER {inv.corso.id_voucher}")
    body = f"""
<div class=bank>CREDITO PAVESE S.p.A.<small>{esc(b.filiale)} – ABI {b.abi} CAB {b.cab}</small></div>
<div class=t>CONTABILE DI ADDEBITO – BONIFICO IN USCITA</div>
<div class=box><pre>
SPETT.LE                       {co.ragione.upper()}
                               {co.indirizzo.upper()}
                               {co.cap} {co.comune.upper()} {co.prov}

VI INFORMIAMO CHE IN DATA {d_it(d(2027, 1, 11))} ABBIAMO ESEGUITO, PER VOSTRO ORDINE E CONTO,
IL SEGUENTE BONIFICO SEPA CREDIT TRANSFER:

ORDINANTE ..........: {co.ragione.upper()}
C.F. ORDINANTE .....: {co.piva}
CONTO ADDEBITATO ...: {co.iban}
BENEFICIARIO .......: {pr.ragione.upper()}
IBAN BENEFICIARIO ..: {pr.iban}
BIC BANCA BENEF. ...: {pr.bank.bic}
IMPORTO ............: EUR {eur(inv.totale)}
SPESE ..............: EUR 2,50
TOTALE ADDEBITATO ..: EUR {eur(inv.totale + D('2.50'))}
DATA ESECUZIONE ....: {d_it(d(2027, 1, 11))}        VALUTA ADDEBITO: {d_it(d(2027, 1, 11))}
DATA REGOLAMENTO ...: {d_it(d(2027, 1, 12))}
T.R.N. .............: {P.TRN_TICINO}
CAUSALE ............: {caus}
</pre></div>
<p style="font-family:'Liberation Sans';font-size:7.5pt">Documento emesso ai sensi delle condizioni del contratto di conto
corrente. Conservare a cura del cliente. Esito operazione: regolarmente eseguita e addebitata sul conto indicato.</p>
"""
    return Case("rb_pavese_ticino_contabile_host", "ricevuta_bonifico", doc("Stampa", RB_CSS_2, body),
                {"status": "eseguito", "trn": P.TRN_TICINO, "amount": plain(inv.totale)}, pages=1)


RB_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 8.6pt; margin: 0; }
.logo { display: flex; justify-content: space-between; align-items: center; }
.logo b { color: #b71c1c; font-size: 11pt; }
h2 { font-size: 10pt; margin: 10px 0 4px; text-align: center; background: #f5f5f5; padding: 5px; }
.esito { text-align: center; font-weight: bold; color: #1b5e20; margin: 6px; }
table { width: 100%; border-collapse: collapse; }
td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; width: 50%; }
td small { display: block; color: #777; font-size: 6.8pt; text-transform: uppercase; }
"""


def rb_bcc_idrotermica() -> Case:
    inv, co = P.INV_IDROTERMICA, P.IDROTERMICA
    pr = inv.corso.provider
    body = f"""
<div class=logo><b>Cassa Rurale della Bassa Bresciana</b><span style="font-size:7.5pt">Home Banking Imprese – stampa ricevuta</span></div>
<h2>RICEVUTA DI BONIFICO</h2>
<div class=esito>Esito: operazione eseguita correttamente</div>
<table>
<tr><td><small>Ordinante</small>{esc(co.ragione)}<br>{esc(co.addr)}</td><td><small>Banca ordinante</small>{esc(P.B_BCC_BASSA.nome)}<br>{esc(P.B_BCC_BASSA.filiale)}</td></tr>
<tr><td><small>Conto di addebito</small>{co.iban}</td><td><small>Data e ora esecuzione</small>15/12/2026 ore 15:47:21</td></tr>
<tr><td><small>Beneficiario</small>{esc(pr.ragione)}</td><td><small>IBAN beneficiario</small>{pr.iban}</td></tr>
<tr><td><small>Importo</small>€ {eur(inv.totale)}</td><td><small>Tipo bonifico</small>SEPA ordinario – valuta 16/12/2026</td></tr>
<tr><td><small>CRO</small>{P.CRO_IDROTERMICA}</td><td><small>TRN</small>{P.TRN_IDROTERMICA}</td></tr>
<tr><td colspan=2><small>Descrizione / causale</small>PAGAMENTO FT. {inv.numero} DEL {d_it(inv.data)} – VOUCHER FORMAZIONE CONTINUA
ID {inv.corso.id_voucher} – CORSO "{esc(inv.corso.titolo.upper())}"</td></tr>
</table>
<p style="font-size:7pt;color:#666">Ricevuta generata il 15/12/2026 alle 15:48. Il numero CRO/TRN identifica in modo univoco l'operazione
nel circuito interbancario.</p>
"""
    return Case("rb_bcc_idrotermica_cro_trn", "ricevuta_bonifico", doc("Home Banking Imprese", RB_CSS_3, body),
                {"status": "eseguito", "trn": P.TRN_IDROTERMICA, "amount": plain(inv.totale)}, pages=1)


RB_CSS_4 = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; margin: 0; display: flex; justify-content: center; }
.phone { width: 84mm; border: 1px solid #ccc; border-radius: 16px; padding: 14px 12px; background: #fafafa; }
.bar { display: flex; justify-content: space-between; font-size: 7pt; color: #555; }
.check { width: 44px; height: 44px; border-radius: 50%; background: #1aa260; color: #fff; font-size: 24pt; text-align: center;
  line-height: 44px; margin: 14px auto 6px; }
.big { text-align: center; font-size: 16pt; font-weight: bold; }
.c { text-align: center; color: #444; font-size: 8pt; }
.li { border-top: 1px solid #e5e5e5; padding: 5px 0; }
.li span { display: block; color: #888; font-size: 7pt; }
"""


def rb_comasca_riva_istantaneo() -> Case:
    inv, co = P.INV_RIVA, P.RIVA
    pr = inv.corso.provider
    body = f"""<div class=phone>
<div class=bar><span>10:41</span><span>BCR Mobile</span><span>▮▮▮ 78%</span></div>
<div class=check>✓</div>
<div class=big>€ {eur(inv.totale)}</div>
<div class=c>Bonifico istantaneo completato<br>accreditato al beneficiario in 8 secondi</div>
<div class=li><span>A</span>{esc(pr.ragione)}<br>{iban_groups(pr.iban)}</div>
<div class=li><span>Da</span>{esc(co.ragione)}<br>Conto {iban_groups(co.iban)}<br>{esc(P.B_COMASCA.nome)}</div>
<div class=li><span>Causale</span>Ft {inv.numero} corso HACCP allergeni ID {inv.corso.id_corso}</div>
<div class=li><span>Data</span>13 novembre 2026, 10:41</div>
<div class=li><span>Stato</span>Eseguito</div>
<div class=li><span>Codice TRN</span>{P.TRN_RIVA}</div>
<div class=li><span>Commissioni</span>€ 0,00</div>
<div class=c style="margin-top:8px">Condividi ricevuta · Salva PDF</div></div>
"""
    return Case("rb_comasca_riva_app_istantaneo", "ricevuta_bonifico", doc("BCR Mobile", RB_CSS_4, body),
                {"status": "eseguito", "trn": P.TRN_RIVA, "amount": plain(inv.totale)}, pages=1)


RB_CSS_5 = """
body { font-family: 'Liberation Sans'; font-size: 8.6pt; margin: 0; }
.h { display: flex; justify-content: space-between; border-bottom: 2px solid #00707a; padding-bottom: 4px; }
.h b { color: #00707a; font-size: 11pt; }
.warn { margin: 8px 0; background: #fff4e0; border: 1px solid #e39b00; padding: 6px; }
table { width: 100%; border-collapse: collapse; margin-top: 6px; }
th { background: #e0f0f1; text-align: left; padding: 3px; font-size: 7.6pt; }
td { border-bottom: 1px solid #ccc; padding: 3px; vertical-align: top; }
.r { text-align: right; }
.sig { margin-top: 10px; }
.sig td { border: 1px solid #999; }
"""


def rb_mincio_mantova_attesa_firma() -> Case:
    inv, co = P.INV_MANTOVA, P.MANTOVA_FOOD
    pr = inv.corso.provider
    body = f"""
<div class=h><b>Mincio Corporate Banking</b><span>Azienda: {esc(co.ragione)} – Codice SIA C7M21</span></div>
<h3 style="margin:8px 0 2px">Distinta bonifici n. 000318 – riepilogo</h3>
<div class=warn><b>Stato distinta: in attesa di firma</b> (firme acquisite 1 di 2). La distinta non è ancora stata inviata
alla banca: verrà eseguita solo al completamento delle firme richieste dallo schema di poteri.</div>
<table><tr><th>Conto di addebito</th><th>Banca</th><th>Data esecuzione richiesta</th><th>N. disposizioni</th><th class=r>Totale €</th></tr>
<tr><td>{co.iban}</td><td>{esc(P.B_MINCIO.nome)}</td><td>16/12/2026</td><td>1</td><td class=r>{eur(inv.totale)}</td></tr></table>
<table><tr><th>#</th><th>Beneficiario</th><th>IBAN</th><th>Causale</th><th class=r>Importo €</th><th>Esito</th></tr>
<tr><td>1</td><td>{esc(pr.ragione)}</td><td>{pr.iban}</td><td>{esc(_causale(inv))}</td><td class=r>{eur(inv.totale)}</td>
<td>Da autorizzare</td></tr></table>
<table class=sig><tr><th>Firmatario</th><th>Ruolo</th><th>Data firma</th></tr>
<tr><td>{esc(co.legale.full)}</td><td>Amministratore unico</td><td>15/12/2026 18:02</td></tr>
<tr><td>Elisa Mortara</td><td>Responsabile amministrativo</td><td>—</td></tr></table>
<p style="font-size:7.2pt;color:#555">Stampa del 15/12/2026 18:03. Il presente riepilogo non costituisce quietanza di
pagamento. TRN e CRO saranno disponibili dopo l'esecuzione.</p>
"""
    return Case("rb_mincio_mantova_in_attesa_di_firma", "ricevuta_bonifico", doc("Mincio Corporate Banking", RB_CSS_5, body),
                {"status": "ordine", "amount": plain(inv.totale)}, pages=1)


RB_CSS_6 = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; margin: 0; }
.top { background: #263238; color: #fff; padding: 8px 12px; }
.top b { font-size: 12pt; }
.badge { display: inline-block; background: #1565c0; color: #fff; border-radius: 10px; padding: 1px 10px; font-size: 8pt; }
h1 { font-size: 13pt; margin: 12px 0 4px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 20px; margin-top: 10px; }
.grid div span { display: block; font-size: 7pt; color: #607d8b; text-transform: uppercase; }
.note { margin-top: 14px; font-size: 7.8pt; color: #455a64; border-top: 1px solid #cfd8dc; padding-top: 5px; }
"""


def rb_insubrica_varese_programmato() -> Case:
    inv, co = P.INV_VARESE, P.VARESE_PLAST
    pr = inv.corso.provider
    body = f"""
<div class=top><b>Banca Insubrica</b> · Insubrica Online Business</div>
<h1>Ricevuta di inserimento – bonifico con data futura</h1>
<span class=badge>Pagamento programmato</span>
<div class=grid>
<div><span>Ordinante</span>{esc(co.ragione)}</div><div><span>Conto</span>{iban_groups(co.iban)}</div>
<div><span>Beneficiario</span>{esc(pr.ragione)}</div><div><span>IBAN beneficiario</span>{iban_groups(pr.iban)}</div>
<div><span>Importo</span>€ {eur(inv.totale)}</div><div><span>Data inserimento</span>04/12/2026</div>
<div><span>Data di esecuzione prevista</span>31/12/2026</div><div><span>Stato</span>Programmato – non ancora eseguito</div>
<div style="grid-column: span 2"><span>Causale</span>{esc(_causale(inv))}</div>
<div><span>Numero ordine</span>PRG-26-0070183</div><div><span>Revocabile fino al</span>30/12/2026 ore 23:59</div>
</div>
<p class=note>L'ordine sarà eseguito alla data indicata se il conto presenterà disponibilità sufficiente. Il codice TRN sarà
assegnato al momento dell'esecuzione e sarà visibile nella lista movimenti.</p>
"""
    return Case("rb_insubrica_varese_programmato", "ricevuta_bonifico", doc("Insubrica Online Business", RB_CSS_6, body),
                {"status": "ordine", "amount": plain(inv.totale)}, pages=1)


# ============================================================================ account statements

EC_CSS_1 = """
body { font-family: 'Liberation Sans'; font-size: 8.4pt; margin: 0; }
.head { display: grid; grid-template-columns: 1fr 1fr; }
.head .b { font-weight: bold; color: #1f3d7a; font-size: 11pt; }
.addr { border: 1px solid #999; padding: 6px; margin-left: 20mm; }
h1 { font-size: 11pt; margin: 10px 0 2px; }
.meta { display: grid; grid-template-columns: repeat(4, 1fr); border: 1px solid #1f3d7a; margin: 6px 0; }
.meta div { padding: 3px 5px; border-right: 1px solid #ccd; } .meta span { display: block; font-size: 6.8pt; color: #667; }
table.mov { width: 100%; border-collapse: collapse; }
table.mov thead th { background: #1f3d7a; color: #fff; padding: 3px; font-size: 7.5pt; text-align: left; }
table.mov td { padding: 3px; border-bottom: 1px solid #ddd; vertical-align: top; }
table.mov td.desc { width: 52%; }
.r { text-align: right; white-space: nowrap; }
.pb { page-break-before: always; }
.tot td { font-weight: bold; background: #eef2fa; }
"""


def _ec_rows(rows: list[tuple[str, str, str, str, str]]) -> str:
    out = []
    for dc, dv, desc, dare, avere in rows:
        out.append(f"<tr><td>{dc}</td><td>{dv}</td><td class=desc>{desc}</td><td class=r>{dare}</td><td class=r>{avere}</td></tr>")
    return "".join(out)


def ec_lario_brambati() -> Case:
    co, inv = P.BRAMBATI, P.INV_BRAMBATI
    pr = inv.corso.provider
    r1 = [
        ("01/10/2026", "30/09/2026", "SALDO INIZIALE", "", "184.215,33"),
        ("02/10/2026", "02/10/2026", "ADDEBITO SDD CORE ENEL ENERGIA SPA MANDATO IT77ZZZ0000000000000 FATT. 0042118802", "3.118,40", ""),
        ("05/10/2026", "05/10/2026", "BONIFICO A VOSTRO FAVORE DA TORNERIA ADDA SNC CAUS: SALDO FT 311/2026", "", "12.688,00"),
        ("12/10/2026", "12/10/2026", "PAGAMENTO F24 DELEGA TELEMATICA PROT. 2610121104558", "21.442,17", ""),
        ("27/10/2026", "27/10/2026", "DISPOSIZIONE STIPENDI OTTOBRE 2026 N. 34 BONIFICI", "58.930,12", ""),
        ("31/10/2026", "31/10/2026", "RICEVUTE BANCARIE SBF INCASSATE DISTINTA 1022", "", "46.110,75"),
        ("04/11/2026", "04/11/2026", "BONIFICO A VOSTRO FAVORE DA OFFICINE MERONI SPA CAUS: FT 322 E 329/2026", "", "18.402,20"),
        ("16/11/2026", "16/11/2026", "PAGAMENTO F24 DELEGA TELEMATICA PROT. 2611161108812", "19.870,40", ""),
        ("26/11/2026", "26/11/2026", "DISPOSIZIONE STIPENDI NOVEMBRE 2026 N. 34 BONIFICI", "59.214,88", ""),
        ("30/11/2026", "30/11/2026", "RICEVUTE BANCARIE SBF INCASSATE DISTINTA 1039", "", "52.876,10"),
    ]
    desc = (f"BONIFICO SEPA A FAVORE DI {pr.ragione.upper()} IBAN {pr.iban} CAUS: "
            f"{_causale(inv).upper()} TRN {P.TRN_BRAMBATI}")
    r2 = [
        ("10/12/2026", "10/12/2026", desc, eur(inv.totale), ""),
        ("10/12/2026", "10/12/2026", "COMMISSIONI BONIFICO SEPA INTERNET BANKING", "1,25", ""),
        ("15/12/2026", "15/12/2026", "PAGAMENTO F24 DELEGA TELEMATICA PROT. 2612151103376", "20.118,05", ""),
        ("18/12/2026", "18/12/2026", "DISPOSIZIONE STIPENDI E TREDICESIME DICEMBRE 2026 N. 34 BONIFICI", "101.377,60", ""),
        ("22/12/2026", "22/12/2026", "BONIFICO A VOSTRO FAVORE DA MECCANICA VALSASSINA SRL CAUS: ACCONTO ORDINE 88/26", "", "30.000,00"),
        ("31/12/2026", "31/12/2026", "COMPETENZE DI CHIUSURA AL 31/12/2026 – VEDI DETTAGLIO", "146,70", ""),
        ("31/12/2026", "31/12/2026", "IMPOSTA DI BOLLO E/C D.L. 201/2011 PERIODO 01/10/2026-31/12/2026", "25,00", ""),
    ]
    thead = "<thead><tr><th>Data contabile</th><th>Data valuta</th><th>Descrizione operazione</th><th class=r>Dare</th><th class=r>Avere</th></tr></thead>"
    body = f"""
<div class=head><div><div class=b>Banca del Lario e della Brianza</div>{esc(P.B_LARIO.filiale)}</div>
<div class=addr>{esc(co.ragione.upper())}<br>{esc(co.indirizzo.upper())}<br>{co.cap} {co.comune.upper()} {co.prov}</div></div>
<h1>ESTRATTO CONTO CORRENTE</h1>
<div class=meta><div><span>Periodo</span>01/10/2026 – 31/12/2026</div><div><span>Conto n.</span>{co.conto[-8:]}</div>
<div><span>IBAN</span>{co.iban}</div><div><span>Divisa</span>EUR</div></div>
<table class=mov>{thead}<tbody>{_ec_rows(r1)}</tbody></table>
<p style="text-align:right;font-size:7.5pt">segue ›</p>
<div class=pb></div>
<div class=meta><div><span>Intestatario</span>{esc(co.ragione)}</div><div><span>Conto n.</span>{co.conto[-8:]}</div>
<div><span>Periodo</span>01/10/2026 – 31/12/2026</div><div><span>Foglio</span>2</div></div>
<table class=mov>{thead}<tbody>{_ec_rows(r2)}
<tr class=tot><td colspan=3>SALDO FINALE AL 31/12/2026</td><td></td><td class=r>{eur(D("184215.33") - D('3118.40') + D('12688.00') - D('21442.17') - D('58930.12') + D('46110.75') + D('18402.20') - D('19870.40') - D('59214.88') + D('52876.10') - inv.totale - D('1.25') - D('20118.05') - D('101377.60') + D('30000.00') - D('146.70') - D('25.00'))}</td></tr>
</tbody></table>
<p style="font-size:7pt;color:#555">Eventuali reclami relativi all'estratto conto devono pervenire entro 60 giorni dal ricevimento.
In assenza di opposizione scritta l'estratto conto si intende approvato (art. 1832 c.c.).</p>
"""
    return Case("ec_lario_brambati_trimestrale", "estratto_conto", doc("Documento", EC_CSS_1, body),
                {"iban": co.iban, "amount": plain(inv.totale), "trn": P.TRN_BRAMBATI}, pages=2,
                footer=footer_tpl("Banca del Lario e della Brianza S.p.A. – estratto conto n. 4/2026", font="Liberation Sans"))


EC_CSS_2 = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 7.6pt; margin: 0; }
.t { display: flex; justify-content: space-between; align-items: baseline; }
.t b { font-size: 10pt; }
.f { font-size: 7pt; color: #555; margin: 3px 0 6px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { border-bottom: 1.5px solid #000; text-align: left; padding: 2px; }
td { border-bottom: .5px solid #bbb; padding: 2px; vertical-align: top; word-wrap: break-word; }
.r { text-align: right; }
col.c1 { width: 16mm; } col.c2 { width: 16mm; } col.c4 { width: 22mm; } col.c5 { width: 22mm; } col.c6 { width: 36mm; }
"""


def ec_pavese_ticino() -> Case:
    co, inv = P.TICINO, P.INV_TICINO
    pr = inv.corso.provider
    rows = [
        ("02/01/2027", "02/01/2027", "Bonifico a Vostro favore – Ord: Lombarda Carni S.p.A. – Caus: Fattura 1987/2026", "", "24.480,00", "Bonifici"),
        ("05/01/2027", "05/01/2027", "Addebito diretto SDD – A2A Energia S.p.A. – fattura 620117349", "4.228,61", "", "Utenze"),
        ("08/01/2027", "08/01/2027", "Pagamento carta aziendale ****4412 – Autogrill Dorno", "38,40", "", "Carte"),
        ("11/01/2027", "11/01/2027",
         f"Bonifico SEPA in uscita – Benef: {pr.ragione} – IBAN {pr.iban} – Caus: Fattura {inv.numero} del "
         f"{d_it(inv.data)} corso Excel avanzato e Power BI per la logistica ID corso {inv.corso.id_corso} voucher "
         f"{inv.corso.id_voucher} – TRN {P.TRN_TICINO}", eur(inv.totale), "", "Bonifici"),
        ("11/01/2027", "11/01/2027", "Commissioni bonifico allo sportello", "2,50", "", "Commissioni"),
        ("14/01/2027", "14/01/2027", "Incasso RIBA n. 18 effetti – distinta 2027/001", "", "61.904,22", "Incassi"),
        ("16/01/2027", "16/01/2027", "F24 – delega n. 0000117 – Erario, INPS, Regioni", "17.551,09", "", "Imposte"),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{esc(c)}</td><td class=r>{dd}</td><td class=r>{e}</td><td>{f}</td></tr>"
                  for a, b, c, dd, e, f in rows)
    body = f"""
<div class=t><b>Credito Pavese · Lista movimenti conto corrente</b><span>Esportazione del 18/01/2027 09:12</span></div>
<div class=f>Rapporto: {esc(co.ragione)} · IBAN {iban_groups(co.iban)} · Filtro: dal 01/01/2027 al 18/01/2027 · Tutti i movimenti contabilizzati</div>
<table><colgroup><col class=c1><col class=c2><col><col class=c4><col class=c5><col class=c6></colgroup>
<tr><th>Data contabile</th><th>Data valuta</th><th>Descrizione</th><th class=r>Uscite €</th><th class=r>Entrate €</th><th>Categoria</th></tr>
{trs}</table>
<p class=f>Saldo contabile al 18/01/2027: € 148.336,12 · Saldo disponibile: € 146.902,50. I movimenti del giorno potrebbero non
essere ancora contabilizzati.</p>
"""
    return Case("ec_pavese_ticino_lista_movimenti", "estratto_conto", doc("Credito Pavese", EC_CSS_2, body),
                {"iban": co.iban, "amount": plain(inv.totale), "trn": P.TRN_TICINO}, landscape=True, pages=1,
                margin={"top": "10mm", "bottom": "10mm", "left": "10mm", "right": "10mm"})


EC_CSS_3 = """
body { font-family: 'Liberation Mono'; font-size: 8pt; margin: 0; }
.hd { font-family: 'Liberation Sans'; display: flex; justify-content: space-between; }
.hd b { font-size: 10pt; }
pre { font-family: 'Liberation Mono'; font-size: 7.8pt; line-height: 1.3; margin: 6px 0; }
.rule { border-top: 1px dashed #000; }
"""


def ec_bcc_idrotermica() -> Case:
    co, inv = P.IDROTERMICA, P.INV_IDROTERMICA
    pr = inv.corso.provider

    def line(dc: str, dv: str, desc: list[str], dare: str, avere: str) -> str:
        first = f"{dc}  {dv}  {desc[0]:<52}{dare:>14}{avere:>14}"
        rest = "".join(f"\n{'':24}{x:<52}" for x in desc[1:])
        return first + rest

    rows = [
        line("01/10/26", "30/09/26", ["SALDO CONTABILE INIZIALE"], "", "57.914,60"),
        line("03/10/26", "03/10/26", ["VERS. ASSEGNI BANCARI N. 3"], "", "8.420,00"),
        line("16/10/26", "16/10/26", ["DELEGA F24 TELEMATICA"], "6.771,32", ""),
        line("27/10/26", "27/10/26", ["BONIFICI STIPENDI OTTOBRE"], "24.190,55", ""),
        line("12/11/26", "12/11/26", ["BONIFICO DA CONDOMINIO PARCO DEI TIGLI", "SAL 2 IMPIANTO CENTRALE TERMICA"], "", "38.600,00"),
        line("27/11/26", "27/11/26", ["BONIFICI STIPENDI NOVEMBRE"], "24.402,87", ""),
        line("15/12/26", "16/12/26", [f"BONIFICO SEPA A {pr.ragione.upper()[:44]}",
                                      f"CRO {P.CRO_IDROTERMICA} TRN {P.TRN_IDROTERMICA}",
                                      f"PAGAMENTO FT. {inv.numero} DEL {d_it(inv.data)} VOUCHER",
                                      f"FORMAZIONE CONTINUA ID {inv.corso.id_voucher}"], eur(inv.totale), ""),
        line("18/12/26", "18/12/26", ["BONIFICI STIPENDI DICEMBRE + TREDICESIMA"], "41.055,10", ""),
        line("31/12/26", "31/12/26", ["COMPETENZE E SPESE DI TENUTA CONTO"], "61,50", ""),
        line("31/12/26", "31/12/26", ["IMPOSTA DI BOLLO"], "25,00", ""),
    ]
    body = f"""
<div class=hd><b>CASSA RURALE DELLA BASSA BRESCIANA</b><span>ESTRATTO CONTO N. 4/2026</span></div>
<pre>
INTESTAZIONE: {co.ragione.upper()}
              {co.indirizzo.upper()} - {co.cap} {co.comune.upper()} ({co.prov})
RAPPORTO....: C/C 310984      FILIALE: MANERBIO SEDE      PERIODO: 01/10/2026 - 31/12/2026
IBAN........: {co.iban}
</pre>
<div class=rule></div>
<pre>
DATA      VALUTA    DESCRIZIONE OPERAZIONI                                       DARE         AVERE
{chr(10).join(rows)}
</pre>
<div class=rule></div>
<pre>
SALDO CONTABILE FINALE AL 31/12/2026                                                      {eur(D("57914.60") + D('8420') - D('6771.32') - D('24190.55') + D('38600') - D('24402.87') - inv.totale - D('41055.10') - D('61.50') - D('25'))}
</pre>
<p style="font-family:'Liberation Sans';font-size:7pt">Il presente estratto conto si intende approvato in mancanza di
reclamo scritto entro 60 giorni. Tasso creditore annuo nominale 0,05%. Per la sintesi delle competenze si veda il
documento di sintesi allegato.</p>
"""
    return Case("ec_bcc_idrotermica_monospazio", "estratto_conto", doc("Stampa", EC_CSS_3, body),
                {"iban": co.iban, "amount": plain(inv.totale), "trn": P.TRN_IDROTERMICA}, pages=1)


def cases() -> list[Case]:
    return [iban_lario_brambati(), iban_bcc_valseriana(), iban_padana_pellizzari(), iban_lodigiana_cerri(),
            rb_lario_brambati(), rb_pavese_ticino(), rb_bcc_idrotermica(), rb_comasca_riva_istantaneo(),
            rb_mincio_mantova_attesa_firma(), rb_insubrica_varese_programmato(),
            ec_lario_brambati(), ec_pavese_ticino(), ec_bcc_idrotermica()]
