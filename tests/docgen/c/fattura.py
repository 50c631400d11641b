# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Training-provider invoices, courtesy copies as invoicing software prints them, with the wording of SPEC 5.3."""

from __future__ import annotations

from . import people as P
from .common import AVVISO, CUP, Case, d_it, doc, esc, eur, iban_groups, plain


def _expect(inv: P.Invoice) -> dict:
    c = inv.corso
    return {"cup": CUP, "id_voucher": c.id_voucher, "id_edizione": c.id_edizione, "total": plain(inv.totale),
            "taxable": plain(inv.imponibile)}


def _wording(inv: P.Invoice, style: int = 0) -> str:
    c = inv.corso
    if style == 0:
        return (f"{AVVISO} ID VOUCHER n. {c.id_voucher}, ID EDIZIONE n. {c.id_edizione} e Titolo Corso "
                f"\"{c.titolo}\", quota finanziamento pubblico € {eur(c.pubblica)} e quota finanziamento privato "
                f"€ {eur(c.privata)}")
    if style == 1:
        return (f"{AVVISO} – ID Voucher n. {c.id_voucher} – ID Edizione n. {c.id_edizione} – Titolo corso: {c.titolo} – "
                f"Quota finanziamento pubblico: euro {eur(c.pubblica)} – Quota finanziamento privato: euro {eur(c.privata)}")
    return (f"{AVVISO.upper()} ID VOUCHER N. {c.id_voucher} ID EDIZIONE N. {c.id_edizione} TITOLO CORSO {c.titolo.upper()} "
            f"QUOTA FINANZIAMENTO PUBBLICO EUR {eur(c.pubblica)} QUOTA FINANZIAMENTO PRIVATO EUR {eur(c.privata)}")


ESENZIONE = "Operazione esente IVA ai sensi dell'art. 10, comma 1, n. 20 del D.P.R. 633/1972"

# ============================================================================ 1: cloud invoicing, wording in a Note box

F_CSS_1 = """
body { font-family: 'DejaVu Sans'; font-size: 8.6pt; margin: 0; color: #222; }
.top { display: flex; justify-content: space-between; }
.logo { font-weight: bold; font-size: 14pt; color: #c0392b; }
.logo small { display: block; font-size: 7.4pt; color: #444; font-weight: normal; line-height: 1.4; }
.docbox { text-align: right; }
.docbox .t { font-size: 16pt; font-weight: bold; letter-spacing: 1px; }
.cli { margin: 14px 0 10px auto; width: 78mm; border: 1px solid #ddd; border-radius: 4px; padding: 6px 8px; }
.cli span { font-size: 7pt; color: #888; text-transform: uppercase; }
table.l { width: 100%; border-collapse: collapse; }
table.l th { background: #c0392b; color: #fff; padding: 4px; text-align: left; font-size: 7.6pt; }
table.l td { padding: 5px 4px; border-bottom: 1px solid #eee; vertical-align: top; }
.r { text-align: right; }
.bottom { display: grid; grid-template-columns: 1.45fr 1fr; gap: 10px; margin-top: 10px; }
.note { border: 1px solid #e2c2bd; background: #fdf6f5; padding: 6px 8px; font-size: 7.8pt; text-align: justify; }
.note b { display: block; margin-bottom: 3px; color: #c0392b; }
table.t { width: 100%; border-collapse: collapse; }
table.t td { padding: 3px 4px; border-bottom: 1px solid #eee; }
table.t tr.g td { font-weight: bold; font-size: 10pt; border-top: 2px solid #c0392b; }
.pay { margin-top: 10px; font-size: 7.8pt; }
.cortesia { margin-top: 14px; font-size: 7pt; color: #777; border-top: 1px solid #eee; padding-top: 4px; }
"""


