#include "UiFixture.h"

#include "TestSupport.h"
#include "model/ConsultationDefaults.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"

#include <QFile>

namespace consulta::test {

namespace {

// Built once per test run, then copied for each test.
QString sampleOriginal()
{
    static QTemporaryDir folder;
    static QString path;
    if (path.isEmpty()) {
        path = folder.filePath(QStringLiteral("sample.consulta"));
        auto created = Document::createNew(defaultConsultation(1));
        REQUIRE(created.ok());
        REQUIRE(populateSample(created.value()->store()).ok());
        REQUIRE(created.value()->saveAs(path).ok());
    }
    return path;
}

} // namespace

UiFixture::UiFixture()
{
    REQUIRE(m_dir.isValid());
    m_samplePath = m_dir.filePath(QStringLiteral("fixture.consulta"));
    REQUIRE(QFile::copy(sampleOriginal(), m_samplePath));
    QFile::setPermissions(m_samplePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace consulta::test
