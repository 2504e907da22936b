#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace consulta {

// Turns the bytes of an exported file into text before anything splits it into rows, so
// that a delimiter or quote byte inside a multi-byte character can never be mistaken for
// structure.
//
// Detection, in order:
//   1. a byte order mark: EF BB BF (UTF-8), FF FE (UTF-16LE), FE FF (UTF-16BE);
//   2. no mark, but the first 4 KiB look like UTF-16 (a zero byte in nearly every other
//      position, e.g. ASCII text saved as "Unicode" by a tool that omitted the mark);
//   3. the bytes are valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
//      U+10FFFF, no sequence cut short at the end) → UTF-8;
//   4. anything else → Windows-1252, the code page Excel uses for "CSV" on Western
//      Windows. A single invalid byte is enough to switch, since a Windows-1252 file with
//      accented names is almost never also valid UTF-8.
// Windows-1252 is decoded with our own table (QStringDecoder does not offer it on every
// build): 0x80–0x9F map to the CP1252 specials (€, ’, “, …), the five undefined bytes
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) to U+FFFD, everything else to the same code point.
// The byte order mark never appears in the decoded text.
//
// Other encodings are never guessed, but a caller may name one (decode(bytes, codec)): Qt's
// ICU converters on this build know, among others, GB18030/GBK, Shift_JIS, EUC-KR, TIS-620 and
// windows-874; isKnownCodec() tells which names work here.
class TextDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252,
    };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool byteOrderMark = false; // the input started with a byte order mark
        bool guessed = false;       // UTF-16 recognised without a byte order mark
        // The codec named by the caller (decode(bytes, codec)); empty otherwise. When set,
        // `encoding` means nothing and description() is this name.
        QByteArray codec;

        // For people: "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "Windows-1252", …
        QString description() const;
    };

    // Detects the encoding as described above and decodes.
    static Result decode(QByteArrayView bytes);
    // Decodes with an encoding the caller chose (a matching byte order mark is dropped);
    // bytes that are invalid in that encoding become U+FFFD.
    static Result decode(QByteArrayView bytes, Encoding encoding);
    // Decodes with a codec named by the caller ("GB18030", "Shift_JIS", "EUC-KR", "TIS-620",
    // …; see isKnownCodec); bytes that are invalid in it become U+FFFD. An unknown name gives
    // an empty text: check isKnownCodec() first.
    static Result decode(QByteArrayView bytes, const QByteArray &codec);
    static bool isKnownCodec(const QByteArray &codec);
    // What a reader's options ask for: the codec when one is named, else the encoding when one
    // is chosen, else detection.
    static Result decode(QByteArrayView bytes, std::optional<Encoding> encoding,
                         const QByteArray &codec);

    // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252".
    static QString encodingName(Encoding encoding);

    static bool isValidUtf8(QByteArrayView bytes);
    static QString fromWindows1252(QByteArrayView bytes);
    static QString fromUtf16(QByteArrayView bytes, bool bigEndian);
};

} // namespace consulta
