"""`python -m api.serve`: the API in several uvicorn processes, each with a listening socket of
its own on the one port (SO_REUSEPORT), so the kernel spreads connections over the workers.

uvicorn's own `--workers` share one socket, and the first worker to wake accepts a whole burst:
20 clients connecting at once split 20/0, 19/1 ... 10/10 from run to run, and one worker served
most of them while the other idled (20 clients moving cards: p95 110-130 ms; with a socket each,
splits near 10/10 and p95 80 ms). Each worker is `uvicorn --fd` on its socket; this process only
holds the sockets, starts a worker again if one dies, and stops them all on Ctrl-C or SIGTERM.
Where SO_REUSEPORT does not spread connections (not Linux), it hands over to uvicorn's workers.
"""

from __future__ import annotations

import argparse
import signal
import socket
import subprocess
import sys
import time
from types import FrameType

import uvicorn

APP = "api.main:create_app"
STARTUP = 10.0  # a worker that ends sooner than this after starting failed to start: stop all


def _listening(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker(sock: socket.socket, log_level: str) -> subprocess.Popen[bytes]:
    fd = sock.fileno()
    cmd = [sys.executable, "-m", "uvicorn", APP, "--factory", "--fd", str(fd)]
    # A process group of its own: Ctrl-C in a terminal reaches the launcher only, which passes
    # it on once (a second SIGINT makes uvicorn quit without finishing the open requests).
    return subprocess.Popen([*cmd, "--log-level", log_level], pass_fds=[fd], process_group=0)


def serve(host: str, port: int, workers: int, log_level: str = "info") -> int:
    """Run until told to stop; the exit status (2 when the port cannot be had)."""
    if workers <= 1 or not sys.platform.startswith("linux"):
        # In this process: Ctrl-C reaches uvicorn itself, with no launcher to interrupt.
        uvicorn.run(APP, factory=True, host=host, port=port, workers=max(workers, 1),
                    log_level=log_level)  # fmt: skip
        return 0
    try:
        sockets = [_listening(host, port) for _ in range(workers)]
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port} ({exc.strerror}).", file=sys.stderr)
        return 2
    procs = [_worker(s, log_level) for s in sockets]
    started = [time.monotonic()] * workers
    print(f"API on http://{host}:{port} in {workers} processes", file=sys.stderr, flush=True)
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM if signum == signal.SIGTERM else signal.SIGINT)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping:
        time.sleep(0.2)
        for i, proc in enumerate(procs):
            if proc.poll() is None or stopping:
                continue
            if time.monotonic() - started[i] < STARTUP:  # a setting or the database is wrong
                stop(signal.SIGTERM, None)
                _wait(procs)
                return proc.returncode or 1
            print(f"API worker {proc.pid} ended ({proc.returncode}); starting another",
                  file=sys.stderr, flush=True)  # fmt: skip
            procs[i], started[i] = _worker(sockets[i], log_level), time.monotonic()
    _wait(procs)
    return 0


def _wait(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    return serve(args.host, args.port, args.workers, args.log_level)


if __name__ == "__main__":
    sys.exit(main())
