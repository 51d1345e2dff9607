// Loads the official Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs-common) from tests/interop/node_modules,
// failing with a clear message when `npm ci --prefix tests/interop` has not been run.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const interopDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sdkPackageDir = join(interopDir, 'node_modules', 'tencentcloud-sdk-nodejs-common');

export function requireSdkInstalled() {
    if (!existsSync(join(sdkPackageDir, 'package.json'))) {
        const msg = `FAIL: ${sdkPackageDir} is missing.\n` +
            `The interop tests need the official Tencent Cloud SDK; install it first with:\n` +
            `    npm ci --prefix tests/interop\n` +
            `(run from the source root; it installs the exact versions pinned in tests/interop/package-lock.json)`;
        console.error(msg);
        process.exit(1);
    }
}

let cached = null;

// Returns { Sign, CommonClient, version }.
//   Sign.sign3({method, url, payload, timestamp, service, secretId, secretKey, headers}) -> Authorization value
//   (the SDK's own TC3-HMAC-SHA256 implementation, tencentcloud/common/sign.js, not exported from the index, so it
//   is loaded by its path inside the package).
export function loadSdk() {
    if (cached) return cached;
    requireSdkInstalled();
    const require = createRequire(join(interopDir, 'package.json'));
    const version = require('tencentcloud-sdk-nodejs-common/package.json').version;
    const signModule = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js');
    const Sign = signModule.default || signModule;
    const { CommonClient } = require('tencentcloud-sdk-nodejs-common');
    if (typeof Sign.sign3 !== 'function' || typeof CommonClient !== 'function') {
        console.error(`FAIL: tencentcloud-sdk-nodejs-common ${version} does not provide Sign.sign3 / CommonClient as expected`);
        process.exit(1);
    }
    cached = { Sign, CommonClient, version };
    return cached;
}
