#!/usr/bin/env node
// The official SDK's CommonClient (sdk-client.mjs) against our simulator, `lighthouse-share-cli simulate --port 0`.
//
//   node sdk-vs-simulator.mjs PATH/TO/lighthouse-share-cli
import path from 'node:path';
import { setup, check, finish, start, run, stopChild, childEnv, showOutput, interopDir, bail } from './lib/harness.mjs';

const { cli } = setup('sdk-vs-simulator');
let resolvePort;
const portFound = new Promise((resolve) => (resolvePort = resolve));
// The simulator accepts only its public demo key (never credentials from the environment): it
// prints it, and the SDK signs with it.
let demoKeys = null;
const sim = start(cli, ['simulate', '--port', '0'], {
    env: childEnv({ credentials: false }), timeoutMs: 200000,
    onStdout: (text) => {
        const keys = /TENCENTCLOUD_SECRET_ID=(\S+) TENCENTCLOUD_SECRET_KEY=(\S+)/.exec(text);
        if (keys) demoKeys = { TENCENTCLOUD_SECRET_ID: keys[1], TENCENTCLOUD_SECRET_KEY: keys[2] };
        const m = /listening on http:\/\/127\.0\.0\.1:([0-9]+)/.exec(text);
        if (m) resolvePort(Number(m[1]));
    },
});
sim.done.then(() => resolvePort(null));
const port = await Promise.race([portFound, new Promise((resolve) => setTimeout(() => resolve(undefined), 15000))]);
if (!port) {
    await stopChild(sim.child);
    const r = await sim.done;
    showOutput('simulate', r);
    bail(port === null ? `the simulator exited (code ${r.code}) without printing "listening on http://127.0.0.1:N"`
        : 'the simulator did not print "listening on http://127.0.0.1:N" within 15 s');
}
console.log(`# simulator listening on 127.0.0.1:${port} (pid ${sim.child.pid})`);
for (let waited = 0; !demoKeys && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
if (!demoKeys) bail('the simulator did not print its demo credentials');
const r = await run(process.execPath, [path.join(interopDir, 'sdk-client.mjs'), `http://127.0.0.1:${port}`],
    { env: childEnv({ credentials: false, extra: demoKeys }), timeoutMs: 120000 });
showOutput('sdk-client', r);
await stopChild(sim.child);
const s = await sim.done;
if (s.stderr.trim()) console.log(`# simulator stderr:\n${s.stderr.trim().slice(0, 4000)}`);
check(r.code === 0, 'the official SDK client agrees with the simulator');
finish();
