#pragma once

#include <QLabel>

namespace LhShare {

// The strip shown across the top of the window in demo mode, so simulated data can never be
// mistaken for a real account's. Uses the palette's highlight colours (light and dark themes).
class DemoBanner final : public QLabel
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);
};

} // namespace LhShare
