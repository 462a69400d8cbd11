#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace es::test {

// Captures every Qt log message (all categories, debug included) while alive, so tests can
// prove what never reaches a log line. Messages are still passed on to the previous handler.
// One instance at a time.
class LogCapture
{
public:
    // `filterRules` enables categories, e.g. "es.*=true" (the default turns on everything).
    explicit LogCapture(const QString &filterRules = QStringLiteral("*.debug=true"));
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const; // "category: message"
    QString joined() const;
    bool contains(const QString &needle) const;
    void clear();
};

} // namespace es::test
