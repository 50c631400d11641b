# ruff: noqa: E501  (HTML templates: lines follow the markup, not the code)
"""Identity documents of legal representatives, as photocopies/scans laid out on A4: CIE (with MRZ), passport,
EU driving licence, old paper identity card (no MRZ)."""

from __future__ import annotations

import datetime as dt

from . import people as P
from .common import MESI_ABBR, MONTHS_EN_ABBR, Case, d_it, doc, esc, mrz_digit

d = dt.date


def _yymmdd(x: dt.date) -> str:
    return f"{x.year % 100:02d}{x.month:02d}{x.day:02d}"


def mrz_td1(doc_no: str, born: dt.date, sex: str, expiry: dt.date, surname: str, name: str) -> list[str]:
    doc9 = doc_no.ljust(9, "<")
    l1 = f"CIITA{doc9}{mrz_digit(doc9)}".ljust(30, "<")
    b = _yymmdd(born)
    e = _yymmdd(expiry)
    opt2 = "<" * 11
    l2_body = f"{b}{mrz_digit(b)}{sex}{e}{mrz_digit(e)}ITA{opt2}"
    composite = l1[5:30] + l2_body[0:7] + l2_body[8:15] + l2_body[18:29]
    l2 = l2_body + mrz_digit(composite)
    l3 = f"{surname.upper().replace(' ', '<')}<<{name.upper().replace(' ', '<')}".ljust(30, "<")[:30]
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrz_td3(doc_no: str, born: dt.date, sex: str, expiry: dt.date, surname: str, name: str) -> list[str]:
    l1 = f"P<ITA{surname.upper().replace(' ', '<')}<<{name.upper().replace(' ', '<')}".ljust(44, "<")[:44]
    doc9 = doc_no.ljust(9, "<")
    b, e = _yymmdd(born), _yymmdd(expiry)
    personal = "<" * 14
    l2 = f"{doc9}{mrz_digit(doc9)}ITA{b}{mrz_digit(b)}{sex}{e}{mrz_digit(e)}{personal}{mrz_digit(personal)}"
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_digit(composite)
    assert len(l1) == len(l2) == 44, (l1, l2)
    return [l1, l2]


ID_BASE = """
body { margin: 0; font-family: 'DejaVu Sans'; }
.sheet { padding-top: 12mm; display: flex; flex-direction: column; align-items: center; gap: 10mm; }
.card { width: 85.6mm; height: 54mm; border-radius: 3.2mm; position: relative; overflow: hidden; box-shadow: 0 0 0 .3mm #999; }
.photo { position: absolute; background: linear-gradient(#bbb, #888); border-radius: 1mm; }
.mrz { position: absolute; left: 3mm; right: 2mm; bottom: 2.2mm; font-family: 'DejaVu Sans Mono'; font-size: 8.1pt;
  letter-spacing: .2mm; line-height: 1.25; white-space: pre; }
.lab { font-size: 3.9pt; color: #333; display: block; }
.val { font-size: 6.6pt; font-weight: bold; display: block; margin-bottom: .8mm; }
"""

CIE_CSS = ID_BASE + """
.front { background: linear-gradient(115deg, #e8f1f7 0%, #f7e9ec 45%, #e6f3ea 100%); }
.back { background: linear-gradient(60deg, #eef1f7, #f5efe6); }
.hd { position: absolute; left: 3mm; top: 1.8mm; font-size: 5.4pt; line-height: 1.15; }
.hd b { font-size: 6.3pt; }
.front .photo { left: 3mm; top: 12mm; width: 22mm; height: 28mm; }
.f1 { position: absolute; left: 28mm; top: 11mm; width: 54mm; }
.cols { display: grid; grid-template-columns: 1fr 1fr; }
.num { position: absolute; right: 3mm; top: 2mm; font-size: 7.2pt; font-weight: bold; color: #b00020; }
.b1 { position: absolute; left: 3mm; top: 3mm; right: 3mm; }
.note { font-size: 7pt; color: #555; text-align: center; }
"""


