#pragma once

#include <QString>
#include <QTemporaryDir>

namespace consulta::test {

// A temporary folder holding a copy of the sample consultation (334 people), written
// through the same core code the command line's `new --sample` uses.
class UiFixture
{
public:
    UiFixture();
    QString samplePath() const { return m_samplePath; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

} // namespace consulta::test
