#pragma once

#include <QIcon>
#include <QString>

namespace es {

enum class JobState;

// Icons come from the desktop's freedesktop theme first; the SVGs in resources/icons are the
// fallback so the app looks complete on a bare X server too. Monochrome fallbacks are tinted with
// the palette's text colour so they stay legible in dark themes.
namespace Icons {

enum class Id
{
    NewExport,
    RunPreset,
    Cancel,
    Retry,
    MoveUp,
    MoveDown,
    OpenFolder,
    Remove,
    File,
    Edit,
    Copy,
    Duplicate,
    Settings,
    Accounts,
    Import,
    Export,
    Sandbox,
    AppIcon,
};

QIcon icon(Id id);
// A quiet icon beside the state word: never the only carrier of meaning.
QIcon stateIcon(JobState state);

} // namespace Icons
} // namespace es
