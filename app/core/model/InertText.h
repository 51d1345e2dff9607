#pragma once

#include <QIODevice>
#include <QStringDecoder>
#include <QStringView>

namespace LhShare {

// Server text (error messages, blueprint names) is inert: on a terminal it must not move the
// cursor, set the window title or hide what follows. inertText() replaces every control
// character except line feed and tab (C0, DEL and C1, U+0080–U+009F) with a visible escape such
// as "\u001b". The escape is valid inside a JSON string and means the same character there, so
// JSON output stays valid JSON with the same content.
QString inertText(QStringView text);

// Qt's own warnings on stderr pass through inertText() too: they can quote what a server sent
// (a certificate's names, a header). For both executables, right after the Q*Application.
void installInertMessageHandler();

// A write-only device that passes UTF-8 text written to it through inertText() on its way to
// `target` (the CLI's stdout or stderr). Multi-byte characters split across writes are kept whole.
class InertTextDevice final : public QIODevice
{
public:
    explicit InertTextDevice(QIODevice *target, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_decoderIdle = true; // the last write ended on a whole character: nothing is pending
};

} // namespace LhShare
