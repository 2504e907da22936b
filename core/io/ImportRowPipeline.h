#pragma once

#include "CsvRow.h"
#include "ImportRecord.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace consulta {

class ImportRowReader;

// Reads the rows of a table into ImportRecords on a thread of its own, a few chunks ahead of
// the importer that takes them in order. Parsing the values and folding the keys that
// duplicates are found by is about a third of a large import; on two cores it runs while the
// importer writes the rows read before.
//
// The reader belongs to the pipeline's thread until finish() (or the destructor) has joined
// it: only then may its warnings be read. Destroying the pipeline early (a cancelled or failed
// import) stops the thread after the chunk it is reading.
class ImportRowPipeline
{
public:
    struct Row
    {
        ImportRecord record;
        // The keys of ParticipantImporter's duplicate rules, empty when the row has none:
        QString emailKey;        // the e-mail, case-folded
        QString organizationKey; // searchKey of the organization's name
        QString personKey;       // searchKey of "given family", 0x1F, organizationKey
    };

    // Starts reading at once; decideDateOrder() is called on the reader first.
    ImportRowPipeline(const QList<CsvRow> &rows, ImportRowReader &reader);
    ~ImportRowPipeline();
    ImportRowPipeline(const ImportRowPipeline &) = delete;
    ImportRowPipeline &operator=(const ImportRowPipeline &) = delete;

    // The next row in table order, or nullptr after the last. The row stays valid until the
    // next call. Copy from it rather than move: the strings are then freed by the thread that
    // made them (glibc's malloc frees another thread's memory under a lock and reuses it
    // late), when it reads new rows into the same chunk.
    Row *next();
    // Waits for the thread to end.
    void finish();

    // The person key of a name at an organization: what personKey holds for a row.
    static QString personKey(const QString &given, const QString &family,
                             const QString &organizationKey);

private:
    using Chunk = std::vector<Row>;

    void produce();

    const QList<CsvRow> &m_rows;
    ImportRowReader &m_reader;
    // Standard primitives rather than QMutex, so that ThreadSanitizer sees the hand-overs.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready; // read, not yet taken
    std::deque<Chunk> m_spent; // taken and done with, to be read into again
    bool m_done = false;       // the thread has published its last chunk
    bool m_stop = false;       // the consumer wants no more
    Chunk m_current;
    size_t m_position = 0;
    std::thread m_thread; // last: starts once everything above is ready
};

} // namespace consulta
