"""(Re)create the «Competenze & Innovazione» (ci2) sample dossiers, deterministically.

    .venv/bin/python sample_dossiers/build_ci2.py        # from the repository root

ci2-domanda-linea1-pulito   a small company in Como: Linea 1 project (needs analysis, action plan,
                            timeline, budget), de minimis signed .p7m, IBAN, insurance, ID card
ci2-domanda-linea2-pulito   a medium company in Dalmine: Linea 2 apprenticeship for higher education
                            and research (PFI, art. 45 contract, protocollo d'intesa with the university)
ci2-domanda-*               copies of those with one defect each, one per ci2 rule

`expected_ci2.yaml` (the rule IDs the checker must report) is written from the same
definitions. The shared documents come from tests/docgen/a (the fc4 renderers), the
ci2-specific ones from tests/docgen/a/ci2.py; everything is reportlab in invariant mode
and signatures use test keys from fixed seeds, so a rebuild shows no diff.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from build import Doc, Dossier, build_file, doc, drop, set_tweaks, write_dossier, write_expected  # noqa: E402
from docgen.a.ci2 import REGISTRY as CI2_DOCS  # noqa: E402
from docgen.a.ci2 import render_ci2  # noqa: E402
from docgen.a.common import make_cf, make_iban_it, make_piva  # noqa: E402

D = Decimal
GENERATOR = "build_ci2.py"
AVVISO = ("Bando «Competenze & Innovazione» – seconda edizione, a valere sul PR FESR 2021-2027, Asse 1, "
          "Azione 1.4.1 (D.G.R. n. XII/5417 del 1° dicembre 2025)")
DEMINIMIS = {"avviso": AVVISO, "intestazione": "Modulistica bando Competenze & Innovazione",
             "programma": "PR FESR 2021-2027"}

PIVA_1 = make_piva("0527731", "013")
LINEA1: dict[str, Any] = {
    "bando": "ci2",
    "fase": "domanda",
    "impresa": {
        "ragione_sociale": "Plastiche Lariane S.r.l.",
        "codice_fiscale": PIVA_1,
        "partita_iva": PIVA_1,
        "tipo": "impresa",
        "dimensione": "piccola",
        "addetti": 38,
        "ateco": "22.29.09",
        "sede_operativa": {"indirizzo": "Via Asiago 14", "comune": "Como", "provincia": "CO"},
        "iban": make_iban_it("08431", "10900", "000000227415"),
        "pec": "plastichelariane@pec.it",
        "legale_rappresentante": {"nome": "Elena", "cognome": "Frigerio",
                                  "codice_fiscale": make_cf("Frigerio", "Elena", dt.date(1972, 5, 14), "F", "C933")},
    },
    "presentazione": {"stadio": "invio", "data_invio": dt.datetime(2026, 3, 16, 10, 30)},
    "progetto": {
        "linea": 1,
        "ambiti": ["intelligenza artificiale", "economia circolare"],
        "costi_ammissibili": D("42000.00"),
        "contributo_richiesto": D("29400.00"),
        "durata_mesi": 12,
        "dottorato": False,
        "voci": {"formazione_avanzata": D("18000.00"), "coaching": D("6000.00"), "mentoring": D("4000.00"),
                 "innovation_manager": D("9000.00"), "consulenza_piano": D("2500.00"),
                 "spese_generali": D("2500.00")},
    },
}

PIVA_2 = make_piva("0496218", "016")
LINEA2: dict[str, Any] = {
    "bando": "ci2",
    "fase": "domanda",
    "impresa": {
        "ragione_sociale": "Meccatronica Brembana S.p.A.",
        "codice_fiscale": PIVA_2,
        "partita_iva": PIVA_2,
        "tipo": "impresa",
        "dimensione": "media",
        "addetti": 142,
        "ateco": "28.41.00",
        "sede_operativa": {"indirizzo": "Via Bergamo 60", "comune": "Dalmine", "provincia": "BG"},
        "iban": make_iban_it("05428", "52960", "000000481307"),
        "pec": "meccatronicabrembana@pec.it",
        "legale_rappresentante": {"nome": "Roberto", "cognome": "Gamba",
                                  "codice_fiscale": make_cf("Gamba", "Roberto", dt.date(1965, 11, 2), "M", "A794")},
    },
    "presentazione": {"stadio": "invio", "data_invio": dt.datetime(2026, 3, 23, 11, 0)},
    "progetto": {
        "linea": 2,
        "ambiti": ["automazione", "IoT"],
        "costi_ammissibili": D("30000.00"),
        "contributo_richiesto": D("21000.00"),
        "durata_mesi": 24,
        "dottorato": False,
        "voci": {"formazione_esterna": D("18000.00"), "formazione_interna": D("6100.00"),
                 "tutoraggio": D("4000.00"), "spese_generali": D("1900.00")},
    },
    "partecipanti": [
        {"nome": "Giulia", "cognome": "Sala", "codice_fiscale": make_cf("Sala", "Giulia", dt.date(1999, 9, 3), "F",
                                                                         "A794"),
         "tipo": "dipendente", "contratto": "apprendistato", "data_assunzione": dt.date(2026, 2, 2)},
    ],
}


def shared_files() -> dict[str, Doc]:
    return {
        "dichiarazione de minimis.pdf.p7m": doc("deminimis_a2a", 0, "p7m", **DEMINIMIS),
        "banca/Certificazione IBAN.pdf": doc("certificazione_iban", 1),
        "polizza rischi catastrofali 2026.pdf": doc("polizza_catastrofale", 2),
        "documenti/carta identita legale rappresentante.pdf": doc("documento_identita", 0),
    }


def linea1_files() -> dict[str, Doc]:
    return {"Progetto C&I - Linea 1.pdf": doc("progetto_linea1", 0), **shared_files()}


def linea2_files() -> dict[str, Doc]:
    return {
        "apprendista/PFI Sala Giulia.pdf": doc("piano_formativo_individuale", 0),
        "apprendista/Contratto apprendistato Sala.pdf": doc("contratto_apprendistato", 0),
        "Protocollo d'intesa UniBG.pdf": doc("protocollo_intesa", 0),
        **shared_files(),
    }


def build_ci2_file(manifest: dict[str, Any], d: Doc) -> bytes:
    """ci2 documents from tests/docgen/a/ci2.py, the shared ones as build.py makes them."""
    (doctype, style, tweaks), *rest = d.items
    if doctype not in CI2_DOCS:
        return build_file(manifest, d)
    assert not rest and not d.sign, "ci2 documents are single, unsigned files"
    return render_ci2(doctype, manifest, style, **tweaks)


def variant(base: Dossier, suffix: str, description: str, rules: list[str],
            manifest: Any = None, files: Any = None, **extra: Any) -> Dossier:
    m = copy.deepcopy(base.manifest)
    if manifest:
        manifest(m)
    f = copy.deepcopy(base.files)
    if files:
        files(f)
    return Dossier(f"ci2-domanda-{suffix}", description, m, f, rules, list(base.info), **extra)


def dossiers() -> list[Dossier]:
    one = Dossier("ci2-domanda-linea1-pulito", "Linea 1 completa e corretta: piccola impresa di Como, progetto con "
                  "analisi dei fabbisogni, piano d'azione, cronoprogramma e budget / clean Linea 1 application",
                  copy.deepcopy(LINEA1), linea1_files())
    two = Dossier("ci2-domanda-linea2-pulito", "Linea 2 completa e corretta: apprendistato di alta formazione e "
                  "ricerca con PFI, contratto art. 45 e protocollo d'intesa con l'Università di Bergamo / clean "
                  "Linea 2 application", copy.deepcopy(LINEA2), linea2_files())

    def progetto(**kv: Any) -> Any:
        return lambda m: m["progetto"].update(kv)

    def impresa(**kv: Any) -> Any:
        return lambda m: m["impresa"].update(kv)

    return [
        one, two,
        variant(one, "grande-impresa", "Grande impresa (320 addetti) / large company", ["CI2-D-PMI"],
                impresa(dimensione="grande", addetti=320)),
        variant(one, "sede-fuori-lombardia", "Sede operativa a Novara (provincia: NO, non quotato nel YAML) / "
                "site outside Lombardy", ["CI2-D-SEDE-LOMBARDIA"],
                impresa(sede_operativa={"indirizzo": "Corso Cavour 5", "comune": "Novara", "provincia": "NO"})),
        variant(one, "contributo-eccessivo", "Contributo 31.500 su 42.000 di costi (75%, massimo 70%) / "
                "contribution over 70% of eligible costs", ["CI2-D-CONTRIBUTO"],
                progetto(contributo_richiesto=D("31500.00"))),
        variant(one, "progetto-minimo", "Costi ammissibili 9.000, sotto la soglia di 10.000 / project under the "
                "minimum", ["CI2-D-PROGETTO-MINIMO"],
                progetto(costi_ammissibili=D("9000.00"), contributo_richiesto=D("6300.00"),
                         voci={"formazione_avanzata": D("5000.00"), "coaching": D("2000.00"),
                               "innovation_manager": D("1500.00"), "spese_generali": D("500.00")})),
        variant(one, "durata-lunga", "Progetto di Linea 1 di 30 mesi senza dottorato (massimo 24) / Linea 1 "
                "project longer than 24 months", ["CI2-D-DURATA"], progetto(durata_mesi=30)),
        variant(one, "ambito-estraneo", "Ambiti marketing e internazionalizzazione, nessuno digitale o ecologico "
                "/ no digital or ecological topic (warning)", ["CI2-D-AMBITO"],
                progetto(ambiti=["marketing", "internazionalizzazione"])),
        variant(one, "spese-generali-eccessive", "Spese generali 3.500 su 38.500 di costi diretti (oltre il 7%) / "
                "general costs over 7% (warning)", ["CI2-D-VOCI"],
                progetto(voci={**LINEA1["progetto"]["voci"], "formazione_avanzata": D("17000.00"),
                               "spese_generali": D("3500.00")})),
        variant(one, "linea1-senza-cronoprogramma", "Progetto di Linea 1 senza cronoprogramma / project without "
                "its timeline", ["CI2-D-LINEA"], files=set_tweaks("Progetto C&I - Linea 1.pdf",
                                                                  senza_cronoprogramma=True)),
        variant(one, "senza-deminimis", "Manca la dichiarazione de minimis / de minimis declaration missing",
                ["CI2-D-DEMINIMIS"], files=drop("dichiarazione de minimis.pdf.p7m")),
        variant(two, "linea2-apprendistato-professionalizzante", "Linea 2 con un contratto di apprendistato "
                "professionalizzante (art. 44) / apprenticeship of the wrong kind", ["CI2-D-LINEA"],
                files=set_tweaks("apprendista/Contratto apprendistato Sala.pdf", tipo="professionalizzante")),
        variant(two, "linea2-senza-protocollo", "Linea 2 senza protocollo d'intesa con l'università / no "
                "agreement with the university", ["CI2-D-LINEA"], files=drop("Protocollo d'intesa UniBG.pdf")),
    ]


def main() -> None:
    started = time.perf_counter()
    items = dossiers()
    names = [d.name for d in items]
    assert len(names) == len(set(names)), "duplicate dossier names"
    for old in HERE.glob("ci2-*"):
        if old.is_dir():
            shutil.rmtree(old)
    total = sum(write_dossier(d, build_ci2_file, GENERATOR) for d in items)
    write_expected(items, "expected_ci2.yaml", GENERATOR)
    print(f"{len(items)} dossiers, {total / 1024:.0f} KiB, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
