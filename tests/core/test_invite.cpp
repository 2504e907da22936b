#include "TestSupport.h"

#include "invite/CountryTimeZones.h"
#include "invite/EffectiveTimeZone.h"
#include "invite/EmlWriter.h"
#include "invite/IcsWriter.h"
#include "invite/InvitationRun.h"
#include "invite/MessageTemplate.h"
#include "invite/OrganizationLimit.h"
#include "invite/PlaceholderValues.h"
#include "invite/ZoneTimeText.h"
#include "model/ConsultationDefaults.h"
#include "reference/ReferenceData.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"
#include "store/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace consulta;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// The concept note's consultation: 28 October 2020 11:00–14:00 Asia/Bangkok, registration
// until 25 October 24:00 ICT.
const QDateTime kStart = utc(2020, 10, 28, 4, 0);
const QDateTime kEnd = utc(2020, 10, 28, 7, 0);
const QDateTime kDeadline = utc(2020, 10, 25, 17, 0);
const QDateTime kNow = utc(2020, 10, 20, 3, 0);
const QString kCalendarKey = QStringLiteral("0123456789abcdef0123456789abcdef");
const Mailbox kSender{QStringLiteral("GCM Review Secretariat"),
                      QStringLiteral("gcm-review@example.org")};

std::unique_ptr<Document> newDocument()
{
    Result<std::unique_ptr<Document>> created = Document::createNew(sampleConsultation());
    REQUIRE(created.ok());
    return created.takeValue();
}

// A golden file under tests/data/invite: compared byte for byte. With
// CONSULTA_UPDATE_GOLDEN=1 in the environment the file is rewritten instead (review the
// diff before committing it).
void checkGolden(const QString &name, const QByteArray &actual)
{
    const QString path = test::dataPath(QStringLiteral("invite/") + name);
    if (qEnvironmentVariableIntValue("CONSULTA_UPDATE_GOLDEN") == 1) {
        test::writeAll(path, actual);
        WARN("rewrote " << path.toStdString());
        return;
    }
    const QByteArray expected = test::readAll(path);
    INFO(name.toStdString());
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(actual == expected);
}

Participant person(const QString &given, const QString &family, const QString &email,
                   const QString &country, const QByteArray &zone = {})
{
    Participant p;
    p.givenName = given;
    p.familyName = family;
    p.email = email;
    p.country = country;
    p.timeZone = zone;
    return p;
}

qint64 add(ConsultationStore &store, Participant &p)
{
    Result<qint64> id = store.addParticipant(p);
    REQUIRE(id.ok());
    p.id = *id;
    return p.id;
}

QStringList emlFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

} // namespace

// ---------------------------------------------------------------------------------------
// Time zones

TEST_CASE("every country's default zone is one the system's tz database knows", "[invite][tz]")
{
    const CountryTimeZones &zones = CountryTimeZones::instance();
    for (auto it = zones.zones().cbegin(); it != zones.zones().cend(); ++it) {
        INFO(it.key().toStdString() << " " << it.value().toStdString());
        CHECK(QTimeZone::isTimeZoneIdAvailable(it.value()));
        CHECK(QTimeZone(it.value()).isValid());
    }
    // Every country of the world the reference data knows, ESCAP's members among them.
    const QList<QPair<QString, QString>> countries = ReferenceData::instance().allCountries();
    CHECK(countries.size() >= 250);
    for (const auto &country : countries) {
        INFO(country.first.toStdString());
        CHECK_FALSE(zones.zoneOf(country.first).isEmpty());
    }
    for (const EscapMember &member : ReferenceData::instance().escapMembers()) {
        INFO(member.iso2.toStdString());
        CHECK_FALSE(zones.zoneOf(member.iso2).isEmpty());
    }
    CHECK(zones.zoneOf(QStringLiteral(" th ")) == "Asia/Bangkok");
    CHECK(zones.zoneOf(QStringLiteral("ZZ")).isEmpty());
    CHECK(zones.zoneOf(QString()).isEmpty());
}

TEST_CASE("countries with several zones default to their capital's", "[invite][tz]")
{
    const QList<QPair<const char *, const char *>> capitals = {
        {"AU", "Australia/Sydney"},     {"RU", "Europe/Moscow"},     {"ID", "Asia/Jakarta"},
        {"KZ", "Asia/Almaty"},          {"US", "America/New_York"},  {"KI", "Pacific/Tarawa"},
        {"FM", "Pacific/Pohnpei"},      {"PF", "Pacific/Tahiti"},    {"NZ", "Pacific/Auckland"},
        {"CN", "Asia/Shanghai"},        {"MN", "Asia/Ulaanbaatar"},  {"MY", "Asia/Kuala_Lumpur"},
        {"PG", "Pacific/Port_Moresby"}, {"MH", "Pacific/Majuro"},    {"UZ", "Asia/Tashkent"},
        {"BR", "America/Sao_Paulo"},    {"CA", "America/Toronto"},   {"NP", "Asia/Kathmandu"},
        {"WS", "Pacific/Apia"},         {"AS", "Pacific/Pago_Pago"}, {"IN", "Asia/Kolkata"},
        {"XK", "Europe/Belgrade"},
    };
    for (const auto &[country, zone] : capitals) {
        INFO(country);
        CHECK(CountryTimeZones::instance().zoneOf(QString::fromLatin1(country)) == zone);
    }
}

TEST_CASE("the default zone is one the tz database lists for that country", "[invite][tz]")
{
    QFile table(QStringLiteral("/usr/share/zoneinfo/zone.tab"));
    if (!table.open(QIODevice::ReadOnly)) {
        WARN("no /usr/share/zoneinfo/zone.tab: skipped");
        return;
    }
    QHash<QString, QSet<QByteArray>> listed;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        if (line.startsWith('#') || fields.size() < 3)
            continue;
        listed[QString::fromLatin1(fields.at(0))].insert(fields.at(2));
    }
    // Not in zone.tab: Bouvet and Heard Islands (uninhabited) and Kosovo.
    const QSet<QString> unlisted = {QStringLiteral("BV"), QStringLiteral("HM"),
                                    QStringLiteral("XK")};
    const QHash<QString, QByteArray> &zones = CountryTimeZones::instance().zones();
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        INFO(it.key().toStdString() << " " << it.value().toStdString());
        if (unlisted.contains(it.key()))
            CHECK_FALSE(listed.contains(it.key()));
        else
            CHECK(listed.value(it.key()).contains(it.value()));
    }
}

