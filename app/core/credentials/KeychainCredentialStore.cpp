#include "KeychainCredentialStore.h"

#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace LhShare {

// Debug output (keys and error codes, never values) only when asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcKeychain, "lhshare.keychain", QtInfoMsg)

namespace {

#ifdef Q_OS_LINUX
std::chrono::milliseconds s_startupRetryDelay{2500};
bool s_startupRetryPending = true;
#else
std::chrono::milliseconds s_startupRetryDelay{0};
bool s_startupRetryPending = false;
#endif

bool isUnreachable(QKeychain::Error error)
{
    // QtKeychain 0.13 reports a missing session bus, a missing keyring collection and a missing
    // libsecret all as OtherError; none of them is something a retry later in the run would fix,
    // and none of them may lead to a plaintext fallback.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

// Runs the keychain jobs of one CredentialJob one after another and reports the first failure.
// Secrets pass through here but are never logged; the log names keys and error codes only.
class KeychainSequence final : public QObject
{
public:
    using Kind = KeychainStep::Kind;
    using Step = KeychainStep;

    KeychainSequence(CredentialJob *job, QList<Step> steps, bool allowStartupRetry)
        : QObject(job)
        , m_job(job)
        , m_steps(std::move(steps))
        , m_allowStartupRetry(allowStartupRetry)
    {
    }

    void start() { runStep(); }

private:
    void runStep()
    {
        if (m_index >= m_steps.size()) {
            finishAll();
            return;
        }
        const Step &step = m_steps.at(m_index);
        const QString service = QLatin1String(KeychainCredentialStore::kService);
        QKeychain::Job *keychainJob = nullptr;
        switch (step.kind) {
        case Kind::Read:
            keychainJob = new QKeychain::ReadPasswordJob(service);
            break;
        case Kind::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(step.value);
            keychainJob = write;
            break;
        }
        case Kind::Delete:
            keychainJob = new QKeychain::DeletePasswordJob(service);
            break;
        }
        keychainJob->setAutoDelete(true);
        keychainJob->setInsecureFallback(false);
        keychainJob->setKey(step.key);
        connect(keychainJob, &QKeychain::Job::finished, this, &KeychainSequence::onStepFinished);
        keychainJob->start();
    }

    void onStepFinished(QKeychain::Job *keychainJob)
    {
        const Step &step = m_steps.at(m_index);
        const QKeychain::Error error = keychainJob->error();
        qCDebug(lcKeychain) << "keychain" << int(step.kind) << step.key << "->" << int(error);

        if (step.kind == Kind::Read && m_allowStartupRetry) {
            m_allowStartupRetry = false;
            if (isUnreachable(error) && s_startupRetryPending) {
                s_startupRetryPending = false;
                qCInfo(lcKeychain) << "no keychain yet; retrying once in" << s_startupRetryDelay.count() << "ms";
                QTimer::singleShot(s_startupRetryDelay, this, &KeychainSequence::runStep);
                return;
            }
            s_startupRetryPending = false;
        }

        if (error == QKeychain::NoError) {
            m_allMissing = false;
            if (step.kind == Kind::Read)
                m_values.append(qobject_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData());
        } else if (error == QKeychain::EntryNotFound && step.missingIsFine) {
            if (step.kind == Kind::Read)
                m_values.append(QString());
        } else if (error == QKeychain::EntryNotFound) {
            m_job->fail(CredentialJob::kNotFound,
                        KeychainCredentialStore::tr(
                            "The keychain holds no entry “%1”. If your login keyring is locked, unlock it; "
                            "otherwise save the profile again with its SecretKey.")
                            .arg(step.key));
            return;
        } else if (isUnreachable(error)) {
            m_job->fail(CredentialJob::kNoKeychain,
                        KeychainCredentialStore::unavailableMessage(keychainJob->errorString()));
            return;
        } else {
            const QString why = step.kind == Kind::Read
                ? KeychainCredentialStore::tr("The keychain refused to read “%1”: %2")
                : step.kind == Kind::Write ? KeychainCredentialStore::tr("The keychain refused to store “%1”: %2")
                                           : KeychainCredentialStore::tr("The keychain refused to delete “%1”: %2");
            m_job->fail(CredentialJob::kKeychainFailed, why.arg(step.key, keychainJob->errorString()));
            return;
        }
        ++m_index;
        runStep();
    }

    void finishAll()
    {
        const bool onlyDeletes = std::all_of(m_steps.cbegin(), m_steps.cend(),
                                             [](const Step &step) { return step.kind == Kind::Delete; });
        if (onlyDeletes && m_allMissing) {
            m_job->fail(CredentialJob::kNotFound,
                        KeychainCredentialStore::tr("The keychain holds no secrets for this profile."));
            return;
        }
        ProfileSecrets secrets;
        if (!m_values.isEmpty())
            secrets.secretKey = m_values.value(0);
        secrets.token = m_values.value(1);
        m_job->succeed(secrets);
    }

    CredentialJob *m_job;
    QList<Step> m_steps;
    QStringList m_values;
    qsizetype m_index = 0;
    bool m_allowStartupRetry;
    bool m_allMissing = true;
};

} // namespace

