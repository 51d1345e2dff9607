#!/usr/bin/env node
// Calls a Lighthouse API stand-in with the official Tencent Cloud Node.js SDK's CommonClient, unchanged, and checks
// that it agrees with what the SDK expects of the real service.
//
//   TENCENTCLOUD_SECRET_ID=... TENCENTCLOUD_SECRET_KEY=... node sdk-client.mjs http://127.0.0.1:PORT [--mode ip|alias|both]
//
// Modes (both by default):
//   ip     endpoint "127.0.0.1:PORT", protocol "http://". The SDK then uses "127" (first label of the endpoint) as
//          the credential-scope service and signs host "127.0.0.1" (no port) while sending "Host: 127.0.0.1:PORT".
//   alias  endpoint "lighthouse.interop.invalid:PORT" with an http.Agent whose lookup always answers 127.0.0.1
//          (no DNS query is ever made), so the SDK signs with service "lighthouse", as against the real service.
// Exits 1 with a message on the first check that fails.
import http from 'node:http';
import { loadSdk } from './lib/sdk.mjs';

const { CommonClient, version: sdkVersion } = loadSdk();

const args = process.argv.slice(2);
let serverUrl = null;
let mode = 'both';
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--mode') mode = args[++i];
    else if (!serverUrl) serverUrl = args[i];
    else usage(`unexpected argument ${args[i]}`);
}
if (!serverUrl || !['ip', 'alias', 'both'].includes(mode)) usage('');
const url = new URL(serverUrl);
if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || !url.port)
    usage(`the server URL must be http://127.0.0.1:PORT, not ${serverUrl}`);
const secretId = process.env.TENCENTCLOUD_SECRET_ID;
const secretKey = process.env.TENCENTCLOUD_SECRET_KEY;
const token = process.env.TENCENTCLOUD_SESSION_TOKEN || undefined;
if (!secretId || !secretKey) usage('TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must be set');

