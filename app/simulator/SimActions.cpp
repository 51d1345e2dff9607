#include "SimActions.h"

#include "SimState.h"

#include "model/Blueprint.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace LhShare {

namespace {
using Result = SimActions::Result;

const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
const QString kDescribeBlueprints = QStringLiteral("DescribeBlueprints");
const QString kDescribeShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");
const QString kDescribeRegions = QStringLiteral("DescribeRegions");

constexpr int kMaxIdsPerDescribe = 100;
constexpr int kMaxLimit = 100;
constexpr int kDefaultLimit = 20;
constexpr int kMaxAccountsPerCall = 10;
constexpr int kMaxFilters = 10;

// Every Lighthouse region, as DescribeRegions lists it, in both languages of the service.
struct SimRegion
{
    const char *id;
    const char *nameZh; // UTF-8
    const char *nameEn;
    bool chinaMainland;
    // Share and Cancel "only support" these regions (their API pages list them); the other
    // actions work in every Lighthouse region.
    bool sharing;
};

constexpr SimRegion kRegions[] = {
    {"ap-guangzhou", "华南地区(广州)", "South China(Guangzhou)", true, true},
    {"ap-shanghai", "华东地区(上海)", "East China(Shanghai)", true, true},
    {"ap-nanjing", "华东地区(南京)", "East China(Nanjing)", true, true},
    {"ap-beijing", "华北地区(北京)", "North China(Beijing)", true, true},
    {"ap-chengdu", "西南地区(成都)", "Southwest China(Chengdu)", true, true},
    {"ap-chongqing", "西南地区(重庆)", "Southwest China(Chongqing)", true, false},
    {"ap-hongkong", "港澳台地区(中国香港)", "Hong Kong, Macau and Taiwan (China)(Hong Kong, China)", false, true},
    {"ap-singapore", "亚太东南(新加坡)", "Southeast Asia(Singapore)", false, true},
    {"ap-bangkok", "亚太东南(曼谷)", "Southeast Asia(Bangkok)", false, true},
    {"ap-jakarta", "亚太东南(雅加达)", "Southeast Asia(Jakarta)", false, true},
    {"ap-seoul", "亚太东北(首尔)", "Northeast Asia(Seoul)", false, true},
    {"ap-tokyo", "亚太东北(东京)", "Northeast Asia(Tokyo)", false, true},
    {"eu-frankfurt", "欧洲地区(法兰克福)", "Europe(Frankfurt)", false, true},
    {"na-ashburn", "美国东部(弗吉尼亚)", "East US(Virginia)", false, true},
    {"na-siliconvalley", "美国西部(硅谷)", "West US(Silicon Valley)", false, true},
    {"sa-saopaulo", "南美地区(圣保罗)", "South America(São Paulo)", false, true},
};

const SimRegion *findRegion(const QString &id)
{
    for (const SimRegion &region : kRegions) {
        if (id == QLatin1String(region.id))
            return &region;
    }
    return nullptr;
}

Result fail(const char *code, const QString &message)
{
    Result r;
    r.errorCode = QString::fromLatin1(code);
    r.message = message;
    return r;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool isAccountId(const QString &id)
{
    if (id.size() < 5 || id.size() > 16)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Parameters not defined for the action are rejected, as the API gateway does; a null value is
// treated as absent because some JSON serialisers write unset optional fields as null.
Result checkKnownParams(const QJsonObject &params, const QStringList &allowed)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!allowed.contains(it.key()) && !it.value().isNull())
            return fail("UnknownParameter", QStringLiteral("The parameter `%1` is not recognized.").arg(it.key()));
    }
    return {};
}

bool has(const QJsonObject &params, const QString &key)
{
    return params.contains(key) && !params.value(key).isNull();
}

// Reads a string array parameter. Empty result + ok means "absent".
Result readStringArray(const QJsonObject &params, const QString &key, QStringList *out)
{
    out->clear();
    if (!has(params, key))
        return {};
    const QJsonValue value = params.value(key);
    if (!value.isArray())
        return fail("InvalidParameter", QStringLiteral("The parameter `%1` must be an array of strings.").arg(key));
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (!element.isString())
            return fail("InvalidParameter", QStringLiteral("The parameter `%1` must be an array of strings.").arg(key));
        out->append(element.toString());
    }
    return {};
}

