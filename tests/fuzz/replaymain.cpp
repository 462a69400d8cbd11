// Without libFuzzer (gcc, or EXPORTSTUDIO_FUZZ off): feeds every file of the corpus folders or
// files named on the command line to LLVMFuzzerTestOneInput once, so CTest replays the seeds and
// every crash reproducer checked into tests/fuzz/corpus/ as a regression test.

#include "fuzzcommon.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << arg;
        }
    }
    files.sort(); // a stable order makes a failure easy to repeat
    if (files.isEmpty()) {
        std::fprintf(stderr,
                     "usage: %s CORPUS_DIR_OR_FILE...  (found no input: an empty corpus "
                     "proves nothing)\n",
                     argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path),
                     static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
    }
    std::fprintf(stderr, "replayed %lld inputs without a crash\n",
                 static_cast<long long>(files.size()));
    return 0;
}
