#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <transfer/jobinfo.h>

namespace es::Icons {
namespace {

struct Spec
{
    const char *theme;
    const char *fallback;
    bool tint;
};

Spec specFor(Id id)
{
    switch (id) {
    case Id::NewExport:
        return {"document-new", "es-new", true};
    case Id::RunPreset:
        return {"media-playback-start", "es-run", true};
    case Id::Cancel:
        return {"process-stop", "es-cancel", true};
    case Id::Retry:
        return {"view-refresh", "es-retry", true};
    case Id::MoveUp:
        return {"go-up", "es-up", true};
    case Id::MoveDown:
        return {"go-down", "es-down", true};
    case Id::OpenFolder:
        return {"folder-open", "es-folder", true};
    case Id::Remove:
        return {"edit-delete", "es-remove", true};
    case Id::File:
        return {"text-x-generic", "es-file", true};
    case Id::Edit:
        return {"document-edit", "es-edit", true};
    case Id::Copy:
    case Id::Duplicate:
        return {"edit-copy", "es-copy", true};
    case Id::Settings:
        return {"preferences-system", "es-settings", true};
    case Id::Accounts:
        return {"system-users", "es-account", true};
    case Id::Import:
        return {"document-import", "es-import", true};
    case Id::Export:
        return {"document-export", "es-export", true};
    case Id::Sandbox:
        return {"", "es-sandbox", false};
    case Id::AppIcon:
        return {"export-studio", "export-studio", false};
    }
    return {"", "es-file", false};
}

QIcon tinted(const QString &resource)
{
    const QIcon source(resource);
    const QColor color = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        const QPixmap base = source.pixmap(QSize(size, size));
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, {QIcon::Disabled, disabled}}) {
            QPixmap pixmap = base;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), c);
            painter.end();
            result.addPixmap(pixmap, mode);
        }
    }
    return result;
}

QIcon load(const Spec &spec)
{
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.fallback));
    QIcon fallback = spec.tint ? tinted(resource) : QIcon(resource);
    if (!*spec.theme)
        return fallback;
    return QIcon::fromTheme(QLatin1String(spec.theme), fallback);
}

} // namespace

QIcon icon(Id id)
{
    // The palette can change (dark mode switch), so the cache key carries its text colour.
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const QRgb text = QApplication::palette().color(QPalette::WindowText).rgba();
    const auto key = qMakePair(static_cast<int>(id), text);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, load(specFor(id)));
    return *it;
}

QIcon stateIcon(JobState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(static_cast<int>(state));
    if (it != cache.end())
        return *it;
    QString name;
    switch (state) {
    case JobState::Queued:
        name = QStringLiteral("es-state-queued");
        break;
    case JobState::Starting:
    case JobState::Pending:
    case JobState::Processing:
        name = QStringLiteral("es-state-running");
        break;
    case JobState::Downloading:
    case JobState::Unpacking:
        name = QStringLiteral("es-state-downloading");
        break;
    case JobState::Done:
        name = QStringLiteral("es-state-done");
        break;
    case JobState::Failed:
        name = QStringLiteral("es-state-failed");
        break;
    case JobState::Canceled:
        name = QStringLiteral("es-state-canceled");
        break;
    }
    return *cache.insert(static_cast<int>(state),
                         QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace es::Icons