def cie_brambati() -> Case:
    p = P.BRAMBATI.legale
    issued, expiry = d(2022, 3, 2), d(2033, 4, 17)
    num = "CA48213QK"
    mrz = mrz_td1(num, p.nato, p.sesso, expiry, p.cognome, p.nome)
    body = f"""<div class=sheet>
<div class="card front"><div class=hd><b>REPUBBLICA ITALIANA</b><br>MINISTERO DELL'INTERNO<br>CARTA DI IDENTITÀ / IDENTITY CARD</div>
<div class=num>{num}</div><div class=photo></div>
<div class=f1><span class=lab>COMUNE DI / MUNICIPALITY</span><span class=val>LECCO</span>
<span class=lab>COGNOME / SURNAME</span><span class=val>{p.cognome.upper()}</span>
<span class=lab>NOME / NAME</span><span class=val>{p.nome.upper()}</span>
<span class=lab>LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH</span><span class=val>{p.comune.upper()} ({p.prov}) {d_it(p.nato, '.')}</span>
<div class=cols><div><span class=lab>SESSO / SEX</span><span class=val>{p.sesso}</span></div><div><span class=lab>STATURA / HEIGHT</span><span class=val>176</span></div>
<div><span class=lab>EMISSIONE / ISSUING</span><span class=val>{d_it(issued, '.')}</span></div>
<div><span class=lab>SCADENZA / EXPIRY</span><span class=val>{d_it(expiry, '.')}</span></div></div>
<span class=lab>CITTADINANZA / NATIONALITY</span><span class=val>ITA</span></div></div>
<div class="card back"><div class=b1><span class=lab>CODICE FISCALE / FISCAL CODE</span><span class=val>{p.cf}</span>
<span class=lab>INDIRIZZO DI RESIDENZA / RESIDENCE</span><span class=val>{esc(p.indirizzo.upper())}</span>
<span class=lab>ESTREMI ATTO DI NASCITA</span><span class=val>00412 1 A 1962</span>
<span class=lab>COGNOME E NOME DEI GENITORI</span><span class=val>—</span></div>
<div class=mrz>{esc(chr(10).join(mrz))}</div></div>
<div class=note>Copia fotostatica fronte/retro della carta d'identità elettronica del legale rappresentante</div></div>"""
    return Case("id_cie_brambati_fronte_retro", "documento_identita", doc("Scansione", CIE_CSS, body),
                {"valid_until": expiry.isoformat()}, pages=1)


PASS_CSS = ID_BASE + """
.page { width: 125mm; height: 88mm; border: .3mm solid #999; border-radius: 2mm; position: relative;
  background: repeating-linear-gradient(160deg, #f4efe4 0 3mm, #efe7d8 3mm 6mm); margin-top: 20mm; }
.page .photo { left: 5mm; top: 16mm; width: 32mm; height: 42mm; }
.hd { position: absolute; left: 5mm; right: 5mm; top: 4mm; display: flex; justify-content: space-between; font-size: 6.4pt; font-weight: bold; }
.fl { position: absolute; left: 42mm; top: 13mm; right: 5mm; display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 3mm; }
.fl div.w { grid-column: span 3; } .fl div.w2 { grid-column: span 2; }
.mrz { font-size: 9.6pt; left: 4mm; bottom: 3mm; }
.lab { font-size: 4.6pt; } .val { font-size: 7.6pt; }
"""


def _it_en(x: dt.date) -> str:
    return f"{x.day:02d} {MESI_ABBR[x.month - 1]}/{MONTHS_EN_ABBR[x.month - 1]} {x.year}"


