// Feeds arbitrary bytes to what an import reads before it writes: the source (encoding,
// Zoom sections and header guess, as `--format auto` and `zoom` read it, and read again with
// the options it chose, as the wizard does after a correction), the column mapping and the
// row reader's value parsers.
#include "io/ImportRowReader.h"
#include "io/ImportSource.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

namespace {

void readRows(const consulta::ImportSource &source)
{
    if (!source.ok())
        return;
    const consulta::ColumnMapping mapping = source.detectedMapping();
    consulta::ImportRowReader reader(mapping, QTimeZone(QByteArrayLiteral("Asia/Bangkok")),
                                     std::nullopt, QStringLiteral("fuzz.csv"));
    reader.decideDateOrder(source.table().rows);
    for (const consulta::CsvRow &row : source.table().rows) {
        const consulta::ImportRecord record = reader.read(row);
        if (record.line < 1)
            __builtin_trap();
    }
    (void)reader.warnings();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const consulta::ImportFormat format :
         {consulta::ImportFormat::Auto, consulta::ImportFormat::Zoom}) {
        const consulta::ImportSource source =
            consulta::ImportSource::fromBytes(bytes, QStringLiteral("fuzz.csv"), format);
        readRows(source);
        if (source.ok())
            readRows(consulta::ImportSource::fromBytes(bytes, QStringLiteral("fuzz.csv"), format,
                                                       source.options()));
    }
    return 0;
}