def fattura_atl_brambati() -> Case:
    inv, co = P.INV_BRAMBATI, P.BRAMBATI
    c, pr = inv.corso, inv.corso.provider
    body = f"""
<div class=top><div class=logo>ACCADEMIA TECNICA LOMBARDA<small>{esc(pr.ragione)}<br>{esc(pr.indirizzo)} – {pr.cap} {pr.comune} ({pr.prov})<br>
P.IVA e C.F. {pr.piva} · REA {pr.rea}<br>Tel. {pr.tel} · {pr.email}</small></div>
<div class=docbox><div class=t>FATTURA</div>n. <b>{inv.numero}</b><br>del {d_it(inv.data)}</div></div>
<div class=cli><span>Spett.le</span><br><b>{esc(co.ragione)}</b><br>{esc(co.indirizzo)}<br>{co.cap} {co.comune} ({co.prov})<br>
P.IVA {co.piva}<br>PEC {co.pec}</div>
<table class=l><tr><th>Descrizione</th><th class=r>Q.tà</th><th class=r>Prezzo</th><th class=r>IVA</th><th class=r>Importo</th></tr>
<tr><td>Corso di formazione «{esc(c.titolo)}» – {c.ore} ore – edizione {c.id_edizione} dal {d_it(c.inizio)} al {d_it(c.fine)}
presso la Vostra sede<br>Partecipanti: {', '.join(p.full for p in c.partecipanti)}</td>
<td class=r>{len(c.partecipanti)}</td><td class=r>{eur(c.costo_pp)}</td><td class=r>N4</td><td class=r>{eur(inv.imponibile)}</td></tr></table>
<div class=bottom><div class=note><b>Note</b>{esc(_wording(inv, 0))}.<br><br>{ESENZIONE}. Imposta di bollo assolta in modo
virtuale ai sensi del D.M. 17/06/2014.</div>
<div><table class=t><tr><td>Imponibile</td><td class=r>€ {eur(inv.imponibile)}</td></tr>
<tr><td>IVA (esente art. 10)</td><td class=r>€ 0,00</td></tr><tr><td>Rivalsa bollo</td><td class=r>€ {eur(inv.bollo)}</td></tr>
<tr class=g><td>Totale documento</td><td class=r>€ {eur(inv.totale)}</td></tr>
<tr><td>Netto a pagare</td><td class=r>€ {eur(inv.totale)}</td></tr></table>
<div class=pay><b>Pagamento</b>: bonifico bancario a 30 gg d.f. – scadenza 30/12/2026<br>IBAN {iban_groups(pr.iban)}<br>{esc(pr.bank.nome)}</div></div></div>
<div class=cortesia>Copia di cortesia priva di valore fiscale. L'originale della fattura elettronica è stato trasmesso tramite
il Sistema di Interscambio (SdI) ed è disponibile nella Sua area riservata del sito dell'Agenzia delle Entrate.</div>
"""
    return Case("fattura_atl_brambati_note_box", "fattura", doc("Documento", F_CSS_1, body), _expect(inv),
                pages=1)


# ============================================================================ 2: FatturaPA stylesheet, wording in Causale chunks

F_CSS_2 = """
body { font-family: 'Liberation Sans'; font-size: 8pt; margin: 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.box { border: 1px solid #000; padding: 4px 6px; min-height: 60px; }
.box .h { font-weight: bold; font-size: 7.4pt; border-bottom: 1px solid #000; margin-bottom: 3px; }
table { width: 100%; border-collapse: collapse; margin-top: 6px; }
th { border: 1px solid #000; background: #d9d9d9; font-size: 7pt; padding: 2px 3px; text-align: left; }
td { border: 1px solid #000; padding: 2px 3px; vertical-align: top; }
.r { text-align: right; }
.ver { font-size: 6.8pt; color: #444; text-align: right; }
"""


