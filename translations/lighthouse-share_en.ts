<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessCommands</name>
    <message>
        <source>(RequestId: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region (DescribeRegions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region and --all-regions cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --region (repeatable) or --all-regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who can use what: %1/%2 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountIdInput</name>
    <message numerus="yes">
        <source>… and %n more invalid token(s).</source>
        <translation>
            <numerusform>… and %n more invalid token.</numerusform>
            <numerusform>… and %n more invalid tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountIdParser</name>
    <message>
        <source>not digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short (at least %1 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (at most %1 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter where a digit belongs (O for 0, l or I for 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountIdReport</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid · %2 invalid · %3 duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) ignored</source>
        <translation>
            <numerusform>%n word ignored</numerusform>
            <numerusform>%n words ignored</numerusform>
        </translation>
    </message>
    <message>
        <source>Account IDs read from %1; other columns ignored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid account ID “%1” (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableLayout</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTextFile</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResponse</name>
    <message>
        <source>The error reply has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an API response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “Response” object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not valid API JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the saved credential profile &lt;name&gt; (default: environment variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint: default, intl, a host name or an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, e.g. ap-guangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each request&apos;s headers (credentials redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region “%1”. Supported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, e.g. ap-guangzhou (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialImport</name>
    <message>
        <source>Ignored the region setting: it is not a region id such as “ap-guangzhou”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored “expiresAt”: it is not a Unix time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the .configure file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the Lighthouse endpoint setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tccli .credential file is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tccli profile uses a CVM instance role: it holds no keys that could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are temporary credentials from a tccli %1 login; they stop working when they expire and must then be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tccli assumes a role with these keys; Lighthouse Share uses the keys themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the credentials file starts a section but has no closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the credentials file is not of the form “key = value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears twice in the [default] section of the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file has no [default] section (the only one the SDKs read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment holds no usable credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tccli profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tccli profile “%1”: %2 does not exist, and %3 holds no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tccli profile “%1”. tccli profiles found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SDK credentials file (looked for %1 and /etc/tencentcloud/credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it is not a credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>%1 is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; this is not a Tencent Cloud credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains spaces, quotes, line breaks or other characters that a Tencent Cloud credential never has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>“%1” is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint “%1” must be a scheme, host and optional port only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http to “%1”: only loopback addresses (the simulator) may use http; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint scheme “%1” is not supported; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 is not a Tencent Cloud address (*.tencentcloudapi.com): the SecretId, the session token and every signed request go to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The request could not be authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId is not a valid API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId does not exist, was disabled or deleted, or was mistyped (check for spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request time differs from the server&apos;s by more than 5 minutes: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the SecretKey is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token is invalid or has expired: refresh the temporary credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM does not allow this key to perform this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not offer this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is not available at this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request parameter is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request parameter has an invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request contains an unknown parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the key&apos;s allow list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not authorized for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no permission for this action: ask the account&apos;s administrator to grant it in CAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota has been exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response would be too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests per second: the server asked us to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests per second for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests per second for this account across regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests per second from this IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error; trying again later usually works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing blueprints failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing the blueprint failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint&apos;s sharing is being changed by another request; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough resources are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blueprint with this ID exists in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint does not exist in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom blueprint with this ID exists in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service role does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene ID does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET and POST requests are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint is already shared with at least one of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint is not shared with at least one of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint&apos;s current state does not allow this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint&apos;s previous operation is still running; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation on the blueprint is in progress; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account belongs to the other site (China mainland vs international) and cannot receive this blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blueprint cannot be shared with the account that owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of these account IDs does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of these accounts is a sub-account; only root accounts can receive a blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint ID is malformed (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint ID is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint is not in the NORMAL state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint IDs and filters cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter has too many values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that is not a valid API response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sharing quota does not allow this: one request shares with at most 10 accounts, and a blueprint&apos;s sharing quota may be used up (cancel some shares first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find the command behind this request; trying again does not help. Contact Tencent Cloud support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many values in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform type is invalid (expected LINUX_UNIX or WINDOWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint type is invalid (expected APP_OS, PURE_OS, DOCKER, PRIVATE or SHARED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter has a field other than Name and Values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter&apos;s Name is not a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is not an object with Name and Values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter name is not one this action supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is longer than this tool reads at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list kept changing while it was read (someone else is editing it); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many accounts in one request: a cancel names at most 10 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many values in one request: at most 100 blueprint IDs or 10 filters per listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blueprint state given in a filter is not a valid state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPlan</name>
    <message>
        <source>not shared with this account — nothing to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already shared with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed from the recipient list: the interrupted job had done it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::AccessScan</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::AccessTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::AccessView</name>
    <message>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke selecte&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ta&amp;ble…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export who can use what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ounts to look for (none: every account with access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the region choice, to pick a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read which custom blueprints the accounts can use in the checked regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading; nothing is changed by a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions not read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, region or blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can use which blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who can use what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, then stop sharing the selected rows&apos; blueprints with their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or every row shown) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter accounts (or none for every account), pick regions, then Scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credentials or try the demo to see who can use your blueprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading who can use the custom blueprints in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped. Scan again to see who can use what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account found with access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n region(s).</source>
        <translation>
            <numerusform>Scanned %n region.</numerusform>
            <numerusform>Scanned %n regions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid entry(s) of the account list left out.</source>
        <translation>
            <numerusform>%n invalid entry of the account list left out.</numerusform>
            <numerusform>%n invalid entries of the account list left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this site does not list who a blueprint is shared with, so its accounts cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom blueprint there is shared with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with someone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every region could be read. Accounts may have access there that the table does not show, so Revoke all… needs a complete scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for given accounts first: Revoke all removes them from every blueprint they can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every region was read: scan again, or leave those regions out, first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, then remove the scanned accounts from every blueprint they can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::AccountIdEditor</name>
    <message>
        <source>Paste, drop a file, or &amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste account IDs, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account IDs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected (or all valid) account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the valid IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account list summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove invalid IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that is no attempt at an account ID (names, headers, prose). Click to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading account IDs… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read as account IDs: text with no attempt at an ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::AccountIdListModel</name>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate (merged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ApiCall</name>
    <message>
        <source>TLS certificate rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was stopped before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived; the request may have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintChoiceDialog</name>
    <message>
        <source>Copy recipients from a blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the blueprint to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lhbp-xxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID to copy recipients from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blueprint ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintPicker</name>
    <message>
        <source>&amp;Blueprints (custom images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the blueprints of this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the blueprint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading blueprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading blueprints… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blueprint ID starts with “lhbp-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lhbp-” must be followed by exactly 8 characters (this has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lower-case letters and digits may follow “lhbp-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region has no custom blueprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a blueprint ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::AccountsCommand</name>
    <message>
        <source>Clean a list of account IDs: the unique valid IDs, in first-seen order, one a line on standard output; the counts and each invalid token with its line and column on standard error. Tables are read by their account ID column; words are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account IDs separated by commas, spaces or newlines (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read account IDs from a file (“-” for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read, like --accounts-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass one file (or “-”), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts: pass --accounts, --accounts-file or “-” for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ApiCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region is required (for example --region ap-guangzhou).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RequestId: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock differs from Tencent Cloud&apos;s by %n second(s); requests are now signed with the server&apos;s time. Please correct the system clock.</source>
        <translation>
            <numerusform>Warning: this computer&apos;s clock differs from Tencent Cloud&apos;s by %n second; requests are now signed with the server&apos;s time. Please correct the system clock.</numerusform>
            <numerusform>Warning: this computer&apos;s clock differs from Tencent Cloud&apos;s by %n seconds; requests are now signed with the server&apos;s time. Please correct the system clock.</numerusform>
        </translation>
    </message>
    <message>
        <source>--blueprint is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy: system (the https_proxy variables, then the desktop&apos;s settings), none, or [http://][user[:password]@]host:port. Default: the choice made in the window&apos;s Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy saved in Preferences is incomplete; pass --proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: pass --profile NAME (see “profiles add”) or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid account ID(s); nothing was sent.</source>
        <translation>
            <numerusform>%n invalid account ID; nothing was sent.</numerusform>
            <numerusform>%n invalid account IDs; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account IDs found in the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate account ID(s) merged.</source>
        <translation>
            <numerusform>%n duplicate account ID merged.</numerusform>
            <numerusform>%n duplicate account IDs merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::BlueprintsCommand</name>
    <message>
        <source>List the custom blueprints of a region (DescribeBlueprints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ChangeSharingCommand</name>
    <message>
        <source>Stop sharing blueprints with accounts (CancelShareBlueprintAcrossAccounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share blueprints with accounts (ShareBlueprintAcrossAccounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID, lhbp-xxxxxxxx (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the blueprints up in every supported region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region and --all-regions cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in any region: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up blueprints in %1 failed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::HistoryCommand</name>
    <message>
        <source>List past jobs from the history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the job whose ID starts with &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n unreadable line(s) in the history were skipped (an interrupted write).</source>
        <translation>
            <numerusform>Warning: %n unreadable line in the history was skipped (an interrupted write).</numerusform>
            <numerusform>Warning: %n unreadable lines in the history were skipped (an interrupted write).</numerusform>
        </translation>
    </message>
    <message>
        <source>[interrupted: resume with “resume %1”]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[undo of %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n not verified: resume with “resume %1”]</source>
        <translation>
            <numerusform>[%n not verified: resume with “resume %1”]</numerusform>
            <numerusform>[%n not verified: resume with “resume %1”]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::JobCommand</name>
    <message>
        <source>Print the plan (batches and request count) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the current recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current recipients were not checked (dry run, or the site has no recipient listing); accounts already in the wanted state are reported as skipped when the job runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to change sharing without confirmation: pass --yes (standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types to confirm; the answer is compared with this translation and with &quot;yes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 requests answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED %1 %2 [%3]: %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RequestId: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: share with %1 account(s) in %n request(s), about %2 s at the rate limit.</source>
        <translation>
            <numerusform>Plan: share with %1 account(s) in %n request, about %2 s at the rate limit.</numerusform>
            <numerusform>Plan: share with %1 account(s) in %n requests, about %2 s at the rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: stop sharing with %1 account(s) in %n request(s), about %2 s at the rate limit.</source>
        <translation>
            <numerusform>Plan: stop sharing with %1 account(s) in %n request, about %2 s at the rate limit.</numerusform>
            <numerusform>Plan: stop sharing with %1 account(s) in %n requests, about %2 s at the rate limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proceed? Type “%1” to continue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job “%1” in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several jobs; give more of the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the changes in the recipient list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interrupted or unverified job in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account IDs separated by commas, spaces or newlines (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read account IDs from a file (“-” for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts: pass --accounts or --accounts-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a change may take to show in the recipient list before it counts as not verified (default 30; 0 does not wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify-timeout must be a number of seconds from 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 account(s) gain access and %2 lose it, in %n request(s), about %3 s at the rate limit.</source>
        <translation>
            <numerusform>Plan: %1 account(s) gain access and %2 lose it, in %n request, about %3 s at the rate limit.</numerusform>
            <numerusform>Plan: %1 account(s) gain access and %2 lose it, in %n requests, about %3 s at the rate limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged, nothing sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 done, %3 not verified, %4 skipped, %5 failed, %6 not sent; %7 requests sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED %1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::OffboardCommand</name>
    <message>
        <source>Remove accounts from every custom blueprint they can use: scan, plan, confirm, cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ProfilesCommand</name>
    <message>
        <source>Usage: lighthouse-share-cli profiles &lt;action&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved profiles (SecretIds redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a profile; the SecretKey is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a profile and whether its secrets are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a profile and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tccli profiles from ~/.tccli (default: TCCLI_PROFILE or “default”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import TENCENTCLOUD_SECRET_ID/_SECRET_KEY from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the SDK credentials file (~/.tencentcloud/credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a profile with a signed DescribeRegions call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in the system keychain; imported source files are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “lighthouse-share-cli profiles &lt;action&gt; --help” for an action&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profiles action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“profiles %1” needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved credential profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles saved yet. Add one with “lighthouse-share-cli profiles add NAME --secret-id ID” or import one with “profiles import-tccli”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRETID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId (AKID…). The SecretKey is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region, e.g. ap-guangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint: default, intl, a host name or an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read a session token from standard input (the line after the SecretKey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite an existing profile of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a credential profile. The SecretKey is read from standard input (one line; on a terminal it is asked for without echo) and stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; pass --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SecretKey on standard input. Pipe it in (for example from a password manager) or type it at the prompt; it is never accepted as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin was given but standard input has no token line after the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1” (SecretId %2). The SecretKey is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved profile. Secrets are never shown; the keychain is asked whether they are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (hidden), expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved profile: its keychain entries first, then its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was not removed, so that its keychain entries are not left behind unseen. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile “%1” and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every tccli profile found in ~/.tccli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite existing profiles of the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tccli profiles (~/.tccli/&lt;name&gt;.credential and .configure) under the same names. The secrets go to the system keychain; the tccli files are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass either profile names or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tccli profiles found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credentials in TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN or TENCENTCLOUD_TOKEN, TENCENTCLOUD_REGION) as a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INI file to read (default: ~/.tencentcloud/credentials, else /etc/tencentcloud/credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the [default] credentials of the Tencent Cloud SDK credentials file as a profile. The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as profile “%2” (SecretId %3); the source was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a profile: one signed DescribeRegions call (it reads nothing and changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing profile “%1” (SecretId %2) against %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::RecipientsCommand</name>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who can use the custom blueprints: region, blueprint, account and since when (DescribeBlueprints, DescribeBlueprintsShareAcrossAccountInfos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this blueprint ID (repeatable; default: every custom blueprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these account IDs (repeatable; commas or spaces also separate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the account IDs in a file (“-” for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account found with access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::RegionsCommand</name>
    <message>
        <source>List the regions (DescribeRegions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ResumeCommand</name>
    <message>
        <source>Finish an interrupted job from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID (default: the latest interrupted job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::SimulateCommand</name>
    <message>
        <source>Run the Lighthouse simulator on 127.0.0.1 (for demos and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo credentials: TENCENTCLOUD_SECRET_ID=%1 TENCENTCLOUD_SECRET_KEY=%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::SyncCommand</name>
    <message>
        <source>Make a blueprint&apos;s recipients exactly the given accounts, or those of another blueprint: share with the missing ones, stop sharing with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID, lhbp-xxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the wanted accounts from this blueprint&apos;s recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the --like blueprint (default: --region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync changes one blueprint: pass --blueprint once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the wanted recipients either as --accounts/--accounts-file or as --like BLUEPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--like-region needs --like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--like names the blueprint being changed; there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the current recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has exactly these %n recipient(s).</source>
        <translation>
            <numerusform>%1 already has exactly this %n recipient.</numerusform>
            <numerusform>%1 already has exactly these %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no recipients in %2: copying it would remove all %n recipient(s) of %3. To do that, cancel them explicitly.</source>
        <translation>
            <numerusform>%1 has no recipients in %2: copying it would remove the %n recipient of %3. To do that, cancel it explicitly.</numerusform>
            <numerusform>%1 has no recipients in %2: copying it would remove all %n recipients of %3. To do that, cancel them explicitly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::UndoCommand</name>
    <message>
        <source>Reverse a finished job: re-share what it unshared, or unshare what it shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID (a unique prefix is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which job? Pass its ID (see “history”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ConnectionTest</name>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection works: the endpoint accepted the signed request and listed %n region(s).</source>
        <translation>
            <numerusform>Connection works: the endpoint accepted the signed request and listed %n region.</numerusform>
            <numerusform>Connection works: the endpoint accepted the signed request and listed %n regions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::DemoBanner</name>
    <message>
        <source>Demo — simulated data. Nothing here touches a real Tencent Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::DemoTour</name>
    <message>
        <source>The demo run did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo blueprint is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo partner has no access beyond web-base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::EditRecipientsDialog</name>
    <message>
        <source>C&amp;opy from blueprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recipients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts %1 (%2) should be shared with. Accounts taken out of the list lose access; accounts added gain it. Apply shows the changes for review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the list with the recipients of another blueprint, in this region or another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the accounts that gain or lose access, then apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who %1 is shared with now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who %1 (%2) is shared with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recipients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s) now.</source>
        <translation>
            <numerusform>%1 is shared with %n account now.</numerusform>
            <numerusform>%1 is shared with %n accounts now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n recipient(s) of %1 (%2).</source>
        <translation>
            <numerusform>Copied %n recipient of %1 (%2).</numerusform>
            <numerusform>Copied %n recipients of %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is exactly the current recipients; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or correct the invalid entries first: an ID left out would lose access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is shared with nobody; the list is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::EndpointBanner</name>
    <message>
        <source>Endpoint outside Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint ID, account ID or job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a job that reverses what the selected job changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a job that sends what the selected job never finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listed jobs as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history file could not be read and were skipped.</source>
        <translation>
            <numerusform>%n line of the history file could not be read and was skipped.</numerusform>
            <numerusform>%n lines of the history file could not be read and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, started %2 by profile “%3” (%4) via %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again because the change did not show.</source>
        <translation>
            <numerusform>%n request sent again because the change did not show.</numerusform>
            <numerusform>%n requests sent again because the change did not show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::HistoryModel</name>
    <message>
        <source>share (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted, can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not verified, can be resumed</source>
        <translation>
            <numerusform>%n not verified, can be resumed</numerusform>
            <numerusform>%n not verified, can be resumed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::InlineStatus</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::Job</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::JobResultModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::JobResultsPanel</name>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed &amp;IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no further requests (Esc); requests already sent still complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a new job for the accounts that failed or were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 failed · %4 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the recipient list shows the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not verified · %1</source>
        <translation>
            <numerusform>%n not verified · %1</numerusform>
            <numerusform>%n not verified · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::KeychainCredentialStore</name>
    <message>
        <source>The keychain holds no entry “%1”. If your login keyring is locked, unlock it; otherwise save the profile again with its SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secrets for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked login keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service library (libsecret) seems to be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service or other system keychain answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain reachable: %1 (the keychain said: “%2”). Lighthouse Share keeps SecretKeys and tokens only in the system keychain, never in a plain file. To fix it, start a Secret Service such as gnome-keyring or KWallet in your desktop session, unlock the login keyring, and make sure libsecret is installed (Debian/Ubuntu: libsecret-1-0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::MainWindow</name>
    <message>
        <source>Lighthouse Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sharing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, then stop sharing the selected blueprints with the listed accounts (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, then share the selected blueprints with the listed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past jobs: export, undo, resume (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sharing…  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job buttons need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who the blueprints are shared with now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check who the blueprints are shared with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credentials or try the demo to change sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account IDs to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is running (Esc stops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking current recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the window closes once the requests already sent are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from Tencent Cloud&apos;s by %n second(s); requests are now signed with the server&apos;s time. Please correct the system clock.</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from Tencent Cloud&apos;s by %n second; requests are now signed with the server&apos;s time. Please correct the system clock.</numerusform>
            <numerusform>This computer&apos;s clock differs from Tencent Cloud&apos;s by %n seconds; requests are now signed with the server&apos;s time. Please correct the system clock.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface, network proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected blueprint&apos;s recipients exactly a list: edit it, paste it, or copy another blueprint&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share and cancel per blueprint, in one region (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which blueprints given accounts can use, in every region, and revoking it (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blueprints view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan in the Access view, then revoke from its table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::MemoryCredentialStore</name>
    <message>
        <source>No secrets are stored for profile “%1” in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::PagedQuery</name>
    <message numerus="yes">
        <source>Stopped after %n page(s).</source>
        <translation>
            <numerusform>Stopped after %n page.</numerusform>
            <numerusform>Stopped after %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It changed during %n reading(s).</source>
        <translation>
            <numerusform>It changed during %n reading.</numerusform>
            <numerusform>It changed during %n readings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Lighthouse Share starts. Error messages from Tencent Cloud follow it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https_proxy and no_proxy variables, then the desktop&apos;s network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileLoader</name>
    <message>
        <source>No profile was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named “%1”. No profiles are saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named “%1”. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no SecretKey in the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secrets of profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” holds unusable credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileManager</name>
    <message>
        <source>No profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileSelector</name>
    <message>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage credential profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential profiles yet: click “Manage…” to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SecretKey of “%1” for this session only? It is kept in memory and forgotten when Lighthouse Share quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, SecretId %2. Nothing you type here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (simulated data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ProfilesDialog</name>
    <message>
        <source>Credential Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”. Changing it renames the profile when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored session to&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://lighthouse.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tcc&amp;li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From SDK &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the SDK credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From en&amp;vironment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing fills in the form; review it and click Save. The secrets then go to the system keychain. Source files are only read and are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (lighthouse.tencentcloudapi.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International site (lighthouse.intl.tencentcloudapi.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest to the default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the custom endpoint URL, or choose another endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SecretId needs its SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. Its secrets are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile “%1”? Its SecretKey and token are removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”; rename it by changing the name and clicking Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretKey to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tccli profiles in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1 (SecretId %2); the source was left as it is. Review the form and click Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ProxySetup</name>
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::RecipientListModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::RecipientsView</name>
    <message>
        <source>Add a&amp;ll to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently &amp;shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts the selected blueprints are shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these accounts to the account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the account list with these accounts and review cancelling their sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more blueprints to see who they are shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who the blueprints are shared with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not offer a list of who a blueprint is shared with. Cancel and share jobs still work: accounts already in the wanted state are reported as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read who the blueprints are shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with any account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::RegionAccessScan</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::RegionComboBox</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ReviewDialog</name>
    <message>
        <source>Review: cancel sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blueprint(s)</source>
        <translation>
            <numerusform>%n blueprint</numerusform>
            <numerusform>%n blueprints</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sharing: %1 × %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: %1 × %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to change; no request will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, about %3 at the rate limit (20 requests per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reverses job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finishes the interrupted job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current recipients could not be checked (this site has no recipient listing); accounts already in the wanted state will be reported as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) not currently recipients (nothing to cancel):</source>
        <translation>
            <numerusform>&amp;Skipped, %n account not currently a recipient (nothing to cancel):</numerusform>
            <numerusform>&amp;Skipped, %n accounts not currently recipients (nothing to cancel):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) already recipients (nothing to share):</source>
        <translation>
            <numerusform>&amp;Skipped, %n account already a recipient (nothing to share):</numerusform>
            <numerusform>&amp;Skipped, %n accounts already recipients (nothing to share):</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes %1 shares at once. &amp;Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of removals, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Will lose access, %n account(s):</source>
        <translation>
            <numerusform>&amp;Will lose access, %n account:</numerusform>
            <numerusform>&amp;Will lose access, %n accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Will gain access, %n account(s):</source>
        <translation>
            <numerusform>&amp;Will gain access, %n account:</numerusform>
            <numerusform>&amp;Will gain access, %n accounts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts or blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that will lose access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that will gain access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n account(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n account</numerusform>
            <numerusform>%1 (%2) — %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pasted entr(y/ies) that are no valid account IDs.</source>
        <translation>
            <numerusform>Left out: %n pasted entry that is not a valid account ID.</numerusform>
            <numerusform>Left out: %n pasted entries that are not valid account IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: change recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recipients: %1 to gain access, %2 to lose it, on %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n account(s)</source>
        <translation>
            <numerusform>+%n account</numerusform>
            <numerusform>+%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n account(s)</source>
        <translation>
            <numerusform>−%n account</numerusform>
            <numerusform>−%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Will change, %1 (+ gains access, − loses it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that will gain or lose access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) already as wanted (nothing to send):</source>
        <translation>
            <numerusform>&amp;Skipped, %n account already as wanted (nothing to send):</numerusform>
            <numerusform>&amp;Skipped, %n accounts already as wanted (nothing to send):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %1 (%2) — %n account(s) gain access</source>
        <translation>
            <numerusform>+ %1 (%2) — %n account gains access</numerusform>
            <numerusform>+ %1 (%2) — %n accounts gain access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>− %1 (%2) — %n account(s) lose access</source>
        <translation>
            <numerusform>− %1 (%2) — %n account loses access</numerusform>
            <numerusform>− %1 (%2) — %n accounts lose access</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::SessionFactory</name>
    <message>
        <source>Profile “%1” has an unusable endpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::ShareJob</name>
    <message>
        <source>The history file %1 cannot be written (%2); the job was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done after %n attempt(s)</source>
        <translation>
            <numerusform>done after %n attempt</numerusform>
            <numerusform>done after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed from the recipient list after an interrupted request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not shared with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already shared with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the recipients to resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before a retry; resume the job from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the history cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient list and the server disagree about these accounts; check them in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been applied: resume the job from the history to settle it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::VerifyJob</name>
    <message>
        <source>verification was stopped before the change showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipients could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s; sharing again failed: %1</source>
        <translation>
            <numerusform>still not shared after %n s; sharing again failed: %1</numerusform>
            <numerusform>still not shared after %n s; sharing again failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s; cancelling again failed: %1</source>
        <translation>
            <numerusform>still shared after %n s; cancelling again failed: %1</numerusform>
            <numerusform>still shared after %n s; cancelling again failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s and a re-issued share</source>
        <translation>
            <numerusform>still not shared after %n s and a re-issued share</numerusform>
            <numerusform>still not shared after %n s and a re-issued share</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s</source>
        <translation>
            <numerusform>still not shared after %n s</numerusform>
            <numerusform>still not shared after %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s and a re-issued cancel</source>
        <translation>
            <numerusform>still shared after %n s and a re-issued cancel</numerusform>
            <numerusform>still shared after %n s and a re-issued cancel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s</source>
        <translation>
            <numerusform>still shared after %n s</numerusform>
            <numerusform>still shared after %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 cannot be written (%2); the verification is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this site does not list who a blueprint is shared with, so the revoke cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LhShare::WelcomePanel</name>
    <message>
        <source>Welcome to Lighthouse Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To list your custom images and change who they are shared with, add the API key (SecretId and SecretKey) of a Tencent Cloud account. The key is kept in the system keychain. You can paste and check account IDs right away: the account list works without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport from tccli, SDK files or the environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo (simulated data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>Not every region could be read (%1): an account may still have access there, so nothing is planned. Scan again, or leave those regions out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>tccli profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these temporary credentials expired at %1; log in with tccli again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name “%1” may contain only letters, digits, “.”, “_” and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyConfig</name>
    <message>
        <source>“%1” is not a proxy address (expected host:port or http://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP proxies are supported (the address starts with “%1://”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address “%1” needs a port, e.g. %2:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsReader</name>
    <message>
        <source>This site offers no recipient listing (DescribeBlueprintsShareAcrossAccountInfos), so the current recipients of %1 cannot be known; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nanjing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionAccess</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: the read failed (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: the recipient listing (DescribeBlueprintsShareAcrossAccountInfos) is unavailable on this site; only whether each blueprint is shared with anyone is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message numerus="yes">
        <source>The line on standard input is longer than %n byte(s); it is not a credential.</source>
        <translation>
            <numerusform>The line on standard input is longer than %n byte; it is not a credential.</numerusform>
            <numerusform>The line on standard input is longer than %n bytes; it is not a credential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareStatus</name>
    <message>
        <source>planned, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split into smaller batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verifiable on this site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Stop sharing blueprints with accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share blueprints with accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish an interrupted job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a finished job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List past jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the loopback simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lighthouse-share-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “lighthouse-share-cli &lt;command&gt; --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighthouse-share-cli: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage saved credential profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a region&apos;s custom blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean a list of account IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who can use the custom blueprints, in one region or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove accounts from every custom blueprint they can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a blueprint&apos;s recipients exactly a set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lighthouse Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share and unshare Tencent Cloud Lighthouse custom images across accounts, in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work against a simulated Lighthouse service on this computer (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one demo job, save a picture of the window to &lt;file&gt; and quit (implies --demo; works with -platform offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this view: blueprints (the default) or access (which blueprints accounts can use, across regions); with --screenshot, the demo run takes place there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view “%1”: use blueprints or access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
