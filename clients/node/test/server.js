'use strict';
// Starts the real docanalysisd on 127.0.0.1 with an ephemeral port for the
// client tests. The binary is $DOCANALYSISD when set (CI builds it once),
// else built here with `go build` from the repository.

const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const REPO = path.resolve(__dirname, '..', '..', '..');
/** May call every method. */
const FULL_KEY = 'node-test-full-key';
/** May call GetServiceInfo only. */
const INFO_KEY = 'node-test-info-key';
const START_TIMEOUT_MS = 30_000;

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');
const KEYS = `full ${sha256(FULL_KEY)} *;info ${sha256(INFO_KEY)} GetServiceInfo`;

let built = null;
function binary() {
  if (process.env.DOCANALYSISD) return process.env.DOCANALYSISD;
  if (!built) {
    built = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docanalysisd-')), 'docanalysisd');
    execFileSync('go', ['build', '-o', built, './cmd/docanalysisd'], { cwd: REPO, stdio: 'inherit' });
  }
  return built;
}

/**
 * Starts a server with the given extra flags and resolves to
 * {addr, log, stop}; log holds its log lines so far.
 */
function startServer(...flags) {
  const proc = spawn(binary(), ['--addr', '127.0.0.1:0', '--keys', KEYS, ...flags], { stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  const stop = () =>
    new Promise((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`docanalysisd did not say where it serves:\n${log.join('\n')}`));
    }, START_TIMEOUT_MS);
    // One reader: it finds the address, then keeps draining the log.
    readline.createInterface({ input: proc.stderr }).on('line', (line) => {
      log.push(line);
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'serving') {
        clearTimeout(timer);
        resolve({ addr: entry.addr, log, stop });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`docanalysisd exited with ${code}:\n${log.join('\n')}`));
    });
  });
}

function articles() {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'clients', 'testdata', 'articles.json'), 'utf8')).articles;
}

module.exports = { startServer, binary, articles, FULL_KEY, INFO_KEY };
