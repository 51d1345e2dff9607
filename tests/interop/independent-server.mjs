#!/usr/bin/env node
// An independent stand-in for the Tencent Cloud Lighthouse API (2020-03-24), written only from the public API
// documentation, that checks TC3-HMAC-SHA256 signatures with the official Node.js SDK's own signing code
// (tencentcloud-sdk-nodejs-common, Sign.sign3). It is the referee of the interop tests: it shares no code with the
// C++ client or the C++ simulator.
//
//   node independent-server.mjs --state STATE.json --port-file PORT --stats STATS.json [--max-seconds 300] [--verbose]
//
// Credentials: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (required), TENCENTCLOUD_SESSION_TOKEN (optional;
// X-TC-Token must then match). Listens on 127.0.0.1 only, on a port chosen by the system.
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadSdk } from './lib/sdk.mjs';

const { Sign, version: sdkVersion } = loadSdk();

// ---------------------------------------------------------------- arguments and configuration
function parseArgs(argv) {
    const opts = { maxSeconds: 300, verbose: false };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        const next = () => {
            if (i + 1 >= argv.length) die(`missing value after ${a}`);
            return argv[++i];
        };
        if (a === '--state') opts.state = next();
        else if (a === '--port-file') opts.portFile = next();
        else if (a === '--stats') opts.stats = next();
        else if (a === '--max-seconds') opts.maxSeconds = Number(next());
        else if (a === '--verbose') opts.verbose = true;
        else die(`unknown argument ${a}`);
    }
    if (!(opts.maxSeconds > 0)) die('--max-seconds must be a positive number');
    return opts;
}

function die(message) {
    console.error(`independent-server: ${message}`);
    process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));
const SECRET_ID = process.env.TENCENTCLOUD_SECRET_ID || '';
const SECRET_KEY = process.env.TENCENTCLOUD_SECRET_KEY || '';
const SESSION_TOKEN = process.env.TENCENTCLOUD_SESSION_TOKEN || '';
if (!SECRET_ID || !SECRET_KEY) die('TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must be set');

const API_VERSION = '2020-03-24';
const MAX_SKEW_SECONDS = 300;
const RATE_LIMITS = {
    ShareBlueprintAcrossAccounts: 20,
    CancelShareBlueprintAcrossAccounts: 20,
    DescribeBlueprintsShareAcrossAccountInfos: 20,
    DescribeBlueprints: 10,
    DescribeRegions: 10,
};
const REGIONS = [
    ['ap-guangzhou', '华南地区(广州)', true], ['ap-shanghai', '华东地区(上海)', true],
    ['ap-beijing', '华北地区(北京)', true], ['ap-chengdu', '西南地区(成都)', true],
    ['ap-nanjing', '华东地区(南京)', true], ['ap-hongkong', '港澳台地区(中国香港)', false],
    ['ap-singapore', '亚太东南(新加坡)', false], ['ap-tokyo', '亚太东北(东京)', false],
    ['ap-seoul', '亚太东北(首尔)', false], ['ap-bangkok', '亚太东南(曼谷)', false],
    ['ap-jakarta', '亚太东南(雅加达)', false], ['eu-frankfurt', '欧洲地区(法兰克福)', false],
    ['na-siliconvalley', '美国西部(硅谷)', false], ['na-ashburn', '美国东部(弗吉尼亚)', false],
    ['sa-saopaulo', '南美地区(圣保罗)', false],
];
const BLUEPRINT_ID_RE = /^lhbp-[a-z0-9]{8}$/;
const ACCOUNT_ID_RE = /^[0-9]{5,20}$/;

// ---------------------------------------------------------------- state
const startedIso = isoSeconds(Date.now());
const state = { region: 'ap-guangzhou', blueprints: new Map() }; // id -> Map(account -> createdTime)
if (opts.state) {
    let doc;
    try {
        doc = JSON.parse(fs.readFileSync(opts.state, 'utf8'));
    } catch (e) {
        die(`cannot read state file ${opts.state}: ${e.message}`);
    }
    if (typeof doc.region === 'string') state.region = doc.region;
    for (const [id, accounts] of Object.entries(doc.blueprints || {})) {
        if (!Array.isArray(accounts)) die(`state: blueprint ${id} must map to an array of account ids`);
        state.blueprints.set(id, new Map(accounts.map((a) => [String(a), startedIso])));
    }
}

