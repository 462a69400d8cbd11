#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
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

// Renders the monochrome fallback SVG in the palette's text colour at the size asked for, when
// it is asked for. Tinting every icon at every size up front cost a fifth of the start-up time,
// and most of those pixmaps were never drawn (or the theme icon won).
class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(const QString &resource, const QColor &normal, const QColor &disabled)
        : m_resource(resource)
        , m_source(resource)
        , m_normal(normal)
        , m_disabled(disabled)
    {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const QColor color = mode == QIcon::Disabled ? m_disabled : m_normal;
        const QString key = QStringLiteral("es-tint:%1:%2x%3:%4")
                                .arg(m_resource)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(color.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap result;
        if (QPixmapCache::find(key, &result))
            return result;
        result = m_source.pixmap(size);
        QPainter painter(&result);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(result.rect(), color);
        painter.end();
        QPixmapCache::insert(key, result);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * dpr, mode, state);
        image.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, image);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QIconEngine *clone() const override
    {
        return new TintedIconEngine(m_resource, m_normal, m_disabled);
    }

    QString key() const override { return QStringLiteral("es-tinted"); }

private:
    QString m_resource;
    QIcon m_source;
    QColor m_normal;
    QColor m_disabled;
};

QIcon tinted(const QString &resource)
{
    const QPalette palette = QApplication::palette();
    return QIcon(new TintedIconEngine(resource,
                                      palette.color(QPalette::Active, QPalette::WindowText),
                                      palette.color(QPalette::Disabled, QPalette::WindowText)));
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
