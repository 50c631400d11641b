"""Negatives: realistic Italian documents that belong to none of the dossier
types but share their vocabulary (invoice, IBAN, 'dichiarazione sostitutiva',
voucher, quietanza, codice fiscale, estratto conto...)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .common import NL, RIGHT, Case, Doc, d_long, d_slash, eur, save
from .world import BCC_ISOLA, CARMINATI, LEAN, OROBICA, POP_LARIO, ROTA, VALBREMBANA, iban_spaced, make_piva

D = Decimal
UFFICIO_PIU_PIVA = make_piva("0299314", "016")


def neg_office_invoice(out: Path) -> None:
    c = VALBREMBANA
    pdf = Doc(creator="FattureFacili Cloud")
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(110, 8, "Ufficio Più Bergamo S.r.l.", **RIGHT)
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 8, "Fattura n. 1187/2026", align="R", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(110, 4.5, f"Via Grumello 61, 24127 Bergamo – P.IVA {UFFICIO_PIU_PIVA}", **RIGHT)
    pdf.cell(0, 4.5, f"del {d_slash(date(2026, 11, 18))}", align="R", **NL)
    pdf.ln(6)
    pdf.multi_cell(0, 4.5, f"Spett.le {c.name}\n{c.full_address}\nP.IVA {c.piva}", **NL)
    pdf.ln(4)
    rows = [("Codice", "Descrizione", "Q.tà", "Prezzo", "IVA", "Importo"),
            ("CA4-80", "Carta per fotocopie A4 80 g – risma 500 fogli", "40", "4,20", "22%", "168,00"),
            ("TN-2420", "Toner compatibile Brother TN-2420", "6", "38,50", "22%", "231,00"),
            ("RACC-A4", "Raccoglitori ad anelli dorso 8 cm", "25", "3,10", "22%", "77,50"),
            ("PEN-BLU", "Penne a sfera blu conf. 50 pz", "2", "12,90", "22%", "25,80"),
            ("CORSO-OFF", "Consegna e montaggio arredo sala formazione", "1", "120,00", "22%", "120,00")]
    pdf.grid(rows, (20, 90, 14, 20, 14, 22), size=8.5, align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
    imp = D("622.30")
    for lab, val in [("Imponibile", eur(imp)), ("IVA 22%", eur(imp * D("0.22"))),
                     ("Totale", f"€ {eur(imp * D('1.22'))}")]:
        pdf.set_x(120)
        pdf.cell(40, 5.5, lab, **RIGHT)
        pdf.cell(0, 5.5, val, align="R", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 8)
    pdf.para("Pagamento: bonifico bancario 30 gg d.f. – Copia di cortesia: il documento fiscalmente valido è "
             "quello trasmesso tramite Sistema di Interscambio.")
    save(pdf, out)


def neg_durc(out: Path) -> None:
    c = VALBREMBANA
    pdf = Doc(creator="Durc On Line")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "Durc On Line", align="C", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Numero Protocollo", "INAIL_44718821"), ("Data richiesta", "02/09/2026"),
              ("Scadenza validità", "31/12/2026")], (60, 120), header=False, size=9)
    pdf.grid([("Denominazione/ragione sociale", c.name.upper()), ("Codice fiscale", c.cf),
              ("Sede legale", f"{c.address.upper()} {c.cap} ZOGNO (BG)")], (60, 120), header=False, size=9)
    pdf.ln(3)
    pdf.para("Con il presente Documento si dichiara che il soggetto sopra identificato RISULTA REGOLARE nei "
             "confronti di", h=5)
    pdf.para("I.N.P.S.\nI.N.A.I.L.", h=5)
    pdf.ln(2)
    pdf.para("Il Documento ha validità di 120 giorni dalla data della richiesta e si riferisce alla risultanza, "
             "alla stessa data, dell'interrogazione degli archivi dell'INPS, dell'INAIL e della Cassa Edile per "
             "le imprese che applicano il contratto dell'edilizia.", h=5, align="J")
    save(pdf, out)


def neg_visura(out: Path) -> None:
    c, lr = VALBREMBANA, CARMINATI

    def head(pdf: Doc) -> None:
        pdf.set_font("sans", "", 7)
        pdf.cell(120, 4, "Camera di Commercio Industria Artigianato e Agricoltura di BERGAMO", **RIGHT)
        pdf.cell(0, 4, f"{c.name.upper()}", align="R", **NL)
        pdf.cell(120, 4, "Registro Imprese – Archivio ufficiale della CCIAA", **RIGHT)
        pdf.cell(0, 4, f"Codice fiscale {c.cf}", align="R", **NL)
        pdf.rule(2)

    def foot(pdf: Doc) -> None:
        pdf.set_y(-12)
        pdf.set_font("sans", "", 7)
        pdf.cell(0, 4, f"Documento n. T 512345678 estratto dal Registro Imprese in data 30/08/2026 – pag. "
                       f"{pdf.page_no()} di {{nb}}", align="C", **NL)

    pdf = Doc(creator="InfoCamere – Visure", header=head, footer=foot)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 8, "VISURA ORDINARIA SOCIETA' DI CAPITALE", align="C", **NL)
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, c.name.upper(), align="C", **NL)
    pdf.set_font("sans", "", 9)
    rows = [("Indirizzo Sede legale", f"ZOGNO (BG) {c.address.upper()} CAP {c.cap}"),
            ("Domicilio digitale/PEC", c.pec), ("Numero REA", c.rea),
            ("Codice fiscale e n.iscr. al Registro Imprese", c.cf), ("Partita IVA", c.piva),
            ("Forma giuridica", "societa' a responsabilita' limitata"), ("Data atto di costituzione", "14/02/1994"),
            ("Data iscrizione", "02/03/1994"), ("Stato attività", "attiva"),
            ("Attività prevalente", "lavori di meccanica generale"),
            ("Codice ATECO", f"{c.ateco} – Lavori di meccanica generale"),
            ("Addetti al 30/06/2026", "18 (dipendenti 17, indipendenti 1)"),
            ("Capitale sociale", "Sottoscritto 100.000,00 – Versato 100.000,00")]
    pdf.grid(rows, (70, 110), header=False, size=9)
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Amministratori", **NL)
    pdf.set_font("sans", "", 9)
    pdf.grid([("Amministratore Unico", f"{lr.upper}"),
              ("Rappresentante dell'impresa", "sì"),
              ("Nato a", f"BERGAMO (BG) il {d_slash(lr.birth)}"), ("Codice fiscale", lr.cf),
              ("Domicilio", "ZOGNO (BG) VIA LOCATELLI 7 CAP 24019"), ("Data nomina", "28/04/2021"),
              ("Durata in carica", "fino alla revoca")], (70, 110), header=False, size=9)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 6, "Sedi secondarie ed unità locali", **NL)
    pdf.set_font("sans", "", 9)
    pdf.para("Unità locale n. BG/1 – magazzino – SAN PELLEGRINO TERME (BG) VIA VENETO 30")
    save(pdf, out)


def neg_bank_advert(out: Path) -> None:
    c = VALBREMBANA
    b = BCC_ISOLA
    pdf = Doc(creator="BCC Comunicazioni clienti")
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(0, 90, 60)
    pdf.cell(0, 7, "BCC Isola e Valle Brembana", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("sans", "", 10)
    pdf.set_x(115)
    pdf.multi_cell(80, 5, f"{c.name}\n{c.address}\n{c.cap} {c.city} ({c.prov})", **NL)
    pdf.ln(6)
    pdf.set_font("sans", "B", 12)
    pdf.para("Dal 1° gennaio 2027 il tuo conto diventa BCC Impresa Smart")
    pdf.set_font("sans", "", 10)
    pdf.ln(2)
    for t in ["Gentile Cliente,",
              "siamo lieti di comunicarti che il tuo conto corrente si arricchisce di nuovi servizi: bonifici "
              "SEPA e bonifici istantanei gratuiti dall'app, carta di debito aziendale senza canone per il primo "
              "anno e un gestore dedicato nella tua filiale.",
              f"Non devi fare nulla: le coordinate restano invariate e il tuo IBAN continua a essere "
              f"{iban_spaced(c.iban)}. Domiciliazioni, accrediti e RiBa proseguiranno regolarmente.",
              "Scopri anche i finanziamenti agevolati per la formazione dei tuoi dipendenti e per la transizione "
              "digitale: chiedi un appuntamento al tuo gestore.",
              "Cordiali saluti,\nIl Direttore Generale"]:
        pdf.para(t, h=5.4, align="J")
        pdf.ln(2)
    pdf.set_font("sans", "", 6.5)
    pdf.para("Messaggio pubblicitario con finalità promozionale. Per le condizioni contrattuali consultare i "
             "Fogli Informativi disponibili in filiale e sul sito. " + b.register)
    save(pdf, out)


def neg_privacy(out: Path) -> None:
    pdf = Doc(creator="Regione Lombardia – modulistica")
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.multi_cell(0, 5.5, "INFORMATIVA RELATIVA AL TRATTAMENTO DEI DATI PERSONALI\nai sensi degli artt. 13 e 14 "
                           "del Regolamento (UE) 2016/679", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "", 9)
    for title, t in [
        ("1. Finalità del trattamento", "I dati personali (dati anagrafici, codice fiscale, recapiti, IBAN, "
         "documento d'identità, dati relativi al rapporto di lavoro, alle comunicazioni obbligatorie e alle "
         "presenze) sono trattati per l'istruttoria delle domande di voucher, la concessione e la liquidazione "
         "dei contributi dell'Avviso Formazione Continua – Quarta Edizione, nonché per i controlli sul regime "
         "de minimis."),
        ("2. Titolare del trattamento", "Titolare è la Giunta regionale di Regione Lombardia, Piazza Città di "
         "Lombardia 1, 20124 Milano."),
        ("3. Responsabile della protezione dei dati", "Il RPD è raggiungibile all'indirizzo rpd@regione.lombardia.it."),
        ("4. Comunicazione e diffusione", "I dati possono essere comunicati a Unioncamere Lombardia, agli enti "
         "accreditati erogatori dei corsi e agli organismi di controllo del PR FSE+ 2021-2027."),
        ("5. Tempi di conservazione", "I dati sono conservati per 10 anni dalla chiusura del Programma."),
        ("6. Diritti dell'interessato", "L'interessato può esercitare i diritti di cui agli artt. 15-22 del "
         "Regolamento presentando istanza al Titolare o al RPD."),
    ]:
        pdf.set_font("sans", "B", 9)
        pdf.para(title)
        pdf.set_font("sans", "", 9)
        pdf.para(t, h=4.8, align="J")
        pdf.ln(1.5)
    save(pdf, out)


def neg_residenza(out: Path) -> None:
    p = ROTA
    pdf = Doc(creator="Microsoft® Word 2016")
    pdf.add_page()
    pdf.set_font("serif", "B", 12)
    pdf.multi_cell(0, 6, "DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE\n(art. 46 D.P.R. 28 dicembre 2000, n. 445)",
                   align="C", **NL)
    pdf.ln(6)
    pdf.set_font("serif", "", 10.5)
    pdf.para(f"La sottoscritta {p.first} {p.last}, nata a Bergamo (BG) il {d_slash(p.birth)}, codice fiscale {p.cf},",
             h=6)
    pdf.para("consapevole delle sanzioni penali, nel caso di dichiarazioni non veritiere, di formazione o uso di "
             "atti falsi, richiamate dall'art. 76 del D.P.R. 445/2000,", h=6, align="J")
    pdf.set_font("serif", "B", 10.5)
    pdf.cell(0, 8, "DICHIARA", align="C", **NL)
    pdf.set_font("serif", "", 10.5)
    pdf.para(f"di essere residente nel Comune di {p.city} (BG), in {p.address}, CAP {p.cap}, dal 12/06/2012.", h=6)
    pdf.ln(3)
    pdf.para("Dichiaro di essere informata, ai sensi del Regolamento (UE) 2016/679, che i dati personali raccolti "
             "saranno trattati esclusivamente nell'ambito del procedimento per il quale la presente dichiarazione "
             "viene resa.", h=6, align="J")
    pdf.ln(6)
    pdf.para(f"Zogno, {d_slash(date(2026, 9, 1))}\n\nLa dichiarante ____________________", h=6)
    save(pdf, out)


def neg_verbale(out: Path) -> None:
    k = LEAN
    c = k.company
    pdf = Doc(creator="Microsoft® Word 2019")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, c.name, align="C", **NL)
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 7, "VERBALE DI RIUNIONE", align="C", **NL)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Il giorno {d_long(date(2026, 8, 20))}, alle ore 10:00, presso la sede di {c.city}, si sono riuniti: "
             "Pierangelo Carminati (amministratore unico), Stefania Rota (ufficio qualità), Federico Arnoldi "
             "(consulente del lavoro) e Lucia Ferri (Centro Formazione Orobica).", h=5, align="J")
    pdf.ln(2)
    pdf.set_font("sans", "B", 9.5)
    pdf.para("Ordine del giorno")
    pdf.set_font("sans", "", 9.5)
    for t in ["1. Piano formativo 2026 e adesione all'Avviso Formazione Continua – Quarta Edizione;",
              "2. Documentazione per la domanda di voucher (Allegato A.1, de minimis A.2.a, certificazione IBAN, "
              "polizza catastrofale, COB dei dipendenti, schede A.4);",
              "3. Varie ed eventuali."]:
        pdf.para(t, h=5)
    pdf.ln(2)
    pdf.set_font("sans", "B", 9.5)
    pdf.para("Discussione e decisioni")
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Si decide di iscrivere tre dipendenti al corso \"{k.title}\" (ID corso {k.id_corso}, ID edizione "
             f"{k.id_edizione}), costo complessivo € {eur(k.taxable)}, quota pubblica attesa 70%. Il consulente "
             "ricorda che per il dipendente assunto nel 2003 non esiste la COB e occorre allegare contratto e "
             "ultimo cedolino; la domanda va inviata almeno 72 ore prima dell'avvio del corso e la fattura dovrà "
             "riportare il CUP E84D26004370009 e gli ID voucher ed edizione.", h=5, align="J")
    pdf.ln(2)
    pdf.para("Non essendovi altro da deliberare, la riunione è chiusa alle ore 11:15.\n\nIl segretario "
             "verbalizzante: Stefania Rota", h=5)
    save(pdf, out)


def neg_cv(out: Path) -> None:
    p = ROTA
    pdf = Doc(creator="Europass CV editor")
    pdf.add_page()
    pdf.set_font("sans", "B", 16)
    pdf.cell(0, 9, f"{p.first} {p.last}", **NL)
    pdf.set_font("sans", "", 9)
    pdf.para(f"Data di nascita: {d_slash(p.birth)} · Nazionalità: italiana · {p.address}, {p.cap} {p.city} (BG) · "
             "stefania.rota87@gmail.com · +39 340 118 2277")
    pdf.ln(3)
    for title, items in [
        ("ESPERIENZA LAVORATIVA", [
            f"01/09/2015 – attuale · Impiegata tecnica ufficio qualità · {VALBREMBANA.name}, Zogno (BG)",
            "Gestione non conformità, audit fornitori, certificazione ISO 9001:2015.",
            "03/2010 – 08/2015 · Addetta controllo qualità · Stampi Orobici S.n.c., Almè (BG)"]),
        ("ISTRUZIONE E FORMAZIONE", [
            "2006 · Diploma di perito meccanico · ITIS Pietro Paleocapa, Bergamo",
            f"2026 · Corso \"{LEAN.title}\" (32 ore) · {OROBICA.name} – voucher Formazione Continua Regione "
            "Lombardia, Quarta Edizione",
            "2023 · Corso auditor interno ISO 9001 (16 ore)"]),
        ("COMPETENZE", ["Lingue: inglese B2, tedesco A2", "Software: Excel avanzato, SAP QM, Minitab"]),
    ]:
        pdf.set_font("sans", "B", 10)
        pdf.set_text_color(0, 60, 130)
        pdf.cell(0, 6, title, **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("sans", "", 9)
        for it in items:
            pdf.para(it, h=4.8)
        pdf.ln(2)
    pdf.set_font("sans", "I", 7.5)
    pdf.para("Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento (UE) 2016/679.")
    save(pdf, out)


def neg_preventivo(out: Path) -> None:
    k = LEAN
    s, c = k.provider, k.company
    pdf = Doc(creator="Microsoft® Word 2019")
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.cell(0, 7, s.name, **NL)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, f"{s.full_address} – P.IVA {s.piva} – Ente accreditato Regione Lombardia sez. B", **NL)
    pdf.ln(6)
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 6, f"PREVENTIVO N. 2026/118 del {d_slash(date(2026, 7, 20))}", **NL)
    pdf.set_font("sans", "", 9.5)
    pdf.para(f"Spett.le {c.name} – alla c.a. del sig. Pierangelo Carminati")
    pdf.ln(2)
    pdf.para(f"Oggetto: offerta per il corso \"{k.title}\" a catalogo Formazione Continua – Quarta Edizione "
             f"(ID corso {k.id_corso}).", h=5)
    pdf.ln(2)
    pdf.grid([("Voce", "Importo"),
              (f"Quota di partecipazione per allievo ({k.hours} ore, in azienda)", f"€ {eur(k.cost_each)}"),
              ("Numero allievi previsti", "3"),
              ("Totale (esente IVA art. 10 n. 20 DPR 633/72, oltre bollo € 2,00)", f"€ {eur(k.taxable)}"),
              ("Quota pubblica stimata (70%, impresa 10–50 addetti)", f"€ {eur(k.public)}"),
              ("Cofinanziamento a carico dell'impresa", f"€ {eur(k.private)}")], (135, 45), size=9)
    pdf.para("Il voucher è richiesto dall'impresa su Bandi e Servizi; l'ente fornisce assistenza per la "
             "compilazione della domanda. Pagamento a saldo dopo la conclusione del corso tramite bonifico; la "
             "fattura riporterà la dicitura obbligatoria con CUP, ID voucher e ID edizione.", h=5, align="J")
    pdf.ln(4)
    pdf.para("Validità dell'offerta: 60 giorni.\nPer accettazione: ____________________")
    save(pdf, out)


def neg_blank_transfer_form(out: Path) -> None:
    def foot(q: Doc) -> None:
        q.set_y(-14)
        q.set_font("serif", "", 6.5)
        q.cell(0, 4, f"Banca Popolare del Lario S.p.A. – P.IVA {POP_LARIO.piva} – Mod. BON/01 ed. 03/2025", **NL)

    pdf = Doc(creator="Banca Popolare del Lario – modulistica", footer=foot)
    pdf.add_page()
    pdf.set_font("serif", "B", 14)
    pdf.set_text_color(120, 20, 30)
    pdf.cell(0, 7, "BANCA POPOLARE DEL LARIO", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("serif", "B", 12)
    pdf.ln(4)
    pdf.cell(0, 7, "ORDINE DI BONIFICO SEPA (SCT) – DISPOSIZIONE ALLO SPORTELLO", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("serif", "", 10)
    for lab in ["Ordinante (ragione sociale / nome e cognome)", "Codice fiscale / Partita IVA ordinante",
                "IBAN di addebito", "Beneficiario", "IBAN beneficiario", "BIC (facoltativo)", "Importo in euro",
                "Importo in lettere", "Causale", "Data di esecuzione richiesta"]:
        pdf.cell(80, 8, lab, **RIGHT)
        pdf.cell(0, 8, "", border="B", **NL)
    pdf.ln(4)
    pdf.checkbox(False, "Bonifico istantaneo (SCT Inst)")
    pdf.checkbox(False, "Bonifico per agevolazioni fiscali")
    pdf.ln(4)
    pdf.para("L'ordinante autorizza la Banca ad addebitare il conto indicato. Il bonifico sarà eseguito secondo i "
             "tempi previsti dal Foglio Informativo; la ricevuta con il codice TRN è disponibile dopo "
             "l'esecuzione.", h=5, align="J")
    pdf.ln(6)
    pdf.para("Luogo e data ____________________          Firma dell'ordinante ____________________")
    save(pdf, out)


def neg_f24(out: Path) -> None:
    c = VALBREMBANA
    pdf = Doc(creator="BCC Online Imprese – F24")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "MODELLO F24 – QUIETANZA DI PAGAMENTO", align="C", **NL)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 5, f"Delega irrevocabile a: {BCC_ISOLA.name} – {BCC_ISOLA.branch}", **NL)
    pdf.cell(0, 5, "Protocollo delega: 26121600012345 – Data pagamento: 16/12/2026 – Esito: PAGATA", **NL)
    pdf.ln(2)
    pdf.grid([("CONTRIBUENTE", ""), ("Codice fiscale", c.cf), ("Ragione sociale", c.name.upper()),
              ("Domicilio fiscale", f"ZOGNO (BG) {c.address.upper()}")], (60, 120), header=True, size=8.5)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 6, "SEZIONE ERARIO", **NL)
    pdf.grid([("Tributo", "Rateazione/mese rif.", "Anno", "Importi a debito"),
              ("1001", "0011", "2026", "6.118,22"), ("1040", "0011", "2026", "412,00"),
              ("6099", "", "2026", "1.210,40")], (30, 50, 30, 70), size=8.5)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 6, "SEZIONE INPS", **NL)
    pdf.grid([("Sede", "Causale", "Matricola INPS", "Periodo", "Importi a debito"),
              ("1300", "DM10", "1308845521", "11/2026", "4.001,74")], (20, 25, 45, 30, 60), size=8.5)
    pdf.set_font("sans", "B", 10)
    pdf.cell(0, 7, "SALDO FINALE EUR 11.742,36", align="R", **NL)
    pdf.set_font("sans", "", 8)
    pdf.para(f"Addebito sul conto IBAN {c.iban}. La presente quietanza attesta l'avvenuto pagamento.")
    save(pdf, out)


def neg_attestato(out: Path) -> None:
    k = LEAN
    p = ROTA
    pdf = Doc(orientation="L", creator="Orobica – attestati")
    pdf.add_page()
    pdf.set_draw_color(0, 100, 60)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)
    pdf.set_font("serif", "B", 26)
    pdf.ln(20)
    pdf.cell(0, 14, "ATTESTATO DI FREQUENZA", align="C", **NL)
    pdf.set_font("serif", "", 13)
    pdf.ln(6)
    pdf.cell(0, 8, "si attesta che", align="C", **NL)
    pdf.set_font("serif", "B", 18)
    pdf.cell(0, 11, f"{p.first} {p.last}", align="C", **NL)
    pdf.set_font("serif", "", 12)
    pdf.cell(0, 7, f"nata a Bergamo il {d_slash(p.birth)} – codice fiscale {p.cf}", align="C", **NL)
    pdf.ln(4)
    pdf.multi_cell(0, 7, f"ha frequentato il corso \"{k.title}\"\n(ID corso {k.id_corso} – ID edizione "
                         f"{k.id_edizione}), svoltosi dal {d_slash(k.start)} al {d_slash(k.end)}\n"
                         f"per complessive 32 ore su {k.hours} previste (100%)", align="C", **NL)
    pdf.ln(8)
    pdf.cell(0, 7, f"Bergamo, {d_long(date(2026, 11, 24))}            Il Direttore – {OROBICA.name}", align="C",
             **NL)
    save(pdf, out)


def neg_foglio_informativo(out: Path) -> None:
    pdf = Doc(creator="Credito Lombardo Veneto – trasparenza")
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 7, "FOGLIO INFORMATIVO – CONTO CORRENTE CLV BUSINESS", **NL)
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 4, "Offerto a imprese e professionisti – aggiornato al 01/07/2026", **NL)
    pdf.ln(3)
    pdf.set_font("sans", "B", 9)
    pdf.para("Che cos'è il conto corrente")
    pdf.set_font("sans", "", 8.5)
    pdf.para("Il conto corrente è un contratto con il quale la banca svolge un servizio di cassa per il cliente: "
             "custodisce i suoi risparmi e gestisce il denaro con una serie di servizi (versamenti, prelievi, "
             "pagamenti, bonifici, domiciliazioni). Periodicamente la banca invia l'estratto conto con i "
             "movimenti e il saldo.", h=4.5, align="J")
    pdf.ln(2)
    pdf.grid([("Voce", "Costo"), ("Canone mensile", "€ 12,00"), ("Bonifico SEPA online", "€ 0,50"),
              ("Bonifico SEPA allo sportello", "€ 5,00"), ("Bonifico istantaneo", "€ 0,50"),
              ("Invio estratto conto cartaceo", "€ 1,50 per invio"), ("Estratto conto online", "gratuito"),
              ("Imposta di bollo (imprese)", "€ 100,00 annui"), ("Tasso debitore fido", "8,75% annuo")],
             (120, 60), size=8.5)
    pdf.set_font("sans", "", 7.5)
    pdf.para(f"{CREDITO_LV_NAME} – Capitale sociale € 1.000.000.000 – Aderente al Fondo Interbancario di Tutela dei "
             "Depositi.")
    save(pdf, out)


CREDITO_LV_NAME = "Credito Lombardo Veneto S.p.A."


def neg_tessera_sanitaria(out: Path) -> None:
    p = CARMINATI
    pdf = Doc(creator="Scanner")
    pdf.add_page()
    x, y = 55, 30
    pdf.set_fill_color(225, 238, 225)
    pdf.rect(x, y, 100, 63, style="DF", round_corners=True, corner_radius=3)
    pdf.at(x + 4, y + 3, "TESSERA SANITARIA", 10, "B", "sans")
    pdf.at(x + 4, y + 8, "Carta Nazionale dei Servizi", 7, "", "sans")
    pdf.at(x + 60, y + 3, "Regione Lombardia", 7, "", "sans")
    for i, (lab, val) in enumerate([("Codice fiscale", p.cf), ("Cognome", p.last.upper()), ("Nome", p.first.upper()),
                                     ("Luogo di nascita", "BERGAMO"), ("Provincia", "BG"),
                                     ("Data di nascita", d_slash(p.birth)), ("Data di scadenza", "31/12/2029")]):
        pdf.at(x + 4, y + 15 + i * 6, f"{lab}: {val}", 8, "B" if i == 0 else "", "sans")
    y = 105
    pdf.set_fill_color(220, 230, 245)
    pdf.rect(x, y, 100, 63, style="DF", round_corners=True, corner_radius=3)
    pdf.at(x + 4, y + 3, "TESSERA EUROPEA DI ASSICURAZIONE MALATTIA", 7.5, "B", "sans")
    for i, (lab, val) in enumerate([("3. Cognome", p.last.upper()), ("4. Nome", p.first.upper()),
                                     ("5. Data di nascita", d_slash(p.birth)),
                                     ("6. Numero identificazione personale", p.cf),
                                     ("7. Numero identificazione dell'istituzione", "030 – SSN"),
                                     ("8. Numero identificazione della tessera", "80380000500412277311"),
                                     ("9. Data di scadenza", "31/12/2029")]):
        pdf.at(x + 4, y + 10 + i * 6, f"{lab}  {val}", 7.5, "", "sans")
    save(pdf, out)


def neg_pec_ammissione(out: Path) -> None:
    k = LEAN
    c = k.company
    pdf = Doc(creator="Bandi e Servizi – notifiche")
    pdf.add_page()
    pdf.set_font("sans", "", 8)
    for ln in ["Da: bandi@pec.regione.lombardia.it", f"A: {c.pec}", "Data: 25/09/2026 14:02",
               f"Oggetto: Formazione Continua – Quarta Edizione – comunicazione esito istruttoria – ID domanda "
               f"{k.id_domanda}"]:
        pdf.cell(0, 4.5, ln, **NL)
    pdf.rule(3)
    pdf.set_font("sans", "", 10)
    for t in [f"Spett.le {c.name},",
              f"con riferimento alla domanda di finanziamento ID {k.id_domanda}, protocollata il 01/09/2026, si "
              f"comunica che con Decreto n. 14552 del 23/09/2026 la domanda è stata AMMESSA a finanziamento per "
              f"un importo di € {eur(k.public)} (CUP E84D26004370009).",
              f"Voucher assegnato: ID voucher {k.id_voucher} – corso \"{k.title}\" – ID edizione {k.id_edizione}.",
              "Si ricorda che il corso deve avere inizio entro 120 giorni dalla presente comunicazione e "
              "concludersi entro 120 giorni dalla data di avvio; la domanda di liquidazione (Allegato A.6) deve "
              "essere presentata entro 80 giorni dalla conclusione, escluso il mese di agosto.",
              "Distinti saluti.\nU.O. Formazione – Regione Lombardia"]:
        pdf.para(t, h=5.4, align="J")
        pdf.ln(2)
    save(pdf, out)


NEGATIVES = [
    Case(None, "neg-office-supplies-invoice", neg_office_invoice, {"vendor_piva": UFFICIO_PIU_PIVA},
         ("shares_invoice_vocabulary",)),
    Case(None, "neg-durc", neg_durc, {"company_cf": VALBREMBANA.cf}, ("validity_dates", "inps_inail")),
    Case(None, "neg-visura-camerale-2p", neg_visura, {"company_cf": VALBREMBANA.cf, "lr_cf": CARMINATI.cf,
                                                       "page_count": 2}, ("multi_page", "legal_rep_cf")),
    Case(None, "neg-bank-advertising-letter-with-iban", neg_bank_advert, {"iban": VALBREMBANA.iban},
         ("bank_letterhead", "contains_holder_iban")),
    Case(None, "neg-privacy-notice-fc4", neg_privacy, {}, ("mentions_iban_de_minimis_voucher",)),
    Case(None, "neg-dichiarazione-residenza", neg_residenza, {"cf": ROTA.cf},
         ("dichiarazione_sostitutiva", "dpr_445")),
    Case(None, "neg-verbale-riunione", neg_verbale, {"id_corso": LEAN.id_corso},
         ("mentions_every_attachment", "mentions_cup")),
    Case(None, "neg-cv-europass", neg_cv, {}, ("mentions_course_and_voucher",)),
    Case(None, "neg-preventivo-corso", neg_preventivo, {"id_corso": LEAN.id_corso, "total": LEAN.taxable},
         ("shares_invoice_vocabulary", "quota_pubblica")),
    Case(None, "neg-blank-bonifico-form", neg_blank_transfer_form, {}, ("blank_form", "bank_letterhead")),
    Case(None, "neg-f24-quietanza", neg_f24, {"company_cf": VALBREMBANA.cf},
         ("says_quietanza_and_pagata", "inps_matricola")),
    Case(None, "neg-attestato-frequenza", neg_attestato, {"worker_cf": ROTA.cf, "id_edizione": LEAN.id_edizione},
         ("landscape", "mentions_course_ids")),
    Case(None, "neg-foglio-informativo-cc", neg_foglio_informativo, {}, ("mentions_estratto_conto_and_bonifico",)),
    Case(None, "neg-tessera-sanitaria", neg_tessera_sanitaria, {"cf": CARMINATI.cf},
         ("card_layout", "not_an_id_document")),
    Case(None, "neg-pec-ammissione", neg_pec_ammissione, {"id_domanda": LEAN.id_domanda,
                                                          "id_voucher": LEAN.id_voucher},
         ("mentions_a6", "mentions_cup", "platform_sender")),
]
