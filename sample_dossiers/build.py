"""(Re)create the bundled sample dossiers, deterministically.

    .venv/bin/python sample_dossiers/build.py            # from the repository root

Every `fc4-*` folder under sample_dossiers/ is deleted and written again from
the definitions below: a clean domanda and a clean liquidazione dossier (the
SPEC 3.1 example), a few more clean ones in other layouts, and broken copies
with one defect each. `expected.yaml` (the rule IDs the checker must report for
each folder) is written from the same definitions, so the two cannot drift.
Documents come from tests/docgen/a (reportlab, invariant mode); signatures are
made with test keys derived from fixed seeds, so the bytes never change.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from docgen.a import render_bytes  # noqa: E402
from docgen.a.common import make_cf  # noqa: E402
from docgen.a.fixtures import AUTONOMO, DOMANDA, TRN, liquidazione_manifest  # noqa: E402
from docgen.a.model import HOLDING, OTHER_BENEFICIARY, OTHER_COMPANY, Ctx  # noqa: E402
from docgen.a.signing import ROME, Signer, sign_p7m, sign_pdf  # noqa: E402

D = Decimal
Item = tuple[str, int, dict[str, Any]]  # (doctype, style, tweaks)


@dataclass
class Doc:
    """One file of a dossier: one or more documents, optionally signed."""

    items: list[Item]
    sign: str = ""  # "" | "p7m" | "p7m64" | "pades"
    signers: tuple[str, ...] = ("rep",)  # "rep" | "delegate" | "other"
    when: Callable[[Ctx], dt.datetime] | None = None


@dataclass
class Dossier:
    name: str
    description: str
    manifest: dict[str, Any]
    files: dict[str, Doc]
    rules: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    maybe: dict[str, str] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    yaml_comment: str = ""


def doc(doctype: str, style: int = 0, sign: str = "", signers: tuple[str, ...] = ("rep",), **tweaks: Any) -> Doc:
    return Doc([(doctype, style, tweaks)], sign, signers)


# ---------------------------------------------------------------------------- file sets

def domanda_files() -> dict[str, Doc]:
    return {
        "Domanda_A1_firmata.pdf.p7m": doc("domanda_a1", 0, "p7m", ("delegate",)),
        "allegati/de minimis.pdf.p7m": doc("deminimis_a2a", 0, "p7m"),
        "allegati/Incarico A3 - Verdi Laura.pdf.p7m": doc("delega_a3", 0, "p7m", ("rep", "delegate")),
        "allegati/Allegato_4_DGR_sedi_ausiliarie_pag4-5.pdf": doc("sedi_ausiliarie", 0),
        "Certificato IBAN BPO.pdf": doc("certificazione_iban", 0),
        "scansione0003.pdf": doc("polizza_catastrofale", 0),
        "dipendenti/Bianchi Anna - A4.pdf": doc("iscrizione_a4", 0, partecipante=0),
        "dipendenti/Ferrari Luca - A4.pdf": doc("iscrizione_a4", 0, partecipante=1),
        "dipendenti/COB_Bianchi_Anna.pdf": doc("cob", 0, partecipante=0),
        "dipendenti/Ferrari/contratto assunzione 2007.pdf": doc("contratto_lavoro", 0, partecipante=1),
        "dipendenti/Ferrari/cedolino agosto 2026.pdf": doc("cedolino", 0, partecipante=1),
        "documenti/CI Rossi Mario.pdf": doc("documento_identita", 0),
    }


def domanda_files_b() -> dict[str, Doc]:
    """Same content, other issuers' layouts and other habits of naming and signing."""
    return {
        "ALLEGATO_A1_domanda.pdf.p7m": doc("domanda_a1", 1, "p7m"),
        "A2a_deminimis_firmato.pdf": doc("deminimis_a2a", 1, "pades"),
        "delega.pdf.p7m": doc("delega_a3", 1, "p7m64", ("rep", "delegate")),
        "Allegato 4 sedi ausiliarie.pdf": doc("sedi_ausiliarie", 1),
        "IBAN.pdf": doc("certificazione_iban", 1),
        "polizza catastrofale 2026.pdf": doc("polizza_catastrofale", 1),
        "A4_tutti_i_partecipanti.pdf": Doc([("iscrizione_a4", 1, {"partecipante": 0}),
                                            ("iscrizione_a4", 1, {"partecipante": 1})]),
        "UNILAV 1601315000123456.pdf": doc("cob", 1, partecipante=0),
        "Ferrari_lettera_assunzione.pdf": doc("contratto_lavoro", 1, partecipante=1),
        "busta paga 08-2026 Ferrari.pdf": doc("cedolino", 1, partecipante=1),
        "passaporto legale rappresentante.pdf": doc("documento_identita", 1),
    }


def lul_file(months: list[tuple[int, int]], who: list[int], style: int = 0) -> Doc:
    return Doc([("lul", style, {"partecipante": p, "mese": m}) for m in months for p in who])


