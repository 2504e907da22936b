// Builds a consultation with 100,000 participants (or the number given) and measures
// what a person waits for in the window: opening the file, sorting by each column,
// filtering as they type.
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "model/ConsultationDefaults.h"
#include "reference/ReferenceData.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"
#include "store/ParticipantIndex.h"
#include "store/SqliteDatabase.h"

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
                 .arg(QString::fromLatin1(what), -44)
                 .arg(double(nanoseconds) / 1e6, 8, 'f', 1)
                 .arg(double(cpu) / 1e6, 7, 'f', 1);
    out().flush();
}

bool build(const QString &path, int count)
{
    auto created = Document::createNew(defaultConsultation(1));
    if (!created)
        return false;
    Document &document = *created.value();
    ConsultationStore &store = document.store();
    const QStringList given = {
        QStringLiteral("Maria"),   QStringLiteral("José"),   QStringLiteral("Nguyễn"),
        QStringLiteral("สมชาย"),   QStringLiteral("សុខា"),    QStringLiteral("အောင်"),
        QStringLiteral("प्रिया"),   QStringLiteral("美玲"),   QStringLiteral("فاطمة"),
        QStringLiteral("Aigerim"), QStringLiteral("Tevita"), QStringLiteral("Ana")};
    const QStringList family = {
        QStringLiteral("Santos"),    QStringLiteral("Núñez"),  QStringLiteral("Trần"),
        QStringLiteral("ใจดี"),       QStringLiteral("ចាន់"),    QStringLiteral("ကျော်"),
        QStringLiteral("शर्मा"),      QStringLiteral("王"),     QStringLiteral("خان"),
        QStringLiteral("Nurlanova"), QStringLiteral("Fifita"), QStringLiteral("Reyes")};
    const QList<EscapMember> &members = ReferenceData::instance().escapMembers();
    const QStringList categories = ReferenceData::instance().categoryCodes();
    SqliteTransaction transaction(document.database());
    QList<qint64> organizations;
    for (int i = 0; i < 2000; ++i) {
        Organization organization;
        organization.name = QStringLiteral("Organization %1 for Migrant Rights").arg(i);
        organization.country = members.at(i % members.size()).iso2;
        organization.category = categories.at(i % categories.size());
        organizations.append(*store.addOrganization(organization));
    }
    const QList<Status> statuses = allStatuses();
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.givenName = given.at(i % given.size());
        p.familyName = family.at((i / given.size()) % family.size()) + QString::number(i);
        p.email = QStringLiteral("person%1@example.org").arg(i);
        p.gender = static_cast<Gender>(i % 4);
        p.organizationId = organizations.at(i % organizations.size());
        p.country = members.at((i * 7) % members.size()).iso2;
        p.status = statuses.at(i % statuses.size());
        if (isInStage(p.status, Stage::Registered))
            p.registeredAt = QDateTime(QDate(2020, 10, 1), QTime(0, 0), Qt::UTC).addSecs(i);
        if (!store.addParticipant(p))
            return false;
    }
    if (!transaction.commit())
        return false;
    return document.saveAs(path).ok();
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
    if (!build(path, count)) {
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
    QList<qint64> ids;
    for (int row = 0; row < 1000; ++row)
        ids.append(model->idAt(row));
    page->selectIds(ids);
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    page->setStatusOfSelected(Status::Invited);
    QApplication::processEvents();
    report("invite 1,000 selected people (one step)", timer.nsecsElapsed());
    timer.restart();
    g_cpuStart = threadCpuNanoseconds();
    window.documentController()->session()->undoStack()->undo();
    QApplication::processEvents();
    report("undo it", timer.nsecsElapsed());
    window.documentController()->session()->undoStack()->clear();
    return 0;
}
