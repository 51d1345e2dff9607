#include "InertText.h"

#include <algorithm>
#include <cstdio>

namespace LhShare {

namespace {
bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}
} // namespace

QString inertText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype clean = 0; // start of the run of plain characters not yet copied
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c))
            continue;
        result.append(text.mid(clean, i - clean));
        result += QStringLiteral("\\u%1").arg(ushort(c), 4, 16, QLatin1Char('0'));
        clean = i + 1;
    }
    result.append(text.mid(clean));
    return result;
}

void installInertMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        const QByteArray line = inertText(qFormatLogMessage(type, context, message)).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    });
}

InertTextDevice::InertTextDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 InertTextDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

qint64 InertTextDevice::writeData(const char *data, qint64 size)
{
    // Printable ASCII (most output: IDs, tables) passes as it is, without decoding.
    const auto printable = [](char c) { return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t'; };
    if (m_decoderIdle && std::all_of(data, data + size, printable))
        return m_target->write(data, size) == size ? size : -1;
    m_decoderIdle = size > 0 && static_cast<unsigned char>(data[size - 1]) < 0x80;
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray bytes = inertText(text).toUtf8();
    if (m_target->write(bytes) != bytes.size())
        return -1;
    return size;
}

} // namespace LhShare
