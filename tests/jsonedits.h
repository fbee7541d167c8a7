#pragma once
// Small edits applied to a JSON document by path, for tests that vary one field of a valid
// document (a case file, a rule set) and expect exactly that field to be named in the error.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wd::test {

// One change to a JSON document: `path` is '/'-separated ("order/product/type", "key_events/0/result");
// a numeric segment indexes an array (index == size appends); an undefined value removes the key.
struct Edit
{
    QString path;
    QJsonValue value;
};
using Edits = QList<Edit>;

inline QJsonValue applyEdit(const QJsonValue &node, const QStringList &segments, int i, const QJsonValue &value)
{
    if (i == segments.size())
        return value;
    const QString &segment = segments.at(i);
    const bool last = i + 1 == segments.size();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = segment.toInt();
        if (last && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(applyEdit(QJsonValue(), segments, i + 1, value));
        else
            array.replace(index, applyEdit(array.at(index), segments, i + 1, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && value.isUndefined())
        object.remove(segment);
    else
        object.insert(segment, applyEdit(object.value(segment), segments, i + 1, value));
    return object;
}

inline QJsonObject edited(QJsonObject object, const Edits &edits)
{
    for (const Edit &e : edits)
        object = applyEdit(object, e.path.split(QLatin1Char('/')), 0, e.value).toObject();
    return object;
}

inline QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace wd::test
