// Keyboard use of the real window: no two mnemonics (Alt+letter) clash on a page or with
// the menu bar, and Tab walks the Consultation page in reading order.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WindowAccess.h"

#include "ConsultationPage.h"
#include "CountryComboBox.h"
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantDialog.h"
#include "TeamTableModel.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

using namespace consulta;
using consulta::test::ScriptedPrompts;
using consulta::test::session;
using consulta::test::UiFixture;

namespace {

// The letter after a single '&', lower-case; null when the text has none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        // "Migrants & Refugees" in data is no mnemonic.
        return text.at(i + 1).isLetterOrNumber() ? text.at(i + 1).toLower() : QChar();
    }
    return {};
}

// Mnemonic letter → the texts that use it, in one page or dialog plus the menu bar (when
// there is one).
QMultiHash<QChar, QString> mnemonicsOf(QWidget *page, QMenuBar *menuBar)
{
    QMultiHash<QChar, QString> used;
    auto add = [&](const QString &text) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            used.insert(letter, text);
    };
    if (menuBar) {
        for (QAction *action : menuBar->actions())
            add(action->text());
    }
    for (auto *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page))
            add(button->text());
    }
    for (auto *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(page))
            add(label->text());
    }
    for (auto *box : page->findChildren<QGroupBox *>()) {
        if (box->isCheckable())
            add(box->title());
    }
    return used;
}

// Labels that would show a literal '&': a mnemonic but no buddy to give it to.
QStringList labelsWithoutBuddy(QWidget *widget)
{
    QStringList found;
    for (auto *label : widget->findChildren<QLabel *>()) {
        if (!label->buddy() && !mnemonic(label->text()).isNull() &&
            label->textFormat() != Qt::RichText)
            found.append(label->text());
    }
    return found;
}

// Every mnemonic used twice in a widget (its menu bar too, when given).
QStringList clashes(const QMultiHash<QChar, QString> &used)
{
    QStringList found;
    for (const QChar letter : used.uniqueKeys()) {
        if (used.count(letter) > 1)
            found.append(QStringLiteral("Alt+") + letter + QStringLiteral(": ") +
                         used.values(letter).join(QStringLiteral(" | ")));
    }
    return found;
}

} // namespace

TEST_CASE("No two mnemonics clash on a page or with the menu bar", "[ui][keyboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    window.show();
    DocumentWidget *document = window.documentWidget();
    for (DocumentWidget::Page page :
         {DocumentWidget::Page::Consultation, DocumentWidget::Page::Participants,
          DocumentWidget::Page::Organizations, DocumentWidget::Page::Balance}) {
        document->showPage(page);
        QWidget *shown = document->findChild<QStackedWidget *>()->currentWidget();
        const QMultiHash<QChar, QString> used = mnemonicsOf(shown, window.menuBar());
        INFO("page " << static_cast<int>(page));
        CHECK(used.size() > 3);
        CHECK(clashes(used) == QStringList());
        CHECK(labelsWithoutBuddy(shown) == QStringList());
    }
}

TEST_CASE("The participant dialog's mnemonics are unique and all reach a field", "[ui][keyboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    ParticipantDialog dialog(session(window).store().organizations(), &window);
    const QMultiHash<QChar, QString> used = mnemonicsOf(&dialog, nullptr);
    CHECK(used.size() > 8);
    CHECK(clashes(used) == QStringList());
    CHECK(labelsWithoutBuddy(&dialog) == QStringList());
    // Not a keyboard matter, but this dialog: a new person's gender starts undisclosed.
    CHECK(dialog.participant().gender == Gender::Undisclosed);
}

TEST_CASE("Tab walks the Consultation page in reading order", "[ui][keyboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    window.show();
    window.documentWidget()->showPage(DocumentWidget::Page::Consultation);
    ConsultationPage *page = window.documentWidget()->consultationPage();
    // The accessible names of the fields Tab reaches, from the title on.
    QWidget *first = nullptr;
    for (auto *widget : page->findChildren<QWidget *>()) {
        if (widget->accessibleName() == QStringLiteral("Title"))
            first = widget;
    }
    REQUIRE(first != nullptr);
    QStringList visited;
    QWidget *widget = first;
    do {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(page) &&
            page->isAncestorOf(widget)) {
            const QString name = widget->accessibleName().isEmpty() ? widget->objectName()
                                                                    : widget->accessibleName();
            // Parts of a compound control (a spin box's line edit) are not fields.
            const bool part = widget->objectName().startsWith(QLatin1String("qt_"));
            if (!name.isEmpty() && !part && !visited.contains(name))
                visited.append(name);
        }
        widget = widget->nextInFocusChain();
    } while (widget != first);
    const QStringList expected = {
        QStringLiteral("Title"),
        QStringLiteral("IMRF roundtable"),
        QStringLiteral("Time zone of the consultation"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("registration deadline"),
        QStringLiteral("Online platform"),
        QStringLiteral("Chatham House Rule"),
        QStringLiteral("Recorded"),
        QStringLiteral("People per organization"),
        QStringLiteral("Capacity"),
        QStringLiteral("Organizing team"),
        QStringLiteral("Add team member"),
        QStringLiteral("Remove team member"),
        QStringLiteral("GCM objectives covered"),
    };
    CHECK(visited == expected);
}

TEST_CASE("A team member's country is picked from the list, undoably", "[ui][keyboard]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    window.show();
    window.documentWidget()->showPage(DocumentWidget::Page::Consultation);
    ConsultationPage *page = window.documentWidget()->consultationPage();
    TeamTableModel *team = page->teamModel();
    REQUIRE(team->rowCount() > 0);
    const QModelIndex cell = team->index(0, TeamTableModel::CountryColumn);
    const QString before = cell.data().toString();

    QTableView *view = page->teamView();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<CountryComboBox *>();
    REQUIRE(editor != nullptr);
    editor->setCountryCode(QStringLiteral("WS"));
    // What pressing Enter does: the delegate commits and closes the editor.
    QAbstractItemDelegate *delegate = view->itemDelegateForColumn(TeamTableModel::CountryColumn);
    REQUIRE(delegate != nullptr);
    Q_EMIT delegate->commitData(editor);
    Q_EMIT delegate->closeEditor(editor);
    CHECK(cell.data().toString() == QStringLiteral("Samoa"));
    CHECK(window.documentController()->session()->consultation().organizingTeam.at(0).country ==
          QStringLiteral("WS"));

    window.documentController()->session()->undoStack()->undo();
    CHECK(cell.data().toString() == before);
    window.documentController()->session()->undoStack()->clear();
}