TEST_CASE("a participant's zone: their own, else their country's, else the consultation's",
          "[invite][tz]")
{
    Consultation c = sampleConsultation();
    Participant p =
        person(QStringLiteral("A"), QStringLiteral("B"), QString(), QStringLiteral("NP"));
    CHECK(EffectiveTimeZone::of(p, c) ==
          EffectiveTimeZone{"Asia/Kathmandu", EffectiveTimeZone::Source::Country});
    p.timeZone = "Asia/Bangkok";
    CHECK(EffectiveTimeZone::of(p, c) ==
          EffectiveTimeZone{"Asia/Bangkok", EffectiveTimeZone::Source::Participant});
    p.timeZone = "Mars/Olympus_Mons"; // not a zone: the country's
    CHECK(EffectiveTimeZone::of(p, c).id == "Asia/Kathmandu");
    p.country.clear();
    CHECK(EffectiveTimeZone::of(p, c) ==
          EffectiveTimeZone{"Asia/Bangkok", EffectiveTimeZone::Source::Consultation});
    p.country = QStringLiteral("ZZ");
    CHECK(EffectiveTimeZone::of(p, c).source == EffectiveTimeZone::Source::Consultation);
    c.timeZone = "Nowhere/Atlantis";
    CHECK(EffectiveTimeZone::of(p, c) == EffectiveTimeZone{"UTC", EffectiveTimeZone::Source::Utc});
    CHECK(EffectiveTimeZone::of(p, c).zone() == QTimeZone::utc());
}

TEST_CASE("the consultation's times across the region, checked against the tz database",
          "[invite][tz]")
{
    struct Case
    {
        const char *zone;
        int offsetMinutes; // what the tz database must say on 28 October 2020
        const char *offset;
        const char *date;
        const char *times;
        const char *deadline; // 2020-10-25T17:00:00Z there
    };
    const QList<Case> cases = {
        {"Asia/Bangkok", 420, "UTC+7", "Wednesday, 28 October 2020", "11:00–14:00",
         "Sunday, 25 October 2020, 24:00"},
        {"Asia/Kathmandu", 345, "UTC+5:45", "Wednesday, 28 October 2020", "09:45–12:45",
         "Sunday, 25 October 2020, 22:45"},
        {"Asia/Kolkata", 330, "UTC+5:30", "Wednesday, 28 October 2020", "09:30–12:30",
         "Sunday, 25 October 2020, 22:30"},
        {"Pacific/Kiritimati", 840, "UTC+14", "Wednesday, 28 October 2020", "18:00–21:00",
         "Monday, 26 October 2020, 07:00"},
        // Pago Pago is still on the previous calendar day.
        {"Pacific/Pago_Pago", -660, "UTC-11", "Tuesday, 27 October 2020", "17:00–20:00",
         "Sunday, 25 October 2020, 06:00"},
        // Summer time in South Australia began on 4 October 2020.
        {"Australia/Adelaide", 630, "UTC+10:30", "Wednesday, 28 October 2020", "14:30–17:30",
         "Monday, 26 October 2020, 03:30"},
        // Samoa still kept summer time in 2020 (it stopped in 2021).
        {"Pacific/Apia", 840, "UTC+14", "Wednesday, 28 October 2020", "18:00–21:00",
         "Monday, 26 October 2020, 07:00"},
        {"Pacific/Chatham", 825, "UTC+13:45", "Wednesday, 28 October 2020", "17:45–20:45",
         "Monday, 26 October 2020, 06:45"},
        {"Pacific/Auckland", 780, "UTC+13", "Wednesday, 28 October 2020", "17:00–20:00",
         "Monday, 26 October 2020, 06:00"},
        {"America/Chicago", -300, "UTC-5", "Tuesday, 27 October 2020", "23:00–02:00 (next day)",
         "Sunday, 25 October 2020, 12:00"},
        {"UTC", 0, "UTC", "Wednesday, 28 October 2020", "04:00–07:00",
         "Sunday, 25 October 2020, 17:00"},
    };
    for (const Case &tc : cases) {
        INFO(tc.zone);
        const QTimeZone zone(tc.zone);
        REQUIRE(zone.isValid());
        CHECK(zone.offsetFromUtc(kStart) == tc.offsetMinutes * 60);
        CHECK(ZoneTimeText::offset(zone, kStart) == QString::fromUtf8(tc.offset));
        CHECK(ZoneTimeText::date(zone, kStart) == QString::fromUtf8(tc.date));
        CHECK(ZoneTimeText::timeRange(zone, kStart, kEnd) == QString::fromUtf8(tc.times));
        CHECK(ZoneTimeText::deadline(zone, kDeadline) == QString::fromUtf8(tc.deadline));
        // The same wall clock as QDateTime computes it from the tz database.
        const QDateTime there = kStart.toTimeZone(zone);
        CHECK(ZoneTimeText::time(zone, kStart) == there.toString(QStringLiteral("HH:mm")));
    }
    CHECK(ZoneTimeText::zoneName(QTimeZone("Asia/Kathmandu"), kStart) ==
          QStringLiteral("Kathmandu time (UTC+5:45)"));
    CHECK(ZoneTimeText::zoneName(QTimeZone("Asia/Ho_Chi_Minh"), kStart) ==
          QStringLiteral("Ho Chi Minh time (UTC+7)"));
    CHECK(ZoneTimeText::zoneName(QTimeZone::utc(), kStart) == QStringLiteral("UTC"));
    CHECK(ZoneTimeText::offset(-(9 * 60 + 30) * 60) == QStringLiteral("UTC-9:30"));
    // Adelaide outside summer time.
    CHECK(ZoneTimeText::offset(QTimeZone("Australia/Adelaide"), utc(2020, 6, 1, 0, 0)) ==
          QStringLiteral("UTC+9:30"));
}

