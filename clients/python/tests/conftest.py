"""Starts the real docanalysisd on 127.0.0.1 with an ephemeral port for the client tests.

The binary is $DOCANALYSISD when set (CI builds it once), else built here
with `go build` from the repository.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

# The keys the servers know: FULL may call every method, INFO only
# GetServiceInfo.
FULL_KEY = "python-test-full-key"
INFO_KEY = "python-test-info-key"

START_TIMEOUT = 30.0


def key_entries():
    sha = lambda k: hashlib.sha256(k.encode()).hexdigest()
    return f"full {sha(FULL_KEY)} *;info {sha(INFO_KEY)} GetServiceInfo"


class Server:
    """One docanalysisd process; addr is where it serves."""

    def __init__(self, binary, *flags):
        self.proc = subprocess.Popen(
            [binary, "--addr", "127.0.0.1:0", "--keys", key_entries(), *flags],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = threading.Event()
        self.addr = None
        self.log = []

        def read():
            # Find the address, then keep draining so the server never
            # blocks on its log.
            for line in self.proc.stderr:
                self.log.append(line)
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if entry.get("msg") == "serving" and not found.is_set():
                    self.addr = entry["addr"]
                    found.set()
            found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(START_TIMEOUT) or self.addr is None:
            self.stop()
            raise RuntimeError("docanalysisd did not say where it serves:\n" + "".join(self.log))

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def binary(tmp_path_factory):
    path = os.environ.get("DOCANALYSISD")
    if path:
        return path
    if shutil.which("go") is None:
        pytest.fail("set DOCANALYSISD to a docanalysisd binary, or install Go to build one")
    path = str(tmp_path_factory.mktemp("bin") / "docanalysisd")
    subprocess.run(["go", "build", "-o", path, "./cmd/docanalysisd"], cwd=REPO, check=True)
    return path


@pytest.fixture(scope="session")
def server(binary):
    """A server with API keys on and no rate limit."""
    s = Server(binary, "--stream-in-flight", "4")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def limited_server(binary):
    """A server whose rate limit allows each key one call, then asks it to wait."""
    s = Server(binary, "--rate-limit", "0.01", "--rate-burst", "1")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def articles():
    with open(REPO / "clients" / "testdata" / "articles.json", encoding="utf-8") as f:
        return json.load(f)["articles"]
