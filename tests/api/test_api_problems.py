"""Every error is RFC 9457 problem+json, with field paths; never a stack trace."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.support.api import signed_in
from tracker_core.services import applications


def test_request_validation_is_a_problem_with_field_paths(client: TestClient) -> None:
    user = signed_in(client)
    response = client.get("/jobs?limit=0&sort=sideways", headers=user.headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert {"type", "title", "status", "detail", "errors"} <= set(problem)
    assert {e["field"] for e in problem["errors"]} == {"query.limit", "query.sort"}
    bad = client.put("/applications/1/status", json={"note": 3}, headers=user.headers)
    assert {e["field"] for e in bad.json()["errors"]} == {"status", "note"}


def test_unknown_paths_and_methods_are_problems(client: TestClient) -> None:
    assert client.get("/nowhere").json()["status"] == 404
    wrong = client.post("/me")
    assert wrong.status_code == 405
    assert wrong.headers["content-type"] == "application/problem+json"


def test_an_unexpected_error_is_a_generic_500_and_is_logged(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    user = signed_in(client)

    def broken(**_: object) -> None:
        raise RuntimeError("password=hunter2 at /srv/secret.py line 9")

    monkeypatch.setattr(applications, "page_for_table", broken)
    response = client.get("/jobs", headers=user.headers)
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "hunter2" not in response.text and "Traceback" not in response.text
    assert response.json()["detail"].startswith("Something went wrong")
    assert "hunter2" in caplog.text  # the operator sees what happened


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    user = signed_in(client)
    huge = {"company": "Acme", "position": "Dev", "notes": "x" * (1024 * 1024)}
    response = client.post("/jobs", json=huge, headers=user.headers)
    assert response.status_code == 413
    assert response.json()["title"] == "Request too large"


def test_a_value_the_database_cannot_store_is_a_422_not_a_500(client: TestClient) -> None:
    """Postgres text cannot hold NUL; SQLite can. Neither answers with a server error."""
    user = signed_in(client)
    response = client.post(
        "/jobs", json={"company": "Ac\u0000me", "position": "Dev"}, headers=user.headers
    )
    assert response.status_code in (201, 422)
    listed = client.get("/jobs", params={"text": "a\u0000b"}, headers=user.headers)
    assert listed.status_code in (200, 422)
    if client.app.state.runtime.engine.dialect.name == "postgresql":
        assert response.status_code == 422
        assert response.json()["detail"].startswith("A value sent cannot be stored")
