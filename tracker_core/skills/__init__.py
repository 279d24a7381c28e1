"""Hard-skill extraction: a large gazetteer with aliases, plus precision rules.

`vocab` holds our hand-written vocabulary, `data` reads the shipped data files, `matching`
builds the matching keys from both, and `extract` finds skills in a text.
"""

from tracker_core.skills.extract import (
    SkillMention,
    display_name,
    extract_skills,
    find_degrees,
    find_skills,
    unique_names,
    written_name,
)
from tracker_core.skills.matching import Lexicon, lexicon, normalize_key, skill_key

__all__ = [
    "Lexicon",
    "SkillMention",
    "display_name",
    "extract_skills",
    "find_degrees",
    "find_skills",
    "lexicon",
    "normalize_key",
    "skill_key",
    "unique_names",
    "written_name",
]