Result readInt(const QJsonObject &params, const QString &key, int defaultValue, int *out)
{
    *out = defaultValue;
    if (!has(params, key))
        return {};
    const QJsonValue value = params.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)))
        return fail("InvalidParameter", QStringLiteral("The parameter `%1` must be an integer.").arg(key));
    if (number < 0)
        return fail("InvalidParameterValue.Negative",
                    QStringLiteral("The value of `%1` must not be negative.").arg(key));
    *out = number > 1e9 ? 1000000000 : static_cast<int>(number);
    return {};
}

Result readPaging(const QJsonObject &params, int *offset, int *limit)
{
    Result r = readInt(params, QStringLiteral("Offset"), 0, offset);
    if (!r.ok())
        return r;
    r = readInt(params, QStringLiteral("Limit"), kDefaultLimit, limit);
    if (!r.ok())
        return r;
    if (*limit < 1 || *limit > kMaxLimit)
        return fail("InvalidParameterValue.OutOfRange",
                    QStringLiteral("The value of `Limit` must be between 1 and %1.").arg(kMaxLimit));
    return {};
}

Result checkBlueprintIdFormat(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!Blueprint::isValidId(id))
            return fail("InvalidParameterValue.BlueprintIdMalformed",
                        QStringLiteral("The blueprint ID `%1` is malformed.").arg(id));
    }
    return {};
}

// DescribeBlueprints documents a maximum of 100 ids and a Duplicated code; the share-info read
// documents neither.
Result checkDescribeBlueprintIds(const QStringList &ids)
{
    if (ids.size() > kMaxIdsPerDescribe)
        return fail("InvalidParameterValue.LimitExceeded",
                    QStringLiteral("At most %1 BlueprintIds may be given.").arg(kMaxIdsPerDescribe));
    Result r = checkBlueprintIdFormat(ids);
    if (!r.ok())
        return r;
    if (QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size())
        return fail("InvalidParameterValue.Duplicated", QStringLiteral("The BlueprintIds contain duplicates."));
    return {};
}

using FilterMap = QMap<QString, QStringList>; // name -> values (OR); filters are ANDed

// How an action's Filters are checked. DescribeBlueprints documents a specific code for each way a
// filter can be wrong; the share-info read documents none, so there the common codes answer.
struct FilterRules
{
    QStringList names; // supported names
    QString namePrefix; // names starting with this are supported too ("tag:<key>"); empty: none
    int maxValues = 100;
    bool specificCodes = true;

    bool supports(const QString &name) const
    {
        return names.contains(name) || (!namePrefix.isEmpty() && name.startsWith(namePrefix) && name != namePrefix);
    }
    const char *code(const char *specific, const char *common) const { return specificCodes ? specific : common; }
};

Result readFilters(const QJsonObject &params, const FilterRules &rules, FilterMap *out)
{
    out->clear();
    if (!has(params, QStringLiteral("Filters")))
        return {};
    const QJsonValue value = params.value(QStringLiteral("Filters"));
    if (!value.isArray())
        return fail(rules.code("InvalidParameter.InvalidFilter", "InvalidParameter"),
                    QStringLiteral("`Filters` must be an array of Filter."));
    const QJsonArray filters = value.toArray();
    if (filters.size() > kMaxFilters)
        return fail(rules.code("InvalidParameterValue.LimitExceeded", "InvalidParameterValue"),
                    QStringLiteral("At most %1 filters may be given.").arg(kMaxFilters));
    for (const QJsonValue &element : filters) {
        if (!element.isObject())
            return fail(rules.code("InvalidParameter.InvalidFilterNotDict", "InvalidParameter"),
                        QStringLiteral("Each filter must be an object."));
        const QJsonObject filter = element.toObject();
        for (auto it = filter.begin(); it != filter.end(); ++it) {
            if (it.key() != QLatin1String("Name") && it.key() != QLatin1String("Values"))
                return fail(rules.code("InvalidParameter.InvalidFilterInvalidKey", "UnknownParameter"),
                            QStringLiteral("Filter key `%1` is invalid; use Name and Values.").arg(it.key()));
        }
        if (!filter.value(QStringLiteral("Name")).isString())
            return fail(rules.code("InvalidParameter.InvalidFilterInvalidNameNotStr", "InvalidParameter"),
                        QStringLiteral("Filter Name must be a string."));
        const QString name = filter.value(QStringLiteral("Name")).toString();
        if (!rules.supports(name)) {
            QStringList valid = rules.names;
            if (!rules.namePrefix.isEmpty())
                valid.append(rules.namePrefix + QStringLiteral("<key>"));
            return fail(rules.code("InvalidParameter.InvalidFilterNotSupportedName", "InvalidParameterValue"),
                        QStringLiteral("Filter name `%1` is not supported; valid names: %2.")
                            .arg(name, valid.join(QStringLiteral(", "))));
        }
        const QJsonValue values = filter.value(QStringLiteral("Values"));
        if (!values.isArray() || values.toArray().isEmpty())
            return fail(rules.code("InvalidParameter.InvalidFilter", "InvalidParameter"),
                        QStringLiteral("Filter `%1` needs a non-empty Values array.").arg(name));
        if (values.toArray().size() > rules.maxValues)
            return fail(rules.code("InvalidParameter.FilterValueLimitExceeded", "InvalidParameterValue"),
                        QStringLiteral("Filter `%1` has more than %2 values.").arg(name).arg(rules.maxValues));
        QStringList strings;
        for (const QJsonValue &v : values.toArray()) {
            if (!v.isString())
                return fail(rules.code("InvalidParameter.InvalidFilter", "InvalidParameter"),
                            QStringLiteral("Values of filter `%1` must be strings.").arg(name));
            strings.append(v.toString());
        }
        (*out)[name] += strings;
    }
    return {};
}

