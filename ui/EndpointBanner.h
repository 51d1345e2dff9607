#pragma once

#include <QLabel>

namespace LhShare {

class Endpoint;

// The strip across the top of the window while the connection's endpoint is outside Tencent
// Cloud and this computer: the SecretId, the token and the signed requests go to that host, and
// the user should see so at all times. Hidden otherwise.
class EndpointBanner final : public QLabel
{
    Q_OBJECT
public:
    explicit EndpointBanner(QWidget *parent = nullptr);

    void showFor(const Endpoint &endpoint);
};

} // namespace LhShare