def _chunks(text: str, n: int = 200) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def fattura_ifvc_idrotermica() -> Case:
    inv, co = P.INV_IDROTERMICA, P.IDROTERMICA
    c, pr = inv.corso, inv.corso.provider
    causali = "".join(f"<tr><td>{esc(ch)}</td></tr>" for ch in _chunks(_wording(inv, 1)))
    body = f"""
<div class=ver>Versione FPR12 · visualizzazione secondo il foglio di stile AssoSoftware</div>
<div class=two><div class=box><div class=h>Cedente/prestatore (fornitore)</div>
Identificativo fiscale ai fini IVA: IT{pr.piva}<br>Codice fiscale: {pr.piva}<br>Denominazione: {esc(pr.ragione)}<br>
Regime fiscale: RF01 (ordinario)<br>Indirizzo: {esc(pr.indirizzo)}<br>Comune: {pr.comune} Provincia: {pr.prov}<br>
Cap: {pr.cap} Nazione: IT<br>Telefono: {pr.tel}<br>Email: {pr.email}</div>
<div class=box><div class=h>Cessionario/committente (cliente)</div>
Identificativo fiscale ai fini IVA: IT{co.piva}<br>Codice fiscale: {co.piva}<br>Denominazione: {esc(co.ragione)}<br>
Indirizzo: {esc(co.indirizzo)}<br>Comune: {co.comune} Provincia: {co.prov}<br>Cap: {co.cap} Nazione: IT<br>
Pec: {co.pec}</div></div>
<table><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data documento</th><th>Codice destinatario</th></tr>
<tr><td>TD01 fattura</td><td></td><td>{inv.numero}</td><td>{d_it(inv.data, '-')}</td><td>M5UXCR1</td></tr></table>
<table><tr><th>Causale</th></tr>{causali}</table>
<table><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo unitario</th><th>UM</th><th>Sconto o magg.</th>
<th>%IVA</th><th>Prezzo totale</th></tr>
<tr><td>FC4-{c.id_edizione}</td><td>Voucher formativo – corso {esc(c.titolo)} ({c.ore} ore) – partecipanti: {esc(c.partecipanti[0].full)},
{esc(c.partecipanti[1].full)}</td><td class=r>2,00</td><td class=r>{eur(c.costo_pp)}</td><td>NR</td><td></td><td class=r>0,00 (N4)</td>
<td class=r>{eur(inv.imponibile)}</td></tr></table>
<table><tr><th colspan=7>RIEPILOGHI IVA E TOTALI</th></tr>
<tr><th>esigibilità iva / riferimenti normativi</th><th>%IVA</th><th>Spese accessorie</th><th>Arr.</th><th>Totale imponibile</th><th>Totale imposta</th><th></th></tr>
<tr><td>N4 – esenti – {ESENZIONE}</td><td class=r>0,00</td><td></td><td></td><td class=r>{eur(inv.imponibile)}</td><td class=r>0,00</td><td></td></tr>
<tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Arr.</th><th colspan=3>Totale documento</th><th></th></tr>
<tr><td class=r>{eur(inv.bollo)}</td><td></td><td></td><td colspan=3 class=r>{eur(inv.totale)}</td><td></td></tr></table>
<table><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th><th>Importo</th></tr>
<tr><td>MP05 bonifico</td><td>{pr.iban}</td><td>{esc(pr.bank.nome)}</td><td>{d_it(inv.data.replace(day=31), '-')}</td><td class=r>{eur(inv.totale)}</td></tr></table>
"""
    return Case("fattura_ifvc_idrotermica_foglio_stile_causale_spezzata", "fattura",
                doc("Documento", F_CSS_2, body), _expect(inv), pages=1)


# ============================================================================ 3: ERP, wording in the line description, codes broken anywhere