def liquidazione_files() -> dict[str, Doc]:
    return {
        "Allegato A6 - domanda di liquidazione.pdf.p7m": doc("domanda_a6", 0, "p7m"),
        "Fattura 45-2026.pdf": doc("fattura", 0),
        "pagamento/contabile bonifico 10-12-2026.pdf": doc("ricevuta_bonifico", 0),
        "pagamento/estratto conto dicembre 2026.pdf": doc("estratto_conto", 0),
        "Certificazione IBAN.pdf": doc("certificazione_iban", 2),
        "LUL/LUL ottobre 2026.pdf": lul_file([(2026, 10)], [0, 1]),
        "LUL/LUL novembre 2026.pdf": lul_file([(2026, 11)], [0, 1]),
    }


# ---------------------------------------------------------------------------- dossiers

def variant(base: Dossier, suffix: str, description: str, rules: list[str],
            manifest: Callable[[dict[str, Any]], None] | None = None,
            files: Callable[[dict[str, Doc]], None] | None = None, **extra: Any) -> Dossier:
    m = copy.deepcopy(base.manifest)
    if manifest:
        manifest(m)
    f = copy.deepcopy(base.files)
    if files:
        files(f)
    prefix = base.name.split("-pulito")[0]
    return Dossier(f"{prefix}-{suffix}", description, m, f, rules, list(base.info), **extra)


def set_tweaks(path: str, **tweaks: Any) -> Callable[[dict[str, Doc]], None]:
    def fn(files: dict[str, Doc]) -> None:
        d = files[path]
        d.items = [(t, s, {**tw, **tweaks}) for t, s, tw in d.items]
    return fn


def drop(*paths: str) -> Callable[[dict[str, Doc]], None]:
    def fn(files: dict[str, Doc]) -> None:
        for p in paths:
            del files[p]
    return fn


def both(*fns: Callable[[Any], None]) -> Callable[[Any], None]:
    def fn(x: Any) -> None:
        for f in fns:
            f(x)
    return fn