TEST_CASE("invitees read the consultation in their own zone and in the consultation's",
          "[invite][tz]")
{
    const Consultation c = sampleConsultation();
    const PlaceholderValues values(c, {}, kSender);
    Participant pagoPago = person(QStringLiteral("Sina"), QStringLiteral("Tuilagi"),
                                  QStringLiteral("sina@example.org"), QStringLiteral("AS"));
    QHash<QString, QString> v = values.forParticipant(pagoPago);
    CHECK(v.value(QStringLiteral("date_local")) == QStringLiteral("Tuesday, 27 October 2020"));
    CHECK(v.value(QStringLiteral("time_local")) == QStringLiteral("17:00–20:00"));
    CHECK(v.value(QStringLiteral("zone_local")) == QStringLiteral("Pago Pago time (UTC-11)"));
    CHECK(v.value(QStringLiteral("deadline_local")) ==
          QStringLiteral("Sunday, 25 October 2020, 06:00 Pago Pago time (UTC-11)"));
    CHECK(v.value(QStringLiteral("date_consultation")) ==
          QStringLiteral("Wednesday, 28 October 2020"));
    CHECK(v.value(QStringLiteral("time_consultation")) == QStringLiteral("11:00–14:00"));
    CHECK(v.value(QStringLiteral("zone_consultation")) == QStringLiteral("Bangkok time (UTC+7)"));
    CHECK(v.value(QStringLiteral("deadline_consultation")) ==
          QStringLiteral("Sunday, 25 October 2020, 24:00 Bangkok time (UTC+7)"));

    Participant apia = pagoPago;
    apia.country = QStringLiteral("WS");
    v = values.forParticipant(apia);
    CHECK(v.value(QStringLiteral("date_local")) == QStringLiteral("Wednesday, 28 October 2020"));
    CHECK(v.value(QStringLiteral("time_local")) == QStringLiteral("18:00–21:00"));
    CHECK(v.value(QStringLiteral("zone_local")) == QStringLiteral("Apia time (UTC+14)"));

    // The participant's own zone wins over the country's: an Australian in Adelaide.
    Participant adelaide =
        person(QStringLiteral("Kate"), QStringLiteral("Nguyen"), QStringLiteral("kate@example.org"),
               QStringLiteral("AU"), "Australia/Adelaide");
    v = values.forParticipant(adelaide);
    CHECK(v.value(QStringLiteral("time_local")) == QStringLiteral("14:30–17:30"));
    CHECK(v.value(QStringLiteral("zone_local")) == QStringLiteral("Adelaide time (UTC+10:30)"));
    adelaide.timeZone.clear();
    CHECK(values.forParticipant(adelaide).value(QStringLiteral("zone_local")) ==
          QStringLiteral("Sydney time (UTC+11)"));
}

// ---------------------------------------------------------------------------------------
// Templates

TEST_CASE("templates fill placeholders and report the unknown ones", "[invite][template]")
{
    const MessageTemplate t(QStringLiteral("Hello {Name} about {title}"),
                            QStringLiteral("Dear {given_name},\n{{literal}} and {nmae} and "
                                           "{ not one } and {organization}\n{organization}\n"
                                           "  {platform}  \nEnd {nmae}"));
    CHECK(t.placeholders() ==
          QStringList({QStringLiteral("Name"), QStringLiteral("title"),
                       QStringLiteral("given_name"), QStringLiteral("nmae"),
                       QStringLiteral("organization"), QStringLiteral("platform")}));
    CHECK(t.unknownPlaceholders() == QStringList({QStringLiteral("nmae")}));

    const QHash<QString, QString> values = {
        {QStringLiteral("name"), QStringLiteral("สมชาย ศรีสุข")},
        {QStringLiteral("title"), QStringLiteral("A\nB")},
        {QStringLiteral("given_name"), QStringLiteral("สมชาย")},
    };
    const RenderedMessage m = t.render(values);
    CHECK(m.subject == QStringLiteral("Hello สมชาย ศรีสุข about A B"));
    // A placeholder alone on its line with no value takes the line with it.
    CHECK(m.body == QStringLiteral("Dear สมชาย,\n{literal} and {nmae} and { not one } and \nEnd "
                                   "{nmae}"));
    CHECK(m.unknownPlaceholders == QStringList({QStringLiteral("nmae")}));
    CHECK(m.emptyPlaceholders ==
          QStringList({QStringLiteral("organization"), QStringLiteral("platform")}));
    CHECK(m.hasUnknownPlaceholders());
}

TEST_CASE("every known placeholder has a value", "[invite][template]")
{
    Consultation c = sampleConsultation();
    QHash<qint64, Organization> organizations;
    organizations.insert(7, Organization{7, QStringLiteral("Migrant Forum in Asia"),
                                         QStringLiteral("MFA"), QStringLiteral("PH"),
                                         QStringLiteral("civil_society")});
    const PlaceholderValues values(c, organizations, kSender);
    Participant p = person(QStringLiteral("Maria"), QStringLiteral("Santos"),
                           QStringLiteral("maria@example.org"), QStringLiteral("PH"));
    p.jobTitle = QStringLiteral("Advocacy Officer");
    p.organizationId = 7;
    const QHash<QString, QString> v = values.forParticipant(p);
    for (const PlaceholderInfo &info : MessageTemplate::knownPlaceholders()) {
        INFO(info.name.toStdString());
        CHECK_FALSE(v.value(info.name).isEmpty());
        CHECK_FALSE(info.description.isEmpty());
    }
    CHECK(v.value(QStringLiteral("organization")) == QStringLiteral("Migrant Forum in Asia"));
    CHECK(v.value(QStringLiteral("country")) == QStringLiteral("Philippines"));
    CHECK(v.value(QStringLiteral("objective_numbers")) == QStringLiteral("2, 5, 6, 12 and 18"));
    CHECK(v.value(QStringLiteral("objectives"))
              .startsWith(QStringLiteral("   2. Minimize the adverse drivers")));
    CHECK(v.value(QStringLiteral("objectives"))
              .contains(QStringLiteral("\n  12. Strengthen certainty and predictability")));
    CHECK(v.value(QStringLiteral("organizers")) ==
          QStringLiteral(
              "Co-leads: International Labour Organization (ILO), UNESCO\n"
              "Co-designing stakeholders: Pacific Islands Association of Non-Governmental "
              "Organizations (PIANGO), Fiji; Migrant Forum in Asia, Philippines; Tabaco City "
              "Government, Philippines; Solidarity Center, Sri Lanka; South Asian Regional Trade "
              "Union Council (SARTUC), Nepal; UN Major Group for Children and Youth, Malaysia and "
              "Australia\n"
              "Supporting agencies: ESCAP, IOM, OHCHR"));
    CHECK(v.value(QStringLiteral("sender")) == QStringLiteral("GCM Review Secretariat"));
}

