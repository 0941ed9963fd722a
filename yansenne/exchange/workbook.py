"""The edition workbook: import and export of a whole edition (edition-workbook.md).

Import reads and checks every sheet first and writes nothing unless all of it is
sound; then one transaction creates the edition. Export writes every field that
import reads, so export, import and export again give the same cells. Both sides only
handle the file: the domain writes the checked edition (`edition_write`) and reads it
back as plain data in one session (`edition_read`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from yansenne.cells import cell, header
from yansenne.domain.edition_read import StagedFacts, edition_contents
from yansenne.domain.edition_rules import prizes_text
from yansenne.domain.edition_write import EditionData, ImportReport, store_edition
from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.tabular import Sheet, read_workbook
from yansenne.files import check_writable_target, replacing
from yansenne.i18n import tr
from yansenne.store.database import Database

# The sheets every export writes; an edition with stages gets the STAGE_SHEETS too.
SHEETS = ("Edition", "Categories", "Criteria", "Projects", "Jurors", "Conflicts", "Scores",
          "Decisions", "Call values")
STAGE_SHEETS = ("Stages", "Screening", "Allocations", "Shortlist", "Consensus")
OPTIONAL = ("Conflicts", "Scores", "Decisions", "Call values", *STAGE_SHEETS)


def read_edition_workbook(path: Path) -> EditionData:
    """Read and check every sheet; raise InputError listing every problem."""
    sheets = read_workbook(path)
    problems: list[Problem] = []
    warnings: list[Problem] = []

    def sheet(name: str) -> Sheet | None:
        found = sheets.get(name.lower())
        if found is None and name not in OPTIONAL:
            problems.append(Problem(tr("the sheet \"{sheet}\" is missing", sheet=name),
                                    file=path.name))
        return found

    context = S.Context()
    empty: list[dict[str, Any]] = []
    ed = sheet("Edition")
    edition = S.read_edition(ed, problems, warnings) if ed else {}
    cat = sheet("Categories")
    categories = S.read_categories(cat, problems, warnings) if cat else empty
    context.categories = {c["code"].lower(): c["code"] for c in categories}
    context.category_names = {c["code"]: (c.get("name_fr") or "", c.get("name_nl") or "",
                                          c.get("name_en") or "") for c in categories}
    val = sheet("Call values")
    context.value_mapping = S.read_values(val, context, problems, warnings) if val else {}
    crit = sheet("Criteria")
    criteria = S.read_criteria(crit, context, problems, warnings) if crit else []
    if ed:
        S.check_tie_break(ed, edition, context, problems)
    proj = sheet("Projects")
    projects = S.read_projects(proj, context, problems, warnings) if proj else []
    if ed:
        S.check_casting_vote(ed, edition, context, problems)
    jur = sheet("Jurors")
    jurors = S.read_jurors(jur, context, problems, warnings) if jur else []
    con = sheet("Conflicts")
    conflicts = S.read_conflicts(con, context, problems, warnings) if con else []
    context.panels = {j["code"].lower(): j["categories"] for j in jurors}
    staged = _read_stages(sheet, context, problems, warnings)
    sco = sheet("Scores")
    scores = S.read_scores(sco, context, problems, warnings) if sco else []
    dec = sheet("Decisions")
    decisions = S.read_decisions(dec, context, problems, warnings) if dec else []
    cons = sheet("Consensus")
    staged["consensus"] = S.read_consensus(cons, context, problems, warnings) if cons else []
    for name in sheets:
        if name not in {s.lower() for s in (*SHEETS, *STAGE_SHEETS)}:
            warnings.append(Problem(tr("unknown sheet \"{sheet}\" ignored",
                                       sheet=sheets[name].name), file=path.name))
    if categories == [] and cat is not None and not problems:
        problems.append(cat.problem(tr("an edition needs at least one category")))
    if problems:
        raise InputError(problems)
    return EditionData(edition, categories, criteria, projects, jurors, conflicts, scores,
                       decisions, warnings, value_mapping=context.value_mapping, **staged)


def _read_stages(sheet: Callable[[str], Sheet | None], context: S.Context, problems: list,
                 warnings: list) -> dict[str, list[dict[str, Any]]]:
    """The Stages sheet and what each stage recorded, in the order their checks need:
    the shortlists say who reached each stage, which the screenings and allocations
    check, and the allocations say who may mark what."""
    found: dict[str, list[dict[str, Any]]] = {}
    st = sheet("Stages")
    if st is None:
        S.default_stages(context)
    found["stages"] = S.read_stages(st, context, problems, warnings) if st else []
    sho = sheet("Shortlist")
    found["shortlists"] = S.read_shortlists(sho, context, problems, warnings) if sho else []
    scr = sheet("Screening")
    found["screenings"] = S.read_screenings(scr, context, problems, warnings) if scr else []
    S.check_screened_shortlists(sho, found["shortlists"], found["screenings"], context,
                                problems)
    alloc = sheet("Allocations")
    found["allocations"] = (S.read_allocations(alloc, context, problems, warnings)
                            if alloc else [])
    return found


def import_edition(db: Database, path: Path, *, replace: bool = False,
                   actor: str = "import") -> ImportReport:
    """Create the edition of the workbook at `path`, atomically."""
    return store_edition(db, read_edition_workbook(path), replace=replace, actor=actor,
                         file=path.name)


# ---------------------------------------------------------------- export


def _sheet(workbook: Workbook, title: str, columns: Iterable[str],
           rows: Iterable[Iterable[Any]], widths: dict[str, float] | None = None) -> None:
    ws = workbook.create_sheet(title)
    columns = list(columns)
    for index, name in enumerate(columns):
        from openpyxl.utils import get_column_letter

        width = (widths or {}).get(name, max(10, min(40, len(name) + 4)))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    ws.freeze_panes = "A2"
    ws.append(header(ws, columns))
    for row in rows:
        ws.append([cell(ws, value) for value in row])


def _blank(value: Any) -> Any:
    return None if value == "" else value


def export_edition(db: Database, year: int, path: Path) -> Path:
    """Write the edition `year` as an edition workbook at `path` (written beside it and
    renamed: a full disk keeps the previous file whole)."""
    check_writable_target(path)
    contents = edition_contents(db, year)
    edition = contents.edition
    workbook = Workbook(write_only=True)
    edition_rows = [
        ("year", edition.year), ("name_fr", edition.name_fr), ("name_nl", edition.name_nl),
        ("name_en", edition.name_en), ("ceremony_date", edition.ceremony_date),
        ("method", edition.method), ("quorum", edition.quorum), ("trim", edition.trim),
        ("tie_break", _blank(";".join(edition.tie_break))),
        ("prizes", prizes_text(edition.prizes)),
        ("deliberation_date", edition.deliberation_date),
        ("deliberation_place", _blank(edition.deliberation_place)),
        ("deliberation_start", _blank(edition.deliberation_start)),
        ("deliberation_end", _blank(edition.deliberation_end)),
        ("casting_vote", _blank(";".join(edition.casting_vote))),
        ("foreword_fr", _blank(edition.foreword_fr)),
        ("foreword_nl", _blank(edition.foreword_nl)),
        ("foreword_en", _blank(edition.foreword_en)),
        # Written once set (blank is the default: an edition without them reads as before).
        *((f"remedies_{lang}", _blank(getattr(edition, f"remedies_{lang}")))
          for lang in ("fr", "nl", "en") if any(
              (edition.remedies_fr, edition.remedies_nl, edition.remedies_en))),
    ]
    _sheet(workbook, "Edition", ("key", "value"), edition_rows, {"value": 80})
    _sheet(workbook, "Categories", S.CATEGORY_COLUMNS,
           ((c.code, c.name_fr, _blank(c.name_nl), _blank(c.name_en))
            for c in contents.categories), {"name_fr": 40, "name_nl": 40, "name_en": 40})
    _sheet(workbook, "Criteria", S.CRITERION_COLUMNS, (
        (c.code, c.name_fr, _blank(c.name_nl), _blank(c.name_en), c.category, c.weight,
         c.min_value, c.max_value, c.step, _blank(c.descriptor_fr), _blank(c.descriptor_nl),
         _blank(c.descriptor_en)) for c in contents.criteria), {"descriptor_fr": 60})
    _sheet(workbook, "Projects", S.PROJECT_COLUMNS, (
        (p.code, p.category, p.title_fr, _blank(p.title_nl), _blank(p.title_en),
         _blank(p.organisation), p.lead_actor, _blank(p.partner_actors), p.municipality,
         _blank(p.summary_fr), _blank(p.summary_nl), _blank(p.summary_en),
         _blank(p.contact_name), _blank(p.contact_email), p.budget_eur, p.language)
        for p in contents.projects), {"title_fr": 50, "title_nl": 50, "title_en": 50})
    _sheet(workbook, "Jurors", S.JUROR_COLUMNS, (
        (j.code, j.name, _blank(j.institution), j.role, j.language, _blank(j.email),
         _assigned(j.categories)) for j in contents.jurors), {"name": 30, "institution": 40})
    _sheet(workbook, "Conflicts", S.CONFLICT_COLUMNS, (
        (c.juror, c.project, _blank(c.reason)) for c in contents.conflicts), {"reason": 50})
    staged = contents.stages.staged
    if staged:
        _sheet(workbook, "Scores", (*S.STAGED_SCORE_COLUMNS, S.PRELIMINARY_COLUMN), (
            (j, p, c, v, _blank(m), s, before) for j, p, c, v, m, s, before in contents.scores),
            {"comment": 50})
    else:
        _sheet(workbook, "Scores", S.SCORE_COLUMNS, (
            (j, p, c, v, _blank(m)) for j, p, c, v, m, _s, _b in contents.scores),
            {"comment": 50})
    _sheet(workbook, "Decisions", S.DECISION_COLUMNS, (
        (d.project, d.award, d.amount_eur, _blank(d.citation_fr), _blank(d.citation_nl),
         _blank(d.citation_en), _blank(d.justification)) for d in contents.decisions),
        {"citation_fr": 50, "citation_nl": 50})
    _sheet(workbook, "Call values", S.VALUE_COLUMNS, (
        (name, value, code) for name in S.VALUE_FIELDS
        for value, code in sorted(contents.value_mapping.get(name, {}).items())),
        {"value": 50})
    if staged:
        _stage_sheets(workbook, contents.stages)
    path = path.expanduser()
    with replacing(path) as temporary:
        workbook.save(temporary)
    return path


def _stage_sheets(workbook: Workbook, staged: StagedFacts) -> None:
    """The Stages sheet and what each stage recorded (an edition with stages only)."""
    _sheet(workbook, "Stages", S.STAGE_COLUMNS, (
        (s.code, s.kind, s.name_fr, _blank(s.name_nl), _blank(s.name_en),
         _blank(";".join(s.jurors)), s.per_project, s.shortlist, _blank(s.method), s.closes,
         s.state) for s in staged.stages), {"name_fr": 30, "name_nl": 30, "name_en": 30})
    _sheet(workbook, "Screening", S.SCREENING_COLUMNS, (
        (r.project, r.stage, "yes" if r.eligible else "no", _blank(r.reason))
        for r in staged.screenings), {"reason": 50})
    _sheet(workbook, "Allocations", S.ALLOCATION_COLUMNS, staged.allocations)
    _sheet(workbook, "Shortlist", S.SHORTLIST_COLUMNS, staged.shortlists)
    _sheet(workbook, "Consensus", S.CONSENSUS_COLUMNS, (
        (c.project, c.stage, c.kind, c.text_fr, c.text_nl) for c in staged.consensus),
        {"text_fr": 60, "text_nl": 60})


def _assigned(categories: tuple[str, ...] | None) -> str | None:
    """The categories column: blank when the juror scores every category (or none)."""
    if categories is None:
        return None
    return ";".join(categories) or None
