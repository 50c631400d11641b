"""Manifests of the sample dossiers, as Python dicts (SPEC 3.1 shape): the SPEC example
company (Meccanica Rossi S.r.l.) for the domanda and the liquidazione, and a
self-employed professional. Shared by sample_dossiers/build.py and the tests."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

from .common import make_cf, make_iban_it, make_piva
from .model import PROVIDER

D = Decimal

TRN = "0542811101626121048213570046IT"

DOMANDA: dict[str, Any] = {
    "bando": "fc4",
    "fase": "domanda",
    "impresa": {
        "ragione_sociale": "Meccanica Rossi S.r.l.",
        "codice_fiscale": "02468130162",
        "partita_iva": "02468130162",
        "tipo": "impresa",
        "addetti": 23,
        "ateco": "25.62.00",
        "impresa_familiare": False,
        "albo_formazione": None,
        "sede_operativa": {"indirizzo": "Via Roma 1", "comune": "Bergamo", "provincia": "BG"},
        "iban": "IT60X0542811101000000123456",
        "pec": "meccanicarossi@pec.it",
        "legale_rappresentante": {"nome": "Mario", "cognome": "Rossi", "codice_fiscale": "RSSMRA70A01A794H"},
        "contributi_fruiti_2026": D("0"),
    },
    "presentazione": {
        "stadio": "invio",
        "data_invio": dt.datetime(2026, 9, 1, 10, 0),
        "delegato": {"nome": "Laura", "cognome": "Verdi", "codice_fiscale": "VRDLRA80C55F205O",
                     "ente_accreditato": False},
        "bollo": {"identificativo": "01234567890123"},
    },
    "corso": {
        "titolo": "Cybersecurity per PMI",
        "id_corso": "123456",
        "id_edizione": "654321",
        "id_voucher": "998877",
        "ore": 24,
        "costo_totale": D("3000.00"),
        "quota_pubblica": D("2100.00"),
        "sede": "aziendale",
        "data_inizio": dt.date(2026, 10, 5),
        "data_fine": dt.date(2026, 11, 20),
    },
    "partecipanti": [
        {"nome": "Anna", "cognome": "Bianchi", "codice_fiscale": "BNCNNA85M41F205Q", "tipo": "dipendente",
         "contratto": "tempo_indeterminato", "apprendistato_in_formazione": False, "carica_societaria": False,
         "politiche_attive_in_corso": False, "data_assunzione": dt.date(2015, 3, 2),
         "codice_cob": "1601315000123456", "part_time": False, "turni": False, "costo": D("1500.00"),
         "voucher_fruito_2026": D("0")},
        {"nome": "Luca", "cognome": "Ferrari", "codice_fiscale": "FRRLCU88T10A794W", "tipo": "dipendente",
         "contratto": "tempo_determinato", "data_assunzione": dt.date(2007, 6, 11)},
    ],
}


def liquidazione_manifest() -> dict[str, Any]:
    m = copy.deepcopy(DOMANDA)
    m["fase"] = "liquidazione"
    del m["presentazione"]
    m["corso"].update({"data_inizio_effettiva": dt.date(2026, 10, 5), "data_pec_ammissione": dt.date(2026, 9, 25)})
    m["partecipanti"][0]["ore_presenza"] = 22
    m["partecipanti"][1]["ore_presenza"] = 24
    m["liquidazione"] = {
        "data_richiesta": dt.date(2027, 1, 15),
        "fattura": {"numero": "45/2026", "data": dt.date(2026, 11, 30), "emittente": PROVIDER.name,
                    "partita_iva_emittente": PROVIDER.piva, "imponibile": D("3000.00"), "totale": D("3002.00"),
                    "quota_pubblica": D("2100.00"), "quota_privata": D("900.00")},
        "bonifico": {"data": dt.date(2026, 12, 10), "importo": D("3002.00"), "cro_trn": TRN},
    }
    return m


GALLI_CF = make_cf("Galli", "Paolo", dt.date(1979, 4, 23), "M", "A794")
AUTONOMO: dict[str, Any] = {
    "bando": "fc4",
    "fase": "domanda",
    "impresa": {
        "ragione_sociale": "Galli Paolo",
        "codice_fiscale": GALLI_CF,
        "partita_iva": make_piva("0418765", "016"),
        "tipo": "libero_professionista",
        "addetti": 0,
        "ateco": "71.12.10",
        "impresa_familiare": False,
        "albo_formazione": None,
        "sede_operativa": {"indirizzo": "Via Pignolo 12", "comune": "Bergamo", "provincia": "BG"},
        "iban": make_iban_it("08431", "11100", "000000318842"),
        "pec": "paolo.galli@ingpec.eu",
        "legale_rappresentante": {"nome": "Paolo", "cognome": "Galli", "codice_fiscale": GALLI_CF},
        "contributi_fruiti_2026": D("0"),
    },
    "presentazione": {"stadio": "invio", "data_invio": dt.datetime(2026, 9, 15, 16, 30)},
    "corso": {
        "titolo": "BIM e modellazione parametrica con Revit",
        "id_corso": "123789",
        "id_edizione": "660012",
        "id_voucher": "998901",
        "ore": 16,
        "costo_totale": D("1200.00"),
        "quota_pubblica": D("1080.00"),
        "sede": "ente",
        "data_inizio": dt.date(2026, 10, 19),
        "data_fine": dt.date(2026, 11, 13),
    },
    "partecipanti": [
        {"nome": "Paolo", "cognome": "Galli", "codice_fiscale": GALLI_CF, "tipo": "autonomo",
         "carica_societaria": False, "politiche_attive_in_corso": False, "voucher_fruito_2026": D("0")},
    ],
}