TEST_CASE("the default texts carry the concept note's rules", "[invite][template]")
{
    Consultation c = sampleConsultation();
    const MessageTemplate invitation = MessageTemplate::defaultFor(MessageKind::Invitation, c);
    const MessageTemplate reminder = MessageTemplate::defaultFor(MessageKind::Reminder, c);
    CHECK(invitation.unknownPlaceholders().isEmpty());
    CHECK(reminder.unknownPlaceholders().isEmpty());
    for (const MessageTemplate *t : {&invitation, &reminder}) {
        CHECK(t->body().contains(QStringLiteral("Chatham House Rule")));
        CHECK(t->body().contains(QStringLiteral("will not be recorded")));
        CHECK(t->body().contains(QStringLiteral("only one person per organization")));
        CHECK(t->body().contains(QStringLiteral("{deadline_local}")));
        CHECK(t->body().contains(QStringLiteral("{time_local} {zone_local}")));
        CHECK(t->body().contains(QStringLiteral("{time_consultation} {zone_consultation}")));
    }
    CHECK(invitation.body().contains(QStringLiteral("forward this invitation")));
    CHECK(invitation.body().contains(QStringLiteral("{objectives}")));
    CHECK(invitation.body().contains(QStringLiteral("{organizers}")));
    CHECK(invitation.subject().startsWith(QStringLiteral("Invitation: {title}")));
    CHECK(reminder.subject().startsWith(QStringLiteral("Reminder: ")));

    c.maxPerOrganization = 2;
    c.recorded = true;
    const QString two = MessageTemplate::defaultFor(MessageKind::Invitation, c).body();
    CHECK(two.contains(QStringLiteral("no more than 2 people per organization")));
    CHECK(two.contains(QStringLiteral("will be recorded")));
    c.maxPerOrganization = 0;
    c.chathamHouseRule = false;
    const QString open = MessageTemplate::defaultFor(MessageKind::Invitation, c).body();
    CHECK_FALSE(open.contains(QStringLiteral("per organization")));
    CHECK_FALSE(open.contains(QStringLiteral("Chatham")));
    CHECK_FALSE(open.contains(QStringLiteral("\n\n\n")));
}

TEST_CASE("templates, sender and calendar key are kept in the document", "[invite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.consulta"));
    auto document = newDocument();
    const Consultation c = document->store().consultation();
    QString key;
    {
        TemplateStore templates(document->database());
        CHECK_FALSE(templates.customTemplate(MessageKind::Invitation).has_value());
        CHECK(templates.messageTemplate(MessageKind::Invitation, c) ==
              MessageTemplate::defaultFor(MessageKind::Invitation, c));
        CHECK(templates.sender() == Mailbox{});
        Result<QString> made = templates.calendarKey();
        REQUIRE(made.ok());
        key = *made;
        CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(key).hasMatch());

        REQUIRE(templates
                    .setTemplate(MessageKind::Reminder,
                                 MessageTemplate(QStringLiteral("ใกล้หมดเขต {title}"),
                                                 QStringLiteral("عزيزي {name}")))
                    .ok());
        REQUIRE(templates.setSender(kSender).ok());
    }
    REQUIRE(document->saveAs(path).ok());
    document.reset();

    Result<std::unique_ptr<Document>> reopened = Document::open(path);
    REQUIRE(reopened.ok());
    TemplateStore templates(reopened.value()->database());
    CHECK(templates.messageTemplate(MessageKind::Reminder, c) ==
          MessageTemplate(QStringLiteral("ใกล้หมดเขต {title}"), QStringLiteral("عزيزي {name}")));
    CHECK_FALSE(templates.customTemplate(MessageKind::Invitation).has_value());
    CHECK(templates.sender() == kSender);
    CHECK(templates.calendarKey().value() == key);
    REQUIRE(templates.resetTemplate(MessageKind::Reminder).ok());
    CHECK(templates.messageTemplate(MessageKind::Reminder, c) ==
          MessageTemplate::defaultFor(MessageKind::Reminder, c));

    // Two documents never share a key.
    auto other = newDocument();
    CHECK(TemplateStore(other->database()).calendarKey().value() != key);
}

// ---------------------------------------------------------------------------------------
// RFC 5545

TEST_CASE("iCalendar text is escaped and folded at 75 octets without splitting UTF-8",
          "[invite][ics]")
{
    CHECK(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")) ==
          QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));

    QString thai;
    for (int i = 0; i < 40; ++i)
        thai += QStringLiteral("ภาษาไทย ");
    const QByteArray line = "DESCRIPTION:" + IcsWriter::escapeText(thai).toUtf8();
    const QByteArray folded = IcsWriter::foldLine(line);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    CHECK(physical.size() > 5);
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        CHECK(l.size() <= 75);
        if (i > 0) {
            REQUIRE(l.startsWith(' '));
            // The continuation never starts inside a character.
            CHECK((quint8(l.at(1)) & 0xC0) != 0x80);
        }
        CHECK(QString::fromUtf8(l).toUtf8() == l); // each line is valid UTF-8 on its own
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line + "\r\n");
    CHECK(IcsWriter::foldLine("SHORT") == "SHORT\r\n");
    CHECK(IcsWriter::foldLine(QByteArray(75, 'x')) == QByteArray(75, 'x') + "\r\n");
    CHECK(IcsWriter::foldLine(QByteArray(76, 'x')) == QByteArray(75, 'x') + "\r\n x\r\n");
}

TEST_CASE("the calendar UID is stable per consultation and participant", "[invite][ics]")
{
    const QString uid = IcsWriter::uidFor(kCalendarKey, 42);
    CHECK(uid == IcsWriter::uidFor(kCalendarKey, 42));
    CHECK(uid != IcsWriter::uidFor(kCalendarKey, 43));
    CHECK(uid != IcsWriter::uidFor(QStringLiteral("another consultation"), 42));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}@consulta$")).match(uid).hasMatch());
}

TEST_CASE("golden .ics of a meeting request", "[invite][ics][golden]")
{
    IcsEvent event;
    event.uid = IcsWriter::uidFor(kCalendarKey, 1);
    event.stamp = kNow;
    event.start = kStart;
    event.end = kEnd;
    event.summary = QStringLiteral("Stakeholder consultation: safe, orderly; regular\\migration");
    event.description =
        QStringLiteral("Dear สมชาย ศรีสุข,\n\nWhen: Wednesday, 28 October 2020, 11:00–14:00 "
                       "Bangkok time (UTC+7)\nالمشاورة مع أصحاب المصلحة; Chatham House Rule.");
    event.location = QStringLiteral("Zoom");
    event.organizer = {QStringLiteral("GCM \"Review\" Secretariat"),
                       QStringLiteral("gcm-review@example.org")};
    event.attendee = {QStringLiteral("สมชาย ศรีสุข"), QStringLiteral("somchai@example.org")};
    const QByteArray ics = IcsWriter::write(event);
    CHECK_FALSE(ics.contains("\r\n\r\n"));
    CHECK(ics.count('\n') == ics.count("\r\n"));
    checkGolden(QStringLiteral("request.ics"), ics);
}

// ---------------------------------------------------------------------------------------
// RFC 5322 / MIME

