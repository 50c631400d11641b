"""Deterministic electronic signatures for test documents.

CAdES-BES envelopes (`.p7m`, DER or base64) and PAdES signatures (a PDF with a
signature dictionary whose ByteRange covers the whole file), made with an
invented CA and RSA keys derived from a seed, so the same input always gives the
same bytes. The signer's certificate carries the Italian convention
`serialNumber=TINIT-<codice fiscale>`. These are test keys for test files only.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from asn1crypto import algos, cms, tsp
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from pypdf import PdfReader

ROME = dt.timezone(dt.timedelta(hours=1))
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n: int, rng: random.Random) -> bool:
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, rng: random.Random, e: int) -> int:
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if (n - 1) % e and _probable_prime(n, rng):
            return n


@lru_cache(maxsize=16)
def rsa_key(seed: str, bits: int = 2048) -> rsa.RSAPrivateKey:
    """An RSA key that depends only on `seed`."""
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    e = 65537
    p = _prime(bits // 2, rng, e)
    q = _prime(bits // 2, rng, e)
    while q == p:
        q = _prime(bits // 2, rng, e)
    n, phi = p * q, (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                    rsa.RSAPublicNumbers(e, n))
    return numbers.private_key()


@dataclass(frozen=True)
class Signer:
    nome: str
    cognome: str
    codice_fiscale: str


CA_NAME = x509.Name([
    x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CertiFirma S.p.A."),
    x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Qualified Trust Service Provider"),
    x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, "VATIT-01987650156"),
    x509.NameAttribute(NameOID.COMMON_NAME, "CertiFirma Qualified Electronic Signature CA 2"),
])
NOT_BEFORE = dt.datetime(2025, 1, 10, 9, 0, tzinfo=dt.UTC)


@lru_cache(maxsize=1)
def _ca() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa_key("docgen-a CA")
    cert = (
        x509.CertificateBuilder()
        .subject_name(CA_NAME).issuer_name(CA_NAME)
        .public_key(key.public_key())
        .serial_number(0x2A0F)
        .not_valid_before(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2036, 1, 1, tzinfo=dt.UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


@lru_cache(maxsize=16)
def signer_cert(signer: Signer) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The signer's key and qualified-signature certificate (serialNumber TINIT-<CF>)."""
    ca_key, ca_cert = _ca()
    key = rsa_key(f"docgen-a signer {signer.codice_fiscale}")
    serial = int(hashlib.sha256(signer.codice_fiscale.encode()).hexdigest()[:12], 16)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.SURNAME, signer.cognome.upper()),
        x509.NameAttribute(NameOID.GIVEN_NAME, signer.nome.upper()),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"TINIT-{signer.codice_fiscale.upper()}"),
        x509.NameAttribute(NameOID.DN_QUALIFIER, f"2025{serial % 10**8:08d}"),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{signer.nome} {signer.cognome}".upper()),
    ])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_BEFORE.replace(year=NOT_BEFORE.year + 3))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _signer_info(signer: Signer, digest: bytes, when: dt.datetime | None) -> tuple[cms.SignerInfo, list]:
    key, cert = signer_cert(signer)
    cert_der = cert.public_bytes(serialization.Encoding.DER)
    acert = ax509.Certificate.load(cert_der)
    attrs = [
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "message_digest", "values": [digest]}),
        cms.CMSAttribute({"type": "signing_certificate_v2", "values": [tsp.SigningCertificateV2({
            "certs": [tsp.ESSCertIDv2({
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "cert_hash": hashlib.sha256(cert_der).digest(),
            })],
        })]}),
    ]
    if when is not None:
        attrs.insert(1, cms.CMSAttribute({"type": "signing_time",
                                          "values": [cms.Time({"utc_time": when.astimezone(dt.UTC)})]}))
    signed_attrs = cms.CMSAttributes(attrs)
    signature = key.sign(signed_attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
    info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": acert.issuer, "serial_number": acert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": signed_attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
        "signature": signature,
    })
    return info, [acert]


def _signed_data(content: bytes | None, digest: bytes, signers: list[Signer], when: dt.datetime | None) -> bytes:
    infos, certs = [], []
    for s in signers:
        info, c = _signer_info(s, digest, when)
        infos.append(info)
        certs.extend(c)
    encap: dict = {"content_type": "data"}
    if content is not None:
        encap["content"] = content
    sd = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": cms.ContentInfo(encap),
        "certificates": certs,  # the signer's certificate only, as most Italian signing tools do
        "signer_infos": infos,
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def sign_p7m(content: bytes, signers: list[Signer], when: dt.datetime, as_base64: bool = False) -> bytes:
    """A CAdES-BES attached signature (what Italian signing tools save as `file.pdf.p7m`)."""
    der = _signed_data(content, hashlib.sha256(content).digest(), signers, when)
    if as_base64:
        return base64.encodebytes(der)
    return der


