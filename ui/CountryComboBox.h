#pragma once

#include <QComboBox>

namespace consulta {

// Every country of the world, searchable as you type (any part of the name, any case);
// names and codes the reference data knows are accepted too ("Vietnam", "VN").
// The first entry is "not known".
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    // The ISO code of the text shown, empty for "not known"; nullopt when the text is
    // not a country.
    std::optional<QString> countryCode() const;
    void setCountryCode(const QString &code);
};

} // namespace consulta