function stateSnapshot() {
    const blueprints = {};
    for (const [id, accounts] of state.blueprints) blueprints[id] = [...accounts.keys()];
    return { region: state.region, blueprints };
}

// ---------------------------------------------------------------- statistics
const perfOrigin = performance.timeOrigin;
const nowMs = () => perfOrigin + performance.now(); // wall-clock milliseconds with sub-ms resolution
const records = [];
const signing = {
    verifiedBySdk: 0,          // matched with the SDK's Sign.sign3 (content-type;host, host without port)
    verifiedByGeneric: 0,      // matched with the generic canonical form (other header sets, host with port)
    verifierDisagreements: 0,  // generic and SDK computed different signatures for the same input: referee bug
    scopeServices: {}, signedHeaders: {}, signedHostForms: {}, contentTypes: {}, hostHeaders: {},
};
let serverPort = null;

function bump(obj, key) {
    obj[key] = (obj[key] || 0) + 1;
}

// Largest number of times inside any window [t, t + 1000 ms).
function maxInWindow(times) {
    const t = [...times].sort((a, b) => a - b);
    let best = 0;
    for (let i = 0, j = 0; j < t.length; ++j) {
        while (t[j] - t[i] >= 1000) ++i;
        best = Math.max(best, j - i + 1);
    }
    return best;
}

function buildStats() {
    const actions = {};
    let requestLimitExceeded = 0;
    for (const r of records) {
        const a = (actions[r.action] ||= {
            received: 0, accepted: 0, rejected: 0, requestLimitExceeded: 0, errorCodes: {},
            arrivals: [], admitted: [], acceptedArrivals: [],
        });
        a.received++;
        a.arrivals.push(r.arrivalMs);
        if (r.admitted) a.admitted.push(r.arrivalMs);
        if (r.errorCode) {
            a.rejected++;
            bump(a.errorCodes, r.errorCode);
        } else {
            a.accepted++;
            a.acceptedArrivals.push(r.arrivalMs);
        }
        if (r.errorCode === 'RequestLimitExceeded') {
            a.requestLimitExceeded++;
            requestLimitExceeded++;
        }
    }
    for (const a of Object.values(actions)) {
        a.maxAcceptedInAnyOneSecondWindow = maxInWindow(a.acceptedArrivals);
        a.maxAdmittedInAnyOneSecondWindow = maxInWindow(a.admitted);
        a.maxArrivalsInAnyOneSecondWindow = maxInWindow(a.arrivals);
        a.firstArrivalMs = a.arrivals.length ? Math.min(...a.arrivals) : null;
        a.lastArrivalMs = a.arrivals.length ? Math.max(...a.arrivals) : null;
        a.firstAcceptedArrivalMs = a.acceptedArrivals.length ? Math.min(...a.acceptedArrivals) : null;
        a.lastAcceptedArrivalMs = a.acceptedArrivals.length ? Math.max(...a.acceptedArrivals) : null;
        delete a.arrivals;
        delete a.admitted;
        delete a.acceptedArrivals;
    }
    for (const [name, a] of Object.entries(actions)) a.rateLimitPerSecond = RATE_LIMITS[name] ?? null;
    const arrivals = records.map((r) => r.arrivalMs);
    return {
        server: { pid: process.pid, port: serverPort, sdk: `tencentcloud-sdk-nodejs-common@${sdkVersion}`, startedAt: startedIso },
        totalRequests: records.length,
        requestLimitExceeded,
        firstArrivalMs: arrivals.length ? Math.min(...arrivals) : null,
        lastArrivalMs: arrivals.length ? Math.max(...arrivals) : null,
        actions,
        signing,
        requests: records,
        state: stateSnapshot(),
    };
}

