# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Catastrophe-risk insurance certificates (L. 30 dicembre 2023 n. 213, art. 1, comma 101)."""

from __future__ import annotations

import datetime as dt

from . import people as P
from .common import Case, d_it, doc, esc

d = dt.date

POL_CSS_1 = """
body { font-family: 'Liberation Sans'; font-size: 8.8pt; margin: 0; }
.hd { display: grid; grid-template-columns: 1fr auto; border-bottom: 3px solid #004d40; padding-bottom: 4px; }
.hd b { font-size: 14pt; color: #004d40; } .hd small { display: block; font-size: 7pt; color: #555; }
.pn { text-align: right; font-size: 8pt; }
h1 { font-size: 12pt; text-align: center; margin: 10px 0 2px; }
.sub { text-align: center; font-size: 8pt; margin-bottom: 6px; }
table { width: 100%; border-collapse: collapse; margin: 4px 0; }
th { background: #e0f2f1; text-align: left; padding: 3px; border: 1px solid #80cbc4; font-size: 8pt; }
td { border: 1px solid #b2dfdb; padding: 3px; vertical-align: top; }
.r { text-align: right; }
.foot { font-size: 6.6pt; color: #555; margin-top: 10px; border-top: 1px solid #ccc; padding-top: 3px; }
"""


def pol_padane_brambati() -> Case:
    co = P.BRAMBATI
    eff, scad = d(2025, 3, 31), d(2027, 3, 31)
    body = f"""
<div class=hd><div><b>Assicurazioni Padane</b><small>Assicurazioni Padane S.p.A. · Via Mazzini 40, 20123 Milano · Iscr. Albo imprese IVASS n. 1.00188</small></div>
<div class=pn>Polizza n. <b>210/88.441.775</b><br>Agenzia 0412 Lecco Centro</div></div>
<h1>CERTIFICATO DI ASSICURAZIONE</h1>
<div class=sub>Polizza «Padane Impresa – Rischi Catastrofali» a copertura dei danni a terreni, fabbricati, impianti e macchinari,
attrezzature industriali e commerciali causati da calamità naturali ed eventi catastrofali<br>
ai sensi dell'art. 1, commi 101-111, della Legge 30 dicembre 2023, n. 213 e del D.M. 30 gennaio 2025, n. 18</div>
<table><tr><th colspan=2>Contraente / Assicurato</th></tr>
<tr><td style="width:30%">Ragione sociale</td><td>{esc(co.ragione)}</td></tr><tr><td>Codice fiscale / Partita IVA</td><td>{co.piva}</td></tr>
<tr><td>Sede legale</td><td>{esc(co.addr)}</td></tr></table>
<table><tr><th>Ubicazione del rischio</th><th>Beni assicurati</th><th class=r>Somma assicurata €</th></tr>
<tr><td>{esc(co.addr)}</td><td>Fabbricato industriale</td><td class=r>2.850.000,00</td></tr>
<tr><td></td><td>Impianti, macchinari e attrezzature</td><td class=r>1.420.000,00</td></tr></table>
<table><tr><th>Eventi garantiti</th><th>Scoperto</th><th>Limite di indennizzo</th></tr>
<tr><td>Sisma</td><td>15% min. € 5.000</td><td>70% della somma assicurata</td></tr>
<tr><td>Alluvione, inondazione, esondazione</td><td>15% min. € 5.000</td><td>70% della somma assicurata</td></tr>
<tr><td>Frana</td><td>15% min. € 5.000</td><td>70% della somma assicurata</td></tr></table>
<table><tr><th>Decorrenza</th><th>Scadenza</th><th>Frazionamento</th><th>Ultimo premio pagato</th><th>Prossima quietanza</th></tr>
<tr><td>dalle ore 24 del {d_it(eff)}</td><td>alle ore 24 del {d_it(scad)}</td><td>annuale</td><td>31/03/2026 – € 3.418,00</td><td>31/03/2027</td></tr></table>
<p>Si certifica che, alla data di emissione del presente certificato, la polizza è in vigore e i premi risultano
regolarmente pagati. Il presente certificato è rilasciato su richiesta del Contraente per gli adempimenti previsti dalla
normativa sopra richiamata e non modifica le condizioni di polizza.</p>
<p>Lecco, 21/08/2026 &nbsp;&nbsp;&nbsp;&nbsp; Assicurazioni Padane S.p.A. – l'Agente procuratore</p>
<div class=foot>Capitale sociale € 120.000.000 i.v. · Registro Imprese di Milano e C.F. 07714430969 · Impresa autorizzata all'esercizio
delle assicurazioni con provv. ISVAP n. 2614 del 1998 · Soggetta a vigilanza IVASS.</div>
"""
    return Case("polizza_padane_brambati_certificato", "polizza_catastrofale", doc("Documento", POL_CSS_1, body),
                {"valid_until": scad.isoformat()}, pages=1)