# ------------------------------------------------------------------------- PAdES



def _pdf_date(when: dt.datetime) -> str:
    off = when.utcoffset() or dt.timedelta(0)
    hours, rem = divmod(int(off.total_seconds()), 3600)
    return when.strftime("D:%Y%m%d%H%M%S") + f"+{hours:02d}'{rem // 60:02d}'"


def _pdf_string(s: str) -> str:
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def sign_pdf(pdf: bytes, signer: Signer, when: dt.datetime, reason: str = "Firma digitale") -> bytes:
    """Append an incremental update with a PAdES signature covering the whole file."""
    reader = PdfReader(io.BytesIO(pdf))
    trailer: Any = reader.trailer
    root_ref = trailer.raw_get("/Root")
    info_ref = trailer.raw_get("/Info")
    size = int(trailer["/Size"])
    page_ref: Any = reader.pages[0].indirect_reference
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    sig_num, field_num = size, size + 1
    new_size = size + 2

    def serialise(obj: object) -> bytes:
        buf = io.BytesIO()
        obj.write_to_stream(buf)  # type: ignore[attr-defined]
        return buf.getvalue()

    page = reader.pages[0]
    page_items = b"".join(
        b"/" + k[1:].encode() + b" " + serialise(v) + b"\n" for k, v in page.items() if k != "/Annots"
    )
    annots = b"/Annots [" + f"{field_num} 0 R".encode() + b"]"
    root: Any = trailer["/Root"]
    root_items = b"".join(
        b"/" + k[1:].encode() + b" " + serialise(root.raw_get(k)) + b"\n" for k in root if k != "/AcroForm"
    )
    # The CMS has a fixed size for a given signer: reserve just that (plus a margin).
    contents_len = 2 * len(_signed_data(None, bytes(32), [signer], None)) + 64
    byte_range_placeholder = b"/ByteRange [0 0000000000 0000000000 0000000000]"
    objs: list[tuple[int, bytes]] = [
        (sig_num, b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n"
                  + byte_range_placeholder + b"\n/Contents <" + b"0" * contents_len + b">\n"
                  + f"/M {_pdf_string(_pdf_date(when))} /Name {_pdf_string(f'{signer.nome} {signer.cognome}'.upper())}"
                    f" /Reason {_pdf_string(reason)} >>".encode()),
        (field_num, f"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Firma1) /Rect [0 0 0 0] /F 132 "
                    f"/V {sig_num} 0 R /P {page_ref.idnum} 0 R >>".encode()),
        (page_ref.idnum, b"<< " + page_items + annots + b" >>"),
        (root_ref.idnum, b"<< " + root_items + f"/AcroForm << /Fields [{field_num} 0 R] /SigFlags 3 >> >>".encode()),
    ]
    out = io.BytesIO()
    out.write(pdf)
    if not pdf.endswith(b"\n"):
        out.write(b"\n")
    offsets = {}
    for num, body in objs:
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    xref_pos = out.tell()
    out.write(b"xref\n")
    for num in sorted(offsets):
        out.write(f"{num} 1\n{offsets[num]:010d} 00000 n \n".encode())
    ids = trailer.get("/ID")
    id_part = b""
    if ids:
        id_part = b"/ID [" + b" ".join(serialise(x) for x in ids) + b"]"
    info_part = f"/Info {info_ref.idnum} 0 R ".encode() if info_ref is not None else b""
    out.write(f"trailer\n<< /Size {new_size} /Root {root_ref.idnum} 0 R ".encode() + info_part + id_part
              + f" /Prev {startxref} >>\nstartxref\n{xref_pos}\n%%EOF\n".encode())
    data = bytearray(out.getvalue())

    start = data.index(b"/Contents <", offsets[sig_num]) + len(b"/Contents ")
    end = start + contents_len + 2
    ranges = [0, start, end, len(data) - end]
    br = f"/ByteRange [0 {ranges[1]:010d} {ranges[2]:010d} {ranges[3]:010d}]".encode()
    pos = data.index(byte_range_placeholder, offsets[sig_num])
    data[pos:pos + len(byte_range_placeholder)] = br
    digest = hashlib.sha256(bytes(data[:start]) + bytes(data[end:])).digest()
    cms_der = _signed_data(None, digest, [signer], None)
    hexsig = cms_der.hex().encode()
    if len(hexsig) > contents_len:
        raise ValueError("signature larger than the reserved space")
    data[start + 1:start + 1 + len(hexsig)] = hexsig
    return bytes(data)