Result checkFilterValues(const FilterMap &filters)
{
    // BlueprintType may read GAME_PORTAL in a reply, but the filter does not accept it.
    static const QStringList kTypes{QStringLiteral("APP_OS"), QStringLiteral("PURE_OS"), QStringLiteral("DOCKER"),
                                    QStringLiteral("PRIVATE"), QStringLiteral("SHARED")};
    static const QStringList kPlatforms{QStringLiteral("LINUX_UNIX"), QStringLiteral("WINDOWS")};
    static const QStringList kStates{
        QStringLiteral("NORMAL"),       QStringLiteral("SYNCING"),        QStringLiteral("OFFLINE"),
        QStringLiteral("CREATEFAILED"), QStringLiteral("SYNCING_FAILED"), QStringLiteral("ISOLATING"),
        QStringLiteral("ISOLATED"),     QStringLiteral("DELETING"),       QStringLiteral("DESTROYING")};
    for (const QString &v : filters.value(QStringLiteral("blueprint-type"))) {
        if (!kTypes.contains(v))
            return fail("InvalidParameterValue.InvalidBlueprintType",
                        QStringLiteral("Blueprint type `%1` is invalid.").arg(v));
    }
    for (const QString &v : filters.value(QStringLiteral("platform-type"))) {
        if (!kPlatforms.contains(v))
            return fail("InvalidParameterValue.InvalidBlueprintPlatformType",
                        QStringLiteral("Platform type `%1` is invalid.").arg(v));
    }
    for (const QString &v : filters.value(QStringLiteral("blueprint-state"))) {
        if (!kStates.contains(v))
            return fail("InvalidParameterValue.InvalidBlueprintState",
                        QStringLiteral("Blueprint state `%1` is invalid.").arg(v));
    }
    for (const QString &v : filters.value(QStringLiteral("blueprint-id"))) {
        if (!Blueprint::isValidId(v))
            return fail("InvalidParameterValue.BlueprintIdMalformed",
                        QStringLiteral("The blueprint ID `%1` is malformed.").arg(v));
    }
    return {};
}

const QString kTagPrefix = QStringLiteral("tag:");

// The values a blueprint has for one filter name (a blueprint matches when one of them is asked for).
QStringList filterFields(const SimBlueprint &bp, const QString &name)
{
    if (name == QLatin1String("blueprint-id"))
        return {bp.id};
    if (name == QLatin1String("blueprint-type"))
        return {bp.type};
    if (name == QLatin1String("blueprint-name"))
        return {bp.name};
    if (name == QLatin1String("blueprint-state"))
        return {bp.state};
    if (name == QLatin1String("platform-type"))
        return {bp.platformType};
    if (name == QLatin1String("scene-id"))
        return bp.sceneIds;
    if (name == QLatin1String("tag-key"))
        return bp.tags.keys();
    if (name == QLatin1String("tag-value"))
        return bp.tags.values();
    if (name.startsWith(kTagPrefix) && bp.tags.contains(name.mid(kTagPrefix.size())))
        return {bp.tags.value(name.mid(kTagPrefix.size()))};
    return {};
}

