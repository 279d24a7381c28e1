"""The user's stages: the standard ones plus their own, each mapped to a standard funnel step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput
from tracker_core.models import CLOSED_STAGES, STANDARD_STAGES, CustomStage, FunnelStep
from tracker_core.services import moves


class StageError(InvalidInput):
    """A stage that cannot be added, renamed or moved; `field` names the input at fault."""

    def __init__(self, message: str, field: str = "label") -> None:
        super().__init__(message, field)


@dataclass(frozen=True)
class Stage:
    """One board column."""

    key: str
    label: str
    funnel_step: str
    custom: bool = False

    @property
    def closed(self) -> bool:
        return self.funnel_step in CLOSED_STAGES


STANDARD = tuple(Stage(key=s, label=s.capitalize(), funnel_step=s) for s in STANDARD_STAGES)


def list_stages(*, session: Session, user_id: str) -> list[Stage]:
    """Standard stages in funnel order, each followed by the user's stages mapped to it."""
    custom = repo.list_custom_stages(session=session, user_id=user_id)
    out: list[Stage] = []
    for standard in STANDARD:
        out.append(standard)
        out.extend(
            Stage(key=c.key, label=c.label, funnel_step=c.funnel_step, custom=True)
            for c in custom
            if c.funnel_step == standard.key
        )
    return out


def _clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise StageError("Give the stage a name.")
    if len(label) > 100:
        raise StageError("A stage name can have at most 100 characters.")
    return label


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:60] or "stage"


def add_stage(*, session: Session, user_id: str, label: str, funnel_step: str) -> Stage:
    """Add a stage of the user's own after the others mapped to the same funnel step."""
    label = _clean_label(label)
    if funnel_step not in STANDARD_STAGES:
        raise StageError(f"'{funnel_step}' is not a funnel step.", field="funnel_step")
    existing = repo.list_custom_stages(session=session, user_id=user_id)
    key = _slug(label)
    taken = {*STANDARD_STAGES, *(c.key for c in existing)}
    labels = {s.label.lower() for s in STANDARD} | {c.label.lower() for c in existing}
    if key in taken or label.lower() in labels:
        raise StageError(f"There is already a stage called {label}.")
    position = max((c.position for c in existing), default=0) + 1
    row = CustomStage(
        user_id=user_id,
        key=key,
        label=label,
        position=position,
        funnel_step=FunnelStep(funnel_step),
    )
    session.add(row)
    session.commit()
    return Stage(key=key, label=label, funnel_step=funnel_step, custom=True)


def _own(session: Session, user_id: str, key: str) -> list[CustomStage]:
    stages = list(repo.list_custom_stages(session=session, user_id=user_id))
    if key not in {c.key for c in stages}:
        raise StageError("Only stages you added can be changed.", field="key")
    return stages


def rename_stage(*, session: Session, user_id: str, key: str, label: str) -> Stage:
    """Rename one of the user's stages; its applications stay in it."""
    label = _clean_label(label)
    stages = _own(session, user_id, key)
    others = {s.label.lower() for s in STANDARD} | {c.label.lower() for c in stages if c.key != key}
    if label.lower() in others:
        raise StageError(f"There is already a stage called {label}.")
    row = next(c for c in stages if c.key == key)
    row.label = label
    session.add(row)
    session.commit()
    return Stage(key=key, label=label, funnel_step=row.funnel_step, custom=True)


def move_stage(*, session: Session, user_id: str, key: str, offset: int) -> None:
    """Move one of the user's stages up (-1) or down (+1) among those of its funnel step."""
    stages = _own(session, user_id, key)
    row = next(c for c in stages if c.key == key)
    siblings = [c for c in stages if c.funnel_step == row.funnel_step]
    index = siblings.index(row)
    target = index + offset
    if not 0 <= target < len(siblings):
        return
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, stage in enumerate(siblings, start=1):
        stage.position = position
        session.add(stage)
    session.commit()


def delete_stage(*, session: Session, user_id: str, key: str, move_to: str | None = None) -> int:
    """Delete one of the user's stages, first moving its applications to `move_to`.

    Raises StageError (field "move_to") when applications are in it and no other stage is given.
    Returns how many applications were moved.
    """
    row = next(c for c in _own(session, user_id, key) if c.key == key)
    used = repo.list_applications_in_stage(session=session, user_id=user_id, status=key)
    if used and move_to is None:
        raise StageError(
            f"{len(used)} application(s) are in {row.label}. Choose a stage to move them to.",
            field="move_to",
        )
    moved = 0
    if used:
        if move_to == key or move_to not in stage_keys(session=session, user_id=user_id):
            raise StageError("Choose another of your stages to move them to.", field="move_to")
        moved = moves.move_out_of_stage(
            session=session, user_id=user_id, from_status=key, to_status=move_to
        )
    session.delete(row)
    session.commit()
    return moved


def stage_keys(*, session: Session, user_id: str) -> set[str]:
    """Every stage key the user may put an application in."""
    return {s.key for s in list_stages(session=session, user_id=user_id)}
