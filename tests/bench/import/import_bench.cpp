// Times `consulta import` against `sqlite3 :memory: ".import --csv --skip K FILE t"` on the same
// generated Zoom registration report, and against the shell doing the import's own writes. See
// CMakeLists.txt beside this file.

#include "io/ImportRowReader.h"
#include "io/ImportSource.h"
#include "io/ParticipantImporter.h"
#include "io/TextDecoder.h"
#include "store/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// A small deterministic generator (64-bit LCG), so every run imports the same file.
class Random
{
public:
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int bound) { return int(next() % quint32(bound)); }

private:
    quint64 m_state = 20201028;
};

template<typename T, size_t N>
const T &pick(Random &random, const T (&items)[N])
{
    return items[random.below(int(N))];
}

// Lines before the header row: what `--skip` has to jump over.
constexpr int kPreambleLines = 5;

QByteArray generateReport(int rows)
{
    static const char *const kGiven[] = {"Kanlaya", "Fatima",  "Xiuying", "Priya",   "Anil",
                                         "José",    "Aigerim", "Tanvir",  "Siosaia", "Maria",
                                         "กัลยา",    "فاطمة",   "秀英",    "प्रिया",   "Nguyễn Thị"};
    static const char *const kFamily[] = {"Srisuk", "Zahra",   "Li",      "Sharma", "Kumar",
                                          "Muñoz",  "Bekova",  "Hossain", "Fifita", "Santos",
                                          "ศรีสุข",   "الزهراء", "李",      "शर्मा",   "Lan"};
    static const char *const kCities[] = {"Bangkok",   "Dubai",     "Guangzhou",
                                          "New Delhi", "Kathmandu", "Manila",
                                          "Almaty",    "Dhaka",     "Suva"};
    static const char *const kCountries[] = {"Thailand",   "United Arab Emirates",
                                             "China",      "India",
                                             "Nepal",      "Philippines",
                                             "Kazakhstan", "Bangladesh",
                                             "Fiji",       "Viet Nam",
                                             "Indonesia",  "Malaysia",
                                             "Sri Lanka",  "Pakistan",
                                             "Tonga"};
    static const char *const kKinds[] = {
        "Migrant Forum",        "Workers Union",        "Research Centre",        "Youth Network",
        "Diaspora Association", "Chamber of Employers", "Human Rights Commission"};
    static const char *const kTitles[] = {"Programme Officer",     "Researcher",
                                          "Coordinator",           "Director",
                                          "\"Officer, Outreach\"", "Adviser"};
    static const char *const kMonths[] = {"Sep", "Oct"};
    static const char *const kApproval[] = {"approved", "approved", "approved", "pending",
                                            "denied"};
    static const char *const kGenders[] = {"Female", "Male",       "Female",
                                           "Male",   "Non-binary", "Prefer not to say"};
    static const char *const kSectors[] = {
        "Civil society",       "Academia", "Trade union",   "NGO", "CSO", "", "Youth organization",
        "Migrant association", "Diaspora", "Private sector"};
    static const char *const kZones[] = {"Asia/Bangkok", "Asia/Dubai",     "Asia/Shanghai",
                                         "Asia/Kolkata", "Asia/Kathmandu", "Asia/Manila"};

    QByteArray out;
    out.reserve(qsizetype(rows) * 190 + 1024);
    out += "Registration Report,\n"
           "Report Generated:,\"Oct 26, 2020 09:14 AM\",\n"
           "Topic,Webinar ID,Scheduled Time,Duration (minutes),# Registered,\n"
           "\"Asia-Pacific Regional Review of the GCM: Multi-stakeholder Consultation\","
           "912 3456 7890,\"Oct 28, 2020 11:00 AM\",180," +
           QByteArray::number(rows) +
           ",\n"
           ",\n"
           "First Name,Last Name,Email,City,Country/Region,Organization,Job Title,"
           "Registration Time,Approval Status,Gender,Stakeholder group,Time zone,\n";
    Random random;
    const int organizations = std::max(1, rows / 20);
    for (int i = 0; i < rows; ++i) {
        const char *given = pick(random, kGiven);
        const char *family = pick(random, kFamily);
        const int organization = random.below(organizations);
        out += given;
        out += ',';
        out += family;
        out += ",person";
        out += QByteArray::number(i);
        out += "@example.org,";
        out += pick(random, kCities);
        out += ',';
        // An organization is in one country, as in real lists.
        out += kCountries[organization % int(std::size(kCountries))];
        out += ",";
        out += pick(random, kKinds);
        out += ' ';
        out += QByteArray::number(organization);
        out += ',';
        out += pick(random, kTitles);
        out += ",\"";
        out += pick(random, kMonths);
        out += ' ';
        out += QByteArray::number(1 + random.below(28));
        out += ", 2020 ";
        out += QByteArray::number(10 + random.below(14));
        out += ':';
        out += QByteArray::number(10 + random.below(50));
        out += ':';
        out += QByteArray::number(10 + random.below(50));
        out += "\",";
        out += pick(random, kApproval);
        out += ',';
        out += pick(random, kGenders);
        out += ',';
        out += pick(random, kSectors);
        out += ',';
        out += pick(random, kZones);
        out += ",\n";
    }
    return out;
}

