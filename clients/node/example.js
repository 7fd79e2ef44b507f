#!/usr/bin/env node
// Example analyses a text file (or standard input) with a docanalysis server
// and prints what it found.
//
//     cd clients/node && npm ci
//     node example.js --addr 127.0.0.1:50051 --plaintext article.txt
//
// The key is read from $DOCANALYSIS_API_KEY when the server wants one.
'use strict';

const fs = require('node:fs');
const { parseArgs } = require('node:util');
const { connect, AnalysisError } = require('.');

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      addr: { type: 'string', default: process.env.DOCANALYSIS_ADDR ?? '127.0.0.1:50051' },
      plaintext: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30' },
    },
    allowPositionals: true,
  });
  const file = positionals[0] ?? '-';
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');

  const client = connect(values.addr, { tls: !values.plaintext, apiKey: process.env.DOCANALYSIS_API_KEY });
  let a;
  try {
    a = await client.analyze(text, { timeoutMs: Number(values.timeout) * 1000 });
  } catch (err) {
    if (!(err instanceof AnalysisError)) throw err;
    console.error(`example: ${err.message}`);
    for (const v of err.fieldViolations) console.error(`  ${v.field}: ${v.description}`);
    if (err.retryDelayMs !== null) console.error(`  retry in ${(err.retryDelayMs / 1000).toFixed(1)}s`);
    return 1;
  } finally {
    client.close();
  }

  console.log(`Gist: ${a.summary.gist}`);
  console.log('Actors:');
  for (const actor of a.actors) {
    // Offsets are UTF-16 code units, so they slice the JavaScript string.
    const first = actor.mentions[0].span;
    const type = actor.type.replace('ACTOR_TYPE_', '').toLowerCase();
    console.log(`  ${actor.name} (${type}), first at ${first.begin}: ${JSON.stringify(text.slice(first.begin, first.end))}`);
  }
  for (const d of a.disputedPoints) {
    console.log(`Disputed: ${d.topic}`);
    for (const p of d.positions) console.log(`  ${p.actorId}: ${p.statement}`);
  }
  for (const g of a.agreements) console.log(`Agreed: ${g.topic} (${g.actorIds.join(', ')})`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
