#pragma once

#include "api/ApiCall.h"

#include <QComboBox>
#include <QPointer>

namespace LhShare {

class LighthouseService;

// Picks one of the regions that support blueprint sharing, by readable name. Starts from the
// built-in list (Region::supported()) so it works offline, then takes the names and availability
// DescribeRegions reports once credentials allow. Remembers the last choice in QSettings.
class RegionComboBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    QString regionId() const;
    void setRegionId(const QString &regionId);
    // Asks the service for current names; keeps the built-in ones on failure (not worth an error).
    void refresh(LighthouseService *service);

Q_SIGNALS:
    void regionChanged(const QString &regionId);

private:
    QPointer<ApiCall> m_call;
};

} // namespace LhShare
