#pragma once

#include <QString>
#include <QStringList>

namespace consulta {

// A template filled in for one participant. Unknown placeholders stay in the text as
// written ("{nmae}") and are listed, so a preview can point at them and a run can
// refuse to send them; placeholders that had no value for this person (no organization,
// no deadline set) are listed too.
struct RenderedMessage
{
    QString subject;
    QString body;
    QStringList unknownPlaceholders; // as written, without braces, in order of first use
    QStringList emptyPlaceholders;   // known, but empty for this participant

    bool hasUnknownPlaceholders() const { return !unknownPlaceholders.isEmpty(); }
};

} // namespace consulta
