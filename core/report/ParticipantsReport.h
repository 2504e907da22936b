#pragma once

#include "ReportDocument.h"
#include "model/Consultation.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace consulta {

class ConsultationStore;

// The list of participants for the secretariat's own use: name (as written, any
// script), organization, country and status, grouped by a chosen field with a count per
// group, people sorted by family name then given name within a group. The table's
// heading row repeats on every page; the renderer adds the running header and page
// numbers. This report holds personal data: it is never made for sharing outside.
class ParticipantsReport
{
public:
    enum class GroupBy
    {
        None,
        Organization,
        Country,
        Subregion,
        Status,
        Sector,
    };

    struct Options
    {
        std::optional<Stage> stage; // only the people of this stage; everyone when unset
        GroupBy groupBy = GroupBy::Organization;
        bool landscape = false;
        QDateTime generatedAt; // "Prepared …" in the header when valid
    };

    ParticipantsReport(Consultation consultation, QList<Participant> participants,
                       QList<Organization> organizations, Options options);
    static ParticipantsReport fromStore(const ConsultationStore &store, const Options &options);

    // "none", "organization", "country", "subregion", "status", "sector".
    static QString groupByCode(GroupBy groupBy);
    static std::optional<GroupBy> groupByFromCode(const QString &code);
    static QString groupByLabel(GroupBy groupBy);

    // The people the report lists (after the stage filter), in report order.
    int rowCount() const;

    // The particulars as HTML, then the list as a ReportTable.
    ReportDocument document() const;
    // document().toHtml(): the whole report as one HTML document.
    QString html() const;

private:
    struct Row;
    QList<Row> rows() const;

    Consultation m_consultation;
    QList<Participant> m_participants;
    QList<Organization> m_organizations;
    Options m_options;
};

} // namespace consulta
