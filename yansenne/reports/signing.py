"""E-signed records: the minutes and the dossier carry the lock record and, for the
minutes, one empty signature field per present voting juror; jurors add PAdES
signatures one after the other; anyone checks them (spec/cli.md `sign`, `verify`).

Three steps, all with pyHanko:

- `prepare` (called by the minutes and dossier writers for a locked edition, never for
  a draft) rewrites the PDF ReportLab wrote (a plain rewrite, before any signature):
  the lock record attached as `lock-record.json`, and the signature fields placed on
  the boxes the layout recorded (`SignatureSpot`). The dossier gets the attachment
  only: `sign` adds an invisible field to a document that has no empty one.
- `sign` adds one approval signature (PAdES B-B: the signer's clock, no timestamp
  authority, nothing from the network) as an incremental update, so the earlier
  signatures stay valid, with a key from a PKCS#12 file or a PKCS#11 token (an eID
  card). The credentials are opened before anything is written: a wrong password or
  PIN changes nothing, and is never retried (an eID card blocks after three).
- `verify` reports each signature: its field, its signer, the signing time it claims,
  whether it is intact, whether only signatures were added after it, and (with trust
  roots) whether its chain leads to one of them; and the attached lock record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.platypus import Flowable

from yansenne.errors import InputError, Problem
from yansenne.files import replacing, write_bytes
from yansenne.i18n import tr

# pyHanko imports cryptography's DSA, which warns on every run; no signature here uses it.
warnings.filterwarnings("ignore", message="DSA is deprecated")

ATTACHMENT = "lock-record.json"
FIELD_PREFIX = "sig-"
#: Modification levels after a signature that leave it standing: nothing, document
#: security data (LTA updates), or form filling, which is how pyHanko sees a later
#: signature put into an existing empty field.
ACCEPTED_LEVELS = ("NONE", "LTA_UPDATES", "FORM_FILLING")


def field_name(juror: str) -> str:
    """The name of a juror's signature field: `sig-` and the code, with what a PDF field
    name cannot hold (dots: they separate the parts of a name) replaced."""
    return FIELD_PREFIX + re.sub(r"[^A-Za-z0-9_-]", "_", juror)


# -- the layout records where the signature boxes land ---------------------------------
@dataclass(frozen=True)
class SignaturePlace:
    """A signature field: its name, page (0 = the first) and box in PDF points."""

    name: str
    page: int
    box: tuple[float, float, float, float]


class SignatureSpot(Flowable):
    """Blank space in a signature box that notes where it was drawn, page and absolute
    position, into `places` (by field name: the last pass of the layout wins)."""

    def __init__(self, name: str, width: float, height: float,
                 places: dict[str, SignaturePlace]) -> None:
        super().__init__()
        self.name, self.width, self.height, self.places = name, width, height, places

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        x2, y2 = canvas.absolutePosition(self.width, self.height)
        self.places[self.name] = SignaturePlace(
            self.name, canvas.getPageNumber() - 1,
            (round(min(x, x2), 2), round(min(y, y2), 2), round(max(x, x2), 2),
             round(max(y, y2), 2)))


# -- preparing a document ---------------------------------------------------------------
def prepare_bytes(pdf: bytes, places: Sequence[SignaturePlace], record: bytes | None) -> bytes:
    """`pdf` rewritten with the empty signature fields `places` and `record` attached as
    `lock-record.json`."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer
    from pyhanko.sign import fields

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf)))
    for place in places:
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=place.name, on_page=place.page, box=place.box))
    if record is not None:
        data = embed.EmbeddedFileObject.from_file_data(
            writer, record, mime_type="application/json",
            params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True))
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=ATTACHMENT, file_name=ATTACHMENT, embedded_data=data,
            description="Lock record of the deliberation (canonical JSON; its SHA-256 is "
                        "the lock fingerprint)",
            af_relationship=generic.NameObject("/Data")))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_prepared(lay_out: Callable[[Path], int], target: str | Path | IO[bytes],
                   places: Mapping[str, SignaturePlace], record: bytes | None) -> int:
    """Lay a document out in a temporary folder with `lay_out(path)` (which fills
    `places`), prepare it, and write the result to `target` in one go; returns what
    `lay_out` returned (the pages)."""
    with tempfile.TemporaryDirectory(prefix="yansenne-") as folder:
        laid_out = Path(folder) / "document.pdf"
        pages = lay_out(laid_out)
        pdf = prepare_bytes(laid_out.read_bytes(), list(places.values()), record)
    if isinstance(target, str | Path):
        write_bytes(target, pdf)
    else:
        target.write(pdf)
    return pages


def prepare(pdf_path: Path | str, places: Sequence[SignaturePlace],
            record: bytes | None) -> None:
    """`prepare_bytes` on a file, replaced atomically."""
    path = Path(pdf_path)
    write_bytes(path, prepare_bytes(path.read_bytes(), places, record))