TEST_CASE("headers in any script become encoded-words of at most 75 characters", "[invite][eml]")
{
    const QString arabic = QStringLiteral("فاطمة الزهراء عبد الله بن محمد الحسيني");
    const QList<QByteArray> words = EmlWriter::encodedWords(arabic);
    CHECK(words.size() > 1);
    QByteArray decoded;
    for (const QByteArray &word : words) {
        CHECK(word.size() <= 75);
        REQUIRE(word.startsWith("=?UTF-8?B?"));
        REQUIRE(word.endsWith("?="));
        const QByteArray payload = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        CHECK(QString::fromUtf8(payload).toUtf8() == payload); // whole characters only
        decoded += payload;
    }
    CHECK(QString::fromUtf8(decoded) == arabic);

    CHECK(EmlWriter::unstructuredHeader("Subject", QStringLiteral("Short")) ==
          "Subject: Short\r\n");
    const QByteArray folded = EmlWriter::unstructuredHeader(
        "Subject", QStringLiteral("Invitation: Asia-Pacific stakeholder consultation: Ensuring "
                                  "that migration is voluntary, regular, safe and orderly"));
    CHECK(folded == "Subject: Invitation: Asia-Pacific stakeholder consultation: Ensuring that\r\n"
                    " migration is voluntary, regular, safe and orderly\r\n");
    CHECK(EmlWriter::mailboxHeader(
              "To", {QStringLiteral("Dela Cruz, Josefina"), QStringLiteral("jd@example.org")}) ==
          "To: \"Dela Cruz, Josefina\" <jd@example.org>\r\n");
    // A long name stays one encoded-word (see EmlWriter.cpp).
    const QByteArray arabicTo =
        EmlWriter::mailboxHeader("To", {arabic, QStringLiteral("fatima@example.org")});
    CHECK(arabicTo ==
          "To: =?UTF-8?B?" + arabic.toUtf8().toBase64() + "?=\r\n <fatima@example.org>\r\n");
    CHECK(EmlWriter::mailboxHeader("To", {QString(), QStringLiteral("jd@example.org")}) ==
          "To: <jd@example.org>\r\n");
    CHECK(EmlWriter::mailboxHeader("To", {QStringLiteral("X"), QStringLiteral("not an address")})
              .isEmpty());
    // Internationalized domains go out in their ASCII form.
    CHECK(Mailbox{QString(), QStringLiteral("info@บริษัท.ไทย")}.asciiAddress() ==
          "info@xn--o3cf1ay4bq.xn--o3cw4h");
    CHECK(Mailbox{QString(), QStringLiteral("ผู้ใช้@example.org")}.asciiAddress().isEmpty());
    CHECK(EmlWriter::rfc5322Date(kNow) == "Tue, 20 Oct 2020 03:00:00 +0000");
}

TEST_CASE("quoted-printable keeps lines short and text exact", "[invite][eml]")
{
    CHECK(EmlWriter::quotedPrintable(QStringLiteral("a = b \nFrom here\n.\nend")) ==
          "a =3D b=20\r\n=46rom here\r\n=2E\r\nend");
    QString longLine;
    for (int i = 0; i < 30; ++i)
        longLine += QStringLiteral("ศรีสุข ");
    const QByteArray qp = EmlWriter::quotedPrintable(longLine);
    for (const QByteArray &line : qp.split('\n'))
        CHECK(line.size() <= 77); // 76 and the CR
    CHECK(EmlWriter::base64Lines(QByteArray(200, 'x')).split('\n').constFirst().size() == 77);
}

TEST_CASE("golden .eml of an invitation with a calendar request", "[invite][eml][golden]")
{
    EmailMessage message;
    message.from = kSender;
    message.to = {QStringLiteral("สมชาย ศรีสุข"), QStringLiteral("somchai@example.org")};
    message.subject = QStringLiteral("Invitation for สมชาย ศรีสุข: Stakeholder consultation on "
                                     "the Global Compact for Migration");
    message.body = QStringLiteral("Dear สมชาย,\n\nFrom 11:00 = the start; a line with a trailing "
                                  "space \nand a long line that goes on and on past seventy-six "
                                  "characters so that it needs a soft line break.\n");
    message.date = kNow;
    message.messageId = "4f1c2a9e7b3d5f60@example.org";
    message.calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    Result<QByteArray> eml = EmlWriter::write(message);
    REQUIRE(eml.ok());
    checkGolden(QStringLiteral("message.eml"), *eml);
    // ASCII only, CRLF only, no line over 78 octets.
    for (char c : *eml)
        CHECK(quint8(c) < 0x80);
    CHECK(eml->count('\n') == eml->count("\r\n"));
    for (const QByteArray &line : eml->split('\n'))
        CHECK(line.size() <= 79);

    message.to.address = QStringLiteral("no address");
    CHECK_FALSE(EmlWriter::write(message).ok());
}

// ---------------------------------------------------------------------------------------
// The run

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> document = newDocument();
    Participant thai = person(QStringLiteral("สมชาย"), QStringLiteral("ศรีสุข"),
                              QStringLiteral("somchai@example.org"), QStringLiteral("TH"));
    Participant arabic = person(QStringLiteral("فاطمة"), QStringLiteral("الزهراء عبد الله الحسيني"),
                                QStringLiteral("fatima@example.org"), QStringLiteral("AF"));
    Participant kathmandu = person(QStringLiteral("Sita"), QStringLiteral("Sharma"),
                                   QStringLiteral("sita@example.org"), QStringLiteral("NP"));
    Participant pagoPago = person(QStringLiteral("Sina"), QStringLiteral("Tuilagi"),
                                  QStringLiteral("sina@example.org"), QStringLiteral("AS"));
    Participant noEmail =
        person(QStringLiteral("Ana"), QStringLiteral("Lima"), QString(), QStringLiteral("TL"));
    Participant forwarded = person(QStringLiteral("Aroha"), QStringLiteral("Ngata"),
                                   QStringLiteral("aroha@example.org"), QStringLiteral("NZ"));
    Participant registered = person(QStringLiteral("Li"), QStringLiteral("Wei"),
                                    QStringLiteral("li.wei@example.org"), QStringLiteral("CN"));
    Participant invited = person(QStringLiteral("Dilnoza"), QStringLiteral("Karimova"),
                                 QStringLiteral("dilnoza@example.org"), QStringLiteral("UZ"));

    Fixture()
    {
        ConsultationStore &store = document->store();
        forwarded.origin = Origin::Forwarded;
        forwarded.forwardedBy = QStringLiteral("Migrant Forum in Asia");
        registered.status = Status::Registered;
        registered.registeredAt = utc(2020, 10, 15, 9, 0);
        invited.status = Status::Invited;
        for (Participant *p :
             {&thai, &arabic, &kathmandu, &pagoPago, &noEmail, &forwarded, &registered, &invited})
            add(store, *p);
        REQUIRE(TemplateStore(document->database()).setSender(kSender).ok());
    }

    ConsultationStore &store() { return document->store(); }
    QString folder() const { return dir.filePath(QStringLiteral("out")); }

    InvitationRun run(MessageKind kind)
    {
        InvitationRun r(store(), kind);
        r.setNow(kNow);
        r.setCalendarKey(kCalendarKey);
        return r;
    }
};

} // namespace

