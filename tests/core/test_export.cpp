#include "TestSupport.h"

#include "common/TimeFormat.h"
#include "io/CsvExporter.h"
#include "io/CsvInjection.h"
#include "io/CsvReader.h"
#include "io/ImportSource.h"
#include "io/ParticipantImporter.h"
#include "model/ConsultationDefaults.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"

#include <QHash>
#include <QTemporaryDir>

using namespace consulta;

namespace {

std::unique_ptr<Document> newDocument()
{
    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
    REQUIRE(created.ok());
    return created.takeValue();
}

ImportReport importText(Document &document, const QString &text, const QString &name)
{
    const ImportSource source = ImportSource::fromText(text, name);
    REQUIRE(source.ok());
    Result<ImportReport> report = ParticipantImporter(document.store())
                                      .run(source.table(), source.detectedMapping(), {}, name);
    REQUIRE(report.ok());
    return *report;
}

ImportReport importPath(Document &document, const QString &path)
{
    const ImportSource source = ImportSource::fromFile(path);
    REQUIRE(source.ok());
    Result<ImportReport> report =
        ParticipantImporter(document.store())
            .run(source.table(), source.detectedMapping(), {}, source.name());
    REQUIRE(report.ok());
    return *report;
}

ImportReport importFixture(Document &document, const QString &relative)
{
    return importPath(document, test::dataPath(relative));
}

// Everything the export carries of a participant, keyed by e-mail.
QHash<QString, QStringList> exportedFacts(const ConsultationStore &store)
{
    QHash<qint64, Organization> organizations;
    for (const Organization &organization : store.organizations())
        organizations.insert(organization.id, organization);
    QHash<QString, QStringList> facts;
    for (const Participant &p : store.participants()) {
        const Organization organization = organizations.value(p.organizationId);
        facts.insert(p.email,
                     {p.givenName, p.familyName, genderCode(p.gender), p.jobTitle, p.country,
                      QString::fromUtf8(p.timeZone), statusCode(p.status), toIsoUtc(p.registeredAt),
                      p.notes, organization.name, organization.category, originCode(p.origin)});
    }
    return facts;
}

QString cellText(QStringView cell)
{
    QString out;
    CsvExporter::appendCell(out, cell);
    return out;
}

} // namespace

TEST_CASE("cells are quoted by RFC 4180 and neutralized against CSV injection", "[export]")
{
    CHECK(cellText(u"plain") == QStringLiteral("plain"));
    CHECK(cellText(u"") == QString());
    CHECK(cellText(u"a,b") == QStringLiteral("\"a,b\""));
    CHECK(cellText(u"a;b") == QStringLiteral("\"a;b\""));
    CHECK(cellText(u"say \"hi\"") == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(cellText(u"two\nlines") == QStringLiteral("\"two\nlines\""));
    CHECK(cellText(u"=HYPERLINK(\"http://example.org\",\"x\")") ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\""));
    CHECK(cellText(u"+cmd|' /C calc'!A0") == QStringLiteral("\"'+cmd|' /C calc'!A0\""));
    CHECK(cellText(u"-2+3") == QStringLiteral("\"'-2+3\""));
    CHECK(cellText(u"@SUM(1+1)") == QStringLiteral("\"'@SUM(1+1)\""));
    CHECK(cellText(u"\tcmd") == QStringLiteral("\"'\tcmd\""));
    CHECK(cellText(u"\rcmd") == QStringLiteral("\"'\rcmd\""));
    CHECK(cellText(u"a=b") == QStringLiteral("a=b"));

    CHECK(CsvInjection::restore(u"'=1+1") == u"=1+1");
    CHECK(CsvInjection::restore(u"'quoted") == u"'quoted");
    CHECK(CsvInjection::restore(u"'") == u"'");
}

