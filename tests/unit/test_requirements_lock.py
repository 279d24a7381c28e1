"""requirements.lock pins exactly what requirements.txt pulls into the tested venv."""

from packaging.requirements import Requirement

from scripts.lock_requirements import closure, top_level
from tests.support.env import ROOT


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name] = version
    return pins


def test_the_lock_agrees_with_requirements_txt_and_the_venv() -> None:
    roots = top_level(ROOT / "requirements.txt")
    lock = _lock()
    for req in roots:
        pinned = next(iter(req.specifier)).version
        assert lock[Requirement(req.name).name.lower().replace("_", "-")] == pinned, req.name
    assert lock == closure(roots), "run python -m scripts.lock_requirements"
