#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace es {

// One running application per user. The first launch holds a lock file and listens on a local
// socket beside it; a later launch sends its arguments there (one JSON line, answered "ok") and
// exits, and the first emits activationRequested() to raise its window and open what it got.
//
// The lock decides who is first, without waiting: a crashed instance leaves a lock whose process
// is gone (QLockFile takes it over) and a socket file nobody listens on, which the new first
// instance removes before it listens.
class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Primary,   // this process listens; keep running
        Secondary, // another instance runs: forward() the arguments, then exit
        Standalone // the guard could not be set up (errorString()); run without it
    };
    Q_ENUM(Role)

    static constexpr int ForwardTimeoutMs = 5000;
    static constexpr qsizetype MaxMessageBytes = qsizetype{64} * 1024;

    // A plain name is placed in the per-user runtime folder ($XDG_RUNTIME_DIR); a path (tests)
    // is used as it is. The lock file is the same path plus ".lock".
    explicit InstanceGuard(const QString &name = QStringLiteral("export-studio"),
                           QObject *parent = nullptr);
    ~InstanceGuard() override;

    Role claim(); // once; later calls answer the same role
    Role role() const { return m_role; }
    QString serverPath() const { return m_path; }
    QString errorString() const { return m_error; }

    // Secondary only. Arguments naming existing files are made absolute, since the first
    // instance runs in another working folder. forwarded() follows exactly once, from the
    // event loop.
    void forward(const QStringList &arguments);

signals:
    void activationRequested(const QStringList &arguments);
    void forwarded(bool ok, const QString &message);

private:
    void acceptConnection();
    void finishForward(bool ok, const QString &message);

    QString m_path;
    QString m_error;
    Role m_role = Role::Standalone;
    bool m_claimed = false;
    bool m_forwardDone = false;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_forwardSocket;
};

} // namespace es
