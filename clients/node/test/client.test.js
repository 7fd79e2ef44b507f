'use strict';
// The Node client against the real docanalysisd (started by server.js).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const grpc = require('@grpc/grpc-js');
const { connect, AnalysisError, Encoding, Feature } = require('..');
const { startServer, articles, FULL_KEY, INFO_KEY } = require('./server');

const ALL_FEATURES = [Feature.SUMMARY, Feature.ACTORS, Feature.DISPUTED_POINTS, Feature.AGREEMENTS, Feature.SENTENCES];
const EXAMPLE = path.resolve(__dirname, '..', 'example.js');

/** Every TextSpan of an analysis. */
function spans(a) {
  const out = [...a.summary.keyPoints.map((k) => k.span), ...a.sentences.map((s) => s.span)];
  for (const actor of a.actors) out.push(...actor.mentions.map((m) => m.span));
  for (const d of a.disputedPoints) {
    out.push(...d.evidence);
    for (const p of d.positions) out.push(...p.evidence);
  }
  for (const g of a.agreements) out.push(...g.evidence);
  return out;
}

/** Expects promise to reject with an AnalysisError of the given code, and returns it. */
async function rejectsWith(promise, code) {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof AnalysisError, `not an AnalysisError: ${err}`);
    assert.equal(err.codeName, code, err.message);
    return err;
  }
  assert.fail(`resolved; want ${code}`);
}

async function collect(gen) {
  const out = [];
  for await (const r of gen) out.push(r);
  return out;
}

let server;
let limited;
let client;
before(async () => {
  [server, limited] = await Promise.all([
    startServer('--stream-in-flight', '4'),
    // One call per key, then a wait of tens of seconds.
    startServer('--rate-limit', '0.01', '--rate-burst', '1'),
  ]);
  client = connect(server.addr, { tls: false, apiKey: FULL_KEY });
});
after(async () => {
  client?.close();
  await Promise.all([server?.stop(), limited?.stop()]);
});

test('UTF-16 offsets slice JavaScript strings; code points slice Array.from(text)', async () => {
  const found = { actors: 0, disputes: 0, agreements: 0, afterAstral: 0 };
  for (const art of articles()) {
    const text = art.text;
    const a = await client.analyze(text, { id: art.id, features: ALL_FEATURES, timeoutMs: 30_000 });
    assert.equal(a.documentId, art.id);
    const checked = spans(a);
    assert.ok(checked.length > 0, `${art.id}: no spans`);
    for (const sp of checked) assert.equal(text.slice(sp.begin, sp.end), sp.content, `${art.id}: text.slice(${sp.begin}, ${sp.end})`);
    // The first character outside the BMP, in UTF-16 units.
    const astral = [...text].findIndex((ch) => ch.codePointAt(0) > 0xffff);
    const astral16 = [...text].slice(0, astral).join('').length;
    found.afterAstral += checked.filter((sp) => sp.begin > astral16).length;
    found.actors += a.actors.length;
    found.disputes += a.disputedPoints.length;
    found.agreements += a.agreements.length;

    const points = Array.from(text);
    const b = await client.analyze(text, { features: ALL_FEATURES, encoding: Encoding.CODE_POINTS, timeoutMs: 30_000 });
    assert.equal(b.stats.characters, points.length);
    const cp = spans(b);
    assert.equal(cp.length, checked.length);
    for (const sp of cp) assert.equal(points.slice(sp.begin, sp.end).join(''), sp.content);
    // Past an astral character the two units differ, so both checks
    // could not pass with the wrong ones.
    assert.ok(cp.some((sp, i) => sp.begin !== checked[i].begin), `${art.id}: UTF-16 and code-point offsets agree everywhere`);
  }
  assert.ok(found.afterAstral > 0 && found.actors > 0, JSON.stringify(found));
  assert.ok(found.disputes > 0 && found.agreements > 0, JSON.stringify(found));
});