TEST_CASE("golden .eml of the default invitation to a participant in Kathmandu", "[invite][golden]")
{
    Fixture f;
    InvitationRun run = f.run(MessageKind::Invitation);
    const RenderedMessage preview = run.preview(f.kathmandu);
    CHECK(preview.unknownPlaceholders.isEmpty());
    CHECK(preview.emptyPlaceholders.isEmpty());
    CHECK(preview.body.contains(
        QStringLiteral("When: Wednesday, 28 October 2020, 09:45–12:45 Kathmandu time (UTC+5:45)\n"
                       "      (Wednesday, 28 October 2020, 11:00–14:00 Bangkok time (UTC+7))")));
    CHECK(preview.body.contains(QStringLiteral("register by Sunday, 25 October 2020, 22:45 "
                                               "Kathmandu time (UTC+5:45), that is Sunday, 25 "
                                               "October 2020, 24:00 Bangkok time (UTC+7).")));
    Result<QByteArray> eml = run.messageFor(f.kathmandu);
    REQUIRE(eml.ok());
    checkGolden(QStringLiteral("invitation-kathmandu.eml"), *eml);
    checkGolden(QStringLiteral("invitation-kathmandu.ics"), run.calendarFor(f.kathmandu));

    const RenderedMessage pago = run.preview(f.pagoPago);
    CHECK(pago.body.contains(
        QStringLiteral("When: Tuesday, 27 October 2020, 17:00–20:00 Pago Pago time (UTC-11)")));
}

