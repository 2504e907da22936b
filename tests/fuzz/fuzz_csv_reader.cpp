// Feeds arbitrary bytes to the CSV reader: decoding, delimiter and header detection,
// quoting, and the problem reports for malformed rows.
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    consulta::CsvTable table = consulta::CsvReader::readBytes(bytes);
    for (const consulta::CsvRow &row : table.rows) {
        if (row.size() != table.header.size())
            __builtin_trap(); // every row has the header's width
        for (qsizetype i = 0; i < row.size(); ++i)
            (void)row.cell(i).size();
    }
    for (const consulta::CsvProblem &problem : table.problems) {
        if (problem.line < 1)
            __builtin_trap();
    }
    return 0;
}
