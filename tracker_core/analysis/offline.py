"""Offline analysis engine: requirements vs resume evidence, local embeddings, no network."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from tracker_core.analysis.evidence import (
    Evidence,
    ResumeIndex,
    build_index,
    lexical,
    overlap,
    semantic,
    unit_key,
    word_meaning,
)
from tracker_core.analysis.experience import find_stints, total_years
from tracker_core.analysis.models import (
    RequirementKind,
    RequirementMatch,
    ResumeAnalysis,
    YearsCheck,
)
from tracker_core.analysis.recommendations import recommend
from tracker_core.analysis.requirements import Requirement, extract_requirements
from tracker_core.analysis.role import check_role, role_credit, role_years
from tracker_core.analysis.years import check_years, years_score
from tracker_core.embeddings import Embedder, get_embedder
from tracker_core.jd_parser import parse_title

MET = 0.5
LISTED_WEIGHT = 0.5
YEARS_SHARE = 0.4
SUB_SKILL_SHARE = 0.5
PHRASE_SHARE = 0.5
# A named product is met only when named (or an alias is); a close one earns part credit.
NAMED_CAP = 0.45
# Time in the posting's own role weighs as much as two required skills.
ROLE_WEIGHT = 2.0
PROSE_MIN_WORDS = 6
PROSE_FIRST_WORDS = 5
# A keyword names a skill in a few words; a longer ask is a requirement, shown unmet in the
# explanation ("Identify and resolve process inefficiencies") but not listed as a keyword.
MISSING_MAX_WORDS = 5


@dataclass
class Unit:
    """One scored thing: a keyword (or a whole requirement phrase) and its weight."""

    label: str
    kind: RequirementKind
    weight: float
    is_keyword: bool
    order: int
    evidence: Evidence | None = None
    via: str | None = None  # met through an alternative the posting offered ("or")
    listed: bool = True  # may appear under Missing (a detail of a described skill may not)
    spelled: str | None = None  # the long form of an acronym ("Load Sharing Facility")
    job: bool = False  # names a job ("Janitorial Workers"): scored, never listed as a skill


def _units(requirements: list[Requirement]) -> dict[str, Unit]:
    """Scored units keyed by folded label; a keyword shared by requirements keeps its max."""
    units: dict[str, Unit] = {}
    for req in requirements:
        entries: list[tuple[str, float, bool, bool]] = []
        described = req.head is not None and _prose(req.text)
        for i, kw in enumerate(req.keywords):
            lead = i == 0 and req.head is not None
            share = 1.0 if lead or req.head is None else SUB_SKILL_SHARE
            listed = (lead or not described) and kw not in req.details
            entries.append((kw, req.weight * share, True, listed))
        if not req.keywords and req.years is None:
            entries.append((req.text, req.weight * PHRASE_SHARE, False, True))
        for label, weight, is_kw, listed in entries:
            key = unit_key(label)
            unit = units.get(key)
            if unit is None:
                unit = Unit(label, req.kind, weight, is_kw, len(units), listed=listed)
                unit.spelled = req.spelled.get(label.casefold())
                unit.job = label in req.jobs
                units[key] = unit
            else:
                unit.listed = unit.listed or listed
                if weight > unit.weight:
                    unit.weight = weight
                    unit.kind = req.kind if req.kind == "required" else unit.kind
    return units


def _prose(item: str) -> bool:
    """Whether the text after a lead-in's colon describes the skill in a sentence ("Networking:
    Workflow proficiency includes TCP/IP ...") rather than listing names ("Languages: Python,
    Go"): the skills a description mentions are details of the lead-in, not asks of their own."""
    detail = item.partition(":")[2]
    first = detail.split(",")[0]
    # "Deep understanding of equipment operations, manuals, and ...": a sentence with a list
    return len(detail.split()) >= PROSE_MIN_WORDS and (
        detail.count(",") < 2 or len(first.split()) >= PROSE_FIRST_WORDS
    )


