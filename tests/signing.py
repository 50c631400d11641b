"""Test signatures: a self-made certificate with `serialNumber=TINIT-<CF>`, CAdES and PAdES signing.

Used by the tests and by sample_dossiers/build_signed.py. The certificate is
self-signed: the tool checks who signed, not whether a trusted CA vouches for it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Identity:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def key_der(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def make_identity(given: str, surname: str, cf: str | None, *, cns: bool = False, days: int = 1095) -> Identity:
    """A person's signing certificate. `cns`: the CF in the common name (`CF/serial`), as on CNS/CRS cards."""
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "IT")]
    if cns and cf:
        attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, f"{cf}/7420001234567890.abcdefghijklmnop="))
    else:
        attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, f"{given} {surname}"))
        if cf:
            attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"TINIT-{cf}"))
    attrs += [x509.NameAttribute(NameOID.GIVEN_NAME, given), x509.NameAttribute(NameOID.SURNAME, surname)]
    name = x509.Name(attrs)
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Identity(key, cert)


def cades_sign(data: bytes, *signers: Identity, base64: bool = False) -> bytes:
    """An attached CMS SignedData envelope (what a `.p7m` holds), DER or base64 text."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    for who in signers:
        builder = builder.add_signer(who.cert, who.key, hashes.SHA256())
    der = builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    if base64:
        import base64 as b64

        return b64.encodebytes(der)
    return der


def pades_sign(pdf: bytes, signer: Identity, field_name: str = "Firma1") -> bytes:
    """A PAdES signature covering the whole PDF, added as an incremental update by pyHanko."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from validator.pades import load_pyhanko

    load_pyhanko()
    cert = asn1_x509.Certificate.load(signer.cert_der)
    key = load_private_key_from_pemder_data(signer.key_der, passphrase=None)
    simple = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES)
    out = signers.sign_pdf(writer, meta, signer=simple)
    return out.getvalue()