test('analyzeMany: 200 documents, one bad, bounded in flight', async () => {
  const n = 200;
  const bad = 100;
  const limit = 5;
  let pulled = 0;
  function* source() {
    for (let i = 0; i < n; i++) {
      pulled++;
      yield [`doc-${i}`, i === bad ? '' : `Document ${i}: Norway rejected the offer from Acme, while Iceland accepted it.`];
    }
  }
  const results = new Map();
  for await (const r of client.analyzeMany(source(), { maxInFlight: limit, timeoutMs: 60_000 })) {
    assert.ok(!results.has(r.index), `two results for ${r.index}`);
    results.set(r.index, r);
    assert.ok(pulled <= results.size + limit, `${pulled} documents read with ${results.size} answered`);
  }
  assert.equal(results.size, n);
  const analysed = [...results.values()].filter((r) => r.error === null);
  assert.equal(analysed.length, n - 1);
  for (const r of analysed) {
    assert.equal(r.documentId, `doc-${r.index}`);
    assert.ok(r.analysis.actors.some((a) => a.name === 'Norway'));
  }
  const err = results.get(bad).error;
  assert.ok(err instanceof AnalysisError);
  assert.equal(err.codeName, 'INVALID_ARGUMENT');
  assert.equal(results.get(bad).documentId, `doc-${bad}`);
  assert.ok(err.fieldViolations.some((v) => v.field === 'document.text'), JSON.stringify(err.fieldViolations));
});

test('analyzeMany: a failing source ends the stream with its error', async () => {
  async function* source() {
    yield 'Norway rejected the offer.';
    yield ['b', 'Iceland accepted it.'];
    throw new Error('the source broke');
  }
  const got = [];
  await assert.rejects(async () => {
    for await (const r of client.analyzeMany(source(), { timeoutMs: 30_000 })) got.push(r);
  }, /the source broke/);
  assert.deepEqual(got.filter((r) => r.error === null).map((r) => r.index).sort(), [0, 1]);
  await assert.rejects(collect(client.analyzeMany([42], { timeoutMs: 30_000 })), TypeError);
});

