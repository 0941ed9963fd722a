"""A throw-away PKI for the signing tests: a CA, juror certificates, a password-protected
.p12, and a SoftHSM2 token holding a juror's key and certificate.

Everything lives in a temporary folder; the token's configuration is a file of its own
there, named by SOFTHSM2_CONF for this process only, so the system's tokens are never
touched. `softhsm2-util` and `pkcs11-tool` (Debian softhsm2 and opensc) make the token.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULE_PLACES = ("/usr/lib/softhsm/libsofthsm2.so",
                         "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                         "/usr/local/lib/softhsm/libsofthsm2.so")
TOKEN_LABEL = "yansenne-test"
KEY_LABEL = "juror-key"
SO_PIN = "12345678"
USER_PIN = "4321"
P12_PASSWORD = "s3cret pass"


def softhsm_module() -> str | None:
    """The SoftHSM2 PKCS#11 module, or None when softhsm2 is not installed."""
    if shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None:
        return None
    return next((p for p in SOFTHSM_MODULE_PLACES if Path(p).exists()), None)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Yansenne test PKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Person:
    common_name: str
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


@dataclass
class Pki:
    folder: Path
    ca: Person
    ca_pem: Path

    def issue(self, common_name: str) -> Person:
        """A signing certificate for a juror, issued by the CA."""
        key = _key()
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder()
                .subject_name(_name(common_name)).issuer_name(self.ca.cert.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=365))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                             key_encipherment=False, data_encipherment=False,
                                             key_agreement=False, key_cert_sign=False,
                                             crl_sign=False, encipher_only=False,
                                             decipher_only=False), critical=True)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                               critical=False)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                               critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                    self.ca.key.public_key()), critical=False)
                .sign(self.ca.key, hashes.SHA256()))
        return Person(common_name, key, cert)

    def p12(self, person: Person, password: str = P12_PASSWORD) -> Path:
        """`person`'s key, certificate and the CA in a .p12 protected by `password`."""
        path = self.folder / f"{person.common_name.replace(' ', '_')}.p12"
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            person.common_name.encode(), person.key, person.cert, [self.ca.cert],
            serialization.BestAvailableEncryption(password.encode())))
        return path

    def other_ca_pem(self) -> Path:
        """A root that issued nothing here: a chain checked against it fails."""
        other = make_pki(self.folder / "other")
        return other.ca_pem


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    key = _key()
    now = dt.datetime.now(dt.UTC)
    name = _name("Yansenne Test CA")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=2))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Pki(folder, Person("Yansenne Test CA", key, cert), ca_pem)


@dataclass
class Token:
    module: str
    conf: Path
    token_label: str = TOKEN_LABEL
    key_label: str = KEY_LABEL
    pin: str = USER_PIN


def make_token(folder: Path, person: Person, module: str) -> Token:
    """A SoftHSM2 token in `folder` holding `person`'s key and certificate under
    KEY_LABEL. Sets SOFTHSM2_CONF to its own configuration in this (test) process's
    environment, for the module loaded in-process: SoftHSM2 reads it once, when first
    loaded, which is why `shared` makes one token per process."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n", encoding="utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    key_pem = folder / "key.pem"
    key_pem.write_bytes(person.key_pem())
    cert_der = folder / "cert.der"
    cert_der.write_bytes(person.cert.public_bytes(serialization.Encoding.DER))

    def call(*args: str) -> None:
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)

    call("softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL,
         "--so-pin", SO_PIN, "--pin", USER_PIN)
    call("softhsm2-util", "--import", str(key_pem), "--token", TOKEN_LABEL,
         "--label", KEY_LABEL, "--id", "01", "--pin", USER_PIN)
    call("pkcs11-tool", "--module", module, "--token-label", TOKEN_LABEL, "--login",
         "--pin", USER_PIN, "--write-object", str(cert_der), "--type", "cert",
         "--label", KEY_LABEL, "--id", "01")
    key_pem.unlink()
    os.environ["SOFTHSM2_CONF"] = str(conf)
    return Token(module, conf)


@dataclass
class Shared:
    """One PKI for the whole test run: CA, jurors J01 (a .p12) and J02 (a .p12 and the
    token), a password file and a PIN file. The token is made once per process: a
    PKCS#11 module reads its configuration once, when first loaded."""

    pki: Pki
    j01: Person
    j02: Person
    p12_j01: Path
    p12_j02: Path
    password_file: Path
    pin_file: Path
    token: Token | None
    token_missing: str | None  # why there is no token


_SHARED: Shared | None = None


def shared() -> Shared:
    global _SHARED
    if _SHARED is None:
        import atexit
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="yansenne-pki-"))
        atexit.register(shutil.rmtree, folder, True)
        pki = make_pki(folder)
        j01, j02 = pki.issue("Juror J01"), pki.issue("Juror J02")
        password_file = folder / "password.txt"
        password_file.write_text(P12_PASSWORD + "\n", encoding="utf-8")
        pin_file = folder / "pin.txt"
        pin_file.write_text(USER_PIN + "\n", encoding="utf-8")
        module = softhsm_module()
        token, missing = None, None
        if module is None:
            missing = "softhsm2-util, pkcs11-tool or libsofthsm2.so is not installed " \
                      "(Debian packages softhsm2 and opensc; tools/system_packages.sh)"
        else:
            token = make_token(folder / "hsm", j02, module)
        _SHARED = Shared(pki, j01, j02, pki.p12(j01), pki.p12(j02), password_file,
                         pin_file, token, missing)
    return _SHARED