TEST_CASE("an export is UTF-8 with BOM, CRLF, headers the importer recognises", "[export]")
{
    auto document = newDocument();
    importFixture(*document, QStringLiteral("csv/zoom_registration_report.csv"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    Result<int> written = CsvExporter::write(document->store(), path);
    REQUIRE(written.ok());
    CHECK(*written == 9);
    const QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith(
        "First Name,Last Name,Email,Gender,Organization,Country,Stakeholder group,Job Title,"
        "Status,Registration Time,Time zone,Notes,Came in\r\n"));
    CHECK(bytes.count("\r\n") == 10);
    CHECK(bytes.count('\n') == 10);
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(
        QStringLiteral("\r\nกัลยา,ศรีสุข,kanlaya.s@example.org,woman,Mekong "
                       "Migration Forum,Thailand,Civil society and "
                       "non-governmental organizations,Programme Officer,"
                       "registered,2020-10-22T10:15:32+07:00,Asia/Bangkok,,self\r\n")));
    CHECK(text.contains(QStringLiteral(",\"Officer, Outreach\",")));

    const ColumnMapping mapping = ColumnMapping::detect(CsvExporter::header());
    for (int column = 0; column < mapping.columnCount(); ++column)
        CHECK(mapping.field(column) != ImportField::None);

    // Only a stage's participants when asked: 6 approved of 9.
    int count = 0;
    CsvExporter::toCsv(document->store(), Stage::Registered, &count);
    CHECK(count == 6);
    CHECK(CsvExporter::write(document->store(), dir.filePath(QStringLiteral("no/such/dir/x.csv")))
              .ok() == false);
}

TEST_CASE("hostile cells are exported neutralized and read back as they were", "[export]")
{
    auto document = newDocument();
    importFixture(*document, QStringLiteral("import/hostile_cells.csv"));
    const QString csv = CsvExporter::toCsv(document->store());
    CHECK(csv.contains(
        QStringLiteral(",\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"click\"\")\",")));
    CHECK(csv.contains(QStringLiteral(",\"'+cmd|' /C calc'!A0\",")));
    CHECK(csv.contains(QStringLiteral(",\"'@SUM(1+1)\",")));
    CHECK(csv.contains(QStringLiteral(",\"'-2+3 Collective\",")));
    CHECK(csv.contains(QStringLiteral(",\"'=1+1\",")));

    // No cell a spreadsheet would run, anywhere in the file.
    const CsvTable table = CsvReader::read(csv);
    REQUIRE(table.ok());
    REQUIRE(table.rows.size() == 3);
    for (const CsvRow &row : table.rows) {
        for (const QString &cell : row.cells())
            CHECK_FALSE(CsvInjection::isDangerous(cell));
    }

    auto copy = newDocument();
    const ImportReport report = importText(*copy, csv, QStringLiteral("export.csv"));
    CHECK(report.added == 3);
    CHECK(exportedFacts(copy->store()) == exportedFacts(document->store()));
}

TEST_CASE("exported times are the consultation's wall clock with their offset", "[export]")
{
    const QDateTime instant(QDate(2020, 10, 22), QTime(3, 15, 32, 900), QTimeZone::utc());
    const auto in = [&](const char *zone) {
        return toIsoInZone(instant, QTimeZone(QByteArray(zone)));
    };
    CHECK(in("Asia/Bangkok") == QStringLiteral("2020-10-22T10:15:32+07:00"));
    CHECK(in("Asia/Kathmandu") == QStringLiteral("2020-10-22T09:00:32+05:45"));
    CHECK(in("America/St_Johns") == QStringLiteral("2020-10-22T00:45:32-02:30")); // summer time
    CHECK(in("UTC") == QStringLiteral("2020-10-22T03:15:32+00:00"));
    CHECK(toIsoInZone(instant, QTimeZone()) == QStringLiteral("2020-10-22T03:15:32+00:00"));
    CHECK(toIsoInZone(QDateTime(), QTimeZone(QByteArrayLiteral("Asia/Bangkok"))).isEmpty());
    // What the importer reads back is the same instant, to the second.
    CHECK(parseInstant(in("America/St_Johns"), QTimeZone(QByteArrayLiteral("Asia/Tokyo"))) ==
          instant.addMSecs(-900));
}

TEST_CASE("export then import into a new file gives the same participants", "[export]")
{
    auto sample = newDocument();
    REQUIRE(populateSample(sample->store()).ok());
    const int people = sample->store().participantCount();
    REQUIRE(people > 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.csv"));
    REQUIRE(CsvExporter::write(sample->store(), path).ok());

    auto copy = newDocument();
    const ImportReport report = importPath(*copy, path);
    CHECK(report.added == people);
    CHECK(report.merged == 0);
    CHECK(report.rejected.isEmpty());
    CHECK(report.warnings.isEmpty());
    const QHash<QString, QStringList> original = exportedFacts(sample->store());
    const QHash<QString, QStringList> imported = exportedFacts(copy->store());
    CHECK(imported.size() == people);
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(imported.value(it.key()) == it.value());
    }
    // And exporting the copy writes the same file.
    CHECK(CsvExporter::toCsv(copy->store()) == CsvExporter::toCsv(sample->store()));
}
