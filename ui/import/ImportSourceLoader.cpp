#include "ImportSourceLoader.h"

#include <QThread>

#include <memory>

namespace consulta {

ImportSourceLoader::ImportSourceLoader(QObject *parent)
    : QObject(parent)
{}

ImportSourceLoader::~ImportSourceLoader()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void ImportSourceLoader::read(const Request &request)
{
    m_pending = request;
    if (!m_thread)
        startNext();
}

void ImportSourceLoader::startNext()
{
    m_running = *m_pending;
    m_pending.reset();
    auto result = std::make_shared<ImportSource>();
    const Request request = m_running;
    m_thread = QThread::create([request, result] {
        *result = ImportSource::fromFile(request.path, request.format, request.options);
    });
    // Delivered on this object's thread once the worker is done with `result`.
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_pending) {
            startNext();
            return;
        }
        m_source = std::move(*result);
        m_request = m_running;
        Q_EMIT finished();
    });
    Q_EMIT readingStarted();
    m_thread->start();
}

} // namespace consulta
