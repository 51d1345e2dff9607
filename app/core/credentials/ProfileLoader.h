#pragma once

#include "Profile.h"
#include "api/Credentials.h"

#include <QObject>

#include <memory>

namespace LhShare {

class CredentialStore;

// Loads a saved profile and its secrets (from the keychain), asynchronously.
//
//   auto *loader = new ProfileLoader(this);
//   connect(loader, &ProfileLoader::finished, this, [loader] {
//       if (loader->hasError()) show(loader->errorString()); else use(loader->profile(), loader->credentials());
//       loader->deleteLater();
//   });
//   loader->load("prod");
class ProfileLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ProfileLoader(QObject *parent = nullptr);
    ~ProfileLoader() override;

    // The store to read secrets from (not owned). Default: the OS keychain.
    void setCredentialStore(CredentialStore *store);

    void load(const QString &profileName);

    Profile profile() const;
    Credentials credentials() const;
    bool hasError() const;
    // Plain words: "no profile named …", "no keychain reachable: …", …
    QString errorString() const;
    // The failure was "no keychain reachable" (the caller may offer session-only credentials).
    bool isKeychainUnreachable() const;

Q_SIGNALS:
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace LhShare
