#!/usr/bin/env node
// lighthouse-share-cli `cancel` against the independent server (signatures checked by the official SDK's code).
//
//   node cli-vs-independent-cancel.mjs PATH/TO/lighthouse-share-cli
import { execFileSync } from 'node:child_process';
import { setup, check, finish, startIndependentServer, run, childEnv, showOutput, parseJson, SECRET_KEY } from './lib/harness.mjs';

const { cli } = setup('cli-vs-independent-cancel');
const BLUEPRINT = 'lhbp-6jc6l8yb';
const OTHER = 'lhbp-keep0001';
const accounts = Array.from({ length: 25 }, (_, i) => String(200000000001 + i));
const keep = ['300000000001', '300000000002'];
const initialState = () => ({ region: 'ap-guangzhou', blueprints: { [BLUEPRINT]: [...accounts], [OTHER]: [...keep, ...accounts.slice(0, 3)] } });
const cancelArgs = (port, extra = []) => ['cancel', '--region', 'ap-guangzhou', '--blueprint', BLUEPRINT,
    '--accounts', accounts.join(','), '--endpoint', `http://127.0.0.1:${port}`, '--yes', '--output', 'json', ...extra];
const outputs = [];
const noSecret = (label, r) => {
    outputs.push([label, r]);
    check(!r.stdout.includes(SECRET_KEY) && !r.stderr.includes(SECRET_KEY), `${label}: the secret key appears in neither stdout nor stderr`);
};

// ---- 1. cancel 25 accounts: 3 requests of 10, 10, 5 accounts
{
    const server = await startIndependentServer('cancel', initialState());
    const r = await run(cli, cancelArgs(server.port), { env: childEnv(), timeoutMs: 120000 });
    showOutput('cancel', r);
    await server.stop();
    const stats = server.stats();
    check(r.code === 0, `cancel exits 0 (got ${r.code})`);
    noSecret('cancel', r);
    const cancels = stats.requests.filter((q) => q.action === 'CancelShareBlueprintAcrossAccounts');
    console.log(`# requests received: ${stats.requests.map((q) => `${q.action}${q.accounts ? `(${q.accounts.length})` : ''}${q.errorCode ? `=${q.errorCode}` : ''}`).join(' ')}`);
    console.log(`# signing as seen by the server: ${JSON.stringify(stats.signing)}`);
    check(cancels.length === 3, `exactly 3 CancelShareBlueprintAcrossAccounts requests (got ${cancels.length})`);
    const sizes = cancels.map((q) => (q.accounts ? q.accounts.length : 0));
    check(JSON.stringify([...sizes].sort((a, b) => b - a)) === '[10,10,5]', `batch sizes 10,10,5 (got ${sizes.join(',')})`);
    check(cancels.every((q) => q.blueprintId === BLUEPRINT), `every cancel names ${BLUEPRINT}`);
    const sent = cancels.flatMap((q) => q.accounts || []);
    check(sent.length === 25 && new Set(sent).size === 25 && accounts.every((a) => sent.includes(a)), 'the 25 accounts were each sent exactly once');
    check(cancels.every((q) => q.errorCode === null), `all cancels accepted (errors: ${cancels.map((q) => q.errorCode).filter(Boolean).join(',') || 'none'})`);
    const rejected = stats.requests.filter((q) => q.errorCode);
    check(rejected.length === 0, `no request of any action was rejected (${rejected.map((q) => `${q.action}=${q.errorCode}`).join(', ') || 'none'})`);
    check(stats.signing.verifierDisagreements === 0, 'generic verifier and Sign.sign3 agreed on every request');
    const withAction = stats.signing.signedHeaders['content-type;host;x-tc-action'] || 0;
    check(withAction === stats.totalRequests && withAction > 0,
        `every request signs its action (content-type;host;x-tc-action: ${withAction} of ${stats.totalRequests})`);
    const left = stats.state.blueprints[BLUEPRINT] || [];
    check(accounts.every((a) => !left.includes(a)), `final state: ${BLUEPRINT} shared with none of the 25 (left: [${left.join(',')}])`);
    check(JSON.stringify(stats.state.blueprints[OTHER]) === JSON.stringify(initialState().blueprints[OTHER]), `${OTHER} untouched`);

    const doc = parseJson(r.stdout);
    check(doc !== null, 'stdout is one JSON document');
    const batches = doc && Array.isArray(doc.batches) ? doc.batches : [];
    check(batches.length === 3, `JSON output has 3 batches (got ${batches.length})`);
    check(batches.length > 0 && batches.every((b) => b.status === 'done'), `every batch has status "done" (${batches.map((b) => b.status).join(',')})`);
    check(batches.every((b) => b.blueprint === BLUEPRINT && b.region === 'ap-guangzhou'), 'every batch names the blueprint and region');
    const outAccounts = batches.flatMap((b) => (Array.isArray(b.accountIds) ? b.accountIds : []));
    check(outAccounts.length === 25 && accounts.every((a) => outAccounts.includes(a)), 'the batches list the 25 accounts');
    const serverIds = new Set(cancels.map((q) => q.requestId));
    check(batches.every((b) => serverIds.has(b.requestId)), 'each batch reports the RequestId the server returned');
}

// ---- 2. the same with --verbose: still no secret in the output
{
    const server = await startIndependentServer('verbose', initialState());
    const r = await run(cli, cancelArgs(server.port, ['--verbose']), { env: childEnv(), timeoutMs: 120000 });
    showOutput('cancel --verbose', r);
    await server.stop();
    check(r.code === 0, `cancel --verbose exits 0 (got ${r.code})`);
    noSecret('cancel --verbose', r);
}

// ---- 3. bad input: exit 2 and not a single request
{
    const server = await startIndependentServer('bad-input', initialState());
    const base = ['cancel', '--region', 'ap-guangzhou', '--yes', '--output', 'json'];
    const cases = [
        ['malformed blueprint id', [...base, '--blueprint', 'lhbp-BAD', '--accounts', accounts.slice(0, 2).join(','), '--endpoint', `http://127.0.0.1:${server.port}`]],
        ['non-numeric account token', [...base, '--blueprint', BLUEPRINT, '--accounts', `${accounts[0]},12345abc`, '--endpoint', `http://127.0.0.1:${server.port}`]],
        ['plain http to a non-loopback endpoint', [...base, '--blueprint', BLUEPRINT, '--accounts', accounts.slice(0, 2).join(','), '--endpoint', 'http://203.0.113.5:8080']],
    ];
    // Run the non-loopback case without any network (a private, empty network namespace) when possible, so that
    // even a faulty CLI cannot reach 203.0.113.5.
    let isolate = null;
    try {
        execFileSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 5000 });
        isolate = 'unshare';
    } catch { /* not available: the CLI must refuse on its own */ }
    for (const [label, args] of cases) {
        const networkless = label.startsWith('plain http') && isolate;
        const r = networkless ? await run('unshare', ['-rn', cli, ...args], { env: childEnv(), timeoutMs: 30000 })
            : await run(cli, args, { env: childEnv(), timeoutMs: 30000 });
        showOutput(`${label}${networkless ? ' (in an empty network namespace)' : ''}`, r);
        check(r.code === 2, `${label}: exit 2 (got ${r.code})`);
        noSecret(label, r);
        const total = server.stats().totalRequests;
        check(total === 0, `${label}: the server received no request (got ${total})`);
    }
    await server.stop();
}
finish();
