<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessCommands</name>
    <message>
        <source>(RequestId: %1)</source>
        <translation>（RequestId：%1）</translation>
    </message>
    <message>
        <source>shared with someone</source>
        <translation>已共享给某些账号</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <source>Every region (DescribeRegions).</source>
        <translation>所有地域（DescribeRegions）。</translation>
    </message>
    <message>
        <source>--region and --all-regions cannot be combined.</source>
        <translation>--region 与 --all-regions 不能同时使用。</translation>
    </message>
    <message>
        <source>Pass --region (repeatable) or --all-regions.</source>
        <translation>请传入 --region（可重复指定）或 --all-regions。</translation>
    </message>
    <message>
        <source>Reading who can use what: %1/%2 pages</source>
        <translation>正在读取各镜像的共享对象：%1/%2 页</translation>
    </message>
</context>
<context>
    <name>AccountIdInput</name>
    <message numerus="yes">
        <source>… and %n more invalid token(s).</source>
        <translation>
            <numerusform>…另有 %n 个无效条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AccountIdParser</name>
    <message>
        <source>not digits only</source>
        <translation>不是纯数字</translation>
    </message>
    <message>
        <source>too short (at least %1 digits)</source>
        <translation>太短（至少 %1 位）</translation>
    </message>
    <message>
        <source>too long (at most %1 digits)</source>
        <translation>太长（最多 %1 位）</translation>
    </message>
    <message>
        <source>starts with 0</source>
        <translation>以 0 开头</translation>
    </message>
    <message>
        <source>a letter where a digit belongs (O for 0, l or I for 1)</source>
        <translation>应为数字处出现了字母（如用 O 代替 0，用 l 或 I 代替 1）</translation>
    </message>
</context>
<context>
    <name>AccountIdReport</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 valid · %2 invalid · %3 duplicates merged</source>
        <translation>%1 个有效 · %2 个无效 · 已合并 %3 个重复项</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) ignored</source>
        <translation>
            <numerusform>已忽略 %n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>Account IDs read from %1; other columns ignored: %2.</source>
        <translation>已从 %1 读取账号 ID；已忽略其他列：%2。</translation>
    </message>
    <message>
        <source>Invalid account ID “%1” (line %2, column %3): %4</source>
        <translation>无效的账号 ID“%1”（第 %2 行，第 %3 列）：%4</translation>
    </message>
</context>
<context>
    <name>AccountTableLayout</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>AccountTextFile</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB; split it into smaller files.</source>
        <translation>“%1”大于 %2 MiB，请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>“%1”不是文本文件（包含二进制数据）。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ApiResponse</name>
    <message>
        <source>The error reply has no code.</source>
        <translation>错误响应中没有错误码。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an API response.</source>
        <translation>服务器返回了 HTTP %1，而不是 API 响应。</translation>
    </message>
    <message>
        <source>no “Response” object</source>
        <translation>缺少“Response”对象</translation>
    </message>
    <message>
        <source>The reply is not valid API JSON (%1).</source>
        <translation>响应不是有效的 API JSON（%1）。</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the saved credential profile &lt;name&gt; (default: environment variables).</source>
        <translation>使用已保存的凭据配置 &lt;名称&gt;（默认：使用环境变量）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API endpoint: default, intl, a host name or an https URL.</source>
        <translation>API 接入点：default、intl、主机名或 https URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region, e.g. ap-guangzhou.</source>
        <translation>地域，例如 ap-guangzhou。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default 30).</source>
        <translation>每个请求的等待秒数（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Show each request&apos;s headers (credentials redacted).</source>
        <translation>显示每个请求的请求头（凭据已脱敏）。</translation>
    </message>
    <message>
        <source>--output must be text or json.</source>
        <translation>--output 只能是 text 或 json。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.1 to 3600.</source>
        <translation>--timeout 必须是 0.1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Supported: %2.</source>
        <translation>未知地域“%1”。支持的地域：%2。</translation>
    </message>
    <message>
        <source>Region, e.g. ap-guangzhou (repeatable).</source>
        <translation>地域，例如 ap-guangzhou（可重复指定）。</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>输出格式：text、json 或 csv。</translation>
    </message>
    <message>
        <source>--output must be text, json or csv.</source>
        <translation>--output 只能是 text、json 或 csv。</translation>
    </message>