TEST_CASE("a message with Thai and Arabic names opens in Python's email package",
          "[invite][eml][python]")
{
    Fixture f;
    InvitationRun run = f.run(MessageKind::Invitation);
    run.setSender(
        {QStringLiteral("أمانة المشاورات الإقليمية"), QStringLiteral("gcm-review@example.org")});
    run.setTemplate(MessageTemplate(
        QStringLiteral("دعوة – คำเชิญ: {name}, {title}"),
        MessageTemplate::defaultFor(MessageKind::Invitation, f.store().consultation()).body()));
    Result<InvitationOutcome> outcome = run.run({f.thai, f.arabic}, f.folder());
    REQUIRE(outcome.ok());
    REQUIRE(outcome->written.size() == 2);

    // Parses each message with the standard library's modern parser and its .ics with a
    // small RFC 5545 reader (unfold, split name;params:value, unescape TEXT).
    const QString script = QStringLiteral(R"py(
import email, email.policy, json, sys

def split_property(line):
    # name;param=value;param="quoted: value":value
    inside = False
    for i, c in enumerate(line):
        if c == '"':
            inside = not inside
        elif c == ':' and not inside:
            return line[:i], line[i + 1:]
    raise ValueError(line)

def properties(ics):
    props = []
    for line in ics.replace('\r\n ', '').replace('\r\n\t', '').split('\r\n'):
        if line:
            head, value = split_property(line)
            name, *params = head.split(';')
            props.append({'name': name, 'params': params, 'value': value})
    return props

def unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == '\\' and i + 1 < len(value):
            out.append('\n' if value[i + 1] in 'nN' else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return ''.join(out)

result = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    to = msg['To'].addresses[0]
    sender = msg['From'].addresses[0]
    inline = [p for p in msg.walk() if p.get_content_type() == 'text/calendar']
    attachments = [p for p in msg.walk() if p.get_filename()]
    raw = attachments[0].get_content()  # bytes of the .ics file
    ics = raw.decode('utf-8')
    props = properties(ics)
    first = {}
    for p in props:
        first.setdefault(p['name'], p)
    attendee = first['ATTENDEE']
    cn = [p.split('=', 1)[1].strip('"') for p in attendee['params'] if p.startswith('CN=')]
    result.append({
        'to_name': to.display_name, 'to_address': to.addr_spec,
        'from_name': sender.display_name, 'subject': str(msg['Subject']),
        'defects': len(msg.defects) + sum(len(p.defects) for p in msg.walk()),
        'body': msg.get_body(('plain',)).get_content().replace('\r\n', '\n'),
        'inline_method': inline[0].get_param('method'),
        'inline_same': inline[0].get_content().replace('\r\n', '\n') == ics.replace('\r\n', '\n'),
        'attachment': attachments[0].get_filename(),
        'crlf_only': raw.count(b'\n') == raw.count(b'\r\n'),
        'lines_fit': all(len(l) <= 75 for l in raw.split(b'\r\n')),
        'method': first['METHOD']['value'], 'uid': first['UID']['value'],
        'dtstart': first['DTSTART']['value'], 'dtend': first['DTEND']['value'],
        'summary': unescape(first['SUMMARY']['value']),
        'description': unescape(first['DESCRIPTION']['value']),
        'attendee_cn': cn[0] if cn else '', 'attendee': attendee['value'],
        'rsvp': 'RSVP=TRUE' in attendee['params'],
        'organizer': first['ORGANIZER']['value'],
        'begin': [p['value'] for p in props if p['name'] == 'BEGIN'],
    })
print(json.dumps(result))
)py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("python3 is missing: the check with Python's email package was skipped");
        return;
    }
    QProcess process;
    QStringList arguments{QStringLiteral("-c"), script};
    for (const WrittenMessage &written : outcome->written)
        arguments.append(written.path);
    process.start(python, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    REQUIRE(results.size() == 2);

    const QList<Participant> people = {f.thai, f.arabic};
    const QString title = f.store().consultation().title;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject r = results.at(i).toObject();
        const Participant &p = people.at(i);
        INFO(p.displayName().toStdString());
        CHECK(r.value(QStringLiteral("defects")).toInt() == 0);
        CHECK(r.value(QStringLiteral("to_name")).toString() == p.displayName());
        CHECK(r.value(QStringLiteral("to_address")).toString() == p.email);
        CHECK(r.value(QStringLiteral("from_name")).toString() ==
              QStringLiteral("أمانة المشاورات الإقليمية"));
        CHECK(r.value(QStringLiteral("subject")).toString() ==
              QStringLiteral("دعوة – คำเชิญ: ") + p.displayName() + QStringLiteral(", ") + title);
        CHECK(r.value(QStringLiteral("body")).toString() == run.preview(p).body);
        CHECK(r.value(QStringLiteral("inline_method")).toString() == QStringLiteral("REQUEST"));
        CHECK(r.value(QStringLiteral("inline_same")).toBool());
        CHECK(r.value(QStringLiteral("attachment")).toString() == QStringLiteral("invitation.ics"));
        CHECK(r.value(QStringLiteral("crlf_only")).toBool());
        CHECK(r.value(QStringLiteral("lines_fit")).toBool());
        CHECK(r.value(QStringLiteral("method")).toString() == QStringLiteral("REQUEST"));
        CHECK(r.value(QStringLiteral("uid")).toString() == IcsWriter::uidFor(kCalendarKey, p.id));
        CHECK(r.value(QStringLiteral("dtstart")).toString() == QStringLiteral("20201028T040000Z"));
        CHECK(r.value(QStringLiteral("dtend")).toString() == QStringLiteral("20201028T070000Z"));
        CHECK(r.value(QStringLiteral("summary")).toString() == title);
        CHECK(r.value(QStringLiteral("description")).toString() == run.preview(p).body);
        CHECK(r.value(QStringLiteral("attendee_cn")).toString() == p.displayName());
        CHECK(r.value(QStringLiteral("attendee")).toString() ==
              QStringLiteral("mailto:") + p.email);
        CHECK(r.value(QStringLiteral("rsvp")).toBool());
        CHECK(r.value(QStringLiteral("organizer")).toString() ==
              QStringLiteral("mailto:gcm-review@example.org"));
        CHECK(r.value(QStringLiteral("begin")).toArray() ==
              QJsonArray({QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT")}));
    }
}

TEST_CASE("inviting writes one message each and marks the identified invited in one step",
          "[invite][run]")
{
    Fixture f;
    InvitationRun run = f.run(MessageKind::Invitation);
    REQUIRE(run.readiness().ok());
    const QList<Participant> identified = run.recipients();
    CHECK(identified.size() == 6);

    // A file of that name is already there: it is kept, the new one gets another name.
    test::writeAll(QDir(f.folder()).filePath(QStringLiteral("Invitation - Sita Sharma.eml")),
                   "someone else's");
    QList<int> progress;
    Result<InvitationOutcome> outcome =
        run.run(identified + QList<Participant>{f.registered, f.thai}, f.folder(),
                [&](int done, int total) {
                    progress.append(done);
                    CHECK(total == 8);
                    return true;
                });
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->cancelled);
    CHECK(progress == QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8}));
    CHECK(outcome->written.size() == 6); // five identified with an address and the registered
    REQUIRE(outcome->skipped.size() == 2);
    CHECK(outcome->skipped.at(0).participantId == f.noEmail.id);
    CHECK(outcome->skipped.at(0).reason == QStringLiteral("no e-mail address"));
    CHECK(outcome->skipped.at(1).participantId == f.thai.id);
    CHECK(outcome->skipped.at(1).reason == QStringLiteral("listed twice"));
    CHECK(QSet<qint64>(outcome->markedInvited.cbegin(), outcome->markedInvited.cend()) ==
          QSet<qint64>({f.thai.id, f.arabic.id, f.kathmandu.id, f.pagoPago.id, f.forwarded.id}));

    const QStringList files = emlFiles(f.folder());
    CHECK(files.contains(QStringLiteral("Invitation - สมชาย ศรีสุข.eml")));
    CHECK(files.contains(QStringLiteral("Invitation - فاطمة الزهراء عبد الله الحسيني.eml")));
    CHECK(files.contains(QStringLiteral("Invitation - Sita Sharma (2).eml")));
    CHECK(
        test::readAll(QDir(f.folder()).filePath(QStringLiteral("Invitation - Sita Sharma.eml"))) ==
        "someone else's");
    CHECK(files.size() == 7);
    for (const WrittenMessage &written : outcome->written)
        CHECK(QFileInfo(written.path).isFile());

    ConsultationStore &store = f.store();
    CHECK(store.participant(f.thai.id)->status == Status::Invited);
    CHECK(store.participant(f.noEmail.id)->status == Status::Identified);
    CHECK(store.participant(f.registered.id)->status == Status::Registered); // not demoted
    CHECK(store.participant(f.registered.id)->registeredAt == f.registered.registeredAt);
    const QList<StatusChange> history = store.statusHistory(f.thai.id);
    REQUIRE(history.size() == 1);
    CHECK(history.constFirst().from == Status::Identified);
    CHECK(history.constFirst().to == Status::Invited);
    CHECK(history.constFirst().at == kNow);
    // How the forwarded person came in is kept.
    const Participant forwarded = *store.participant(f.forwarded.id);
    CHECK(forwarded.status == Status::Invited);
    CHECK(forwarded.origin == Origin::Forwarded);
    CHECK(forwarded.forwardedBy == QStringLiteral("Migrant Forum in Asia"));

    // Nobody identified with an address is left.
    CHECK(run.recipients().size() == 1);
    CHECK(run.recipients().constFirst().id == f.noEmail.id);
}

TEST_CASE("namesakes get their own files and file names are safe", "[invite][run]")
{
    Fixture f;
    Participant twin = f.kathmandu;
    twin.id = 0;
    twin.email = QStringLiteral("sita.two@example.org");
    add(f.store(), twin);
    Participant tricky = person(QStringLiteral("CON"), QString(), QStringLiteral("c@example.org"),
                                QStringLiteral("IN"));
    add(f.store(), tricky);
    Participant spoof = person(QStringLiteral("a/b\\c:d*e?\u202Egpj.exe"), QStringLiteral("..."),
                               QStringLiteral("s@example.org"), QStringLiteral("IN"));
    add(f.store(), spoof);
    InvitationRun run = f.run(MessageKind::Invitation);
    CHECK(run.fileBaseName(tricky) == QStringLiteral("Invitation - CON_"));
    CHECK(run.fileBaseName(spoof) == QStringLiteral("Invitation - a b c d e gpj.exe"));
    Participant nobody;
    nobody.id = 99;
    CHECK(run.fileBaseName(nobody) == QStringLiteral("Invitation - participant 99"));

    Result<InvitationOutcome> outcome = run.run({f.kathmandu, twin, tricky, spoof}, f.folder());
    REQUIRE(outcome.ok());
    CHECK(emlFiles(f.folder()) ==
          QStringList({QStringLiteral("Invitation - CON_.eml"),
                       QStringLiteral("Invitation - Sita Sharma (2).eml"),
                       QStringLiteral("Invitation - Sita Sharma.eml"),
                       QStringLiteral("Invitation - a b c d e gpj.exe.eml")}));
}

