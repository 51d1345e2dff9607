#pragma once

#include "Session.h"
#include "api/Job.h"
#include "credentials/Profile.h"

#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace LhShare {

class CredentialStore;

// What the caller decides over the profile: another endpoint (--endpoint), another timeout.
struct SessionOptions
{
    Endpoint endpoint; // invalid: the profile's, else the default
    int timeoutMs = TcClient::kDefaultTimeoutMs;
};

// Opens a Session from a saved profile (its secrets come from the keychain), the environment
// (tccli's TENCENTCLOUD_* variables) or the demo. On the Job contract; takeSession() hands the
// session over in the finished() slot.
class SessionJob final : public Job
{
    Q_OBJECT
public:
    static constexpr auto kNoCredentials = "Client.NoCredentials";
    static constexpr auto kBadEndpoint = "Client.BadEndpoint";

    using Work = std::function<void(SessionJob *)>;
    SessionJob(Work work, QObject *parent);
    ~SessionJob() override;

    // The new session, owned by the caller from now on; nullptr after a failure.
    Session *takeSession();
    // The profile asked for (also when its secrets could not be read); empty for other sources.
    Profile profile() const { return m_profile; }
    bool isKeychainUnreachable() const;
    bool isUnknownProfile() const;
    bool isMissingCredentials() const { return error().code == QLatin1String(kNoCredentials); }

    // For SessionFactory.
    void succeed(Session *session);
    void fail(const ApiError &error) { emitResult(error); }
    void fail(const char *code, const QString &message);
    void setProfile(const Profile &profile) { m_profile = profile; }

protected:
    void doStart() override { m_work(this); }

private:
    Work m_work;
    QPointer<Session> m_session;
    Profile m_profile;
};

// The one place that turns a profile, the environment or the demo into a ready connection, for
// the CLI and the window alike.
//
//   SessionJob *job = factory.openProfile("prod");
//   connect(job, &Job::finished, this, [job] { if (!job->hasError()) use(job->takeSession()); });
//   job->start();
class SessionFactory final : public QObject
{
    Q_OBJECT
public:
    // Starts the demo's backend (the in-process simulator): fills the settings it needs (endpoint,
    // credentials) and returns the object to keep alive with the session, or null with *error.
    // Supplied by the application's demo wiring, so the core never links the simulator.
    using DemoBackend = std::function<std::unique_ptr<QObject>(ConnectionSettings *settings, QString *error)>;

    // `network` and `store` are not owned; `store` nullptr: the OS keychain.
    SessionFactory(QNetworkAccessManager *network, CredentialStore *store = nullptr, QObject *parent = nullptr);
    ~SessionFactory() override;

    QNetworkAccessManager *network() const { return m_network; }
    CredentialStore *store() const { return m_store; }
    void setDemoBackend(DemoBackend backend) { m_demoBackend = std::move(backend); }
    bool hasDemo() const { return bool(m_demoBackend); }

    // `store` nullptr: the factory's (e.g. the window passes its session-only store instead).
    SessionJob *openProfile(const QString &name, const SessionOptions &options = {}, CredentialStore *store = nullptr);
    SessionJob *openEnvironment(const QProcessEnvironment &environment, const SessionOptions &options = {});
    SessionJob *openDemo();
    // A session from settings at hand (the profile form's own values, for its connection test).
    Session *open(const ConnectionSettings &settings, QObject *parent = nullptr);
    // The settings a saved profile stands for, with `credentials`; false with *error for an
    // unusable endpoint.
    static bool settingsFor(const Profile &profile, const Credentials &credentials, const SessionOptions &options,
                            ConnectionSettings *settings, QString *error);

private:
    QNetworkAccessManager *m_network;
    CredentialStore *m_store;
    std::unique_ptr<CredentialStore> m_ownStore;
    DemoBackend m_demoBackend;
};

} // namespace LhShare