bool matches(const SimBlueprint &bp, const FilterMap &filters)
{
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        const QStringList fields = filterFields(bp, it.key());
        if (std::none_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return it.value().contains(f); }))
            return false;
    }
    return true;
}

QJsonArray tagsJson(const QMap<QString, QString> &tags)
{
    QJsonArray array;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        array.append(QJsonObject{{QStringLiteral("Key"), it.key()}, {QStringLiteral("Value"), it.value()}});
    return array;
}

QJsonObject blueprintJson(const SimBlueprint &bp, bool shared)
{
    const bool custom = bp.type == QLatin1String("PRIVATE");
    QJsonObject o;
    o.insert(QStringLiteral("BlueprintId"), bp.id);
    o.insert(QStringLiteral("DisplayTitle"), bp.name);
    o.insert(QStringLiteral("DisplayVersion"), bp.displayVersion);
    o.insert(QStringLiteral("Description"), bp.description.isEmpty() ? QJsonValue() : QJsonValue(bp.description));
    o.insert(QStringLiteral("OsName"), bp.osName);
    o.insert(QStringLiteral("Platform"), bp.platform);
    o.insert(QStringLiteral("PlatformType"), bp.platformType);
    o.insert(QStringLiteral("BlueprintType"), bp.type);
    o.insert(QStringLiteral("ImageUrl"),
             custom ? QString()
                    : QStringLiteral("https://lighthouse.example.invalid/icons/") + bp.platform.toLower()
                     + QStringLiteral(".svg"));
    o.insert(QStringLiteral("RequiredSystemDiskSize"), bp.systemDiskGb);
    o.insert(QStringLiteral("BlueprintState"), bp.state);
    o.insert(QStringLiteral("CreatedTime"),
             bp.createdTime.isValid() ? QJsonValue(isoTime(bp.createdTime)) : QJsonValue());
    o.insert(QStringLiteral("BlueprintName"), bp.name);
    o.insert(QStringLiteral("SupportAutomationTools"), true);
    o.insert(QStringLiteral("RequiredMemorySize"), bp.memoryGb);
    o.insert(QStringLiteral("ImageId"), QString());
    o.insert(QStringLiteral("CommunityUrl"), QString());
    o.insert(QStringLiteral("GuideUrl"), QString());
    o.insert(QStringLiteral("SceneIdSet"), QJsonArray::fromStringList(bp.sceneIds));
    o.insert(QStringLiteral("DockerVersion"), QJsonValue());
    o.insert(QStringLiteral("BlueprintShared"), shared);
    o.insert(QStringLiteral("Tags"), tagsJson(bp.tags));
    return o;
}
} // namespace

SimActions::SimActions(SimState *state)
    : m_state(state)
{
}

QStringList SimActions::knownActions()
{
    return {kDescribeRegions, kDescribeBlueprints, kDescribeShareInfos, kShare, kCancel};
}

void SimActions::setNonexistentAccounts(const QStringList &accounts)
{
    m_nonexistentAccounts = QSet<QString>(accounts.cbegin(), accounts.cend());
}

bool SimActions::isOffered(const QString &action) const
{
    if (action == kDescribeShareInfos)
        return m_shareInfosAvailable;
    return isKnownAction(action);
}

