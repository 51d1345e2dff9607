#!/usr/bin/env node
// Referee self-check: the official SDK (CommonClient and Sign.sign3) against the independent server. If these
// disagree, the independent server - not the product - is wrong. Needs no CLI.
//
//   node sdk-vs-independent.mjs
import http from 'node:http';
import path from 'node:path';
import { setup, check, finish, startIndependentServer, run, childEnv, showOutput, interopDir, SECRET_ID, SECRET_KEY } from './lib/harness.mjs';
import { loadSdk } from './lib/sdk.mjs';

setup('sdk-vs-independent', { needsCli: false });
const { Sign, CommonClient } = loadSdk();
for (const k of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[k];

const server = await startIndependentServer('server', {
    region: 'ap-guangzhou',
    blueprints: { 'lhbp-6jc6l8yb': ['100000000001', '100000000002'], 'lhbp-a1b2c3d4': [] },
});
const base = `http://127.0.0.1:${server.port}`;

// 1. The SDK's CommonClient, unchanged, through all the checks of sdk-client.mjs (both endpoint modes).
const r = await run(process.execPath, [path.join(interopDir, 'sdk-client.mjs'), base], { env: childEnv(), timeoutMs: 60000 });
showOutput('sdk-client', r);
check(r.code === 0, 'sdk-client.mjs passes against the independent server');

// 2. Hand-built requests signed with Sign.sign3 for what CommonClient cannot be made to do.
function post(action, params, { timestamp = Math.floor(Date.now() / 1000), secretId = SECRET_ID, secretKey = SECRET_KEY } = {}) {
    const body = Buffer.from(JSON.stringify(params));
    const headers = { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}`, 'X-TC-Action': action,
        'X-TC-Version': '2020-03-24', 'X-TC-Region': 'ap-guangzhou', 'X-TC-Timestamp': String(timestamp) };
    headers.Authorization = Sign.sign3({ method: 'POST', url: `${base}/`, payload: body, timestamp, service: 'lighthouse',
        secretId, secretKey, headers });
    return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/', headers }, (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve(JSON.parse(text).Response));
        });
        req.on('error', reject);
        req.end(body);
    });
}
const code = (resp) => (resp.Error ? resp.Error.Code : 'OK');

let resp = await post('DescribeRegions', {});
check(code(resp) === 'OK', `Sign.sign3 request with service "lighthouse" accepted (${code(resp)})`);
resp = await post('DescribeRegions', {}, { timestamp: Math.floor(Date.now() / 1000) - 400 });
check(code(resp) === 'AuthFailure.SignatureExpire', `timestamp 400 s old -> AuthFailure.SignatureExpire (${code(resp)})`);
resp = await post('DescribeRegions', {}, { secretId: 'AKIDunknown' });
check(code(resp) === 'AuthFailure.SecretIdNotFound', `unknown SecretId -> AuthFailure.SecretIdNotFound (${code(resp)})`);
resp = await post('ShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-6jc6l8yb', AccountIds: ['100000000001'] });
check(code(resp) === 'UnsupportedOperation.BlueprintAlreadyShared', `share with an already shared account -> ${code(resp)}`);
resp = await post('CancelShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-6jc6l8yb', AccountIds: ['100000000009'] });
check(code(resp) === 'UnsupportedOperation.BlueprintHasNotShared', `cancel of a not shared account -> ${code(resp)}`);
resp = await post('CancelShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-zzzzzzzz', AccountIds: ['100000000001'] });
check(code(resp) === 'ResourceNotFound.BlueprintIdNotFound', `unknown blueprint -> ${code(resp)}`);
resp = await post('DescribeBlueprints', { BlueprintIds: ['lhbp-a1b2c3d4'] });
check(code(resp) === 'OK' && resp.TotalCount === 1 && resp.BlueprintSet[0].BlueprintShared === false,
    `DescribeBlueprints BlueprintIds -> 1 unshared blueprint (${code(resp)})`);

// 3. Rate limit: 30 DescribeRegions (10/s) at once through CommonClient -> 10 accepted, 20 RequestLimitExceeded.
const client = new CommonClient(`127.0.0.1:${server.port}`, '2020-03-24', { credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
    region: 'ap-guangzhou', profile: { httpProfile: { endpoint: `127.0.0.1:${server.port}`, protocol: 'http://', agent: new http.Agent() } } });
await new Promise((res) => setTimeout(res, 1100)); // leave the window of the requests above
const outcomes = await Promise.all(Array.from({ length: 30 }, () => client.request('DescribeRegions', {}).then(() => 'OK', (e) => e.code)));
const okCount = outcomes.filter((c) => c === 'OK').length;
const limited = outcomes.filter((c) => c === 'RequestLimitExceeded').length;
check(okCount === 10 && limited === 20, `30 simultaneous DescribeRegions -> ${okCount} accepted, ${limited} RequestLimitExceeded (want 10/20)`);

await server.stop();
const stats = server.stats();
console.log(`# signing: ${JSON.stringify(stats.signing)}`);
check(stats.signing.verifierDisagreements === 0, 'generic verifier and Sign.sign3 never disagreed');
check(stats.signing.verifiedBySdk > 0, `requests verified by Sign.sign3: ${stats.signing.verifiedBySdk}`);
check(stats.actions.DescribeRegions.maxAdmittedInAnyOneSecondWindow <= 10, 'DescribeRegions admitted ≤ 10 in any 1-s window');
check(JSON.stringify(stats.state.blueprints['lhbp-6jc6l8yb']) === '["100000000001","100000000002"]', 'final state unchanged after share+cancel');
finish();
