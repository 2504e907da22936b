#include "TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace consulta {

namespace {

// Windows-1252 bytes 0x80–0x9F; 0xFFFD where the code page leaves the byte undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98–9F
};

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::memcmp(bytes.data(), prefix, size_t(length)) == 0;
}

// Without a byte order mark: does the start look like UTF-16 text that is mostly ASCII?
// Returns 1 for little-endian, 2 for big-endian, 0 for neither.
int guessUtf16(QByteArrayView bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 2)
        return 0;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        if (bytes[2 * i] == 0)
            ++zeroEven;
        if (bytes[2 * i + 1] == 0)
            ++zeroOdd;
    }
    // At least 40 % of the code units have a zero high byte, and almost no low byte is zero.
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs)
        return 1;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs)
        return 2;
    return 0;
}

} // namespace

QString TextDecoder::Result::description() const
{
    if (!codec.isEmpty())
        return QString::fromLatin1(codec);
    QString name = encodingName(encoding);
    if (encoding == Encoding::Windows1252)
        return name;
    if (byteOrderMark)
        return name + QStringLiteral(" with BOM");
    if (guessed)
        return name + QStringLiteral(" without BOM");
    return name;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return decode(bytes, Encoding::Utf8);
    if (startsWith(bytes, "\xFF\xFE", 2))
        return decode(bytes, Encoding::Utf16LE);
    if (startsWith(bytes, "\xFE\xFF", 2))
        return decode(bytes, Encoding::Utf16BE);
    if (const int utf16 = guessUtf16(bytes)) {
        Result result = decode(bytes, utf16 == 1 ? Encoding::Utf16LE : Encoding::Utf16BE);
        result.guessed = true;
        return result;
    }
    if (isValidUtf8(bytes))
        return decode(bytes, Encoding::Utf8);
    return decode(bytes, Encoding::Windows1252);
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, Encoding encoding)
{
    Result result;
    result.encoding = encoding;
    switch (encoding) {
    case Encoding::Utf8:
        if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
            result.byteOrderMark = true;
            bytes = bytes.sliced(3);
        }
        result.text = QString::fromUtf8(bytes);
        break;
    case Encoding::Utf16LE:
        if (startsWith(bytes, "\xFF\xFE", 2)) {
            result.byteOrderMark = true;
            bytes = bytes.sliced(2);
        }
        result.text = fromUtf16(bytes, false);
        break;
    case Encoding::Utf16BE:
        if (startsWith(bytes, "\xFE\xFF", 2)) {
            result.byteOrderMark = true;
            bytes = bytes.sliced(2);
        }
        result.text = fromUtf16(bytes, true);
        break;
    case Encoding::Windows1252:
        result.text = fromWindows1252(bytes);
        break;
    }
    return result;
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, const QByteArray &codec)
{
    Result result;
    result.codec = codec;
    QStringDecoder decoder(codec.constData());
    if (!decoder.isValid())
        return result;
    result.text = decoder.decode(bytes);
    if (result.text.startsWith(QChar(0xFEFF))) {
        result.byteOrderMark = true;
        result.text.remove(0, 1);
    }
    return result;
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, std::optional<Encoding> encoding,
                                        const QByteArray &codec)
{
    if (!codec.isEmpty())
        return decode(bytes, codec);
    return encoding ? decode(bytes, *encoding) : decode(bytes);
}

bool TextDecoder::isKnownCodec(const QByteArray &codec)
{
    return !codec.isEmpty() && QStringDecoder(codec.constData()).isValid();
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip eight ASCII bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // no overlong forms
            else if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F; // nothing past U+10FFFF
        } else {
            return false; // 0x80–0xC1 as a lead byte, or 0xF5–0xFF
        }
        if (i + length > n)
            return false;
        if (p[i + 1] < low || p[i + 1] > high)
            return false;
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = in[i];
        out[i] = (c >= 0x80 && c <= 0x9F) ? kCp1252High[c - 0x80] : char16_t(c);
    }
    return text;
}

QString TextDecoder::fromUtf16(QByteArrayView bytes, bool bigEndian)
{
    const qsizetype units = bytes.size() / 2;
    const bool oddByte = bytes.size() % 2 != 0;
    QString text(units + (oddByte ? 1 : 0), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned first = in[2 * i];
        const unsigned second = in[2 * i + 1];
        out[i] = char16_t(bigEndian ? (first << 8 | second) : (second << 8 | first));
    }
    if (oddByte)
        out[units] = u'\uFFFD'; // a file cut in the middle of a code unit
    return text;
}

} // namespace consulta