// The SDK's fetch wrapper falls back to env http_proxy when no agent is given; never let it leave 127.0.0.1.
for (const k of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[k];

function usage(msg) {
    if (msg) console.error(`sdk-client: ${msg}`);
    console.error('usage: node sdk-client.mjs http://127.0.0.1:PORT [--mode ip|alias|both]');
    process.exit(2);
}

function pinnedLookup(hostname, options, callback) {
    if (typeof options === 'function') callback = options, options = {};
    if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
}

function makeClient(endpointHost, key) {
    return new CommonClient(endpointHost, '2020-03-24', {
        credential: { secretId, secretKey: key, token },
        region: 'ap-guangzhou',
        profile: {
            httpProfile: {
                endpoint: endpointHost,
                protocol: 'http://',
                reqTimeout: 15,
                agent: new http.Agent({ keepAlive: false, lookup: pinnedLookup }),
            },
        },
    });
}

class CheckFailed extends Error {}
let failures = 0;
function ok(label, message) {
    console.log(`ok - [${label}] ${message}`);
}
function fail(label, message) {
    throw new CheckFailed(`[${label}] ${message}`);
}
function describeError(e) {
    return e && e.code !== undefined ? `${e.code}: ${e.message} (RequestId ${e.requestId || '-'})` : `${e && e.message ? e.message : e}`;
}

async function expectOk(label, client, action, params) {
    try {
        return await client.request(action, params);
    } catch (e) {
        fail(label, `${action} failed: ${describeError(e)}`);
    }
}

async function expectError(label, client, action, params, code) {
    let result;
    try {
        result = await client.request(action, params);
    } catch (e) {
        if (e.code === code) {
            ok(label, `${action} -> ${code}${e.requestId ? '' : ' (note: no RequestId)'}`);
            return;
        }
        fail(label, `${action}: expected error ${code}, got ${describeError(e)}`);
    }
    fail(label, `${action}: expected error ${code}, got success ${JSON.stringify(result)}`);
}

async function sharedAccounts(label, client, blueprintId) {
    const accounts = [];
    for (let offset = 0; ; offset += 100) {
        const r = await expectOk(label, client, 'DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [blueprintId], Offset: offset, Limit: 100 });
        if (!Number.isInteger(r.TotalCount) || !Array.isArray(r.BlueprintShareAcrossAccountInfoSet))
            fail(label, `DescribeBlueprintsShareAcrossAccountInfos: malformed response ${JSON.stringify(r)}`);
        for (const info of r.BlueprintShareAcrossAccountInfoSet) {
            if (info.BlueprintId !== blueprintId || typeof info.AccountId !== 'string')
                fail(label, `DescribeBlueprintsShareAcrossAccountInfos: unexpected entry ${JSON.stringify(info)}`);
            accounts.push(info.AccountId);
        }
        if (r.BlueprintShareAcrossAccountInfoSet.length === 0 || offset + 100 >= r.TotalCount) break;
        if (offset > 100000) fail(label, 'DescribeBlueprintsShareAcrossAccountInfos: pagination does not end');
    }
    return accounts;
}

async function runChecks(label, endpointHost) {
    console.log(`# ${label}: CommonClient endpoint "${endpointHost}", protocol "http://", scope service the SDK derives: "${endpointHost.split('.')[0]}"`);
    const client = makeClient(endpointHost, secretKey);

    const regions = await expectOk(label, client, 'DescribeRegions', {});
    if (!Array.isArray(regions.RegionSet) || !regions.RegionSet.some((r) => r.Region === 'ap-guangzhou'))
        fail(label, `DescribeRegions: RegionSet lacks ap-guangzhou: ${JSON.stringify(regions).slice(0, 300)}`);
    if (typeof regions.RequestId !== 'string' || !regions.RequestId) fail(label, 'DescribeRegions: no RequestId');
    ok(label, `DescribeRegions -> ${regions.RegionSet.length} regions`);

    const bps = await expectOk(label, client, 'DescribeBlueprints', { Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE'] }], Limit: 100 });
    if (!Array.isArray(bps.BlueprintSet) || bps.BlueprintSet.length === 0 || !(bps.TotalCount >= bps.BlueprintSet.length))
        fail(label, `DescribeBlueprints(PRIVATE): no blueprints: ${JSON.stringify(bps).slice(0, 300)}`);
    const notPrivate = bps.BlueprintSet.find((b) => b.BlueprintType !== 'PRIVATE');
    if (notPrivate) fail(label, `DescribeBlueprints(PRIVATE) returned ${notPrivate.BlueprintId} of type ${notPrivate.BlueprintType}`);
    const bp = bps.BlueprintSet.find((b) => /^lhbp-[a-z0-9]{8}$/.test(b.BlueprintId));
    if (!bp) fail(label, 'DescribeBlueprints(PRIVATE): no BlueprintId of the form lhbp-xxxxxxxx');
    ok(label, `DescribeBlueprints(blueprint-type PRIVATE) -> ${bps.TotalCount} blueprint(s); using ${bp.BlueprintId}`);

    const before = await sharedAccounts(label, client, bp.BlueprintId);
    let account = 100099990001;
    while (before.includes(String(account))) ++account;
    account = String(account);

    await expectOk(label, client, 'ShareBlueprintAcrossAccounts', { BlueprintId: bp.BlueprintId, AccountIds: [account] });
    const afterShare = await sharedAccounts(label, client, bp.BlueprintId);
    if (!afterShare.includes(account) || afterShare.length !== before.length + 1)
        fail(label, `after ShareBlueprintAcrossAccounts ${account}: shared with [${afterShare.join(',')}] (before [${before.join(',')}])`);
    ok(label, `ShareBlueprintAcrossAccounts ${bp.BlueprintId} -> ${account}; share infos now list it`);

    await expectOk(label, client, 'CancelShareBlueprintAcrossAccounts', { BlueprintId: bp.BlueprintId, AccountIds: [account] });
    const afterCancel = await sharedAccounts(label, client, bp.BlueprintId);
    if (afterCancel.includes(account) || afterCancel.length !== before.length)
        fail(label, `after CancelShareBlueprintAcrossAccounts ${account}: shared with [${afterCancel.join(',')}]`);
    ok(label, 'CancelShareBlueprintAcrossAccounts; share infos are back to what they were');

    await expectError(label, makeClient(endpointHost, `${secretKey}x`), 'DescribeRegions', {}, 'AuthFailure.SignatureFailure');
    await expectError(label, client, 'ShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-BAD', AccountIds: [account] },
        'InvalidParameterValue.BlueprintIdMalformed');
    const eleven = Array.from({ length: 11 }, (_, i) => String(100099980000 + i));
    // Share's documented error list has no InvalidParameterValue.LimitExceeded: past 10 accounts it answers its
    // sharing-quota code.
    await expectError(label, client, 'ShareBlueprintAcrossAccounts', { BlueprintId: bp.BlueprintId, AccountIds: eleven },
        'LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded');
}

console.log(`# tencentcloud-sdk-nodejs-common ${sdkVersion} against ${serverUrl}`);
const modes = mode === 'both' ? ['ip', 'alias'] : [mode];
for (const m of modes) {
    const endpointHost = m === 'ip' ? `127.0.0.1:${url.port}` : `lighthouse.interop.invalid:${url.port}`;
    try {
        await runChecks(m, endpointHost);
    } catch (e) {
        failures++;
        console.log(`not ok - ${e instanceof CheckFailed ? e.message : `[${m}] unexpected: ${e && e.stack ? e.stack : e}`}`);
    }
}
if (failures) {
    console.error(`sdk-client: FAILED (${failures} of ${modes.length} mode(s) failed)`);
    process.exit(1);
}
console.log('sdk-client: all checks passed');
