// Builds a consultation with 100,000 participants (or the number given) and measures
// what a person waits for in the window: opening the file, sorting by each column,
// filtering as they type.
#include "BenchConsultation.h"
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "store/Document.h"
#include "store/ParticipantIndex.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace consulta;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// CPU time of this thread: on a machine busy with other work it says what the wall clock
// cannot.
qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 g_cpuStart = 0;

void report(const char *what, qint64 nanoseconds)
{
    const qint64 cpu = threadCpuNanoseconds() - g_cpuStart;
    out() << QStringLiteral("%1 %2 ms  (cpu %3 ms)\n")
                 .arg(QString::fromUtf8(what), -44)
                 .arg(double(nanoseconds) / 1e6, 8, 'f', 1)
                 .arg(double(cpu) / 1e6, 7, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConsultaBench"));
    QApplication::setApplicationName(QStringLiteral("consulta-bench"));
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.consulta"));
    QElapsedTimer timer;
    timer.start();
    g_cpuStart = threadCpuNanoseconds();
    if (!bench::buildConsultation(path, count)) {
        std::fprintf(stderr, "could not build the benchmark file\n");
        return 1;
    }
    out() << count << " participants, 2000 organizations\n";
    report("build the file (not user-facing)", timer.nsecsElapsed());

    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    {
        auto opened = Document::open(path);
        report("core: Document::open (verify + working copy)", timer.nsecsElapsed());
        if (!opened)
            return 1;
        timer.restart();
        g_cpuStart = threadCpuNanoseconds();
        ParticipantIndex index(opened.value()->database());
        index.reload();
        report("ui: load the participant index", timer.nsecsElapsed());
        timer.restart();
        g_cpuStart = threadCpuNanoseconds();
        const QList<qint64> sorted = index.query({}, ParticipantSortKey::Name);
        report("ui: first order by name (index only)", timer.nsecsElapsed());
    }

    MainWindow window;
    window.show();
    QApplication::processEvents();
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    if (!window.openFile(path))
        return 1;
    QApplication::processEvents(); // first paint of the table
    report("window: open file and show the table", timer.nsecsElapsed());

    ParticipantsPage *page = window.documentWidget()->participantsPage();
    ParticipantTableModel *model = page->model();
    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column) {
        timer.restart();
        g_cpuStart = threadCpuNanoseconds();
        page->view()->sortByColumn(column, Qt::DescendingOrder);
        QApplication::processEvents();
        const QByteArray label =
            "sort by " + model->headerData(column, Qt::Horizontal).toString().toUtf8();
        report(label.constData(), timer.nsecsElapsed());
    }
    page->view()->sortByColumn(ParticipantTableModel::NameColumn, Qt::AscendingOrder);

    const QStringList typed = {QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("ngu"),
                               QStringLiteral("nguy"), QStringLiteral("nguyen")};
    for (const QString &text : typed) {
        ParticipantFilter filter;
        filter.text = text;
        timer.restart();
        g_cpuStart = threadCpuNanoseconds();
        model->setFilter(filter);
        QApplication::processEvents();
        const QByteArray label =
            "filter \"" + text.toUtf8() + "\" (" + QByteArray::number(model->rowCount()) + " rows)";
        report(label.constData(), timer.nsecsElapsed());
    }
    for (const QString &text :
         {QStringLiteral("ใจดี"), QStringLiteral("王"), QStringLiteral("migrant rights 17"),
          QStringLiteral("person99999@")}) {
        ParticipantFilter filter;
        filter.text = text;
        timer.restart();
        g_cpuStart = threadCpuNanoseconds();
        model->setFilter(filter);
        QApplication::processEvents();
        const QByteArray label =
            "filter \"" + text.toUtf8() + "\" (" + QByteArray::number(model->rowCount()) + " rows)";
        report(label.constData(), timer.nsecsElapsed());
    }
    ParticipantFilter filter;
    filter.status = Status::Registered;
    filter.subregion = QStringLiteral("SEA");
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    model->setFilter(filter);
    QApplication::processEvents();
    report("filter registered + SEA", timer.nsecsElapsed());
    model->setFilter({});

    // Scrolling: paint screenfuls from the top to the bottom.
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    const int steps = 50;
    for (int i = 0; i <= steps; ++i) {
        page->view()->scrollTo(model->index(model->rowCount() * i / steps, 0));
        page->view()->viewport()->repaint();
    }
    report("scroll: 51 screenfuls, each painted (total)", timer.nsecsElapsed());

    // A bulk status change of 1,000 people and its undo.
    // People not invited yet, in the table's order: a run of neighbours by name can all
    // share one status in the generated file, and inviting the invited records nothing.
    QList<qint64> ids;
    const ParticipantIndex &index = window.documentController()->session()->index();
    for (int row = 0; row < model->rowCount() && ids.size() < 1000; ++row) {
        if (index.entry(model->idAt(row))->status == Status::Identified)
            ids.append(model->idAt(row));
    }
    page->selectIds(ids);
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    page->setStatusOfSelected(Status::Invited);
    QApplication::processEvents();
    report("invite 1,000 selected people (one step)", timer.nsecsElapsed());
    if (window.documentController()->session()->undoStack()->count() != 1) {
        std::fprintf(stderr, "the invitation recorded no undo step\n");
        return 1;
    }
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    window.documentController()->session()->undoStack()->undo();
    QApplication::processEvents();
    report("undo it", timer.nsecsElapsed());
    window.documentController()->session()->undoStack()->clear();
    return 0;
}
