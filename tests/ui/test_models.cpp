// Every table model of the window under QAbstractItemModelTester, through the changes
// the window makes to them: filtering, sorting, edits, undo.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "ConsultationPage.h"
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "OrganizationTableModel.h"
#include "OrganizationsPage.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "StatusActions.h"
#include "TeamTableModel.h"
#include "commands/SaveOrganizationCommand.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QUndoStack>

using namespace consulta;
using consulta::test::ScriptedPrompts;
using consulta::test::UiFixture;

TEST_CASE("The participant model passes the model tester", "[ui][model]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    ParticipantTableModel *model = window.documentWidget()->participantsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column) {
        model->sort(column, Qt::AscendingOrder);
        model->sort(column, Qt::DescendingOrder);
    }
    ParticipantFilter filter;
    filter.status = Status::Registered;
    model->setFilter(filter);
    const int registered = model->rowCount();
    CHECK(registered > 0);
    CHECK(registered < model->totalCount());
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, ParticipantTableModel::StatusColumn).data().toString() ==
              statusLabel(Status::Registered));

    // Declining a registered person drops them from this filtered view.
    StatusActions actions(session, nullptr);
    REQUIRE(actions.apply({model->idAt(0)}, Status::Declined));
    CHECK(model->rowCount() == registered - 1);
    session.undoStack()->undo();
    CHECK(model->rowCount() == registered);

    filter = {};
    filter.text = QStringLiteral("example");
    model->setFilter(filter);
    CHECK(model->rowCount() > 0);
    model->setFilter({});
    CHECK(model->rowCount() == model->totalCount());

    // Subregions show as codes, and the two that are not codes as capitalized words.
    QSet<QString> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->index(row, ParticipantTableModel::SubregionColumn).data().toString());
    CHECK(shown.contains(QStringLiteral("SEA")));
    CHECK(shown.contains(QStringLiteral("Outside")));
    CHECK_FALSE(shown.contains(QStringLiteral("outside")));
    CHECK_FALSE(shown.contains(QStringLiteral("unknown")));
}

TEST_CASE("The organization model passes the model tester and follows edits", "[ui][model]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    OrganizationTableModel *model = window.documentWidget()->organizationsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() > 0);

    // The pool counts add up to everyone with an organization.
    int pool = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        pool += model->index(row, OrganizationTableModel::PoolColumn).data().toInt();
    int withOrganization = 0;
    for (const ParticipantIndex::Entry &entry : session.index().entries())
        withOrganization += entry.organizationId != 0 ? 1 : 0;
    CHECK(pool == withOrganization);

    // Changing an organization's category moves its people to that sector.
    Organization before = model->organizationAt(0);
    Organization after = before;
    after.category = before.category == QStringLiteral("media") ? QStringLiteral("youth")
                                                                : QStringLiteral("media");
    session.undoStack()->push(new SaveOrganizationCommand(session, before, after));
    ParticipantFilter filter;
    filter.sector = after.category;
    ParticipantTableModel *people = window.documentWidget()->participantsPage()->model();
    people->setFilter(filter);
    bool found = false;
    for (int row = 0; row < people->rowCount(); ++row) {
        if (session.index().entry(people->idAt(row))->organizationId == before.id)
            found = true;
    }
    CHECK(
        (found ||
         model->index(model->rowOf(before.id), OrganizationTableModel::PoolColumn).data().toInt() ==
             0));
    session.undoStack()->undo();
    CHECK(session.store().organization(before.id)->category == before.category);
}

TEST_CASE("The organizing team model passes the model tester and edits undo", "[ui][model]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    TeamTableModel *model = window.documentWidget()->consultationPage()->teamModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int members = model->rowCount();
    REQUIRE(members > 0);

    model->appendMember();
    CHECK(model->rowCount() == members + 1);
    const QModelIndex country = model->index(members, TeamTableModel::CountryColumn);
    CHECK(model->setData(country, QStringLiteral("Viet Nam")));
    CHECK(session.consultation().organizingTeam.constLast().country == QStringLiteral("VN"));
    CHECK_FALSE(model->setData(country, QStringLiteral("Atlantis")));
    CHECK(model->setData(model->index(members, TeamTableModel::OrganizationColumn),
                         QStringLiteral("Pacific Islands Forum")));
    CHECK(session.undoStack()->count() == 3); // add, country, organization: three steps

    session.undoStack()->undo();
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(model->rowCount() == members);
    CHECK_FALSE(session.isModified());
    model->removeMember(0);
    CHECK(model->rowCount() == members - 1);
}