def _score_units(units: dict[str, Unit], index: ResumeIndex, embedder: Embedder) -> None:
    """Fill each unit's evidence: exact mention first, otherwise the closest chunk."""
    pending = []
    for unit in units.values():
        found = lexical(unit.label, index) if unit.is_keyword else None
        if found is None and unit.spelled:  # "LSF" is met by "Load Sharing Facility"
            found = lexical(unit.spelled, index)
        bare = _SKILL_KIND.sub("", unit.label) if unit.is_keyword else unit.label
        if found is None and bare != unit.label:
            # "Leadership Skills" is met by "Strong leadership and organizational skills"
            found = lexical(bare, index)
        if found is None:
            pending.append(unit)
        else:
            unit.evidence = found
    if pending:
        # The meaning of "Laboratory skills" is laboratory work: "skills" on both sides made
        # "Project management skills" (or a heading "Skills") look close to it.
        vectors = embedder.embed([_SKILL_KIND.sub("", u.label) or u.label for u in pending])
        for unit, vec in zip(pending, vectors, strict=True):
            named = unit.is_keyword and _named(unit.label)
            close = [semantic(vec, index), word_meaning(unit.label, index, embedder)]
            meant = [_capped(e) if named else e for e in close if e is not None]
            words = overlap(unit.label, index)
            unit.evidence = max([*meant, *([words] if words else [])], key=lambda e: e.credit)


_SKILL_KIND = re.compile(r"\s+(?:skills?|abilit(?:y|ies)|capabilit(?:y|ies))$", re.IGNORECASE)


def _capped(evidence: Evidence) -> Evidence:
    """Evidence by meaning for a named product: part credit at most."""
    return Evidence(min(evidence.credit, NAMED_CAP), evidence.line, evidence.similarity)


def _named(label: str) -> bool:
    """A product or proper name ("Perl", "Apache Spark", "SAP"): every word capitalised."""
    words = label.split()
    return all(w[:1].isupper() or any(c.isdigit() for c in w) for w in words)


def _credit_alternatives(requirements: list[Requirement], units: dict[str, Unit]) -> None:
    """In "X or Y", a met X also meets Y, unless Y is asked for on its own elsewhere."""
    alone = _asked_alone(requirements)
    for req in requirements:
        if not req.either:
            continue
        group = [units[unit_key(k)] for k in req.keywords if unit_key(k) in units]
        best = max(group, key=_credit, default=None)
        if best is None or _credit(best) < MET:
            continue
        for unit in group:
            if _credit(unit) < MET and unit_key(unit.label) not in alone:
                unit.evidence, unit.via = best.evidence, best.label


def _credit_examples(requirements: list[Requirement], units: dict[str, Unit]) -> None:
    """A met example ("Airflow" in "Workflow orchestration (Airflow)") meets the broader skill,
    and the other examples offered with it ("Dimensional modelling (Kimball, Data Vault)"),
    unless one is asked for on its own elsewhere."""
    alone = _asked_alone(requirements)
    for req in requirements:
        shown = [units[unit_key(k)] for k in req.examples if unit_key(k) in units]
        best = max(shown, key=_credit, default=None)
        if best is None or _credit(best) < MET:
            continue
        for label in req.broader:
            unit = units.get(unit_key(label))
            if unit is not None and _credit(unit) < _credit(best):
                unit.evidence = best.evidence
        for unit in shown:
            if _credit(unit) < MET and unit_key(unit.label) not in alone:
                unit.evidence, unit.via = best.evidence, best.label


def _asked_alone(requirements: list[Requirement]) -> set[str]:
    """Folded keywords some requirement asks for neither as an alternative nor as an example."""
    return {
        unit_key(k)
        for r in requirements
        if not r.either
        for k in r.keywords
        if unit_key(k) not in {unit_key(e) for e in r.examples}
    }


def _credit(unit: Unit) -> float:
    """Credit earned by a unit."""
    return unit.evidence.credit if unit.evidence else 0.0


def _explain(
    requirements: list[Requirement], units: dict[str, Unit], missing: list[str]
) -> list[RequirementMatch]:
    """Per-requirement view: met or not, the best evidence and the weight.

    A requirement with a keyword listed under Missing is not shown as met, so the two lists
    never disagree.
    """
    listed = {unit_key(m) for m in missing}
    out: list[RequirementMatch] = []
    for req in requirements:
        labels = req.keywords or ([req.text] if req.years is None else [])
        mine = [units[unit_key(lbl)] for lbl in labels if unit_key(lbl) in units]
        if not mine:
            continue
        score = float(np.mean([_credit(u) for u in mine]))
        best = max(mine, key=_credit)
        line = best.evidence.line if best.evidence else None
        out.append(
            RequirementMatch(
                requirement=req.text,
                keywords=req.keywords,
                kind=req.kind,
                weight=round(req.weight, 2),
                met=score >= MET and not any(unit_key(u.label) in listed for u in mine),
                score=round(score, 3),
                evidence=line,
            )
        )
    return out


