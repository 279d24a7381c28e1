"""'Label: value' lines of a posting ('Location: Berlin', 'Job type: Full-time')."""

from __future__ import annotations

import re


def find_labelled(lines: list[str], labels: str, seps: str = ":\\-–") -> str | None:
    """Value of the first 'Label: value' line for any of the labels."""
    found = find_all_labelled(lines, labels, seps, first_only=True)
    return found[0][1] if found else None


def find_all_labelled(
    lines: list[str], labels: str, seps: str = ":\\-–", first_only: bool = False
) -> list[tuple[str, str]]:
    """(label, value) of every 'Label: value' line for any of the labels, in order."""
    pattern = re.compile(
        rf"^\s*[*_]*({labels})[*_]*\s*[{seps}]\s*[*_]*(.+?)[*_]*\s*$", re.IGNORECASE
    )
    found: list[tuple[str, str]] = []
    for line in lines:
        match = pattern.match(line)
        if match:
            found.append((match.group(1).strip(), match.group(2).strip()))
            if first_only:
                break
    return found
