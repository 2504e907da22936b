// Times `consulta stats --json` and `consulta report` on a 100,000-participant file
// against the sqlite3 shell counting the same things with GROUP BY. See CMakeLists.txt.

#include "BenchConsultation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace consulta;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// What `stats` counts, as the sqlite3 shell would: per stage, people by gender, by
// country (the subregion is a lookup of the country) and by the organization's
// category; the registered stage by organization, after the deadline, in total.
QString groupBySql()
{
    const QList<QPair<const char *, const char *>> stages = {
        {"pool", "1"},
        {"invited", "status IN ('invited','waitlisted','registered','attended')"},
        {"registered", "status IN ('registered','attended')"},
        {"attended", "status = 'attended'"},
    };
    QString sql;
    for (const auto &[name, where] : stages) {
        const QString w = QString::fromLatin1(where);
        const QString n = QString::fromLatin1(name);
        sql += QStringLiteral("SELECT '%1', count(*) FROM participant WHERE %2;\n").arg(n, w);
        sql += QStringLiteral("SELECT '%1', gender, count(*) FROM participant WHERE %2 "
                              "GROUP BY gender;\n")
                   .arg(n, w);
        sql += QStringLiteral("SELECT '%1', country, count(*) FROM participant WHERE %2 "
                              "GROUP BY country;\n")
                   .arg(n, w);
        sql += QStringLiteral("SELECT '%1', o.category, count(*) FROM participant p LEFT JOIN "
                              "organization o ON o.id = p.organization_id WHERE %2 "
                              "GROUP BY o.category;\n")
                   .arg(n, w);
    }
    sql += QStringLiteral(
        "SELECT organization_id, count(*) FROM participant WHERE status IN "
        "('registered','attended') AND organization_id IS NOT NULL GROUP BY organization_id "
        "HAVING count(*) > 1;\n"
        "SELECT count(*) FROM participant WHERE status IN ('registered','attended') AND "
        "registered_at > '2020-10-25T17:00:00Z';\n");
    return sql;
}

struct Timing
{
    double best = 0;   // ms
    double median = 0; // ms
    double cpu = 0;    // ms of user + system time of the best run's process: steadier than
                       // the wall clock on a machine that is busy with other work
    QString output;
    bool ok = false;
};

// User and system time of every child process that has finished so far.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Timing timeRuns(const QString &program, const QStringList &arguments, int runs,
                const QByteArray &input = QByteArray())
{
    Timing timing;
    QList<double> times;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = childCpuMs();
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            timing.output = QString::fromUtf8(process.readAllStandardError()).trimmed();
            return timing;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(childCpuMs() - cpuBefore);
        timing.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    timing.cpu = cpu.constFirst();
    timing.best = times.constFirst();
    timing.median = times.at(times.size() / 2);
    timing.ok = true;
    return timing;
}

void print(const char *what, const Timing &timing, const Timing &reference)
{
    out() << QStringLiteral("%1 best %2 ms  median %3 ms  ratio %4   cpu %5 ms  cpu ratio %6\n")
                 .arg(QString::fromLatin1(what), -34)
                 .arg(timing.best, 8, 'f', 1)
                 .arg(timing.median, 8, 'f', 1)
                 .arg(reference.best > 0 ? timing.best / reference.best : 0.0, 6, 'f', 1)
                 .arg(timing.cpu, 8, 'f', 1)
                 .arg(reference.cpu > 0 ? timing.cpu / reference.cpu : 0.0, 6, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsultaBench"));
    QCoreApplication::setApplicationName(QStringLiteral("consulta-report-bench"));
    const QStringList arguments = QCoreApplication::arguments();
    int count = 100000;
    int runs = 3;
    bool keep = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == QLatin1String("--keep"))
            keep = true;
        else
            count = std::max(1, arguments.at(i).toInt());
    }
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::fputs("report_bench: the sqlite3 shell is not on PATH (apt-get install sqlite3)\n",
                   stderr);
        return 1;
    }
    const QString consulta =
        QDir(QStringLiteral(CONSULTA_BIN_DIR)).filePath(QStringLiteral("consulta"));

    QTemporaryDir folder;
    folder.setAutoRemove(!keep);
    const QString file = folder.filePath(QStringLiteral("bench.consulta"));
    QElapsedTimer timer;
    timer.start();
    if (!bench::buildConsultation(file, count)) {
        std::fputs("report_bench: could not build the benchmark file\n", stderr);
        return 1;
    }
    out() << count << " participants, 2000 organizations: " << QFileInfo(file).size() / 1024
          << " KiB, built in " << timer.elapsed() << " ms (best and median of " << runs
          << " runs each)\n";

    const Timing shell =
        timeRuns(sqlite, {QStringLiteral("-readonly"), file}, runs, groupBySql().toUtf8());
    if (!shell.ok) {
        out() << "sqlite3 failed: " << shell.output << '\n';
        return 1;
    }
    out() << "sqlite3 GROUP BY (" << groupBySql().count(QLatin1String("SELECT"))
          << " queries, the same counts)\n";
    print("sqlite3 GROUP BY", shell, shell);

    const Timing stats =
        timeRuns(consulta, {QStringLiteral("stats"), file, QStringLiteral("--json")}, runs);
    const Timing balance = timeRuns(consulta,
                                    {QStringLiteral("report"), file, QStringLiteral("-o"),
                                     folder.filePath(QStringLiteral("balance.pdf"))},
                                    runs);
    const Timing shared =
        timeRuns(consulta,
                 {QStringLiteral("report"), file, QStringLiteral("-o"),
                  folder.filePath(QStringLiteral("shared.pdf")), QStringLiteral("--stage"),
                  QStringLiteral("registered"), QStringLiteral("--suppress-small")},
                 runs);
    const Timing check = timeRuns(consulta, {QStringLiteral("check"), file}, runs);
    for (const auto &[what, timing] : {std::pair{"consulta stats --json", &stats},
                                       std::pair{"consulta report (balance)", &balance},
                                       std::pair{"consulta report --suppress-small", &shared},
                                       std::pair{"consulta check (open + verify only)", &check}}) {
        if (!timing->ok) {
            out() << what << " failed: " << timing->output << '\n';
            return 1;
        }
        print(what, *timing, shell);
    }
    out() << "  balance report: " << balance.output << '\n';

    // The list of every participant: thousands of pages, printed for information.
    const Timing list = timeRuns(consulta,
                                 {QStringLiteral("report"), file, QStringLiteral("-o"),
                                  folder.filePath(QStringLiteral("participants.pdf")),
                                  QStringLiteral("--kind"), QStringLiteral("participants")},
                                 1);
    if (list.ok) {
        print("consulta report --kind participants", list, shell);
        out() << "  participants list: " << list.output << '\n';
    }
    if (keep)
        out() << "kept " << folder.path() << '\n';
    return 0;
}
