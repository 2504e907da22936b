#pragma once

#include <QString>

// Keys for matching text that people typed or that other systems exported: names of
// countries, organizations and people. Two texts that differ only in letter case,
// accents on Latin, Greek or Cyrillic letters, compatibility forms (full-width letters,
// ligatures) or punctuation and spacing give the same key. Letters of other scripts are
// kept as they are, combining marks included, so a Thai or Devanagari name keeps its
// vowel signs. Keys are for comparison only, never for display.

namespace consulta {

// Case-folded, accents removed (NFKD, then combining marks after Latin, Greek and
// Cyrillic letters dropped; ø æ œ ß ł đ ð þ ı spelled out), every run of characters
// that are not letters, digits or marks turned into one space, trimmed.
// "  Việt-Nam " → "viet nam", "Côte d’Ivoire" → "cote d ivoire".
QString foldedKey(const QString &text);

// foldedKey() without its spaces: "Viet Nam" and "Vietnam" both give "vietnam".
QString compactKey(const QString &text);

} // namespace consulta
