#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace es {

// The preferences the app keeps in Settings, as a plain value the dialog edits.
struct SettingsValues
{
    QString downloadDir;
    bool autoUnzip = true;
    bool keepZip = false;
    bool notifications = true;
    QString uiLanguage; // "" = the system's
    int maxFilterGroups = 3;
    int maxFiltersPerGroup = 3;

    bool operator==(const SettingsValues &) const = default;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsValues &values, QWidget *parent = nullptr);

    SettingsValues values() const;

    QLineEdit *downloadDirEdit() const { return m_folder; }
    QCheckBox *autoUnzipBox() const { return m_unzip; }
    QCheckBox *keepZipBox() const { return m_keepZip; }
    QComboBox *languageCombo() const { return m_language; }

Q_SIGNALS:
    void applyRequested(const es::SettingsValues &values);

private:
    QLineEdit *m_folder;
    QCheckBox *m_unzip;
    QCheckBox *m_keepZip;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    QSpinBox *m_groups;
    QSpinBox *m_filters;
};

} // namespace es
Q_DECLARE_METATYPE(es::SettingsValues)