POL_CSS_2 = """
body { font-family: 'Liberation Serif'; font-size: 10.6pt; margin: 0 8mm; line-height: 1.45; }
.lh { font-family: 'Liberation Sans'; display: flex; justify-content: space-between; border-bottom: 1px solid #333; }
.lh b { font-size: 13pt; color: #8b1e3f; }
.lh span { font-size: 7.5pt; text-align: right; }
.to { margin: 16px 0 12px 90mm; }
p { text-align: justify; }
ul { margin: 4px 0; } li { margin: 2px 0; }
"""


def pol_broker_idrotermica() -> Case:
    co = P.IDROTERMICA
    eff, scad = d(2026, 1, 15), d(2027, 1, 15)
    body = f"""
<div class=lh><b>Colombo &amp; Pasini Broker S.r.l.</b><span>Broker di assicurazioni – iscrizione RUI sez. B n. B000318872<br>
Via Cavour 31, 25121 Brescia · info@colombopasinibroker.it</span></div>
<div class=to>Spett.le<br>{esc(co.ragione)}<br>{esc(co.indirizzo)}<br>{co.cap} {co.comune} ({co.prov})</div>
<p>Brescia, 27 agosto 2026</p>
<p><b>Oggetto: attestazione di copertura assicurativa per i rischi catastrofali – art. 1, comma 101, Legge 213/2023</b></p>
<p>Su Vostra richiesta attestiamo che la Vostra Società (P.IVA {co.piva}) ha sottoscritto, per il nostro tramite, con la
compagnia <b>Compagnia Italiana Rischi Naturali – CIRN S.p.A.</b> la polizza n. <b>CAT-2026-0045521</b>, a copertura dei
danni direttamente causati ai beni di cui all'art. 2424, primo comma, sezione Attivo, voce B-II, numeri 1), 2) e 3) del
codice civile da:</p>
<ul><li>sismi;</li><li>alluvioni, inondazioni ed esondazioni;</li><li>frane.</li></ul>
<p>Ubicazione assicurata: {esc(co.addr)} (capannone, uffici, magazzino e impianti).</p>
<p>La copertura ha effetto dalle ore 24:00 del {d_it(eff)} e scadenza alle ore 24:00 del {d_it(scad)}, con premio annuo di
€ 1.286,50 regolarmente corrisposto in data 14/01/2026 (rata unica).</p>
<p>La presente attestazione non costituisce estensione o modifica delle condizioni contrattuali, per le quali fa fede
esclusivamente il testo di polizza.</p>
<p style="margin-top:24px">Distinti saluti<br>Colombo &amp; Pasini Broker S.r.l.<br><i>l'account executive, Davide Pasini</i></p>
"""
    return Case("polizza_broker_idrotermica_lettera", "polizza_catastrofale", doc("Documento", POL_CSS_2, body),
                {"valid_until": scad.isoformat()}, pages=1)


