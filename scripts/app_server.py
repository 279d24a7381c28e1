"""Start the real app (`streamlit run`) and Debian's Chromium, for browser tests and benchmarks."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tracker_core.services.auth import SESSION_COOKIE

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class AppDidNotStart(RuntimeError):
    """`streamlit run` did not answer its health check in time."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(data: Path, timeout: float = 60) -> Iterator[str]:
    """Serve the app on a free loopback port with its own SQLite database under `data`."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{data}/tracker.db",
        "DATA_DIR": str(data),
        "STREAMLIT_SERVER_PORT": str(port),
        "STREAMLIT_SERVER_HEADLESS": "true",
    }
    log_path = data / "streamlit.log"
    with log_path.open("w") as log:
        cmd = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py"]
        proc = subprocess.Popen(
            [*cmd, "--server.address", "127.0.0.1"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url, timeout, log_path)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _wait_healthy(url: str, timeout: float, log_path: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AppDidNotStart("Streamlit did not start: " + log_path.read_text()[-2000:])


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def sign_up(page: Any, email: str, password: str = "s3cret-pass") -> None:
    """Create an account through the login screen and wait for the board."""
    page.get_by_role("tab", name="Create account").click()
    panel = page.get_by_role("tabpanel", name="Create account")
    panel.get_by_label("Email").fill(email)
    panel.get_by_label("Password", exact=True).fill(password)
    panel.get_by_label("Repeat password").fill(password)
    panel.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Board").wait_for()
    # The session cookie is written by a script on that run; a new URL before it would sign out.
    page.wait_for_function(f"document.cookie.includes({json.dumps(SESSION_COOKIE + '=')})")


# Streamlit marks its root with the state of the script run; "notRunning" is the only idle one.
_IDLE_FOR_MS = """(quiet) => {
  const state = document.querySelector("[data-testid='stApp']")?.dataset.testScriptState;
  const now = performance.now();
  if (state !== "notRunning") { window.__busyAt = now; return false; }
  return now - (window.__busyAt ?? 0) >= quiet;
}"""


def settle(page: Any, quiet_ms: int = 400, timeout: float = 20_000) -> None:
    """Wait until no script run has been going for `quiet_ms`, as a person waits for the page.

    The status widget shows only after a run has lasted a while, so waiting for it to go
    away can pass while a run on a loaded machine is still redrawing the widgets below.
    """
    page.evaluate("() => { window.__busyAt = performance.now(); }")
    page.wait_for_function(_IDLE_FOR_MS, arg=quiet_ms, timeout=timeout, polling=50)
