// minimal-widgets-window: the yardstick for export-studio's start-up in bench_startup. The
// smallest real Qt Widgets application with a main window (a menu, a status bar and a label),
// built with the project's flags and the same build type. Not a bench_* program on its own: it
// runs until it is killed.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