POL_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 8pt; margin: 0; }
.hd { background: #1a237e; color: #fff; padding: 8px 10px; display: flex; justify-content: space-between; }
.hd b { font-size: 12pt; }
.kpi { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 8px 0; }
.kpi div { border: 1px solid #c5cae9; padding: 5px; } .kpi span { display: block; font-size: 6.5pt; color: #3949ab; text-transform: uppercase; }
.kpi div.hl { border: 2px solid #1a237e; }
h3 { font-size: 9pt; margin: 8px 0 3px; color: #1a237e; }
table { width: 100%; border-collapse: collapse; }
td, th { border-bottom: 1px solid #e0e0e0; padding: 3px; text-align: left; }
th { background: #e8eaf6; }
"""


def pol_mutua_valmalenco() -> Case:
    co = P.VALMALENCO
    emis, eff, scad = d(2026, 6, 25), d(2026, 6, 30), d(2027, 6, 30)
    body = f"""
<div class=hd><b>Mutua Lombarda Assicurazioni</b><span>Area clienti · Attestato di copertura</span></div>
<h2 style="font-size:11pt;margin:8px 0 2px">Attestato di copertura – Polizza Eventi Catastrofali Imprese (obbligo ex L. 213/2023, art. 1, c. 101)</h2>
<div class=kpi><div><span>Numero polizza</span>ML-CN 5520093</div><div><span>Data emissione</span>{d_it(emis)}</div>
<div><span>Data effetto</span>{d_it(eff)}</div><div class=hl><span>Data scadenza</span>{d_it(scad)}</div></div>
<h3>Contraente e assicurato</h3><table><tr><td>{esc(co.ragione)}</td><td>P.IVA {co.piva}</td><td>{esc(co.addr)}</td></tr></table>
<h3>Partite assicurate</h3><table><tr><th>Partita</th><th>Ubicazione</th><th>Somma assicurata</th><th>Franchigia / scoperto</th></tr>
<tr><td>Fabbricato (albergo 32 camere)</td><td>{esc(co.addr)}</td><td>€ 3.900.000,00</td><td>scoperto 15%</td></tr>
<tr><td>Contenuto e impianti</td><td>{esc(co.addr)}</td><td>€ 640.000,00</td><td>scoperto 15%</td></tr></table>
<h3>Garanzie</h3><table><tr><th>Evento</th><th>Prestata</th><th>Note</th></tr>
<tr><td>Terremoto</td><td>Sì</td><td>zona sismica 4</td></tr><tr><td>Alluvione / inondazione / esondazione</td><td>Sì</td><td>—</td></tr>
<tr><td>Frana</td><td>Sì</td><td>area PAI: Hg3 (pericolosità media)</td></tr><tr><td>Valanga e slavina (facoltativa)</td><td>Sì</td><td>limite € 500.000</td></tr></table>
<h3>Pagamenti</h3><table><tr><th>Rata</th><th>Scadenza rata</th><th>Importo</th><th>Stato</th></tr>
<tr><td>1/2</td><td>30/06/2026</td><td>€ 1.904,00</td><td>pagata il 29/06/2026</td></tr>
<tr><td>2/2</td><td>30/12/2026</td><td>€ 1.904,00</td><td>da pagare</td></tr></table>
<p style="font-size:7pt;color:#555;margin-top:8px">Documento generato dall'area clienti il 02/09/2026. In caso di mancato pagamento di una rata la
garanzia resta sospesa dalle ore 24 del 15° giorno dopo la scadenza (art. 1901 c.c.).</p>
"""
    return Case("polizza_mutua_valmalenco_area_clienti", "polizza_catastrofale", doc("Area clienti", POL_CSS_3, body),
                {"valid_until": scad.isoformat()}, pages=1)


def cases() -> list[Case]:
    return [pol_padane_brambati(), pol_broker_idrotermica(), pol_mutua_valmalenco()]