# -- credentials ------------------------------------------------------------------------
class SigningError(InputError):
    """Signing was refused (credentials, field, file); nothing was written."""


@dataclass(frozen=True)
class Pkcs12Key:
    path: Path
    password: str


@dataclass(frozen=True)
class Pkcs11Key:
    module: str
    token_label: str
    key_label: str
    pin: str


Credentials = Pkcs12Key | Pkcs11Key


def _refuse(message: str, file: str | None = None) -> SigningError:
    return SigningError(Problem(message, file=file))


@contextmanager
def opened_signer(key: Credentials) -> Iterator[Any]:
    """A pyHanko signer over `key`; a wrong password or PIN is refused at once."""
    if isinstance(key, Pkcs12Key):
        from pyhanko.sign import signers

        try:
            data = key.path.read_bytes()
        except OSError as exc:
            raise _refuse(tr("cannot read the certificate file ({reason})",
                             reason=exc.strerror or str(exc)), str(key.path)) from exc
        try:
            signer = signers.SimpleSigner.load_pkcs12_data(data, (), key.password.encode())
        except (ValueError, TypeError) as exc:
            raise _refuse(tr("wrong password, or not a PKCS#12 certificate file; "
                             "nothing was signed"), str(key.path)) from exc
        yield signer
        return
    yield from _pkcs11_signer(key)


def _pkcs11_signer(key: Pkcs11Key) -> Iterator[Any]:
    from pkcs11 import exceptions as p11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11 as hanko11

    try:
        session = hanko11.open_pkcs11_session(
            key.module, token_criteria=TokenCriteria(label=key.token_label),
            user_pin=key.pin)
    except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange) as exc:
        raise _refuse(tr("wrong PIN for token {token}; it was not tried again (a card "
                         "blocks after three wrong PINs); nothing was signed",
                         token=key.token_label)) from exc
    except p11.PinLocked as exc:
        raise _refuse(tr("the PIN of token {token} is blocked; nothing was signed",
                         token=key.token_label)) from exc
    except (OSError, RuntimeError, p11.PKCS11Error) as exc:
        raise _refuse(tr("cannot open token {token} with module {module} ({reason})",
                         token=key.token_label, module=key.module,
                         reason=str(exc) or type(exc).__name__)) from exc
    try:
        try:
            signer = hanko11.PKCS11Signer(session, key_label=key.key_label,
                                          cert_label=key.key_label)
            signer.signing_cert  # noqa: B018 - fetched now: a missing key is said here
        except Exception as exc:  # noqa: BLE001 - pkcs11's and pyHanko's errors alike
            raise _refuse(tr("no key and certificate labelled {label} on token {token}",
                             label=key.key_label, token=key.token_label)) from exc
        yield signer
    finally:
        try:
            session.close()
        except Exception:  # noqa: BLE001, S110 - closing is best effort
            pass


# -- signing ----------------------------------------------------------------------------
def empty_fields(pdf: Path) -> list[str]:
    """The names of the document's empty signature fields, in their order."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    with open(pdf, "rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        return [name for name, _value, _ref in
                fields.enumerate_sig_fields(reader, filled_status=False)]


def all_fields(pdf: Path) -> list[tuple[str, bool]]:
    """Every signature field of the document: its name and whether it is signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    with open(pdf, "rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        return [(name, value is not None) for name, value, _ref in
                fields.enumerate_sig_fields(reader)]


def choose_field(pdf: Path, juror: str | None) -> tuple[str, bool]:
    """The field to sign and whether it exists: the juror's (refused when signed), or the
    first empty one; a document without one gets a new, invisible field."""
    existing = all_fields(pdf)
    if juror is not None:
        name = field_name(juror)
        for found, signed in existing:
            if found == name:
                if signed:
                    raise _refuse(tr("juror {juror} has already signed this document",
                                     juror=juror), str(pdf))
                return name, True
        if any(not signed for _name, signed in existing):
            raise _refuse(tr("this document has no signature field for juror {juror}",
                             juror=juror), str(pdf))
        return name, False
    for name, signed in existing:
        if not signed:
            return name, True
    taken = {name for name, _signed in existing}
    number = len(existing) + 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    return f"{FIELD_PREFIX}{number}", False


