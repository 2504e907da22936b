#include "ImportRowPipeline.h"

#include "EmailAddress.h"
#include "ImportRowReader.h"
#include "store/ParticipantIndex.h"

#include <QHash>

#include <algorithm>

namespace consulta {

namespace {

// Rows per hand-over, and hand-overs waiting at most: enough to keep both threads busy,
// few enough that the records read ahead stay a small part of the import's memory.
constexpr qsizetype kChunkRows = 256;
constexpr size_t kChunksAhead = 16;

} // namespace

ImportRowPipeline::ImportRowPipeline(const QList<CsvRow> &rows, ImportRowReader &reader)
    : m_rows(rows)
    , m_reader(reader)
    , m_thread([this] { produce(); })
{}

ImportRowPipeline::~ImportRowPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    finish();
}

void ImportRowPipeline::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

QString ImportRowPipeline::personKey(const QString &given, const QString &family,
                                     const QString &organizationKey)
{
    QString key = ParticipantIndex::searchKey(given + QLatin1Char(' ') + family);
    if (key.isEmpty())
        return QString();
    key.reserve(key.size() + 1 + organizationKey.size());
    key.append(QChar(0x1F)).append(organizationKey);
    return key;
}

void ImportRowPipeline::produce()
{
    m_reader.decideDateOrder(m_rows);
    // An organization's name is repeated by each of its members: folded once per spelling.
    QHash<QString, QString> organizationKeys;
    const qsizetype total = m_rows.size();
    for (qsizetype start = 0; start < total; start += kChunkRows) {
        Chunk chunk;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                chunk = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        chunk.resize(size_t(std::min(kChunkRows, total - start)));
        for (size_t i = 0; i < chunk.size(); ++i) {
            Row &row = chunk[i];
            row.record = m_reader.read(m_rows.at(start + qsizetype(i)));
            row.emailKey.clear();
            row.organizationKey.clear();
            row.personKey.clear();
            if (row.record.isRejected())
                continue;
            const Participant &p = row.record.participant;
            if (!p.email.isEmpty())
                row.emailKey = EmailAddress::key(p.email);
            if (!row.record.organization.isEmpty()) {
                auto found = organizationKeys.constFind(row.record.organization);
                if (found == organizationKeys.cend())
                    found = organizationKeys.insert(
                        row.record.organization,
                        ParticipantIndex::searchKey(row.record.organization));
                row.organizationKey = *found;
            }
            row.personKey = personKey(p.givenName, p.familyName, row.organizationKey);
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < kChunksAhead || m_stop; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(chunk));
        lock.unlock();
        m_changed.notify_all();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

ImportRowPipeline::Row *ImportRowPipeline::next()
{
    if (m_position < m_current.size())
        return &m_current[m_position++];
    std::unique_lock lock(m_mutex);
    if (!m_current.empty() && !m_done)
        m_spent.push_back(std::move(m_current));
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty())
        return nullptr;
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    m_position = 0;
    return &m_current[m_position++];
}

} // namespace consulta
