#include "TestSupport.h"

#include "common/TimeFormat.h"
#include "io/ColumnMapping.h"
#include "io/CountryParser.h"
#include "io/CsvReader.h"
#include "io/EmailAddress.h"
#include "io/GenderParser.h"
#include "io/ImportRowReader.h"
#include "io/ImportSource.h"
#include "io/ImportUndo.h"
#include "io/ParticipantImporter.h"
#include "io/PersonName.h"
#include "io/SectorParser.h"
#include "io/StatusParser.h"
#include "io/TextDecoder.h"
#include "io/TimestampParser.h"
#include "model/ConsultationDefaults.h"
#include "store/Document.h"
#include "store/SqliteDatabase.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace consulta;

namespace {

// What one stored participant should hold. A null QString is not checked; an empty one must
// be empty.
struct ExpectedPerson
{
    QString email; // the key: the participant with this e-mail (or, when empty, `given`)
    QString given = {};
    QString family = {};
    std::optional<Gender> gender = {};
    QString country = {};
    std::optional<Status> status = {};
    QString organization = {};
    QString sector = {};
    QString registeredAt = {}; // ISO UTC; "" = none
    QString jobTitle = {};
    QString timeZone = {};
    QString notes = {};
};

struct ImportCase
{
    QString file; // under tests/data
    int added;
    int merged;
    QList<int> rejectedLines;
    QList<ExpectedPerson> people;
    QStringList absentEmails = {};
    ImportFormat format = ImportFormat::Auto;
    QStringList maps = {};
    int warnings = 0;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

std::unique_ptr<Document> newDocument()
{
    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
    REQUIRE(created.ok());
    return created.takeValue();
}

ImportOptions fixedOptions()
{
    ImportOptions options;
    options.now = QDateTime(QDate(2020, 10, 30), QTime(9, 0), QTimeZone::utc());
    return options;
}

Result<ImportReport> importFile(Document &document, const QString &relative,
                                ImportOptions options = fixedOptions(),
                                ImportFormat format = ImportFormat::Auto,
                                const QStringList &maps = {})
{
    const ImportSource source = ImportSource::fromFile(test::dataPath(relative), format);
    REQUIRE(source.ok());
    ColumnMapping mapping = source.detectedMapping();
    for (const QString &map : maps)
        REQUIRE(mapping.apply(map).ok());
    return ParticipantImporter(document.store())
        .run(source.table(), mapping, options, source.name());
}

QList<int> linesOf(const ImportReport &report)
{
    QList<int> lines;
    for (const ImportRejection &rejection : report.rejected)
        lines.append(rejection.line);
    return lines;
}

const Participant *findPerson(const QList<Participant> &people, const ExpectedPerson &expected)
{
    for (const Participant &p : people) {
        if (!expected.email.isEmpty() ? p.email.compare(expected.email, Qt::CaseInsensitive) == 0
                                      : p.givenName == expected.given)
            return &p;
    }
    return nullptr;
}

void checkPerson(const ConsultationStore &store, const QList<Participant> &people,
                 const ExpectedPerson &expected)
{
    INFO("participant " << expected.email.toStdString() << expected.given.toStdString());
    const Participant *p = findPerson(people, expected);
    REQUIRE(p != nullptr);
    if (!expected.given.isNull())
        CHECK(p->givenName == expected.given);
    if (!expected.family.isNull())
        CHECK(p->familyName == expected.family);
    if (expected.gender)
        CHECK(genderCode(p->gender) == genderCode(*expected.gender));
    if (!expected.country.isNull())
        CHECK(p->country == expected.country);
    if (expected.status)
        CHECK(statusCode(p->status) == statusCode(*expected.status));
    const std::optional<Organization> organization = store.organization(p->organizationId);
    if (!expected.organization.isNull())
        CHECK((organization ? organization->name : QString()) == expected.organization);
    if (!expected.sector.isNull())
        CHECK((organization ? organization->category : QString()) == expected.sector);
    if (!expected.registeredAt.isNull())
        CHECK(toIsoUtc(p->registeredAt) == expected.registeredAt);
    if (!expected.jobTitle.isNull())
        CHECK(p->jobTitle == expected.jobTitle);
    if (!expected.timeZone.isNull())
        CHECK(QString::fromUtf8(p->timeZone) == expected.timeZone);
    if (!expected.notes.isNull())
        CHECK(p->notes == expected.notes);
}

QList<ImportCase> fixtureCases()
{
    const auto W = Gender::Woman;
    const auto M = Gender::Man;
    return {
        {QStringLiteral("csv/utf8_comma_lf.csv"),
         6,
         0,
         {},
         {{QStringLiteral("kanlaya.s@example.org"), s("กัลยา"), s("ศรีสุข"), W, s("TH"),
           Status::Identified, s("Mekong Migration Forum")},
          {QStringLiteral("lan.nguyen@example.org"), s("Nguyễn Thị"), s("Lan"), W, s("VN")},
          {QStringLiteral("a.bekova@example.org"), s("Aigerim"), s("Bekova"), W, s("KZ")}}},
        {QStringLiteral("csv/utf8bom_semicolon_crlf.csv"),
         4,
         0,
         {},
         {{QStringLiteral("jose.munoz@example.org"),
           s("José"),
           s("Muñoz"),
           M,
           s("PH"),
           {},
           s("Red de Migración, Asia")},
          {QStringLiteral("ahmed.khan@example.org"),
           s("أحمد"),
           s("خان"),
           M,
           s("PK"),
           {},
           s("Lahore Workers; Families Trust")}}},
        {QStringLiteral("csv/utf16le_bom_tab.txt"),
         3,
         0,
         {},
         {{QStringLiteral("somsri.t@example.org"),
           s("สมศรี"),
           s("ทองดี"),
           {},
           s(""),
           {},
           s("Thai Women Workers Union")},
          {QStringLiteral("m.rahimi@example.org"),
           s("Mohammad"),
           s("Rahimi"),
           {},
           {},
           {},
           s("Afghan Returnees \"Hope\" Network")}}},
        {QStringLiteral("csv/utf16be_bom_comma.csv"),
         3,
         0,
         {},
         {{QStringLiteral("devi.prasad@example.org"), s("देवी"), s("प्रसाद"), {}, s("NP")},
          {QStringLiteral("maria.saleh@example.org"), s("ماريا"), s("صالح"), {}, s("JO")}}},
        {QStringLiteral("csv/cp1252_semicolon_crlf.csv"),
         3,
         0,
         {},
         {{QStringLiteral("helene.nunez@example.org"),
           s("Hélène"),
           s("Nuñez"),
           {},
           {},
           {},
           s("Comité d’accueil"),
           {},
           {},
           {},
           {},
           s("Frais: 25 €")},
          {QStringLiteral("zoe.muller@example.org"),
           s("Zoë"),
           s("Müller"),
           {},
           {},
           {},
           s("Œuvre de soutien")}}},
        {QStringLiteral("csv/utf8_tab_lf.tsv"),
         2,
         0,
         {},
         {{QStringLiteral("ramesh.p@example.org"),
           s("रमेश"),
           s("पौडेल"),
           {},
           {},
           Status::Registered,
           s("Kathmandu Migrant Desk"),
           {},
           s("2020-10-20T02:12:44Z")}}},
        {QStringLiteral("csv/utf8_comma_cr.csv"),
         3,
         0,
         {},
         {{QStringLiteral("ana.reyes@example.org"),
           s("Ana"),
           s("Reyes"),
           {},
           {},
           Status::Registered},
          {QStringLiteral("minh.bui@example.org"),
           s("Bui Van"),
           s("Minh"),
           {},
           {},
           Status::Waitlisted},
          {QStringLiteral("xiaoming.wang@example.org"),
           s("王小明"),
           s(""),
           {},
           {},
           Status::Declined}}},
        {QStringLiteral("csv/quotes_newlines_crlf.csv"),
         5,
         0,
         {},
         {{QStringLiteral("ana.reyes@example.org"),
           s("Ana"),
           s("Reyes"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("She said \"I will attend\" and asked for captions")},
          {QStringLiteral("minh.bui@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("Line one\nLine two\nLine three")},
          {QStringLiteral("s.obrien@example.org"), s("Siobhan"), s("O\"Brien")}}},
        {QStringLiteral("csv/preamble.csv"),
         4,
         0,
         {},
         {{QStringLiteral("li.xiuying@example.org"),
           s("秀英"),
           s("李"),
           {},
           {},
           {},
           s("Pearl River Workers Centre")}}},
        {QStringLiteral("csv/zoom_registration_report.csv"),
         9,
         0,
         {},
         {{QStringLiteral("kanlaya.s@example.org"), s("กัลยา"), s("ศรีสุข"), W, s("TH"),
           Status::Registered, s("Mekong Migration Forum"), s("civil_society"),
           s("2020-10-22T03:15:32Z"), s("Programme Officer"), s("Asia/Bangkok")},
          {QStringLiteral("fatima.z@example.org"),
           {},
           {},
           W,
           s("AE"),
           Status::Registered,
           {},
           s("academia"),
           {},
           {},
           s("Asia/Dubai")},
          {QStringLiteral("li.xiuying@example.org"),
           {},
           {},
           W,
           s("CN"),
           Status::Waitlisted,
           {},
           s("trade_union")},
          {QStringLiteral("priya.sharma@example.org"),
           {},
           {},
           W,
           s("IN"),
           Status::Registered,
           {},
           s("civil_society")},
          {QStringLiteral("anil.kumar@example.org"),
           {},
           {},
           M,
           s("NP"),
           Status::Registered,
           {},
           s("civil_society"),
           {},
           s("Officer, Outreach")},
          {QStringLiteral("jose.munoz@example.org"),
           {},
           {},
           M,
           s("PH"),
           Status::Declined,
           {},
           s("")},
          {QStringLiteral("a.bekova@example.org"),
           {},
           {},
           Gender::Undisclosed,
           s("KZ"),
           Status::Registered,
           {},
           s("youth"),
           s("2020-10-25T11:59:59Z")},
          {QStringLiteral("tanvir.h@example.org"),
           {},
           {},
           M,
           s("BD"),
           Status::Waitlisted,
           {},
           s("migrant_diaspora")},
          {QStringLiteral("s.fifita@example.org"),
           {},
           {},
           Gender::Other,
           s("TO"),
           Status::Registered,
           {},
           s("migrant_diaspora"),
           {},
           {},
           s("Pacific/Tongatapu")}}},
        {QStringLiteral("csv/zoom_attendee_report.csv"),
         8,
         1,
         {},
         {{QStringLiteral("kanlaya.s@example.org"),
           s("กัลยา"),
           s("ศรีสุข"),
           {},
           s("TH"),
           Status::Attended,
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("priya.sharma@example.org"), {}, {}, {}, s("IN"), Status::Attended},
          {QStringLiteral("a.bekova@example.org"), {}, {}, {}, s(""), Status::Registered},
          {QStringLiteral("tanvir.h@example.org"), {}, {}, {}, s(""), Status::Registered},
          {QStringLiteral("xiaoming.wang@example.org"),
           s("小明"),
           s("王"),
           {},
           s("CN"),
           Status::Attended}},
         {QStringLiteral("secretariat@example.org"), QStringLiteral("moderator@example.org"),
          QStringLiteral("rapporteur@example.org"), QStringLiteral("interpreter@example.org")}},
        {QStringLiteral("csv/ms_forms_export.csv"),
         4,
         0,
         {},
         {{QString(), s("Mai"), s("Tran"), W, s("VN"), Status::Registered,
           s("Saigon Migrant Support"), s("civil_society"), s("2020-10-20T02:02:11Z")},
          {QStringLiteral("a.rahman@example.org"),
           s("Abdul"),
           s("Rahman"),
           M,
           s("MY"),
           Status::Registered,
           {},
           s("trade_union"),
           {},
           {},
           {},
           s("Please share the concept note.\nThank you!")},
          {QString(), s("ស្រីពៅ"), s("សុខ"), W, s("KH"), {}, {}, s("migrant_diaspora")},
          {QStringLiteral("k.tanaka@example.org"),
           {},
           {},
           M,
           s("JP"),
           {},
           {},
           s("academia"),
           {},
           {},
           {},
           s("")}}},
        {QStringLiteral("csv/google_forms_export.csv"),
         4,
         0,
         {},
         {{QStringLiteral("ramesh.p@example.org"), s("रमेश"), s("पौडेल"), M, s("NP"),
           Status::Registered, s("Kathmandu Migrant Desk"), s("civil_society"),
           s("2020-10-19T04:42:07Z")},
          {QStringLiteral("wei.chen@example.org"),
           s("陈伟"),
           s(""),
           M,
           s("HK"),
           {},
           s("Hong Kong Domestic Workers Alliance"),
           s("migrant_diaspora")},
          {QStringLiteral("napat.k@example.org"),
           {},
           {},
           Gender::Other,
           s("TH"),
           {},
           {},
           s("youth")}}},
        {QStringLiteral("csv/malformed.csv"), 4, 0, {3, 4, 5, 8}, {}},
        {QStringLiteral("import/indico_registrants.csv"),
         4,
         0,
         {},
         {{QStringLiteral("maria.santos@example.org"),
           s("Maria"),
           s("Santos"),
           {},
           s("PH"),
           Status::Registered,
           s("Philippine Migrants Rights Watch"),
           {},
           s("2020-10-03T02:00:00Z"),
           s("Coordinator")},
          {QStringLiteral("arjun.rao@example.org"),
           {},
           {},
           {},
           s("IN"),
           Status::Registered,
           {},
           {},
           s("2020-10-22T03:15:00Z"),
           s("Senior Fellow")},
          {QStringLiteral("bolat.n@example.org"),
           {},
           {},
           {},
           s("KZ"),
           Status::Waitlisted,
           {},
           {},
           s("2020-10-11T07:30:00Z")},
          {QStringLiteral("sam.lee@example.org"), {}, {}, {}, s("KR"), Status::Declined}}},
        {QStringLiteral("import/dates_month_first.csv"),
         4,
         0,
         {},
         {{QStringLiteral("a.one@example.org"),
           {},
           {},
           {},
           {},
           Status::Registered,
           {},
           {},
           s("2020-03-10T02:00:00Z")},
          {QStringLiteral("b.two@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("c.three@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-11T05:00:00Z")},
          {QStringLiteral("d.four@example.org"),
           {},
           {},
           {},
           {},
           Status::Identified,
           {},
           {},
           s("")}}},
        {QStringLiteral("import/dates_day_first.csv"),
         3,
         0,
         {},
         {{QStringLiteral("a.one@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-03T02:00:00Z")},
          {QStringLiteral("b.two@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:00Z")},
          {QStringLiteral("c.three@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-11-10T05:00:00Z")}}},
        {QStringLiteral("import/dates_formats.csv"),
         9,
         0,
         {},
         {{QStringLiteral("iso.offset@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("iso.zulu@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("iso.local@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("zoom.style@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("zoom.ampm@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:00Z")},
          {QStringLiteral("us.ampm@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("dotted@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("named.day@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("2020-10-22T03:15:32Z")},
          {QStringLiteral("not.a.date@example.org"),
           {},
           {},
           {},
           {},
           Status::Identified,
           {},
           {},
           s("")}},
         {},
         ImportFormat::Auto,
         {},
         1},
        {QStringLiteral("import/hostile_cells.csv"),
         3,
         0,
         {},
         {{QStringLiteral("eve.formula@example.org"),
           {},
           {},
           {},
           {},
           {},
           s("=HYPERLINK(\"http://example.org/x\",\"click\")"),
           {},
           {},
           s("+cmd|' /C calc'!A0"),
           {},
           s("@SUM(1+1)")},
          {QStringLiteral("mal.minus@example.org"),
           {},
           {},
           {},
           {},
           {},
           s("-2+3 Collective"),
           {},
           {},
           s("Tabbed"),
           {},
           s("=1+1")},
          {QStringLiteral("ray.plain@example.org"),
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           {},
           s("=already neutral")}}},
        {QStringLiteral("import/malformed_rows.csv"),
         2,
         0,
         {3, 4, 5, 7, 8},
         {{QStringLiteral("good.one@example.org")}, {QStringLiteral("good.two@example.org")}},
         {QStringLiteral("not-an-address"), QStringLiteral("two@@example.org"),
          QStringLiteral("extra.column@example.org"), QStringLiteral("good.three@example.org")}},
        {QStringLiteral("import/values.csv"),
         31,
         0,
         {},
         {{s("v01@example.org"), {}, {}, W, s("TH"), {}, {}, s("civil_society")},
          {s("v02@example.org"), {}, {}, W, s("TH"), {}, {}, s("civil_society")},
          {s("v03@example.org"), {}, {}, W, s("TH"), {}, {}, s("trade_union")},
          {s("v04@example.org"), {}, {}, W, s("VN"), {}, {}, s("trade_union")},
          {s("v05@example.org"), {}, {}, M, s("VN"), {}, {}, s("academia")},
          {s("v06@example.org"), {}, {}, M, s("KR"), {}, {}, s("academia")},
          {s("v07@example.org"), {}, {}, M, s("KR"), {}, {}, s("private_sector")},
          {s("v08@example.org"), {}, {}, Gender::Other, s("IR"), {}, {}, s("nhri")},
          {s("v09@example.org"), {}, {}, Gender::Other, s("TR"), {}, {}, s("nhri")},
          {s("v10@example.org"), {}, {}, Gender::Undisclosed, s("LA"), {}, {}, s("faith_based")},
          {s("v11@example.org"), {}, {}, Gender::Undisclosed, s("HK"), {}, {}, s("faith_based")},
          {s("v12@example.org"), {}, {}, W, s("FJ"), {}, {}, s("red_cross_red_crescent")},
          {s("v13@example.org"), {}, {}, M, s(""), {}, {}, s("red_cross_red_crescent")},
          {s("v14@example.org"), {}, {}, W, s("NP"), {}, {}, s("youth")},
          {s("v15@example.org"), {}, {}, M, {}, {}, {}, s("youth")},
          {s("v16@example.org"), {}, {}, W, {}, {}, {}, s("media")},
          {s("v17@example.org"), {}, {}, M, {}, {}, {}, s("media")},
          {s("v18@example.org"), {}, {}, {}, {}, {}, {}, s("local_authority")},
          {s("v19@example.org"), {}, {}, {}, {}, {}, {}, s("local_authority")},
          {s("v20@example.org"), {}, {}, {}, {}, {}, {}, s("parliamentarian")},
          {s("v21@example.org"), {}, {}, {}, {}, {}, {}, s("parliamentarian")},
          {s("v22@example.org"), {}, {}, {}, {}, {}, {}, s("migrant_diaspora")},
          {s("v23@example.org"), {}, {}, {}, {}, {}, {}, s("migrant_diaspora")},
          {s("v24@example.org"), {}, {}, {}, {}, {}, {}, s("private_sector")},
          {s("v25@example.org"), {}, {}, {}, {}, {}, {}, s("private_sector")},
          {s("v26@example.org"), {}, {}, {}, {}, {}, {}, s("civil_society")},
          {s("v27@example.org"), {}, {}, {}, {}, {}, {}, s("red_cross_red_crescent")},
          {s("v28@example.org"), {}, {}, {}, {}, {}, {}, s("academia")},
          {s("v29@example.org"), {}, {}, {}, {}, {}, {}, s("faith_based")},
          {s("v30@example.org"), {}, {}, {}, {}, {}, {}, s("trade_union")},
          {s("v31@example.org"), {}, {}, Gender::Undisclosed, s(""), {}, {}, s("")}},
         {},
         ImportFormat::Auto,
         {},
         3},
        // Exports of the systems registrations come from, beyond the first fixtures.
        {QStringLiteral("import/zoom_registration_one.csv"),
         1,
         0,
         {},
         {{s("mere.tane@example.org"),
           s("Mere"),
           s("Tane"),
           {},
           s("FJ"),
           Status::Registered,
           s("Pacific Youth Council"),
           {},
           s("2020-10-22T03:15:32Z"),
           s("Coordinator")}}},
        {QStringLiteral("import/zoom_meeting_registration_one.csv"),
         1,
         0,
         {},
         {{s("somphone.k@example.org"),
           s("ສົມພອນ"),
           s("ແກ້ວມະນີ"),
           {},
           s("LA"),
           Status::Waitlisted,
           s("Lao Youth Union"),
           {},
           s("2020-10-23T02:00:01Z")}}},
        {QStringLiteral("import/zoom_participants_meeting_data.csv"),
         2,
         1,
         {5},
         {{s("lan.nguyen@example.org"),
           s("Nguyễn Thị"),
           s("Lan"),
           {},
           {},
           Status::Attended,
           {},
           {},
           s("")},
          {s(""), s("Ahmad"), s("Karimi"), {}, {}, Status::Attended}},
         {s("host.escap@example.org")}},
        {QStringLiteral("import/zoom_attendee_other_attended.csv"),
         3,
         0,
         {},
         {{s("somchai.j@example.org"),
           s("สมชาย"),
           s("ใจดี"),
           {},
           s("TH"),
           Status::Attended,
           s("Migrant Workers Rights Network"),
           {},
           s("2020-10-22T03:15:32Z")},
          {s("sokha.chan@example.org"), s("Sokha"), s("Chan"), {}, s("KH"), Status::Registered},
          {s("bishnu.thapa@example.org"), s("बिष्णु"), s("थापा"), {}, {}, Status::Attended}},
         {s("host.escap@example.org"), s("panelist@example.org")}},
        // The same where "Other Attended" has no Attended column: they attended all the same.
        {QStringLiteral("import/zoom_attendee_other_attended_no_column.csv"),
         3,
         0,
         {},
         {{s("bishnu.thapa@example.org"), s("बिष्णु"), s("थापा"), {}, {}, Status::Attended}},
         {s("host.escap@example.org"), s("panelist@example.org")}},
        {QStringLiteral("import/eventbrite_attendee_summary.csv"),
         4,
         0,
         {},
         {{s("juan.delacruz@example.org"),
           s("Juan"),
           s("Dela Cruz"),
           M,
           {},
           Status::Registered,
           s("Kanlungan Centre"),
           {},
           s("2020-10-22T17:15:32Z"),
           s("Staff")},
          {s("siti.rahma@example.org"), {}, {}, W, {}, Status::Attended},
          {s("m.rahimi@example.org"), {}, {}, M, {}, Status::Declined},
          {s("jieun.park@example.org"), s("지은"), s("박"), W, {}, Status::Declined}}},
        {QStringLiteral("import/indico_checked_in.csv"),
         4,
         0,
         {},
         {{s("somchai.j@example.org"),
           s("Somchai"),
           s("Jaidee"),
           {},
           s("TH"),
           Status::Attended,
           {},
           {},
           s("2020-10-22T03:15:00Z"),
           s("Coordinator")},
          {s("sokha.chan@example.org"), {}, {}, {}, s("KH"), Status::Registered},
          {s("tom.hughes@example.org"), {}, {}, {}, s("AU"), Status::Registered},
          {s("wei.wang@example.org"), {}, {}, {}, s("CN"), Status::Declined}}},
        {QStringLiteral("import/thai_excel_buddhist_years.csv"),
         2,
         0,
         {},
         {{s("kanlaya.s@example.org"),
           s("กัลยา"),
           s("ศรีสุข"),
           {},
           {},
           Status::Registered,
           s("Mekong Migration Forum"),
           {},
           s("2020-10-22T03:15:00Z")},
          {s("somsri.t@example.org"),
           s("สมศรี"),
           s("ทองดี"),
           {},
           {},
           Status::Registered,
           {},
           {},
           s("2020-10-03T02:00:00Z")}}},
        {QStringLiteral("import/cp1252_lost_letters.csv"),
         3,
         0,
         {},
         {{s("jose.munoz@example.org"), s("José"), s("Muñoz"), {}, s("PH")}},
         {},
         ImportFormat::Auto,
         {},
         3},
        {QStringLiteral("import/totals_row.csv"),
         4,
         0,
         {5, 6},
         {{s("amina.khan@example.org"), s("Amina"), s("Khan")},
          {s(""), s("Sumi"), s("Das")},
          {s("ravi.kumar@example.org"), s("Count"), s("Ravi")},
          {s(""), s("Sum"), s("Chhay")}}},
        // "Sum" and "Count" alone, as family names in the first column: people, not totals.
        {QStringLiteral("import/totals_family_name_first.csv"),
         2,
         0,
         {4},
         {{s(""), s("Sokha"), s("Sum")}, {s(""), s("Pheap"), s("Count")}}},
        // Gender words of the region's languages, demonyms and native country names in a
        // Nationality column, stakeholder words; "Female / Male" disagrees: one warning.
        {QStringLiteral("import/values_region.csv"),
         24,
         0,
         {},
         {
             {s("r01@example.org"), {}, {}, W, s("TH"), {}, {}, s("migrant_diaspora")},
             {s("r02@example.org"), {}, {}, M, s("PH"), {}, {}, s("civil_society")},
             {s("r03@example.org"), {}, {}, W, s("VN"), {}, {}, s("academia")},
             {s("r04@example.org"), {}, {}, M, s("TH"), {}, {}, s("civil_society")},
             {s("r05@example.org"), {}, {}, W, s("ID"), {}, {}, s("migrant_diaspora")},
             {s("r06@example.org"), {}, {}, M, s("MM"), {}, {}, s("civil_society")},
             {s("r07@example.org"), {}, {}, W, s("CN"), {}, {}, s("civil_society")},
             {s("r08@example.org"), {}, {}, M, s("JP"), {}, {}, s("media")},
             {s("r09@example.org"), {}, {}, W, s("KR"), {}, {}, s("media")},
             {s("r10@example.org"), {}, {}, W, s("NP"), {}, {}, s("media")},
             {s("r11@example.org"), {}, {}, M, s("BD"), {}, {}, s("media")},
             {s("r12@example.org"), {}, {}, W, s("AF"), {}, {}, s("media")},
             {s("r13@example.org"), {}, {}, W, s("KZ"), {}, {}, s("media")},
             {s("r14@example.org"), {}, {}, W, s("KH"), {}, {}, s("media")},
             {s("r15@example.org"), {}, {}, M, s("MM"), {}, {}, s("media")},
             {s("r16@example.org"), {}, {}, W, s("LA"), {}, {}, s("media")},
             {s("r17@example.org"), {}, {}, W, s("WS"), {}, {}, s("media")},
             {s("r18@example.org"), {}, {}, M, s("FJ"), {}, {}, s("media")},
             {s("r19@example.org"), {}, {}, W, s("LK"), {}, {}, s("media")},
             {s("r20@example.org"), {}, {}, Gender::Other, s("TO"), {}, {}, s("media")},
             {s("r21@example.org"), {}, {}, Gender::Other, s("PK"), {}, {}, s("media")},
             {s("r22@example.org"), {}, {}, Gender::Undisclosed, s("SB"), {}, {}, s("media")},
             {s("r23@example.org"), {}, {}, Gender::Other, s("TH"), {}, {}, s("media")},
             {s("r24@example.org"), {}, {}, Gender::Undisclosed, s("PH"), {}, {}, s("media")},
         },
         {},
         ImportFormat::Auto,
         {},
         1},
        {QStringLiteral("import/joined_exports.csv"),
         4,
         0,
         {4},
         {{s("tom.hughes@example.org"),
           s("Tom"),
           s("Hughes"),
           {},
           {},
           Status::Registered,
           s("Pacific Labour Mobility Forum"),
           {},
           s("2020-10-22T03:15:32Z")},
          {s("ana.silva@example.org"),
           s("Ana"),
           s("Silva"),
           {},
           {},
           Status::Registered,
           {},
           {},
           s("2020-10-25T01:00:00Z")}}},
        {QStringLiteral("import/duplicate_email_columns.csv"),
         2,
         0,
         {},
         {{s("amina.khan@example.org"), s("Amina"), s("Khan")},
          {s("ravi.kumar@example.org"), s("Ravi"), s("Kumar")}},
         {s("ravi.k@example.org")}},
        {QStringLiteral("import/stray_quote.csv"),
         5,
         0,
         {3},
         {{s("ravi.kumar@example.org"), s("Ravi"), s("Kumar")},
          {s("dan.kim@example.org"), {}, {}, {}, {}, {}, s("The \"Welcome\" Network")},
          {s("sara.ali@example.org"), {}, {}, {}, {}, {}, s("Gulf Labour\nWatch")},
          {s("mei.chen@example.org"), s("Mei"), s("Lin Chen")}},
         {s("lee.obrien@example.org")}},
    };
}

int countRows(Document &document, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    return int(document.database().queryInteger(sql.constData(), -1));
}

} // namespace

TEST_CASE("every fixture imports into the expected participants", "[import]")
{
    for (const ImportCase &c : fixtureCases()) {
        INFO("fixture " << c.file.toStdString());
        auto document = newDocument();
        Result<ImportReport> report =
            importFile(*document, c.file, fixedOptions(), c.format, c.maps);
        REQUIRE(report.ok());
        CHECK(report->added == c.added);
        CHECK(report->merged == c.merged);
        CHECK(linesOf(*report) == c.rejectedLines);
        CHECK(report->warnings.size() == c.warnings);
        CHECK(report->committed);
        const QList<Participant> people = document->store().participants();
        CHECK(people.size() == c.added);
        for (const ExpectedPerson &expected : c.people)
            checkPerson(document->store(), people, expected);
        for (const QString &absent : c.absentEmails) {
            for (const Participant &p : people)
                CHECK(p.email != absent);
        }
        for (const Participant &p : people)
            CHECK(p.source == QFileInfo(c.file).fileName());
    }
}

TEST_CASE("rejections name lines and columns, never what the cells hold", "[import]")
{
    auto document = newDocument();
    Result<ImportReport> report =
        importFile(*document, QStringLiteral("import/malformed_rows.csv"));
    REQUIRE(report.ok());
    const QList<ImportRejection> expected = {
        {3, QStringLiteral("the e-mail in column 1 is not an address")},
        {4, QStringLiteral("expected 4 columns, found 5")},
        {5, QStringLiteral("no name and no e-mail")},
        {7, QStringLiteral("the e-mail in column 1 is not an address")},
        {8, QStringLiteral("the quoted field in column 3 is never closed")},
    };
    CHECK(report->rejected == expected);
    const QStringList personal = {QStringLiteral("not-an-address"), QStringLiteral("Bad"),
                                  QStringLiteral("Mail"),           QStringLiteral("two@@"),
                                  QStringLiteral("Double"),         QStringLiteral("Three"),
                                  QStringLiteral("Beta"),           QStringLiteral("surplus")};
    for (const ImportRejection &rejection : report->rejected) {
        for (const QString &word : personal)
            CHECK_FALSE(rejection.reason.contains(word));
    }

    auto other = newDocument();
    Result<ImportReport> values = importFile(*other, QStringLiteral("import/values.csv"));
    REQUIRE(values.ok());
    REQUIRE(values->warnings.size() == 3);
    CHECK(values->warnings.at(0) == QStringLiteral("column 3 (Gender): 1 value(s) not recognised "
                                                   "as a gender (first on line 32); read as "
                                                   "undisclosed"));
    for (const QString &warning : values->warnings) {
        CHECK_FALSE(warning.contains(QStringLiteral("Dragon")));
        CHECK_FALSE(warning.contains(QStringLiteral("Atlantis")));
        CHECK_FALSE(warning.contains(QStringLiteral("Space agency")));
    }
}

TEST_CASE("duplicates merge inside a file and against the store", "[import]")
{
    auto document = newDocument();
    ConsultationStore &store = document->store();
    Result<qint64> hub = store.addOrganization(
        {0, QStringLiteral("Pacific Mobility Hub"), QString(), QStringLiteral("FJ"), QString()});
    REQUIRE(hub.ok());
    Participant existing;
    existing.givenName = QStringLiteral("Eli");
    existing.familyName = QStringLiteral("Sting");
    existing.email = QStringLiteral("Existing.Person@example.org");
    existing.status = Status::Invited;
    existing.organizationId = *hub;
    existing.source = QStringLiteral("manual");
    Result<qint64> existingId = store.addParticipant(existing);
    REQUIRE(existingId.ok());

    Result<ImportReport> report = importFile(*document, QStringLiteral("import/duplicates.csv"));
    REQUIRE(report.ok());
    CHECK(report->added == 3);
    CHECK(report->merged == 3);
    CHECK(report->rejected.isEmpty());
    CHECK(report->organizationsAdded == 1); // Mekong Migration Forum; the hub was there

    const QList<Participant> people = store.participants();
    REQUIRE(people.size() == 4);
    checkPerson(store, people,
                {QStringLiteral("dup.person@example.org"),
                 s("Dana"),
                 s("Upton"),
                 Gender::Woman,
                 s("TH"),
                 Status::Registered,
                 s("Mekong Migration Forum"),
                 {},
                 {},
                 s("Officer")});
    checkPerson(store, people,
                {QString(),
                 s("Nadia"),
                 s("Noemail"),
                 Gender::Woman,
                 s("TH"),
                 Status::Registered,
                 s("Mekong Migration Forum"),
                 {},
                 {},
                 s("Researcher")});
    checkPerson(store, people,
                {QStringLiteral("existing.person@example.org"), s("Eli"), s("Sting"), Gender::Man,
                 s("FJ"), Status::Registered, s("Pacific Mobility Hub")});
    const Participant *merged = findPerson(people, {QStringLiteral("existing.person@example.org")});
    REQUIRE(merged);
    CHECK(merged->id == *existingId);
    CHECK(merged->email == QStringLiteral("Existing.Person@example.org")); // kept as it was
    CHECK(merged->source == QStringLiteral("manual; duplicates.csv"));
    CHECK(store.organizations().size() == 2);

    // Status history: a change by merging is recorded, with the import's time when the row
    // gives none; a person added comes with their status and no entry, as one added by hand.
    const Participant *dana = findPerson(people, {QStringLiteral("dup.person@example.org")});
    REQUIRE(dana);
    const QList<StatusChange> history = store.statusHistory(dana->id);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).from == Status::Waitlisted);
    CHECK(history.at(0).to == Status::Registered);
    CHECK(toIsoUtc(history.at(0).at) == QStringLiteral("2020-10-30T09:00:00Z"));
    const Participant *newPerson = findPerson(people, {QStringLiteral("new.person@example.org")});
    REQUIRE(newPerson);
    CHECK(store.statusHistory(newPerson->id).isEmpty());
    // Who first appears as registering came in by registering; who was invited stays so.
    CHECK(dana->origin == Origin::SelfRegistered);
    CHECK(newPerson->origin == Origin::SelfRegistered);
    CHECK(merged->origin == Origin::Invited);
    const QList<StatusChange> existingHistory = store.statusHistory(*existingId);
    REQUIRE(existingHistory.size() == 1);
    CHECK(existingHistory.at(0).from == Status::Invited);
    CHECK(existingHistory.at(0).to == Status::Registered);

    // Which rows merged, into whom and by what.
    using Match = ImportMerge::Match;
    CHECK(report->merges == QList<ImportMerge>{{3, dana->id, Match::Email, true},
                                               {5, findPerson(people, {QString(), s("Nadia")})->id,
                                                Match::NameAndOrganization, true},
                                               {6, *existingId, Match::Email, true}});

    // What undo needs.
    REQUIRE(report->participantsBefore.size() == 1);
    CHECK(report->participantsBefore.at(0).id == *existingId);
    CHECK(report->participantsBefore.at(0).status == Status::Invited);
    CHECK(report->addedParticipantIds.size() == 3);
    CHECK(report->addedOrganizationIds.size() == 1);

    // The same file again changes nothing: every row merges into someone already complete.
    const int changes = countRows(*document, "status_change");
    Result<ImportReport> again = importFile(*document, QStringLiteral("import/duplicates.csv"));
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->merged == 6);
    CHECK(again->merges.size() == 6);
    for (const ImportMerge &merge : again->merges)
        CHECK_FALSE(merge.changed);
    CHECK(again->participantsBefore.isEmpty());
    CHECK(countRows(*document, "status_change") == changes);
    CHECK(store.participants() == people);

    // A dry run names the rows that would merge; the people the file itself would add have
    // no id to give.
    auto fresh = newDocument();
    ImportOptions dry = fixedOptions();
    dry.dryRun = true;
    Result<ImportReport> trial = importFile(*fresh, QStringLiteral("import/duplicates.csv"), dry);
    REQUIRE(trial.ok());
    CHECK(trial->merges ==
          QList<ImportMerge>{{3, 0, Match::Email, true}, {5, 0, Match::NameAndOrganization, true}});
}

TEST_CASE("an attendee report after the registration report advances the same people", "[import]")
{
    auto document = newDocument();
    REQUIRE(importFile(*document, QStringLiteral("csv/zoom_registration_report.csv")).ok());
    Result<ImportReport> report =
        importFile(*document, QStringLiteral("csv/zoom_attendee_report.csv"));
    REQUIRE(report.ok());
    CHECK(report->added == 1); // xiaoming.wang registered elsewhere
    CHECK(report->merged == 8);
    const QList<Participant> people = document->store().participants();
    CHECK(people.size() == 10);
    checkPerson(document->store(), people,
                {QStringLiteral("kanlaya.s@example.org"),
                 {},
                 {},
                 Gender::Woman,
                 s("TH"),
                 Status::Attended,
                 s("Mekong Migration Forum"),
                 s("civil_society")});
    // Tanvir was pending and did not attend: approved in the attendee report → registered.
    checkPerson(document->store(), people,
                {QStringLiteral("tanvir.h@example.org"), {}, {}, {}, {}, Status::Registered});
    const Participant *kanlaya = findPerson(people, {QStringLiteral("kanlaya.s@example.org")});
    REQUIRE(kanlaya);
    CHECK(kanlaya->source ==
          QStringLiteral("zoom_registration_report.csv; zoom_attendee_report.csv"));
    const QList<StatusChange> history = document->store().statusHistory(kanlaya->id);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).from == Status::Registered);
    CHECK(history.at(0).to == Status::Attended);
    CHECK(toIsoUtc(history.at(0).at) == QStringLiteral("2020-10-30T09:00:00Z"));
    // A change to registered is dated by the row's registration time.
    const Participant *tanvir = findPerson(people, {QStringLiteral("tanvir.h@example.org")});
    REQUIRE(tanvir);
    const QList<StatusChange> registered = document->store().statusHistory(tanvir->id);
    REQUIRE(registered.size() == 1);
    CHECK(registered.at(0).from == Status::Waitlisted);
    CHECK(registered.at(0).to == Status::Registered);
    CHECK(toIsoUtc(registered.at(0).at) == QStringLiteral("2020-10-26T00:12:40Z"));
}

TEST_CASE("the --status option gives every row one status; generic reads the first table",
          "[import]")
{
    auto document = newDocument();
    ImportOptions options = fixedOptions();
    options.status = Status::Invited;
    Result<ImportReport> report =
        importFile(*document, QStringLiteral("csv/zoom_registration_report.csv"), options);
    REQUIRE(report.ok());
    for (const Participant &p : document->store().participants())
        CHECK(p.status == Status::Invited);

    // Nobody here registered: they are on the list as people to invite.
    for (const Participant &p : document->store().participants())
        CHECK(p.origin == Origin::Invited);

    // Read as a plain table, no section is chosen: the table is the reader's guess.
    const ImportSource generic = ImportSource::fromFile(
        test::dataPath(QStringLiteral("csv/zoom_attendee_report.csv")), ImportFormat::Generic);
    REQUIRE(generic.ok());
    CHECK(generic.options().section.isEmpty());
    const ImportSource zoom = ImportSource::fromFile(
        test::dataPath(QStringLiteral("csv/zoom_attendee_report.csv")), ImportFormat::Zoom);
    CHECK(zoom.kind() == SourceKind::ZoomAttendeeReport);
    CHECK(zoom.table().sectionTitle == QStringLiteral("Attendee Details"));
    const ImportSource notZoom = ImportSource::fromFile(
        test::dataPath(QStringLiteral("csv/preamble.csv")), ImportFormat::Zoom);
    CHECK(notZoom.ok()); // no sections at all: read as a table
    CHECK(ImportSource::fromFile(test::dataPath(QStringLiteral("csv/zoom_registration_report.csv")))
              .kind() == SourceKind::ZoomRegistrationReport);
    CHECK(
        ImportSource::fromFile(test::dataPath(QStringLiteral("csv/ms_forms_export.csv"))).kind() ==
        SourceKind::MicrosoftForms);
    CHECK(ImportSource::fromFile(test::dataPath(QStringLiteral("csv/google_forms_export.csv")))
              .kind() == SourceKind::GoogleForms);
}

TEST_CASE("an import is all or nothing", "[import]")
{
    SECTION("a failure half-way leaves the store as it was")
    {
        auto document = newDocument();
        // The ninth row of the registration report (an adviser) cannot be stored.
        REQUIRE(document->database().exec(
            "CREATE UNIQUE INDEX only_one_adviser ON participant(job_title) "
            "WHERE job_title = 'Adviser'"));
        Participant adviser;
        adviser.givenName = QStringLiteral("Ada");
        adviser.jobTitle = QStringLiteral("Adviser");
        REQUIRE(document->store().addParticipant(adviser).ok());
        const QList<Participant> before = document->store().participants();
        const QList<Organization> organizations = document->store().organizations();

        Result<ImportReport> report =
            importFile(*document, QStringLiteral("csv/zoom_registration_report.csv"));
        REQUIRE_FALSE(report.ok());
        CHECK(report.errorMessage().contains(QStringLiteral("UNIQUE")));
        CHECK_FALSE(report.errorMessage().contains(QStringLiteral("fifita")));
        CHECK(document->store().participants() == before);
        CHECK(document->store().organizations() == organizations);
        CHECK(countRows(*document, "status_change") == 0);
    }
    SECTION("a dry run reports the same and writes nothing")
    {
        auto document = newDocument();
        ImportOptions options = fixedOptions();
        options.dryRun = true;
        Result<ImportReport> dry =
            importFile(*document, QStringLiteral("import/malformed_rows.csv"), options);
        REQUIRE(dry.ok());
        CHECK(dry->dryRun);
        CHECK_FALSE(dry->committed);
        CHECK(document->store().participantCount() == 0);
        CHECK(document->store().organizations().isEmpty());
        CHECK(countRows(*document, "status_change") == 0);
        Result<ImportReport> real =
            importFile(*document, QStringLiteral("import/malformed_rows.csv"));
        REQUIRE(real.ok());
        CHECK(real->added == dry->added);
        CHECK(real->merged == dry->merged);
        CHECK(real->rejected == dry->rejected);
    }
    SECTION("cancelling from the progress callback leaves the store as it was")
    {
        QString text = QStringLiteral("Email,Name\n");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("person%1@example.org,Person %1\n").arg(i);
        const ImportSource source = ImportSource::fromText(text, QStringLiteral("many.csv"));
        auto document = newDocument();
        QList<qsizetype> calls;
        ImportOptions options = fixedOptions();
        options.progress = [&](qsizetype done, qsizetype total) {
            CHECK(total == 3000);
            calls.append(done);
            return done < 2000;
        };
        Result<ImportReport> report = ParticipantImporter(document->store())
                                          .run(source.table(), source.detectedMapping(), options);
        REQUIRE(report.ok());
        CHECK(report->cancelled);
        CHECK_FALSE(report->committed);
        CHECK(calls.first() == 0);
        CHECK(calls.last() >= 2000);
        CHECK(document->store().participantCount() == 0);
    }
}

TEST_CASE("a wrong encoding chosen by hand is named instead of an empty file reported", "[import]")
{
    struct Case
    {
        const char *file;
        TextDecoder::Encoding forced;
        const char *forcedName;
        const char *detectedName;
    };
    const Case cases[] = {
        {"csv/utf8_comma_lf.csv", TextDecoder::Encoding::Utf16LE, "UTF-16LE", "UTF-8"},
        {"csv/utf8_comma_lf.csv", TextDecoder::Encoding::Utf16BE, "UTF-16BE", "UTF-8"},
        {"csv/utf16le_bom_tab.txt", TextDecoder::Encoding::Utf8, "UTF-8", "UTF-16LE with BOM"},
        {"csv/utf16be_bom_comma.csv", TextDecoder::Encoding::Utf8, "UTF-8", "UTF-16BE with BOM"},
    };
    for (const Case &c : cases) {
        INFO(c.file << " read as " << c.forcedName);
        CsvOptions options;
        options.encoding = c.forced;
        const ImportSource source = ImportSource::fromFile(
            test::dataPath(QString::fromUtf8(c.file)), ImportFormat::Auto, options);
        CHECK_FALSE(source.ok());
        CHECK(source.errorString().contains(
            QStringLiteral("does not read as %1").arg(QString::fromUtf8(c.forcedName))));
        CHECK(source.errorString().contains(
            QStringLiteral("reads as %1").arg(QString::fromUtf8(c.detectedName))));
        CHECK(source.table().rows.isEmpty());
    }
    // The right choice, made by hand, still reads.
    CsvOptions utf8;
    utf8.encoding = TextDecoder::Encoding::Utf8;
    CHECK(ImportSource::fromFile(test::dataPath(QStringLiteral("csv/utf8_comma_lf.csv")),
                                 ImportFormat::Auto, utf8)
              .ok());
}

TEST_CASE("a Zoom report read again with its options gives the same table", "[import]")
{
    // The wizard reads a file again with options() when a person corrects a guess.
    for (const char *file :
         {"import/zoom_attendee_other_attended.csv", "import/zoom_participants_meeting_data.csv"}) {
        INFO(file);
        const QString path = test::dataPath(QString::fromUtf8(file));
        const ImportSource first = ImportSource::fromFile(path);
        REQUIRE(first.ok());
        const ImportSource again = ImportSource::fromFile(path, first.format(), first.options());
        REQUIRE(again.ok());
        CHECK(again.table().headerLine == first.table().headerLine);
        CHECK(again.table().header == first.table().header);
        REQUIRE(again.table().rows.size() == first.table().rows.size());
        for (qsizetype i = 0; i < first.table().rows.size(); ++i)
            CHECK(again.table().rows.at(i).cells() == first.table().rows.at(i).cells());
        CHECK(again.table().problems.size() == first.table().problems.size());
    }
    const ImportSource attendees = ImportSource::fromFile(
        test::dataPath(QStringLiteral("import/zoom_attendee_other_attended.csv")));
    CHECK(attendees.table().rows.size() == 3); // two attendees and one other attended
}

TEST_CASE("a stray quote is reported as such, with its line", "[import]")
{
    auto document = newDocument();
    Result<ImportReport> report = importFile(*document, QStringLiteral("import/stray_quote.csv"));
    REQUIRE(report.ok());
    const QList<ImportRejection> expected = {
        {3, QStringLiteral("a stray quote at the start of column 2 is never closed on its line")},
    };
    CHECK(report->rejected == expected);
}

TEST_CASE("rows that are no people say what they are", "[import]")
{
    struct Case
    {
        const char *file;
        QList<ImportRejection> rejected;
    };
    const Case cases[] = {
        {"import/totals_row.csv",
         {{5, QStringLiteral("a totals row, not a person")},
          {6, QStringLiteral("a totals row, not a person")}}},
        {"import/joined_exports.csv", {{4, QStringLiteral("the header row again, not a person")}}},
        {"import/zoom_participants_meeting_data.csv",
         {{5, QStringLiteral("the meeting's host (the summary's User Email), not a participant")}}},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        auto document = newDocument();
        Result<ImportReport> report = importFile(*document, QString::fromUtf8(c.file));
        REQUIRE(report.ok());
        CHECK(report->rejected == c.rejected);
    }
}

TEST_CASE("letters lost to a code page are a warning that quotes nothing", "[import]")
{
    auto document = newDocument();
    Result<ImportReport> report =
        importFile(*document, QStringLiteral("import/cp1252_lost_letters.csv"));
    REQUIRE(report.ok());
    REQUIRE(report->warnings.size() == 3);
    CHECK(report->warnings.at(0).startsWith(
        QStringLiteral("column 1 (First Name): 2 value(s) hold “?” where a letter was lost "
                       "(first on line 2)")));
    CHECK(report->warnings.at(1).startsWith(QStringLiteral("column 2 (Last Name): 2 value(s)")));
    CHECK(report->warnings.at(2).startsWith(QStringLiteral("column 4 (Organization): 1 value(s)")));
    CHECK(report->warnings.at(0).contains(QStringLiteral("CSV UTF-8")));
    for (const QString &warning : report->warnings) {
        CHECK_FALSE(warning.contains(QStringLiteral("Nguy")));
        CHECK_FALSE(warning.contains(QStringLiteral("H?i")));
    }
}

TEST_CASE("a file nobody can be read from is refused", "[import]")
{
    const ImportSource source =
        ImportSource::fromFile(test::dataPath(QStringLiteral("import/no_people.csv")));
    REQUIRE(source.ok());
    CHECK_FALSE(source.detectedMapping().identifiesPeople());
    auto document = newDocument();
    Result<ImportReport> report =
        ParticipantImporter(document->store())
            .run(source.table(), source.detectedMapping(), fixedOptions());
    CHECK_FALSE(report.ok());
    CHECK(ImportSource::fromFile(test::dataPath(QStringLiteral("import/missing.csv"))).ok() ==
          false);
}

TEST_CASE("headers are recognised by meaning", "[import][mapping]")
{
    struct HeaderCase
    {
        const char *header;
        ImportField field;
    };
    const HeaderCase cases[] = {
        {"First Name", ImportField::GivenName},
        {"given-name", ImportField::GivenName},
        {"Prénom", ImportField::GivenName},
        {"LAST NAME", ImportField::FamilyName},
        {"Surname", ImportField::FamilyName},
        {"Family name", ImportField::FamilyName},
        {"Name", ImportField::FullName},
        {"Full name", ImportField::FullName},
        {"User Name (Original Name)", ImportField::FullName},
        {"Email", ImportField::Email},
        {"E-mail", ImportField::Email},
        {"Email Address", ImportField::Email},
        {"Your e-mail (work)", ImportField::Email},
        {"Gender", ImportField::Gender},
        {"Sex", ImportField::Gender},
        {"Organization", ImportField::Organization},
        {"Organisation", ImportField::Organization},
        {"Affiliation", ImportField::Organization},
        {"Company", ImportField::Organization},
        {"Institution", ImportField::Organization},
        {"Organization / Affiliation", ImportField::Organization},
        {"Name of your organization", ImportField::Organization},
        {"Country", ImportField::Country},
        {"Country/Region", ImportField::Country},
        {"Country/Region Name", ImportField::Country},
        {"Nationality", ImportField::Country},
        {"Country of organization", ImportField::Country},
        {"Organization country", ImportField::Country},
        {"Sector", ImportField::Sector},
        {"Stakeholder group", ImportField::Sector},
        {"Category", ImportField::Sector},
        {"Type of organization", ImportField::Sector},
        {"Which stakeholder group(s) do you represent?", ImportField::Sector},
        {"Job Title", ImportField::JobTitle},
        {"Position", ImportField::JobTitle},
        {"Title", ImportField::None},
        {"Registration Time", ImportField::RegisteredAt},
        {"Timestamp", ImportField::RegisteredAt},
        {"Start time", ImportField::RegisteredAt},
        {"Submitted at", ImportField::RegisteredAt},
        {"Join Time", ImportField::None},
        {"Order Date", ImportField::RegisteredAt},
        {"Date d'inscription", ImportField::RegisteredAt},
        {"ประทับเวลา", ImportField::RegisteredAt},
        {"Dấu thời gian", ImportField::RegisteredAt},
        {"Stempel waktu", ImportField::RegisteredAt},
        {"タイムスタンプ", ImportField::RegisteredAt},
        {"ที่อยู่อีเมล", ImportField::Email},
        {"Alamat email", ImportField::Email},
        {"ชื่อ", ImportField::GivenName},
        {"นามสกุล", ImportField::FamilyName},
        {"ชื่อ-นามสกุล", ImportField::FullName},
        {"Họ và tên", ImportField::FullName},
        {"Approval Status", ImportField::Status},
        {"Attendee Status", ImportField::Status},
        {"Attended", ImportField::Attended},
        {"Checked in", ImportField::Attended},
        {"Check-in date", ImportField::None},
        {"Buyer Email", ImportField::Email},
        {"Industry", ImportField::None},
        {"Time zone", ImportField::TimeZone},
        {"Notes", ImportField::Notes},
        {"Comments", ImportField::Notes},
        {"City", ImportField::None},
        {"Any accessibility needs? (e.g. captions, sign language)", ImportField::None},
    };
    for (const HeaderCase &c : cases) {
        INFO(c.header);
        CHECK(importFieldCode(ColumnMapping::recognise(QString::fromUtf8(c.header))) ==
              importFieldCode(c.field));
    }

    // One column per field: the strongest name wins, then the leftmost.
    const ColumnMapping forms = ColumnMapping::detect(
        {QStringLiteral("ID"), QStringLiteral("Start time"), QStringLiteral("Completion time"),
         QStringLiteral("Nationality"), QStringLiteral("Country"), QStringLiteral("Email"),
         QStringLiteral("E-mail")});
    CHECK(forms.column(ImportField::RegisteredAt) == 1);
    CHECK(forms.column(ImportField::Country) == 4);
    CHECK(forms.column(ImportField::Email) == 5);
    CHECK(forms.field(2) == ImportField::None);
    CHECK(forms.field(6) == ImportField::None);

    ColumnMapping mapping =
        ColumnMapping::detect({QStringLiteral("Participant e-mail"), QStringLiteral("Ort")});
    CHECK(mapping.apply(QStringLiteral("Ort=country")).ok());
    CHECK(mapping.column(ImportField::Country) == 1);
    CHECK(mapping.apply(QStringLiteral("participant EMAIL=notes")).ok());
    CHECK(mapping.field(0) == ImportField::Notes);
    CHECK(mapping.apply(QStringLiteral("1=email")).ok());
    CHECK(mapping.field(0) == ImportField::Email);
    CHECK(mapping.apply(QStringLiteral("Ort=none")).ok());
    CHECK_FALSE(mapping.has(ImportField::Country));
    CHECK_FALSE(mapping.apply(QStringLiteral("Nowhere=email")).ok());
    CHECK_FALSE(mapping.apply(QStringLiteral("Ort=shoe_size")).ok());
    CHECK_FALSE(mapping.apply(QStringLiteral("no equals sign")).ok());
}

TEST_CASE("a second column with the same header fills in, unless excluded", "[import]")
{
    const CsvTable table = CsvReader::read(
        QStringLiteral("Name,Email,Organization,Email\nAnn Lee,,UN Women,ann.lee@example.org\n"));
    REQUIRE(table.ok());
    ColumnMapping mapping = ColumnMapping::detect(table.header);
    REQUIRE(mapping.column(ImportField::Email) == 1);
    const auto emailOf = [&](const ColumnMapping &chosen) {
        ImportRowReader reader(chosen, QTimeZone::utc(), std::nullopt, QStringLiteral("t.csv"));
        return reader.read(table.rows.at(0)).participant.email;
    };
    CHECK(emailOf(mapping) == QStringLiteral("ann.lee@example.org"));
    // Somebody chose not to import column 4 (`--map '4=none'`): its cells are not read.
    REQUIRE(mapping.apply(QStringLiteral("4=none")).ok());
    CHECK(mapping.excluded(3));
    CHECK(emailOf(mapping).isEmpty());
    // Mapped again, it is no longer excluded.
    mapping.set(3, ImportField::Email);
    CHECK_FALSE(mapping.excluded(3));
    CHECK(emailOf(mapping) == QStringLiteral("ann.lee@example.org"));
}

TEST_CASE("value parsers read the words forms write", "[import][values]")
{
    const QList<QPair<const char *, std::optional<Gender>>> genders = {
        {"Female", Gender::Woman},    {"F", Gender::Woman},
        {"woman", Gender::Woman},     {"W", Gender::Woman},
        {"Femme", Gender::Woman},     {"Mujer", Gender::Woman},
        {"Male", Gender::Man},        {"m", Gender::Man},
        {"Man", Gender::Man},         {"Homme", Gender::Man},
        {"Hombre", Gender::Man},      {"Non-binary", Gender::Other},
        {"Other", Gender::Other},     {"Prefer not to say", Gender::Undisclosed},
        {"", Gender::Undisclosed},    {"  ", Gender::Undisclosed},
        {"N/A", Gender::Undisclosed}, {"Dragon", std::nullopt},
    };
    for (const auto &[word, gender] : genders) {
        INFO(word);
        CHECK(GenderParser::parse(QString::fromUtf8(word)) == gender);
    }

    CHECK(StatusParser::parse(u"approved") == Status::Registered);
    CHECK(StatusParser::parse(u"Pending") == Status::Waitlisted);
    CHECK(StatusParser::parse(u"denied") == Status::Declined);
    CHECK(StatusParser::parse(u"rejected") == Status::Declined);
    CHECK(StatusParser::parse(u"attended") == Status::Attended);
    CHECK(StatusParser::parse(u"Attending") == Status::Registered);
    CHECK(StatusParser::parse(u"Checked In") == Status::Attended);
    CHECK(StatusParser::parse(u"Not Attending") == Status::Declined);
    CHECK(StatusParser::parse(u"Refunded") == Status::Declined);
    CHECK(StatusParser::parse(u"Unpaid") == Status::Registered);
    CHECK(StatusParser::parse(u"Withdrawn") == Status::Declined);
    CHECK(StatusParser::yesNo(u"Checked in") == true);
    CHECK(StatusParser::parse(u"maybe") == std::nullopt);
    CHECK(CountryParser::parse(u"Quezon City, Metro Manila, Philippines") == QStringLiteral("PH"));
    CHECK(CountryParser::parse(u"Tbilisi, Georgia").isEmpty()); // or Atlanta: not guessed
    CHECK(CountryParser::parse(u"Georgia") == QStringLiteral("GE"));
    CHECK(CountryParser::parse(u"Macao SAR, China") == QStringLiteral("MO"));
    CHECK(StatusParser::origin(u"self") == Origin::SelfRegistered);
    CHECK(StatusParser::origin(u"Registered themselves") == Origin::SelfRegistered);
    CHECK(StatusParser::origin(u"Forwarded") == Origin::Forwarded);
    CHECK(StatusParser::origin(u"invited directly") == Origin::Invited);
    CHECK_FALSE(StatusParser::origin(u"walked in"));
    CHECK_FALSE(StatusParser::origin(u""));
    CHECK(StatusParser::yesNo(u"Yes") == true);
    CHECK(StatusParser::yesNo(u"No") == false);
    CHECK(StatusParser::yesNo(u"") == std::nullopt);

    CHECK(SectorParser::parse(u"Civil society;Women's organization;") ==
          QStringLiteral("civil_society"));
    CHECK(SectorParser::parse(u"National NGO") == QStringLiteral("civil_society"));
    CHECK(SectorParser::parse(u"Academia, scientific and knowledge-based institutions") ==
          QStringLiteral("academia"));
    CHECK(SectorParser::parse(u"red_cross_red_crescent") ==
          QStringLiteral("red_cross_red_crescent"));
    CHECK(SectorParser::parse(u"Space agency").isEmpty());

    CHECK(EmailAddress::clean(u"  Ana <ana@example.org> ") == QStringLiteral("ana@example.org"));
    CHECK(EmailAddress::clean(u"mailto:ana@example.org") == QStringLiteral("ana@example.org"));
    CHECK(EmailAddress::clean(u"anonymous").isEmpty());
    CHECK(EmailAddress::isValid(u"ana.reyes+gcm@example.org"));
    CHECK(EmailAddress::isValid(u"สมศรี@ตัวอย่าง.ไทย"));
    CHECK_FALSE(EmailAddress::isValid(u"ana"));
    CHECK_FALSE(EmailAddress::isValid(u"ana@localhost"));
    CHECK_FALSE(EmailAddress::isValid(u"ana reyes@example.org"));
    CHECK_FALSE(EmailAddress::isValid(u"a@@example.org"));
    CHECK_FALSE(EmailAddress::isValid(u"ana@example..org"));

    CHECK(PersonName::split(u"Kenji Tanaka").given == QStringLiteral("Kenji"));
    CHECK(PersonName::split(u"Kenji Tanaka").family == QStringLiteral("Tanaka"));
    CHECK(PersonName::split(u"Reyes, Ana").family == QStringLiteral("Reyes"));
    CHECK(PersonName::split(u"Moderator (Ruth Tan)", true).given == QStringLiteral("Ruth"));
    CHECK(PersonName::split(u"王小明").given == QStringLiteral("王小明"));
}

TEST_CASE("timestamps: formats, zones and the day/month order", "[import][values]")
{
    TimestampParser bangkok(QTimeZone("Asia/Bangkok"));
    const QString expected = QStringLiteral("2020-10-22T03:15:32Z");
    for (const char *text :
         {"Oct 22, 2020 10:15:32", "October 22, 2020 10:15:32", "Thu, Oct 22, 2020 10:15:32",
          "10/22/2020 10:15:32 AM", "10/22/2020 10:15:32", "10/22/20 10:15:32",
          "2020-10-22 10:15:32", "2020-10-22T10:15:32", "2020-10-22T10:15:32+07:00",
          "2020-10-22T03:15:32Z", "2020-10-22T03:15:32.250Z", "2020-10-22 03:15:32 UTC",
          "2020-10-22 10:15:32 GMT+7", "2020-10-22T12:15:32+0900", "22.10.2020 10:15:32",
          "22 Oct 2020 10:15:32", "22-Oct-2020 10:15:32", "2020/10/22 10:15:32",
          // Google Forms' download, in the responder's zone; Eventbrite's order date.
          "2020/10/22 10:15:32 AM GMT+7", "2020/10/22 8:45:32 am GMT+5:30",
          "2020/10/22 12:15:32 PM GMT+9", "2020/10/21 11:15:32 PM GMT-4",
          "2020/10/22 9:00:32 am GMT+5:45", "2020-10-21 20:15:32-07:00",
          // Thai Excel: Buddhist-era years.
          "10/22/2563 10:15:32", "2563-10-22 10:15:32", "22 Oct 2563 10:15:32",
          // Chinese, Japanese and Korean spreadsheets.
          "2020年10月22日 10:15:32", "2020년 10월 22일 오전 10:15:32", "2020. 10. 22 오전 10:15:32",
          "2020. 10. 22. 오전 10:15:32", "2020/10/22 上午10:15:32", "2020/10/22 午前10:15:32",
          "2020/10/22 下午12:15:32 JST", "2020/10/22 12:15:32 JST",
          // Offsets in parentheses and the region's unambiguous zone abbreviations.
          "2020-10-22 10:15:32 (GMT+7)", "2020-10-22 10:15:32 (GMT+07:00)",
          "Oct 22, 2020 10:15:32 AM ICT", "2020-10-22 11:15:32 WITA", "2020-10-22 09:00:32 NPT",
          "2020-10-22 14:15:32 AEDT"}) {
        INFO(text);
        CHECK(toIsoUtc(bangkok.parse(QString::fromUtf8(text))) == expected);
    }
    CHECK(toIsoUtc(bangkok.parse(u"10/22/2020 12:05 AM")) ==
          QStringLiteral("2020-10-21T17:05:00Z"));
    CHECK(toIsoUtc(bangkok.parse(u"10/22/2020 12:05 PM")) ==
          QStringLiteral("2020-10-22T05:05:00Z"));
    CHECK(toIsoUtc(bangkok.parse(u"2020-10-22")) == QStringLiteral("2020-10-21T17:00:00Z"));
    for (const char *text :
         {"yesterday", "13/13/2020", "2020-02-30 10:00", "10:15", "Oct 2020", "10/22/2020 13:00 PM",
          "2020-10-22 25:00", "2020-10-22 10:15 IST", "2020-10-22 10:15 CST",
          "2020-10-22 10:15 (GMT+7", "2020/10/22 오후", "2020/10/22 下午13:15"}) {
        INFO(text);
        CHECK_FALSE(bangkok.parse(QString::fromUtf8(text)).isValid());
    }

    // A wall-clock time in a zone with daylight saving time, on both sides of the change.
    TimestampParser paris(QTimeZone("Europe/Paris"));
    CHECK(toIsoUtc(paris.parse(u"2020-10-24 12:00")) == QStringLiteral("2020-10-24T10:00:00Z"));
    CHECK(toIsoUtc(paris.parse(u"2020-10-25 12:00")) == QStringLiteral("2020-10-25T11:00:00Z"));

    CHECK(TimestampParser::orderHint(u"22/10/2020 10:15") == TimestampParser::DateOrder::DayFirst);
    CHECK(TimestampParser::orderHint(u"10/22/2020") == TimestampParser::DateOrder::MonthFirst);
    CHECK(TimestampParser::orderHint(u"10/11/2020") == std::nullopt);
    // Too many digits for a day or a month, however many (a fuzzed registration time once
    // overflowed the reading of them).
    CHECK(TimestampParser::orderHint(u"2020/10/22") == std::nullopt);
    CHECK(TimestampParser::orderHint(u"1234567890123/10/2020") == std::nullopt);
    CHECK(TimestampParser::orderHint(u"2020-10-22") == std::nullopt);
    TimestampParser dayFirst(QTimeZone::utc(), TimestampParser::DateOrder::DayFirst);
    CHECK(toIsoUtc(dayFirst.parse(u"10/11/2020 08:00")) == QStringLiteral("2020-11-10T08:00:00Z"));
    TimestampParser monthFirst(QTimeZone::utc(), TimestampParser::DateOrder::MonthFirst);
    CHECK(toIsoUtc(monthFirst.parse(u"10/11/2020 08:00")) ==
          QStringLiteral("2020-10-11T08:00:00Z"));
}

TEST_CASE("the preview reads rows without touching the store", "[import]")
{
    const ImportSource source =
        ImportSource::fromFile(test::dataPath(QStringLiteral("csv/zoom_registration_report.csv")));
    ImportOptions options;
    options.timeZone = QTimeZone("Asia/Bangkok");
    const QList<ImportRecord> records =
        ParticipantImporter::preview(source.table(), source.detectedMapping(), options, 3);
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).line == 7);
    CHECK(records.at(0).participant.email == QStringLiteral("kanlaya.s@example.org"));
    CHECK(records.at(0).organization == QStringLiteral("Mekong Migration Forum"));
    CHECK(records.at(0).sector == QStringLiteral("civil_society"));
    CHECK(records.at(2).participant.status == Status::Waitlisted);
}

TEST_CASE("a committed import can be undone exactly", "[import]")
{
    auto document = newDocument();
    ConsultationStore &store = document->store();
    REQUIRE(importFile(*document, QStringLiteral("csv/zoom_registration_report.csv")).ok());
    const QList<Participant> before = store.participants();
    const QList<Organization> organizations = store.organizations();
    const int changes = countRows(*document, "status_change");

    Result<ImportReport> report =
        importFile(*document, QStringLiteral("csv/zoom_attendee_report.csv"));
    REQUIRE(report.ok());
    REQUIRE(store.participants() != before);
    REQUIRE(ImportUndo::revert(store, *report).ok());
    CHECK(store.participants() == before);
    CHECK(store.organizations() == organizations);
    CHECK(countRows(*document, "status_change") == changes);
}

TEST_CASE("a large import rebuilds the indexes it drops and checks foreign keys again after",
          "[import]")
{
    // From 5,000 rows the importer drops the participant indexes and turns foreign key checks
    // off for its transaction: whatever the outcome, both must be as before afterwards.
    QString text = QStringLiteral("Email,Name,Organization,Country\n");
    for (int i = 0; i < 6000; ++i)
        text +=
            QStringLiteral("person%1@example.org,Person %1,Forum %2,Nepal\n").arg(i).arg(i % 700);
    text += QStringLiteral("not an address,Nobody,Forum 1,Nepal\n");
    const ImportSource source = ImportSource::fromText(text, QStringLiteral("large.csv"));
    REQUIRE(source.ok());
    auto document = newDocument();
    SqliteDatabase &db = document->database();
    const auto indexes = [&] {
        return db.queryInteger("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                               "name IN ('participant_organization', 'participant_forwarded_by')",
                               -1);
    };
    REQUIRE(indexes() == 2);

    SECTION("committed")
    {
        Result<ImportReport> report =
            ParticipantImporter(document->store())
                .run(source.table(), source.detectedMapping(), fixedOptions());
        REQUIRE(report.ok());
        CHECK(report->committed);
        CHECK(report->added == 6000);
        CHECK(report->organizationsAdded == 700);
        CHECK(report->rejected.size() == 1);
        CHECK(report->rejected.constFirst().line == 6002);
        CHECK(indexes() == 2);
        CHECK(db.queryInteger("PRAGMA foreign_keys", -1) == 1);
        CHECK(db.queryText("PRAGMA foreign_key_check").isEmpty());
        CHECK(db.queryText("PRAGMA integrity_check") == QLatin1String("ok"));
        CHECK(db.queryInteger("SELECT count(*) FROM participant WHERE organization_id = "
                              "(SELECT id FROM organization WHERE name = 'Forum 7')",
                              -1) == 9);
    }
    SECTION("cancelled half-way")
    {
        ImportOptions options = fixedOptions();
        options.progress = [](qsizetype done, qsizetype) { return done < 3000; };
        Result<ImportReport> report = ParticipantImporter(document->store())
                                          .run(source.table(), source.detectedMapping(), options);
        REQUIRE(report.ok());
        CHECK(report->cancelled);
        CHECK(document->store().participantCount() == 0);
        CHECK(indexes() == 2);
        CHECK(db.queryInteger("PRAGMA foreign_keys", -1) == 1);
    }
    SECTION("a dry run")
    {
        ImportOptions options = fixedOptions();
        options.dryRun = true;
        Result<ImportReport> report = ParticipantImporter(document->store())
                                          .run(source.table(), source.detectedMapping(), options);
        REQUIRE(report.ok());
        CHECK(report->added == 6000);
        CHECK(document->store().participantCount() == 0);
        CHECK(indexes() == 2);
        CHECK(db.queryInteger("PRAGMA foreign_keys", -1) == 1);
    }
}

TEST_CASE("organizations are found by folded name and country, or made", "[import]")
{
    auto document = newDocument();
    ConsultationStore &store = document->store();
    const Organization mekongBefore{0, QStringLiteral("Mekong Forum"), QString(), QString(),
                                    QString()};
    Result<qint64> mekong = store.addOrganization(mekongBefore);
    Result<qint64> asia = store.addOrganization(
        {0, QStringLiteral("Asia Network"), QString(), QStringLiteral("TH"), QString()});
    REQUIRE(mekong.ok());
    REQUIRE(asia.ok());
    const QString text = QStringLiteral(
        "Email,Name,Organization,Country,Stakeholder group\n"
        "a@example.org,A,mekong forum,Viet Nam,NGO\n"      // the one without a country: filled in
        "b@example.org,B,MEKONG FORUM,Thailand,\n"         // it has a country now: a new one
        "c@example.org,C,Asia Network,,\n"                 // no country: the first of that name
        "d@example.org,D,asia network,India,\n"            // Thai one only: a new one
        "e@example.org,E,Asia Network,India,\n"            // the Indian one just made
        "f@example.org,F,Mekong Forum,Viet Nam,Academia\n" // the filled-in one, category kept
        "g@example.org,G,Mekong Forum,,\n");               // no country: the first of that name
    const ImportSource source = ImportSource::fromText(text, QStringLiteral("orgs.csv"));
    REQUIRE(source.ok());
    Result<ImportReport> report =
        ParticipantImporter(store).run(source.table(), source.detectedMapping(), fixedOptions());
    REQUIRE(report.ok());
    CHECK(report->added == 7);
    CHECK(report->organizationsAdded == 2);
    Organization original = mekongBefore;
    original.id = *mekong;
    CHECK(report->organizationsBefore == QList<Organization>{original});

    QHash<QString, qint64> organizationOf;
    for (const Participant &p : store.participants())
        organizationOf.insert(p.email, p.organizationId);
    const std::optional<Organization> filled = store.organization(*mekong);
    REQUIRE(filled);
    CHECK(filled->country == QStringLiteral("VN"));
    CHECK(filled->category == SectorParser::parse(u"NGO"));
    CHECK_FALSE(filled->category.isEmpty());
    CHECK(organizationOf.value(QStringLiteral("a@example.org")) == *mekong);
    CHECK(organizationOf.value(QStringLiteral("f@example.org")) == *mekong);
    CHECK(organizationOf.value(QStringLiteral("g@example.org")) == *mekong);
    CHECK(organizationOf.value(QStringLiteral("c@example.org")) == *asia);
    const qint64 thaiMekong = organizationOf.value(QStringLiteral("b@example.org"));
    const qint64 indianAsia = organizationOf.value(QStringLiteral("d@example.org"));
    CHECK(report->addedOrganizationIds == QList<qint64>{thaiMekong, indianAsia});
    CHECK(organizationOf.value(QStringLiteral("e@example.org")) == indianAsia);
    CHECK(store.organization(thaiMekong)->country == QStringLiteral("TH"));
    CHECK(store.organization(thaiMekong)->name == QStringLiteral("MEKONG FORUM"));
    CHECK(store.organization(indianAsia)->country == QStringLiteral("IN"));
}
