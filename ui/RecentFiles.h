#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace consulta {

// The most recently opened or saved files, kept in QSettings, and the Open Recent
// menu built from them. Files that no longer exist are left out of the menu.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    static constexpr int kMaximum = 10;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void store(const QStringList &files);

    QMenu *m_menu;
};

} // namespace consulta
