#include "BenchConsultation.h"

#include "reference/ReferenceData.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"
#include "store/SqliteDatabase.h"

namespace consulta::bench {

bool buildConsultation(const QString &path, int count)
{
    auto created = Document::createNew(sampleConsultation());
    if (!created)
        return false;
    Document &document = *created.value();
    ConsultationStore &store = document.store();
    const QStringList given = {
        QStringLiteral("Maria"), QStringLiteral("José"),   QStringLiteral("Nguyễn"),
        QStringLiteral("สมชาย"), QStringLiteral("សុខា"),    QStringLiteral("အောင်"),
        QStringLiteral("प्रिया"), QStringLiteral("美玲"),   QStringLiteral("فاطمة"),
        QStringLiteral("서연"),  QStringLiteral("Tevita"), QStringLiteral("ফাতেমা")};
    const QStringList family = {
        QStringLiteral("Santos"), QStringLiteral("Núñez"),  QStringLiteral("Trần"),
        QStringLiteral("ใจดี"),    QStringLiteral("ចាន់"),    QStringLiteral("ကျော်"),
        QStringLiteral("शर्मा"),   QStringLiteral("王"),     QStringLiteral("خان"),
        QStringLiteral("김"),     QStringLiteral("Fifita"), QStringLiteral("පෙරේරා")};
    const QList<EscapMember> &members = ReferenceData::instance().escapMembers();
    QStringList categories = ReferenceData::instance().categoryCodes();
    categories.append(QString()); // some organizations without a category
    SqliteTransaction transaction(document.database());
    QList<qint64> organizations;
    for (int i = 0; i < 2000; ++i) {
        Organization organization;
        organization.name = QStringLiteral("Organization %1 for Migrant Rights").arg(i);
        organization.country = members.at(i % members.size()).iso2;
        organization.category = categories.at(i % categories.size());
        const Result<qint64> id = store.addOrganization(organization);
        if (!id)
            return false;
        organizations.append(*id);
    }
    const QList<Status> statuses = allStatuses();
    const QDateTime deadline = sampleConsultation().registrationDeadline;
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.givenName = given.at(i % given.size());
        p.familyName = family.at((i / given.size()) % family.size()) + QString::number(i);
        p.email = QStringLiteral("person%1@example.org").arg(i);
        p.gender = static_cast<Gender>(i % 7 % 4);
        p.organizationId = i % 50 == 0 ? 0 : organizations.at(i % organizations.size());
        p.country = i % 97 == 0 ? QStringLiteral("CH") : members.at((i * 7) % members.size()).iso2;
        p.status = statuses.at(i % statuses.size());
        if (isInStage(p.status, Stage::Registered))
            p.registeredAt = deadline.addSecs((i % 1000 - 900) * 600);
        if (!store.addParticipant(p))
            return false;
    }
    if (!transaction.commit())
        return false;
    return document.saveAs(path).ok();
}

} // namespace consulta::bench
