"""An edition's ranking as the command line, the workbook and the dossier show it:
the JSON of spec/cli.md, CSV, or a table for people (computed by `domain.ranking`)."""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

from yansenne import scoring
from yansenne.cells import csv_safe
from yansenne.domain.ranking import EditionRanking
from yansenne.i18n import format_count, format_number, language, tr
from yansenne.reports import readings
from yansenne.reports.text import format_table
from yansenne.scoring import catalogue

# Stable English reasons in JSON (the spec's example says "below quorum").
REASONS_JSON = {
    scoring.BELOW_QUORUM: "below quorum",
    scoring.NO_SCORES: "no scores",
    scoring.TOO_FEW_TO_TRIM: "too few totals to trim",
}


def reason_text(code: str) -> str:
    """An unranked project's reason in the user's language."""
    if code == scoring.BELOW_QUORUM:
        return tr("below quorum")
    if code == scoring.NO_SCORES:
        return tr("no scores")
    if code == scoring.TOO_FEW_TO_TRIM:
        return tr("too few totals to trim")
    return code


def _standing_json(ranking: EditionRanking, standing: scoring.Standing) -> dict[str, Any]:
    record = standing.as_json()
    return {"rank": record["rank"], "place": record["place"], "project": record["project"],
            "title": ranking.titles.get(standing.project, ""), **{
                k: record[k] for k in ("score", "criteria", "n_jurors", "tie", "tie_broken_by",
                                       "partial", "uncertainty")}}


def notes_of(result: scoring.Ranking) -> list[str]:
    """The ranking's readings in words, in the user's language."""
    return [note.text(language()) for note in result.notes]


def as_json(ranking: EditionRanking) -> dict[str, Any]:
    """The document of spec/cli.md (`rank --format json`)."""
    categories = []
    for code in ranking.scopes:
        result = ranking.results.categories[code]
        agreement = ranking.agreement.get(code)
        categories.append({
            "code": code,
            "ranking": [_standing_json(ranking, s) for s in result.standings],
            "agreement": agreement.as_json() if agreement else {
                "kendall_w": None, "icc": None, "icc_k": None, "krippendorff_alpha": None,
                "n_projects": 0, "n_jurors": 0},
            "notes": notes_of(result),
            "unranked": [{"project": u.project, "reason": REASONS_JSON.get(u.reason, u.reason)}
                         for u in result.unranked],
        })
    document: dict[str, Any] = {"edition": ranking.year, "method": ranking.method,
                                "categories": categories}
    if ranking.only is None:
        overall = ranking.results.overall
        document["overall"] = {
            "comparable": overall.comparable,
            "reason": overall.reason.text(language()) if overall.reason else None,
            "ranking": [_standing_json(ranking, s) for s in overall.standings]}
    return document


def as_json_text(ranking: EditionRanking) -> str:
    """`as_json` indented as `json.dumps(..., ensure_ascii=False, indent=2)` writes it,
    except that each project of a `ranking` or `unranked` list is one line, as spec/cli.md
    shows it. The rows go through json's C encoder and the rest through `_write` (an
    indent turns the C encoder off: its pure-Python one took half a second on 1,000
    projects, more than the ranking's figures)."""
    out: list[str] = []
    _write(as_json(ranking), "\n", out, rows=ROW_LISTS)
    return "".join(out)


#: The lists whose items `as_json_text` writes one to a line.
ROW_LISTS = frozenset({"ranking", "unranked"})
_encode_string = json.encoder.encode_basestring  # the C function where available
_encode_row = json.JSONEncoder(ensure_ascii=False).encode  # compact: the C encoder


