#pragma once

#include "DocumentController.h"
#include "DocumentSession.h"
#include "MainWindow.h"

#include <QAction>

#include <catch2/catch.hpp>

namespace consulta::test {

// The window's action with this object name; the test stops when there is none.
inline QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The document open in the window; the test stops when none is.
inline DocumentSession &session(MainWindow &window)
{
    REQUIRE(window.documentController()->session() != nullptr);
    return *window.documentController()->session();
}

} // namespace consulta::test
