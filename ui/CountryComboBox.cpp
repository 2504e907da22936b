#include "CountryComboBox.h"

#include "reference/ReferenceData.h"

#include <QCompleter>
#include <QLineEdit>

namespace consulta {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString(), QString());
    const QList<QPair<QString, QString>> countries = ReferenceData::instance().allCountries();
    for (const auto &country : countries)
        addItem(country.second, country.first);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type to search countries"));
}

std::optional<QString> CountryComboBox::countryCode() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int found = findText(text, Qt::MatchFixedString);
    if (found > 0)
        return itemData(found).toString();
    const QString code = ReferenceData::instance().countryCode(text);
    if (code.isEmpty())
        return std::nullopt;
    return code;
}

void CountryComboBox::setCountryCode(const QString &code)
{
    const int found = findData(code.toUpper());
    if (found >= 0) {
        setCurrentIndex(found);
        return;
    }
    setCurrentIndex(0);
    setEditText(code);
}

} // namespace consulta
