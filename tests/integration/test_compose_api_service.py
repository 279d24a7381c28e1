"""docker-compose.yml's `api` service: the app's image and settings, started as `make api` does.

No Docker here: the service's own command and health check run as the container would run
them (compose turns `$$` into `$`), against a SQLite file, and the API must answer.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.env import ROOT


def _services() -> dict[str, Any]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services: dict[str, Any] = compose["services"]
    return services


def _as_compose_runs(value: str) -> str:
    return value.replace("$$", "$")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_api_service_is_the_apps_image_and_settings_on_api_port() -> None:
    services = _services()
    api, app = services["api"], services["app"]
    assert api["build"] == app["build"] and api["env_file"] == app["env_file"]
    assert {k: v for k, v in api["environment"].items() if k != "API_PORT"} == app["environment"]
    assert api["environment"]["API_PORT"] == "${API_PORT:-8000}"
    assert api["ports"] == ["${API_PORT:-8000}:${API_PORT:-8000}"]
    assert api["depends_on"] == app["depends_on"]
    makefile = (ROOT / "Makefile").read_text()
    assert "-m api.serve" in makefile
    assert "-m api.serve" in api["command"][-1]
    assert "EXPOSE 8501 8000" in (ROOT / "Dockerfile").read_text()


def test_the_api_services_command_migrates_serves_and_passes_its_health_check(
    tmp_path: Path,
) -> None:
    if shutil.which("curl") is None:  # the image installs it for the health checks
        pytest.skip("curl is not installed here")
    api = _services()["api"]
    port = _free_port()
    env = {
        "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "DATA_DIR": str(tmp_path / "data"),
        "SESSION_SECRET": secrets.token_urlsafe(48),
        "API_PORT": str(port),
        "API_WORKERS": "1",
    }
    command = [_as_compose_runs(part) for part in api["command"]]
    health = _as_compose_runs(api["healthcheck"]["test"][1])
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        healthy = False
        for _ in range(120):
            if server.poll() is not None:
                break
            check = subprocess.run(["sh", "-c", health], env=env, check=False)
            if check.returncode == 0:
                healthy = True
                break
            time.sleep(0.5)
        assert healthy, server.stderr.read().decode() if server.poll() is not None else "no answer"
        assert (tmp_path / "tracker.db").stat().st_size > 0  # migrated first
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        if server.stderr is not None:
            server.stderr.close()
