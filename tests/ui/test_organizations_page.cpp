// The organizations page of the real window: deleting an organization asks first, keeps
// its people without one, and undo puts everything back.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "OrganizationTableModel.h"
#include "OrganizationsPage.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"

#include <QAction>
#include <QTableView>
#include <QUndoStack>

using namespace consulta;
using consulta::test::ScriptedPrompts;
using consulta::test::UiFixture;

TEST_CASE("Deleting an organization asks, keeps its people, and undoes", "[ui][organizations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    OrganizationsPage *page = window.documentWidget()->organizationsPage();
    ConsultationStore &store = session.store();

    // The organization with the most people.
    QHash<qint64, QList<qint64>> people;
    for (const Participant &p : store.participants()) {
        if (p.organizationId != 0)
            people[p.organizationId].append(p.id);
    }
    qint64 organizationId = 0;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (organizationId == 0 || it->size() > people.value(organizationId).size())
            organizationId = it.key();
    }
    REQUIRE(people.value(organizationId).size() >= 2);
    const Organization organization = *store.organization(organizationId);
    const int organizations = page->model()->rowCount();
    const QList<qint64> members = people.value(organizationId);

    REQUIRE(page->selectOrganization(organizationId));
    prompts.confirmAnswer = false;
    CHECK_FALSE(page->removeOrganization());
    CHECK(prompts.confirmCount == 1);
    CHECK(store.organization(organizationId).has_value());

    prompts.confirmAnswer = true;
    auto *deleteKey =
        page->view()->findChild<QAction *>(QStringLiteral("actionDeleteOrganization"));
    REQUIRE(deleteKey != nullptr);
    deleteKey->trigger();
    CHECK(prompts.confirmCount == 2);
    CHECK_FALSE(store.organization(organizationId).has_value());
    CHECK(page->model()->rowCount() == organizations - 1);
    for (qint64 id : members) {
        CHECK(store.participant(id)->organizationId == 0);
        CHECK(session.index().entry(id)->organizationId == 0);
    }
    CHECK(session.isModified());

    session.undoStack()->undo();
    CHECK(*store.organization(organizationId) == organization);
    CHECK(page->model()->rowCount() == organizations);
    for (qint64 id : members)
        CHECK(store.participant(id)->organizationId == organizationId);
    // The participants table shows the organization again.
    ParticipantsPage *participants = window.documentWidget()->participantsPage();
    const int row = participants->model()->rowOf(members.first());
    REQUIRE(row >= 0);
    CHECK(participants->model()
              ->index(row, ParticipantTableModel::OrganizationColumn)
              .data()
              .toString() == organization.name);

    session.undoStack()->redo();
    CHECK_FALSE(store.organization(organizationId).has_value());
    session.undoStack()->clear();
}

TEST_CASE("Edit and Delete Organization are offered only for a current organization",
          "[ui][organizations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    OrganizationsPage *page = window.documentWidget()->organizationsPage();
    auto *deleteKey =
        page->view()->findChild<QAction *>(QStringLiteral("actionDeleteOrganization"));
    REQUIRE(deleteKey != nullptr);
    page->view()->setCurrentIndex({});
    CHECK_FALSE(deleteKey->isEnabled());
    const qint64 first =
        page->view()->model()->index(0, 0).data(OrganizationTableModel::IdRole).toLongLong();
    REQUIRE(page->selectOrganization(first));
    CHECK(deleteKey->isEnabled());
}