QJsonObject SimActions::paramsFromQuery(const QByteArray &query)
{
    // Collect leaves by path first, then build nested objects/arrays bottom-up.
    const QUrlQuery urlQuery(QString::fromUtf8(query));
    const auto items = urlQuery.queryItems(QUrl::FullyDecoded);

    // A recursive insert on QJsonValue trees: QJsonObject/QJsonArray are values, so rebuild on the way out.
    std::function<QJsonValue(QJsonValue, const QStringList &, int, const QJsonValue &)> insert =
        [&insert](QJsonValue node, const QStringList &path, int depth, const QJsonValue &leaf) -> QJsonValue {
        if (depth == path.size())
            return leaf;
        const QString &key = path.at(depth);
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex && index >= 0 && index < 1000) {
            QJsonArray array = node.toArray();
            while (array.size() <= index)
                array.append(QJsonValue());
            array[index] = insert(array.at(index), path, depth + 1, leaf);
            return array;
        }
        QJsonObject object = node.toObject();
        object.insert(key, insert(object.value(key), path, depth + 1, leaf));
        return object;
    };

    QJsonValue tree = QJsonObject();
    for (const auto &item : items) {
        const QStringList path = item.first.split(QLatin1Char('.'));
        QJsonValue leaf(item.second);
        // Form encoding has no numbers; the only integer parameters of these APIs are paging ones.
        const QString &last = path.constLast();
        bool isNumber = false;
        const qint64 number = item.second.toLongLong(&isNumber);
        if (isNumber && (last == QLatin1String("Offset") || last == QLatin1String("Limit")))
            leaf = QJsonValue(static_cast<double>(number));
        tree = insert(tree, path, 0, leaf);
    }
    return tree.toObject();
}

QStringList SimActions::regionIds()
{
    QStringList ids;
    for (const SimRegion &region : kRegions)
        ids.append(QLatin1String(region.id));
    return ids;
}

SimActions::Result SimActions::run(const QString &action, const QString &region, const QJsonObject &params,
                                   const QDateTime &now, const QString &language)
{
    if (!isOffered(action))
        return fail("InvalidAction", QStringLiteral("The action `%1` is not supported.").arg(action));
    if (action == kDescribeRegions)
        return describeRegions(params, language);

    if (region.isEmpty())
        return fail("MissingParameter", QStringLiteral("The request is missing the header X-TC-Region."));
    const SimRegion *known = findRegion(region);
    if (!known)
        return fail("InvalidParameterValue", QStringLiteral("The region `%1` does not exist.").arg(region));
    if ((action == kShare || action == kCancel) && !known->sharing)
        return fail("UnsupportedRegion",
                    QStringLiteral("The action `%1` does not support the region `%2`.").arg(action, region));

    if (action == kDescribeBlueprints)
        return describeBlueprints(region, params);
    if (action == kDescribeShareInfos)
        return describeShareInfos(region, params);
    return changeShares(action == kShare, region, params, now);
}

SimActions::Result SimActions::describeRegions(const QJsonObject &params, const QString &language)
{
    Result r = checkKnownParams(params, {});
    if (!r.ok())
        return r;
    // The service speaks Chinese unless asked for English (X-TC-Language: en-US).
    const bool english = language == QLatin1String("en-US");
    QJsonArray set;
    for (const SimRegion &region : kRegions) {
        QJsonObject info;
        info.insert(QStringLiteral("Region"), QLatin1String(region.id));
        info.insert(QStringLiteral("RegionName"),
                    english ? QString::fromUtf8(region.nameEn) : QString::fromUtf8(region.nameZh));
        info.insert(QStringLiteral("RegionState"), QStringLiteral("AVAILABLE"));
        info.insert(QStringLiteral("IsChinaMainland"), region.chinaMainland);
        set.append(info);
    }
    r.fields.insert(QStringLiteral("TotalCount"), set.size());
    r.fields.insert(QStringLiteral("RegionSet"), set);
    r.applied = true;
    return r;
}

SimActions::Result SimActions::describeBlueprints(const QString &region, const QJsonObject &params)
{
    Result r = checkKnownParams(
        params,
        {QStringLiteral("BlueprintIds"), QStringLiteral("Offset"), QStringLiteral("Limit"), QStringLiteral("Filters")});
    if (!r.ok())
        return r;
    if (has(params, QStringLiteral("BlueprintIds")) && has(params, QStringLiteral("Filters")))
        return fail("InvalidParameter.ParameterConflict",
                    QStringLiteral("BlueprintIds and Filters cannot be specified at the same time."));

    QStringList ids;
    r = readStringArray(params, QStringLiteral("BlueprintIds"), &ids);
    if (!r.ok())
        return r;
    r = checkDescribeBlueprintIds(ids);
    if (!r.ok())
        return r;
    FilterRules rules;
    rules.names = QStringList{QStringLiteral("blueprint-id"),    QStringLiteral("blueprint-type"),
                              QStringLiteral("platform-type"),   QStringLiteral("blueprint-name"),
                              QStringLiteral("blueprint-state"), QStringLiteral("scene-id"),
                              QStringLiteral("tag-key"),         QStringLiteral("tag-value")};
    rules.namePrefix = kTagPrefix;
    FilterMap filters;
    r = readFilters(params, rules, &filters);
    if (!r.ok())
        return r;
    r = checkFilterValues(filters);
    if (!r.ok())
        return r;
    int offset = 0;
    int limit = 0;
    r = readPaging(params, &offset, &limit);
    if (!r.ok())
        return r;

    const bool byIds = has(params, QStringLiteral("BlueprintIds"));
    QList<SimBlueprint> found;
    for (const SimBlueprint &bp : m_state->blueprints(region)) {
        if (byIds ? ids.contains(bp.id) : matches(bp, filters))
            found.append(bp);
    }
    QJsonArray page;
    for (qsizetype i = offset; i < found.size() && page.size() < limit; ++i)
        page.append(blueprintJson(found.at(i), !m_state->visibleShares(found.at(i)).isEmpty()));
    r.fields.insert(QStringLiteral("TotalCount"), found.size());
    r.fields.insert(QStringLiteral("BlueprintSet"), page);
    r.applied = true;
    return r;
}

