#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace es {

class AppContext;

// "Save property definitions…": an object's property definitions (from the properties API, so no
// export is spent) saved as CSV or XLSX for the people who document or audit a portal. Asked for
// from the File menu (which object?) and from the wizard's column picker (the object being
// exported). The saver asks where to save, fetches, writes through PropertyDefinitionsFile and
// says how it went through information() / problem(); the window shows them like every other.
class PropertyDefinitionsSaver : public QObject
{
    Q_OBJECT

public:
    // Where to save: the path, or "" when the user declined. Tests replace the file dialog.
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    // Which object: its object type, or "" when the user declined.
    using ObjectChooser = std::function<QString(QWidget *parent)>;

    explicit PropertyDefinitionsSaver(AppContext *context, QObject *parent = nullptr);

    void setPathChooser(PathChooser choose) { m_choosePath = std::move(choose); }
    void setObjectChooser(ObjectChooser choose) { m_chooseObject = std::move(choose); }

    // The File menu: asks which object (standard objects and the account's custom ones), then
    // save() on the current account.
    void chooseAndSave(QWidget *parent);
    // Asks where to save the definitions of `objectType` on `accountId`, then fetches and
    // writes them.
    void save(QWidget *parent, const QString &accountId, const QString &objectType);

Q_SIGNALS:
    void information(const QString &text);
    void problem(const QString &text);
    // The file is written (or a problem was said): tests wait for it.
    void finished();

private:
    QString objectLabel(const QString &objectType) const;
    void fetchAndWrite(const QString &accountId, const QString &objectType, const QString &path);

    AppContext *m_context;
    PathChooser m_choosePath;
    ObjectChooser m_chooseObject;
};

} // namespace es