def _write(value: Any, newline: str, out: list[str],
           rows: frozenset[str] = frozenset()) -> None:
    """Append `value` as indented JSON; `newline` is the line break and current indent;
    the items of a list under a key in `rows` are written one to a line, compact.
    Leaves are written in the loop (no call per leaf: most of the document is leaves)."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for key, item in value.items():
            if key in rows and isinstance(item, list) and item:
                lines = ("," + inner + "  ").join(_encode_row(row) for row in item)
                out.append(sep + _key(key) + ": [" + inner + "  " + lines + inner + "]")
            elif isinstance(item, dict | list | tuple):
                out.append(sep + _key(key) + ": ")
                _write(item, inner, out, rows)
            else:
                out.append(sep + _key(key) + ": " + _scalar(item))
            sep = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for item in value:
            if isinstance(item, dict | list | tuple):
                out.append(sep)
                _write(item, inner, out, rows)
            else:
                out.append(sep + _scalar(item))
            sep = "," + inner
        out.append(newline + "]")
    else:
        out.append(_scalar(value))


def _scalar(value: Any) -> str:
    """A leaf as json.dumps writes it."""
    kind = type(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    if kind is str:
        return _encode_string(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return json.dumps(value, ensure_ascii=False)  # NaN, subclasses, anything else


def _key(key: Any) -> str:
    """A mapping key as json.dumps writes it (a string, else its JSON text quoted)."""
    if isinstance(key, str):
        return _encode_string(key)
    return _encode_string(_scalar(key))


def as_csv(ranking: EditionRanking) -> str:
    """One row per ranked project and scope (a category, or `overall`)."""
    criteria: list[str] = []
    for code in ranking.scopes:
        for standing in ranking.results.categories[code].standings:
            criteria.extend(c for c in standing.criteria if c not in criteria)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["scope", "rank", "place", "project", "title", "score", "n_jurors", "tie",
                     "tie_broken_by", "partial", "p_first", "p_top3",
                     *[f"criteria.{c}" for c in criteria]])
    scopes: list[tuple[str, scoring.Ranking]] = [
        (code, ranking.results.categories[code]) for code in ranking.scopes]
    if ranking.only is None:
        scopes.append(("overall", ranking.results.overall))
    for scope, result in scopes:
        for s in result.standings:
            record = s.as_json()
            writer.writerow([scope, s.rank, s.place, s.project,
                             csv_safe(ranking.titles.get(s.project, "")), record["score"],
                             s.n_jurors, "true" if s.tie else "false",
                             s.tie_broken_by or "", "true" if s.partial else "false",
                             *_chances(s),
                             *[_blank(record["criteria"].get(c)) for c in criteria]])
    return out.getvalue()


def _chances(standing: scoring.Standing) -> list[Any]:
    """`p_first` and `p_top3` as CSV cells, empty when not computed."""
    u = standing.uncertainty
    return ["", ""] if u is None else [round(u.p_first, 4), round(u.p_top3, 4)]


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _figure(value: float) -> str:
    return format_number(value, 2)  # "72,50" in French and Dutch


def as_table(ranking: EditionRanking) -> str:
    """The ranking for people: one block per category, then overall."""
    blocks = [tr("Edition {year}, method: {method}", year=ranking.year,
                 method=catalogue.name(ranking.method, language()))]
    scopes: list[tuple[str, scoring.Ranking, scoring.Agreement | None]] = [
        (ranking.category_names.get(code, code), ranking.results.categories[code],
         ranking.agreement.get(code)) for code in ranking.scopes]
    if ranking.only is None:
        scopes.append((tr("Overall"), ranking.results.overall, None))
    head = (tr("place"), tr("rank"), tr("project"), tr("title"), tr("score"), tr("jurors"), "")
    for name, result, agreement in scopes:
        rows = [(str(s.place), f"{s.rank}=" if s.tie else str(s.rank), s.project,
                 _shorten(ranking.titles.get(s.project, ""), 48), _figure(s.score),
                 str(s.n_jurors), tr("ex aequo") if s.tie else "")
                for s in result.standings]
        block = [f"\n{name}", format_table(head, rows, numeric={0, 1, 4, 5}) if rows
                 else tr("no ranked project")]
        for u in result.unranked:
            block.append(tr("not ranked: {project} ({reason})", project=u.project,
                            reason=reason_text(u.reason)))
        if result.reason is not None:
            block.append(result.reason.text(language()))
        block.extend(notes_of(result))
        if agreement is not None:
            block.append(agreement_line(agreement))
        blocks.append("\n".join(block))
    return "\n".join(blocks)


def agreement_line(agreement: scoring.Agreement) -> str:
    """A scope's agreement figures in one line, then what they rest on too little."""
    return " ".join([tr(
        "agreement: Kendall's W {w} (on {projects} projects × {jurors} jurors), "
        "ICC(2,1) {icc}, ICC(2,k) {icc_k}, Krippendorff's alpha {alpha}",
        w=_maybe(agreement.kendall_w), projects=format_count(agreement.n_projects),
        jurors=format_count(agreement.n_jurors),
        icc=_maybe(agreement.icc.shown if agreement.icc else None),
        icc_k=_maybe(agreement.icc_k), alpha=_maybe(agreement.krippendorff_alpha)),
        *readings.thin_sentences(agreement)])


def _maybe(value: float | None) -> str:
    return format_number(value, 2)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
