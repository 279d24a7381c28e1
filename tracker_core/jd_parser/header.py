"""Company and location of a posting: labels, the header lines around the title, prose."""

from __future__ import annotations

import re

from tracker_core.jd_parser.labels import find_labelled
from tracker_core.jd_parser.places import is_place
from tracker_core.jd_parser.sections import is_heading
from tracker_core.jd_parser.title import COMPANY_NAME_END, ROLE_WORDS
from tracker_core.jd_parser.work_mode import work_mode

_COMPANY_LABELS = (
    r"company(?:\s*name)?|employer|organi[sz]ation|hiring company|client|empresa|unternehmen"
    r"|arbeitgeber|entreprise|soci[ée]t[ée]|azienda|firma|pracodawca|bedrijf"
)
_LOCATION_LABELS = (
    r"location|job location|based in|office location|city|work location|where|standort"
    r"|arbeitsort|lieu(?: de travail)?|locations|local(?:iza[cç][aã]o)?|ubicaci[oó]n"
    r"|lokalizacja|sede|locatie|ort"
)

_NAME = r"([A-Z][\w&.'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&.'’-]*){0,3})"
_NOT_NAMES = {"us", "the", "our", "the team", "you", "we", "this", "it", "they", "as", "in"}
_PROSE_COMPANY = re.compile(
    rf"(?:^|(?<=, )|(?<=\. )){_NAME}[ \t]+(?:is|are|builds|makes|helps|designs|sells|runs|has"
    r"|provides|offers|needs|wants|trains|teaches|hosts|publishes|ships|insures|lends|supplies"
    r"|manufactures|distributes|delivers|installs|repairs"
    r"|develops|creates|serves|operates|was\s+founded|just\s+raised|raised|moves|powers"
    r"|connects|brings)\b",
    re.MULTILINE,
)
_HEADER_NOISE = re.compile(
    r"^(?:easy\s+apply|apply(?:\s+now)?|save(?:d)?|share|report|posted|reposted|promoted|new"
    r"|urgent(?:ly)?|featured|actively\s+recruiting|job\s+details|full\s+job\s+description"
    r"|about\s+the\s+(?:job|role|company)|job\s+description|overview|locations?|time\s+type"
    r"|department(?=\s*:?\s*$)|employment\s+type|compensation|permanent|contract|full[\s-]?time"
    r"|part[\s-]?time|hiring|careers?|jobs?|open\s+positions?)\b",
    re.IGNORECASE,
)
_PIECES = re.compile(r"\s+[·|•—–-]\s+|\s+/\s+")
_POSTCODE = re.compile(r"\s+(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")


def title_line(lines: list[str], title: str | None) -> int | None:
    """Index of the header line the title was read from."""
    if not title:
        return None
    folded = title.casefold()
    found = next((i for i, ln in enumerate(lines[:6]) if folded in ln.casefold()), None)
    if found is None:
        # The title lost a middle part ('Staff Nurse (Band 5) - Acute Medical Unit'):
        # the line holding all its words.
        words = re.findall(r"\w+", folded)
        found = next(
            (i for i, ln in enumerate(lines[:6]) if all(w in ln.casefold() for w in words)), None
        )
    return found


def _plain(piece: str) -> str:
    """A header piece without leading symbols, work-mode brackets and postcodes."""
    piece = re.sub(r"^[^\w(]+", "", piece).strip()
    piece = re.sub(r"\s+\d(?:\.\d)?\s*(?:★|stars?|out of 5)\s*$", "", piece)  # Indeed rating
    if piece.count("(") != piece.count(")"):
        piece = piece.replace("(", " ").replace(")", " ").strip()
    piece = re.sub(r"\s*\([^)]*\)\s*$", "", piece).strip(" ,;")
    return _POSTCODE.sub("", piece)


def _is_company_name(piece: str) -> bool:
    """A short capitalised name that is not a role, place, work mode, pay or page chrome."""
    words = piece.split()
    return (
        0 < len(words) <= 5
        and len(piece) <= 50
        and piece[0].isupper()
        and not re.search(r"\d|[$£€₹:]", piece)
        and not _HEADER_NOISE.match(piece)
        and (not ROLE_WORDS.search(piece) or bool(COMPANY_NAME_END.search(piece)))
        and _place_piece(piece) is None
        and not is_heading(piece)
        and work_mode(piece) is None
        and not re.search(r"\b(?:we|our|you|your)\b", piece, re.IGNORECASE)
    )


_PLACE_OR_PAY_EMOJI = re.compile(r"\s*(?:📍|🌍|🌎|🌏|🏠|💰|💷|💵|💶|🕒|⏰|📅|🗓)")


