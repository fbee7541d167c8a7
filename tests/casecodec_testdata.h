#pragma once
// Shared by the case codec tests: the sample data and a base case file to edit (jsonedits.h).

#include "casecodec.h"
#include "jsonedits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wd::test::codec {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

inline QString dataDir(const char *sub)
{
    return QStringLiteral(WD_TEST_DATA_DIR "/") + QLatin1String(sub);
}

inline QJsonObject baseCase()
{
    return QJsonDocument::fromJson(readFile(dataDir("cases/invalid_key_basic.json"))).object();
}


inline QJsonObject platformEvent(const char *at, const char *until, const char *type)
{
    return QJsonObject{{QStringLiteral("at"), QString::fromLatin1(at)},
                       {QStringLiteral("until"), until ? QJsonValue(QString::fromLatin1(until)) : QJsonValue()},
                       {QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("message"), QStringLiteral("维护")}};
}

// Field-by-field comparison; the caller checks QTest::currentTestFailed().
} // namespace wd::test::codec
