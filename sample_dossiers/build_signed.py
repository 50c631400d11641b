"""Build the signed/scanned fc4 domanda samples: one clean dossier and two with a signature defect.

    .venv/bin/python sample_dossiers/build_signed.py

fc4-domanda-firmati/                       clean: A.1 as a CAdES .pdf.p7m signed by the legal
                                           representative, de minimis PAdES-signed, A.3 as .p7m,
                                           the IBAN certificate and the ID card as scans (OCR), an
                                           advance invoice as FatturaPA .xml.p7m signed by the provider
fc4-domanda-firmati-a1-non-firmata/        the A.1 as a plain PDF                  → SIG-MISSING
fc4-domanda-firmati-firmatario-estraneo/   the A.1 signed by a third person        → SIG-SIGNER-MISMATCH

The manifest is tests/data/spec_example.yaml (SPEC 3.1). The certificates are made
here, self-signed, with `serialNumber=TINIT-<codice fiscale>`; expected rule IDs are
in expected_signed.yaml. Files are written only below sample_dossiers/.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.docs import image_bytes, page_images, scanned_pdf, text_pdf  # noqa: E402
from tests.signing import Identity, cades_sign, make_identity, pades_sign  # noqa: E402

CLEAN = "fc4-domanda-firmati"
UNSIGNED_A1 = "fc4-domanda-firmati-a1-non-firmata"
STRANGER = "fc4-domanda-firmati-firmatario-estraneo"

COMPANY = "Meccanica Rossi S.r.l."
COMPANY_ID = "02468130162"
PROVIDER = "Formazione Lombarda S.r.l."
PROVIDER_PIVA = "03456780125"
HEADER = ["Regione Lombardia - Bandi Online",
          "Formazione Continua - Quarta Edizione (DGR n. XII/6232 del 28 Maggio 2026)"]


def domanda_a1() -> bytes:
    return text_pdf([[
        *HEADER, "",
        "# ALLEGATO A.1 - DOMANDA DI FINANZIAMENTO",
        "ID domanda: 5012345          Protocollo: in attesa di invio",
        "Il sottoscritto Mario Rossi, codice fiscale RSSMRA70A01A794H,",
        f"in qualita' di legale rappresentante di {COMPANY}",
        f"codice fiscale e partita IVA {COMPANY_ID}, sede operativa in Via Roma 1, Bergamo (BG),",
        "", "CHIEDE",
        "il voucher aziendale per il percorso «Cybersecurity per PMI» (ID corso 123456, ID edizione 654321)",
        "per 2 partecipanti, costo totale euro 3.000,00, quota pubblica richiesta euro 2.100,00.",
        "", "Data 01/09/2026           Documento firmato digitalmente dal legale rappresentante",
    ]], "Allegato A.1")


def deminimis() -> bytes:
    return text_pdf([[
        "# ALLEGATO A.2.a - DICHIARAZIONE DE MINIMIS",
        "Dichiarazione sostitutiva dell'atto di notorieta' (artt. 46 e 47 DPR 445/2000)",
        "Il sottoscritto Mario Rossi, legale rappresentante dell'impresa",
        f"{COMPANY}, codice fiscale {COMPANY_ID},",
        "in relazione agli aiuti «de minimis» di cui al Reg. (UE) 2023/2831 della Commissione,",
        "DICHIARA che l'impresa unica di cui fa parte non ha superato il massimale",
        "nei tre anni precedenti e che i contributi ricevuti sono quelli riportati nel Registro",
        "nazionale degli aiuti di Stato.",
        "", "Bergamo, 28/08/2026          Firmato digitalmente",
    ]], "Allegato A.2.a")


def incarico_a3() -> bytes:
    return text_pdf([[
        *HEADER, "",
        "# ALLEGATO A.3 - INCARICO PER LA SOTTOSCRIZIONE DIGITALE",
        "e la presentazione telematica della domanda di voucher",
        "Il sottoscritto Mario Rossi (RSSMRA70A01A794H), legale rappresentante di",
        f"{COMPANY} (C.F. {COMPANY_ID}), in qualita' di delegante,",
        "conferisce incarico a Laura Verdi, codice fiscale VRDLRA80C55F205O, in qualita' di delegato,",
        "per la sottoscrizione digitale e la presentazione telematica della domanda su Bandi Online.",
        "", "Bergamo, 25/08/2026          Firmato digitalmente dal delegante",
    ]], "Allegato A.3")


def certificazione_iban() -> bytes:
    return text_pdf([[
        "# BANCA POPOLARE DI BERGAMO S.p.A.",
        "Filiale di Bergamo Centro - Via XX Settembre 10 - 24122 Bergamo", "",
        "# CERTIFICAZIONE IBAN", "",
        f"Spett.le {COMPANY}", "Via Roma 1 - 24121 Bergamo (BG)", "",
        "Con la presente si attesta che il conto corrente n. 000000123456",
        f"intestato a: {COMPANY} - P.IVA {COMPANY_ID}",
        "ha le seguenti coordinate bancarie:", "",
        "IBAN: IT60 X054 2811 1010 0000 0123 456", "BIC/SWIFT: BEPOIT21", "",
        "Bergamo, 20 luglio 2026", "Il Direttore di Filiale",
    ]], "Certificazione IBAN")


def polizza() -> bytes:
    return text_pdf([[
        "# ASSICURAZIONI GENERALI LOMBARDE S.p.A.",
        "# CERTIFICATO DI ASSICURAZIONE - RISCHI CATASTROFALI",
        "Polizza n. CAT-2026-004512 ai sensi della Legge 30 dicembre 2023, n. 213, art. 1, comma 101",
        f"Contraente e assicurato: {COMPANY}, P.IVA {COMPANY_ID}",
        "Ubicazione del rischio: Via Roma 1, Bergamo (BG)",
        "Garanzie: danni da eventi catastrofali (sisma, alluvione, frana, inondazione, esondazione)",
        "Decorrenza: 01/01/2026",
        "Scadenza: 31/12/2026",
        "", "Milano, 15/12/2025          La Compagnia",
    ]], "Polizza catastrofale")


def sedi_ausiliarie() -> bytes:
    return text_pdf([[
        "# ALLEGATO 4 DGR - SEDI AUSILIARIE (pagine 4 e 5)",
        "Dichiarazione di utilizzo della sede aziendale come sede ausiliaria per attivita' formative",
        f"L'impresa {COMPANY} (C.F. {COMPANY_ID}) mette a disposizione i locali della",
        "sede operativa di Via Roma 1, Bergamo, per il percorso formativo «Cybersecurity per PMI»,",
        "e dichiara che i locali rispettano i requisiti di idoneita', agibilita' e sicurezza.",
        "", "Bergamo, 28/08/2026",
    ]], "Sedi ausiliarie")


def iscrizione_a4(nome: str, cognome: str, cf: str, nascita: str, assunzione: str) -> bytes:
    return text_pdf([[
        "# ALLEGATO A.4 - SCHEDA DI ISCRIZIONE DEL PARTECIPANTE",
        "Iscrizione al percorso formativo «Cybersecurity per PMI» - ID edizione 654321",
        f"Partecipante: {nome} {cognome}", f"Codice fiscale: {cf}", f"Data di nascita: {nascita}",
        f"Datore di lavoro: {COMPANY}", f"Data di assunzione: {assunzione}",
        "", "Data 28/08/2026",
    ]], f"A4 {cognome}")


def cob_anna() -> bytes:
    return text_pdf([[
        "# MODELLO UNIFICATO LAV - COMUNICAZIONE OBBLIGATORIA DI ASSUNZIONE",
        "Centro per l'impiego di Bergamo - CO Lombardia",
        "Codice comunicazione: 1601315000123456",
        f"Datore di lavoro: {COMPANY} - C.F. {COMPANY_ID}",
        "Lavoratrice: Anna Bianchi - codice fiscale BNCNNA85M41F205Q",
        "Data inizio rapporto: 02/03/2015",
        "Tipologia contrattuale: lavoro subordinato a tempo indeterminato",
    ]], "UNILAV Bianchi")


def contratto_luca() -> bytes:
    return text_pdf([[
        "# LETTERA DI ASSUNZIONE",
        f"{COMPANY} - Via Roma 1, Bergamo",
        "Egregio Signor Luca Ferrari, codice fiscale FRRLCU88T10A794W,",
        "con la presente le comunichiamo la sua assunzione alle dipendenze della nostra societa'",
        "con decorrenza dal 11/06/2007, con contratto di lavoro a tempo determinato,",
        "mansione di operatore macchine utensili, livello 3, CCNL Metalmeccanici industria.",
        "Periodo di prova: 30 giorni. Orario di lavoro: 40 ore settimanali.",
    ]], "Contratto Ferrari")


def cedolino_luca() -> bytes:
    return text_pdf([[
        "# CEDOLINO PAGA - PROSPETTO DI PAGA",
        f"Azienda: {COMPANY}",
        "Dipendente: Luca Ferrari   Codice fiscale: FRRLCU88T10A794W   Matricola 0042",
        "Periodo di paga: luglio 2026",
        "Competenze: retribuzione lorda 2.150,00   Trattenute: contributi INPS 197,58  IRPEF 310,40",
        "Netto in busta: 1.642,02",
    ]], "Cedolino Ferrari")


def carta_identita() -> bytes:
    """A phone photo of the ID card: a JPEG, read by OCR."""
    pdf = text_pdf([[
        "# REPUBBLICA ITALIANA",
        "# CARTA DI IDENTITA' ELETTRONICA",
        "Ministero dell'Interno",
        "Cognome: ROSSI          Nome: MARIO",
        "Luogo e data di nascita: BERGAMO (BG) 01/01/1970",
        "Sesso: M    Cittadinanza: ITA    Statura: 178",
        "Codice fiscale: RSSMRA70A01A794H",
        "Data di emissione: 16/03/2021",
        "Data di scadenza: 15/03/2031",
        "Comune di Bergamo",
    ]], "CIE")
    return image_bytes(page_images(pdf, 200)[0], "JPEG", 200)


def fattura_xml() -> bytes:
    causale = ("Avviso Formazione Continua - Quarta Edizione, DGR n. XII/6232 del 28 Maggio 2026, "
               "CUP E84D26004370009, ID VOUCHER n. 998877, ID EDIZIONE n. 654321, corso Cybersecurity per PMI, "
               "acconto del 30% sul costo del percorso formativo")
    parts = [causale[i:i + 200] for i in range(0, len(causale), 200)]  # 200 characters each, split anywhere
    causali = "".join(f"<Causale>{p}</Causale>" for p in parts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" versione="FPR12">
<FatturaElettronicaHeader>
<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{PROVIDER_PIVA}</IdCodice></IdTrasmittente>
<ProgressivoInvio>00071</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>
<CodiceDestinatario>0000000</CodiceDestinatario></DatiTrasmissione>
<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{PROVIDER_PIVA}</IdCodice></IdFiscaleIVA>
<Anagrafica><Denominazione>{PROVIDER}</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
<Sede><Indirizzo>Via Manzoni 5</Indirizzo><CAP>20121</CAP><Comune>Milano</Comune><Provincia>MI</Provincia>
<Nazione>IT</Nazione></Sede></CedentePrestatore>
<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{COMPANY_ID}</IdCodice></IdFiscaleIVA>
<CodiceFiscale>{COMPANY_ID}</CodiceFiscale><Anagrafica><Denominazione>{COMPANY}</Denominazione></Anagrafica></DatiAnagrafici>
<Sede><Indirizzo>Via Roma 1</Indirizzo><CAP>24121</CAP><Comune>Bergamo</Comune><Provincia>BG</Provincia>
<Nazione>IT</Nazione></Sede></CessionarioCommittente>
</FatturaElettronicaHeader>
<FatturaElettronicaBody>
<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD02</TipoDocumento><Divisa>EUR</Divisa><Data>2026-08-28</Data>
<Numero>38/2026</Numero><ImportoTotaleDocumento>900.00</ImportoTotaleDocumento>{causali}</DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea>
<Descrizione>Acconto percorso formativo Cybersecurity per PMI (24 ore, 2 partecipanti)</Descrizione>
<Quantita>1.00</Quantita><PrezzoUnitario>900.00</PrezzoUnitario><PrezzoTotale>900.00</PrezzoTotale>
<AliquotaIVA>0.00</AliquotaIVA><Natura>N4</Natura></DettaglioLinee>
<DatiRiepilogo><AliquotaIVA>0.00</AliquotaIVA><Natura>N4</Natura><ImponibileImporto>900.00</ImponibileImporto>
<Imposta>0.00</Imposta><RiferimentoNormativo>Esente art. 10 DPR 633/72</RiferimentoNormativo></DatiRiepilogo>
</DatiBeniServizi>
<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>
<ImportoPagamento>900.00</ImportoPagamento><IBAN>IT40S0542811101000000123456</IBAN></DettaglioPagamento></DatiPagamento>
</FatturaElettronicaBody>
</p:FatturaElettronica>
""".encode()