def domanda_dossiers() -> list[Dossier]:
    base = Dossier("fc4-domanda-pulito", "Domanda completa e corretta (esempio SPEC 3.1) / clean application",
                   copy.deepcopy(DOMANDA), domanda_files(), info=["FC4-D-BOLLO"])
    out = [base]
    out.append(Dossier("fc4-domanda-pulito-b", "Domanda corretta, altri layout: A.1 in .p7m, A.2.a con firma PAdES, "
                       "A.3 .p7m base64, tutti gli A.4 in un PDF, passaporto / clean, other layouts and signatures",
                       copy.deepcopy(DOMANDA), domanda_files_b(), info=["FC4-D-BOLLO"]))
    out.append(Dossier(
        "fc4-domanda-autonomo-pulito", "Libero professionista che si forma (90%), corso presso l'ente, senza delega "
        "né polizza (non è impresa) / clean, self-employed applicant",
        copy.deepcopy(AUTONOMO), {
            "Domanda A1 Galli.pdf.p7m": doc("domanda_a1", 0, "p7m"),
            "de_minimis_Galli.pdf.p7m": doc("deminimis_a2a", 1, "p7m", aiuti=[]),
            "certificazione IBAN Cassa Rurale.pdf": doc("certificazione_iban", 2),
            "A4 Galli Paolo.pdf": doc("iscrizione_a4", 0),
            "Agenzia Entrate - attribuzione P.IVA.pdf": doc("attribuzione_piva", 0),
            "INPS gestione separata.pdf": doc("iscrizione_inps_gs", 0),
            "CIE Galli.pdf": doc("documento_identita", 0),
        }, info=["FC4-D-BOLLO"]))
    aut = out[-1]
    out.append(variant(aut, "senza-inps", "Autonomo senza iscrizione alla Gestione Separata INPS / self-employed "
                       "participant without INPS registration", ["FC4-D-AUTONOMO-DOCS"],
                       files=drop("INPS gestione separata.pdf")))
    out.append(variant(base, "stadio-allegati", "Stadio 'allegati': A.1 non ancora generata, nessun errore / "
                       "attachments stage, A.1 not required yet", [],
                       manifest=lambda m: m["presentazione"].update(stadio="allegati"),
                       files=drop("Domanda_A1_firmata.pdf.p7m")))

    def part(i: int, **kv: Any) -> Callable[[dict[str, Any]], None]:
        return lambda m: m["partecipanti"][i].update(kv)

    specs: list[tuple[str, str, list[str], Any, Any, dict[str, Any]]] = [
        ("senza-a1", "Manca la domanda A.1 / application form missing", ["FC4-D-DOMANDA-A1"],
         None, drop("Domanda_A1_firmata.pdf.p7m"), {}),
        ("a1-non-firmata", "A.1 presente ma non firmata / A.1 not signed", ["SIG-MISSING"],
         None, lambda f: f.update({"Domanda_A1.pdf": doc("domanda_a1", 0)}) or f.pop("Domanda_A1_firmata.pdf.p7m"),
         {}),
        ("firmatario-estraneo", "A.1 firmata da persona diversa da legale rappresentante e delegato / "
         "A.1 signed by a third person", ["SIG-SIGNER-MISMATCH"],
         None, lambda f: setattr(f["Domanda_A1_firmata.pdf.p7m"], "signers", ("other",)), {}),
        ("senza-deminimis", "Manca la dichiarazione de minimis A.2.a / de minimis declaration missing",
         ["FC4-D-DEMINIMIS"], None, drop("allegati/de minimis.pdf.p7m"), {}),
        ("deminimis-senza-impresa-unica", "De minimis senza la dichiarazione di 'impresa unica' / "
         "no 'impresa unica' statement", ["FC4-D-DEMINIMIS"],
         None, set_tweaks("allegati/de minimis.pdf.p7m", no_impresa_unica=True), {}),
        ("deminimis-regolamento-1407", "De minimis che cita il vecchio Reg. (UE) 1407/2013 / cites the old "
         "regulation", ["FC4-D-DEMINIMIS"],
         None, set_tweaks("allegati/de minimis.pdf.p7m", regolamento="1407"), {}),
        ("iban-cin-errato", "Certificazione IBAN con CIN errato (mod-97 corretto) / IBAN with a wrong Italian CIN",
         ["FC4-D-IBAN"], None, set_tweaks("Certificato IBAN BPO.pdf", cin_errato=True), {}),
        ("iban-check-errato", "Certificazione IBAN con cifre di controllo errate (mod-97) / IBAN check digits wrong",
         ["FC4-D-IBAN"], None, set_tweaks("Certificato IBAN BPO.pdf", check_errato=True), {}),
        ("iban-altra-impresa", "Certificazione IBAN intestata a un'altra impresa / IBAN certificate of another "
         "company", ["FC4-D-IBAN", "DOC-ALTRO-SOGGETTO"],
         None, set_tweaks("Certificato IBAN BPO.pdf", intestatario=True), {}),
        ("polizza-scaduta", "Polizza catastrofale scaduta prima dell'invio / insurance expired",
         ["FC4-D-POLIZZA-CATASTROFALE"], None, set_tweaks("scansione0003.pdf", scaduta=True), {}),
        ("polizza-in-scadenza", "Polizza valida ma in scadenza entro 30 giorni / insurance expires within 30 days",
         ["DOC-IN-SCADENZA"], None, set_tweaks("scansione0003.pdf", in_scadenza=True), {}),
        ("polizza-altra-impresa", "Certificato di polizza di un'altra impresa / insurance of another company",
         ["FC4-D-POLIZZA-CATASTROFALE", "DOC-ALTRO-SOGGETTO"],
         None, set_tweaks("scansione0003.pdf", altra_impresa=True), {}),
        ("senza-sedi-ausiliarie", "Corso in sede aziendale senza Allegato 4 sedi ausiliarie / company site "
         "without the auxiliary-site form", ["FC4-D-SEDI-AUSILIARIE"],
         None, drop("allegati/Allegato_4_DGR_sedi_ausiliarie_pag4-5.pdf"), {}),
        ("manca-a4", "Un solo PDF con gli A.4, manca quello di Ferrari / A.4 of one participant missing",
         ["FC4-D-ISCRIZIONE-A4"], None,
         both(drop("dipendenti/Bianchi Anna - A4.pdf", "dipendenti/Ferrari Luca - A4.pdf"),
              lambda f: f.update({"dipendenti/schede A4.pdf": Doc([("iscrizione_a4", 0, {"partecipante": 0})])})),
         {}),
        ("senza-cob", "Assunta nel 2015 senza documento COB / hired after 2008 without COB document",
         ["FC4-D-COB"], None, drop("dipendenti/COB_Bianchi_Anna.pdf"), {}),
        ("pre2008-senza-cedolino", "Assunto nel 2007: contratto presente, ultimo cedolino mancante / "
         "pre-2008 hire without last payslip", ["FC4-D-CONTRATTO-PRE2008"],
         None, drop("dipendenti/Ferrari/cedolino agosto 2026.pdf"), {}),
        ("cedolino-vecchio", "Assunto nel 2007: ultimo cedolino di maggio 2026, più di due mesi prima dell'invio / "
         "last payslip older than two months (warning)", ["FC4-D-CONTRATTO-PRE2008"],
         None, both(drop("dipendenti/Ferrari/cedolino agosto 2026.pdf"),
                    lambda f: f.update({"dipendenti/Ferrari/cedolino maggio 2026.pdf":
                                        doc("cedolino", 2, partecipante=1, mese=(2026, 5))})),
         {"severity": {"FC4-D-CONTRATTO-PRE2008": "warning"}}),
        ("delega-senza-a3", "Delegato indicato ma incarico A.3 mancante / delegate without A.3",
         ["FC4-D-DELEGA-A3"], None, drop("allegati/Incarico A3 - Verdi Laura.pdf.p7m"), {}),
        ("delegato-ente-accreditato", "Delegata dipendente di un operatore accreditato / delegate from an "
         "accredited training body", ["FC4-D-DELEGA-ENTE"],
         lambda m: m["presentazione"]["delegato"].update(ente_accreditato=True), None, {}),
        ("documento-scaduto", "Documento d'identità del legale rappresentante scaduto / ID expired",
         ["FC4-D-DOC-IDENTITA"], None, set_tweaks("documenti/CI Rossi Mario.pdf", scaduto=True), {}),
        ("carta-identita-cartacea", "Carta d'identità cartacea (senza MRZ), non più valida dal 03/08/2026 / paper "
         "ID card", ["FC4-D-DOC-IDENTITA"], None, set_tweaks("documenti/CI Rossi Mario.pdf", cartacea=True), {}),
        ("fuori-finestra", "Invio il 13/07/2026 alle 11:30, prima dell'apertura delle 12:00 / filed before the "
         "window opens", ["FC4-D-FINESTRA"],
         lambda m: m["presentazione"].update(data_invio=dt.datetime(2026, 7, 13, 11, 30)),
         lambda f: (f.pop("dipendenti/Ferrari/cedolino agosto 2026.pdf"),
                    f.update({"dipendenti/Ferrari/cedolino giugno 2026.pdf": doc("cedolino", 0, partecipante=1)})),
         {}),
        ("anticipo-72h", "Invio il 02/10/2026 alle 09:00, 63 ore prima dell'avvio del 05/10 / filed less than "
         "72 hours before the course", ["FC4-D-ANTICIPO-72H"],
         lambda m: m["presentazione"].update(data_invio=dt.datetime(2026, 10, 2, 9, 0)),
         lambda f: (f.pop("dipendenti/Ferrari/cedolino agosto 2026.pdf"),
                    f.update({"dipendenti/Ferrari/cedolino settembre 2026.pdf":
                              doc("cedolino", 0, partecipante=1)})),
         {}),
        ("quota-pubblica-eccessiva", "Contributo richiesto 2.400 su 3.000 con 23 addetti (max 70% = 2.100) / "
         "public quota over the cap", ["FC4-D-QUOTA-PUBBLICA"],
         lambda m: m["corso"].update(quota_pubblica=D("2400.00")), None, {}),
        ("massimale-lavoratore", "Costo di Bianchi 2.400 > 2.000 per lavoratore (Ferrari 600) / worker over "
         "EUR 2,000", ["FC4-D-MASSIMALE-LAVORATORE", "FC4-D-QUOTA-PUBBLICA"],
         both(part(0, costo=D("2400.00")), part(1, costo=D("600.00"))), None, {}),
        ("massimale-impresa", "Contributi 2026 già fruiti 48.500: restano 1.500 di voucher su 3.000 / company "
         "cap exceeded", ["FC4-D-MASSIMALE-IMPRESA", "FC4-D-QUOTA-PUBBLICA"],
         lambda m: m["impresa"].update(contributi_fruiti_2026=D("48500.00")), None,
         {}),
        ("destinatario-intermittente", "Bianchi con contratto intermittente (escluso) / excluded participant",
         ["FC4-D-DESTINATARIO-ESCLUSO"], part(0, contratto="intermittente"), None,
         {}),
        ("impresa-familiare", "Impresa familiare (esclusa) / family business", ["FC4-D-IMPRESA-ESCLUSA"],
         lambda m: m["impresa"].update(impresa_familiare=True), None, {}),
        ("impresa-agricola", "ATECO 01.13.10, produzione primaria agricola (esclusa) / primary agricultural "
         "production", ["FC4-D-IMPRESA-ESCLUSA"], lambda m: m["impresa"].update(ateco="01.13.10"), None, {}),
        ("sede-fuori-lombardia", "Sede operativa a Novara (provincia: NO, non quotato nel YAML) / site outside "
         "Lombardy", ["FC4-D-SEDE-LOMBARDIA"],
         lambda m: m["impresa"].update(sede_operativa={"indirizzo": "Corso Cavour 5", "comune": "Novara",
                                                       "provincia": "NO"}), None, {}),
    ]
    for suffix, desc, rules, man, fil, extra in specs:
        out.append(variant(base, suffix, desc, rules, man, fil, **extra))
    return out


