#include "TimestampParser.h"

#include "common/TimeFormat.h"

#include <QVarLengthArray>

namespace consulta {

namespace {

struct Token
{
    enum Kind
    {
        Number,
        Word,
        Symbol,
    };
    Kind kind = Symbol;
    int value = 0;  // Number: its value (capped); Word: month 1–12, or 0
    int digits = 0; // Number: how many digits
    QStringView text;
    char16_t symbol = 0;
};

using Tokens = QVarLengthArray<Token, 16>;
constexpr qsizetype kMaxTokens = 24;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int monthOf(QStringView word)
{
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char *const kLong[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (word.compare(QLatin1String(kMonths[m]), Qt::CaseInsensitive) == 0 ||
            word.compare(QLatin1String(kLong[m]), Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    if (word.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool isWeekday(QStringView word)
{
    static const char *const kDays[] = {"mon",      "tue",    "wed",      "thu",     "fri",
                                        "sat",      "sun",    "monday",   "tuesday", "wednesday",
                                        "thursday", "friday", "saturday", "sunday",  "tues",
                                        "thur",     "thurs"};
    for (const char *day : kDays) {
        if (word.compare(QLatin1String(day), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool tokenize(QStringView text, Tokens &tokens)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || c == u'\t' || c == 0xA0 || c == 0x202F) {
            ++i;
            continue;
        }
        if (tokens.size() >= kMaxTokens)
            return false;
        Token token;
        const qsizetype start = i;
        if (c >= u'0' && c <= u'9') {
            token.kind = Token::Number;
            while (i < n && text[i].unicode() >= u'0' && text[i].unicode() <= u'9') {
                if (token.value < 100000000)
                    token.value = token.value * 10 + (text[i].unicode() - u'0');
                ++i;
            }
            token.digits = int(i - start);
        } else if (isAsciiLetter(c)) {
            token.kind = Token::Word;
            while (i < n && isAsciiLetter(text[i].unicode()))
                ++i;
        } else {
            token.kind = Token::Symbol;
            token.symbol = c == 0x2212 ? u'-' : c;
            ++i;
        }
        token.text = text.sliced(start, i - start);
        if (token.kind == Token::Word)
            token.value = monthOf(token.text);
        tokens.append(token);
    }
    return true;
}

// A cursor over the tokens.
class Scanner
{
public:
    explicit Scanner(const Tokens &tokens)
        : m_tokens(tokens)
    {}
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    const Token *peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_tokens.size() ? &m_tokens[m_pos + ahead] : nullptr;
    }
    bool isNumber(qsizetype ahead, int minDigits, int maxDigits) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Number && t->digits >= minDigits && t->digits <= maxDigits;
    }
    bool isSymbol(qsizetype ahead, char16_t symbol) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Symbol && t->symbol == symbol;
    }
    bool isWord(qsizetype ahead, const char *word) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Word &&
               t->text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isMonth(qsizetype ahead) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Word && t->value > 0;
    }
    bool skipSymbol(char16_t symbol)
    {
        if (!isSymbol(0, symbol))
            return false;
        ++m_pos;
        return true;
    }
    const Token &take() { return m_tokens[m_pos++]; }

private:
    const Tokens &m_tokens;
    qsizetype m_pos = 0;
};

// Thai Windows and Excel write years of the Buddhist era (2563 = 2020) where the locale says
// so; no registration happens in the 25th or 26th century of the common era.
constexpr int kBuddhistEraOffset = 543;

int commonEraYear(int year)
{
    return year >= 2400 && year <= 2700 ? year - kBuddhistEraOffset : year;
}

int fullYear(const Token &year)
{
    if (year.digits == 2)
        return year.value < 70 ? 2000 + year.value : 1900 + year.value;
    return commonEraYear(year.value);
}

bool isDateSeparator(char16_t c)
{
    return c == u'/' || c == u'-' || c == u'.';
}

bool isOneOf(const Scanner &s, qsizetype ahead, char16_t a, char16_t b)
{
    return s.isSymbol(ahead, a) || s.isSymbol(ahead, b);
}

// Reads the date part; false when there is none.
bool readDate(Scanner &s, TimestampParser::DateOrder order, QDate &date)
{
    if (s.peek() && s.peek()->kind == Token::Word && isWeekday(s.peek()->text)) {
        s.take();
        s.skipSymbol(u',');
    }
    // 2020年10月22日 (Chinese and Japanese spreadsheets), 2020년 10월 22일 (Korean)
    if (s.isNumber(0, 4, 4) && isOneOf(s, 1, u'年', u'년') && s.isNumber(2, 1, 2) &&
        isOneOf(s, 3, u'月', u'월') && s.isNumber(4, 1, 2) && isOneOf(s, 5, u'日', u'일')) {
        const int year = commonEraYear(s.take().value);
        s.take();
        const int month = s.take().value;
        s.take();
        const int day = s.take().value;
        s.take();
        date = QDate(year, month, day);
        return true;
    }
    // 2020-10-22, 2020/10/22, 2020.10.22, 2020. 10. 22. (Korean)
    if (s.isNumber(0, 4, 4) && s.peek(1) && s.peek(1)->kind == Token::Symbol &&
        isDateSeparator(s.peek(1)->symbol) && s.isNumber(2, 1, 2) &&
        s.isSymbol(3, s.peek(1)->symbol) && s.isNumber(4, 1, 2)) {
        const int year = commonEraYear(s.take().value);
        const char16_t separator = s.take().symbol;
        const int month = s.take().value;
        s.take();
        const int day = s.take().value;
        if (separator == u'.')
            s.skipSymbol(u'.');
        date = QDate(year, month, day);
        return true;
    }
    // 22/10/2020, 10/22/20, 22.10.2020, 10-22-2020
    if (s.isNumber(0, 1, 2) && s.peek(1) && s.peek(1)->kind == Token::Symbol &&
        isDateSeparator(s.peek(1)->symbol) && s.isNumber(2, 1, 2) &&
        s.isSymbol(3, s.peek(1)->symbol) && (s.isNumber(4, 4, 4) || s.isNumber(4, 2, 2))) {
        const int first = s.take().value;
        const char16_t separator = s.take().symbol;
        const int second = s.take().value;
        s.take();
        const int year = fullYear(s.take());
        const bool dayFirst = separator == u'.' || order == TimestampParser::DateOrder::DayFirst;
        date = dayFirst ? QDate(year, second, first) : QDate(year, first, second);
        return true;
    }
    // Oct 22, 2020
    if (s.isMonth(0) && s.isNumber(1, 1, 2)) {
        const int month = s.take().value;
        const int day = s.take().value;
        s.skipSymbol(u',');
        if (!s.isNumber(0, 4, 4))
            return false;
        date = QDate(commonEraYear(s.take().value), month, day);
        return true;
    }
    // 22 Oct 2020, 22-Oct-2020, 22. Oct. 2020
    if (s.isNumber(0, 1, 2)) {
        qsizetype ahead = 1;
        if (s.peek(ahead) && s.peek(ahead)->kind == Token::Symbol &&
            isDateSeparator(s.peek(ahead)->symbol))
            ++ahead;
        if (!s.isMonth(ahead))
            return false;
        const int day = s.take().value;
        for (qsizetype i = 1; i < ahead; ++i)
            s.take();
        const int month = s.take().value;
        if (s.peek() && s.peek()->kind == Token::Symbol &&
            (isDateSeparator(s.peek()->symbol) || s.peek()->symbol == u','))
            s.take();
        if (!s.isNumber(0, 4, 4) && !s.isNumber(0, 2, 2))
            return false;
        date = QDate(fullYear(s.take()), month, day);
        return true;
    }
    return false;
}

// Reads an optional time of day; false when something is there but is not a time.
bool readTime(Scanner &s, QTime &time)
{
    if (s.isSymbol(0, u',') || s.isWord(0, "T") || s.isWord(0, "at"))
        s.take();
    // Korean, Japanese and Chinese spreadsheets put the half of the day before the time:
    // 오전/오후, 午前/午後, 上午/下午.
    std::optional<bool> pmBefore;
    if ((s.isSymbol(0, u'오') && s.isSymbol(1, u'전')) ||
        (s.isSymbol(0, u'午') && s.isSymbol(1, u'前')) ||
        (s.isSymbol(0, u'上') && s.isSymbol(1, u'午')))
        pmBefore = false;
    else if ((s.isSymbol(0, u'오') && s.isSymbol(1, u'후')) ||
             (s.isSymbol(0, u'午') && isOneOf(s, 1, u'後', u'后')) ||
             (s.isSymbol(0, u'下') && s.isSymbol(1, u'午')))
        pmBefore = true;
    if (pmBefore) {
        s.take();
        s.take();
    }
    if (!(s.isNumber(0, 1, 2) && s.isSymbol(1, u':') && s.isNumber(2, 2, 2))) {
        if (pmBefore)
            return false;
        time = QTime(0, 0);
        return true;
    }
    int hour = s.take().value;
    s.take();
    const int minute = s.take().value;
    int second = 0;
    int millisecond = 0;
    if (s.isSymbol(0, u':') && s.isNumber(1, 2, 2)) {
        s.take();
        second = std::min(s.take().value, 59); // a leap second is the second before it
        if ((s.isSymbol(0, u'.') || s.isSymbol(0, u',')) && s.isNumber(1, 1, 9)) {
            s.take();
            const Token &fraction = s.take();
            QStringView digits = fraction.text.left(3);
            millisecond = digits.toInt();
            for (qsizetype i = digits.size(); i < 3; ++i)
                millisecond *= 10;
        }
    }
    bool pm = pmBefore.value_or(false);
    bool meridiem = pmBefore.has_value();
    if (!meridiem && (s.isWord(0, "am") || s.isWord(0, "pm"))) {
        pm = s.take().text.startsWith(u'p', Qt::CaseInsensitive);
        meridiem = true;
    } else if (!meridiem && (s.isWord(0, "a") || s.isWord(0, "p")) && s.isSymbol(1, u'.') &&
               s.isWord(2, "m")) {
        pm = s.take().text.startsWith(u'p', Qt::CaseInsensitive);
        s.take();
        s.take();
        s.skipSymbol(u'.');
        meridiem = true;
    }
    if (meridiem) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    time = QTime(hour, minute, second, millisecond);
    return time.isValid();
}

// Abbreviations of the region's zones that mean one offset only (IST, CST and PST mean
// several, and are not read).
struct ZoneAbbreviation
{
    const char *name;
    int minutes;
};

constexpr ZoneAbbreviation kZoneAbbreviations[] = {
    {"ICT", 420},  {"WIB", 420},  {"WITA", 480}, {"WIT", 540},  {"PHT", 480},  {"SGT", 480},
    {"MYT", 480},  {"HKT", 480},  {"JST", 540},  {"KST", 540},  {"NPT", 345},  {"PKT", 300},
    {"MMT", 390},  {"AFT", 270},  {"IRST", 210}, {"UZT", 300},  {"TLT", 540},  {"BNT", 480},
    {"BTT", 360},  {"MVT", 300},  {"FJT", 720},  {"AEST", 600}, {"AEDT", 660}, {"ACST", 570},
    {"ACDT", 630}, {"AWST", 480}, {"NZST", 720}, {"NZDT", 780}, {"ULAT", 480}, {"ALMT", 360},
    {"CHST", 600}, {"TOT", 780},  {"WSST", 780}, {"VUT", 660},  {"SBT", 660},  {"PGT", 600},
    {"AZT", 240},
};

// Reads an optional offset; false when something is there but is not an offset.
bool readOffset(Scanner &s, std::optional<int> &offset)
{
    if (s.atEnd())
        return true;
    // "(GMT+7)", as calendars and meeting invitations write it.
    if (s.skipSymbol(u'(')) {
        if (!readOffset(s, offset) || !offset || !s.skipSymbol(u')'))
            return false;
        return s.atEnd();
    }
    if (s.peek()->kind == Token::Word) {
        for (const ZoneAbbreviation &zone : kZoneAbbreviations) {
            if (s.isWord(0, zone.name)) {
                s.take();
                offset = zone.minutes * 60;
                return true;
            }
        }
    }
    if (s.isWord(0, "Z") || s.isWord(0, "UTC") || s.isWord(0, "GMT")) {
        s.take();
        offset = 0;
        if (s.atEnd() || s.isSymbol(0, u')'))
            return true;
    }
    if (!(s.isSymbol(0, u'+') || s.isSymbol(0, u'-')) || !s.isNumber(1, 1, 4))
        return false;
    const int sign = s.take().symbol == u'-' ? -1 : 1;
    const Token &first = s.take();
    int hours = first.value;
    int minutes = 0;
    if (first.digits == 4) {
        hours = first.value / 100;
        minutes = first.value % 100;
    } else if (first.digits == 3) {
        return false;
    } else if (s.isSymbol(0, u':') && s.isNumber(1, 2, 2)) {
        s.take();
        minutes = s.take().value;
    }
    if (hours > 14 || minutes > 59)
        return false;
    offset = sign * (hours * 3600 + minutes * 60);
    return true;
}

} // namespace

TimestampParser::TimestampParser(const QTimeZone &zone, DateOrder order)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_order(order)
{}

QDateTime TimestampParser::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return QDateTime();
    Tokens tokens;
    if (!tokenize(text, tokens))
        return QDateTime();
    Scanner scanner(tokens);
    QDate date;
    QTime time;
    std::optional<int> offset;
    if (!readDate(scanner, m_order, date) || !date.isValid() || !readTime(scanner, time) ||
        !readOffset(scanner, offset) || !scanner.atEnd())
        return QDateTime();
    if (offset)
        return QDateTime(date, time, QTimeZone::utc()).addSecs(-*offset);
    return inZone(date, time);
}

QDateTime TimestampParser::inZone(QDate date, QTime time)
{
    // Converting through QTimeZone costs microseconds; an hour's offset is the same for every
    // minute of it unless a transition falls inside, so it is kept per local hour.
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    auto cached = m_offsets.constFind(key);
    if (cached == m_offsets.cend()) {
        const QDateTime start(date, QTime(time.hour(), 0), m_zone);
        const QDateTime end(date, QTime(time.hour(), 59, 59), m_zone);
        if (!start.isValid() || !end.isValid() || start.offsetFromUtc() != end.offsetFromUtc() ||
            start.time() != QTime(time.hour(), 0) || end.time() != QTime(time.hour(), 59, 59)) {
            const QDateTime exact(date, time, m_zone);
            return exact.isValid() ? exact.toUTC() : QDateTime();
        }
        cached = m_offsets.insert(key, start.offsetFromUtc());
    }
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-*cached);
}

std::optional<TimestampParser::DateOrder> TimestampParser::orderHint(QStringView text)
{
    text = text.trimmed();
    // Only numeric dates that start the text: "22/10/2020", "10-22-2020 10:15".
    int numbers[2] = {0, 0};
    qsizetype i = 0;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            if (i - start == 2)
                return std::nullopt; // a third digit: neither a day nor a month
            numbers[part] = numbers[part] * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits < 1 || digits > 2)
            return std::nullopt;
        if (part == 0) {
            if (i >= text.size() || (text[i] != u'/' && text[i] != u'-'))
                return std::nullopt;
            ++i;
        }
    }
    if (numbers[0] > 12 && numbers[1] <= 12)
        return DateOrder::DayFirst;
    if (numbers[1] > 12 && numbers[0] <= 12)
        return DateOrder::MonthFirst;
    return std::nullopt;
}

} // namespace consulta