SimActions::Result SimActions::describeShareInfos(const QString &region, const QJsonObject &params)
{
    Result r = checkKnownParams(
        params,
        {QStringLiteral("BlueprintIds"), QStringLiteral("Offset"), QStringLiteral("Limit"), QStringLiteral("Filters")});
    if (!r.ok())
        return r;
    QStringList ids;
    r = readStringArray(params, QStringLiteral("BlueprintIds"), &ids);
    if (!r.ok())
        return r;
    if (ids.isEmpty())
        return fail("MissingParameter", QStringLiteral("The request is missing a required parameter `BlueprintIds`."));
    r = checkBlueprintIdFormat(ids);
    if (!r.ok())
        return r;
    FilterRules rules;
    rules.names = QStringList{QStringLiteral("account-id")};
    rules.maxValues = 5;
    rules.specificCodes = false;
    FilterMap filters;
    r = readFilters(params, rules, &filters);
    if (!r.ok())
        return r;
    int offset = 0;
    int limit = 0;
    r = readPaging(params, &offset, &limit);
    if (!r.ok())
        return r;

    const QStringList accountFilter = filters.value(QStringLiteral("account-id"));
    QStringList sortedIds = ids;
    sortedIds.sort();
    sortedIds.removeDuplicates(); // an id given twice is listed once
    // Only the page's rows become JSON: a long list is counted, not built, on every page read.
    QJsonArray page;
    int total = 0;
    for (const QString &id : std::as_const(sortedIds)) {
        const SimBlueprint *bp = m_state->find(region, id);
        if (!bp)
            continue; // unknown ids simply contribute nothing (the API lists no NotFound error here)
        const QMap<QString, QDateTime> shares = m_state->visibleShares(*bp);
        for (auto it = shares.begin(); it != shares.end(); ++it) {
            if (!accountFilter.isEmpty() && !accountFilter.contains(it.key()))
                continue;
            if (total++ < offset || page.size() >= limit)
                continue;
            QJsonObject info;
            info.insert(QStringLiteral("BlueprintId"), bp->id);
            info.insert(QStringLiteral("AccountId"), it.key());
            info.insert(QStringLiteral("CreatedTime"), isoTime(it.value()));
            page.append(info);
        }
    }
    r.fields.insert(QStringLiteral("TotalCount"), total);
    r.fields.insert(QStringLiteral("BlueprintShareAcrossAccountInfoSet"), page);
    r.applied = true;
    return r;
}