</context>
<context>
    <name>CredentialImport</name>
    <message>
        <source>Ignored the region setting: it is not a region id such as “ap-guangzhou”.</source>
        <translation>已忽略地域设置：它不是“ap-guangzhou”这样的地域 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a text value.</source>
        <translation>“%1”不是文本值。</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>该 JSON 不是对象</translation>
    </message>
    <message>
        <source>Ignored “expiresAt”: it is not a Unix time.</source>
        <translation>已忽略“expiresAt”：它不是 Unix 时间。</translation>
    </message>
    <message>
        <source>Ignored the .configure file: %1.</source>
        <translation>已忽略 .configure 文件：%1。</translation>
    </message>
    <message>
        <source>Ignored the Lighthouse endpoint setting: %1</source>
        <translation>已忽略 Lighthouse 接入点设置：%1</translation>
    </message>
    <message>
        <source>The tccli .credential file is unusable: %1</source>
        <translation>tccli 的 .credential 文件不可用：%1</translation>
    </message>
    <message>
        <source>This tccli profile uses a CVM instance role: it holds no keys that could be imported.</source>
        <translation>此 tccli 配置使用 CVM 实例角色，其中没有可导入的密钥。</translation>
    </message>
    <message>
        <source>These are temporary credentials from a tccli %1 login; they stop working when they expire and must then be imported again.</source>
        <translation>这是通过 tccli %1 登录获得的临时凭据，过期后即失效，届时必须重新导入。</translation>
    </message>
    <message>
        <source>tccli assumes a role with these keys; Lighthouse Share uses the keys themselves.</source>
        <translation>tccli 会用这些密钥扮演角色（AssumeRole）；Lighthouse Share 直接使用这些密钥本身。</translation>
    </message>
    <message>
        <source>Line %1 of the credentials file starts a section but has no closing “]”.</source>
        <translation>凭据文件第 %1 行开始了一个节，但缺少结尾的“]”。</translation>
    </message>
    <message>
        <source>Line %1 of the credentials file is not of the form “key = value”.</source>
        <translation>凭据文件第 %1 行不是“key = value”格式。</translation>
    </message>
    <message>
        <source>“%1” appears twice in the [default] section of the credentials file.</source>
        <translation>“%1”在凭据文件的 [default] 节中出现了两次。</translation>
    </message>
    <message>
        <source>The credentials file has no [default] section (the only one the SDKs read).</source>
        <translation>凭据文件中没有 [default] 节（SDK 只读取这一节）。</translation>
    </message>
    <message>
        <source>The credentials file is unusable: %1</source>
        <translation>凭据文件不可用：%1</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set in the environment.</source>
        <translation>环境变量中既没有设置 %1，也没有设置 %2。</translation>
    </message>
    <message>
        <source>The environment holds no usable credentials: %1</source>
        <translation>环境变量中没有可用的凭据：%1</translation>
    </message>
    <message>
        <source>“%1” is not a tccli profile name.</source>
        <translation>“%1”不是有效的 tccli 配置名称。</translation>
    </message>
    <message>
        <source>There is no tccli profile “%1”: %2 does not exist, and %3 holds no profiles.</source>
        <translation>不存在 tccli 配置“%1”：%2 不存在，且 %3 中没有任何配置。</translation>
    </message>
    <message>
        <source>There is no tccli profile “%1”. tccli profiles found: %2.</source>
        <translation>不存在 tccli 配置“%1”。已找到的 tccli 配置：%2。</translation>
    </message>
    <message>
        <source>There is no SDK credentials file (looked for %1 and /etc/tencentcloud/credentials).</source>
        <translation>没有 SDK 凭据文件（已查找 %1 和 /etc/tencentcloud/credentials）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it is not a credentials file.</source>
        <translation>%1 大于 %2 KiB，不是凭据文件。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 缺失或为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; this is not a Tencent Cloud credential.</source>
        <translation>%1 超过 %2 个字符，不是腾讯云凭据。</translation>
    </message>
    <message>
        <source>%1 contains spaces, quotes, line breaks or other characters that a Tencent Cloud credential never has.</source>
        <translation>%1 包含空格、引号、换行符或其他腾讯云凭据中绝不会出现的字符。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>“%1” is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的接入点 URL。</translation>
    </message>
    <message>
        <source>The endpoint “%1” must be a scheme, host and optional port only.</source>
        <translation>接入点“%1”只能包含协议、主机名和可选的端口。</translation>
    </message>
    <message>
        <source>Refusing plain http to “%1”: only loopback addresses (the simulator) may use http; use https.</source>
        <translation>拒绝以明文 http 连接“%1”：只有环回地址（模拟器）可以使用 http，请使用 https。</translation>
    </message>
    <message>
        <source>The endpoint scheme “%1” is not supported; use https.</source>
        <translation>不支持接入点协议“%1”，请使用 https。</translation>
    </message>
    <message>
        <source>The endpoint %1 is not a Tencent Cloud address (*.tencentcloudapi.com): the SecretId, the session token and every signed request go to it.</source>
        <translation>接入点 %1 不是腾讯云地址（*.tencentcloudapi.com）：SecretId、临时令牌以及每个签名请求都会发送到该地址。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The request could not be authenticated.</source>
        <translation>请求未能通过身份验证。</translation>
    </message>
    <message>
        <source>The Authorization header is malformed.</source>
        <translation>Authorization 请求头格式错误。</translation>
    </message>
    <message>
        <source>The SecretId is not a valid API key.</source>
        <translation>SecretId 不是有效的 API 密钥。</translation>
    </message>
    <message>
        <source>Multi-factor authentication failed.</source>
        <translation>多因素认证（MFA）失败。</translation>
    </message>
    <message>
        <source>The SecretId does not exist, was disabled or deleted, or was mistyped (check for spaces).</source>
        <translation>SecretId 不存在、已被禁用或删除，或者输入有误（请检查是否含有空格）。</translation>
    </message>
    <message>
        <source>The request time differs from the server&apos;s by more than 5 minutes: check this computer&apos;s clock.</source>
        <translation>请求时间与服务器时间相差超过 5 分钟：请检查本机时钟。</translation>
    </message>
    <message>
        <source>The signature does not match: the SecretKey is probably wrong.</source>
        <translation>签名不匹配：SecretKey 可能有误。</translation>
    </message>
    <message>
        <source>The session token is invalid or has expired: refresh the temporary credentials.</source>
        <translation>临时令牌（Token）无效或已过期：请刷新临时凭据。</translation>
    </message>
    <message>
        <source>CAM does not allow this key to perform this action.</source>
        <translation>访问管理（CAM）不允许此密钥执行该操作。</translation>
    </message>
    <message>
        <source>This API has been withdrawn.</source>
        <translation>此 API 已下线。</translation>
    </message>
    <message>
        <source>This site does not offer this API.</source>
        <translation>此站点不提供该 API。</translation>
    </message>
    <message>
        <source>The API version is not supported.</source>
        <translation>不支持该 API 版本。</translation>
    </message>
    <message>
        <source>The product is not available at this endpoint.</source>
        <translation>此接入点不提供该产品。</translation>
    </message>
    <message>
        <source>A request parameter is invalid.</source>
        <translation>请求参数无效。</translation>
    </message>
    <message>
        <source>A request parameter has an invalid value.</source>
        <translation>请求参数的取值无效。</translation>
    </message>
    <message>
        <source>A required parameter is missing.</source>
        <translation>缺少必需的参数。</translation>
    </message>
    <message>
        <source>The request contains an unknown parameter.</source>
        <translation>请求中包含未知参数。</translation>
    </message>
    <message>
        <source>The request body is malformed.</source>
        <translation>请求体格式错误。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is blocked.</source>
        <translation>本机的 IP 地址已被封禁。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the key&apos;s allow list.</source>
        <translation>本机的 IP 地址不在该密钥的 IP 白名单中。</translation>
    </message>
    <message>
        <source>The key is not authorized for this operation.</source>
        <translation>该密钥无权执行此操作。</translation>
    </message>
    <message>
        <source>The key has no permission for this action: ask the account&apos;s administrator to grant it in CAM.</source>
        <translation>该密钥没有此操作的权限：请联系该账号的管理员在访问管理（CAM）中授权。</translation>
    </message>
    <message>
        <source>The session token is invalid.</source>
        <translation>临时令牌（Token）无效。</translation>
    </message>
    <message>
        <source>A quota has been exceeded.</source>
        <translation>超出配额限制。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>The response would be too large.</source>
        <translation>响应内容过大。</translation>
    </message>
    <message>
        <source>Too many requests per second: the server asked us to slow down.</source>
        <translation>每秒请求数过多：服务器要求降低请求速度。</translation>
    </message>
    <message>
        <source>Too many requests per second for this account.</source>
        <translation>该账号的每秒请求数过多。</translation>
    </message>
    <message>
        <source>Too many requests per second for this account across regions.</source>
        <translation>该账号在所有地域的每秒请求数总和过多。</translation>
    </message>
    <message>
        <source>Too many requests per second from this IP address.</source>
        <translation>来自该 IP 地址的每秒请求数过多。</translation>
    </message>
    <message>
        <source>The server had an internal error; trying again later usually works.</source>
        <translation>服务器内部错误，稍后重试通常即可成功。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later.</source>
        <translation>服务暂时不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Listing blueprints failed; try again later.</source>
        <translation>查询镜像列表失败，请稍后重试。</translation>
    </message>
    <message>
        <source>Sharing the blueprint failed; try again later.</source>
        <translation>共享镜像失败，请稍后重试。</translation>
    </message>
    <message>
        <source>The resource is busy.</source>
        <translation>资源正忙。</translation>
    </message>
    <message>
        <source>The blueprint&apos;s sharing is being changed by another request; try again shortly.</source>
        <translation>另一个请求正在修改该镜像的共享设置，请稍后重试。</translation>
    </message>
    <message>
        <source>Not enough resources are available.</source>
        <translation>可用资源不足。</translation>
    </message>
    <message>
        <source>The resource is unavailable.</source>
        <translation>资源不可用。</translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <source>No blueprint with this ID exists in this region.</source>
        <translation>此地域中不存在该 ID 的镜像。</translation>
    </message>
    <message>
        <source>The blueprint does not exist in this region.</source>
        <translation>此地域中不存在该镜像。</translation>
    </message>
    <message>
        <source>No custom blueprint with this ID exists in this region.</source>
        <translation>此地域中不存在该 ID 的自定义镜像。</translation>
    </message>
    <message>
        <source>The service role does not exist.</source>
        <translation>服务角色不存在。</translation>
    </message>
    <message>
        <source>The scene ID does not exist.</source>
        <translation>场景 ID 不存在。</translation>
    </message>
    <message>
        <source>The operation is not supported.</source>
        <translation>不支持该操作。</translation>
    </message>
    <message>
        <source>Only GET and POST requests are supported.</source>
        <translation>仅支持 GET 和 POST 请求。</translation>
    </message>
    <message>
        <source>The region is not supported.</source>
        <translation>不支持该地域。</translation>
    </message>
    <message>
        <source>The blueprint is already shared with at least one of these accounts.</source>
        <translation>该镜像已共享给这些账号中的至少一个。</translation>
    </message>
    <message>
        <source>The blueprint is not shared with at least one of these accounts.</source>
        <translation>该镜像未共享给这些账号中的至少一个。</translation>
    </message>
    <message>
        <source>The blueprint&apos;s current state does not allow this operation.</source>
        <translation>该镜像的当前状态不允许执行此操作。</translation>
    </message>
    <message>
        <source>The blueprint&apos;s previous operation is still running; try again shortly.</source>
        <translation>该镜像的上一个操作仍在进行中，请稍后重试。</translation>
    </message>
    <message>
        <source>The blueprint is in use.</source>
        <translation>该镜像正在使用中。</translation>
    </message>
    <message>
        <source>Another operation on the blueprint is in progress; try again shortly.</source>
        <translation>该镜像上有另一个操作正在进行，请稍后重试。</translation>
    </message>
    <message>
        <source>An account belongs to the other site (China mainland vs international) and cannot receive this blueprint.</source>
        <translation>有账号属于另一个站点（中国站与国际站不互通），无法接收此镜像。</translation>
    </message>
    <message>
        <source>A blueprint cannot be shared with the account that owns it.</source>
        <translation>镜像不能共享给其所属的账号。</translation>
    </message>
    <message>
        <source>At least one of these account IDs does not exist.</source>
        <translation>这些账号 ID 中至少有一个不存在。</translation>
    </message>
    <message>
        <source>At least one of these accounts is a sub-account; only root accounts can receive a blueprint.</source>
        <translation>这些账号中至少有一个是子账号；只有主账号才能接收镜像。</translation>
    </message>
    <message>
        <source>The blueprint ID is malformed (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation>镜像 ID 格式错误（应为 lhbp- 加 8 个小写字母或数字）。</translation>
    </message>
    <message>
        <source>The blueprint ID is invalid.</source>
        <translation>镜像 ID 无效。</translation>
    </message>
    <message>
        <source>The blueprint is not in the NORMAL state.</source>
        <translation>镜像不处于 NORMAL（正常）状态。</translation>
    </message>
    <message>
        <source>A value must not be negative.</source>
        <translation>取值不能为负数。</translation>
    </message>
    <message>
        <source>A value is out of range.</source>
        <translation>取值超出范围。</translation>
    </message>
    <message>
        <source>A value is given twice.</source>
        <translation>存在重复的取值。</translation>
    </message>
    <message>
        <source>A value is too long.</source>
        <translation>取值过长。</translation>
    </message>
    <message>
        <source>Blueprint IDs and filters cannot be combined.</source>
        <translation>镜像 ID 与过滤条件不能同时使用。</translation>
    </message>
    <message>
        <source>A filter is invalid.</source>
        <translation>过滤条件无效。</translation>
    </message>
    <message>
        <source>A filter has too many values.</source>
        <translation>过滤条件的取值过多。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>网络连接失败。</translation>
    </message>
    <message>
        <source>The server sent a reply that is not a valid API response.</source>
        <translation>服务器返回的不是有效的 API 响应。</translation>
    </message>
    <message>
        <source>The request was stopped.</source>
        <translation>请求已停止。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was abandoned.</source>
        <translation>无法验证服务器的 TLS 证书，因此已放弃连接。</translation>
    </message>
    <message>
        <source>The sharing quota does not allow this: one request shares with at most 10 accounts, and a blueprint&apos;s sharing quota may be used up (cancel some shares first).</source>
        <translation>共享配额不允许此操作：每个请求最多共享给 10 个账号，且镜像的共享配额可能已用完（请先取消部分共享）。</translation>
    </message>
    <message>
        <source>The server could not find the command behind this request; trying again does not help. Contact Tencent Cloud support with the RequestId.</source>
        <translation>服务器找不到此请求对应的命令，重试也无济于事。请提供 RequestId 联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>Too many values in one request.</source>
        <translation>单个请求中的取值过多。</translation>
    </message>
    <message>
        <source>The platform type is invalid (expected LINUX_UNIX or WINDOWS).</source>
        <translation>平台类型无效（应为 LINUX_UNIX 或 WINDOWS）。</translation>
    </message>
    <message>
        <source>The blueprint type is invalid (expected APP_OS, PURE_OS, DOCKER, PRIVATE or SHARED).</source>
        <translation>镜像类型无效（应为 APP_OS、PURE_OS、DOCKER、PRIVATE 或 SHARED）。</translation>
    </message>
    <message>
        <source>A filter has a field other than Name and Values.</source>
        <translation>过滤条件中含有 Name 和 Values 以外的字段。</translation>
    </message>
    <message>
        <source>A filter&apos;s Name is not a text value.</source>
        <translation>过滤条件的 Name 不是文本值。</translation>
    </message>
    <message>
        <source>A filter is not an object with Name and Values.</source>
        <translation>过滤条件不是包含 Name 和 Values 的对象。</translation>
    </message>
    <message>
        <source>A filter name is not one this action supports.</source>
        <translation>此操作不支持该过滤条件名称。</translation>
    </message>
    <message>
        <source>The list is longer than this tool reads at once.</source>
        <translation>列表长度超出了本工具一次能读取的上限。</translation>
    </message>
    <message>
        <source>The list kept changing while it was read (someone else is editing it); try again shortly.</source>
        <translation>读取期间列表一直在变化（有其他人正在编辑），请稍后重试。</translation>
    </message>
    <message>
        <source>Too many accounts in one request: a cancel names at most 10 accounts.</source>
        <translation>单个请求中的账号过多：每次取消共享最多指定 10 个账号。</translation>
    </message>
    <message>
        <source>Too many values in one request: at most 100 blueprint IDs or 10 filters per listing.</source>
        <translation>单个请求中的取值过多：每次查询最多指定 100 个镜像 ID 或 10 个过滤条件。</translation>
    </message>
    <message>
        <source>A blueprint state given in a filter is not a valid state.</source>
        <translation>过滤条件中指定的镜像状态无效。</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>JobPlan</name>
    <message>
        <source>not shared with this account — nothing to cancel</source>
        <translation>未共享给此账号，无需取消</translation>
    </message>
    <message>
        <source>already shared with this account</source>
        <translation>已共享给此账号</translation>
    </message>
    <message>
        <source>confirmed from the recipient list: the interrupted job had done it</source>
        <translation>已根据共享对象列表确认：被中断的任务已完成此操作</translation>
    </message>
</context>
<context>
    <name>LhShare::AccessScan</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>LhShare::AccessTableModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Blueprint ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>共享时间</translation>
    </message>
</context>
<context>
    <name>LhShare::AccessView</name>
    <message>
        <source>S&amp;can</source>
        <translation>扫描(&amp;C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Revoke selecte&amp;d…</source>
        <translation>收回所选(&amp;D)…</translation>
    </message>
    <message>
        <source>Revo&amp;ke all…</source>
        <translation>全部收回(&amp;K)…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Export ta&amp;ble…</source>
        <translation>导出表格(&amp;B)…</translation>
    </message>
    <message>
        <source>Export who can use what</source>
        <translation>导出各镜像的可用账号</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Acc&amp;ounts to look for (none: every account with access)</source>
        <translation>要查找的账号(&amp;O)（留空：所有有访问权限的账号）</translation>
    </message>
    <message>
        <source>Accounts to look for</source>
        <translation>要查找的账号</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Regions to scan</source>
        <translation>要扫描的地域</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Scan every region</source>
        <translation>扫描所有地域</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Clear the region choice, to pick a few</source>
        <translation>清除地域选择，以便只挑选几个地域</translation>
    </message>
    <message>
        <source>Read which custom blueprints the accounts can use in the checked regions</source>
        <translation>读取这些账号在所勾选的地域中可以使用哪些自定义镜像</translation>
    </message>
    <message>
        <source>Stop reading; nothing is changed by a scan</source>
        <translation>停止读取；扫描不会更改任何内容</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v/%m 页</translation>
    </message>
    <message>
        <source>Regions not read completely</source>
        <translation>未完整读取的地域</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Account, region or blueprint</source>
        <translation>账号、地域或镜像</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Who can use which blueprint</source>
        <translation>哪些账号可以使用哪些镜像</translation>
    </message>
    <message>
        <source>&amp;Who can use what</source>
        <translation>各镜像的可用账号(&amp;W)</translation>
    </message>
    <message>
        <source>Access summary</source>
        <translation>访问权限摘要</translation>
    </message>
    <message>
        <source>Review, then stop sharing the selected rows&apos; blueprints with their accounts</source>
        <translation>审核后，取消所选行中的镜像与对应账号的共享</translation>
    </message>
    <message>
        <source>Copy the selected rows (or every row shown) as CSV</source>
        <translation>将选中的行（或显示的所有行）复制为 CSV</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or JSON</source>
        <translation>将显示的行保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Enter accounts (or none for every account), pick regions, then Scan.</source>
        <translation>输入账号（留空表示所有账号），选择地域，然后点击“扫描”。</translation>
    </message>
    <message>
        <source>Add credentials or try the demo to see who can use your blueprints.</source>
        <translation>请添加凭据或试用演示，以查看哪些账号可以使用您的镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地域</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading who can use the custom blueprints in %1…</source>
        <translation>正在读取 %1中哪些账号可以使用自定义镜像…</translation>
    </message>
    <message>
        <source>Looking for %1 in %2…</source>
        <translation>正在 %2中查找 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped. Scan again to see who can use what.</source>
        <translation>扫描已停止。请重新扫描，以查看各镜像的可用账号。</translation>
    </message>
    <message>
        <source>Could not scan</source>
        <translation>无法扫描</translation>
    </message>
    <message>
        <source>No account found with access.</source>
        <translation>未找到有访问权限的账号。</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n region(s).</source>
        <translation>
            <numerusform>已扫描 %n 个地域。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid entry(s) of the account list left out.</source>
        <translation>
            <numerusform>已排除账号列表中的 %n 个无效条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: this site does not list who a blueprint is shared with, so its accounts cannot be shown.</source>
        <translation>%1：此站点不提供镜像共享对象的查询，因此无法显示其账号。</translation>
    </message>
    <message>
        <source>No custom blueprint there is shared with anyone.</source>
        <translation>该地域没有已共享给他人的自定义镜像。</translation>
    </message>
    <message>
        <source>Shared with someone: %1.</source>
        <translation>已共享给他人：%1。</translation>
    </message>
    <message>
        <source>Not every region could be read. Accounts may have access there that the table does not show, so Revoke all… needs a complete scan:</source>
        <translation>未能读取所有地域。账号在这些地域可能拥有表格中未显示的访问权限，因此“全部收回…”需要完整的扫描：</translation>
    </message>
    <message>
        <source>Nothing was planned</source>
        <translation>未制定任何计划</translation>
    </message>
    <message>
        <source>Scan for given accounts first: Revoke all removes them from every blueprint they can use</source>
        <translation>请先扫描指定的账号：“全部收回”会将这些账号从其可使用的所有镜像中移除</translation>
    </message>
    <message>
        <source>Not every region was read: scan again, or leave those regions out, first</source>
        <translation>未能读取所有地域：请先重新扫描，或排除这些地域</translation>
    </message>
    <message>
        <source>Review, then remove the scanned accounts from every blueprint they can use</source>
        <translation>审核后，将扫描的账号从其可使用的所有镜像中移除</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>已显示 %1/%2</translation>
    </message>
</context>
<context>
    <name>LhShare::AccountIdEditor</name>
    <message>
        <source>Paste, drop a file, or &amp;Import…</source>
        <translation>粘贴、拖入文件或导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Type or paste account IDs, then press Enter</source>
        <translation>输入或粘贴账号 ID，然后按 Enter</translation>
    </message>
    <message>
        <source>Account IDs to add</source>
        <translation>要添加的账号 ID</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>要变更的账号</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected (or all valid) account IDs</source>
        <translation>复制选中的（或全部有效的）账号 ID</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>移除无效项(&amp;V)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Export the valid IDs…</source>
        <translation>导出有效 ID…</translation>
    </message>
    <message>
        <source>Account list summary</source>
        <translation>账号列表摘要</translation>
    </message>
    <message>
        <source>Add from %1</source>
        <translation>从 %1 添加</translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>替换列表</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove invalid IDs</source>
        <translation>移除无效 ID</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <source>typed text</source>
        <translation>输入的文本</translation>
    </message>
    <message>
        <source>Import account IDs</source>
        <translation>导入账号 ID</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>文本和 CSV 文件 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export account IDs</source>
        <translation>导出账号 ID</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ignored words</source>
        <translation>已忽略的词</translation>
    </message>
    <message>
        <source>Text that is no attempt at an account ID (names, headers, prose). Click to see it.</source>
        <translation>并非账号 ID 的文本（名称、表头、正文等）。点击即可查看。</translation>
    </message>
    <message>
        <source>Reading account IDs… %p%</source>
        <translation>正在读取账号 ID… %p%</translation>
    </message>
    <message>
        <source>Reading account IDs</source>
        <translation>正在读取账号 ID</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read as account IDs: text with no attempt at an ID.</source>
        <translation>未作为账号 ID 读取：这些文本并非账号 ID。</translation>
    </message>
</context>
<context>
    <name>LhShare::AccountIdListModel</name>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>duplicate (merged)</source>
        <translation>重复（已合并）</translation>
    </message>
</context>
<context>
    <name>LhShare::ApiCall</name>
    <message>
        <source>TLS certificate rejected: %1</source>
        <translation>TLS 证书被拒绝：%1</translation>
    </message>
    <message>
        <source>The request was stopped before it was sent.</source>
        <translation>请求在发送前已停止。</translation>
    </message>
    <message>
        <source>The request was stopped.</source>
        <translation>请求已停止。</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到完整响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; it was not read.</source>
        <translation>响应大于 %1 MiB，未读取。</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived; the request may have been applied.</source>
        <translation>在收到响应前连接已关闭；该请求可能已生效。</translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintChoiceDialog</name>
    <message>
        <source>Copy recipients from a blueprint</source>
        <translation>从镜像复制共享对象</translation>
    </message>
    <message>
        <source>Region of the blueprint to copy from</source>
        <translation>要从中复制的镜像所在的地域</translation>
    </message>
    <message>
        <source>lhbp-xxxxxxxx</source>
        <translation>lhbp-xxxxxxxx</translation>
    </message>
    <message>
        <source>Blueprint ID to copy recipients from</source>
        <translation>要从中复制共享对象的镜像 ID</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Blueprint ID:</source>
        <translation>镜像 ID(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LhShare::BlueprintPicker</name>
    <message>
        <source>&amp;Blueprints (custom images)</source>
        <translation>自定义镜像(&amp;B)</translation>
    </message>
    <message>
        <source>Filter by name, ID, OS…</source>
        <translation>按名称、ID、操作系统筛选…</translation>
    </message>
    <message>
        <source>Filter blueprints</source>
        <translation>筛选镜像</translation>
    </message>
    <message>
        <source>Reload the blueprints of this region</source>
        <translation>重新加载此地域的镜像</translation>
    </message>
    <message>
        <source>Reload blueprints</source>
        <translation>重新加载镜像</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>&amp;Manual ID:</source>
        <translation>手动输入 ID(&amp;M)：</translation>
    </message>
    <message>
        <source>Blueprint ID typed by hand</source>
        <translation>手动输入的镜像 ID</translation>
    </message>
    <message>
        <source>Problem with the blueprint ID</source>
        <translation>镜像 ID 有误</translation>
    </message>
    <message>
        <source>Loading blueprints…</source>
        <translation>正在加载镜像…</translation>
    </message>
    <message>
        <source>Loading blueprints… %1 of %2</source>
        <translation>正在加载镜像… %1 / %2</translation>
    </message>
    <message>
        <source>A blueprint ID starts with “lhbp-”.</source>
        <translation>镜像 ID 以“lhbp-”开头。</translation>
    </message>
    <message>
        <source>“lhbp-” must be followed by exactly 8 characters (this has %1).</source>
        <translation>“lhbp-”后面必须正好是 8 个字符（当前为 %1 个）。</translation>
    </message>
    <message>
        <source>Only lower-case letters and digits may follow “lhbp-”.</source>
        <translation>“lhbp-”后面只能是小写字母和数字。</translation>
    </message>
    <message>
        <source>Could not load the blueprints</source>
        <translation>无法加载镜像</translation>
    </message>
    <message>
        <source>This region has no custom blueprints.</source>
        <translation>此地域没有自定义镜像。</translation>
    </message>
    <message>
        <source>Not a blueprint ID: %1</source>
        <translation>不是镜像 ID：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::AccountsCommand</name>
    <message>
        <source>Clean a list of account IDs: the unique valid IDs, in first-seen order, one a line on standard output; the counts and each invalid token with its line and column on standard error. Tables are read by their account ID column; words are ignored.</source>
        <translation>整理账号 ID 列表：将去重后的有效 ID 按首次出现的顺序输出到标准输出，每行一个；将统计数字以及每个无效条目及其行号和列号输出到标准错误。表格按其账号 ID 列读取；普通词语会被忽略。</translation>
    </message>
    <message>
        <source>Account IDs separated by commas, spaces or newlines (repeatable).</source>
        <translation>账号 ID，以逗号、空格或换行分隔（可重复指定）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Read account IDs from a file (“-” for standard input).</source>
        <translation>从文件读取账号 ID（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file to read, like --accounts-file.</source>
        <translation>要读取的文件，作用同 --accounts-file。</translation>
    </message>
    <message>
        <source>Pass one file (or “-”), not %1.</source>
        <translation>请只传入一个文件（或“-”），而不是 %1 个。</translation>
    </message>
    <message>
        <source>No accounts: pass --accounts, --accounts-file or “-” for standard input.</source>
        <translation>没有账号：请传入 --accounts、--accounts-file，或用“-”表示标准输入。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ApiCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--region is required (for example --region ap-guangzhou).</source>
        <translation>必须指定 --region（例如 --region ap-guangzhou）。</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
    <message>
        <source>(RequestId: %1)</source>
        <translation>（RequestId：%1）</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this computer&apos;s clock differs from Tencent Cloud&apos;s by %n second(s); requests are now signed with the server&apos;s time. Please correct the system clock.</source>
        <translation>
            <numerusform>警告：本机时钟与腾讯云相差 %n 秒；现在改用服务器时间为请求签名。请校正系统时钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>--blueprint is required.</source>
        <translation>必须指定 --blueprint。</translation>
    </message>
    <message>
        <source>“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation>“%1”不是镜像 ID（应为 lhbp- 加 8 个小写字母或数字）。</translation>
    </message>
    <message>
        <source>HTTP proxy: system (the https_proxy variables, then the desktop&apos;s settings), none, or [http://][user[:password]@]host:port. Default: the choice made in the window&apos;s Preferences.</source>
        <translation>HTTP 代理：system（先使用 https_proxy 等环境变量，再使用桌面设置）、none，或 [http://][user[:password]@]host:port。默认：窗口“首选项”中的选择。</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>The proxy saved in Preferences is incomplete; pass --proxy.</source>
        <translation>“首选项”中保存的代理设置不完整；请传入 --proxy。</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No credentials: pass --profile NAME (see “profiles add”) or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (%1).</source>
        <translation>没有凭据：请传入 --profile NAME（参见“profiles add”），或设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid account ID(s); nothing was sent.</source>
        <translation>
            <numerusform>%n 个账号 ID 无效；未发送任何请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>No account IDs found in the input.</source>
        <translation>输入中未找到账号 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate account ID(s) merged.</source>
        <translation>
            <numerusform>已合并 %n 个重复的账号 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::BlueprintsCommand</name>
    <message>
        <source>List the custom blueprints of a region (DescribeBlueprints).</source>
        <translation>列出某地域的自定义镜像（DescribeBlueprints）。</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>private</source>
        <translation>未共享</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ChangeSharingCommand</name>
    <message>
        <source>Stop sharing blueprints with accounts (CancelShareBlueprintAcrossAccounts).</source>
        <translation>取消镜像与账号的共享（CancelShareBlueprintAcrossAccounts）。</translation>
    </message>
    <message>
        <source>Share blueprints with accounts (ShareBlueprintAcrossAccounts).</source>
        <translation>将镜像共享给账号（ShareBlueprintAcrossAccounts）。</translation>
    </message>
    <message>
        <source>Blueprint ID, lhbp-xxxxxxxx (repeatable).</source>
        <translation>镜像 ID，格式为 lhbp-xxxxxxxx（可重复指定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Look the blueprints up in every supported region.</source>
        <translation>在所有支持的地域中查找这些镜像。</translation>
    </message>
    <message>
        <source>--region and --all-regions cannot be combined.</source>
        <translation>--region 与 --all-regions 不能同时使用。</translation>
    </message>
    <message>
        <source>Not found in any region: %1. Nothing was sent.</source>
        <translation>在所有地域中均未找到：%1。未发送任何请求。</translation>
    </message>
    <message>
        <source>Looking up blueprints in %1 failed:</source>
        <translation>在地域 %1 中查找镜像失败：</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::HistoryCommand</name>
    <message>
        <source>List past jobs from the history (%1).</source>
        <translation>列出历史记录中的以往任务（%1）。</translation>
    </message>
    <message>
        <source>Show only the job whose ID starts with &lt;id&gt;.</source>
        <translation>只显示 ID 以 &lt;ID&gt; 开头的任务。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n unreadable line(s) in the history were skipped (an interrupted write).</source>
        <translation>
            <numerusform>警告：已跳过历史记录中 %n 行无法读取的内容（写入曾被中断）。</numerusform>
        </translation>
    </message>
    <message>
        <source>[interrupted: resume with “resume %1”]</source>
        <translation>[已中断：可用“resume %1”继续执行]</translation>
    </message>
    <message>
        <source>[undo of %1]</source>
        <translation>[撤销任务 %1]</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>暂无任务。</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed</source>
        <translation>%1 个已完成，%2 个已跳过，%3 个失败</translation>
    </message>
    <message numerus="yes">
        <source>[%n not verified: resume with “resume %1”]</source>
        <translation>
            <numerusform>[%n 个未验证：可用“resume %1”继续执行]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::JobCommand</name>
    <message>
        <source>Print the plan (batches and request count) and send nothing.</source>
        <translation>打印执行计划（批次和请求数），不发送任何请求。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不询问确认。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需执行任何操作。</translation>
    </message>
    <message>
        <source>Could not read the current recipients:</source>
        <translation>无法读取当前的共享对象：</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Current recipients were not checked (dry run, or the site has no recipient listing); accounts already in the wanted state are reported as skipped when the job runs.</source>
        <translation>未检查当前的共享对象（试运行，或该站点不提供共享对象查询）；任务运行时，已处于目标状态的账号将报告为“已跳过”。</translation>
    </message>
    <message>
        <source>Refusing to change sharing without confirmation: pass --yes (standard input is not a terminal).</source>
        <translation>未经确认，拒绝变更共享：请传入 --yes（标准输入不是终端）。</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types to confirm; the answer is compared with this translation and with &quot;yes&quot;.</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何变更。</translation>
    </message>
    <message>
        <source>%1/%2 requests answered</source>
        <translation>已响应 %1/%2 个请求</translation>
    </message>
    <message>
        <source>FAILED %1 %2 [%3]: %4 — %5</source>
        <translation>失败 %1 %2 [%3]：%4 — %5</translation>
    </message>
    <message>
        <source>(RequestId: %1)</source>
        <translation>（RequestId：%1）</translation>
    </message>
    <message numerus="yes">
        <source>Plan: share with %1 account(s) in %n request(s), about %2 s at the rate limit.</source>
        <translation>
            <numerusform>计划：共享给 %1 个账号，共 %n 个请求，按频率限制约需 %2 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: stop sharing with %1 account(s) in %n request(s), about %2 s at the rate limit.</source>
        <translation>
            <numerusform>计划：取消与 %1 个账号的共享，共 %n 个请求，按频率限制约需 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proceed? Type “%1” to continue: </source>
        <translation>是否继续？输入“%1”以继续：</translation>
    </message>
    <message>
        <source>No job “%1” in the history.</source>
        <translation>历史记录中没有任务“%1”。</translation>
    </message>
    <message>
        <source>“%1” matches several jobs; give more of the ID.</source>
        <translation>“%1”匹配多个任务；请提供更完整的 ID。</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入点：%1</translation>
    </message>
    <message>
        <source>Verifying the changes in the recipient list…</source>
        <translation>正在通过共享对象列表验证变更…</translation>
    </message>
    <message>
        <source>No interrupted or unverified job in the history.</source>
        <translation>历史记录中没有被中断或未验证的任务。</translation>
    </message>
    <message>
        <source>Account IDs separated by commas, spaces or newlines (repeatable).</source>
        <translation>账号 ID，以逗号、空格或换行分隔（可重复指定）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Read account IDs from a file (“-” for standard input).</source>
        <translation>从文件读取账号 ID（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No accounts: pass --accounts or --accounts-file.</source>
        <translation>没有账号：请传入 --accounts 或 --accounts-file。</translation>
    </message>
    <message>
        <source>How long a change may take to show in the recipient list before it counts as not verified (default 30; 0 does not wait).</source>
        <translation>变更在共享对象列表中显示所允许的最长时间，超过后计为未验证（默认 30；0 表示不等待）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--verify-timeout must be a number of seconds from 0 to 3600.</source>
        <translation>--verify-timeout 必须是 0 到 3600 之间的秒数。</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 account(s) gain access and %2 lose it, in %n request(s), about %3 s at the rate limit.</source>
        <translation>
            <numerusform>计划：%1 个账号获得访问权限，%2 个账号失去访问权限，共 %n 个请求，按频率限制约需 %3 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged, nothing sent)</source>
        <translation>（无变化，未发送请求）</translation>
    </message>
    <message>
        <source>Job %1: %2 done, %3 not verified, %4 skipped, %5 failed, %6 not sent; %7 requests sent.</source>
        <translation>任务 %1：%2 个已完成，%3 个未验证，%4 个已跳过，%5 个失败，%6 个未发送；已发送 %7 个请求。</translation>
    </message>
    <message>
        <source>NOT VERIFIED %1 %2 %3: %4</source>
        <translation>未验证 %1 %2 %3：%4</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::OffboardCommand</name>
    <message>
        <source>Remove accounts from every custom blueprint they can use: scan, plan, confirm, cancel.</source>
        <translation>将账号从其可使用的所有自定义镜像中移除：扫描、计划、确认、取消共享。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ProfilesCommand</name>
    <message>
        <source>Usage: lighthouse-share-cli profiles &lt;action&gt; [options]</source>
        <translation>用法：lighthouse-share-cli profiles &lt;操作&gt; [选项]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>List saved profiles (SecretIds redacted).</source>
        <translation>列出已保存的凭据配置（SecretId 已脱敏）。</translation>
    </message>
    <message>
        <source>Save a profile; the SecretKey is read from standard input.</source>
        <translation>保存凭据配置；SecretKey 从标准输入读取。</translation>
    </message>
    <message>
        <source>Show a profile and whether its secrets are in the keychain.</source>
        <translation>显示凭据配置，以及其密钥是否保存在密钥环中。</translation>
    </message>
    <message>
        <source>Delete a profile and its keychain entries.</source>
        <translation>删除凭据配置及其密钥环条目。</translation>
    </message>
    <message>
        <source>Import tccli profiles from ~/.tccli (default: TCCLI_PROFILE or “default”).</source>
        <translation>从 ~/.tccli 导入 tccli 配置（默认：TCCLI_PROFILE 或“default”）。</translation>
    </message>
    <message>
        <source>Import TENCENTCLOUD_SECRET_ID/_SECRET_KEY from the environment.</source>
        <translation>从环境变量导入 TENCENTCLOUD_SECRET_ID/_SECRET_KEY。</translation>
    </message>
    <message>
        <source>Import the SDK credentials file (~/.tencentcloud/credentials).</source>
        <translation>导入 SDK 凭据文件（~/.tencentcloud/credentials）。</translation>
    </message>
    <message>
        <source>Check a profile with a signed DescribeRegions call.</source>
        <translation>通过一次带签名的 DescribeRegions 调用检查凭据配置。</translation>
    </message>
    <message>
        <source>Secrets are kept only in the system keychain; imported source files are left as they are.</source>
        <translation>密钥只保存在系统密钥环中；导入的源文件保持不变。</translation>
    </message>
    <message>
        <source>Run “lighthouse-share-cli profiles &lt;action&gt; --help” for an action&apos;s options.</source>
        <translation>运行“lighthouse-share-cli profiles &lt;操作&gt; --help”查看某个操作的选项。</translation>
    </message>
    <message>
        <source>unknown profiles action “%1”.</source>
        <translation>未知的 profiles 操作“%1”。</translation>
    </message>
    <message>
        <source>Profile name(s).</source>
        <translation>凭据配置名称。</translation>
    </message>
    <message>
        <source>“profiles %1” needs a profile name.</source>
        <translation>“profiles %1”需要一个凭据配置名称。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>List saved credential profiles.</source>
        <translation>列出已保存的凭据配置。</translation>
    </message>
    <message>
        <source>No profiles saved yet. Add one with “lighthouse-share-cli profiles add NAME --secret-id ID” or import one with “profiles import-tccli”.</source>
        <translation>尚未保存任何凭据配置。可用“lighthouse-share-cli profiles add NAME --secret-id ID”添加，或用“profiles import-tccli”导入。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SECRETID</source>
        <translation>SECRETID</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>The SecretId (AKID…). The SecretKey is read from standard input.</source>
        <translation>SecretId（AKID…）。SecretKey 从标准输入读取。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Default region, e.g. ap-guangzhou.</source>
        <translation>默认地域，例如 ap-guangzhou。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>API endpoint: default, intl, a host name or an https URL.</source>
        <translation>API 接入点：default、intl、主机名或 https URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also read a session token from standard input (the line after the SecretKey).</source>
        <translation>同时从标准输入读取临时令牌（Token）（SecretKey 之后的一行）。</translation>
    </message>
    <message>
        <source>Overwrite an existing profile of that name.</source>
        <translation>覆盖同名的已有凭据配置。</translation>
    </message>
    <message>
        <source>Save a credential profile. The SecretKey is read from standard input (one line; on a terminal it is asked for without echo) and stored in the system keychain, never in a file.</source>
        <translation>保存凭据配置。SecretKey 从标准输入读取（一行；在终端中会以不回显的方式提示输入），并保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; pass --replace to overwrite it.</source>
        <translation>名为“%1”的凭据配置已存在；如需覆盖，请传入 --replace。</translation>
    </message>
    <message>
        <source>--secret-id is required.</source>
        <translation>必须指定 --secret-id。</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>未知地域“%1”。</translation>
    </message>
    <message>
        <source>SecretKey for %1: </source>
        <translation>%1 的 SecretKey：</translation>
    </message>
    <message>
        <source>No SecretKey on standard input. Pipe it in (for example from a password manager) or type it at the prompt; it is never accepted as an argument.</source>
        <translation>标准输入中没有 SecretKey。请通过管道传入（例如从密码管理器），或在提示时输入；SecretKey 绝不接受以命令行参数形式传入。</translation>
    </message>
    <message>
        <source>Session token: </source>
        <translation>临时令牌（Token）：</translation>
    </message>
    <message>
        <source>--token-stdin was given but standard input has no token line after the SecretKey.</source>
        <translation>指定了 --token-stdin，但标准输入中 SecretKey 之后没有令牌行。</translation>
    </message>
    <message>
        <source>Profile “%1” was not saved. %2</source>
        <translation>未保存凭据配置“%1”。%2</translation>
    </message>
    <message>
        <source>Saved profile “%1” (SecretId %2). The SecretKey is in the system keychain.</source>
        <translation>已保存凭据配置“%1”（SecretId %2）。SecretKey 保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Show a saved profile. Secrets are never shown; the keychain is asked whether they are there.</source>
        <translation>显示已保存的凭据配置。绝不显示密钥，只向密钥环查询密钥是否存在。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>凭据配置：</translation>
    </message>
    <message>
        <source>SecretId:</source>
        <translation>SecretId：</translation>
    </message>
    <message>
        <source>SecretKey:</source>
        <translation>SecretKey：</translation>
    </message>
    <message>
        <source>stored in the system keychain (hidden)</source>
        <translation>已保存在系统密钥环中（隐藏）</translation>
    </message>
    <message>
        <source>not readable (see below)</source>
        <translation>无法读取（见下文）</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>临时令牌：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>stored (hidden)</source>
        <translation>已保存（隐藏）</translation>
    </message>
    <message>
        <source>stored (hidden), expires %1</source>
        <translation>已保存（隐藏），%1 过期</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>接入点：</translation>
    </message>
    <message>
        <source>Delete a saved profile: its keychain entries first, then its settings.</source>
        <translation>删除已保存的凭据配置：先删除其密钥环条目，再删除其设置。</translation>
    </message>
    <message>
        <source>Profile “%1” was not removed, so that its keychain entries are not left behind unseen. %2</source>
        <translation>未删除凭据配置“%1”，以免其密钥环条目在无人察觉的情况下残留。%2</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its keychain entries.</source>
        <translation>已删除凭据配置“%1”及其密钥环条目。</translation>
    </message>
    <message>
        <source>Import every tccli profile found in ~/.tccli.</source>
        <translation>导入 ~/.tccli 中找到的所有 tccli 配置。</translation>
    </message>
    <message>
        <source>Overwrite existing profiles of the same names.</source>
        <translation>覆盖同名的已有凭据配置。</translation>
    </message>
    <message>
        <source>Import tccli profiles (~/.tccli/&lt;name&gt;.credential and .configure) under the same names. The secrets go to the system keychain; the tccli files are left as they are.</source>
        <translation>以相同名称导入 tccli 配置（~/.tccli/&lt;名称&gt;.credential 和 .configure）。密钥保存到系统密钥环；tccli 文件保持不变。</translation>
    </message>
    <message>
        <source>Pass either profile names or --all, not both.</source>
        <translation>请指定凭据配置名称或 --all，不能同时指定两者。</translation>
    </message>
    <message>
        <source>No tccli profiles found in %1.</source>
        <translation>在 %1 中未找到 tccli 配置。</translation>
    </message>
    <message>
        <source>Save the credentials in TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN or TENCENTCLOUD_TOKEN, TENCENTCLOUD_REGION) as a profile.</source>
        <translation>将 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY（以及 TENCENTCLOUD_SESSION_TOKEN 或 TENCENTCLOUD_TOKEN、TENCENTCLOUD_REGION）中的凭据保存为凭据配置。</translation>
    </message>
    <message>
        <source>The INI file to read (default: ~/.tencentcloud/credentials, else /etc/tencentcloud/credentials).</source>
        <translation>要读取的 INI 文件（默认：~/.tencentcloud/credentials，其次为 /etc/tencentcloud/credentials）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Save the [default] credentials of the Tencent Cloud SDK credentials file as a profile. The file is left as it is.</source>
        <translation>将腾讯云 SDK 凭据文件中 [default] 节的凭据保存为凭据配置。该文件保持不变。</translation>
    </message>
    <message>
        <source>Not imported from %1: %2</source>
        <translation>未导入（来源：%1）：%2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>注意（%1）：%2</translation>
    </message>
    <message>
        <source>Imported %1 as profile “%2” (SecretId %3); the source was left as it is.</source>
        <translation>已导入为凭据配置“%2”（来源：%1，SecretId %3）；源保持不变。</translation>
    </message>
    <message>
        <source>Check a profile: one signed DescribeRegions call (it reads nothing and changes nothing).</source>
        <translation>检查凭据配置：执行一次带签名的 DescribeRegions 调用（不读取也不更改任何资源）。</translation>
    </message>
    <message>
        <source>Testing profile “%1” (SecretId %2) against %3 …</source>
        <translation>正在通过 %3 测试凭据配置“%1”（SecretId %2）…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Pass --replace to overwrite it.</source>
        <translation>如需覆盖，请传入 --replace。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::RecipientsCommand</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show who can use the custom blueprints: region, blueprint, account and since when (DescribeBlueprints, DescribeBlueprintsShareAcrossAccountInfos).</source>
        <translation>显示哪些账号可以使用自定义镜像：地域、镜像、账号及共享时间（DescribeBlueprints、DescribeBlueprintsShareAcrossAccountInfos）。</translation>
    </message>
    <message>
        <source>Only this blueprint ID (repeatable; default: every custom blueprint).</source>
        <translation>仅限此镜像 ID（可重复指定；默认：所有自定义镜像）。</translation>
    </message>
    <message>
        <source>Only these account IDs (repeatable; commas or spaces also separate).</source>
        <translation>仅限这些账号 ID（可重复指定；也可用逗号或空格分隔）。</translation>
    </message>
    <message>
        <source>Only the account IDs in a file (“-” for standard input).</source>
        <translation>仅限文件中的账号 ID（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No account found with access.</source>
        <translation>未找到有访问权限的账号。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::RegionsCommand</name>
    <message>
        <source>List the regions (DescribeRegions).</source>
        <translation>列出地域（DescribeRegions）。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::ResumeCommand</name>
    <message>
        <source>Finish an interrupted job from the history.</source>
        <translation>完成历史记录中被中断的任务。</translation>
    </message>
    <message>
        <source>Job ID (default: the latest interrupted job).</source>
        <translation>任务 ID（默认：最近一个被中断的任务）。</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation>任务 %1 已没有剩余工作。</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::SimulateCommand</name>
    <message>
        <source>Run the Lighthouse simulator on 127.0.0.1 (for demos and tests).</source>
        <translation>在 127.0.0.1 上运行 Lighthouse 模拟器（用于演示和测试）。</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>监听端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <source>demo credentials: TENCENTCLOUD_SECRET_ID=%1 TENCENTCLOUD_SECRET_KEY=%2</source>
        <translation>演示凭据：TENCENTCLOUD_SECRET_ID=%1 TENCENTCLOUD_SECRET_KEY=%2</translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::SyncCommand</name>
    <message>
        <source>Make a blueprint&apos;s recipients exactly the given accounts, or those of another blueprint: share with the missing ones, stop sharing with the others.</source>
        <translation>使镜像的共享对象恰好是指定的账号，或另一个镜像的共享对象：共享给缺少的账号，取消与其余账号的共享。</translation>
    </message>
    <message>
        <source>Blueprint ID, lhbp-xxxxxxxx.</source>
        <translation>镜像 ID，格式为 lhbp-xxxxxxxx。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Take the wanted accounts from this blueprint&apos;s recipients.</source>
        <translation>以此镜像的共享对象作为目标账号。</translation>
    </message>
    <message>
        <source>Region of the --like blueprint (default: --region).</source>
        <translation>--like 镜像所在的地域（默认：--region）。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>sync changes one blueprint: pass --blueprint once.</source>
        <translation>sync 只变更一个镜像：请只传入一次 --blueprint。</translation>
    </message>
    <message>
        <source>Pass the wanted recipients either as --accounts/--accounts-file or as --like BLUEPRINT.</source>
        <translation>请通过 --accounts/--accounts-file 或 --like BLUEPRINT 二者之一指定目标共享对象。</translation>
    </message>
    <message>
        <source>--like-region needs --like.</source>
        <translation>--like-region 需要与 --like 一起使用。</translation>
    </message>
    <message>
        <source>“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).</source>
        <translation>“%1”不是镜像 ID（应为 lhbp- 加 8 个小写字母或数字）。</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>未知地域“%1”。</translation>
    </message>
    <message>
        <source>--like names the blueprint being changed; there is nothing to copy.</source>
        <translation>--like 指定的就是要变更的镜像，没有可复制的内容。</translation>
    </message>
    <message>
        <source>Could not read the current recipients:</source>
        <translation>无法读取当前的共享对象：</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has exactly these %n recipient(s).</source>
        <translation>
            <numerusform>%1 的共享对象已恰好是这 %n 个账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no recipients in %2: copying it would remove all %n recipient(s) of %3. To do that, cancel them explicitly.</source>
        <translation>
            <numerusform>%1 在 %2 没有共享对象：照它复制会移除 %3 的全部 %n 个共享对象。如确要如此，请明确地取消共享。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::Cli::UndoCommand</name>
    <message>
        <source>Reverse a finished job: re-share what it unshared, or unshare what it shared.</source>
        <translation>撤销已完成的任务：重新共享它取消的共享，或取消它新增的共享。</translation>
    </message>
    <message>
        <source>Job ID (a unique prefix is enough).</source>
        <translation>任务 ID（唯一的前缀即可）。</translation>
    </message>
    <message>
        <source>Which job? Pass its ID (see “history”).</source>
        <translation>要撤销哪个任务？请传入其 ID（参见“history”）。</translation>
    </message>
</context>
<context>
    <name>LhShare::ConnectionTest</name>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: the endpoint accepted the signed request and listed %n region(s).</source>
        <translation>
            <numerusform>连接正常：接入点接受了签名请求，并列出了 %n 个地域。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::DemoBanner</name>
    <message>
        <source>Demo — simulated data. Nothing here touches a real Tencent Cloud account.</source>
        <translation>演示 — 模拟数据。此处的任何操作都不会影响真实的腾讯云账号。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
</context>
<context>
    <name>LhShare::DemoTour</name>
    <message>
        <source>The demo run did not finish in time.</source>
        <translation>演示任务未能及时完成。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>The demo blueprint is not listed.</source>
        <translation>演示镜像未列出。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to “%1”.</source>
        <translation>无法将截图写入“%1”。</translation>
    </message>
    <message>
        <source>The demo partner has no access beyond web-base.</source>
        <translation>演示合作账号除 web-base 外没有其他访问权限。</translation>
    </message>
</context>
<context>
    <name>LhShare::EditRecipientsDialog</name>
    <message>
        <source>C&amp;opy from blueprint…</source>
        <translation>从镜像复制(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit recipients of %1</source>
        <translation>编辑 %1 的共享对象</translation>
    </message>
    <message>
        <source>Accounts %1 (%2) should be shared with. Accounts taken out of the list lose access; accounts added gain it. Apply shows the changes for review first.</source>
        <translation>%1（%2）应共享给的账号。从列表中移除的账号将失去访问权限，新增的账号将获得访问权限。点击“应用”会先列出变更供您审核。</translation>
    </message>
    <message>
        <source>Replace the list with the recipients of another blueprint, in this region or another</source>
        <translation>用另一个镜像（位于此地域或其他地域）的共享对象替换列表</translation>
    </message>
    <message>
        <source>Review the accounts that gain or lose access, then apply</source>
        <translation>审核将获得或失去访问权限的账号，然后应用</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading who %1 is shared with now…</source>
        <translation>正在读取 %1 当前的共享对象…</translation>
    </message>
    <message>
        <source>Reading who %1 (%2) is shared with…</source>
        <translation>正在读取 %1（%2）的共享对象…</translation>
    </message>
    <message>
        <source>Could not read the recipients of %1</source>
        <translation>无法读取 %1 的共享对象</translation>
    </message>
    <message>
        <source>current recipients</source>
        <translation>当前共享对象</translation>
    </message>
    <message>
        <source>recipients of %1</source>
        <translation>%1 的共享对象</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s) now.</source>
        <translation>
            <numerusform>%1 当前共享给 %n 个账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n recipient(s) of %1 (%2).</source>
        <translation>
            <numerusform>已复制 %1（%2）的 %n 个共享对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is exactly the current recipients; nothing to change.</source>
        <translation>列表与当前共享对象完全一致，无需变更。</translation>
    </message>
    <message>
        <source>Remove or correct the invalid entries first: an ID left out would lose access</source>
        <translation>请先移除或更正无效条目：被遗漏的 ID 将失去访问权限</translation>
    </message>
    <message>
        <source>%1 (%2) is shared with nobody; the list is left as it was.</source>
        <translation>%1（%2）没有共享给任何账号；列表保持不变。</translation>
    </message>
</context>
<context>
    <name>LhShare::EndpointBanner</name>
    <message>
        <source>Endpoint outside Tencent Cloud</source>
        <translation>非腾讯云接入点</translation>
    </message>
</context>
<context>
    <name>LhShare::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Blueprint ID, account ID or job ID</source>
        <translation>镜像 ID、账号 ID 或任务 ID</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Batches of the selected job</source>
        <translation>所选任务的批次</translation>
    </message>
    <message>
        <source>Show jobs started on or after</source>
        <translation>显示在此日期当天或之后开始的任务</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>撤销(&amp;U)…</translation>
    </message>
    <message>
        <source>Review a job that reverses what the selected job changed</source>
        <translation>审核一个新任务，用于撤销所选任务所做的变更</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>继续(&amp;R)…</translation>
    </message>
    <message>
        <source>Review a job that sends what the selected job never finished</source>
        <translation>审核一个新任务，用于发送所选任务未完成的部分</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the listed jobs as CSV or JSON</source>
        <translation>将列出的任务保存为 CSV 或 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history file could not be read and were skipped.</source>
        <translation>
            <numerusform>历史记录文件中有 %n 行无法读取，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>暂无任务。</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Job %1, started %2 by profile “%3” (%4) via %5</source>
        <translation>任务 %1，%2 由凭据配置“%3”（%4）通过 %5 启动</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again because the change did not show.</source>
        <translation>
            <numerusform>由于变更未显示，已重新发送 %n 个请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::HistoryModel</name>
    <message>
        <source>share (undo)</source>
        <translation>共享（撤销）</translation>
    </message>
    <message>
        <source>cancel (undo)</source>
        <translation>取消共享（撤销）</translation>
    </message>
    <message>
        <source>share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 failed</source>
        <translation>%1 个已完成 · %2 个已跳过 · %3 个失败</translation>
    </message>
    <message>
        <source>stopped, can be resumed</source>
        <translation>已停止，可继续执行</translation>
    </message>
    <message>
        <source>interrupted, can be resumed</source>
        <translation>已中断，可继续执行</translation>
    </message>
    <message>
        <source>finished with failures</source>
        <translation>已完成，有失败项</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>sync (undo)</source>
        <translation>同步（撤销）</translation>
    </message>
    <message numerus="yes">
        <source>%n not verified, can be resumed</source>
        <translation>
            <numerusform>%n 个未验证，可继续执行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::InlineStatus</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::Job</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>LhShare::JobResultModel</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>LhShare::JobResultsPanel</name>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation>重试失败项(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy failed &amp;IDs</source>
        <translation>复制失败的 ID(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>导出结果(&amp;X)…</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v / %m 个请求</translation>
    </message>
    <message>
        <source>Send no further requests (Esc); requests already sent still complete</source>
        <translation>不再发送新请求（Esc）；已发送的请求仍会完成</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>结果摘要</translation>
    </message>
    <message>
        <source>Results per account</source>
        <translation>各账号的结果</translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation>复制 RequestId(&amp;R)</translation>
    </message>
    <message>
        <source>Review a new job for the accounts that failed or were not sent</source>
        <translation>为失败或未发送的账号审核一个新任务</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>No job run yet.</source>
        <translation>尚未运行任务。</translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 failed · %4 not sent</source>
        <translation>%1 个已完成 · %2 个已跳过 · %3 个失败 · %4 个未发送</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>已停止。%1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Checking that the recipient list shows the changes…</source>
        <translation>正在检查共享对象列表是否已显示变更…</translation>
    </message>
    <message numerus="yes">
        <source>%n not verified · %1</source>
        <translation>
            <numerusform>%n 个未验证 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::KeychainCredentialStore</name>
    <message>
        <source>The keychain holds no entry “%1”. If your login keyring is locked, unlock it; otherwise save the profile again with its SecretKey.</source>
        <translation>密钥环中没有条目“%1”。如果登录密钥环已锁定，请将其解锁；否则请重新保存该凭据配置及其 SecretKey。</translation>
    </message>
    <message>
        <source>The keychain refused to read “%1”: %2</source>
        <translation>密钥环拒绝读取“%1”：%2</translation>
    </message>
    <message>
        <source>The keychain refused to store “%1”: %2</source>
        <translation>密钥环拒绝保存“%1”：%2</translation>
    </message>
    <message>
        <source>The keychain refused to delete “%1”: %2</source>
        <translation>密钥环拒绝删除“%1”：%2</translation>
    </message>
    <message>
        <source>The keychain holds no secrets for this profile.</source>
        <translation>密钥环中没有此凭据配置的密钥。</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service can be reached</source>
        <translation>没有 D-Bus 会话总线，因此无法连接任何 Secret Service</translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked login keyring</source>
        <translation>Secret Service 中没有已解锁的登录密钥环</translation>
    </message>
    <message>
        <source>the Secret Service library (libsecret) seems to be missing</source>
        <translation>似乎缺少 Secret Service 库（libsecret）</translation>
    </message>
    <message>
        <source>no Secret Service or other system keychain answered</source>
        <translation>没有 Secret Service 或其他系统密钥环响应</translation>
    </message>
    <message>
        <source>No keychain reachable: %1 (the keychain said: “%2”). Lighthouse Share keeps SecretKeys and tokens only in the system keychain, never in a plain file. To fix it, start a Secret Service such as gnome-keyring or KWallet in your desktop session, unlock the login keyring, and make sure libsecret is installed (Debian/Ubuntu: libsecret-1-0).</source>
        <translation>无法连接密钥环：%1（密钥环返回：“%2”）。Lighthouse Share 只将 SecretKey 和令牌保存在系统密钥环中，绝不写入明文文件。解决方法：在桌面会话中启动 gnome-keyring 或 KWallet 等 Secret Service，解锁登录密钥环，并确认已安装 libsecret（Debian/Ubuntu：libsecret-1-0）。</translation>
    </message>
</context>
<context>
    <name>LhShare::MainWindow</name>
    <message>
        <source>Lighthouse Share</source>
        <translation>Lighthouse Share</translation>
    </message>
    <message>
        <source>current recipients</source>
        <translation>当前共享对象</translation>
    </message>
    <message>
        <source>&amp;Cancel sharing…</source>
        <translation>取消共享(&amp;C)…</translation>
    </message>
    <message>
        <source>Review, then stop sharing the selected blueprints with the listed accounts (Ctrl+Enter)</source>
        <translation>审核后，取消所选镜像与列表中账号的共享（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>共享(&amp;H)…</translation>
    </message>
    <message>
        <source>Review, then share the selected blueprints with the listed accounts</source>
        <translation>审核后，将所选镜像共享给列表中的账号</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>历史记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Past jobs: export, undo, resume (Ctrl+H)</source>
        <translation>以往任务：导出、撤销、继续执行（Ctrl+H）</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>地域(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Cancel sharing…  (Ctrl+Enter)</source>
        <translation>取消共享(&amp;C)…  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>What the job buttons need</source>
        <translation>任务按钮的使用条件</translation>
    </message>
    <message>
        <source>Checking who the blueprints are shared with now…</source>
        <translation>正在检查镜像当前共享给了哪些账号…</translation>
    </message>
    <message>
        <source>Could not check who the blueprints are shared with now</source>
        <translation>无法检查镜像当前共享给了哪些账号</translation>
    </message>
    <message>
        <source>Add credentials or try the demo to change sharing.</source>
        <translation>请添加凭据或试用演示，以变更共享。</translation>
    </message>
    <message>
        <source>Select at least one blueprint.</source>
        <translation>请至少选择一个镜像。</translation>
    </message>
    <message>
        <source>Add account IDs to the list.</source>
        <translation>请将账号 ID 添加到列表中。</translation>
    </message>
    <message>
        <source>A job is running (Esc stops it).</source>
        <translation>有任务正在运行（按 Esc 停止）。</translation>
    </message>
    <message>
        <source>Checking current recipients…</source>
        <translation>正在检查当前共享对象…</translation>
    </message>
    <message>
        <source>Offline: no credentials</source>
        <translation>离线：没有凭据</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stopping: the window closes once the requests already sent are answered.</source>
        <translation>正在停止：已发送的请求全部得到响应后，窗口将关闭。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from Tencent Cloud&apos;s by %n second(s); requests are now signed with the server&apos;s time. Please correct the system clock.</source>
        <translation>
            <numerusform>本机时钟与腾讯云服务器时间相差 %n 秒；现已改用服务器时间为请求签名。请校正系统时钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language of the user interface, network proxy</source>
        <translation>界面语言、网络代理</translation>
    </message>
    <message>
        <source>&amp;Edit recipients…</source>
        <translation>编辑共享对象(&amp;E)…</translation>
    </message>
    <message>
        <source>Make the selected blueprint&apos;s recipients exactly a list: edit it, paste it, or copy another blueprint&apos;s</source>
        <translation>使所选镜像的共享对象恰好是一个列表：可编辑、粘贴该列表，或复制另一个镜像的共享对象</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Share and cancel per blueprint, in one region (Ctrl+1)</source>
        <translation>在单个地域中逐个镜像共享和取消共享（Ctrl+1）</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Which blueprints given accounts can use, in every region, and revoking it (Ctrl+2)</source>
        <translation>指定账号在所有地域中可以使用哪些镜像，以及收回访问权限（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Blueprints view</source>
        <translation>镜像视图(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Access view</source>
        <translation>访问权限视图(&amp;A)</translation>
    </message>
    <message>
        <source>Scan in the Access view, then revoke from its table.</source>
        <translation>请在“访问权限”视图中扫描，然后在其表格中收回。</translation>
    </message>
</context>
<context>
    <name>LhShare::MemoryCredentialStore</name>
    <message>
        <source>No secrets are stored for profile “%1” in this session.</source>
        <translation>本次会话中没有为凭据配置“%1”保存密钥。</translation>
    </message>
</context>
<context>
    <name>LhShare::PagedQuery</name>
    <message numerus="yes">
        <source>Stopped after %n page(s).</source>
        <translation>
            <numerusform>读取 %n 页后已停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It changed during %n reading(s).</source>
        <translation>
            <numerusform>在 %n 次读取中列表一直在变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language changes the next time Lighthouse Share starts. Error messages from Tencent Cloud follow it too.</source>
        <translation>语言将在下次启动 Lighthouse Share 时生效。腾讯云返回的错误信息也会使用该语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动设置 HTTP 代理(&amp;M)：</translation>
    </message>
    <message>
        <source>Problem with the preferences</source>
        <translation>首选项有误</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>The https_proxy and no_proxy variables, then the desktop&apos;s network settings</source>
        <translation>先使用 https_proxy 和 no_proxy 环境变量，再使用桌面的网络设置</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>仅当代理要求时填写</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>未更改（保存在密钥环中）</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>请输入代理的主机名，或选择其他代理设置。</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain: %1</source>
        <translation>无法将代理密码保存到密钥环中：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileLoader</name>
    <message>
        <source>No profile was chosen.</source>
        <translation>未选择凭据配置。</translation>
    </message>
    <message>
        <source>No profile named “%1”. No profiles are saved yet.</source>
        <translation>没有名为“%1”的凭据配置。尚未保存任何凭据配置。</translation>
    </message>
    <message>
        <source>No profile named “%1”. Known profiles: %2.</source>
        <translation>没有名为“%1”的凭据配置。已有的凭据配置：%2。</translation>
    </message>
    <message>
        <source>Profile “%1” has no SecretKey in the keychain. %2</source>
        <translation>凭据配置“%1”在密钥环中没有 SecretKey。%2</translation>
    </message>
    <message>
        <source>Could not read the secrets of profile “%1”: %2</source>
        <translation>无法读取凭据配置“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>Profile “%1” holds unusable credentials: %2</source>
        <translation>凭据配置“%1”中的凭据不可用：%2</translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileManager</name>
    <message>
        <source>No profile named “%1”.</source>
        <translation>没有名为“%1”的凭据配置。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>名为“%1”的凭据配置已存在。</translation>
    </message>
</context>
<context>
    <name>LhShare::ProfileSelector</name>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>凭据配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Credential profile</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <source>Manage credential profiles</source>
        <translation>管理凭据配置</translation>
    </message>
    <message>
        <source>No profile named “%1”.</source>
        <translation>没有名为“%1”的凭据配置。</translation>
    </message>
    <message>
        <source>No credential profiles yet: click “Manage…” to add one.</source>
        <translation>尚无凭据配置：请点击“管理…”添加。</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>Type the SecretKey of “%1” for this session only? It is kept in memory and forgotten when Lighthouse Share quits.</source>
        <translation>是否仅为本次会话输入“%1”的 SecretKey？它只保存在内存中，Lighthouse Share 退出后即被清除。</translation>
    </message>
    <message>
        <source>Credentials for This Session</source>
        <translation>本次会话的凭据</translation>
    </message>
    <message>
        <source>Profile “%1”, SecretId %2. Nothing you type here is saved.</source>
        <translation>凭据配置“%1”，SecretId %2。此处输入的内容均不会保存。</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>临时令牌</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>仅用于临时凭据</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>临时令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>This build has no demo.</source>
        <translation>此版本未包含演示。</translation>
    </message>
    <message>
        <source>Demo (simulated data)</source>
        <translation>演示（模拟数据）</translation>
    </message>
</context>
<context>
    <name>LhShare::ProfilesDialog</name>
    <message>
        <source>Credential Profiles</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>凭据配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的凭据配置</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建凭据配置</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>创建凭据配置副本</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除凭据配置</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>凭据配置名称</translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”. Changing it renames the profile when you save.</source>
        <translation>可使用字母、数字、“.”、“_”和“-”。修改名称后，保存时将重命名该凭据配置。</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>临时令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>临时令牌</translation>
    </message>
    <message>
        <source>Remove the stored session to&amp;ken</source>
        <translation>删除已保存的临时令牌(&amp;K)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>默认地域</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义接入点 URL</translation>
    </message>
    <message>
        <source>https://lighthouse.example.com</source>
        <translation>https://lighthouse.example.com</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存凭据配置</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>From tcc&amp;li</source>
        <translation>从 tccli 导入(&amp;L)</translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation>从 tccli 导入</translation>
    </message>
    <message>
        <source>From SDK &amp;file</source>
        <translation>从 SDK 文件导入(&amp;F)</translation>
    </message>
    <message>
        <source>Import from the SDK credentials file</source>
        <translation>从 SDK 凭据文件导入</translation>
    </message>
    <message>
        <source>From en&amp;vironment</source>
        <translation>从环境变量导入(&amp;V)</translation>
    </message>
    <message>
        <source>Import from environment variables</source>
        <translation>从环境变量导入</translation>
    </message>
    <message>
        <source>Importing fills in the form; review it and click Save. The secrets then go to the system keychain. Source files are only read and are left as they are.</source>
        <translation>导入操作只会填写表单；请检查后点击“保存”，密钥随后会保存到系统密钥环。源文件只会被读取，保持不变。</translation>
    </message>
    <message>
        <source>Default (lighthouse.tencentcloudapi.com)</source>
        <translation>默认（lighthouse.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>International site (lighthouse.intl.tencentcloudapi.com)</source>
        <translation>国际站（lighthouse.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>Nearest to the default region</source>
        <translation>离默认地域最近的接入点</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>仅用于临时凭据</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>已保存在密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation>请输入 SecretId。</translation>
    </message>
    <message>
        <source>Enter the custom endpoint URL, or choose another endpoint.</source>
        <translation>请输入自定义接入点 URL，或选择其他接入点。</translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation>请输入 SecretKey。</translation>
    </message>
    <message>
        <source>A new SecretId needs its SecretKey.</source>
        <translation>新的 SecretId 需要同时提供其 SecretKey。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>名为“%1”的凭据配置已存在。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved “%1”. Its secrets are in the system keychain.</source>
        <translation>已保存“%1”。其密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>未重命名：%1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除凭据配置</translation>
    </message>
    <message>
        <source>Delete profile “%1”? Its SecretKey and token are removed from the system keychain.</source>
        <translation>是否删除凭据配置“%1”？其 SecretKey 和令牌将从系统密钥环中移除。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Deleted “%1” and its keychain entries.</source>
        <translation>已删除“%1”及其密钥环条目。</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>未创建副本：%1</translation>
    </message>
    <message>
        <source>Created “%1”; rename it by changing the name and clicking Save.</source>
        <translation>已创建“%1”；如需重命名，请修改名称并点击“保存”。</translation>
    </message>
    <message>
        <source>Enter the SecretKey to test the connection.</source>
        <translation>请输入 SecretKey 以测试连接。</translation>
    </message>
    <message>
        <source>Reading the stored secrets…</source>
        <translation>正在读取已保存的密钥…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>No tccli profiles in %1</source>
        <translation>%1 中没有 tccli 配置</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>未导入任何内容（来源：%1）：%2</translation>
    </message>
    <message>
        <source>Read from %1 (SecretId %2); the source was left as it is. Review the form and click Save.</source>
        <translation>已读取（来源：%1，SecretId %2）；源保持不变。请检查表单并点击“保存”。</translation>
    </message>
</context>
<context>
    <name>LhShare::ProxySetup</name>
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation>无法从密钥环中读取代理密码：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::RecipientListModel</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>共享时间</translation>
    </message>
</context>
<context>
    <name>LhShare::RecipientsView</name>
    <message>
        <source>Add a&amp;ll to the list</source>
        <translation>全部添加到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Remove a&amp;ll…</source>
        <translation>全部移除(&amp;L)…</translation>
    </message>
    <message>
        <source>Currently &amp;shared with</source>
        <translation>当前共享对象(&amp;S)</translation>
    </message>
    <message>
        <source>Accounts the selected blueprints are shared with</source>
        <translation>所选镜像当前共享给的账号</translation>
    </message>
    <message>
        <source>Add these accounts to the account list</source>
        <translation>将这些账号添加到账号列表</translation>
    </message>
    <message>
        <source>Replace the account list with these accounts and review cancelling their sharing</source>
        <translation>用这些账号替换账号列表，并审核取消对它们的共享</translation>
    </message>
    <message>
        <source>Select one or more blueprints to see who they are shared with.</source>
        <translation>选择一个或多个镜像，即可查看其共享对象。</translation>
    </message>
    <message>
        <source>Reading who the blueprints are shared with…</source>
        <translation>正在读取镜像的共享对象…</translation>
    </message>
    <message>
        <source>This site does not offer a list of who a blueprint is shared with. Cancel and share jobs still work: accounts already in the wanted state are reported as skipped.</source>
        <translation>此站点不提供镜像共享对象的查询。取消共享和共享任务仍可正常运行：已处于目标状态的账号将报告为“已跳过”。</translation>
    </message>
    <message>
        <source>Could not read who the blueprints are shared with</source>
        <translation>无法读取镜像的共享对象</translation>
    </message>
    <message>
        <source>Not shared with any account.</source>
        <translation>未共享给任何账号。</translation>
    </message>
</context>
<context>
    <name>LhShare::RegionAccessScan</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>LhShare::RegionComboBox</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — 不可用</translation>
    </message>
</context>
<context>
    <name>LhShare::ReviewDialog</name>
    <message>
        <source>Review: cancel sharing</source>
        <translation>审核：取消共享</translation>
    </message>
    <message>
        <source>Review: share</source>
        <translation>审核：共享</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blueprint(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sharing: %1 × %2 in %3</source>
        <translation>取消共享：%1 × %2（地域：%3）</translation>
    </message>
    <message>
        <source>Share: %1 × %2 in %3</source>
        <translation>共享：%1 × %2（地域：%3）</translation>
    </message>
    <message>
        <source>Nothing needs to change; no request will be sent.</source>
        <translation>无需任何变更，不会发送请求。</translation>
    </message>
    <message>
        <source>%1 in %2, about %3 at the rate limit (20 requests per second).</source>
        <translation>%1，分 %2 发送，按频率限制（每秒 20 个请求）约需 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Blueprints: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>This reverses job %1.</source>
        <translation>此任务将撤销任务 %1。</translation>
    </message>
    <message>
        <source>This finishes the interrupted job %1.</source>
        <translation>此任务将完成被中断的任务 %1。</translation>
    </message>
    <message>
        <source>The current recipients could not be checked (this site has no recipient listing); accounts already in the wanted state will be reported as skipped.</source>
        <translation>无法检查当前的共享对象（此站点不提供共享对象查询）；已处于目标状态的账号将报告为“已跳过”。</translation>
    </message>
    <message>
        <source>Skipped accounts</source>
        <translation>已跳过的账号</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) not currently recipients (nothing to cancel):</source>
        <translation>
            <numerusform>已跳过(&amp;S) %n 个当前不是共享对象的账号（无需取消）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) already recipients (nothing to share):</source>
        <translation>
            <numerusform>已跳过(&amp;S) %n 个已是共享对象的账号（无需共享）：</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes %1 shares at once. &amp;Type %1 to confirm:</source>
        <translation>此操作将一次性移除 %1 项共享。输入 %1 以确认(&amp;T)：</translation>
    </message>
    <message>
        <source>Number of removals, typed to confirm</source>
        <translation>移除数量，需输入以确认</translation>
    </message>
    <message>
        <source>&amp;Record in history</source>
        <translation>记入历史记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel sharing</source>
        <translation>取消共享(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>共享(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Requests go to %1.</source>
        <translation>请求将发送到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Will lose access, %n account(s):</source>
        <translation>
            <numerusform>将失去访问权限(&amp;W)，%n 个账号：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Will gain access, %n account(s):</source>
        <translation>
            <numerusform>将获得访问权限(&amp;W)，%n 个账号：</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts or blueprints</source>
        <translation>搜索账号或镜像</translation>
    </message>
    <message>
        <source>Accounts that will lose access</source>
        <translation>将失去访问权限的账号</translation>
    </message>
    <message>
        <source>Accounts that will gain access</source>
        <translation>将获得访问权限的账号</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n account(s)</source>
        <translation>
            <numerusform>%1（%2）— %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n pasted entr(y/ies) that are no valid account IDs.</source>
        <translation>
            <numerusform>已排除：%n 个粘贴的条目不是有效的账号 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: change recipients</source>
        <translation>审核：变更共享对象</translation>
    </message>
    <message>
        <source>Change recipients: %1 to gain access, %2 to lose it, on %3 in %4</source>
        <translation>变更共享对象：%1 将获得访问权限，%2 将失去访问权限，涉及 %3（地域：%4）</translation>
    </message>
    <message numerus="yes">
        <source>+%n account(s)</source>
        <translation>
            <numerusform>+%n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n account(s)</source>
        <translation>
            <numerusform>−%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Will change, %1 (+ gains access, − loses it):</source>
        <translation>将变更(&amp;W)，%1（+ 获得访问权限，− 失去访问权限）：</translation>
    </message>
    <message>
        <source>Accounts that will gain or lose access</source>
        <translation>将获得或失去访问权限的账号</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skipped, %n account(s) already as wanted (nothing to send):</source>
        <translation>
            <numerusform>已跳过(&amp;S) %n 个已处于目标状态的账号（无需发送）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>应用变更(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 (%2) — %n account(s) gain access</source>
        <translation>
            <numerusform>+ %1（%2）— %n 个账号获得访问权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>− %1 (%2) — %n account(s) lose access</source>
        <translation>
            <numerusform>− %1（%2）— %n 个账号失去访问权限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LhShare::SessionFactory</name>
    <message>
        <source>Profile “%1” has an unusable endpoint: %2</source>
        <translation>凭据配置“%1”的接入点不可用：%2</translation>
    </message>
    <message>
        <source>This build has no demo.</source>
        <translation>此版本未包含演示。</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>无法启动演示：%1</translation>
    </message>
</context>
<context>
    <name>LhShare::ShareJob</name>
    <message>
        <source>The history file %1 cannot be written (%2); the job was stopped.</source>
        <translation>无法写入历史记录文件 %1（%2）；任务已停止。</translation>
    </message>
    <message numerus="yes">
        <source>done after %n attempt(s)</source>
        <translation>
            <numerusform>尝试 %n 次后完成</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed from the recipient list after an interrupted request</source>
        <translation>请求中断后，已通过共享对象列表确认</translation>
    </message>
    <message>
        <source>was not shared with this account</source>
        <translation>原本未共享给此账号</translation>
    </message>
    <message>
        <source>was already shared with this account</source>
        <translation>原本已共享给此账号</translation>
    </message>
    <message>
        <source>could not read the recipients to resolve the conflict: %1</source>
        <translation>无法读取共享对象以解决冲突：%1</translation>
    </message>
    <message>
        <source>stopped before a retry; resume the job from the history</source>
        <translation>在重试前已停止；请从历史记录中继续执行该任务</translation>
    </message>
    <message>
        <source>stopped before it was sent</source>
        <translation>在发送前已停止</translation>
    </message>
    <message>
        <source>not sent: the history cannot be written</source>
        <translation>未发送：无法写入历史记录</translation>
    </message>
    <message>
        <source>the recipient list and the server disagree about these accounts; check them in the console</source>
        <translation>共享对象列表与服务器对这些账号的结果不一致；请在控制台中核对</translation>
    </message>
    <message>
        <source>It may have been applied: resume the job from the history to settle it.</source>
        <translation>该请求可能已生效：请从历史记录中继续执行该任务以确认结果。</translation>
    </message>
</context>
<context>
    <name>LhShare::VerifyJob</name>
    <message>
        <source>verification was stopped before the change showed</source>
        <translation>变更显示之前验证已停止</translation>
    </message>
    <message>
        <source>the recipients could not be read: %1</source>
        <translation>无法读取共享对象：%1</translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s; sharing again failed: %1</source>
        <translation>
            <numerusform>%n 秒后仍未共享；重新共享失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s; cancelling again failed: %1</source>
        <translation>
            <numerusform>%n 秒后仍处于共享状态；重新取消共享失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s and a re-issued share</source>
        <translation>
            <numerusform>%n 秒后仍未共享（已重新发送共享请求）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still not shared after %n s</source>
        <translation>
            <numerusform>%n 秒后仍未共享</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s and a re-issued cancel</source>
        <translation>
            <numerusform>%n 秒后仍处于共享状态（已重新发送取消共享请求）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still shared after %n s</source>
        <translation>
            <numerusform>%n 秒后仍处于共享状态</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file %1 cannot be written (%2); the verification is not recorded.</source>
        <translation>无法写入历史记录文件 %1（%2）；验证结果未记录。</translation>
    </message>
    <message>
        <source>this site does not list who a blueprint is shared with, so the revoke cannot be checked</source>
        <translation>此站点不提供镜像共享对象的查询，因此无法核实取消共享是否生效</translation>
    </message>
</context>
<context>
    <name>LhShare::WelcomePanel</name>
    <message>
        <source>Welcome to Lighthouse Share</source>
        <translation>欢迎使用 Lighthouse Share</translation>
    </message>
    <message>
        <source>To list your custom images and change who they are shared with, add the API key (SecretId and SecretKey) of a Tencent Cloud account. The key is kept in the system keychain. You can paste and check account IDs right away: the account list works without a key.</source>
        <translation>如需列出您的自定义镜像并变更其共享对象，请添加腾讯云账号的 API 密钥（SecretId 和 SecretKey）。密钥保存在系统密钥环中。无需密钥即可立即粘贴并检查账号 ID：账号列表不依赖密钥。</translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation>添加凭据(&amp;A)…</translation>
    </message>
    <message>
        <source>I&amp;mport from tccli, SDK files or the environment…</source>
        <translation>从 tccli、SDK 文件或环境变量导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo (simulated data)</source>
        <translation>试用演示（模拟数据）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>OffboardPlan</name>
    <message>
        <source>Not every region could be read (%1): an account may still have access there, so nothing is planned. Scan again, or leave those regions out.</source>
        <translation>未能读取所有地域（%1）：账号在这些地域可能仍有访问权限，因此未制定任何计划。请重新扫描，或排除这些地域。</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>tccli profile “%1”</source>
        <translation>tccli 配置“%1”</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>these temporary credentials expired at %1; log in with tccli again first.</source>
        <translation>这些临时凭据已于 %1 过期；请先重新用 tccli 登录。</translation>
    </message>
    <message>
        <source>a profile named “%1” already exists.</source>
        <translation>名为“%1”的凭据配置已存在。</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>凭据配置需要名称。</translation>
    </message>
    <message>
        <source>The profile name is longer than %1 characters.</source>
        <translation>凭据配置名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The profile name “%1” may contain only letters, digits, “.”, “_” and “-”, and must start with a letter or digit.</source>
        <translation>凭据配置名称“%1”只能包含字母、数字、“.”、“_”和“-”，且必须以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>ProxyConfig</name>
    <message>
        <source>“%1” is not a proxy address (expected host:port or http://host:port).</source>
        <translation>“%1”不是代理地址（应为 host:port 或 http://host:port）。</translation>
    </message>
    <message>
        <source>Only HTTP proxies are supported (the address starts with “%1://”).</source>
        <translation>仅支持 HTTP 代理（该地址以“%1://”开头）。</translation>
    </message>
    <message>
        <source>The proxy address “%1” needs a port, e.g. %2:3128.</source>
        <translation>代理地址“%1”需要指定端口，例如 %2:3128。</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
</context>
<context>
    <name>RecipientsReader</name>
    <message>
        <source>This site offers no recipient listing (DescribeBlueprintsShareAcrossAccountInfos), so the current recipients of %1 cannot be known; nothing was changed.</source>
        <translation>此站点不提供共享对象查询（DescribeBlueprintsShareAcrossAccountInfos），因此无法得知 %1 当前的共享对象；未做任何变更。</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Nanjing</source>
        <translation>南京</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Chengdu</source>
        <translation>成都</translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation>曼谷</translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation>雅加达</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>东京</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>法兰克福</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>弗吉尼亚</translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation>硅谷</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>圣保罗</translation>
    </message>
</context>
<context>
    <name>RegionAccess</name>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete: the read failed (%1: %2)</source>
        <translation>不完整：读取失败（%1：%2）</translation>
    </message>
    <message>
        <source>incomplete: the recipient listing (DescribeBlueprintsShareAcrossAccountInfos) is unavailable on this site; only whether each blueprint is shared with anyone is known</source>
        <translation>不完整：此站点不提供共享对象查询（DescribeBlueprintsShareAcrossAccountInfos）；只能得知每个镜像是否已共享给他人</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message numerus="yes">
        <source>The line on standard input is longer than %n byte(s); it is not a credential.</source>
        <translation>
            <numerusform>标准输入中的这一行超过 %n 字节，不是凭据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareStatus</name>
    <message>
        <source>planned, not sent</source>
        <translation>已计划，未发送</translation>
    </message>
    <message>
        <source>sent, outcome unknown</source>
        <translation>已发送，结果未知</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>split into smaller batches</source>
        <translation>已拆分为更小的批次</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>未验证：%1</translation>
    </message>
    <message>
        <source>Not verifiable on this site</source>
        <translation>此站点无法验证</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Stop sharing blueprints with accounts</source>
        <translation>取消镜像与账号的共享</translation>
    </message>
    <message>
        <source>Share blueprints with accounts</source>
        <translation>将镜像共享给账号</translation>
    </message>
    <message>
        <source>Finish an interrupted job</source>
        <translation>完成被中断的任务</translation>
    </message>
    <message>
        <source>Reverse a finished job</source>
        <translation>撤销已完成的任务</translation>
    </message>
    <message>
        <source>List past jobs</source>
        <translation>列出以往任务</translation>
    </message>
    <message>
        <source>Run the loopback simulator</source>
        <translation>运行本地环回模拟器</translation>
    </message>
    <message>
        <source>Usage: lighthouse-share-cli &lt;command&gt; [options]</source>
        <translation>用法：lighthouse-share-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “lighthouse-share-cli &lt;command&gt; --help” for a command&apos;s options.</source>
        <translation>运行“lighthouse-share-cli &lt;命令&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>lighthouse-share-cli: unknown command “%1”.</source>
        <translation>lighthouse-share-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Manage saved credential profiles</source>
        <translation>管理已保存的凭据配置</translation>
    </message>
    <message>
        <source>List the regions</source>
        <translation>列出地域</translation>
    </message>
    <message>
        <source>List a region&apos;s custom blueprints</source>
        <translation>列出某地域的自定义镜像</translation>
    </message>
    <message>
        <source>Clean a list of account IDs</source>
        <translation>整理账号 ID 列表</translation>
    </message>
    <message>
        <source>Show who can use the custom blueprints, in one region or all</source>
        <translation>显示哪些账号可以使用自定义镜像（单个地域或所有地域）</translation>
    </message>
    <message>
        <source>Remove accounts from every custom blueprint they can use</source>
        <translation>将账号从其可使用的所有自定义镜像中移除</translation>
    </message>
    <message>
        <source>Make a blueprint&apos;s recipients exactly a set</source>
        <translation>使镜像的共享对象恰好是指定的账号集合</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lighthouse Share</source>
        <translation>Lighthouse Share</translation>
    </message>
    <message>
        <source>Share and unshare Tencent Cloud Lighthouse custom images across accounts, in bulk.</source>
        <translation>跨账号批量共享和取消共享腾讯云轻量应用服务器（Lighthouse）自定义镜像。</translation>
    </message>
    <message>
        <source>Work against a simulated Lighthouse service on this computer (no account needed).</source>
        <translation>使用本机上模拟的 Lighthouse 服务（无需账号）。</translation>
    </message>
    <message>
        <source>Run one demo job, save a picture of the window to &lt;file&gt; and quit (implies --demo; works with -platform offscreen).</source>
        <translation>运行一个演示任务，将窗口截图保存到 &lt;文件&gt; 后退出（隐含 --demo；可与 -platform offscreen 一起使用）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open on this view: blueprints (the default) or access (which blueprints accounts can use, across regions); with --screenshot, the demo run takes place there.</source>
        <translation>启动时打开此视图：blueprints（默认）或 access（账号在各地域可以使用哪些镜像）；与 --screenshot 一起使用时，演示任务将在该视图中运行。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use blueprints or access.</source>
        <translation>未知视图“%1”：请使用 blueprints 或 access。</translation>
    </message>
</context>
</TS>
