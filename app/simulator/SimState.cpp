#include "SimState.h"

#include "model/Region.h"

#include <QCryptographicHash>

#include <algorithm>

namespace LhShare {

namespace {
// A fixed epoch keeps demo data identical across runs (screenshots, golden outputs).
QDateTime demoEpoch()
{
    return QDateTime(QDate(2026, 1, 12), QTime(3, 14, 0), Qt::UTC);
}
} // namespace

QString SimState::demoBlueprintId(const QString &region, int index)
{
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    const QByteArray digest = QCryptographicHash::hash((region + QLatin1Char('#') + QString::number(index)).toUtf8(),
                                                       QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<unsigned char>(digest.at(i));
    QString id = QStringLiteral("lhbp-");
    for (int i = 0; i < 8; ++i) {
        id += QLatin1Char(kDigits[value % 36]);
        value /= 36;
    }
    return id;
}

QStringList SimState::demoSharedAccounts()
{
    // The account ids used in Tencent's own documentation examples.
    return {QStringLiteral("700000164995"), QStringLiteral("100012345678"), QStringLiteral("1038493875")};
}

void SimState::loadDemoData()
{
    m_regions.clear();
    const QDateTime epoch = demoEpoch();
    for (const Region &region : Region::supported()) {
        QList<SimBlueprint> list;

        SimBlueprint web;
        web.id = demoBlueprintId(region.id, 0);
        web.name = QStringLiteral("web-base");
        web.description = QStringLiteral("Nginx + Node.js base image");
        web.createdTime = epoch;
        for (int i = 0; i < demoSharedAccounts().size(); ++i)
            web.shares.insert(demoSharedAccounts().at(i), epoch.addDays(3 + i));
        list.append(web);

        SimBlueprint db;
        db.id = demoBlueprintId(region.id, 1);
        db.name = QStringLiteral("db-golden");
        db.description = QStringLiteral("PostgreSQL 15 golden image");
        db.osName = QStringLiteral("Debian 12.2 64bit");
        db.platform = QStringLiteral("DEBIAN");
        db.systemDiskGb = 60;
        db.memoryGb = 2;
        db.createdTime = epoch.addDays(7);
        list.append(db);

        SimBlueprint ci;
        ci.id = demoBlueprintId(region.id, 2);
        ci.name = QStringLiteral("ci-runner");
        ci.description = QStringLiteral("Build agent with Docker");
        ci.osName = QStringLiteral("TencentOS Server 3.1 (TK4)");
        ci.platform = QStringLiteral("TENCENTOS");
        ci.createdTime = epoch.addDays(14);
        list.append(ci);

        SimBlueprint win;
        win.id = demoBlueprintId(region.id, 3);
        win.name = QStringLiteral("win-build");
        win.description = QStringLiteral("Windows build box, still being created");
        win.osName = QStringLiteral("Windows Server 2022 DataCenter 64bit");
        win.platform = QStringLiteral("WINDOWS");
        win.platformType = QStringLiteral("WINDOWS");
        win.state = QStringLiteral("SYNCING");
        win.systemDiskGb = 80;
        win.memoryGb = 4;
        win.createdTime = epoch.addDays(20);
        list.append(win);

        struct Public
        {
            const char *name, *os, *platform, *platformType, *type, *version;
        };
        static const Public kPublic[] = {
            {"WordPress", "Ubuntu Server 22.04 LTS 64bit", "UBUNTU", "LINUX_UNIX", "APP_OS", "6.4.2"},
            {"LAMP", "CentOS 7.6 64bit", "CENTOS", "LINUX_UNIX", "APP_OS", "7.4.33"},
            {"Docker CE", "CentOS 8.2 64bit", "CENTOS", "LINUX_UNIX", "DOCKER", "24.0"},
            {"Ubuntu", "Ubuntu Server 22.04 LTS 64bit", "UBUNTU", "LINUX_UNIX", "PURE_OS", "22.04 LTS"},
            {"Windows Server 2022", "Windows Server 2022 DataCenter 64bit", "WINDOWS", "WINDOWS", "PURE_OS", "2022"},
        };
        int index = 100;
        for (const Public &p : kPublic) {
            SimBlueprint bp;
            bp.id = demoBlueprintId(region.id, index++);
            bp.name = QString::fromLatin1(p.name);
            bp.osName = QString::fromLatin1(p.os);
            bp.platform = QString::fromLatin1(p.platform);
            bp.platformType = QString::fromLatin1(p.platformType);
            bp.type = QString::fromLatin1(p.type);
            bp.displayVersion = QString::fromLatin1(p.version);
            bp.description = bp.name + QStringLiteral(" image maintained by Tencent Cloud");
            bp.createdTime = epoch.addDays(-100);
            list.append(bp);
        }
        m_regions.insert(region.id, list);
    }
    addRegionalShares(epoch);
}

void SimState::addRegionalShares(const QDateTime &epoch)
{
    // Beyond web-base, shared alike everywhere, some regions have partners of their own, and the
    // partner 700000164995 can use db-golden or ci-runner in three regions more: so that a view
    // of who can use what across regions shows differences. Guangzhou keeps only web-base's shares.
    struct RegionalShare
    {
        const char *region;
        int blueprint; // demo index: 1 db-golden, 2 ci-runner
        QStringList accounts;
    };
    const RegionalShare shares[] = {
        {"ap-shanghai", 1, {QStringLiteral("700000164995"), QStringLiteral("200000000031")}},
        {"ap-singapore", 1, {QStringLiteral("700000164995"), QStringLiteral("909619400")}},
        {"ap-singapore", 2, {QStringLiteral("300000000457")}},
        {"ap-tokyo",
         2,
         {QStringLiteral("700000164995"), QStringLiteral("200000000031"), QStringLiteral("300000000457")}},
        {"eu-frankfurt", 2, {QStringLiteral("400000000589")}},
    };
    int day = 30;
    for (const RegionalShare &share : shares) {
        const QString region = QLatin1String(share.region);
        SimBlueprint *blueprint = find(region, demoBlueprintId(region, share.blueprint));
        for (const QString &account : share.accounts)
            blueprint->shares.insert(account, epoch.addDays(day++));
    }
}

void SimState::addBlueprint(const QString &region, const SimBlueprint &blueprint)
{
    QList<SimBlueprint> &list = m_regions[region];
    for (SimBlueprint &existing : list) {
        if (existing.id == blueprint.id) {
            existing = blueprint;
            return;
        }
    }
    list.append(blueprint);
}

bool SimState::removeBlueprint(const QString &blueprintId)
{
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == blueprintId) {
                it->removeAt(i);
                return true;
            }
        }
    }
    return false;
}