def check_pdf(pdf: Path) -> None:
    if not pdf.is_file():
        raise _refuse(tr("the file does not exist"), str(pdf))
    with open(pdf, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise _refuse(tr("this is not a PDF file"), str(pdf))


def sign(pdf_path: Path | str, key: Credentials, *, juror: str | None = None) -> str:
    """Add one PAdES approval signature to `pdf_path` in place, as an incremental update
    written beside it and renamed; returns the field signed."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    pdf = Path(pdf_path)
    check_pdf(pdf)
    name, _exists = choose_field(pdf, juror)
    with opened_signer(key) as signer:
        meta = signers.PdfSignatureMetadata(
            field_name=name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256")
        style = TextStampStyle(stamp_text="%(signer)s\n%(ts)s", border_width=0,
                               background=None)
        # Read whole first: Windows refuses to rename over a file this process still has
        # open, so no handle on `pdf` may outlive the writing.
        source = io.BytesIO(pdf.read_bytes())
        with replacing(pdf) as temporary:
            writer = IncrementalPdfFileWriter(source, strict=False)
            with open(temporary, "wb") as out:
                signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(writer, output=out)
    return name


# -- verifying --------------------------------------------------------------------------
@dataclass
class SignatureCheck:
    """What `verify` says of one signature."""

    field: str
    signer: str
    signing_time: dt.datetime | None
    intact: bool
    unchanged_after: bool
    modification: str | None
    trusted: bool | None  # None: the chain was not checked
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.intact and self.unchanged_after and self.trusted is not False

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "signer": self.signer,
                "signing_time": self.signing_time.isoformat() if self.signing_time else None,
                "intact": self.intact, "only_signatures_after": self.unchanged_after,
                "modification": self.modification, "trusted": self.trusted,
                "ok": self.ok, "problem": self.problem}


@dataclass
class Verification:
    signatures: list[SignatureCheck] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)
    attachment: bytes | None = None
    problem: str | None = None  # the file could not be read

    @property
    def attachment_sha256(self) -> str | None:
        return hashlib.sha256(self.attachment).hexdigest() if self.attachment else None


def _load_roots(paths: Sequence[Path]) -> list[Any]:
    from asn1crypto import pem, x509

    roots = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise _refuse(tr("cannot read the certificate file ({reason})",
                             reason=exc.strerror or str(exc)), str(path)) from exc
        try:
            if pem.detect(data):
                roots += [x509.Certificate.load(der) for _kind, _headers, der
                          in pem.unarmor(data, multiple=True)]
            else:
                roots.append(x509.Certificate.load(data))
            for root in roots:
                root.native  # noqa: B018 - parse now: a bad file is refused here
        except ValueError as exc:
            raise _refuse(tr("not a certificate (PEM or DER)"), str(path)) from exc
    return roots


def _common_name(cert: Any) -> str:
    try:
        return str(cert.subject.native.get("common_name") or cert.subject.human_friendly)
    except Exception:  # noqa: BLE001 - a strange subject is shown as it comes
        return "?"


def attachment_of(reader: Any) -> bytes | None:
    """The bytes of the embedded file `lock-record.json`, or None."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return None
    for index in range(0, len(names) - 1, 2):
        if str(names[index]) == ATTACHMENT:
            try:
                return names[index + 1].get_object()["/EF"]["/F"].get_object().data
            except (KeyError, AttributeError):
                return None
    return None


def verify(pdf_path: Path | str, trust: Sequence[Path] = ()) -> Verification:
    """Check every signature of `pdf_path` (see the module's comment)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    pdf = Path(pdf_path)
    check_pdf(pdf)
    roots = _load_roots(trust)
    result = Verification()
    with open(pdf, "rb") as handle, _quiet_pyhanko():
        try:
            reader = PdfFileReader(handle, strict=False)
            embedded = list(reader.embedded_signatures)
            result.empty_fields = [name for name, _v, _r in
                                   fields.enumerate_sig_fields(reader, filled_status=False)]
            result.attachment = attachment_of(reader)
        except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
            result.problem = tr("the PDF cannot be read ({reason})", reason=str(exc))
            return result
        for sig in embedded:
            result.signatures.append(_check(sig, roots, validate_pdf_signature,
                                            ValidationContext))
    return result


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a traceback for each chain it cannot build (every chain when no root
    is given); the report says it in words instead."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _check(sig: Any, roots: list[Any], validate: Any, context_type: Any) -> SignatureCheck:
    try:
        signer = _common_name(sig.signer_cert)
    except Exception:  # noqa: BLE001
        signer = "?"
    context = context_type(trust_roots=roots, allow_fetching=False,
                           revocation_mode="soft-fail")
    try:
        status = validate(sig, context)
    except Exception as exc:  # noqa: BLE001 - a broken signature is reported, not raised
        return SignatureCheck(sig.field_name, signer, None, False, False, None,
                              False if roots else None, str(exc) or type(exc).__name__)
    level = status.modification_level
    level_name = level.name if level is not None else None
    unchanged = (level_name in ACCEPTED_LEVELS and status.docmdp_ok is not False
                 and status.coverage is not None
                 and status.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION"))
    problem = None
    if not (status.intact and status.valid):
        problem = tr("the signed content or the signature does not match")
    elif not unchanged:
        problem = tr("something other than a signature was changed after this signature")
    elif roots and not status.trusted:
        problem = tr("the certificate does not lead to a trusted root")
    return SignatureCheck(
        field=sig.field_name, signer=signer, signing_time=status.signer_reported_dt,
        intact=bool(status.intact and status.valid), unchanged_after=unchanged,
        modification=level_name, trusted=bool(status.trusted) if roots else None,
        problem=problem)
