#pragma once

#include <QString>
#include <QStringView>

namespace consulta {

// CSV injection ("formula injection"): a spreadsheet runs a cell that starts with = + - @,
// and some also after a tab or carriage return, as a formula (=HYPERLINK(…), +cmd|…, @SUM(…),
// -2+3). OWASP's guidance: prefix such a cell with a single quote, which makes the
// spreadsheet show it as text, and quote the whole cell (the CSV writer quotes every cell it
// neutralizes).
//
// restore() undoes it when Consulta reads its own export back: a cell that starts with a
// single quote followed by one of those characters loses the quote. (A cell that really
// began with "'=" comes back as "=", which is then neutralized again on the next export.)
class CsvInjection
{
public:
    static bool isDangerous(QStringView cell);
    // The cell with a ' before it when it is dangerous, else unchanged.
    static QString neutralize(QStringView cell);
    static QStringView restore(QStringView cell);
};

} // namespace consulta