def find_company(
    lines: list[str], text: str, title_at: int | None, title: str | None = None
) -> str | None:
    """Company from a label, an 'About X' heading, the header line by the title, or prose."""
    labelled = find_labelled(lines[:40], _COMPANY_LABELS)
    if labelled:
        return labelled
    about = re.search(rf"^[ \t]*#*[ \t]*About[ \t]+{_NAME}[ \t]*:?[ \t]*$", text, re.MULTILINE)
    if about and about.group(1).lower() not in _NOT_NAMES:
        return about.group(1).strip()
    if title_at is not None and title:
        # 'Lakeshore Dental Group - Dental Hygienist': the company ahead of the title.
        pieces = _PIECES.split(lines[title_at].strip())
        lead = next((i for i, p in enumerate(pieces) if title.casefold() in p.casefold()), 0)
        for piece in pieces[:lead]:
            if _is_company_name(_plain(piece)):
                return _plain(piece)
        after = next((i for i in range(title_at + 1, min(len(lines), 7)) if lines[i].strip()), -1)
        for idx in (after, title_at - 1):
            if 0 <= idx < min(len(lines), 7) and lines[idx].strip():
                if _PLACE_OR_PAY_EMOJI.match(lines[idx]):
                    continue  # '📍 Guildford', '💷 £30,000'
                piece = _plain(_PIECES.split(lines[idx].strip())[0])
                # 'Kestrel Housing Association, Norwich': the town after the comma.
                piece = re.split(r",\s+(?=[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+){0,2}$)", piece)[0]
                if _is_company_name(piece):
                    return piece
    for pattern in (
        rf"\bJoin[ \t]+{_NAME}\b",
        rf"^{_NAME}[ \t]+is[ \t]+(?:hiring|looking|seeking)",
        rf"\bAt[ \t]+{_NAME},[ \t]+we\b",
    ):
        match = re.search(pattern, text, re.MULTILINE)
        if match and match.group(1).lower() not in _NOT_NAMES:
            return match.group(1).strip()
    head = "\n".join(lines[:25])
    for match in _PROSE_COMPANY.finditer(head):
        name = match.group(1).strip()
        if name.split()[0].lower() not in _NOT_NAMES and _is_company_name(name):
            return name
    return None


def _place_piece(piece: str) -> str | None:
    """The piece as a location when it names a place ('Chicago, IL', 'Leeds, West Yorkshire')."""
    piece = _plain(piece)
    if not piece or ROLE_WORDS.search(piece) or len(piece.split()) > 5:
        return None
    parts = [piece, re.sub(r"\s+[A-Z]{2,3}$", "", piece), *piece.split(",")]
    if any(is_place(part) for part in parts):
        return piece
    return None


_WORK_MODE_WORDS = re.compile(
    r"\b(?:remote|hybrid|on-?site|in[\s-]person|on\s+the\s+road|wfh|work(?:ing)?\s+from\s+"
    r"(?:home|office)|in[\s-]office|office|flexible|yes|no|n/a)\b",
    re.IGNORECASE,
)
_TOWN_REGION = re.compile(r"[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?,\s[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?")
_LOCATION_ALONE = re.compile(r"^(?:job\s+)?locations?|standort|lieu|ort|arbeitsort$", re.I)


def find_location(lines: list[str], title_at: int | None) -> str | None:
    """Location from a label, a header line or the title's suffix, else 'in City, ST' prose."""
    labelled = find_labelled(lines[:60], _LOCATION_LABELS)
    if labelled:
        labelled = re.split(r"(?<=[a-z]{2}|[A-Z]{2})\.\s", labelled)[0].strip()
    if labelled and re.search(r"[A-Z]", _WORK_MODE_WORDS.sub(" ", labelled)):
        return labelled
    for idx, line in enumerate(lines[:60]):
        if _LOCATION_ALONE.fullmatch(line.strip().rstrip(":")):
            nxt = next((ln for ln in lines[idx + 1 : idx + 3] if ln.strip()), "")
            if nxt and (_place_piece(nxt) or len(nxt.split()) <= 4) and not work_mode(nxt):
                return _plain(nxt)
    for idx, line in enumerate(lines[:6]):
        pieces = _PIECES.split(line.strip())
        if idx == title_at:
            pieces = re.split(r"\s+[·|•—–-]\s+|,\s+|\s+/\s+|\s+at\s+", line.strip())[1:]
        for piece in pieces:
            found = _place_piece(piece)
            if found:
                return found
    for idx, line in enumerate(lines[:6]):
        # A header line shaped 'Town, County' ('Northampton, Northamptonshire').
        if idx != title_at and _TOWN_REGION.fullmatch(_plain(line.strip())):
            if not ROLE_WORDS.search(line) and not COMPANY_NAME_END.search(line):
                return _plain(line.strip())
    match = re.search(
        r"\b(?:in|at|based in|located in|for our)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z]{2})\b"
        r"|\b(?i:based\s+in)\s+(?:(?i:our|the)\s+)?([A-Z][a-z]+)\b",
        "\n".join(lines),
    )
    if match:
        return match.group(1) or match.group(2)
    return None
