"""Who signed, read from an X.509 certificate: name, codice fiscale, validity.

Italian qualified certificates carry the codice fiscale in the subject's
serialNumber (`TINIT-RSSMRA70A01A794H`, older ones `IT:RSSMRA70A01A794H`); CNS/CRS
smart cards put it at the start of the common name (`RSSMRA70A01A794H/7420...`).
Nothing here says whether the certificate is trusted: legal validity is out of scope.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from asn1crypto import x509

from . import values
from .models import Signer

_CF = values.CF_PERSON_RE.pattern
_SERIAL_CF = re.compile(rf"^(?:TINIT-|TIN:IT-|IT:|IT-)?({_CF}|\d{{11}})$")
_CNS_CN = re.compile(rf"^({_CF})/")


def _first(subject: Mapping[str, Any], key: str) -> str | None:
    value = subject.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value else None


def codice_fiscale(subject: Mapping[str, Any]) -> str | None:
    """The holder's CF from serialNumber, or from a CNS/CRS common name."""
    serial = (_first(subject, "serial_number") or "").upper().replace(" ", "")
    m = _SERIAL_CF.match(serial)
    if m:
        return m.group(1)
    cn = (_first(subject, "common_name") or "").upper()
    m = _CNS_CN.match(cn)
    if m:
        return m.group(1)
    for cf, _, _ in values.find_person_cfs(cn):
        if values.cf_problem(cf) is None:  # a free-text CN: only a CF whose check digit holds
            return cf
    return None


def person_name(subject: Mapping[str, Any]) -> str | None:
    given, surname = _first(subject, "given_name"), _first(subject, "surname")
    if given and surname:
        return f"{given} {surname}"
    cn = _first(subject, "common_name")
    if cn and _CNS_CN.match(cn.upper()):
        return surname or given  # "CF/serial" is no name
    return cn or surname or given


def signer_from_certificate(cert: x509.Certificate | None, kind: str, signing_time: datetime | None = None,
                            whole_file: bool = True) -> Signer:
    if cert is None:
        return Signer(kind, None, None, signing_time=signing_time, whole_file=whole_file)
    subject = cert.subject.native
    validity = cert["tbs_certificate"]["validity"]
    return Signer(
        kind=kind,
        common_name=person_name(subject),
        codice_fiscale=codice_fiscale(subject),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        issuer=_first(cert.issuer.native, "common_name") or cert.issuer.human_friendly,
        signing_time=signing_time,
        whole_file=whole_file,
    )


# ---------------------------------------------------------------- cache form

def to_json(s: Signer) -> dict[str, Any]:
    def iso(d: datetime | None) -> str | None:
        return d.isoformat() if d else None

    return {"kind": s.kind, "common_name": s.common_name, "codice_fiscale": s.codice_fiscale,
            "not_before": iso(s.not_before), "not_after": iso(s.not_after), "issuer": s.issuer,
            "signing_time": iso(s.signing_time), "whole_file": s.whole_file}


def from_json(d: Mapping[str, Any]) -> Signer:
    def dt(v: str | None) -> datetime | None:
        return datetime.fromisoformat(v) if v else None

    return Signer(d["kind"], d.get("common_name"), d.get("codice_fiscale"), dt(d.get("not_before")),
                  dt(d.get("not_after")), d.get("issuer"), dt(d.get("signing_time")), bool(d.get("whole_file", True)))
