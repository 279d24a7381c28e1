"""Write requirements.lock: the exact version of every package requirements.txt pulls in.

Reads what is installed in this venv (importlib.metadata), starting from requirements.txt's
names and following each package's requirements (extras and environment markers evaluated for
this machine). `make run`'s install uses the file as a constraints file (`-c`), so every new
machine gets the versions the tests ran with. Run after changing requirements.txt:
`.venv/bin/python -m scripts.lock_requirements`.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "# Every package requirements.txt pulls in, at the version `make run` installs\n"
    "# (a constraints file: pip install -r requirements.txt -c requirements.lock).\n"
    "# Made by `python -m scripts.lock_requirements` from the tested venv; do not edit.\n"
)


def top_level(path: Path) -> list[Requirement]:
    reqs = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            reqs.append(Requirement(line))
    return reqs


def closure(roots: list[Requirement]) -> dict[str, str]:
    """name -> installed version, for the roots and everything they need here."""
    pinned: dict[str, str] = {}
    todo: list[tuple[Requirement, frozenset[str]]] = [(r, frozenset(r.extras)) for r in roots]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        req, extras = todo.pop()
        name = canonicalize_name(req.name)
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        dist = metadata.distribution(req.name)
        pinned[name] = dist.version
        for raw in dist.requires or []:
            dep = Requirement(raw)
            wanted = [{"extra": e} for e in extras] or [{"extra": ""}]
            if dep.marker is None or any(dep.marker.evaluate(env) for env in wanted):
                todo.append((dep, frozenset(dep.extras)))
    return pinned


def main() -> int:
    pinned = closure(top_level(ROOT / "requirements.txt"))
    lines = [f"{name}=={version}\n" for name, version in sorted(pinned.items())]
    (ROOT / "requirements.lock").write_text(HEADER + "".join(lines))
    print(f"requirements.lock: {len(lines)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
