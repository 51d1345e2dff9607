#!/usr/bin/env node
// lighthouse-share-cli `cancel` of 2 blueprints x 1,000 accounts (200 requests) against the independent server,
// which enforces 20 requests/s per action in a sliding 1-s window: the CLI must never be rate-limited and still
// reach at least 19 requests/s.
//
//   node cli-vs-independent-ratelimit.mjs PATH/TO/lighthouse-share-cli
import fs from 'node:fs';
import path from 'node:path';
import { setup, check, finish, startIndependentServer, run, childEnv, showOutput, parseJson } from './lib/harness.mjs';

const { cli, scratch } = setup('cli-vs-independent-ratelimit');
const A = 'lhbp-rate0001';
const B = 'lhbp-rate0002';
const accounts = Array.from({ length: 1000 }, (_, i) => String(100000000000 + i));
const accountsFile = path.join(scratch, 'accounts.txt');
fs.writeFileSync(accountsFile, `${accounts.join('\n')}\n`);

const server = await startIndependentServer('ratelimit', { region: 'ap-guangzhou', blueprints: { [A]: accounts, [B]: accounts } });
const r = await run(cli, ['cancel', '--region', 'ap-guangzhou', '--blueprint', A, '--blueprint', B, '--accounts-file', accountsFile,
    '--endpoint', `http://127.0.0.1:${server.port}`, '--yes', '--output', 'json'], { env: childEnv(), timeoutMs: 180000 });
showOutput('cancel', { ...r, stdout: r.stdout.length > 1500 ? `${r.stdout.slice(0, 1500)} ...` : r.stdout });
await server.stop();
const stats = server.stats();
const c = stats.actions.CancelShareBlueprintAcrossAccounts || { received: 0, accepted: 0, rejected: 0, errorCodes: {} };
const others = Object.entries(stats.actions).filter(([n]) => n !== 'CancelShareBlueprintAcrossAccounts')
    .map(([n, a]) => `${n}: ${a.received} (max ${a.maxArrivalsInAnyOneSecondWindow}/s window, errors ${JSON.stringify(a.errorCodes)})`);
const spanS = c.received > 1 ? (c.lastArrivalMs - c.firstArrivalMs) / 1000 : NaN;
const throughput = c.received / spanS;
console.log('# figures:');
console.log(`#   cancel requests received ${c.received}, accepted ${c.accepted}, rejected ${c.rejected} ${JSON.stringify(c.errorCodes)}`);
console.log(`#   RequestLimitExceeded (all actions) ${stats.requestLimitExceeded}`);
console.log(`#   max cancel requests in any 1-s window: arrivals ${c.maxArrivalsInAnyOneSecondWindow}, accepted ${c.maxAcceptedInAnyOneSecondWindow}`);
console.log(`#   first..last cancel arrival ${spanS.toFixed(3)} s -> ${throughput.toFixed(2)} req/s (requests/span); ` +
    `${((c.received - 1) / spanS).toFixed(2)} req/s ((requests-1)/span); CLI wall time ${(r.ms / 1000).toFixed(2)} s`);
console.log(`#   other actions: ${others.join('; ') || 'none'}`);
console.log(`#   signing: ${JSON.stringify(stats.signing)}`);

check(r.code === 0, `cancel exits 0 (got ${r.code}${r.timedOut ? ', timed out' : ''})`);
check(c.received === 200, `200 CancelShareBlueprintAcrossAccounts requests (got ${c.received})`);
check(c.accepted === 200, `all 200 accepted (got ${c.accepted}; errors ${JSON.stringify(c.errorCodes)})`);
check(stats.requestLimitExceeded === 0, `zero RequestLimitExceeded (got ${stats.requestLimitExceeded})`);
check(c.maxArrivalsInAnyOneSecondWindow <= 20, `at most 20 cancel requests in any 1-s window (got ${c.maxArrivalsInAnyOneSecondWindow})`);
check(throughput >= 19, `throughput ≥ 19 req/s (got ${throughput.toFixed(2)})`);
const sizes = stats.requests.filter((q) => q.action === 'CancelShareBlueprintAcrossAccounts').map((q) => (q.accounts || []).length);
check(sizes.every((n) => n === 10), 'every cancel request carries 10 accounts');
check((stats.state.blueprints[A] || []).length === 0 && (stats.state.blueprints[B] || []).length === 0,
    `final state: both blueprints shared with nobody (left ${(stats.state.blueprints[A] || []).length} + ${(stats.state.blueprints[B] || []).length})`);
check(stats.signing.verifierDisagreements === 0, 'generic verifier and Sign.sign3 agreed on every request');
const doc = parseJson(r.stdout);
const batches = doc && Array.isArray(doc.batches) ? doc.batches : [];
check(batches.length === 200 && batches.every((b) => b.status === 'done'),
    `JSON output: 200 batches, all "done" (got ${batches.length}; statuses ${JSON.stringify(batches.reduce((m, b) => ((m[b.status] = (m[b.status] || 0) + 1), m), {}))})`);
finish();
