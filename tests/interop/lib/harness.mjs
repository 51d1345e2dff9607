// Shared plumbing of the interop test drivers: scratch directory, child processes (tracked by PID and always
// killed on exit), the independent server, and assertion bookkeeping.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { interopDir, requireSdkInstalled } from './sdk.mjs';

export { interopDir };

// Test credentials, used only against 127.0.0.1 stand-ins.
export const SECRET_ID = 'AKIDinteropTest0000000000000000000001';
export const SECRET_KEY = 'interopSecretKey-Xq7Zr2Lm9Pw4Tn8Vb3Kd';

const children = new Map(); // pid -> ChildProcess
let scratch = null;
let failures = 0;
let testName = 'interop';

function killAll(signal = 'SIGKILL') {
    for (const [pid, child] of children) {
        if (child.exitCode === null && child.signalCode === null) {
            try {
                process.kill(pid, signal);
            } catch { /* already gone */ }
        }
    }
}

// Prepares a driver: name, CLI path argument, watchdog, cleanup on exit/signals.
export function setup(name, { needsCli = true, watchdogSeconds = 270 } = {}) {
    testName = name;
    requireSdkInstalled();
    const cli = process.argv[2];
    if (needsCli) {
        if (!cli) bail(`usage: node ${name}.mjs PATH/TO/lighthouse-share-cli`);
        try {
            fs.accessSync(cli, fs.constants.X_OK);
        } catch {
            bail(`the CLI binary ${cli} does not exist or is not executable`);
        }
    }
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), `lhshare-${name}-`));
    for (const d of ['home', 'config', 'data', 'cache', 'run']) fs.mkdirSync(path.join(scratch, d), { mode: 0o700 });
    process.on('exit', () => {
        killAll();
        if (scratch && !process.env.LHSHARE_INTEROP_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
    });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => bail(`interrupted by ${sig}`));
    setTimeout(() => bail(`watchdog: the driver ran longer than ${watchdogSeconds} s`), watchdogSeconds * 1000).unref();
    console.log(`# ${name}: scratch ${scratch}`);
    return { cli: path.resolve(cli || '.'), scratch };
}

export function bail(message) {
    console.error(`FAIL (${testName}): ${message}`);
    process.exit(1);
}

export function check(cond, message) {
    if (cond) {
        console.log(`ok - ${message}`);
    } else {
        failures++;
        console.log(`not ok - ${message}`);
    }
    return cond;
}

export function finish() {
    if (failures) {
        console.error(`FAIL (${testName}): ${failures} check(s) failed`);
        process.exit(1);
    }
    console.log(`PASS (${testName})`);
    process.exit(0);
}

// Environment for child processes: private HOME/XDG, no proxies, optional test credentials.
export function childEnv({ credentials = true, extra = {} } = {}) {
    const env = {};
    for (const k of ['PATH', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'LD_LIBRARY_PATH', 'ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LSAN_OPTIONS'])
        if (process.env[k] !== undefined) env[k] = process.env[k];
    Object.assign(env, {
        HOME: path.join(scratch, 'home'), XDG_CONFIG_HOME: path.join(scratch, 'config'),
        XDG_DATA_HOME: path.join(scratch, 'data'), XDG_CACHE_HOME: path.join(scratch, 'cache'),
        XDG_RUNTIME_DIR: path.join(scratch, 'run'), QT_QPA_PLATFORM: 'offscreen',
        no_proxy: '127.0.0.1,localhost', NO_PROXY: '127.0.0.1,localhost',
    });
    if (credentials) Object.assign(env, { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY });
    return Object.assign(env, extra);
}

// Starts a child tracked by PID. Returns { child, done: Promise<{code, signal, stdout, stderr, ms, timedOut}> }.
export function start(cmd, args, { env, timeoutMs = 120000, stdin = 'ignore', onStdout } = {}) {
    const t0 = Date.now();
    const child = spawn(cmd, args, { env, stdio: [stdin, 'pipe', 'pipe'] });
    if (child.pid) children.set(child.pid, child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => {
        stdout += d;
        if (onStdout) onStdout(stdout);
    });
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
        timedOut = true;
        try {
            process.kill(child.pid, 'SIGKILL');
        } catch { /* gone */ }
    }, timeoutMs);
    const done = new Promise((resolve) => {
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ code: null, signal: null, stdout, stderr: stderr + `\nspawn error: ${e.message}`, ms: Date.now() - t0, timedOut });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            children.delete(child.pid);
            resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, timedOut });
        });
    });
    return { child, done };
}

export const run = (cmd, args, options) => start(cmd, args, options).done;

export async function stopChild(child, graceMs = 3000) {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const closed = new Promise((resolve) => child.once('close', resolve));
    try {
        process.kill(child.pid, 'SIGTERM');
    } catch { return; }
    const timer = setTimeout(() => {
        try {
            process.kill(child.pid, 'SIGKILL');
        } catch { /* gone */ }
    }, graceMs);
    await closed;
    clearTimeout(timer);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts independent-server.mjs with the given state; resolves once it listens.
export async function startIndependentServer(name, stateDoc, { maxSeconds = 280 } = {}) {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir);
    const stateFile = path.join(dir, 'state.json');
    const portFile = path.join(dir, 'port');
    const statsFile = path.join(dir, 'stats.json');
    fs.writeFileSync(stateFile, JSON.stringify(stateDoc));
    const handle = start(process.execPath, [path.join(interopDir, 'independent-server.mjs'), '--state', stateFile,
        '--port-file', portFile, '--stats', statsFile, '--max-seconds', String(maxSeconds)],
    { env: childEnv(), timeoutMs: (maxSeconds + 10) * 1000 });
    let early = null;
    handle.done.then((r) => (early = r));
    for (let waited = 0; !fs.existsSync(portFile); waited += 50) {
        if (early) bail(`the independent server exited early (code ${early.code}): ${early.stderr}`);
        if (waited > 15000) bail('the independent server did not start within 15 s');
        await sleep(50);
    }
    const port = Number(fs.readFileSync(portFile, 'utf8').trim());
    return {
        port, statsFile, dir,
        stats: () => JSON.parse(fs.readFileSync(statsFile, 'utf8')),
        stop: async () => {
            await stopChild(handle.child);
            const r = await handle.done;
            if (r.stderr.trim()) console.log(`# independent server stderr:\n${r.stderr.trim()}`);
        },
    };
}

// Parses the CLI's --output json stdout (one JSON document). Returns null if it is not JSON.
export function parseJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return null;
    }
}

export function showOutput(label, r) {
    const cut = (s) => (s.length > 3000 ? `${s.slice(0, 3000)}\n... (${s.length} chars)` : s);
    console.log(`# ${label}: exit ${r.code}${r.signal ? ` signal ${r.signal}` : ''}${r.timedOut ? ' (TIMED OUT, killed)' : ''} after ${r.ms} ms`);
    if (r.stdout.trim()) console.log(`# ${label} stdout:\n${cut(r.stdout.trim())}`);
    if (r.stderr.trim()) console.log(`# ${label} stderr:\n${cut(r.stderr.trim())}`);
}
