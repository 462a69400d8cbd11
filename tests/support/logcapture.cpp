#include "logcapture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace es::test {

namespace {

QMutex mutex;
QStringList captured;
QtMessageHandler previous = nullptr;
bool forward = true;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "default") +
                        QStringLiteral(": ") + message);
    }
    if (forward && previous)
        previous(type, context, message);
}

} // namespace

LogCapture::LogCapture(const QString &filterRules)
{
    clear();
    QLoggingCategory::setFilterRules(filterRules);
    forward = qEnvironmentVariableIsSet("ES_TEST_VERBOSE_LOG");
    previous = qInstallMessageHandler(handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
    previous = nullptr;
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&mutex);
    return captured;
}

QString LogCapture::joined() const
{
    return messages().join(u'\n');
}

bool LogCapture::contains(const QString &needle) const
{
    return joined().contains(needle);
}

void LogCapture::clear()
{
    QMutexLocker lock(&mutex);
    captured.clear();
}

} // namespace es::test