SimBlueprint *SimState::find(const QString &region, const QString &blueprintId)
{
    auto it = m_regions.find(region);
    if (it == m_regions.end())
        return nullptr;
    for (SimBlueprint &bp : *it) {
        if (bp.id == blueprintId)
            return &bp;
    }
    return nullptr;
}

const SimBlueprint *SimState::find(const QString &region, const QString &blueprintId) const
{
    return const_cast<SimState *>(this)->find(region, blueprintId);
}

SimBlueprint *SimState::findAnywhere(const QString &blueprintId, QString *regionOut)
{
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        for (SimBlueprint &bp : *it) {
            if (bp.id == blueprintId) {
                if (regionOut)
                    *regionOut = it.key();
                return &bp;
            }
        }
    }
    return nullptr;
}

const SimBlueprint *SimState::findAnywhere(const QString &blueprintId, QString *regionOut) const
{
    return const_cast<SimState *>(this)->findAnywhere(blueprintId, regionOut);
}

QStringList SimState::blueprintIds(const QString &region) const
{
    QStringList ids;
    for (const SimBlueprint &bp : m_regions.value(region))
        ids.append(bp.id);
    return ids;
}

bool SimState::setSharedAccounts(const QString &blueprintId, const QStringList &accounts, const QDateTime &when)
{
    SimBlueprint *bp = findAnywhere(blueprintId);
    if (!bp)
        return false;
    QMap<QString, QDateTime> shares;
    for (const QString &account : accounts)
        shares.insert(account, bp->shares.value(account, when));
    bp->shares = shares;
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [&](const PendingChange &change) { return change.blueprintId == blueprintId; }),
                    m_pending.end());
    return true;
}

QStringList SimState::sharedAccounts(const QString &blueprintId) const
{
    const SimBlueprint *bp = findAnywhere(blueprintId);
    return bp ? bp->shares.keys() : QStringList();
}

void SimState::recordShareChange(const QString &blueprintId, const QString &account, bool shared,
                                 const QDateTime &previousTime)
{
    forgetVisibleChanges();
    if (m_lagMs > 0)
        m_pending.append({blueprintId, account, shared, previousTime, QDeadlineTimer(m_lagMs)});
}

QMap<QString, QDateTime> SimState::visibleShares(const SimBlueprint &bp) const
{
    QMap<QString, QDateTime> shares = bp.shares;
    // Undo the changes not visible yet, newest first, so that several changes of one account
    // unwind to what the reads showed before the first of them.
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        if (it->blueprintId != bp.id || it->visibleAt.hasExpired())
            continue;
        if (it->shared)
            shares.remove(it->account);
        else
            shares.insert(it->account, it->previousTime);
    }
    return shares;
}

void SimState::forgetVisibleChanges()
{
    while (!m_pending.isEmpty() && m_pending.constFirst().visibleAt.hasExpired())
        m_pending.removeFirst();
}

bool SimState::setBlueprintState(const QString &blueprintId, const QString &state)
{
    SimBlueprint *bp = findAnywhere(blueprintId);
    if (!bp)
        return false;
    bp->state = state;
    return true;
}

} // namespace LhShare
