"""`sign` and `verify` (spec/cli.md), and the key options `minutes --sign` and
`dossier --sign` share with `sign`; `register` adds the two commands.

`verify --format json` prints one object:

    {"file": "m.pdf", "ok": true,
     "signatures": [{"field": "sig-J01", "signer": "Juror J01",
                     "signing_time": "2026-06-12T14:03:11+00:00", "intact": true,
                     "only_signatures_after": true, "modification": "FORM_FILLING",
                     "trusted": null, "ok": true, "problem": null}],
     "empty_fields": ["sig-J03"],
     "lock_record": {"attached": true, "sha256": "...", "checked": false,
                     "matches": null, "stored_sha256": null},
     "problems": []}

`trusted` is null when no `--trust` root was given (the chain is not checked);
`modification` is pyHanko's level of what changed after the signature (NONE,
LTA_UPDATES and FORM_FILLING are accepted: only signatures were added);
`lock_record.checked` is true with `--check-results`, and `matches` then says whether
the attached record equals, byte for byte, the one stored with the lock and hashes to
its fingerprint. `ok` is false, and the exit status 2, when a signature is broken,
something other than a signature changed after one, a trust root was given and a chain
does not lead to it, the attached record does not match, or there is no signature.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from yansenne.cli.common import open_db, say
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr


# -- the key options --------------------------------------------------------------------
def add_key_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """`--cert FILE.p12 [--password-file F]` or `--pkcs11 MODULE --token-label T
    --key-label L [--pin-file F]`, and `--juror CODE`."""
    which = parser.add_mutually_exclusive_group(required=required)
    which.add_argument("--cert", metavar="FILE.p12",
                       help=tr("the signer's certificate and key (PKCS#12 file)"))
    which.add_argument("--pkcs11", metavar="MODULE",
                       help=tr("the PKCS#11 module of a card or token (e.g. the eID's)"))
    parser.add_argument("--password-file", metavar="F",
                        help=tr("a file holding the certificate's password on its first line"))
    parser.add_argument("--token-label", metavar="T", help=tr("the token's label"))
    parser.add_argument("--key-label", metavar="L",
                        help=tr("the label of the key and certificate on the token"))
    parser.add_argument("--pin-file", metavar="F",
                        help=tr("a file holding the token's PIN on its first line"))
    parser.add_argument("--juror", metavar="CODE",
                        help=tr("sign in this juror's signature field (default: the first "
                                "empty one)"))


def read_secret(file: str | None, what: str) -> str:
    """The first line of `file`; without one, asked on the terminal, never prompted
    for when there is none (refused)."""
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(Problem(tr("cannot read this file ({reason})",
                                        reason=getattr(exc, "strerror", None) or str(exc)),
                                     file=file)) from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise InputError(Problem(tr("no {what} given and no terminal to ask for it: give it "
                                    "in a file on its first line", what=what)))
    import getpass

    return getpass.getpass(tr("{what}: ", what=what[:1].upper() + what[1:]))


def credentials(args: argparse.Namespace):  # -> signing.Credentials
    from yansenne.reports import signing

    if args.cert:
        return signing.Pkcs12Key(Path(args.cert), read_secret(args.password_file,
                                                               tr("certificate password")))
    if args.pkcs11:
        missing = [name for name, value in (("--token-label", args.token_label),
                                            ("--key-label", args.key_label)) if not value]
        if missing:
            raise InputError(Problem(tr("--pkcs11 needs {options}",
                                        options=" ".join(missing))))
        return signing.Pkcs11Key(args.pkcs11, args.token_label, args.key_label,
                                 read_secret(args.pin_file, tr("PIN")))
    raise InputError(Problem(tr("--sign needs --cert FILE.p12 or --pkcs11 MODULE")))


def check_key_files(args: argparse.Namespace) -> None:
    """Files named by the key options must exist (said before any work)."""
    for name in ("cert", "password_file", "pin_file"):
        value = getattr(args, name, None)
        if value and not Path(value).is_file():
            raise InputError(Problem(tr("the file does not exist"), file=value))


def sign_file(args: argparse.Namespace, pdf: Path) -> None:
    """Sign `pdf` in place with the key the options name; says what was signed."""
    from yansenne.reports import signing

    check_key_files(args)
    key = credentials(args)
    name = signing.sign(pdf, key, juror=args.juror)
    say(tr("{file} signed in field {field}", file=pdf, field=name))


# -- the commands -----------------------------------------------------------------------
def cmd_sign(args: argparse.Namespace) -> int:
    from yansenne.reports import signing

    pdf = Path(args.file)
    signing.check_pdf(pdf)
    sign_file(args, pdf)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from yansenne.reports import signing

    pdf = Path(args.file)
    result = signing.verify(pdf, [Path(t) for t in args.trust or ()])
    problems: list[str] = []
    if result.problem:
        problems.append(result.problem)
    elif not result.signatures:
        problems.append(tr("the file holds no signature"))
    for check in result.signatures:
        if check.problem:
            problems.append(f"{check.field}: {check.problem}")
    lock = {"attached": result.attachment is not None, "sha256": result.attachment_sha256,
            "checked": bool(args.check_results), "matches": None, "stored_sha256": None}
    if args.check_results:
        matches, stored, problem = _compare_record(args, result.attachment)
        lock["matches"], lock["stored_sha256"] = matches, stored
        if problem:
            problems.append(problem)
    ok = not problems
    if args.format == "json":
        print(json.dumps({"file": str(pdf), "ok": ok,
                          "signatures": [c.as_json() for c in result.signatures],
                          "empty_fields": result.empty_fields, "lock_record": lock,
                          "problems": problems}, ensure_ascii=False, indent=2))
    else:
        _say_text(pdf, result, lock)
    for problem in problems:
        print(f"{pdf}: {problem}", file=sys.stderr)
    return 0 if ok else 2


def _compare_record(args: argparse.Namespace,
                    attached: bytes | None) -> tuple[bool, str | None, str | None]:
    """(matches, the stored fingerprint, the problem) of the attached lock record."""
    import hashlib

    from yansenne.domain.lock_files import stored_lock

    if attached is None:
        return False, None, tr("the file has no attached lock record ({name})",
                               name="lock-record.json")
    try:
        year = int(json.loads(attached)["edition"])
    except (ValueError, KeyError, TypeError):
        return False, None, tr("the attached lock record cannot be read")
    with open_db(args) as db:
        stored = stored_lock(db, year)
    if stored.record is None:
        return False, stored.fingerprint, tr(
            "edition {year} has no lock record in the database (not locked, or reopened)",
            year=year)
    matches = (attached == stored.record
               and hashlib.sha256(attached).hexdigest() == stored.fingerprint)
    if not matches:
        return False, stored.fingerprint, tr(
            "the attached lock record differs from the lock of edition {year} in the "
            "database", year=year)
    return True, stored.fingerprint, None


def _say_text(pdf: Path, result, lock: dict) -> None:
    if result.attachment is not None:
        say(tr("{file}: lock record attached (SHA-256 {digest})", file=pdf,
               digest=result.attachment_sha256))
    for check in result.signatures:
        when = (check.signing_time.isoformat(timespec="seconds") if check.signing_time
                else tr("no time claimed"))
        verdicts = [tr("intact") if check.intact else tr("BROKEN"),
                    tr("only signatures added after it") if check.unchanged_after
                    else tr("CHANGED after it"),
                    tr("chain not checked") if check.trusted is None
                    else tr("trusted chain") if check.trusted else tr("UNTRUSTED chain")]
        say(tr("{field}: signed by {signer}, claimed time {time}: {verdicts}",
               field=check.field, signer=check.signer, time=when,
               verdicts=", ".join(verdicts)))
    if result.empty_fields:
        say(tr("not signed yet: {fields}", fields=", ".join(result.empty_fields)))
    if lock["checked"] and lock["matches"]:
        say(tr("the attached lock record matches the database's lock"))


def register(sub: argparse._SubParsersAction) -> None:
    """Add `sign` and `verify` to the parser."""
    p = sub.add_parser("sign", help=tr("add a PAdES signature to a PDF (minutes, dossier)"))
    p.add_argument("file", metavar="FILE.pdf")
    add_key_arguments(p, required=True)
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser("verify", help=tr("check the signatures of a PDF"))
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--check-results", action="store_true",
                   help=tr("compare the attached lock record with the database's lock"))
    p.add_argument("--trust", action="append", metavar="CERT.pem",
                   help=tr("a trusted root certificate; the chains are then checked"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_verify)
