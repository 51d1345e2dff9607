#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace LhShare {

// One blueprint (image) as the simulator stores it.
struct SimBlueprint
{
    QString id;
    QString name;
    QString description;
    QString osName = QStringLiteral("Ubuntu Server 22.04 LTS 64bit");
    QString platform = QStringLiteral("UBUNTU");
    QString platformType = QStringLiteral("LINUX_UNIX");
    QString type = QStringLiteral("PRIVATE"); // PRIVATE = custom image; public ones are APP_OS / PURE_OS / DOCKER
    QString state = QStringLiteral("NORMAL");
    QString displayVersion;
    QDateTime createdTime;
    int systemDiskGb = 40;
    int memoryGb = 1;
    QStringList sceneIds;
    QMap<QString, QString> tags; // key -> value
    QMap<QString, QDateTime> shares; // recipient account id -> when it was shared (sorted by id)
};

// The simulated account's blueprints per region, including who each one is shared with.
// Pure data with no validation: SimActions decides what the API allows.
//
//   SimState state;
//   state.loadDemoData();
//   SimBlueprint *bp = state.find("ap-guangzhou", SimState::demoBlueprintId("ap-guangzhou", 0));
class SimState final
{
public:
    // Per supported region: web-base (NORMAL, shared with three accounts), db-golden, ci-runner
    // (NORMAL), win-build (SYNCING), plus public APP_OS / PURE_OS images. db-golden and ci-runner
    // are shared too in Shanghai, Singapore, Tokyo and Frankfurt, with other accounts per region
    // (700000164995 among them in the first three); in Guangzhou they are shared with nobody.
    void loadDemoData();
    void clear() { m_regions.clear(); }

    // Deterministic valid id ("lhbp-" + 8 base36 chars) for the index-th demo blueprint of a region.
    static QString demoBlueprintId(const QString &region, int index);
    static QStringList demoSharedAccounts();

    // Adds or replaces (same id in that region) a blueprint.
    void addBlueprint(const QString &region, const SimBlueprint &blueprint);
    bool removeBlueprint(const QString &blueprintId);

    SimBlueprint *find(const QString &region, const QString &blueprintId);
    const SimBlueprint *find(const QString &region, const QString &blueprintId) const;
    // Looks in every region (ids are unique in practice); regionOut receives the region.
    SimBlueprint *findAnywhere(const QString &blueprintId, QString *regionOut = nullptr);
    const SimBlueprint *findAnywhere(const QString &blueprintId, QString *regionOut = nullptr) const;

    QList<SimBlueprint> blueprints(const QString &region) const { return m_regions.value(region); }
    QStringList blueprintIds(const QString &region) const;

    // Replaces the recipients at once, visible to reads at once (test setup, demo data).
    bool setSharedAccounts(const QString &blueprintId, const QStringList &accounts, const QDateTime &when);
    QStringList sharedAccounts(const QString &blueprintId) const; // sorted, as applied
    bool setBlueprintState(const QString &blueprintId, const QString &state);

    // --- Propagation lag ---
    // A share or cancel takes effect at once (bp.shares), but the reads (the recipient listing,
    // BlueprintShared) show it only lagMs later, as the service's read side does.
    void setPropagationLagMs(int lagMs) { m_lagMs = qMax(0, lagMs); }
    int propagationLagMs() const { return m_lagMs; }
    // Records a change just applied to bp.shares; previousTime is the share's CreatedTime before a cancel.
    void recordShareChange(const QString &blueprintId, const QString &account, bool shared,
                           const QDateTime &previousTime);
    // The recipients as reads see them now: bp.shares without the changes still propagating.
    QMap<QString, QDateTime> visibleShares(const SimBlueprint &bp) const;

private:
    struct PendingChange
    {
        QString blueprintId;
        QString account;
        bool shared = false;
        QDateTime previousTime;
        QDeadlineTimer visibleAt;
    };
    void forgetVisibleChanges();
    void addRegionalShares(const QDateTime &epoch);

    QHash<QString, QList<SimBlueprint>> m_regions;
    int m_lagMs = 0;
    QList<PendingChange> m_pending; // oldest first
};

} // namespace LhShare
