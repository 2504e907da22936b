#pragma once

#include "io/CsvOptions.h"
#include "io/ImportSource.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace consulta {

// Reads a file to import on a worker thread, so that decoding and splitting a large export
// never freezes the window, and lets the import wizard read it again whenever a person
// corrects a guess (encoding, delimiter, header line, format).
//
// Reads are coalesced: while one runs, only the newest request waits; a result that a newer
// request has overtaken is dropped. The worker touches nothing but the file and its own
// ImportSource (core/io is free of shared state), so no lock is needed.
class ImportSourceLoader : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        ImportFormat format = ImportFormat::Auto;
        CsvOptions options;
    };

    explicit ImportSourceLoader(QObject *parent = nullptr);
    // Waits for a read still running.
    ~ImportSourceLoader() override;

    void read(const Request &request);
    bool isReading() const { return m_thread != nullptr; }
    // The last finished read (an empty, failed source before the first one).
    const ImportSource &source() const { return m_source; }
    // The request the current source answers.
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void readingStarted();
    void finished();

private:
    void startNext();

    QThread *m_thread = nullptr;
    std::optional<Request> m_pending;
    Request m_running;
    Request m_request;
    ImportSource m_source;
};

} // namespace consulta
