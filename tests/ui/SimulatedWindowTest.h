#pragma once

#include "credentials/MemoryCredentialStore.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"
#include "ui/MainWindow.h"
#include "ui/ReviewDialog.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

// The fixture of the window's GUI tests: a MainWindow (the demo backend behind "Try the demo") on
// a session to an in-process Simulator on 127.0.0.1 (profile "test", the demo credentials), shown,
// with every review dialog it opens collected. A test class derives from it, calls openWindow() in
// init() and closeWindow() in cleanup().
class SimulatedWindowTest : public QObject
{
protected:
    // Jobs run at 20 requests per second; leave room beyond QTRY's default 5 s on a busy machine.
    static constexpr int kJobTimeoutMs = 30'000;

    // regionId: the window's region before the session opens (empty: as remembered). False when
    // the simulator cannot listen or the window is not shown.
    bool openWindow(const QString &regionId = {});
    void closeWindow();
    // The next review dialog (already shown, window-modal), or null after the timeout.
    LhShare::ReviewDialog *nextReview();

    std::unique_ptr<LhShare::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LhShare::MemoryCredentialStore> m_store;
    std::unique_ptr<LhShare::SessionFactory> m_factory;
    std::unique_ptr<LhShare::MainWindow> m_window;
    QList<QPointer<LhShare::ReviewDialog>> m_reviews;
};