function writeStats() {
    if (!opts.stats) return;
    const tmp = `${opts.stats}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(buildStats(), null, 1));
    fs.renameSync(tmp, opts.stats);
}

// ---------------------------------------------------------------- signature checking
class ApiError extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

const hmac = (key, msg) => crypto.createHmac('sha256', key).update(msg).digest();
const sha256Hex = (data) => crypto.createHash('sha256').update(data).digest('hex');
const utcDate = (ts) => new Date(ts * 1000).toISOString().slice(0, 10);

// The SDK's algorithm, by the SDK's own code. It always signs "content-type;host" with the host name taken from the
// URL (URL.hostname: no port) and hashes a Buffer payload as-is.
function sdkSignature({ hostname, pathAndQuery, contentType, body, timestamp, service }) {
    const auth = Sign.sign3({
        method: 'POST', url: `http://${hostname}${pathAndQuery}`, payload: body, timestamp, service,
        secretId: SECRET_ID, secretKey: SECRET_KEY, headers: { 'Content-Type': contentType },
    });
    const m = /Signature=([0-9a-f]{64})$/.exec(auth);
    if (!m) throw new Error(`unexpected Sign.sign3 output: ${auth}`);
    return m[1];
}

// The documented canonical form for any set of signed headers (name:value lines, names and values trimmed and
// lower-cased, sorted by name). Needed for what sign3 cannot express: "x-tc-action" and a Host with a port. Its
// agreement with sign3 is checked on every request where both apply, and on Tencent's published example at start.
function genericSignature({ query, headers, body, timestamp, service, date, secretKey = SECRET_KEY }) {
    const sorted = [...headers].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const canonical = ['POST', '/', query,
        sorted.map(([n, v]) => `${n}:${String(v).trim().toLowerCase()}\n`).join(''),
        sorted.map(([n]) => n).join(';'), sha256Hex(body)].join('\n');
    const scope = `${date}/${service}/tc3_request`;
    const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256Hex(canonical)].join('\n');
    const kSigning = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
    return crypto.createHmac('sha256', kSigning).update(toSign).digest('hex');
}