def liquidazione_dossiers() -> list[Dossier]:
    base = Dossier("fc4-liquidazione-pulito", "Liquidazione completa e corretta / clean payment claim",
                   liquidazione_manifest(), liquidazione_files(),
                   info=["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"])
    out = [base]

    mb = liquidazione_manifest()
    mb["partecipanti"][0]["part_time"] = True
    mb["liquidazione"]["fattura"]["totale"] = D("3660.00")
    mb["liquidazione"]["bonifico"]["importo"] = D("3660.00")
    out.append(Dossier(
        "fc4-liquidazione-pulito-b", "Liquidazione corretta, altri layout: fattura con IVA 22%, A.6 con firma PAdES, "
        "LUL in un unico PDF, Bianchi part-time con timbrature / clean, other layouts",
        mb, {
            "A6_liquidazione_firmata.pdf": doc("domanda_a6", 1, "pades"),
            "fattura_45_2026_formazione_lombarda.pdf": doc("fattura", 1),
            "ricevuta bonifico.pdf": doc("ricevuta_bonifico", 1),
            "movimenti conto 2026-11-20_2026-12-22.pdf": doc("estratto_conto", 1),
            "IBAN_Meccanica_Rossi.pdf": doc("certificazione_iban", 1),
            "LUL_ott-nov_2026.pdf": lul_file([(2026, 10), (2026, 11)], [0, 1], 1),
            "presenze/Bianchi_timbrature_ott-nov.pdf": doc("timbrature", 0, partecipante=0),
        }, info=["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"]))

    mm = liquidazione_manifest()
    mm["liquidazione"]["bonifico"] = [
        {"data": dt.date(2026, 12, 10), "importo": D("1500.00"), "cro_trn": TRN},
        {"data": dt.date(2026, 12, 22), "importo": D("1502.00"), "cro_trn": "0542811101626122261730591174IT"},
    ]
    fm = liquidazione_files()
    del fm["pagamento/contabile bonifico 10-12-2026.pdf"]
    fm["pagamento/bonifico acconto 10-12.pdf"] = doc("ricevuta_bonifico", 0, bonifico=0)
    fm["pagamento/bonifico saldo 22-12.pdf"] = doc("ricevuta_bonifico", 2, bonifico=1)
    out.append(Dossier("fc4-liquidazione-bonifici-multipli", "Fattura pagata con due bonifici eseguiti (1.500 + "
                       "1.502) che sommati danno il dovuto / two transfers that add up (clean)", mm, fm,
                       info=["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"]))

    def august(richiesta: dt.date) -> dict[str, Any]:
        m = liquidazione_manifest()
        m["corso"].update(data_inizio=dt.date(2027, 6, 7), data_fine=dt.date(2027, 7, 20),
                          data_inizio_effettiva=dt.date(2027, 6, 7), data_pec_ammissione=dt.date(2027, 5, 20))
        m["liquidazione"].update(data_richiesta=richiesta)
        m["liquidazione"]["fattura"].update(numero="31/2027", data=dt.date(2027, 7, 23))
        m["liquidazione"]["bonifico"] = {"data": dt.date(2027, 7, 28), "importo": D("3002.00"),
                                         "cro_trn": "0542811101627072871840663329IT"}
        return m

    fa = liquidazione_files()
    del fa["LUL/LUL ottobre 2026.pdf"], fa["LUL/LUL novembre 2026.pdf"]
    del fa["Fattura 45-2026.pdf"], fa["pagamento/contabile bonifico 10-12-2026.pdf"]
    del fa["pagamento/estratto conto dicembre 2026.pdf"]
    fa.update({"Fattura 31-2027.pdf": doc("fattura", 2), "pagamento/contabile bonifico 28-07-2027.pdf":
               doc("ricevuta_bonifico", 0), "pagamento/estratto conto luglio 2027.pdf": doc("estratto_conto", 0),
               "LUL/LUL giugno 2027.pdf": lul_file([(2027, 6)], [0, 1]),
               "LUL/LUL luglio 2027.pdf": lul_file([(2027, 7)], [0, 1])})
    out.append(Dossier("fc4-liquidazione-pulito-agosto", "Corso concluso il 20/07/2027, richiesta l'08/11/2027: "
                       "80° giorno esatto saltando agosto / on the last valid day, August skipped (clean)",
                       august(dt.date(2027, 11, 8)), fa, info=["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"]))
    out.append(Dossier("fc4-liquidazione-termine-80gg", "Richiesta il 09/11/2027: 81 giorni dopo la fine del "
                       "corso (20/07/2027) saltando agosto / claim one day late", august(dt.date(2027, 11, 9)),
                       copy.deepcopy(fa), ["FC4-L-TERMINE-80GG"], ["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"]))

    # duration over 120 days: the course runs until 03/02/2027
    md = liquidazione_manifest()
    md["corso"]["data_fine"] = dt.date(2027, 2, 3)
    md["liquidazione"].update(data_richiesta=dt.date(2027, 2, 15))
    md["liquidazione"]["fattura"].update(numero="7/2027", data=dt.date(2027, 2, 5))
    md["liquidazione"]["bonifico"] = {"data": dt.date(2027, 2, 10), "importo": D("3002.00"),
                                      "cro_trn": "0542811101627021039517740802IT"}
    fd = liquidazione_files()
    for k in [k for k in fd if k.startswith("LUL/") or k.startswith("pagamento/") or k.startswith("Fattura")]:
        del fd[k]
    months = [(2026, 10), (2026, 11), (2026, 12), (2027, 1), (2027, 2)]
    fd.update({"Fattura 7-2027.pdf": doc("fattura", 0), "pagamento/contabile 10-02-2027.pdf":
               doc("ricevuta_bonifico", 0), "pagamento/estratto conto febbraio 2027.pdf": doc("estratto_conto", 0),
               "LUL/LUL Bianchi ott26-feb27.pdf": lul_file(months, [0]),
               "LUL/LUL Ferrari ott26-feb27.pdf": lul_file(months, [1])})
    out.append(Dossier("fc4-liquidazione-durata-120gg", "Corso dal 05/10/2026 al 03/02/2027: 121 giorni / "
                       "course longer than 120 days", md, fd, ["FC4-L-DURATA-120GG"],
                       ["FC4-L-SCADENZE", "FC4-L-RIPARAMETRAZIONE"]))

    def part(i: int, **kv: Any) -> Callable[[dict[str, Any]], None]:
        return lambda m: m["partecipanti"][i].update(kv)

    receipt = "pagamento/contabile bonifico 10-12-2026.pdf"
    statement = "pagamento/estratto conto dicembre 2026.pdf"

    def receipt_and_statement(**tw: Any) -> Callable[[dict[str, Doc]], None]:
        return both(set_tweaks(receipt, **tw), set_tweaks(statement, ricevuta=tw))

    specs: list[tuple[str, str, list[str], Any, Any, dict[str, Any]]] = [
        ("avvio-120gg", "PEC di ammissione 15/07/2026, avvio effettivo 13/11/2026: 121 giorni / course started "
         "more than 120 days after the admission PEC", ["FC4-L-AVVIO-120GG"],
         lambda m: m["corso"].update(data_pec_ammissione=dt.date(2026, 7, 15),
                                     data_inizio_effettiva=dt.date(2026, 11, 13)), None, {}),
        ("senza-a6", "Manca la domanda di liquidazione A.6 / payment claim form missing", ["FC4-L-DOMANDA-A6"],
         None, drop("Allegato A6 - domanda di liquidazione.pdf.p7m"), {}),
        ("a6-non-firmata", "A.6 non firmata / A.6 not signed", ["SIG-MISSING"], None,
         lambda f: f.update({"Allegato A6 - domanda di liquidazione.pdf": doc("domanda_a6", 0)})
         or f.pop("Allegato A6 - domanda di liquidazione.pdf.p7m"), {}),
        ("due-fatture", "Oltre alla fattura 45/2026, una seconda fattura (52/2026, altro corso) / two invoices",
         ["FC4-L-FATTURA", "FC4-L-FATTURA-DICITURA", "FC4-L-FATTURA-IMPORTI"], None,
         lambda f: f.update({"Fattura 52-2026.pdf": doc(
             "fattura", 0, numero="52/2026", data=dt.date(2026, 12, 4), imponibile=D("480.00"), iva=False,
             senza_dicitura=True, descrizione="Corso «Excel avanzato per l'ufficio acquisti» – 8 ore – "
             "partecipante: Bianchi Anna")}),
         {}),
        ("fattura-cup-errato", "CUP in fattura con due cifre scambiate (E84D26004730009) / CUP digits swapped",
         ["FC4-L-FATTURA-DICITURA"], None, set_tweaks("Fattura 45-2026.pdf", cup_swap=True), {}),
        ("fattura-id-voucher-errato", "ID VOUCHER in fattura 998878 invece di 998877 / wrong ID VOUCHER",
         ["FC4-L-FATTURA-DICITURA"], None, set_tweaks("Fattura 45-2026.pdf", id_voucher="998878"), {}),
        ("fattura-senza-id-edizione", "Dicitura senza ID EDIZIONE / invoice wording without ID EDIZIONE",
         ["FC4-L-FATTURA-DICITURA"], None, set_tweaks("Fattura 45-2026.pdf", senza_id_edizione=True), {}),
        ("fattura-senza-quote", "Dicitura senza quota pubblica e privata / wording without the public and private "
         "quota", ["FC4-L-FATTURA-DICITURA"], None, set_tweaks("Fattura 45-2026.pdf", senza_quote=True),
         {}),
        ("fattura-importo-errato", "Fattura di 2.800 (quote 2.100 + 700) per un corso di 3.000 / invoice amount "
         "differs from the course cost", ["FC4-L-FATTURA-IMPORTI"],
         lambda m: (m["liquidazione"]["fattura"].update(imponibile=D("2800.00"), totale=D("2802.00"),
                                                       quota_privata=D("700.00")),
                    m["liquidazione"]["bonifico"].update(importo=D("2802.00"))),
         set_tweaks("Fattura 45-2026.pdf", imponibile=D("2800.00")), {}),
        ("senza-ricevuta", "Nessuna ricevuta di bonifico / no transfer receipt", ["FC4-L-BONIFICO"],
         None, drop(receipt), {}),
        ("bonifico-solo-ordine", "Ricevuta di un ordine 'in attesa di autorizzazione', senza TRN / only an order",
         ["FC4-L-BONIFICO-ESEGUITO", "FC4-L-BONIFICO-CRO-TRN"], None, set_tweaks(receipt, solo_ordine=True), {}),
        ("bonifico-senza-trn", "Bonifico eseguito ma senza CRO/TRN sulla ricevuta / no CRO/TRN",
         ["FC4-L-BONIFICO-CRO-TRN"], lambda m: m["liquidazione"]["bonifico"].pop("cro_trn"),
         receipt_and_statement(senza_trn=True), {}),
        ("bonifico-altro-ordinante", "Bonifico disposto dalla controllante Rossi Holding S.r.l. / ordered by "
         "another company", ["FC4-L-BONIFICO-ORDINANTE", "DOC-ALTRO-SOGGETTO"], None, set_tweaks(receipt, ordinante=HOLDING),
         {}),
        ("bonifico-altro-beneficiario", "Bonifico a Edu Service Bergamo S.r.l. invece che all'ente che ha "
         "fatturato / beneficiary is not the invoice issuer", ["FC4-L-BONIFICO-BENEFICIARIO"], None,
         receipt_and_statement(beneficiario=OTHER_BENEFICIARY),
         {}),
        ("bonifico-importo-diverso", "Pagati 3.000 invece di 3.002 (dimenticato il bollo) / amount paid differs",
         ["FC4-L-BONIFICO-IMPORTO"], lambda m: m["liquidazione"]["bonifico"].update(importo=D("3000.00")), None,
         {}),
        ("causale-senza-fattura", "Causale del bonifico senza riferimento alla fattura / causale without the "
         "invoice reference", ["FC4-L-BONIFICO-CAUSALE"], None, receipt_and_statement(causale_senza_fattura=True),
         {}),
        ("senza-estratto-conto", "Manca l'estratto conto / no bank statement", ["FC4-L-ESTRATTO-CONTO"],
         None, drop(statement), {}),
        ("estratto-senza-addebito", "Estratto conto di novembre: l'addebito (10/12) non c'è / statement without "
         "the debit", ["FC4-L-ESTRATTO-CONTO"], None,
         lambda f: (f.pop(statement), f.update({"pagamento/estratto conto novembre 2026.pdf": doc(
             "estratto_conto", 0, dal=dt.date(2026, 11, 1), al=dt.date(2026, 11, 30))})), {}),
        ("iban-altra-impresa", "Certificazione IBAN intestata a un'altra impresa / IBAN certificate of another "
         "company", ["FC4-L-IBAN", "DOC-ALTRO-SOGGETTO"], None,
         set_tweaks("Certificazione IBAN.pdf", intestatario=OTHER_COMPANY), {}),
        ("senza-certificazione-iban", "Manca la certificazione IBAN (l'IBAN compare solo nell'A.6) / no IBAN "
         "certificate", ["FC4-L-IBAN"], None, drop("Certificazione IBAN.pdf"), {}),
        ("manca-lul-novembre", "LUL di novembre senza Ferrari / LUL of one month missing for one participant",
         ["FC4-L-LUL"], None, lambda f: f.update({"LUL/LUL novembre 2026.pdf": lul_file([(2026, 11)], [0])}), {}),
        ("part-time-senza-timbrature", "Bianchi part-time senza report timbrature / part-time participant "
         "without clock-in records", ["FC4-L-TIMBRATURE"], part(0, part_time=True), None, {}),
        ("turni-senza-timbrature", "Ferrari su turni senza report timbrature / shift worker without clock-in "
         "records", ["FC4-L-TIMBRATURE"], part(1, turni=True), None, {}),
        ("frequenza-sotto-75", "Ferrari ha frequentato 16 ore su 24 (66,7%) / one participant under 75%",
         ["FC4-L-FREQUENZA-75"], part(1, ore_presenza=16), None,
         {}),
        ("frequenza-nessuno-75", "Nessun partecipante raggiunge il 75% (12 e 16 ore su 24) / nobody reaches 75%",
         ["FC4-L-FREQUENZA-75"], both(part(0, ore_presenza=12), part(1, ore_presenza=16)), None,
         {"severity": {"FC4-L-FREQUENZA-75": "blocking"}}),
        ("destinatario-intermittente", "Bianchi con contratto intermittente: requisito da mantenere fino a fine "
         "corso / excluded participant at liquidazione", ["FC4-D-DESTINATARIO-ESCLUSO"],
         part(0, contratto="intermittente"), None,
         {}),
    ]
    for suffix, desc, rules, man, fil, extra in specs:
        out.append(variant(base, suffix, desc, rules, man, fil, **extra))
    return out