test('analyzeMany: leaving the loop cancels the stream', async () => {
  let pulled = 0;
  function* source() {
    for (let i = 0; i < 1000; i++) {
      pulled++;
      yield `Document ${i}: Norway rejected the offer.`;
    }
  }
  for await (const r of client.analyzeMany(source(), { maxInFlight: 4, timeoutMs: 30_000 })) {
    assert.equal(r.error, null);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(pulled <= 10, `${pulled} documents read after the loop was left`);
  assert.ok((await client.analyze('Norway rejected the offer.', { timeoutMs: 10_000 })).actors.length > 0);
});

test('UNAUTHENTICATED without a key or with an unknown one', async () => {
  for (const apiKey of [undefined, 'not-a-key']) {
    const c = connect(server.addr, { tls: false, apiKey });
    try {
      await rejectsWith(c.analyze('Norway rejected the offer.', { timeoutMs: 10_000 }), 'UNAUTHENTICATED');
    } finally {
      c.close();
    }
  }
});

test('PERMISSION_DENIED for a key limited to GetServiceInfo', async () => {
  const c = connect(server.addr, { tls: false, apiKey: INFO_KEY });
  try {
    assert.equal((await c.info({ timeoutMs: 10_000 })).engine.name, 'docanalysis');
    await rejectsWith(c.analyze('Norway rejected the offer.', { timeoutMs: 10_000 }), 'PERMISSION_DENIED');
    await rejectsWith(collect(c.analyzeMany(['Norway rejected the offer.'], { timeoutMs: 10_000 })), 'PERMISSION_DENIED');
  } finally {
    c.close();
  }
});

test('INVALID_ARGUMENT names the field in BadRequest', async () => {
  for (const [text, options, field] of [
    ['', {}, 'document.text'],
    ['Fine.', { maxSentences: -1 }, 'summary_options.max_sentences'],
    ['Bonjour.', { language: 'fr' }, 'document.language'],
  ]) {
    const err = await rejectsWith(client.analyze(text, { ...options, timeoutMs: 10_000 }), 'INVALID_ARGUMENT');
    assert.ok(err.fieldViolations.some((v) => v.field === field), `${field} not in ${JSON.stringify(err.fieldViolations)}`);
    assert.equal(err.retryDelayMs, null);
  }
});

test('RESOURCE_EXHAUSTED carries the retry delay', async () => {
  const c = connect(limited.addr, { tls: false, apiKey: FULL_KEY });
  try {
    await c.analyze('Norway rejected the offer.', { timeoutMs: 10_000 });
    const err = await rejectsWith(c.analyze('Norway rejected the offer.', { timeoutMs: 10_000 }), 'RESOURCE_EXHAUSTED');
    // One call per 100 s at 0.01/s: the wait is tens of seconds.
    assert.ok(err.retryDelayMs > 1000 && err.retryDelayMs <= 100_000, String(err.retryDelayMs));
  } finally {
    c.close();
  }
});

function longText(nBytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < nBytes; i++) {
    const p = `Minister ${i % 97} of Norway rejected offer ${i} from Acme, while Iceland's envoy accepted it on day ${i % 31}. ` + (i % 6 === 5 ? '\n\n' : '');
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

test('a deadline ends the call on time and reaches the server', async () => {
  const text = longText(1_000_000); // about 0.2 s of analysis on an idle core
  const start = Date.now();
  await rejectsWith(client.analyze(text, { features: ALL_FEATURES, timeoutMs: 50 }), 'DEADLINE_EXCEEDED');
  const took = Date.now() - start;
  assert.ok(took < 2000, `the call ended ${took} ms after a 50 ms deadline`);
  // The server logs the deadline it was given, and the analysis ended
  // early rather than succeeding.
  const cut = () =>
    server.log.some((line) => {
      if (!line.includes('"finished call"') || !line.includes('grpc.request.deadline')) return false;
      const e = JSON.parse(line);
      return e['grpc.method'] === 'AnalyzeDocument' && e['grpc.request.bytes'] > 1_000_000 && ['DeadlineExceeded', 'Canceled'].includes(e['grpc.code']);
    });
  for (const end = Date.now() + 10_000; !cut() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
  assert.ok(cut(), 'the server logged no call cut short by its deadline');

  await rejectsWith(collect(client.analyzeMany([text, text], { timeoutMs: 50 })), 'DEADLINE_EXCEEDED');
});

test('a server reset after the deadline reads as DEADLINE_EXCEEDED, a cancel before it as CANCELLED', () => {
  // What grpc-js reports when the server's RST_STREAM(CANCEL) at the
  // deadline arrives before the client's own deadline timer runs.
  const reset = { code: grpc.status.CANCELLED, details: 'Call cancelled' };
  const past = new Date(Date.now() - 1);
  const future = new Date(Date.now() + 60_000);
  assert.equal(AnalysisError.fromServiceError(reset, past).code, grpc.status.DEADLINE_EXCEEDED);
  assert.equal(AnalysisError.fromServiceError(reset, future).code, grpc.status.CANCELLED);
  assert.equal(AnalysisError.fromServiceError(reset).code, grpc.status.CANCELLED);
  const refused = { code: grpc.status.INVALID_ARGUMENT, details: 'bad' };
  assert.equal(AnalysisError.fromServiceError(refused, past).code, grpc.status.INVALID_ARGUMENT);
});

test('TLS with the key as call credentials', async (t) => {
  if (spawnSync('openssl', ['version']).status !== 0) {
    t.skip('openssl not found (apt-get install openssl): cannot make a test certificate');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docanalysis-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  // Node warns when TLS is asked to check an IP address by name.
  const channelOptions = { 'grpc.ssl_target_name_override': 'localhost' };
  const s = await startServer('--tls-cert', cert, '--tls-key', key);
  const rootCerts = fs.readFileSync(cert);
  const clients = [];
  try {
    const c = connect(s.addr, { apiKey: FULL_KEY, rootCerts, channelOptions });
    clients.push(c);
    const a = await c.analyze('Norway rejected the offer from Acme.', { timeoutMs: 10_000 });
    assert.ok(a.actors.some((x) => x.name === 'Norway'));
    const noKey = connect(s.addr, { rootCerts, channelOptions });
    clients.push(noKey);
    await rejectsWith(noKey.analyze('Norway rejected the offer.', { timeoutMs: 10_000 }), 'UNAUTHENTICATED');
    // The system's roots do not know the test certificate.
    const untrusted = connect(s.addr, { apiKey: FULL_KEY, channelOptions });
    clients.push(untrusted);
    await rejectsWith(untrusted.analyze('Norway rejected the offer.', { timeoutMs: 10_000 }), 'UNAVAILABLE');
  } finally {
    for (const c of clients) c.close();
    await s.stop();
  }
});

test('the example program', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docanalysis-example-')), 'article.txt');
  fs.writeFileSync(file, articles()[0].text);
  let out = spawnSync(process.execPath, [EXAMPLE, '--addr', server.addr, '--plaintext', file], {
    env: { ...process.env, DOCANALYSIS_API_KEY: FULL_KEY },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(out.status, 0, out.stderr);
  assert.ok(out.stdout.includes('Norway (country)') && out.stdout.includes('Disputed:'), out.stdout);
  const env = { ...process.env };
  delete env.DOCANALYSIS_API_KEY;
  out = spawnSync(process.execPath, [EXAMPLE, '--addr', server.addr, '--plaintext', file], { env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(out.status, 1);
  assert.ok(out.stderr.includes('UNAUTHENTICATED'), out.stderr);
});