SimActions::Result SimActions::changeShares(bool share, const QString &region, const QJsonObject &params,
                                            const QDateTime &now)
{
    Result r = checkKnownParams(params, {QStringLiteral("BlueprintId"), QStringLiteral("AccountIds")});
    if (!r.ok())
        return r;

    // 1. Format and count.
    if (!has(params, QStringLiteral("BlueprintId")))
        return fail("MissingParameter", QStringLiteral("The request is missing a required parameter `BlueprintId`."));
    if (!params.value(QStringLiteral("BlueprintId")).isString())
        return fail("InvalidParameter", QStringLiteral("The parameter `BlueprintId` must be a string."));
    const QString blueprintId = params.value(QStringLiteral("BlueprintId")).toString();
    if (!has(params, QStringLiteral("AccountIds")))
        return fail("MissingParameter", QStringLiteral("The request is missing a required parameter `AccountIds`."));
    QStringList accounts;
    r = readStringArray(params, QStringLiteral("AccountIds"), &accounts);
    if (!r.ok())
        return r;
    if (accounts.isEmpty())
        return fail("InvalidParameter", QStringLiteral("The parameter `AccountIds` must not be empty."));
    if (!Blueprint::isValidId(blueprintId))
        return fail("InvalidParameterValue.BlueprintIdMalformed",
                    QStringLiteral("The blueprint ID `%1` is malformed.").arg(blueprintId));
    // Each action answers with a code of its own documented list: Cancel has LimitExceeded, Share
    // only its sharing-quota code.
    if (accounts.size() > kMaxAccountsPerCall)
        return fail(share ? "LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded"
                          : "InvalidParameterValue.LimitExceeded",
                    QStringLiteral("At most %1 AccountIds may be given per request; got %2.")
                        .arg(kMaxAccountsPerCall)
                        .arg(accounts.size()));
    accounts.removeDuplicates();
    for (const QString &account : std::as_const(accounts)) {
        if (!isAccountId(account)) {
            if (share)
                return fail("InvalidParameterValue.AccountIdsNotExist",
                            QStringLiteral("The account `%1` does not exist.").arg(account));
            return fail("InvalidParameter", QStringLiteral("The account ID `%1` is invalid.").arg(account));
        }
    }

    // 2. Existence.
    SimBlueprint *bp = m_state->find(region, blueprintId);
    if (!bp)
        return fail("ResourceNotFound.BlueprintIdNotFound",
                    QStringLiteral("The blueprint `%1` does not exist in %2.").arg(blueprintId, region));
    if (bp->type != QLatin1String("PRIVATE"))
        return fail("ResourceNotFound.PrivateBlueprintNotFound",
                    QStringLiteral("The blueprint `%1` is not a custom image.").arg(blueprintId));
    if (share) {
        for (const QString &account : std::as_const(accounts)) {
            if (account == m_ownerAccountId)
                return fail("InvalidParameterValue.AccountIdSameWithUin",
                            QStringLiteral("The account `%1` is the owner of the blueprint.").arg(account));
        }
        QStringList missing;
        for (const QString &account : std::as_const(accounts)) {
            if (m_nonexistentAccounts.contains(account))
                missing.append(account);
        }
        if (!missing.isEmpty())
            return fail("InvalidParameterValue.AccountIdsNotExist",
                        QStringLiteral("The accounts [%1] do not exist.").arg(missing.join(QStringLiteral(", "))));
    }

    // 3. Blueprint state, then share state; nothing is applied unless every account passes.
    if (bp->state != QLatin1String("NORMAL")) {
        if (share)
            return fail("InvalidParameterValue.InvalidBlueprintState",
                        QStringLiteral("The blueprint `%1` is in state %2, not NORMAL.").arg(blueprintId, bp->state));
        return fail("UnsupportedOperation.BlueprintCurStateInvalid",
                    QStringLiteral("The blueprint `%1` is in state %2, not NORMAL.").arg(blueprintId, bp->state));
    }
    // The conflict check sees every change at once, also while it still propagates to the reads:
    // the service decides on its own record of the shares (a change it has accepted is what
    // BlueprintAlreadyShared / BlueprintHasNotShared answer against), and only the listing lags.
    QStringList conflicting;
    for (const QString &account : std::as_const(accounts)) {
        if (bp->shares.contains(account) == share)
            conflicting.append(account);
    }
    if (!conflicting.isEmpty()) {
        if (share)
            return fail("UnsupportedOperation.BlueprintAlreadyShared",
                        QStringLiteral("The blueprint `%1` is already shared with [%2].")
                            .arg(blueprintId, conflicting.join(QStringLiteral(", "))));
        return fail("UnsupportedOperation.BlueprintHasNotShared",
                    QStringLiteral("The blueprint `%1` is not shared with [%2].")
                        .arg(blueprintId, conflicting.join(QStringLiteral(", "))));
    }

    for (const QString &account : std::as_const(accounts)) {
        m_state->recordShareChange(bp->id, account, share, bp->shares.value(account));
        if (share)
            bp->shares.insert(account, now);
        else
            bp->shares.remove(account);
    }
    r.applied = true;
    return r;
}

} // namespace LhShare
