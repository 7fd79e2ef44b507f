"""The Python client against the real docanalysisd (started by conftest.py)."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import grpc
import pytest

import docanalysis
from conftest import FULL_KEY, INFO_KEY, Server
from docanalysis import pb

EXAMPLE = Path(__file__).resolve().parents[1] / "example.py"
ALL_FEATURES = [pb.FEATURE_SUMMARY, pb.FEATURE_ACTORS, pb.FEATURE_DISPUTED_POINTS, pb.FEATURE_AGREEMENTS, pb.FEATURE_SENTENCES]


def spans(a):
    """Every TextSpan of an analysis."""
    out = [k.span for k in a.summary.key_points] + [s.span for s in a.sentences]
    for actor in a.actors:
        out += [m.span for m in actor.mentions]
    for d in a.disputed_points:
        out += list(d.evidence)
        for p in d.positions:
            out += list(p.evidence)
    for g in a.agreements:
        out += list(g.evidence)
    return out


def first_astral(text):
    """The code-point index of the first character outside the BMP."""
    return next(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)


@pytest.fixture
def client(server):
    with docanalysis.connect(server.addr, tls=False, api_key=FULL_KEY) as c:
        yield c


def test_offsets_slice_python_strings(client, articles):
    """Code-point offsets slice Python strings; UTF-16 ones slice the UTF-16 encoding."""
    found = {"actors": 0, "disputes": 0, "agreements": 0, "after astral": 0}
    for art in articles:
        text = art["text"]
        a = client.analyze(text, id=art["id"], features=ALL_FEATURES, timeout=30)
        assert a.document_id == art["id"]
        assert a.stats.characters == len(text)
        checked = spans(a)
        assert checked, f"{art['id']}: no spans"
        for sp in checked:
            assert text[sp.begin : sp.end] == sp.content, f"{art['id']}: text[{sp.begin}:{sp.end}]"
        astral = first_astral(text)
        found["after astral"] += sum(sp.begin > astral for sp in checked)
        found["actors"] += len(a.actors)
        found["disputes"] += len(a.disputed_points)
        found["agreements"] += len(a.agreements)

        u16 = text.encode("utf-16-le")
        b = client.analyze(text, features=ALL_FEATURES, encoding=docanalysis.UTF16, timeout=30)
        u16_spans = spans(b)
        assert len(u16_spans) == len(checked)
        for sp in u16_spans:
            assert u16[2 * sp.begin : 2 * sp.end].decode("utf-16-le") == sp.content
        # The two encodings differ past a character outside the BMP, so
        # the checks above could not both pass with the wrong units.
        assert any(x.begin != y.begin for x, y in zip(checked, u16_spans) if x.begin > astral)
    # Spans past an astral character are where code points and UTF-16
    # differ: there must be some for the checks to mean anything.
    assert found["after astral"] > 0 and found["actors"] > 0, found
    assert found["disputes"] > 0 and found["agreements"] > 0, found


def test_analyze_many_200_with_one_bad(client):
    n, bad, limit = 200, 100, 5
    texts = [f"Document {i}: Norway rejected the offer from Acme, while Iceland accepted it." for i in range(n)]
    texts[bad] = ""
    pulled = 0

    def source():
        nonlocal pulled
        for i, t in enumerate(texts):
            pulled += 1
            yield (f"doc-{i}", t)

    results = {}
    for r in client.analyze_many(source(), max_in_flight=limit, encoding=docanalysis.CODE_POINTS, timeout=60):
        assert r.index not in results, f"two results for {r.index}"
        results[r.index] = r
        # The iterable is read only as answers come back.
        assert pulled <= len(results) + limit, f"{pulled} documents read with {len(results)} answered"
    assert len(results) == n
    analysed = [r for r in results.values() if r.ok]
    assert len(analysed) == n - 1
    for r in analysed:
        assert r.document_id == f"doc-{r.index}"
        assert any(actor.name == "Norway" for actor in r.analysis.actors)
    err = results[bad].error
    assert err is not None and err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert results[bad].document_id == f"doc-{bad}"
    assert "document.text" in [v.field for v in err.field_violations]


def test_analyze_many_source_fails(client):
    def source():
        yield "Norway rejected the offer."
        yield ("b", "Iceland accepted it.")
        raise ValueError("the source broke")

    got = []
    with pytest.raises(ValueError, match="the source broke"):
        for r in client.analyze_many(source(), timeout=30):
            got.append(r)
    assert sorted(r.index for r in got if r.ok) == [0, 1]
    with pytest.raises(TypeError):
        list(client.analyze_many([42], timeout=30))


def test_analyze_many_stopped_early(client):
    """Leaving the loop cancels the stream: the rest of the source is never read."""
    pulled = 0

    def source():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield f"Document {i}: Norway rejected the offer."

    for r in client.analyze_many(source(), max_in_flight=4, timeout=30):
        assert r.ok
        break
    time.sleep(0.2)
    assert pulled <= 10, f"{pulled} documents read after the loop was left"
    assert client.analyze("Norway rejected the offer.", timeout=10).actors


def test_unauthenticated(server):
    for key in (None, "not-a-key"):
        with docanalysis.connect(server.addr, tls=False, api_key=key) as c:
            with pytest.raises(docanalysis.AnalysisError) as e:
                c.analyze("Norway rejected the offer.", timeout=10)
            assert e.value.code == grpc.StatusCode.UNAUTHENTICATED


def test_permission_denied(server):
    with docanalysis.connect(server.addr, tls=False, api_key=INFO_KEY) as c:
        assert c.info(timeout=10).engine.name == "docanalysis"
        with pytest.raises(docanalysis.AnalysisError) as e:
            c.analyze("Norway rejected the offer.", timeout=10)
        assert e.value.code == grpc.StatusCode.PERMISSION_DENIED
        with pytest.raises(docanalysis.AnalysisError) as e:
            list(c.analyze_many(["Norway rejected the offer."], timeout=10))
        assert e.value.code == grpc.StatusCode.PERMISSION_DENIED


def test_invalid_argument(client):
    for kwargs, field in [
        ({"text": ""}, "document.text"),
        ({"text": "Fine.", "max_sentences": -1}, "summary_options.max_sentences"),
        ({"text": "Bonjour.", "language": "fr"}, "document.language"),
    ]:
        with pytest.raises(docanalysis.AnalysisError) as e:
            client.analyze(timeout=10, **kwargs)
        assert e.value.code == grpc.StatusCode.INVALID_ARGUMENT
        assert field in [v.field for v in e.value.field_violations], e.value.field_violations
        assert e.value.retry_delay is None


def test_resource_exhausted(limited_server):
    with docanalysis.connect(limited_server.addr, tls=False, api_key=FULL_KEY) as c:
        c.analyze("Norway rejected the offer.", timeout=10)
        with pytest.raises(docanalysis.AnalysisError) as e:
            c.analyze("Norway rejected the offer.", timeout=10)
        assert e.value.code == grpc.StatusCode.RESOURCE_EXHAUSTED
        # One call per 100 s at 0.01/s: the wait is tens of seconds.
        assert e.value.retry_delay is not None and 1 < e.value.retry_delay <= 100, e.value.retry_delay


def long_text(n_bytes):
    parts, i = [], 0
    while sum(map(len, parts)) < n_bytes:
        parts.append(f"Minister {i % 97} of Norway rejected offer {i} from Acme, while Iceland's envoy accepted it on day {i % 31}. ")
        if i % 6 == 5:
            parts.append("\n\n")
        i += 1
    return "".join(parts)


class _Reset(grpc.RpcError):
    """What grpcio raises when the server resets the call (RST_STREAM CANCEL)."""

    def code(self):
        return grpc.StatusCode.CANCELLED

    def details(self):
        return "Received RST_STREAM with error code 8"

    def trailing_metadata(self):
        return ()


def test_reset_after_deadline_is_deadline_exceeded():
    """A reset that arrives once the deadline has passed reads as DEADLINE_EXCEEDED; before it, as CANCELLED."""
    now = time.monotonic()
    assert docanalysis.AnalysisError.from_rpc_error(_Reset(), now - 0.001).code == grpc.StatusCode.DEADLINE_EXCEEDED
    assert docanalysis.AnalysisError.from_rpc_error(_Reset(), now + 60).code == grpc.StatusCode.CANCELLED
    assert docanalysis.AnalysisError.from_rpc_error(_Reset()).code == grpc.StatusCode.CANCELLED


def test_deadline(server, client):
    """The deadline ends the call on time, and reaches the server, which stops the analysis."""
    text = long_text(1_000_000)  # about 0.2 s of analysis on an idle core
    start = time.monotonic()
    with pytest.raises(docanalysis.AnalysisError) as e:
        client.analyze(text, id="deadline-test", features=ALL_FEATURES, timeout=0.05)
    took = time.monotonic() - start
    assert e.value.code == grpc.StatusCode.DEADLINE_EXCEEDED
    assert took < 2, f"the call ended {took:.1f}s after a 0.05s deadline"
    # The server logs the deadline it was given, and the analysis ended
    # early rather than succeeding.
    end = time.monotonic() + 10
    while time.monotonic() < end:
        calls = [json.loads(l) for l in server.log if '"AnalyzeDocument"' in l and "grpc.request.deadline" in l and '"finished call"' in l]
        cut = [c for c in calls if c["grpc.request.bytes"] > 1_000_000 and c["grpc.code"] in ("DeadlineExceeded", "Canceled")]
        if cut:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the server logged no call cut short by its deadline")

    with pytest.raises(docanalysis.AnalysisError) as e:
        list(client.analyze_many([text, text], timeout=0.05))
    assert e.value.code == grpc.StatusCode.DEADLINE_EXCEEDED


def test_tls_with_call_credentials(binary, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl not found (apt-get install openssl): cannot make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    s = Server(binary, "--tls-cert", str(cert), "--tls-key", str(key))
    try:
        with docanalysis.connect(s.addr, api_key=FULL_KEY, root_certificates=cert.read_bytes()) as c:
            a = c.analyze("Norway rejected the offer from Acme.", timeout=10)
            assert [x.name for x in a.actors if x.name == "Norway"]
        with docanalysis.connect(s.addr, root_certificates=cert.read_bytes()) as c:
            with pytest.raises(docanalysis.AnalysisError) as e:
                c.analyze("Norway rejected the offer.", timeout=10)
            assert e.value.code == grpc.StatusCode.UNAUTHENTICATED
        # The system's roots do not know the test certificate.
        with docanalysis.connect(s.addr, api_key=FULL_KEY) as c:
            with pytest.raises(docanalysis.AnalysisError) as e:
                c.analyze("Norway rejected the offer.", timeout=10)
            assert e.value.code == grpc.StatusCode.UNAVAILABLE
    finally:
        s.stop()


def test_example(server, articles, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(articles[0]["text"], encoding="utf-8")
    env = {**os.environ, "DOCANALYSIS_API_KEY": FULL_KEY}
    out = subprocess.run([sys.executable, str(EXAMPLE), "--addr", server.addr, "--plaintext", str(f)],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Norway (country)" in out.stdout and "Disputed:" in out.stdout, out.stdout
    out = subprocess.run([sys.executable, str(EXAMPLE), "--addr", server.addr, "--plaintext", str(f)],
                         capture_output=True, text=True, timeout=60, env={k: v for k, v in os.environ.items() if k != "DOCANALYSIS_API_KEY"})
    assert out.returncode == 1 and "UNAUTHENTICATED" in out.stderr, out.stderr
