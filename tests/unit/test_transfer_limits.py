"""A JSON import that does not fit the tables is refused with sentences, and nothing is saved."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tests.support.transfer import add_everything
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.services import transfer, transfer_json


@pytest.fixture
def owner(engine: Engine, settings: Settings) -> str:
    return make_user(engine, settings).id


@pytest.fixture
def session(engine: Engine, owner: str) -> Iterator[Session]:
    with user_session(engine, owner) as s:
        yield s


@pytest.fixture
def exported(session: Session, owner: str) -> dict[str, Any]:
    add_everything(session, owner)
    document: dict[str, Any] = json.loads(transfer_json.export_json(session=session, user_id=owner))
    return document


def _refused(engine: Engine, settings: Settings, data: bytes) -> str:
    """The message of a refused import into a new account, which must stay empty."""
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        with pytest.raises(transfer.ImportRejected) as caught:
            transfer_json.import_json(
                session=s, user_id=other, data=data, vectors=RecordingVectors()
            )
        assert repo.list_all_applications(session=s, user_id=other) == []
        assert repo.list_contacts(session=s, user_id=other) == []
        assert repo.list_custom_stages(session=s, user_id=other) == []
    return caught.value.message


@pytest.mark.parametrize("depth", [50, 100_000])
def test_deeply_nested_arrays_are_refused_without_a_recursion_error(
    engine: Engine, settings: Settings, exported: dict[str, Any], depth: int
) -> None:
    exported["applications"][0]["parsed_job"] = {"x": "@"}
    data = json.dumps(exported).replace('"@"', "[" * depth + "]" * depth).encode()
    assert "nest" in _refused(engine, settings, data)


def test_values_past_the_column_limits_are_named_entry_by_entry(
    engine: Engine, settings: Settings, exported: dict[str, Any]
) -> None:
    exported["stages"][0]["key"] = "k" * 300
    exported["contacts"][0]["name"] = "N" * 5_000
    exported["applications"][0]["interviews"][0]["round"] = 10**30
    exported["applications"][1]["salary_max"] = 2**70
    message = _refused(engine, settings, json.dumps(exported).encode())
    assert message.startswith("Nothing was imported; fix the file and import it again.")
    assert "Stage 1 (Take-home): the key is 300 characters long; the limit is 64" in message
    contact = "Contact 1 (" + "N" * 29 + "…): the name is 5,000 characters long; the limit is 200"
    assert contact in message
    assert "Application 2 (Globex, QA): the salary maximum is above 999,999,999,999,999" in message
    assert (
        "Application 1 (Acme, Dev), interview 1: the round is a number of 31 digits, more than "
        "the tracker can store; use at most 2,147,483,647." in message
    )


def test_a_number_too_long_to_read_is_refused(
    engine: Engine, settings: Settings, exported: dict[str, Any]
) -> None:
    exported["applications"][0]["priority"] = "@"
    data = json.dumps(exported).replace('"@"', "9" * 5_000).encode()
    assert "number too long" in _refused(engine, settings, data)


def test_wrong_kinds_of_value_are_sentences_not_python_errors(
    engine: Engine, settings: Settings, exported: dict[str, Any]
) -> None:
    exported["applications"][0]["resume_id"] = [1]
    exported["applications"][0]["position"] = ["Dev"]
    exported["contacts"][0]["id"] = {"a": 1}
    message = _refused(engine, settings, json.dumps(exported).encode())
    assert "Application 1 (Acme): the position has the wrong kind of value" in message
    assert "unhashable" not in message and "Input should" not in message