# ---------------------------------------------------------------------------- writing

SIGNERS = {
    "other": Signer("Giorgio", "Colombo", make_cf("Colombo", "Giorgio", dt.date(1966, 2, 14), "M", "F205")),
}


def _signer(ctx: Ctx, who: str) -> Signer:
    if who == "rep":
        p = ctx.rep
    elif who == "delegate":
        p = ctx.delegate
        assert p is not None
    else:
        return SIGNERS[who]
    return Signer(p.nome, p.cognome, p.cf)


def _sign_time(ctx: Ctx, doctype: str) -> dt.datetime:
    if doctype == "domanda_a1":
        base = ctx.data_invio - dt.timedelta(minutes=25)
    elif doctype == "domanda_a6":
        base = dt.datetime.combine(ctx.ref_date, dt.time(9, 40))
    else:
        base = dt.datetime.combine(ctx.ref_date - dt.timedelta(days=6), dt.time(17, 5))
    return base.replace(tzinfo=ROME)


_cache: dict[str, bytes] = {}


def build_file(manifest: dict[str, Any], d: Doc) -> bytes:
    key = repr((sorted(_plain(manifest).items()), d.items, d.sign, d.signers))
    if key in _cache:
        return _cache[key]
    pdf = render_bytes([(t, manifest, s, tw) for t, s, tw in d.items])
    if d.sign:
        ctx = Ctx(manifest)
        signers = [_signer(ctx, w) for w in d.signers]
        when = _sign_time(ctx, d.items[0][0])
        if d.sign == "pades":
            pdf = sign_pdf(pdf, signers[0], when)
        else:
            pdf = sign_p7m(pdf, signers, when, as_base64=d.sign == "p7m64")
    _cache[key] = pdf
    return pdf