CredentialJob *KeychainCredentialStore::sequenceJob(QList<KeychainStep> steps, bool allowStartupRetry)
{
    return new CredentialJob(
        [steps, allowStartupRetry](CredentialJob *job) {
            (new KeychainSequence(job, steps, allowStartupRetry))->start();
        },
        this);
}

CredentialJob *KeychainCredentialStore::read(const QString &profileName)
{
    return sequenceJob({{KeychainStep::Kind::Read, keyFor(profileName, Field::SecretKey), {}, false},
                        {KeychainStep::Kind::Read, keyFor(profileName, Field::Token), {}, true}},
                       true);
}

CredentialJob *KeychainCredentialStore::write(const QString &profileName, const ProfileSecrets &secrets)
{
    // The SecretKey goes first: if the keychain is unreachable nothing at all has been written.
    QList<KeychainStep> steps{
        {KeychainStep::Kind::Write, keyFor(profileName, Field::SecretKey), secrets.secretKey, false}};
    if (secrets.token.isEmpty())
        steps.append({KeychainStep::Kind::Delete, keyFor(profileName, Field::Token), {}, true});
    else
        steps.append({KeychainStep::Kind::Write, keyFor(profileName, Field::Token), secrets.token, false});
    return sequenceJob(steps, false);
}

CredentialJob *KeychainCredentialStore::remove(const QString &profileName)
{
    return sequenceJob({{KeychainStep::Kind::Delete, keyFor(profileName, Field::SecretKey), {}, true},
                        {KeychainStep::Kind::Delete, keyFor(profileName, Field::Token), {}, true}},
                       false);
}

void KeychainCredentialStore::setStartupRetryDelay(std::chrono::milliseconds delay)
{
    s_startupRetryDelay = delay;
}

std::chrono::milliseconds KeychainCredentialStore::startupRetryDelay()
{
    return s_startupRetryDelay;
}

QString KeychainCredentialStore::unavailableMessage(const QString &backendMessage)
{
    QString what;
    if (backendMessage.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || backendMessage.contains(QLatin1String("DBus"), Qt::CaseInsensitive))
        what = tr("there is no D-Bus session bus, so no Secret Service can be reached");
    else if (backendMessage.contains(QLatin1String("collection"), Qt::CaseInsensitive)
             || backendMessage.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        what = tr("the Secret Service has no unlocked login keyring");
    else if (backendMessage.contains(QLatin1String("Unknown error"), Qt::CaseInsensitive))
        what = tr("the Secret Service library (libsecret) seems to be missing");
    else
        what = tr("no Secret Service or other system keychain answered");

    return tr("No keychain reachable: %1 (the keychain said: “%2”). Lighthouse Share keeps SecretKeys and tokens "
              "only in the system keychain, never in a plain file. To fix it, start a Secret Service such as "
              "gnome-keyring or KWallet in your desktop session, unlock the login keyring, and make sure libsecret "
              "is installed (Debian/Ubuntu: libsecret-1-0).")
        .arg(what, backendMessage);
}

} // namespace LhShare