// The import's own SQLite work done by the shell, as a floor no importer of this schema can go
// under: load the new document into memory (as Consulta opens a file), .import the report into a
// scratch table, write its organizations and participants into the document's tables, write a
// compacted copy (VACUUM INTO, as Consulta saves) and check that copy's integrity. It parses no
// values and finds no duplicates, so it is less work than `consulta import`, never more.
QByteArray sameWritesScript(const QString &emptyDocument, const QString &report,
                            const QString &written)
{
    const auto quoted = [](const QString &path) {
        QString text = path;
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return "'" + text.toUtf8() + "'";
    };
    return ".restore " + emptyDocument.toUtf8() + "\n" + ".import --csv --skip " +
           QByteArray::number(kPreambleLines) + " --schema temp " + report.toUtf8() +
           " t\n"
           "BEGIN;\n"
           "CREATE TEMP TABLE orgs AS SELECT \"Organization\" AS n, \"Country/Region\" AS c,"
           " min(\"Stakeholder group\") AS g FROM t GROUP BY 1, 2;\n"
           "CREATE INDEX temp.orgs_nc ON orgs(n, c);\n"
           "INSERT INTO organization(id, name, country, category) SELECT rowid, n, c, g FROM "
           "orgs;\n"
           "INSERT INTO participant(given_name, family_name, email, gender, job_title,"
           " organization_id, country, time_zone, status, registered_at, source)"
           " SELECT \"First Name\", \"Last Name\", \"Email\", \"Gender\", \"Job Title\","
           " (SELECT rowid FROM orgs WHERE n = t.\"Organization\" AND c = t.\"Country/Region\"),"
           " \"Country/Region\", \"Time zone\", \"Approval Status\", \"Registration Time\","
           " 'report' FROM t;\n"
           "COMMIT;\n"
           "VACUUM INTO " +
           quoted(written) +
           ";\n"
           ".open " +
           written.toUtf8() +
           "\n"
           "SELECT count(*) FROM participant WHERE (SELECT integrity_check FROM"
           " pragma_integrity_check(1)) = 'ok';\n";
}

struct Timing
{
    qint64 best = -1;    // wall-clock milliseconds, the fastest run
    qint64 bestCpu = -1; // user + system milliseconds of the child, the least of the runs
    QString output;
    bool ok = true;
};

// CPU time used by the children waited for so far: unlike wall-clock time, it does not grow
// when other work shares the machine.
qint64 childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// CPU time of this process so far.
qint64 selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