def _plain(m: Any) -> Any:
    if isinstance(m, dict):
        return {k: repr(_plain(v)) for k, v in m.items()}
    if isinstance(m, list):
        return [_plain(v) for v in m]
    return m


def _scalar(v: Any, key: str = "") -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M")
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    if key == "provincia" and s.isalpha():
        return s  # written bare on purpose: `provincia: NO` must stay the string "NO"
    if s.isdigit() or s.lower() in ("yes", "no", "on", "off", "true", "false", "null") or any(
            ch in s for ch in ":#{}[],&*!|>'\"%@`") or s != s.strip():
        return '"' + s.replace('"', '\\"') + '"'
    return s


def _flow_map(d: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v, k)}" for k, v in d.items()) + "}"


def to_yaml(m: dict[str, Any], indent: int = 0) -> str:
    """Block YAML in the manifest's usual shape (small maps inline, as in SPEC 3.1)."""
    pad = " " * indent
    lines = []
    for k, v in m.items():
        if isinstance(v, dict):
            if v and all(not isinstance(x, (dict, list)) for x in v.values()) and len(v) <= 5 and indent > 0:
                lines.append(f"{pad}{k}: {_flow_map(v)}")
            else:
                lines.append(f"{pad}{k}:")
                lines.append(to_yaml(v, indent + 2))
        elif isinstance(v, list):
            lines.append(f"{pad}{k}:")
            for item in v:
                if isinstance(item, dict):
                    body = to_yaml(item, indent + 4).splitlines()
                    lines.append(f"{pad}  - {body[0].strip()}")
                    lines.extend(body[1:])
                else:
                    lines.append(f"{pad}  - {_scalar(item)}")
        else:
            lines.append(f"{pad}{k}: {_scalar(v, k)}")
    return "\n".join(lines)