// Tencent's published worked example (API 3.0 signature v3 documentation); both verifiers must reproduce it.
function selfTest() {
    const body = Buffer.from('{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}');
    const expected = '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168';
    const sdk = Sign.sign3({
        method: 'POST', url: 'https://cvm.tencentcloudapi.com/', payload: body, timestamp: 1551113065, service: 'cvm',
        secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    const generic = genericSignature({
        query: '', body, timestamp: 1551113065, service: 'cvm', date: '2019-02-25',
        headers: [['content-type', 'application/json; charset=utf-8'], ['host', 'cvm.tencentcloudapi.com']],
        secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    });
    if (!sdk.endsWith(`Signature=${expected}`) || generic !== expected)
        die(`self-test against Tencent's published example failed (sdk: ${sdk}; generic: ${generic})`);
    // The same request with the action signed, as the current documentation signs it; the expected value was
    // computed with the openssl command line (see tests/core/TestTcSigner.cpp).
    const withAction = genericSignature({
        query: '', body, timestamp: 1551113065, service: 'cvm', date: '2019-02-25',
        headers: [['content-type', 'application/json; charset=utf-8'], ['host', 'cvm.tencentcloudapi.com'],
            ['x-tc-action', 'DescribeInstances']],
        secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    });
    if (withAction !== '644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26')
        die(`self-test of the signed-action form failed (generic: ${withAction})`);
}

const AUTH_RE = /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/([0-9]{4}-[0-9]{2}-[0-9]{2})\/([^/\s]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

function checkSignature(req, body) {
    const auth = req.headers.authorization;
    if (!auth) throw new ApiError('AuthFailure.InvalidAuthorization', 'The Authorization header is missing.');
    const m = AUTH_RE.exec(auth);
    if (!m) throw new ApiError('AuthFailure.InvalidAuthorization', 'The Authorization header is malformed.');
    const [, secretId, date, service, signedHeaderList, signature] = m;
    if (secretId !== SECRET_ID) throw new ApiError('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');

    const tsText = req.headers['x-tc-timestamp'];
    if (!tsText || !/^[0-9]{1,12}$/.test(tsText))
        throw new ApiError('MissingParameter', 'The request is missing a valid X-TC-Timestamp header.');
    const timestamp = Number(tsText);
    if (Math.abs(Date.now() / 1000 - timestamp) > MAX_SKEW_SECONDS)
        throw new ApiError('AuthFailure.SignatureExpire', 'The signature has expired (timestamp more than 5 minutes from server time).');

    if (SESSION_TOKEN) {
        if (req.headers['x-tc-token'] !== SESSION_TOKEN)
            throw new ApiError('AuthFailure.TokenFailure', 'The X-TC-Token is missing or does not match.');
    } else if (req.headers['x-tc-token'] !== undefined) {
        throw new ApiError('AuthFailure.TokenFailure', 'X-TC-Token sent with a permanent key.');
    }

    const hostHeader = req.headers.host || '';
    const hostname = hostHeader.replace(/:[0-9]+$/, '');
    const firstLabel = hostname.split('.')[0];
    if (service !== 'lighthouse' && service !== firstLabel)
        throw new ApiError('AuthFailure.SignatureFailure', `Credential scope service "${service}" is not lighthouse.`);
    if (date !== utcDate(timestamp))
        throw new ApiError('AuthFailure.SignatureFailure', 'The credential scope date is not the UTC date of X-TC-Timestamp.');

    const names = signedHeaderList.split(';');
    if (!names.includes('content-type') || !names.includes('host'))
        throw new ApiError('AuthFailure.SignatureFailure', 'SignedHeaders must include content-type and host.');
    for (const n of names)
        if (req.headers[n] === undefined)
            throw new ApiError('AuthFailure.SignatureFailure', `Signed header ${n} was not sent.`);

    const contentType = req.headers['content-type'];
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const hostForms = hostHeader === hostname ? [['host', hostHeader]] : [['host', hostHeader], ['hostname-without-port', hostname]];
    let matched = null;
    for (const [form, host] of hostForms) {
        const headers = names.map((n) => [n, n === 'host' ? host : req.headers[n]]);
        const generic = genericSignature({ query, headers, body, timestamp, service, date });
        let sdk = null;
        if (!host.includes(':')) {
            // Cross-check of the two verifiers on the form sign3 can express (always content-type;host).
            const sdkForm = sdkSignature({ hostname: host, pathAndQuery: req.url, contentType, body, timestamp, service });
            const genericForm = genericSignature({ query, body, timestamp, service, date,
                headers: [['content-type', contentType], ['host', host]] });
            if (contentType === contentType.trim().toLowerCase() && sdkForm !== genericForm) signing.verifierDisagreements++;
            if (signedHeaderList === 'content-type;host') sdk = sdkForm;
        }
        if (!matched && sdk === signature) matched = { form, by: 'sdk' };
        else if (!matched && generic === signature) matched = { form, by: 'generic' };
    }
    if (matched) {
        if (matched.by === 'sdk') signing.verifiedBySdk++;
        else signing.verifiedByGeneric++;
        bump(signing.scopeServices, service);
        bump(signing.signedHeaders, signedHeaderList);
        bump(signing.signedHostForms, matched.form);
        bump(signing.contentTypes, contentType);
        bump(signing.hostHeaders, hostHeader);
        return matched.by;
    }
    throw new ApiError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated (signature mismatch).');
}

// ---------------------------------------------------------------- request parameters
function intParam(params, name, dflt, min, max) {
    const v = params[name];
    if (v === undefined || v === null) return dflt;
    if (!Number.isInteger(v)) throw new ApiError('InvalidParameter', `${name} must be an integer.`);
    if (v < 0) throw new ApiError('InvalidParameterValue.Negative', `${name} must not be negative.`);
    if (v < min || v > max) throw new ApiError('InvalidParameterValue.OutOfRange', `${name} must be between ${min} and ${max}.`);
    return v;
}

function stringArray(params, name, { required = false } = {}) {
    const v = params[name];
    if (v === undefined || v === null) {
        if (required) throw new ApiError('MissingParameter', `The request is missing the required parameter ${name}.`);
        return null;
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new ApiError('InvalidParameter', `${name} must be an array of strings.`);
    if (required && v.length === 0) throw new ApiError('MissingParameter', `${name} must not be empty.`);
    return v;
}

function checkBlueprintId(id) {
    if (typeof id !== 'string' || !BLUEPRINT_ID_RE.test(id))
        throw new ApiError('InvalidParameterValue.BlueprintIdMalformed', `The blueprint ID ${JSON.stringify(id)} is malformed.`);
}

function requireRegion(region) {
    if (!region) throw new ApiError('MissingParameter', 'The request is missing the X-TC-Region header.');
    if (!REGIONS.some(([r]) => r === region)) throw new ApiError('UnsupportedRegion', `The region ${region} is not supported.`);
}

// Blueprints visible in a region: the state's blueprints in its own region, none elsewhere.
const blueprintsIn = (region) => (region === state.region ? state.blueprints : new Map());

function paginate(items, params) {
    const offset = intParam(params, 'Offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(params, 'Limit', 20, 1, 100);
    return items.slice(offset, offset + limit);
}

function blueprintObject(id, accounts) {
    return {
        BlueprintId: id, DisplayTitle: `Custom image ${id}`, DisplayVersion: '', Description: null,
        OsName: 'Ubuntu Server 22.04 LTS 64bit', Platform: 'UBUNTU', PlatformType: 'LINUX_UNIX', BlueprintType: 'PRIVATE',
        ImageUrl: '', RequiredSystemDiskSize: 40, BlueprintState: 'NORMAL', CreatedTime: startedIso,
        BlueprintName: `interop-${id.slice(5)}`, SupportAutomationTools: true, RequiredMemorySize: 1, ImageId: null,
        CommunityUrl: '', GuideUrl: '', SceneIdSet: [], DockerVersion: null, BlueprintShared: accounts.size > 0, Tags: [],
    };
}

const actions = {
    DescribeRegions() {
        const set = REGIONS.map(([Region, RegionName, IsChinaMainland]) => ({ Region, RegionName, RegionState: 'AVAILABLE', IsChinaMainland }));
        return { TotalCount: set.length, RegionSet: set };
    },

    DescribeBlueprints(params, ctx) {
        requireRegion(ctx.region);
        const ids = stringArray(params, 'BlueprintIds');
        const filters = params.Filters;
        if (ids && filters !== undefined && filters !== null)
            throw new ApiError('InvalidParameter.ParameterConflict', 'BlueprintIds and Filters cannot be used together.');
        if (ids) {
            if (ids.length > 100) throw new ApiError('InvalidParameterValue.LimitExceeded', 'At most 100 BlueprintIds.');
            ids.forEach(checkBlueprintId);
        }
        let list = [...blueprintsIn(ctx.region)].map(([id, accounts]) => blueprintObject(id, accounts));
        if (ids) list = list.filter((b) => ids.includes(b.BlueprintId));
        if (filters !== undefined && filters !== null) {
            if (!Array.isArray(filters)) throw new ApiError('InvalidParameter.InvalidFilter', 'Filters must be an array.');
            if (filters.length > 10) throw new ApiError('InvalidParameterValue.LimitExceeded', 'At most 10 filters.');
            const fields = { 'blueprint-id': 'BlueprintId', 'blueprint-type': 'BlueprintType', 'blueprint-name': 'BlueprintName',
                'blueprint-state': 'BlueprintState', 'platform-type': 'PlatformType' };
            for (const f of filters) {
                if (!f || typeof f !== 'object' || Array.isArray(f)) throw new ApiError('InvalidParameter.InvalidFilterNotDict', 'A filter must be an object.');
                if (typeof f.Name !== 'string') throw new ApiError('InvalidParameter.InvalidFilterInvalidNameNotStr', 'Filter Name must be a string.');
                if (!(f.Name in fields)) throw new ApiError('InvalidParameter.InvalidFilterNotSupportedName', `Filter ${f.Name} is not supported.`);
                if (!Array.isArray(f.Values) || !f.Values.every((v) => typeof v === 'string'))
                    throw new ApiError('InvalidParameter.InvalidFilter', 'Filter Values must be an array of strings.');
                if (f.Values.length > 100) throw new ApiError('InvalidParameter.FilterValueLimitExceeded', 'At most 100 filter values.');
                if (f.Name === 'blueprint-type') {
                    const types = ['APP_OS', 'PURE_OS', 'DOCKER', 'PRIVATE', 'SHARED', 'GAME_PORTAL'];
                    const bad = f.Values.find((v) => !types.includes(v));
                    if (bad !== undefined) throw new ApiError('InvalidParameterValue.InvalidBlueprintType', `Blueprint type ${bad} is invalid.`);
                }
                if (f.Name === 'blueprint-id') f.Values.forEach(checkBlueprintId);
                list = list.filter((b) => f.Values.includes(b[fields[f.Name]]));
            }
        }
        return { TotalCount: list.length, BlueprintSet: paginate(list, params) };
    },

    DescribeBlueprintsShareAcrossAccountInfos(params, ctx) {
        requireRegion(ctx.region);
        const ids = stringArray(params, 'BlueprintIds', { required: true });
        ids.forEach(checkBlueprintId);
        let accountFilter = null;
        if (params.Filters !== undefined && params.Filters !== null) {
            if (!Array.isArray(params.Filters) || params.Filters.length > 10)
                throw new ApiError('InvalidParameter.InvalidFilter', 'Filters must be an array of at most 10 filters.');
            for (const f of params.Filters) {
                if (!f || f.Name !== 'account-id') throw new ApiError('InvalidParameter.InvalidFilterNotSupportedName', 'Only the account-id filter is supported.');
                if (!Array.isArray(f.Values) || f.Values.length > 5) throw new ApiError('InvalidParameter.FilterValueLimitExceeded', 'At most 5 values per filter.');
                accountFilter = accountFilter ? accountFilter.filter((a) => f.Values.includes(a)) : [...f.Values];
            }
        }
        const blueprints = blueprintsIn(ctx.region);
        const set = [];
        for (const id of new Set(ids)) {
            for (const [account, created] of blueprints.get(id) || []) {
                if (!accountFilter || accountFilter.includes(account)) set.push({ BlueprintId: id, AccountId: account, CreatedTime: created });
            }
        }
        return { TotalCount: set.length, BlueprintShareAcrossAccountInfoSet: paginate(set, params) };
    },

    ShareBlueprintAcrossAccounts: (params, ctx) => modifySharing(params, ctx, true),
    CancelShareBlueprintAcrossAccounts: (params, ctx) => modifySharing(params, ctx, false),
};

function modifySharing(params, ctx, share) {
    requireRegion(ctx.region);
    if (params.BlueprintId === undefined || params.BlueprintId === null)
        throw new ApiError('MissingParameter', 'The request is missing the required parameter BlueprintId.');
    checkBlueprintId(params.BlueprintId);
    const accounts = stringArray(params, 'AccountIds', { required: true });
    // Each action answers from its own documented list: Cancel's has LimitExceeded, Share's only its quota code.
    if (accounts.length > 10)
        throw new ApiError(share ? 'LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded' : 'InvalidParameterValue.LimitExceeded',
            'At most 10 AccountIds per request.');
    const bad = accounts.find((a) => !ACCOUNT_ID_RE.test(a));
    if (bad !== undefined) throw new ApiError('InvalidParameterValue.AccountIdsNotExist', `The account ID ${JSON.stringify(bad)} does not exist.`);
    if (new Set(accounts).size !== accounts.length) throw new ApiError('InvalidParameterValue.Duplicated', 'AccountIds contains duplicates.');
    const shared = blueprintsIn(ctx.region).get(params.BlueprintId);
    if (!shared) throw new ApiError('ResourceNotFound.BlueprintIdNotFound', `The blueprint ${params.BlueprintId} does not exist.`);
    if (share) {
        const already = accounts.filter((a) => shared.has(a));
        if (already.length) throw new ApiError('UnsupportedOperation.BlueprintAlreadyShared', `The blueprint is already shared with ${already.join(',')}.`);
        const created = isoSeconds(Date.now());
        for (const a of accounts) shared.set(a, created);
    } else {
        const missing = accounts.filter((a) => !shared.has(a));
        if (missing.length) throw new ApiError('UnsupportedOperation.BlueprintHasNotShared', `The blueprint is not shared with ${missing.join(',')}.`);
        for (const a of accounts) shared.delete(a);
    }
    return {};
}

function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.[0-9]{3}Z$/, 'Z');
}

// ---------------------------------------------------------------- HTTP
const admittedTimes = {}; // action -> arrival times admitted by the rate limiter (sliding 1-s window)

function admit(action, arrival) {
    const limit = RATE_LIMITS[action];
    if (!limit) return true;
    const times = (admittedTimes[action] ||= []);
    while (times.length && arrival - times[0] >= 1000) times.shift();
    if (times.length >= limit) return false;
    times.push(arrival);
    return true;
}

function handle(req, res) {
    const arrivalMs = nowMs();
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const body = Buffer.concat(chunks);
        const requestId = crypto.randomUUID();
        const action = String(req.headers['x-tc-action'] || '');
        const record = { seq: records.length + 1, arrivalMs, action, blueprintId: null, accounts: null, errorCode: null, requestId, admitted: false, signedBy: null };
        records.push(record);
        try { // what the request asked for, recorded whatever its outcome
            const p = JSON.parse(body.toString('utf8'));
            if (typeof p.BlueprintId === 'string') record.blueprintId = p.BlueprintId;
            if (Array.isArray(p.AccountIds)) record.accounts = p.AccountIds;
        } catch { /* not JSON: rejected below */ }
        let response;
        try {
            if (req.method !== 'POST') throw new ApiError('UnsupportedProtocol', 'This stand-in accepts POST requests only.');
            if (!action) throw new ApiError('MissingParameter', 'The request is missing the X-TC-Action header.');
            if (!(action in actions)) throw new ApiError('InvalidAction', `The action ${action} does not exist.`);
            if (!admit(action, arrivalMs)) throw new ApiError('RequestLimitExceeded', `Your current request rate for ${action} exceeds ${RATE_LIMITS[action]}/s.`);
            record.admitted = true;
            record.signedBy = checkSignature(req, body);
            if (req.headers['x-tc-version'] !== API_VERSION) throw new ApiError('NoSuchVersion', `The API version ${req.headers['x-tc-version']} does not exist.`);
            if (!/^application\/json/i.test(req.headers['content-type'] || ''))
                throw new ApiError('InvalidParameter', 'Only JSON request bodies (Content-Type: application/json) are supported.');
            let params;
            try {
                params = body.length ? JSON.parse(body.toString('utf8')) : {};
            } catch {
                throw new ApiError('InvalidParameter', 'The request body is not valid JSON.');
            }
            if (!params || typeof params !== 'object' || Array.isArray(params)) throw new ApiError('InvalidParameter', 'The request body must be a JSON object.');
            const ctx = { region: req.headers['x-tc-region'] || '', record };
            response = { ...actions[action](params, ctx), RequestId: requestId };
        } catch (e) {
            if (!(e instanceof ApiError)) {
                console.error(e);
                e = new ApiError('InternalError', 'Internal error in the interop stand-in.');
            }
            record.errorCode = e.code;
            response = { Error: { Code: e.code, Message: e.message }, RequestId: requestId };
        }
        const text = JSON.stringify({ Response: response });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        if (opts.verbose)
            console.error(`#${record.seq} ${action} ${record.blueprintId || ''} ${record.accounts ? record.accounts.length + ' accounts' : ''} -> ${record.errorCode || 'OK'}`);
        try {
            writeStats();
        } catch (err) {
            console.error(`independent-server: cannot write stats: ${err.message}`);
        }
    });
}

selfTest();
const server = http.createServer(handle);
server.keepAliveTimeout = 30000;
let stopping = false;
function stop(reason) {
    if (stopping) return;
    stopping = true;
    if (opts.verbose) console.error(`independent-server: stopping (${reason})`);
    try {
        writeStats();
    } catch (err) {
        console.error(`independent-server: cannot write stats: ${err.message}`);
    }
    server.close();
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
setTimeout(() => stop(`--max-seconds ${opts.maxSeconds} elapsed`), opts.maxSeconds * 1000).unref();

server.listen(0, '127.0.0.1', () => {
    serverPort = server.address().port;
    writeStats();
    if (opts.portFile) {
        const tmp = `${opts.portFile}.tmp-${process.pid}`;
        fs.writeFileSync(tmp, `${serverPort}\n`);
        fs.renameSync(tmp, opts.portFile);
    }
    console.log(`listening on http://127.0.0.1:${serverPort}`);
});
