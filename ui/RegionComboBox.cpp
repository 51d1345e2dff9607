#include "RegionComboBox.h"

#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "model/Region.h"

#include <QSettings>

namespace LhShare {

namespace {
const QString kSettingsKey = QStringLiteral("ui/region");
} // namespace

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Region"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Region &region : Region::supported())
        addItem(region.displayName(), region.id);
    setRegionId(QSettings().value(kSettingsKey, QStringLiteral("ap-guangzhou")).toString());
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kSettingsKey, regionId());
        Q_EMIT regionChanged(regionId());
    });
}

QString RegionComboBox::regionId() const
{
    return currentData().toString();
}

void RegionComboBox::setRegionId(const QString &regionId)
{
    const int index = findData(regionId);
    if (index >= 0)
        setCurrentIndex(index);
}

void RegionComboBox::refresh(LighthouseService *service)
{
    if (m_call)
        m_call->abort();
    if (!service)
        return;
    m_call = service->describeRegions();
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return;
        for (const Region &region : LighthouseService::regionsFrom(call)) {
            const int index = findData(region.id);
            if (index < 0 || !Region::isSupported(region.id))
                continue;
            const QString text = region.available ? region.displayName()
                                                  : tr("%1 — unavailable").arg(region.displayName());
            setItemText(index, text);
        }
    });
    call->start();
}

} // namespace LhShare