def _explain_role(role: YearsCheck) -> RequirementMatch:
    """The role check as a line of the explanation."""
    credit = role_credit(role)
    return RequirementMatch(
        requirement=f"{role.requirement} (about {role.required:g} years)",
        kind="required",
        weight=ROLE_WEIGHT,
        met=credit >= MET,
        score=round(credit, 3),
        evidence=role.evidence,
    )


def _keyword_lists(units: dict[str, Unit]) -> tuple[list[str], list[str]]:
    """Matched keywords, and missing ones: required first, then by weight and posting order."""
    keywords = [u for u in units.values() if u.is_keyword]
    matched = [u.label for u in keywords if _credit(u) >= MET and u.via is None and not u.job]
    missing = sorted(
        (
            u
            for u in keywords
            if _credit(u) < MET
            and u.weight >= LISTED_WEIGHT
            and u.listed
            and not u.job
            and len(u.label.split()) <= MISSING_MAX_WORDS
            and not _only_kind_words(u.label)
            and not _WORK_TERMS.match(u.label)
        ),
        key=lambda u: (u.kind != "required", -u.weight, u.order),
    )
    firsts: dict[str, str] = {}
    for unit in missing:  # the same skill in two forms is listed once, in its first
        # form, or in its plain one
        key = _skill_key(unit.label)
        first = firsts.setdefault(key, unit.label)
        if unit_key(_SKILL_KIND.sub("", first)) == unit_key(unit.label):
            firsts[key] = unit.label  # "Systems analysis" rather than "Systems analysis skills"
    return matched, list(firsts.values())


# Words that say what kind of thing a skill is but not which one: "Protocols", "Configurations
# and installations", "Methodology and practices" name nothing a resume could show.
_KIND_WORDS = frozenset(
    "methodology methodologies practice practices process processes principle principles system"
    " systems database databases tool tools technique techniques framework frameworks platform"
    " platforms configuration configurations installation installations solution solutions"
    " application applications protocol protocols and or of".split()
)


# Terms of the job, not skills: "Full Time commitment", "Part-time availability".
_WORK_TERMS = re.compile(r"(?:full|part)[- ]?time\b", re.IGNORECASE)


def _only_kind_words(label: str) -> bool:
    """Whether a keyword is made of kind words only, naming no skill."""
    return all(w in _KIND_WORDS for w in re.split(r"[\s/&-]+", label.casefold()) if w)


_SAME_SKILL = re.compile(r"^(?:knowledge\s+of|(?:cap)?ability\s+to)\s+", re.IGNORECASE)


def _skill_key(label: str) -> str:
    """One skill in its forms: "Knowledge of safety procedures", "Safety procedures";
    "Active listening skills", "Active listening"."""
    return unit_key(_SKILL_KIND.sub("", _SAME_SKILL.sub("", label)))


def analyze_offline(
    resume_text: str, job_description: str, *, embedder: Embedder | None = None
) -> ResumeAnalysis:
    """Score a resume against a posting with local models only (deterministic)."""
    model = embedder or get_embedder()
    requirements = extract_requirements(job_description)
    index = build_index(resume_text, model)
    units = _units(requirements)
    _score_units(units, index, model)
    _credit_alternatives(requirements, units)
    _credit_examples(requirements, units)
    total = sum(u.weight for u in units.values())
    coverage = sum(u.weight * _credit(u) for u in units.values()) / total if total else 0.0
    stints = find_stints(resume_text)
    checks = check_years(requirements, stints, model)
    asked = [c.required for c in checks]
    title = parse_title(job_description)
    role = check_role(title, stints, model, role_years(requirements, title))
    if role is not None:
        coverage = (total * coverage + ROLE_WEIGHT * role_credit(role)) / (total + ROLE_WEIGHT)
    share = YEARS_SHARE if checks else 0.0
    # Years only count for experience the posting asks about: they scale what was matched, so
    # years in an unrelated field can lower a fit but never create one.
    fit = coverage * ((1 - share) + share * years_score(checks))
    matched, missing = _keyword_lists(units)
    explanation = _explain(requirements, units, missing)
    if role is not None:
        explanation.insert(0, _explain_role(role))
    return ResumeAnalysis(
        relevance=round(10 * fit, 2),
        matched_keywords=matched,
        missing_keywords=missing,
        recommendations=recommend(units_missing=missing, checks=checks, units=units, role=role),
        engine="offline",
        explanation=explanation,
        years_required=max(asked) if asked else None,
        years_found=round(total_years(stints), 1) if stints else None,
        years_checks=checks,
        model=model.name,
    )