def build(folder: Path, a1: Callable[[bytes], bytes], people: dict[str, Identity]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "allegati").mkdir(parents=True)
    shutil.copyfile(ROOT / "tests" / "data" / "spec_example.yaml", folder / "dossier.yaml")
    rep, provider = people["rep"], people["provider"]
    files = {
        "domanda_A1": a1(domanda_a1()),
        "allegati/de minimis firmato.pdf": pades_sign(deminimis(), rep),
        "allegati/incarico A3.pdf.p7m": cades_sign(incarico_a3(), rep),
        "allegati/scansione0003.pdf": scanned_pdf(certificazione_iban(), 200),
        "allegati/polizza catastrofale 2026.pdf": polizza(),
        "allegati/sedi ausiliarie.pdf": sedi_ausiliarie(),
        "allegati/A4 Bianchi.pdf": iscrizione_a4("Anna", "Bianchi", "BNCNNA85M41F205Q", "01/08/1985", "02/03/2015"),
        "allegati/A4 Ferrari.pdf": iscrizione_a4("Luca", "Ferrari", "FRRLCU88T10A794W", "10/12/1988", "11/06/2007"),
        "allegati/UNILAV Bianchi.pdf": cob_anna(),
        "allegati/contratto Ferrari.pdf": contratto_luca(),
        "allegati/cedolino luglio 2026 Ferrari.pdf": cedolino_luca(),
        "allegati/IMG_2041.jpg": carta_identita(),
        "allegati/IT03456780125_00071.xml.p7m": cades_sign(fattura_xml(), provider),
    }
    for name, data in files.items():
        if name == "domanda_A1":
            name = "domanda A1 firmata.pdf.p7m" if data[:1] != b"%" else "domanda A1.pdf"
        (folder / name).write_bytes(data)


def main() -> None:
    rep = make_identity("Mario", "Rossi", "RSSMRA70A01A794H")
    stranger = make_identity("Giuseppe", "Neri", "NREGPP75B12F205R")
    provider = make_identity("Paolo", "Galli", "GLLPLA66C03F205B")
    people = {"rep": rep, "provider": provider}
    build(HERE / CLEAN, lambda pdf: cades_sign(pdf, rep), people)
    build(HERE / UNSIGNED_A1, lambda pdf: pdf, people)
    build(HERE / STRANGER, lambda pdf: cades_sign(pdf, stranger), people)
    print(f"written: {CLEAN}, {UNSIGNED_A1}, {STRANGER}")


if __name__ == "__main__":
    main()