TEST_CASE("a cancelled run keeps and records what it wrote", "[invite][run]")
{
    Fixture f;
    InvitationRun run = f.run(MessageKind::Invitation);
    Result<InvitationOutcome> outcome = run.run({f.thai, f.arabic, f.kathmandu, f.pagoPago},
                                                f.folder(), [](int done, int) { return done < 2; });
    REQUIRE(outcome.ok());
    CHECK(outcome->cancelled);
    CHECK(outcome->written.size() == 2);
    CHECK(outcome->markedInvited == QList<qint64>({f.thai.id, f.arabic.id}));
    CHECK(emlFiles(f.folder()).size() == 2);
    CHECK(f.store().participant(f.kathmandu.id)->status == Status::Identified);
}

TEST_CASE("a run that cannot go ahead writes nothing and changes nothing", "[invite][run]")
{
    Fixture f;
    {
        InvitationRun run = f.run(MessageKind::Invitation);
        run.setTemplate(MessageTemplate(QStringLiteral("Hi {nmae}"), QStringLiteral("{name}")));
        const Result<void> ready = run.readiness();
        REQUIRE_FALSE(ready.ok());
        CHECK(ready.errorMessage().contains(QStringLiteral("{nmae}")));
        CHECK_FALSE(run.run({f.thai}, f.folder()).ok());
    }
    {
        InvitationRun run = f.run(MessageKind::Invitation);
        run.setSender({});
        CHECK(run.readiness().errorMessage().contains(QStringLiteral("No sender")));
        // The preview works all the same.
        CHECK(run.preview(f.thai).body.startsWith(QStringLiteral("Dear สมชาย ศรีสุข,")));
    }
    {
        // The folder is a file: nothing is written, nobody changes.
        const QString file = f.dir.filePath(QStringLiteral("a-file"));
        test::writeAll(file, "x");
        InvitationRun run = f.run(MessageKind::Invitation);
        CHECK_FALSE(run.run({f.thai}, file).ok());
    }
    {
        Consultation c = f.store().consultation();
        c.startsAt = QDateTime();
        REQUIRE(f.store().setConsultation(c).ok());
        InvitationRun run = f.run(MessageKind::Invitation);
        CHECK(run.readiness().errorMessage().contains(QStringLiteral("start and end")));
    }
    CHECK(f.store().participant(f.thai.id)->status == Status::Identified);
    CHECK(f.store().statusHistory(f.thai.id).isEmpty());
    CHECK(emlFiles(f.folder()).isEmpty());
}

TEST_CASE("reminders go to the invited who have not registered, before the deadline",
          "[invite][run]")
{
    Fixture f;
    REQUIRE(f.store().setStatus({f.thai.id}, Status::Invited, kNow).ok());
    InvitationRun run = f.run(MessageKind::Reminder);
    const QList<Participant> recipients = run.recipients(Status::Identified); // status ignored
    REQUIRE(recipients.size() == 2);
    CHECK(recipients.at(0).id == f.thai.id);
    CHECK(recipients.at(1).id == f.invited.id);

    const RenderedMessage preview = run.preview(recipients.at(1));
    CHECK(preview.subject.startsWith(QStringLiteral("Reminder: registration for the ")));
    CHECK(preview.body.contains(QStringLiteral("Registration closes on Sunday, 25 October 2020, "
                                               "22:00 Tashkent time (UTC+5)")));
    CHECK(preview.unknownPlaceholders.isEmpty());

    Result<InvitationOutcome> outcome =
        run.run(recipients + QList<Participant>{f.registered}, f.folder());
    REQUIRE(outcome.ok());
    CHECK(outcome->written.size() == 2);
    REQUIRE(outcome->skipped.size() == 1);
    CHECK(outcome->skipped.constFirst().participantId == f.registered.id);
    CHECK(outcome->markedInvited.isEmpty());
    CHECK(emlFiles(f.folder()) == QStringList({QStringLiteral("Reminder - Dilnoza Karimova.eml"),
                                               QStringLiteral("Reminder - สมชาย ศรีสุข.eml")}));
    CHECK(f.store().statusHistory(f.invited.id).isEmpty());
    // The reminder's calendar request updates the invitation's event: the same UID.
    CHECK(run.calendarFor(f.thai).contains(
        "UID:" + IcsWriter::uidFor(kCalendarKey, f.thai.id).toUtf8() + "\r\n"));

    run.setNow(kDeadline);
    CHECK(run.readiness().errorMessage().contains(QStringLiteral("Registration has closed")));
    CHECK_FALSE(run.run(recipients, f.folder()).ok());
}

TEST_CASE("an organization at its limit of registered people", "[invite][limit]")
{
    auto document = newDocument();
    ConsultationStore &store = document->store();
    Result<qint64> organization =
        store.addOrganization({0, QStringLiteral("Solidarity Center"), QString(),
                               QStringLiteral("LK"), QStringLiteral("trade_union")});
    REQUIRE(organization.ok());
    Participant first = person(QStringLiteral("A"), QStringLiteral("One"),
                               QStringLiteral("a@example.org"), QStringLiteral("LK"));
    first.organizationId = *organization;
    Participant second = first;
    second.email = QStringLiteral("b@example.org");
    add(store, first);
    add(store, second);
    CHECK_FALSE(OrganizationLimit::isAtLimit(store, *organization));
    REQUIRE(store.setStatus({first.id}, Status::Registered, kNow).ok());
    CHECK(OrganizationLimit::registeredCount(store, *organization) == 1);
    CHECK(OrganizationLimit::isAtLimit(store, *organization));
    CHECK_FALSE(OrganizationLimit::isAtLimit(store, *organization, first.id));
    CHECK_FALSE(OrganizationLimit::isAtLimit(store, 0));
    Consultation c = store.consultation();
    c.maxPerOrganization = 2;
    REQUIRE(store.setConsultation(c).ok());
    CHECK_FALSE(OrganizationLimit::isAtLimit(store, *organization));
    REQUIRE(store.setStatus({second.id}, Status::Attended, kNow).ok());
    CHECK(OrganizationLimit::isAtLimit(store, *organization));
    c.maxPerOrganization = 0;
    REQUIRE(store.setConsultation(c).ok());
    CHECK_FALSE(OrganizationLimit::isAtLimit(store, *organization));
}