Timing timeRuns(const QString &program, const QStringList &arguments, int runs,
                const QProcessEnvironment &environment, const std::function<void()> &before)
{
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        if (before)
            before();
        QProcess process;
        process.setProcessEnvironment(environment);
        const qint64 cpuBefore = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            timing.ok = false;
            timing.output = QString::fromUtf8(process.readAllStandardError());
            return timing;
        }
        const qint64 elapsed = timer.elapsed();
        const qint64 cpu = childrenCpuMs() - cpuBefore;
        timing.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        if (timing.best < 0 || elapsed < timing.best)
            timing.best = elapsed;
        if (timing.bestCpu < 0 || cpu < timing.bestCpu)
            timing.bestCpu = cpu;
    }
    return timing;
}

// The same import in this process, phase by phase, each timed on its own: where the time of
// `consulta import` goes. "values" reads every row through the importer's value parsers without
// writing; "import" is the whole ParticipantImporter::run, values included, so
// dedupe and writes are "import" minus "values".
void printPhases(QTextStream &out, const QString &report, const QString &document)
{
    using namespace consulta;
    QElapsedTimer timer;
    qint64 cpu = selfCpuMs();
    const auto lap = [&](const char *phase) {
        const qint64 cpuNow = selfCpuMs();
        out << "  " << qSetFieldWidth(20) << Qt::left << phase << qSetFieldWidth(0)
            << timer.restart() << " ms (" << cpuNow - cpu << " ms CPU)\n";
        cpu = cpuNow;
    };
    out << "phases (in this process):\n";
    timer.start();
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    lap("read file");
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    lap("decode");
    const ImportSource source = ImportSource::fromText(decoded.text, QFileInfo(report).fileName(),
                                                       ImportFormat::Auto, CsvOptions{});
    lap("split (sniff, rows)");
    const ColumnMapping mapping = source.detectedMapping();
    ImportOptions options;
    options.source = source.name();
    {
        ImportRowReader values(mapping, QTimeZone(QByteArrayLiteral("Asia/Bangkok")), std::nullopt,
                               source.name());
        values.decideDateOrder(source.table().rows);
        qsizetype rejected = 0;
        for (const CsvRow &row : source.table().rows)
            rejected += values.read(row).isRejected() ? 1 : 0;
        if (rejected > 0)
            out << "    " << rejected << " rows rejected\n";
    }
    lap("values (parse)");
    Consultation consultation;
    consultation.title = QStringLiteral("Bench");
    consultation.timeZone = QByteArrayLiteral("Asia/Bangkok");
    Result<std::unique_ptr<Document>> created = Document::createNew(consultation);
    if (!created)
        return;
    timer.restart();
    cpu = selfCpuMs();
    const Result<ImportReport> imported =
        ParticipantImporter(created.value()->store()).run(source.table(), mapping, options);
    lap("import (all)");
    if (imported)
        out << "    added " << imported->added << ", merged " << imported->merged << '\n';
    if (Result<void> saved = created.value()->saveAs(document); !saved)
        out << "  save failed: " << saved.errorMessage() << '\n';
    lap("save");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int rows = 100000;
    int runs = 3;
    bool keep = false;
    bool phases = false;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == QLatin1String("--keep"))
            keep = true;
        else if (arguments.at(i) == QLatin1String("--phases"))
            phases = true;
        else
            rows = std::max(1, arguments.at(i).toInt());
    }

    const QString consulta =
        QDir(QStringLiteral(CONSULTA_BIN_DIR)).filePath(QStringLiteral("consulta"));
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::fputs("import_bench: the sqlite3 shell is not on PATH (apt-get install sqlite3)\n",
                   stderr);
        return 2;
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const QString report = dir.filePath(QStringLiteral("registration-report.csv"));
    const QString document = dir.filePath(QStringLiteral("bench.consulta"));
    {
        QFile file(report);
        if (!file.open(QIODevice::WriteOnly) || file.write(generateReport(rows)) < 0) {
            std::fputs("import_bench: cannot write the report\n", stderr);
            return 2;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("DISPLAY"));

    // consulta: import into a new file each run (creating it is not timed).
    const Timing imported =
        timeRuns(consulta, {QStringLiteral("import"), document, report, QStringLiteral("--json")},
                 runs, environment, [&] {
                     QFile::remove(document);
                     QProcess create;
                     create.setProcessEnvironment(environment);
                     create.setStandardOutputFile(QProcess::nullDevice());
                     create.start(consulta, {QStringLiteral("new"), document});
                     create.waitForFinished(-1);
                 });
    if (!imported.ok) {
        out << "consulta import failed: " << imported.output << '\n';
        return 1;
    }
    const Timing shell =
        timeRuns(sqlite,
                 {QStringLiteral(":memory:"),
                  QStringLiteral(".import --csv --skip %1 %2 t").arg(kPreambleLines).arg(report),
                  QStringLiteral("SELECT count(*) FROM t")},
                 runs, environment, {});
    if (!shell.ok) {
        out << "sqlite3 .import failed: " << shell.output << '\n';
        return 1;
    }

    // The shell doing the import's own writes, from the same empty document.
    const QString emptyDocument = dir.filePath(QStringLiteral("empty.consulta"));
    const QString written = dir.filePath(QStringLiteral("same-writes.consulta"));
    const QString script = dir.filePath(QStringLiteral("same-writes.sql"));
    {
        QProcess create;
        create.setProcessEnvironment(environment);
        create.setStandardOutputFile(QProcess::nullDevice());
        create.start(consulta, {QStringLiteral("new"), emptyDocument});
        QFile file(script);
        if (!create.waitForFinished(-1) || create.exitCode() != 0 ||
            !file.open(QIODevice::WriteOnly) ||
            file.write(sameWritesScript(emptyDocument, report, written)) < 0) {
            std::fputs("import_bench: cannot prepare the same-writes script\n", stderr);
            return 2;
        }
    }
    const Timing sameWrites =
        timeRuns(sqlite, {QStringLiteral(":memory:"), QStringLiteral(".read %1").arg(script)}, runs,
                 environment, [&] { QFile::remove(written); });
    if (!sameWrites.ok) {
        out << "sqlite3 same writes failed: " << sameWrites.output << '\n';
        return 1;
    }

    const auto ratioOf = [](qint64 ours, qint64 theirs) {
        return QString::number(theirs > 0 ? double(ours) / double(theirs) : 0.0, 'f', 2);
    };
    out << "rows:                 " << rows << " (" << QFileInfo(report).size() / 1024
        << " KiB, best of " << runs << " runs each)\n";
    out << "consulta import:      " << imported.best << " ms (" << imported.bestCpu << " ms CPU)  "
        << imported.output << '\n';
    out << "sqlite3 .import:      " << shell.best << " ms (" << shell.bestCpu << " ms CPU)  ("
        << shell.output << " rows)\n";
    out << "sqlite3 same writes:  " << sameWrites.best << " ms (" << sameWrites.bestCpu
        << " ms CPU)  (" << sameWrites.output << " participants)\n";
    out << "ratio to .import:     " << ratioOf(imported.best, shell.best) << " wall-clock, "
        << ratioOf(imported.bestCpu, shell.bestCpu) << " CPU (target <= 2.00)\n";
    out << "floor / .import:      " << ratioOf(sameWrites.best, shell.best)
        << " wall-clock (the floor for any importer of this schema that saves safely)\n";
    out << "ratio to same writes: " << ratioOf(imported.best, sameWrites.best) << " wall-clock, "
        << ratioOf(imported.bestCpu, sameWrites.bestCpu) << " CPU\n";
    if (phases)
        printPhases(out, report, dir.filePath(QStringLiteral("phases.consulta")));
    if (keep)
        out << "files kept in " << dir.path() << '\n';
    return 0;
}
