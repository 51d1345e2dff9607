#pragma once

#include <QMetaType>
#include <QString>

namespace LhShare {

// The outcome of a failed request: either the server's Response.Error (kind Api) or a
// client-side failure with a "Client.*" code. Raw codes are kept; userMessage() explains them.
struct ApiError
{
    // Local: a failure on this computer (keychain, files, input), never an answer from the network.
    enum class Kind { None, Api, Network, Timeout, BadResponse, Canceled, Local };

    Kind kind = Kind::None;
    QString code;
    QString message;
    QString requestId;
    QString action; // the API action that answered; some codes mean different limits per action
    int httpStatus = 0;
    // True when the request may have reached the server and been applied even though we have
    // no answer (connection dropped after sending, timeout, mangled reply).
    bool ambiguous = false;

    bool isError() const { return kind != Kind::None; }
    bool hasCodePrefix(const QString &prefix) const;

    // A plain-language explanation of the code, in the UI language, plus the server's message.
    QString userMessage() const;
    // One line for logs and the CLI: "Code: message (RequestId: …)".
    QString summary() const;

    static ApiError api(const QString &code, const QString &message, const QString &requestId, int httpStatus = 200);
    static ApiError client(Kind kind, const QString &message, bool ambiguous = false, int httpStatus = 0);
    static QString clientCode(Kind kind);
};

} // namespace LhShare

Q_DECLARE_METATYPE(LhShare::ApiError)