def passaporto_bonomi() -> Case:
    p = P.VALSERIANA.legale
    issued, expiry = d(2019, 7, 12), d(2029, 7, 11)
    num = "YB5530271"
    mrz = mrz_td3(num, p.nato, p.sesso, expiry, p.cognome, p.nome)
    body = f"""<div class=sheet><div class=page>
<div class=hd><span>REPUBBLICA ITALIANA</span><span>PASSAPORTO · PASSPORT · PASSEPORT</span></div>
<div class=photo></div>
<div class=fl>
<div><span class=lab>Tipo / Type</span><span class=val>P</span></div><div><span class=lab>Codice / Code</span><span class=val>ITA</span></div>
<div><span class=lab>Passaporto N. / Passport No.</span><span class=val>{num}</span></div>
<div class=w><span class=lab>Cognome / Surname (1)</span><span class=val>{p.cognome.upper()}</span></div>
<div class=w><span class=lab>Nome / Given names (2)</span><span class=val>{p.nome.upper()}</span></div>
<div class=w2><span class=lab>Cittadinanza / Nationality (3)</span><span class=val>ITALIANA</span></div>
<div><span class=lab>Sesso / Sex (5)</span><span class=val>{p.sesso}</span></div>
<div class=w2><span class=lab>Data di nascita / Date of birth (4)</span><span class=val>{_it_en(p.nato)}</span></div>
<div><span class=lab>Statura / Height</span><span class=val>1,68</span></div>
<div class=w><span class=lab>Luogo di nascita / Place of birth (6)</span><span class=val>{p.comune.upper()} ({p.prov})</span></div>
<div class=w2><span class=lab>Data di rilascio / Date of issue (7)</span><span class=val>{_it_en(issued)}</span></div>
<div><span class=lab>Autorità / Authority (9)</span><span class=val>QUESTURA DI BERGAMO</span></div>
<div class=w2><span class=lab>Data di scadenza / Date of expiry (8)</span><span class=val>{_it_en(expiry)}</span></div>
<div><span class=lab>Firma del titolare / Holder's signature</span><span class=val style="font-family:'DejaVu Serif';font-style:italic;font-weight:normal">P. Bonomi</span></div>
</div>
<div class=mrz>{esc(chr(10).join(mrz))}</div></div></div>"""
    return Case("id_passaporto_bonomi_pagina_dati", "documento_identita", doc("Scansione", PASS_CSS, body),
                {"valid_until": expiry.isoformat()}, pages=1)


PAT_CSS = ID_BASE + """
.front { background: linear-gradient(135deg, #fde2e4, #fff1e6 50%, #e2ece9); }
.back { background: linear-gradient(135deg, #fff1e6, #fde2e4); }
.flag { position: absolute; left: 3mm; top: 2.5mm; width: 10mm; height: 7mm; background: #1f3f99; color: #ffd400; font-size: 5pt;
  text-align: center; line-height: 7mm; font-weight: bold; }
.ti { position: absolute; left: 15mm; top: 2mm; font-size: 7pt; font-weight: bold; line-height: 1.1; }
.ti span { font-size: 4.5pt; font-weight: normal; display: block; }
.front .photo { left: 3mm; top: 13mm; width: 22mm; height: 29mm; }
.fl { position: absolute; left: 28mm; top: 12mm; font-size: 6.6pt; line-height: 1.48; font-weight: bold; }
.fl i { font-style: normal; font-weight: normal; display: inline-block; width: 6mm; }
table.cat { position: absolute; left: 2mm; top: 2mm; right: 2mm; border-collapse: collapse; font-size: 4.8pt; }
table.cat td, table.cat th { border: .2mm solid #999; padding: .2mm .6mm; text-align: center; }
"""


def patente_gatti() -> Case:
    p = P.IDROTERMICA.legale
    issued, expiry = d(2021, 3, 15), d(2032, 2, 28)
    cats = [("AM", "16/05/89", "28/02/32"), ("A1", "16/05/89", "28/02/32"), ("A2", "16/05/89", "28/02/32"),
            ("A", "16/05/89", "28/02/32"), ("B1", "03/04/89", "28/02/32"), ("B", "03/04/89", "28/02/32"),
            ("C1", "", ""), ("C", "", ""), ("D1", "", ""), ("D", "", ""), ("BE", "", ""), ("C1E", "", ""), ("CE", "", "")]
    rows = "".join(f"<tr><td>{c}</td><td>{a}</td><td>{b}</td><td></td></tr>" for c, a, b in cats)
    body = f"""<div class=sheet>
<div class="card front"><div class=flag>I</div><div class=ti>PATENTE DI GUIDA<span>REPUBBLICA ITALIANA · MODELLO UNIONE EUROPEA</span></div>
<div class=photo></div>
<div class=fl><i>1.</i>{p.cognome.upper()}<br><i>2.</i>{p.nome.upper()}<br><i>3.</i>{p.nato:%d/%m/%y} {p.comune.upper()} ({p.prov})<br>
<i>4a.</i>{d_it(issued)} <i style="width:8mm">4c.</i>MIT-UCO<br><i>4b.</i>{d_it(expiry)}<br><i>5.</i>U1B738104Q<br>
<i>7.</i><span style="font-family:'DejaVu Serif';font-style:italic;font-weight:normal">S. Gatti</span><br><i>9.</i>AM/A1/A2/A/B1/B</div></div>
<div class="card back"><table class=cat><tr><th>9.</th><th>10.</th><th>11.</th><th>12.</th></tr>{rows}</table></div>
<p style="font-size:7pt;color:#444">Copia patente di guida fronte/retro – documento di riconoscimento del legale rappresentante
(art. 35, comma 2, D.P.R. 445/2000).</p></div>"""
    return Case("id_patente_gatti_fronte_retro", "documento_identita", doc("Scansione", PAT_CSS, body),
                {"valid_until": expiry.isoformat()}, pages=1)


