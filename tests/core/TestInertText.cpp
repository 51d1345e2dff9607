// Server text printed by the CLI cannot drive a terminal: control characters become escapes.
#include "model/InertText.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace LhShare;

class TestInertText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inertText_data();
    void inertText();
    void device_keepsCharactersSplitAcrossWrites();
    void device_keepsJsonValidAndEqual();
    void device_passesPlainAsciiAndEscapesAControlAmongIt();
};

void TestInertText::inertText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("lhbp-6jc6l8yb 共享") << QStringLiteral("lhbp-6jc6l8yb 共享");
    QTest::newRow("newline and tab kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("CSI colour") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\u001b[31mred");
    QTest::newRow("OSC title") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\u001b]0;owned\\u0007");
    QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\u000dFAKE");
    QTest::newRow("NUL and DEL") << QString::fromUtf16(u"a\0b\x7f", 4) << QStringLiteral("a\\u0000b\\u007f");
    QTest::newRow("C1 CSI and NEL") << QString::fromUtf16(u"\x9b"
                                                          "31m\x85")
                                    << QStringLiteral("\\u009b31m\\u0085");
    QTest::newRow("just past C1") << QString::fromUtf16(u"\xa0\xe9") << QString::fromUtf16(u"\xa0\xe9");
}

void TestInertText::inertText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(LhShare::inertText(text), expected);
}

void TestInertText::device_keepsCharactersSplitAcrossWrites()
{
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    InertTextDevice device(&target);
    // U+009B (C2 9B) and U+5171 (E5 85 B1) cut in the middle.
    const QByteArray bytes = QString::fromUtf16(u"x\x9by\u5171z").toUtf8();
    for (const char byte : bytes)
        QCOMPARE(device.write(&byte, 1), 1);
    QCOMPARE(QString::fromUtf8(target.data()), QString::fromUtf16(u"x\\u009by\u5171z"));
}

void TestInertText::device_keepsJsonValidAndEqual()
{
    const QString hostile = QString::fromUtf16(u"\x1b]8;;https://evil.test\x07link\x9d\x85\x7f\\");
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("name"), hostile}}).toJson();
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    InertTextDevice device(&target);
    device.write(json);

    const QByteArray written = target.data();
    for (const char byte : written)
        QVERIFY2(uchar(byte) >= 0x20 || byte == '\n', written.constData());
    QVERIFY(!written.contains("\xc2\x9d") && !written.contains("\xc2\x85") && !written.contains('\x7f'));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QLatin1String("name")).toString(), hostile);
}

void TestInertText::device_passesPlainAsciiAndEscapesAControlAmongIt()
{
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    InertTextDevice device(&target);
    device.write("100000000001\n100000000002\n");
    device.write("name \x1b[31mred\x1b[0m\n");
    device.write("100000000003\n");
    QCOMPARE(target.data(), QByteArray("100000000001\n100000000002\nname \\u001b[31mred\\u001b[0m\n100000000003\n"));
}

QTEST_GUILESS_MAIN(TestInertText)
#include "TestInertText.moc"
