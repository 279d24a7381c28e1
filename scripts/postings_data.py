"""The written postings (tests/data/postings/*.yaml) and how their fields are compared.

Shared by the parser tests (through tests.support.postings) and scripts.eval_parser.
`written` is the first set, `more` what the parser was tuned on (more-*.yaml, in name
order), `fresh` the latest held-out batch.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

POSTINGS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "postings"


def load_postings(group: str, folder: Path = POSTINGS_DIR) -> list[dict[str, Any]]:
    """The postings of `group.yaml` and `group-*.yaml`, in file-name order.

    An expected salary is a (min, max, period) tuple, as the tests compare it.
    """
    postings: list[dict[str, Any]] = []
    for path in sorted([*folder.glob(f"{group}.yaml"), *folder.glob(f"{group}-*.yaml")]):
        postings.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    for posting in postings:
        salary = posting["expect"].get("salary")
        if salary is not None:
            posting["expect"]["salary"] = tuple(salary)
    return postings


def same_text(got: str | None, want: str | None) -> bool:
    """Equal after folding case, whitespace, dash styles and surrounding punctuation."""

    def fold(value: str | None) -> str:
        value = re.sub(r"\s*[-–—]\s*", " - ", (value or "").casefold())
        return re.sub(r"\s+", " ", value).strip(" .,:;")

    return got is not None and want is not None and fold(got) == fold(want)