CARTA_CSS = """
body { margin: 0; font-family: 'Liberation Serif'; }
.open { display: flex; margin: 20mm auto 0; width: 176mm; border: .4mm solid #777; background: #f3ecd8; }
.half { width: 88mm; height: 120mm; padding: 5mm; box-sizing: border-box; position: relative; }
.half + .half { border-left: .3mm dashed #999; }
.r { display: flex; border-bottom: .2mm dotted #555; font-size: 8pt; padding: 1mm 0 .3mm; }
.r span { width: 26mm; font-style: italic; color: #333; } .r b { font-family: 'Liberation Mono'; font-size: 8.6pt; }
.photo { width: 30mm; height: 38mm; background: linear-gradient(#ccc, #999); margin: 4mm 0; }
.timbro { position: absolute; right: 6mm; bottom: 18mm; width: 26mm; height: 26mm; border: .5mm solid #5b6bb5; border-radius: 50%;
  color: #5b6bb5; font-size: 5pt; text-align: center; display: flex; align-items: center; justify-content: center; }
h3 { text-align: center; font-size: 11pt; margin: 2mm 0 4mm; letter-spacing: 1px; }
"""


def carta_cartacea_cerri() -> Case:
    p = P.CERRI.legale
    issued, expiry = d(2017, 11, 6), d(2027, 10, 27)
    body = f"""<div class=open><div class=half>
<div class=r><span>Cognome</span><b>{p.cognome.upper()}</b></div><div class=r><span>Nome</span><b>{p.nome.upper()}</b></div>
<div class=r><span>nato il</span><b>{d_it(p.nato, '.')}</b></div><div class=r><span>(atto n.</span><b>1204 P.I S.A)</b></div>
<div class=r><span>a</span><b>{p.comune.upper()} ({p.prov})</b></div><div class=r><span>Cittadinanza</span><b>ITALIANA</b></div>
<div class=r><span>Residenza</span><b>{p.comune.upper()}</b></div><div class=r><span>Via</span><b>{esc(p.indirizzo.split(',')[0].upper())}</b></div>
<div class=r><span>Stato civile</span><b>CONIUGATA</b></div><div class=r><span>Professione</span><b>IMPRENDITRICE</b></div>
<h3 style="font-size:8pt;margin-top:4mm">CONNOTATI E CONTRASSEGNI SALIENTI</h3>
<div class=r><span>Statura</span><b>1,64</b></div><div class=r><span>Capelli</span><b>CASTANI</b></div>
<div class=r><span>Occhi</span><b>VERDI</b></div><div class=r><span>Segni particolari</span><b>—</b></div></div>
<div class=half><h3>REPUBBLICA ITALIANA<br>COMUNE DI LODI</h3><div style="text-align:center;font-size:9pt">CARTA D'IDENTITÀ<br>N. <b>AX 4512873</b></div>
<div class=photo></div><div style="font-size:7pt">Firma del titolare ____________________</div>
<div class=r style="margin-top:4mm"><span>Rilasciata il</span><b>{d_it(issued, '.')}</b></div>
<div class=r><span>Scadenza</span><b>{d_it(expiry, '.')}</b></div>
<div class=r><span>Valida per l'espatrio</span><b>SÌ</b></div>
<div class=timbro>COMUNE DI LODI<br>UFFICIO ANAGRAFE</div>
<div style="position:absolute;bottom:6mm;left:5mm;font-size:7pt">IL SINDACO (o suo delegato)</div></div></div>
<p style="text-align:center;font-size:7pt;font-family:'Liberation Sans'">scansione carta d'identità cartacea (pagine interne)</p>"""
    return Case("id_carta_cartacea_cerri_senza_mrz", "documento_identita", doc("Scansione", CARTA_CSS, body),
                {"valid_until": expiry.isoformat()}, pages=1)


def cases() -> list[Case]:
    return [cie_brambati(), passaporto_bonomi(), patente_gatti(), carta_cartacea_cerri()]
