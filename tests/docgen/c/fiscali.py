# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Self-employed participants: VAT-number attribution (Agenzia delle Entrate) and INPS Gestione Separata registration."""

from __future__ import annotations

import datetime as dt

from . import people as P
from .common import Case, d_it, doc, esc

d = dt.date

# ============================================================================ attribuzione partita IVA

PIVA_CSS_1 = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0 4mm; }
.ae { display: flex; gap: 10px; align-items: center; border-bottom: 1px solid #003366; padding-bottom: 5px; }
.ae .sq { width: 38px; height: 38px; border: 3px solid #003366; border-radius: 50%; }
.ae b { color: #003366; font-size: 12pt; }
h1 { font-size: 11pt; text-align: center; margin: 14px 0 4px; }
.c { text-align: center; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; margin-top: 8px; }
td { border: 1px solid #666; padding: 4px 6px; vertical-align: top; }
td.k { width: 35%; background: #f0f3f7; font-size: 8pt; }
.big { font-size: 13pt; font-weight: bold; letter-spacing: 2px; font-family: 'Liberation Mono'; }
"""


def piva_ravasio() -> Case:
    p, piva = P.RAVASIO, P.RAVASIO_PIVA
    body = f"""
<div class=ae><div class=sq></div><div><b>Agenzia delle Entrate</b><br>Direzione Provinciale di Bergamo – Ufficio Territoriale di Bergamo</div></div>
<h1>CERTIFICATO DI ATTRIBUZIONE DEL NUMERO DI PARTITA IVA</h1>
<p class=c>(art. 35 del D.P.R. 26 ottobre 1972, n. 633 – dichiarazione di inizio attività modello AA9/12)</p>
<p>Si certifica che, a seguito della dichiarazione di inizio attività presentata in data 08/03/2021, al contribuente sotto
indicato è stato attribuito il seguente numero di partita IVA:</p>
<table><tr><td class=k>Partita IVA</td><td class=big>{piva}</td></tr>
<tr><td class=k>Codice fiscale</td><td>{p.cf}</td></tr>
<tr><td class=k>Cognome e nome</td><td>{p.cognome.upper()} {p.nome.upper()}</td></tr>
<tr><td class=k>Data e luogo di nascita</td><td>{d_it(p.nato)} – {p.comune.upper()} ({p.prov})</td></tr>
<tr><td class=k>Domicilio fiscale</td><td>{esc(p.indirizzo.upper())} – {esc(p.residenza.upper())}</td></tr>
<tr><td class=k>Data inizio attività</td><td>08/03/2021</td></tr>
<tr><td class=k>Attività prevalente (ATECO)</td><td>74.30.00 – Traduzione e interpretariato</td></tr>
<tr><td class=k>Luogo di esercizio</td><td>{esc(p.indirizzo)} – {esc(p.residenza)}</td></tr>
<tr><td class=k>Regime</td><td>Regime forfetario (art. 1, commi 54-89, L. 190/2014)</td></tr></table>
<p style="margin-top:14px">Bergamo, 08/03/2021</p>
<p style="text-align:right">Il funzionario incaricato<br>(firma su delega del Direttore provinciale)</p>
<p style="font-size:7pt;margin-top:20px">Il numero di partita IVA deve essere indicato nelle dichiarazioni, nella home page del sito web
e negli altri documenti ove richiesto. Eventuali variazioni vanno comunicate entro 30 giorni.</p>
"""
    return Case("piva_ravasio_certificato_ufficio", "attribuzione_piva", doc("Documento", PIVA_CSS_1, body),
                {"worker_cf": p.cf}, pages=1)


PIVA_CSS_2 = """
body { font-family: 'Liberation Mono'; font-size: 8.6pt; margin: 0 4mm; }
.top { font-family: 'Liberation Sans'; font-weight: bold; font-size: 10pt; text-align: center; border-top: 2px solid #000;
  border-bottom: 2px solid #000; padding: 4px; }
pre { font-family: 'Liberation Mono'; white-space: pre-wrap; font-size: 8.4pt; }
"""


def piva_pedretti() -> Case:
    p, piva = P.PEDRETTI, P.PEDRETTI_PIVA
    body = f"""<div class=top>AGENZIA DELLE ENTRATE – SERVIZIO TELEMATICO ENTRATEL<br>RICEVUTA DI PRESENTAZIONE</div>
<pre>
Dichiarazione di inizio attivita', variazione dati o cessazione attivita' ai fini IVA
(Imprese individuali e lavoratori autonomi) - MODELLO AA9/12

PROTOCOLLO TELEMATICO ......: 19110515441823779 - 000001
DATA DI RICEZIONE ..........: 05/11/2019  ORE 15:44
TRASMESSO DA ...............: STUDIO ASSOCIATO FERRARINI - C.F. 03377410984 (INTERMEDIARIO)
CODICE FISCALE DICHIARANTE .: {p.cf}
COGNOME E NOME .............: {p.cognome.upper()} {p.nome.upper()}
TIPO DICHIARAZIONE .........: 1 - INIZIO ATTIVITA'
DATA INIZIO ATTIVITA' ......: 05/11/2019
CODICE ATTIVITA' ...........: 62.02.00 - CONSULENZA NEL SETTORE DELLE TECNOLOGIE DELL'INFORMATICA
LUOGO ESERCIZIO ............: {p.indirizzo.upper()} - {p.residenza.upper()}

ESITO ......................: DICHIARAZIONE ACQUISITA
PARTITA IVA ATTRIBUITA .....: {piva}

La presente ricevuta attesta l'avvenuta attribuzione del numero di partita IVA sopra
indicato. Il numero attribuito deve essere indicato in tutti i documenti fiscali.
</pre>
<p style="font-family:'Liberation Sans';font-size:7pt">Ricevuta generata dal sistema il 05/11/2019 ai sensi del D.P.R. 322/1998.
Stampata il 10/09/2026.</p>"""
    return Case("piva_pedretti_ricevuta_entratel", "attribuzione_piva", doc("Stampa", PIVA_CSS_2, body),
                {"worker_cf": p.cf}, pages=1)


PIVA_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 8.6pt; margin: 0; }
.nav { background: #0059b3; color: #fff; padding: 6px 10px; font-size: 8pt; }
.nav b { font-size: 10.5pt; }
.crumb { color: #0059b3; font-size: 7.4pt; margin: 6px 0; }
h2 { font-size: 11pt; margin: 6px 0; }
.tabs span { display: inline-block; padding: 3px 8px; border: 1px solid #bbb; border-bottom: none; font-size: 7.6pt; }
.tabs span.on { background: #0059b3; color: #fff; }
table { width: 100%; border-collapse: collapse; }
td, th { border-bottom: 1px solid #ddd; padding: 4px; text-align: left; }
th { background: #eef4fb; font-size: 7.6pt; }
"""


def piva_elamrani() -> Case:
    p, piva = P.ELAMRANI, P.ELAMRANI_PIVA
    body = f"""
<div class=nav><b>Agenzia delle Entrate</b> · Area riservata · Cassetto fiscale</div>
<div class=crumb>Cassetto fiscale › Dati anagrafici › Partite IVA</div>
<h2>Consultazione del cassetto fiscale – {p.cognome.upper()} {p.nome.upper()} ({p.cf})</h2>
<div class=tabs><span>Dati anagrafici</span><span class=on>Partite IVA</span><span>Versamenti F24</span><span>Dichiarazioni</span><span>Rimborsi</span></div>
<table><tr><th>Partita IVA</th><th>Data inizio attività</th><th>Data fine attività</th><th>Stato</th><th>Codice attività</th><th>Descrizione</th></tr>
<tr><td>{piva}</td><td>14/02/2024</td><td>—</td><td>ATTIVA</td><td>74.12.01</td><td>Attività dei disegnatori grafici di pagine web</td></tr></table>
<h2 style="font-size:9.5pt;margin-top:12px">Dettaglio dichiarazione di inizio attività</h2>
<table><tr><td>Modello</td><td>AA9/12 – presentato in via telematica il 14/02/2024</td></tr>
<tr><td>Numero attribuito</td><td>{piva} (attribuito il 14/02/2024)</td></tr>
<tr><td>Domicilio fiscale</td><td>{esc(p.indirizzo)} – {esc(p.residenza)}</td></tr>
<tr><td>Regime contabile</td><td>Forfetario</td></tr>
<tr><td>Ufficio competente</td><td>Direzione Provinciale I di Milano</td></tr></table>
<p style="font-size:7pt;color:#666;margin-top:10px">Dati aggiornati al 31/08/2026. Le informazioni visualizzate sono quelle presenti in
Anagrafe Tributaria alla data di consultazione.</p>
"""
    return Case("piva_elamrani_cassetto_fiscale", "attribuzione_piva", doc("Cassetto fiscale", PIVA_CSS_3, body),
                {"worker_cf": p.cf}, pages=1)


# ============================================================================ INPS gestione separata

GS_CSS_1 = """
body { font-family: 'DejaVu Sans'; font-size: 8.8pt; margin: 0; }
.inps { color: #0066cc; font-weight: bold; font-size: 18pt; letter-spacing: 1px; }
.bar { border-bottom: 2px solid #0066cc; display: flex; justify-content: space-between; align-items: flex-end; padding-bottom: 3px; }
h1 { font-size: 11pt; margin: 12px 0 6px; }
.box { border: 1px solid #99c2eb; background: #f3f8fd; padding: 6px 8px; margin: 6px 0; }
table { width: 100%; border-collapse: collapse; }
td { padding: 3px 4px; border-bottom: 1px solid #dde8f3; }
td.k { width: 40%; color: #345; }
"""


def gs_ravasio() -> Case:
    p = P.RAVASIO
    body = f"""
<div class=bar><span class=inps>INPS</span><span style="font-size:7.5pt">Istituto Nazionale Previdenza Sociale · Servizi online</span></div>
<h1>Ricevuta di presentazione della domanda di iscrizione alla Gestione Separata</h1>
<div class=box>Domanda n. <b>INPS.0500.10/03/2021.0088217</b> – protocollata il 10/03/2021 alle 11:26<br>
Stato: <b>ACCOLTA</b> – iscrizione registrata in archivio</div>
<table>
<tr><td class=k>Codice fiscale</td><td>{p.cf}</td></tr><tr><td class=k>Cognome</td><td>{p.cognome.upper()}</td></tr>
<tr><td class=k>Nome</td><td>{p.nome.upper()}</td></tr><tr><td class=k>Data di nascita</td><td>{d_it(p.nato)}</td></tr>
<tr><td class=k>Gestione</td><td>Gestione Separata (art. 2, comma 26, L. 335/1995)</td></tr>
<tr><td class=k>Tipologia iscritto</td><td>Libero professionista senza cassa previdenziale</td></tr>
<tr><td class=k>Data inizio attività</td><td>08/03/2021</td></tr><tr><td class=k>Partita IVA</td><td>{P.RAVASIO_PIVA}</td></tr>
<tr><td class=k>Attività</td><td>Traduttrice e interprete</td></tr>
<tr><td class=k>Altra copertura previdenziale obbligatoria</td><td>NO</td></tr>
<tr><td class=k>Struttura INPS competente</td><td>Direzione provinciale di Bergamo</td></tr></table>
<p style="font-size:7.4pt;margin-top:10px">La contribuzione dovuta alla Gestione Separata è versata con modello F24 alle scadenze previste
per le imposte sui redditi. Conservare la presente ricevuta.</p>
"""
    return Case("gs_ravasio_ricevuta_domanda", "iscrizione_inps_gs", doc("INPS - Servizi online", GS_CSS_1, body),
                {"worker_cf": p.cf}, pages=1)


GS_CSS_2 = """
body { font-family: 'Liberation Serif'; font-size: 10.5pt; margin: 0 8mm; line-height: 1.45; }
.hd { font-family: 'Liberation Sans'; color: #0066cc; }
.hd b { font-size: 15pt; } .hd span { display: block; font-size: 8pt; color: #333; }
.to { margin: 18px 0 12px 95mm; }
p { text-align: justify; }
table { margin-left: 10mm; } td { padding: 1px 10px 1px 0; }
"""


def gs_pedretti() -> Case:
    p = P.PEDRETTI
    body = f"""
<div class=hd><b>INPS</b><span>Direzione Provinciale di Brescia · Agenzia di Brescia Nord · Via Cefalonia 49, 25124 Brescia</span></div>
<p style="font-size:9pt;margin-top:10px">Brescia, 18/11/2019 &nbsp;&nbsp; Prot. INPS.1500.18/11/2019.0412276</p>
<div class=to>Sig. {p.nome.upper()} {p.cognome.upper()}<br>{esc(p.indirizzo)}<br>{esc(p.residenza)}</div>
<p><b>OGGETTO: Iscrizione alla Gestione Separata di cui all'art. 2, comma 26, della legge 8 agosto 1995, n. 335.</b></p>
<p>Si comunica che, a seguito della domanda presentata in data 12/11/2019, la S.V. risulta iscritta alla Gestione Separata
con i seguenti dati:</p>
<table><tr><td>Codice fiscale:</td><td><b>{p.cf}</b></td></tr><tr><td>Decorrenza iscrizione:</td><td>05/11/2019</td></tr>
<tr><td>Categoria:</td><td>professionista (partita IVA {P.PEDRETTI_PIVA})</td></tr>
<tr><td>Aliquota contributiva 2019:</td><td>25,72%</td></tr></table>
<p>I contributi dovuti dovranno essere versati alle scadenze previste per il pagamento delle imposte sui redditi mediante
modello F24, utilizzando la causale PXX. L'iscrizione resterà attiva fino alla comunicazione di cessazione dell'attività.</p>
<p>Per ogni ulteriore informazione è possibile consultare il Fascicolo previdenziale del cittadino sul sito www.inps.it.</p>
<p style="margin-top:20px;margin-left:95mm">Il Responsabile dell'Agenzia<br><i>dott.ssa M. Lancini</i></p>
"""
    return Case("gs_pedretti_lettera_agenzia", "iscrizione_inps_gs", doc("Documento", GS_CSS_2, body),
                {"worker_cf": p.cf}, pages=1)


GS_CSS_3 = """
body { font-family: 'DejaVu Sans'; font-size: 8.4pt; margin: 0; }
.t { background: #e6f0fa; padding: 6px 8px; border-left: 5px solid #0066cc; }
.t b { font-size: 11pt; }
h3 { font-size: 9pt; margin: 10px 0 3px; color: #0066cc; }
table { width: 100%; border-collapse: collapse; }
th { background: #0066cc; color: #fff; font-size: 7.4pt; padding: 3px; text-align: left; }
td { padding: 3px; border-bottom: 1px solid #ddd; }
.r { text-align: right; }
"""


def gs_elamrani() -> Case:
    p = P.ELAMRANI
    body = f"""
<div class=t><b>MyINPS · Fascicolo previdenziale del cittadino</b><br>Posizione assicurativa – {p.cognome.upper()} {p.nome.upper()} – C.F. {p.cf}</div>
<h3>Iscrizioni a gestioni previdenziali</h3>
<table><tr><th>Gestione</th><th>Tipologia</th><th>Data iscrizione</th><th>Decorrenza</th><th>Data cessazione</th><th>Stato</th></tr>
<tr><td>Gestione Separata</td><td>Professionista senza cassa (art. 2 c. 26 L. 335/95)</td><td>20/02/2024</td><td>14/02/2024</td><td>—</td><td>Attiva</td></tr>
<tr><td>Fondo pensioni lavoratori dipendenti</td><td>Dipendente settore privato</td><td>03/09/2018</td><td>03/09/2018</td><td>31/01/2024</td><td>Cessata</td></tr></table>
<h3>Versamenti Gestione Separata</h3>
<table><tr><th>Anno</th><th>Aliquota</th><th class=r>Reddito dichiarato €</th><th class=r>Contributi versati €</th></tr>
<tr><td>2024</td><td>26,07%</td><td class=r>21.480,00</td><td class=r>5.599,84</td></tr>
<tr><td>2025</td><td>26,07%</td><td class=r>27.915,00</td><td class=r>7.277,44</td></tr></table>
<p style="font-size:7pt;color:#555;margin-top:10px">Documento prodotto dal servizio online il 11/09/2026. Partita IVA associata: {P.ELAMRANI_PIVA}.
Le informazioni hanno valore informativo e sono soggette a verifica da parte dell'Istituto.</p>
"""
    return Case("gs_elamrani_fascicolo_previdenziale", "iscrizione_inps_gs", doc("MyINPS", GS_CSS_3, body),
                {"worker_cf": p.cf}, pages=1)


def cases() -> list[Case]:
    return [piva_ravasio(), piva_pedretti(), piva_elamrani(), gs_ravasio(), gs_pedretti(), gs_elamrani()]
