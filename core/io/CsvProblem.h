#pragma once

#include <QString>

namespace consulta {

// A row the reader skipped, and why. The reason describes the shape of the row ("expected 7
// columns, found 9") and never quotes its content, since cells hold personal data.
struct CsvProblem
{
    int line = 0; // 1-based physical line where the row starts
    QString reason;
};

} // namespace consulta