F_CSS_3 = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 8pt; margin: 0; }
.hd { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 3px solid #2a6f97; padding-bottom: 6px; }
.hd b { font-size: 12pt; color: #2a6f97; }
.meta { display: grid; grid-template-columns: repeat(4, 1fr); margin: 8px 0; border: 1px solid #2a6f97; }
.meta div { padding: 3px 5px; border-right: 1px solid #2a6f97; } .meta span { display: block; font-size: 6.4pt; color: #2a6f97; }
table.l { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.l th { background: #2a6f97; color: #fff; font-size: 7pt; padding: 3px; text-align: left; }
table.l td { border-bottom: 1px solid #ccc; padding: 3px; vertical-align: top; }
td.ds { word-break: break-all; }
.r { text-align: right; }
.tot { width: 70mm; margin-left: auto; border-collapse: collapse; margin-top: 8px; }
.tot td { padding: 3px; border-bottom: 1px solid #ddd; }
.tot tr:last-child td { font-weight: bold; background: #e3eef5; }
.foot { margin-top: 12px; font-size: 6.8pt; color: #555; }
"""


def fattura_pavia_ticino() -> Case:
    inv, co = P.INV_TICINO, P.TICINO
    c, pr = inv.corso, inv.corso.provider
    desc1 = (f"Corso \"{c.titolo}\" ID corso {c.id_corso} – ed. {c.id_edizione} – {c.ore} ore – "
             f"quota finanziamento pubblico. {AVVISO} ID VOUCHER n. {c.id_voucher} ID EDIZIONE n. {c.id_edizione}")
    desc2 = (f"Corso \"{c.titolo}\" – quota finanziamento privato (cofinanziamento a carico dell'impresa). "
             f"Quota finanziamento pubblico € {eur(c.pubblica)}, quota finanziamento privato € {eur(c.privata)}")
    body = f"""
<div class=hd><div><b>Pavia Competenze</b><br>{esc(pr.ragione)}<br>{esc(pr.indirizzo)}, {pr.cap} {pr.comune}<br>C.F./P.IVA {pr.piva}</div>
<div style="text-align:right">Destinatario:<br><b>{esc(co.ragione)}</b><br>{esc(co.addr)}<br>P.IVA {co.piva}</div></div>
<div class=meta><div><span>TIPO DOCUMENTO</span>Fattura</div><div><span>NUMERO</span>{inv.numero}</div>
<div><span>DATA</span>{d_it(inv.data)}</div><div><span>COD. CLIENTE</span>C00721</div></div>
<table class=l><colgroup><col style="width:12mm"><col><col style="width:14mm"><col style="width:22mm"><col style="width:12mm"><col style="width:22mm"></colgroup>
<tr><th>Rif.</th><th>Descrizione</th><th class=r>Q.tà</th><th class=r>Prezzo</th><th>Cod. IVA</th><th class=r>Importo</th></tr>
<tr><td>01</td><td class=ds>{esc(desc1)}</td><td class=r>1</td><td class=r>{eur(c.pubblica)}</td><td>E10</td><td class=r>{eur(c.pubblica)}</td></tr>
<tr><td>02</td><td class=ds>{esc(desc2)}</td><td class=r>1</td><td class=r>{eur(c.privata)}</td><td>E10</td><td class=r>{eur(c.privata)}</td></tr>
<tr><td>03</td><td class=ds>Partecipanti: {', '.join(f'{p.full} ({p.cf})' for p in c.partecipanti)}</td><td></td><td></td><td></td><td></td></tr>
</table>
<table class=tot><tr><td>Totale imponibile</td><td class=r>{eur(inv.imponibile)}</td></tr>
<tr><td>E10 – Esente art. 10 n. 20 DPR 633/72</td><td class=r>0,00</td></tr>
<tr><td>Bollo (addebitato al cliente)</td><td class=r>{eur(inv.bollo)}</td></tr>
<tr><td>TOTALE FATTURA EUR</td><td class=r>{eur(inv.totale)}</td></tr></table>
<div class=foot>Pagamento: bonifico vista fattura su IBAN {pr.iban} ({esc(pr.bank.nome)}). Documento di cortesia: la fattura
elettronica in formato XML è stata inviata al Sistema di Interscambio. Impresa sociale ai sensi del D.Lgs. 112/2017.</div>
"""
    return Case("fattura_pavia_ticino_righe_quote_break_all", "fattura", doc("Documento", F_CSS_3, body), _expect(inv),
                pages=1)


# ============================================================================ 4: desktop invoicing with VAT 22%, wording in "Annotazioni"

F_CSS_4 = """
body { font-family: 'Liberation Sans'; font-size: 9pt; margin: 0; }
.hd { display: grid; grid-template-columns: 1.3fr 1fr; gap: 6mm; }
.em { font-size: 8pt; line-height: 1.35; }
.em b { font-size: 13pt; font-family: 'Liberation Serif'; }
.frame { border: 1.2px solid #333; border-radius: 6px; padding: 5px 7px; }
.lbl { font-size: 6.8pt; color: #555; }
.docrow { display: grid; grid-template-columns: 2fr 1fr 1fr 1.4fr; border: 1.2px solid #333; border-radius: 6px; margin: 8px 0; }
.docrow div { padding: 3px 6px; border-right: 1px solid #999; }
table.l { width: 100%; border-collapse: collapse; border: 1.2px solid #333; }
table.l th { font-size: 7.4pt; border-bottom: 1.2px solid #333; background: #eee; padding: 3px; text-align: left; }
table.l td { padding: 4px 3px; border-right: 1px solid #bbb; vertical-align: top; height: 14px; }
.r { text-align: right; }
.bt { display: grid; grid-template-columns: 1.5fr 1fr; gap: 6mm; margin-top: 8px; }
.ann { font-size: 7.8pt; text-align: justify; }
.tt td { padding: 2px 4px; } .tt { width: 100%; }
.big { font-size: 12pt; font-weight: bold; }
"""


def fattura_mincio_mantova() -> Case:
    inv, co = P.INV_MANTOVA, P.MANTOVA_FOOD
    c, pr = inv.corso, inv.corso.provider
    p = c.partecipanti[0]
    empty = "".join("<tr><td></td><td></td><td></td><td></td><td></td><td></td></tr>" for _ in range(4))
    body = f"""
<div class=hd><div class=em><b>CentroStudi Mincio</b><br>{esc(pr.ragione)}<br>{esc(pr.indirizzo)} - {pr.cap} {pr.comune} ({pr.prov})<br>
Tel. {pr.tel} - {pr.email}<br>P.IVA {pr.piva} - Cap. soc. € 20.000 i.v. - REA {pr.rea}</div>
<div class=frame><span class=lbl>Spett.le</span><br><b>{esc(co.ragione)}</b><br>{esc(co.indirizzo)}<br>{co.cap} {co.comune} ({co.prov})<br>
<span class=lbl>P.IVA</span> {co.piva} <span class=lbl>Cod. SDI</span> KRRH6B9</div></div>
<div class=docrow><div><span class=lbl>Documento</span><br><b>FATTURA</b></div><div><span class=lbl>Numero</span><br>{inv.numero}</div>
<div><span class=lbl>Data</span><br>{d_it(inv.data)}</div><div><span class=lbl>Pagamento</span><br>Bonifico 30 gg d.f.</div></div>
<table class=l><tr><th>Codice</th><th>Descrizione</th><th class=r>Quantità</th><th class=r>Prezzo</th><th class=r>Importo</th><th class=r>Iva</th></tr>
<tr><td>FORM-TPM</td><td>{esc(c.titolo)} – {c.ore} ore – ID edizione {c.id_edizione}<br>partecipante: {esc(p.full)}</td>
<td class=r>1</td><td class=r>{eur(c.costo)}</td><td class=r>{eur(c.costo)}</td><td class=r>22</td></tr>{empty}</table>
<div class=bt><div class=frame><span class=lbl>Annotazioni</span><div class=ann>{esc(_wording(inv, 2))}</div></div>
<div class=frame><table class=tt><tr><td>Imponibile</td><td class=r>{eur(inv.imponibile)}</td></tr>
<tr><td>IVA 22%</td><td class=r>{eur(inv.imposta)}</td></tr>
<tr><td class=big>Totale € </td><td class="r big">{eur(inv.totale)}</td></tr></table>
<span class=lbl>Scadenze</span><br>{d_it(inv.data.replace(month=12, day=24))} € {eur(inv.totale)}<br>
<span class=lbl>Banca d'appoggio</span><br>{esc(pr.bank.nome)}<br>IBAN {pr.iban}</div></div>
<p style="font-size:7pt;color:#666">Copia analogica di cortesia della fattura elettronica trasmessa al SdI (art. 21 D.P.R. 633/72).</p>
"""
    return Case("fattura_mincio_mantova_iva22_annotazioni", "fattura", doc("Documento", F_CSS_4, body),
                _expect(inv), pages=1)


def cases() -> list[Case]:
    return [fattura_atl_brambati(), fattura_ifvc_idrotermica(), fattura_pavia_ticino(), fattura_mincio_mantova()]
