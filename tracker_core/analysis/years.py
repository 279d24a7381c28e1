"""Years of experience asked by the posting vs found in the resume's dated roles."""

from __future__ import annotations

import re

from tracker_core.analysis.evidence import content_stems, stem
from tracker_core.analysis.experience import Stint, total_years
from tracker_core.analysis.models import YearsCheck
from tracker_core.analysis.requirements import Requirement
from tracker_core.embeddings import Embedder

ROLE_SIM = 0.6
ROLE_OVERLAP = 0.5
_SIMILAR = re.compile(
    r"\s+(?:or|and/or)\s+(?:in\s+)?(?:an?\s+)?(?:similar|equivalent|related).*$", re.I
)
UNKNOWN_CREDIT = 0.5
# Kinds of job that many fields share; what comes before them names the role.
_ROLE_NOUNS = frozenset(
    stem(w)
    for w in (
        "engineer developer manager specialist analyst assistant technician officer consultant"
        " lead administrator architect designer scientist coordinator associate representative"
        " operator worker agent programmer director head executive staff member"
    ).split()
)


def _telling_share(role: str, stems: frozenset[str]) -> float:
    """Share of the role's telling words among a text's stems."""
    words = content_stems(role)
    telling = words - _ROLE_NOUNS or words
    return len(telling & stems) / max(1, len(telling))


def role_overlap(role: str, text: str) -> float:
    """Share of the role's telling words in a text: 'Data' tells 'Data Engineer' apart, not
    'Engineer', so a Frontend Engineer does not read as a Data Engineer."""
    return _telling_share(role, content_stems(text))


class RoleMatcher:
    """Scores roles against a resume's dated entries; each title is read and embedded once, and
    each distinct role once, so a posting that repeats a requirement costs no more per line."""

    def __init__(self, stints: list[Stint], embedder: Embedder) -> None:
        self.stints = stints
        self.embedder = embedder
        self._titles = embedder.embed([s.title for s in stints]) if stints else None
        self._stems = [content_stems(s.title) for s in stints]
        self._cache: dict[str, list[tuple[float, float]]] = {}

    def scores(self, role: str) -> list[tuple[float, float]]:
        """For each dated entry: (share of the role's telling words in its title, cosine
        similarity of its title to the role)."""
        if role not in self._cache:
            if self._titles is None:
                self._cache[role] = []
            else:
                sims = self._titles @ self.embedder.embed([role])[0]
                self._cache[role] = [
                    (_telling_share(role, stems), float(sim))
                    for stems, sim in zip(self._stems, sims, strict=True)
                ]
        return self._cache[role]


def role_scores(role: str, stints: list[Stint], embedder: Embedder) -> list[tuple[float, float]]:
    """For each dated entry: (share of the role's telling words in its title, cosine similarity
    of its title to the role)."""
    return RoleMatcher(stints, embedder).scores(role)


def reads_as_role(share: float, similarity: float) -> bool:
    """Whether an entry's title names the role: enough telling words, or close in meaning."""
    return share >= ROLE_OVERLAP or similarity >= ROLE_SIM


def _found(req: Requirement, matcher: RoleMatcher) -> tuple[float, str | None]:
    """Years the resume shows for one requirement, and the line that shows them."""
    stints = matcher.stints
    if req.role:
        scores = matcher.scores(_SIMILAR.sub("", req.role))
        best = max(range(len(stints)), key=scores.__getitem__)
        if reads_as_role(*scores[best]):
            return stints[best].years, stints[best].shown
    if req.names_role:
        return 0.0, None
    return total_years(stints), None


def check_years(
    requirements: list[Requirement], stints: list[Stint], embedder: Embedder
) -> list[YearsCheck]:
    """One check per requirement that asks for years of experience."""
    checks: list[YearsCheck] = []
    matcher = RoleMatcher(stints, embedder)
    total = total_years(stints)
    for req in requirements:
        if req.years is None:
            continue
        if not stints:
            checks.append(YearsCheck(requirement=req.text, required=req.years))
            continue
        found, line = _found(req, matcher) if req.role or req.names_role else (total, None)
        checks.append(
            YearsCheck(
                requirement=req.text,
                required=req.years,
                found=round(found, 1),
                evidence=line,
                met=found + 1e-6 >= req.years,
            )
        )
    return checks


def years_score(checks: list[YearsCheck]) -> float:
    """Share of the asked years shown for the least-met requirement (unknown counts half).

    The weakest check decides: a shortfall on one requirement should cost the same whether the
    posting lists one years requirement or four, so scores stay comparable across postings.
    """
    if not checks:
        return 1.0
    parts = [
        UNKNOWN_CREDIT if c.found is None else min(1.0, c.found / c.required) if c.required else 1.0
        for c in checks
    ]
    return float(min(parts))