def write_dossier(d: Dossier, build: Callable[[dict[str, Any], Doc], bytes] | None = None,
                  generator: str = "build.py") -> int:
    folder = HERE / d.name
    folder.mkdir()
    header = (f"# Sample dossier {d.name}: {d.description}\n"
              f"# Generated by sample_dossiers/{generator} - edit the script, not this file.\n")
    (folder / "dossier.yaml").write_text(header + to_yaml(d.manifest) + "\n", encoding="utf-8")
    total = 0
    for rel, spec in sorted(d.files.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (build or build_file)(d.manifest, spec)
        path.write_bytes(data)
        total += len(data)
    return total


def write_expected(dossiers: list[Dossier], name: str = "expected.yaml", generator: str = "build.py") -> None:
    lines = [
        "# Findings the checker must report for each sample dossier (SPEC section 5 rule IDs).",
        "# rules:    exactly these blocking/warning rule IDs, no others (empty list = no blocking/warning finding)",
        "# severity: where a rule must report a severity other than its default",
        "# info:     info findings that may appear (optional, not required)",
        "# maybe:    rules whose firing depends on a reading the SPEC leaves open (reason given);",
        "#           neither required nor forbidden",
        f"# Generated by sample_dossiers/{generator} together with the folders.",
        "",
        "dossiers:",
    ]
    for d in dossiers:
        lines.append(f"  {d.name}:")
        lines.append(f"    description: {_scalar(d.description)}")
        lines.append(f"    rules: [{', '.join(d.rules)}]")
        if d.severity:
            lines.append(f"    severity: {_flow_map(d.severity)}")
        if d.info:
            lines.append(f"    info: [{', '.join(d.info)}]")
        if d.maybe:
            lines.append("    maybe:")
            for rule, why in d.maybe.items():
                lines.append(f"      {rule}: {_scalar(why)}")
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    started = time.perf_counter()
    dossiers = domanda_dossiers() + liquidazione_dossiers()
    names = [d.name for d in dossiers]
    assert len(names) == len(set(names)), "duplicate dossier names"
    # only folders this script made (now or at the previous build): build_signed.py owns others
    previous = set()
    if (HERE / "expected.yaml").exists():
        import yaml

        previous = set(yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))["dossiers"])
    for old in HERE.glob("fc4-*"):
        if old.is_dir() and (old.name in names or old.name in previous):
            shutil.rmtree(old)
    total = sum(write_dossier(d) for d in dossiers)
    write_expected(dossiers)
    print(f"{len(dossiers)} dossiers, {total / 1024:.0f} KiB, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
