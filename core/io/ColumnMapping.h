#pragma once

#include "ImportField.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace consulta {

// Which field each column of an imported table holds. detect() recognises headers by
// meaning, ignoring case, accents, punctuation and spacing (TextKey's keys):
//
// 1. A header that *is* one of a field's names ("First Name", "Prénom", "E-mail Address",
//    "Country/Region Name", "User Name (Original Name)", "Approval Status", Eventbrite's
//    "Attendee Status", Indico's "Checked in", …; the list is in ColumnMapping.cpp) means that
//    field. A few names are weaker ("Nationality" for the
//    country, "Completion time" and Eventbrite's "Order Date" for the registration time): a column
//    with a stronger name for the same field wins.
// 2. Otherwise a header that *contains* a field's phrase as whole words ("Which stakeholder
//    group(s) do you represent?", "Organization / Affiliation", "Your e-mail") means that field,
//    more weakly still. When it contains phrases of several fields, the longest phrase wins;
//    between phrases of one word, the one before "of" ("Country of organization") or else the
//    last one ("Organization country") — the head noun in English.
// 3. Each field goes to one column: the strongest, then the leftmost. Other columns with the
//    same meaning are not imported.
//
// "Title" alone is not mapped: Indico and many sign-up sheets use it for Mr/Ms/Dr. "Join
// Time" is not a registration time. Anything else is mapped with set() or apply("Header=field").
class ColumnMapping
{
public:
    ColumnMapping() = default;
    // Nothing mapped.
    explicit ColumnMapping(const QStringList &header);

    static ColumnMapping detect(const QStringList &header);
    // The field a header means on its own, and how strongly (0 strongest); None when none.
    static ImportField recognise(const QString &header, int *strength = nullptr);

    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    ImportField field(int column) const;
    // The 0-based column holding a field, -1 when none does.
    int column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }

    // Maps a column to a field; a column that held the field before is no longer imported.
    // Setting None excludes the column: its cells are never read (see excluded()).
    void set(int column, ImportField field);
    // Whether a person (or `--map 'Header=none'`) chose not to import the column, as opposed to
    // a column nothing was recognised in.
    bool excluded(int column) const { return m_excluded.contains(column); }
    // Applies "Header=field" (the last '=' separates them). The header is found ignoring case,
    // accents and punctuation; a number 1…n names a column when no header matches. The field is
    // a code of importFieldFromCode() ("none" stops importing the column).
    Result<void> apply(const QString &assignment);

    // True when some column gives a name or an e-mail, without which nobody can be imported.
    bool identifiesPeople() const;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QStringList m_header;
    QList<ImportField> m_fields;
    QList<int> m_excluded; // columns set to None by a choice, in the order chosen
};

} // namespace consulta
