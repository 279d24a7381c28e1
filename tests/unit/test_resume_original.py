"""The uploaded resume file is kept byte for byte and found again from a corrected version."""

import pytest
from sqlalchemy import Engine

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.errors import InvalidInput
from tracker_core.services import resumes

PDF = b"%PDF-1.4\n\x00\xff binary bytes \x80\n%%EOF"


def test_the_original_file_comes_back_byte_for_byte_from_every_version(
    engine: Engine, settings: Settings
) -> None:
    user = make_user(engine, settings)
    other = make_user(engine, settings)
    with user_session(engine, user.id) as s:
        first = resumes.create_resume(
            session=s,
            user_id=user.id,
            vectors=RecordingVectors(),
            label="CV",
            text="Python",
            file_name="ada.pdf",
            file_type="pdf",
            original=PDF,
        )
        assert first.id is not None
        fixed = resumes.save_new_version(
            session=s, user_id=user.id, vectors=RecordingVectors(), resume_id=first.id, text="Py"
        )
        assert fixed.id is not None
        found = resumes.original_file(session=s, user_id=user.id, resume_id=fixed.id)
        assert found is not None and (found.name, found.mime) == ("ada.pdf", "application/pdf")
        assert resumes.original_bytes(session=s, user_id=user.id, original=found) == PDF
        pasted = resumes.create_resume(
            session=s, user_id=user.id, vectors=RecordingVectors(), label="Pasted", text="SQL"
        )
        assert pasted.id is not None
        assert resumes.original_file(session=s, user_id=user.id, resume_id=pasted.id) is None
    with user_session(engine, other.id) as s, pytest.raises(resumes.ResumeNotFound):
        resumes.original_file(session=s, user_id=other.id, resume_id=first.id)


def test_a_file_over_the_page_limit_is_refused(engine: Engine, settings: Settings) -> None:
    user = make_user(engine, settings)
    with user_session(engine, user.id) as s, pytest.raises(InvalidInput):
        resumes.create_resume(
            session=s,
            user_id=user.id,
            vectors=RecordingVectors(),
            label="Huge",
            text="x",
            original=b"0" * (resumes.MAX_FILE_BYTES + 1),
        )
