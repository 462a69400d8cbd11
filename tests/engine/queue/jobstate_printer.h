#pragma once

#include "transfer/jobinfo.h"

#include <QStringList>
#include <QTest>

// es::toString(JobState) returns a QString and wins argument-dependent lookup inside QCOMPARE,
// so job states are compared by name.
#define QCOMPARE_STATE(actual, expected) QCOMPARE(es::toString(actual), es::toString(expected))

inline QStringList stateNames(const QList<es::JobState> &states)
{
    QStringList names;
    for (es::JobState s : states)
        names.append(es::toString(s));
    return names;
}
