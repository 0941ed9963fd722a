"""E-signed records (yansenne.reports.signing): fields placed where the layout drew them,
the lock record attached, PAdES signatures from a .p12 and a PKCS#11 token added one
after the other, and what `verify` makes of them and of a changed byte."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from tests import pki
from yansenne.errors import InputError
from yansenne.reports import signing

RECORD = json.dumps({"edition": 2026, "format": 1, "marks": []}, sort_keys=True,
                    separators=(",", ":")).encode()


@pytest.fixture(scope="module")
def keys() -> pki.Shared:
    return pki.shared()


def _laid_out(path: Path, places: dict[str, signing.SignaturePlace]) -> None:
    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph("Minutes", style), PageBreak(), Paragraph("Signatures", style),
             signing.SignatureSpot("sig-J01", 80 * mm, 14 * mm, places),
             signing.SignatureSpot("sig-J02", 80 * mm, 14 * mm, places)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    places: dict[str, signing.SignaturePlace] = {}
    target = tmp_path / "doc.pdf"
    signing.write_prepared(lambda path: _laid_out(path, places) or 2, target, places, RECORD)
    return target


def test_fields_go_where_the_layout_drew_them(tmp_path: Path) -> None:
    places: dict[str, signing.SignaturePlace] = {}
    _laid_out(tmp_path / "plain.pdf", places)
    assert set(places) == {"sig-J01", "sig-J02"}
    first, second = places["sig-J01"], places["sig-J02"]
    assert first.page == second.page == 1  # the second page, counted from 0
    x1, y1, x2, y2 = first.box
    assert x2 - x1 == pytest.approx(80 * mm, abs=0.1)
    assert y2 - y1 == pytest.approx(14 * mm, abs=0.1)
    assert second.box[3] <= first.box[1] + 0.1  # drawn below the first


def test_prepare_adds_empty_fields_and_the_record(prepared: Path) -> None:
    assert signing.all_fields(prepared) == [("sig-J01", False), ("sig-J02", False)]
    found = signing.verify(prepared)
    assert found.attachment == RECORD
    assert found.attachment_sha256 == hashlib.sha256(RECORD).hexdigest()
    assert found.signatures == []


def test_field_names_hold_no_dots() -> None:
    assert signing.field_name("J.01 x") == "sig-J_01_x"


def test_two_signers_one_after_the_other(prepared: Path, keys: pki.Shared) -> None:
    key1 = signing.Pkcs12Key(keys.p12_j01, pki.P12_PASSWORD)
    key2 = signing.Pkcs12Key(keys.p12_j02, pki.P12_PASSWORD)
    assert signing.sign(prepared, key1) == "sig-J01"  # the first empty field
    first = prepared.read_bytes()
    assert signing.sign(prepared, key2, juror="J02") == "sig-J02"
    assert prepared.read_bytes().startswith(first)  # an incremental update
    found = signing.verify(prepared, [keys.pki.ca_pem])
    assert [(s.field, s.signer, s.intact, s.unchanged_after, s.trusted)
            for s in found.signatures] == [("sig-J01", "Juror J01", True, True, True),
                                           ("sig-J02", "Juror J02", True, True, True)]
    assert all(s.signing_time is not None for s in found.signatures)
    assert found.attachment == RECORD
    untrusted = signing.verify(prepared, [keys.pki.other_ca_pem()])
    assert [s.trusted for s in untrusted.signatures] == [False, False]
    assert not any(s.ok for s in untrusted.signatures)
    unchecked = signing.verify(prepared)
    assert [s.trusted for s in unchecked.signatures] == [None, None]
    assert all(s.ok for s in unchecked.signatures)


def test_a_signed_field_is_not_signed_again(prepared: Path, keys: pki.Shared) -> None:
    key = signing.Pkcs12Key(keys.p12_j01, pki.P12_PASSWORD)
    signing.sign(prepared, key, juror="J01")
    before = prepared.read_bytes()
    with pytest.raises(InputError, match="already signed"):
        signing.sign(prepared, key, juror="J01")
    with pytest.raises(InputError, match="no signature field for juror J09"):
        signing.sign(prepared, key, juror="J09")
    assert prepared.read_bytes() == before


def test_a_document_without_fields_gets_an_invisible_one(tmp_path: Path,
                                                         keys: pki.Shared) -> None:
    target = tmp_path / "dossier.pdf"
    signing.write_prepared(lambda path: _laid_out(path, {}) or 2, target, {}, RECORD)
    key = signing.Pkcs12Key(keys.p12_j01, pki.P12_PASSWORD)
    assert signing.sign(target, key, juror="J01") == "sig-J01"
    assert signing.sign(target, signing.Pkcs12Key(keys.p12_j02, pki.P12_PASSWORD)) == "sig-2"
    assert [s.ok for s in signing.verify(target).signatures] == [True, True]


def test_wrong_password_changes_nothing(prepared: Path, keys: pki.Shared) -> None:
    before = prepared.read_bytes()
    with pytest.raises(InputError, match="wrong password"):
        signing.sign(prepared, signing.Pkcs12Key(keys.p12_j01, "not it"))
    assert prepared.read_bytes() == before
    assert not list(prepared.parent.glob(".*.part"))


def test_a_changed_byte_breaks_the_signature(prepared: Path, keys: pki.Shared) -> None:
    signing.sign(prepared, signing.Pkcs12Key(keys.p12_j01, pki.P12_PASSWORD))
    data = bytearray(prepared.read_bytes())
    at = data.index(b"/Producer") + 14  # inside the signed range (the first revision)
    data[at] ^= 0x01
    prepared.write_bytes(bytes(data))
    found = signing.verify(prepared)
    assert len(found.signatures) == 1
    assert not found.signatures[0].intact
    assert not found.signatures[0].ok


def test_something_else_changed_after_a_signature(prepared: Path, keys: pki.Shared) -> None:
    """An incremental update that changes the attachment's description after the
    signature: something other than a signature."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signing.sign(prepared, signing.Pkcs12Key(keys.p12_j01, pki.P12_PASSWORD))
    with open(prepared, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        info = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        spec = info[1].get_object()
        spec["/Desc"] = generic.TextStringObject("changed after the signature")
        writer.mark_update(info.raw_get(1))
        out = prepared.with_name("changed.pdf")
        with open(out, "wb") as target:
            writer.write(target)
    found = signing.verify(out)
    assert found.signatures[0].intact
    assert not found.signatures[0].unchanged_after
    assert not found.signatures[0].ok


def test_a_token_signs_and_a_wrong_pin_is_refused_once(prepared: Path,
                                                       keys: pki.Shared) -> None:
    if keys.token is None:
        pytest.skip(keys.token_missing or "no token")
    token = keys.token
    before = prepared.read_bytes()
    with pytest.raises(InputError, match="wrong PIN"):
        signing.sign(prepared, signing.Pkcs11Key(token.module, token.token_label,
                                                 token.key_label, "0000"))
    assert prepared.read_bytes() == before
    with pytest.raises(InputError, match="no key and certificate labelled nope"):
        signing.sign(prepared, signing.Pkcs11Key(token.module, token.token_label, "nope",
                                                 token.pin))
    name = signing.sign(prepared, signing.Pkcs11Key(token.module, token.token_label,
                                                    token.key_label, token.pin),
                        juror="J02")
    assert name == "sig-J02"
    [check] = signing.verify(prepared, [keys.pki.ca_pem]).signatures
    assert (check.field, check.signer, check.ok) == ("sig-J02", "Juror J02", True)


def test_not_a_pdf_is_refused(tmp_path: Path, keys: pki.Shared) -> None:
    text = tmp_path / "a.pdf"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF"):
        signing.verify(text)
    with pytest.raises(InputError, match="does not exist"):
        signing.sign(tmp_path / "none.pdf", signing.Pkcs12Key(keys.p12_j01, "x"))
