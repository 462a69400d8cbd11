#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The parts of a Qt Linguist .ts file the checks look at.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per plural form

    // What identifies a message to lupdate.
    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment +
               QLatin1Char('\x1f') + (numerus ? QLatin1Char('n') : QLatin1Char('s'));
    }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
};

// Empty `error` on success.
TsFile readTsFile(const QString &path, QString *error);
