#include "ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QMarginsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <vector>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportRenderer", text);
}

constexpr double kMarginMm = 15.0;
constexpr qreal kBodyPointSize = 9.0;
constexpr qreal kHeaderPointSize = 8.0;
constexpr int kLayoutDpi = 96;
constexpr qreal kPartGap = 6.0;     // between consecutive parts, layout units
constexpr qreal kCellPadding = 3.0; // as cellpadding="3" in the HTML of a ReportTable
const QColor kRuleColour(0x9a, 0x9a, 0x9a);
const QColor kHeadColour(0xe4, 0xeb, 0xf2);
const QColor kGroupColour(0xf3, 0xf3, 0xf3);

// Noto Sans, then the Noto face of each script of the region, so that Qt picks them
// before whatever fontconfig would (Kufi for Urdu names, which lacks heh goal and
// breaks the joining); Chinese, Japanese and Korean go to fontconfig's CJK choice.
QFont reportFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Thai"),
                      QStringLiteral("Noto Sans Khmer"), QStringLiteral("Noto Sans Lao"),
                      QStringLiteral("Noto Sans Myanmar"), QStringLiteral("Noto Sans Devanagari"),
                      QStringLiteral("Noto Sans Bengali"), QStringLiteral("Noto Sans Sinhala"),
                      QStringLiteral("Noto Sans Tamil")});
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

// Passes the layout's progress on, every few hundred rows, and remembers a stop.
class LayoutProgress
{
public:
    LayoutProgress(const ReportRenderer::Progress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {}

    // A row is laid out; false once the work is to stop.
    bool row()
    {
        ++m_done;
        if (m_progress && !m_stopped && m_done % kRowsPerReport == 0)
            m_stopped = !m_progress(ReportRenderer::Step::LayingOut, m_done, m_total);
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    static constexpr int kRowsPerReport = 256;
    const ReportRenderer::Progress &m_progress;
    int m_total;
    int m_done = 0;
    bool m_stopped = false;
};

// A piece of the laid-out body that a page break may not cut: a line of text, a table
// row (with the rows its cells span), a frame. Coordinates are those of the whole body
// laid out as one long page, parts one after the other.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    bool breakBefore = false;  // page-break-before: always
    bool keepWithNext = false; // a heading: never the last thing on a page
    int header = -1;           // the heading rows to repeat when a page starts here
};

// A stretch of the long page: a page's body or a table's heading rows.
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
    int header = -1; // for a page: the heading rows repeated above it
    qreal height() const { return bottom - top; }
};

struct Units
{
    std::vector<Unit> units;
    std::vector<Span> headers;

    int addHeader(qreal top, qreal bottom)
    {
        headers.push_back({top, bottom, -1});
        return int(headers.size()) - 1;
    }
};

// One part of a ReportDocument, laid out at the body's width.
class Part
{
public:
    virtual ~Part() = default;
    virtual qreal height() const = 0;
    // Adds the part's units, shifted by offset (where the part starts on the long page).
    virtual void collect(Units &out, qreal offset) const = 0;
    // Paints the stretch [from, to) of the part (its own coordinates) at height y.
    virtual void draw(QPainter &painter, qreal from, qreal to, qreal y) const = 0;
};

// HTML, laid out by QTextDocument as one long page (no pagination of its own, so no
// 26.6 fixed-point overflow and no rows split between pages).
class HtmlPart : public Part
{
public:
    HtmlPart(const QString &html, qreal width, QPaintDevice *layoutDevice)
    {
        m_document.documentLayout()->setPaintDevice(layoutDevice);
        m_document.setUseDesignMetrics(true);
        m_document.setDefaultFont(reportFont(kBodyPointSize));
        m_document.setDocumentMargin(0);
        m_document.setHtml(html);
        m_document.setTextWidth(width);
        m_width = width;
    }

    qreal height() const override { return m_document.documentLayout()->documentSize().height(); }

    void collect(Units &out, qreal offset) const override
    {
        collectFlow(out, offset, m_document.rootFrame()->begin());
    }

    void draw(QPainter &painter, qreal from, qreal to, qreal y) const override
    {
        if (to <= from)
            return;
        painter.save();
        painter.translate(0, y - from);
        const QRectF clip(0, from, m_width, to - from);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout().draw(&painter, context);
        painter.restore();
    }

private:
    QAbstractTextDocumentLayout &layout() const { return *m_document.documentLayout(); }

    void collectFlow(Units &out, qreal offset, QTextFrame::iterator it) const
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                const bool breakBefore =
                    frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
                auto *table = qobject_cast<QTextTable *>(frame);
                if (table && table->rows() == 1 && table->columns() == 1) {
                    collectGroup(out, offset, *table, breakBefore);
                } else if (table) {
                    collectTable(out, offset, *table, breakBefore);
                } else {
                    const QRectF rect = layout().frameBoundingRect(frame);
                    out.units.push_back(
                        {offset + rect.top(), offset + rect.bottom(), breakBefore, false, -1});
                }
            } else {
                collectBlock(out, offset, it.currentBlock());
            }
        }
    }

    // A table of one row and one column holds what belongs together (a section's
    // heading, table and chart): it stays on one page when it fits there, and breaks
    // between its lines and rows as usual when it does not.
    void collectGroup(Units &out, qreal offset, QTextTable &table, bool breakBefore) const
    {
        const std::size_t first = out.units.size();
        collectFlow(out, offset, table.cellAt(0, 0).begin());
        if (first == out.units.size())
            return;
        out.units[first].breakBefore = out.units[first].breakBefore || breakBefore;
        for (std::size_t k = first; k + 1 < out.units.size(); ++k)
            out.units[k].keepWithNext = true;
    }

    void collectBlock(Units &out, qreal offset, const QTextBlock &block) const
    {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return;
        const QRectF rect = layout().blockBoundingRect(block);
        const qreal origin = offset + rect.top() - lines->boundingRect().top();
        const QTextBlockFormat format = block.blockFormat();
        const bool heading = format.headingLevel() > 0;
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            Unit unit;
            unit.top = origin + line.y();
            unit.bottom = unit.top + line.height();
            unit.breakBefore =
                i == 0 && (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
            unit.keepWithNext = heading && i == lines->lineCount() - 1;
            out.units.push_back(unit);
        }
    }

    // Rows are units; the rows a cell spans are one unit; the <thead> rows travel with
    // the first row and repeat above the rest; a row with a cell spanning every column
    // (a group's heading) stays with the next.
    void collectTable(Units &out, qreal offset, QTextTable &table, bool breakBefore) const
    {
        const int rows = table.rows();
        const int columns = table.columns();
        if (rows == 0)
            return;
        const QTextTableFormat format = table.format();
        const qreal padding = format.cellPadding();
        const int headerRows = std::min(format.headerRowCount(), rows - 1);

        std::vector<qreal> tops(std::size_t(rows), 0);
        std::vector<qreal> bottoms(std::size_t(rows), 0);
        std::vector<int> lastRow(std::size_t(rows), 0);
        std::vector<bool> spansAll(std::size_t(rows), false);
        for (int r = 0; r < rows; ++r) {
            bool first = true;
            int last = r;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table.cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const QRectF head = layout().blockBoundingRect(cell.firstCursorPosition().block());
                const QRectF tail = layout().blockBoundingRect(cell.lastCursorPosition().block());
                const auto i = std::size_t(r);
                tops[i] = first ? head.top() : std::min(tops[i], head.top());
                bottoms[i] = first ? tail.bottom() : std::max(bottoms[i], tail.bottom());
                first = false;
                last = std::max(last, r + cell.rowSpan() - 1);
                if (cell.columnSpan() == columns)
                    spansAll[i] = true;
            }
            tops[std::size_t(r)] += offset - padding;
            bottoms[std::size_t(r)] += offset + padding;
            lastRow[std::size_t(r)] = last;
        }
        const int header =
            headerRows > 0 ? out.addHeader(tops[0], tops[std::size_t(headerRows)]) : -1;
        const QRectF frame = layout().frameBoundingRect(&table);
        int r = 0;
        while (r < rows) {
            int last = r == 0 ? headerRows : r;
            for (int k = r; k <= last; ++k)
                last = std::max(last, lastRow[std::size_t(k)]);
            Unit unit;
            unit.top = r == 0 ? offset + frame.top() : tops[std::size_t(r)];
            unit.bottom = last == rows - 1 ? offset + frame.bottom() : bottoms[std::size_t(last)];
            for (int k = r; k <= last; ++k)
                unit.bottom = std::max(unit.bottom, bottoms[std::size_t(k)]);
            unit.breakBefore = r == 0 && breakBefore;
            unit.keepWithNext = spansAll[std::size_t(last)] && last < rows - 1;
            unit.header = r == 0 ? -1 : header;
            out.units.push_back(unit);
            r = last + 1;
        }
    }

    QTextDocument m_document;
    qreal m_width = 0;
};

// A ReportTable, laid out and painted row by row with QTextLayout: tens of thousands of
// rows cost one text layout per distinct text and column to measure; painting lays out
// again only the texts that occur once (names), and keeps the layouts of the texts that
// repeat (organizations, countries, statuses). The borders of a page's rows are joined
// into a few long lines. No QTextDocument table bookkeeping.
class TablePart : public Part
{
public:
    TablePart(const ReportTable &table, qreal width, QPaintDevice *layoutDevice,
              LayoutProgress &progress)
        : m_table(table)
        , m_device(layoutDevice)
        , m_font(reportFont(kBodyPointSize), layoutDevice)
        , m_bold(m_font)
    {
        m_bold.setBold(true);
        qreal x = 0;
        m_columnX.push_back(0);
        for (const ReportTable::Column &column : m_table.columns) {
            x += width * column.widthPercent / 100.0;
            m_columnX.push_back(x);
        }
        m_columnX.back() = width;

        // Row 0 is the heading row; row i > 0 is m_table.rows[i - 1].
        std::vector<QHash<QString, qreal>> measured(m_table.columns.size());
        m_repeated.resize(std::size_t(m_table.columns.size()));
        m_laidOut.resize(std::size_t(m_table.columns.size()));
        m_rowTop.reserve(std::size_t(m_table.rows.size()) + 2);
        qreal y = 0;
        m_rowTop.push_back(y);
        for (int r = 0; r <= int(m_table.rows.size()) && progress.row(); ++r) {
            qreal tallest = 0;
            if (r == 0) {
                for (qsizetype c = 0; c < m_table.columns.size(); ++c)
                    tallest = std::max(
                        tallest, textHeight(m_table.columns.at(c).heading, cellWidth(c, 1), true));
            } else if (const ReportTable::Row &row = m_table.rows.at(r - 1); row.group) {
                tallest = textHeight(groupText(row), cellWidth(0, m_table.columns.size()), true);
            } else {
                for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
                    const QString text = row.cells.value(c);
                    QHash<QString, qreal> &cache = measured[std::size_t(c)];
                    auto it = cache.constFind(text);
                    if (it == cache.cend())
                        it = cache.insert(text, textHeight(text, cellWidth(c, 1), false));
                    else
                        m_repeated[std::size_t(c)].insert(text); // worth keeping laid out
                    tallest = std::max(tallest, *it);
                }
            }
            y += tallest + 2 * kCellPadding;
            m_rowTop.push_back(y);
        }
    }

    qreal height() const override { return m_rowTop.back(); }

    void collect(Units &out, qreal offset) const override
    {
        const int rows = int(m_rowTop.size()) - 1; // heading row included
        if (rows < 2)
            return;
        const int header = out.addHeader(offset + m_rowTop[0], offset + m_rowTop[1]);
        for (int r = 1; r < rows; ++r) {
            Unit unit;
            unit.top = offset + m_rowTop[std::size_t(r == 1 ? 0 : r)];
            unit.bottom = offset + m_rowTop[std::size_t(r) + 1];
            unit.keepWithNext = m_table.rows.at(r - 1).group && r < rows - 1;
            unit.header = r == 1 ? -1 : header;
            out.units.push_back(unit);
        }
    }

    void draw(QPainter &painter, qreal from, qreal to, qreal y) const override
    {
        // The rows that lie within [from, to): breaks fall between rows.
        constexpr qreal slack = 0.01;
        const auto first = std::lower_bound(m_rowTop.cbegin(), m_rowTop.cend() - 1, from - slack);
        // The cell borders of the whole stretch, joined: one line per row boundary and
        // one per column edge for each run of rows that has it (a group's heading has
        // only the outer edges). Far fewer strokes in a PDF than seven per row.
        std::vector<QLineF> rules;
        const std::size_t edges = m_columnX.size();
        std::vector<qreal> runStart(edges, -1);
        const qreal width = m_columnX.back();
        qreal bottom = -1;
        for (auto it = first; it + 1 != m_rowTop.cend() && *(it + 1) <= to + slack; ++it) {
            const int r = int(it - m_rowTop.cbegin());
            const qreal top = y + (*it - from);
            bottom = y + (*(it + 1) - from);
            drawRow(painter, r, top);
            if (rules.empty())
                rules.emplace_back(QPointF(0, top), QPointF(width, top));
            rules.emplace_back(QPointF(0, bottom), QPointF(width, bottom));
            const bool spans = r > 0 && m_table.rows.at(r - 1).group;
            for (std::size_t c = 0; c < edges; ++c) {
                const bool has = !spans || c == 0 || c + 1 == edges;
                if (has && runStart[c] < 0) {
                    runStart[c] = top;
                } else if (!has && runStart[c] >= 0) {
                    rules.emplace_back(QPointF(m_columnX[c], runStart[c]),
                                       QPointF(m_columnX[c], top));
                    runStart[c] = -1;
                }
            }
        }
        for (std::size_t c = 0; c < edges; ++c) {
            if (runStart[c] >= 0)
                rules.emplace_back(QPointF(m_columnX[c], runStart[c]),
                                   QPointF(m_columnX[c], bottom));
        }
        if (!rules.empty()) {
            painter.setPen(QPen(kRuleColour, 0.75));
            painter.drawLines(rules.data(), int(rules.size()));
        }
    }

private:
    qreal cellWidth(qsizetype column, qsizetype span) const
    {
        return m_columnX[std::size_t(column + span)] - m_columnX[std::size_t(column)] -
               2 * kCellPadding;
    }

    static QString groupText(const ReportTable::Row &row)
    {
        const QString note = row.cells.value(1);
        return note.isEmpty() ? row.cells.value(0) : row.cells.value(0) + QLatin1Char(' ') + note;
    }

    // Lays text out in lines of the given width; returns the height.
    qreal layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment = Qt::AlignLeft) const
    {
        QTextOption option(alignment | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    qreal textHeight(const QString &text, qreal width, bool bold) const
    {
        QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, bold ? m_bold : m_font,
                           m_device);
        return layOut(layout, width);
    }

    Qt::Alignment alignment(qsizetype column) const
    {
        return m_table.columns.at(column).alignRight ? Qt::AlignRight : Qt::AlignLeft;
    }

    // A cell of a column whose texts repeat (organizations, countries, statuses): laid
    // out once per distinct text and drawn from there. Other cells are laid out as drawn,
    // so memory stays at what repeats.
    void drawCell(QPainter &painter, qsizetype column, const QString &text, qreal x, qreal y) const
    {
        if (text.isEmpty())
            return;
        const auto c = std::size_t(column);
        if (!m_repeated[c].contains(text)) {
            drawText(painter, text, m_font, x, y, cellWidth(column, 1), 0, alignment(column));
            return;
        }
        std::unique_ptr<QTextLayout> &layout = m_laidOut[c][text];
        if (!layout) {
            layout = std::make_unique<QTextLayout>(text, m_font, m_device);
            layOut(*layout, cellWidth(column, 1), alignment(column));
        }
        layout->draw(&painter, QPointF(x, y));
    }

    void drawText(QPainter &painter, const QString &text, const QFont &font, qreal x, qreal y,
                  qreal width, int boldLength = 0, Qt::Alignment align = Qt::AlignLeft) const
    {
        if (text.isEmpty())
            return;
        QTextLayout layout(text, font, m_device);
        if (boldLength > 0) {
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            layout.setFormats({{0, boldLength, bold}});
        }
        layOut(layout, width, align);
        layout.draw(&painter, QPointF(x, y));
    }

    void drawRow(QPainter &painter, int r, qreal y) const
    {
        const qreal height = m_rowTop[std::size_t(r) + 1] - m_rowTop[std::size_t(r)];
        const qreal width = m_columnX.back();
        const ReportTable::Row *row = r == 0 ? nullptr : &m_table.rows.at(r - 1);
        if (!row || row->group)
            painter.fillRect(QRectF(0, y, width, height), row ? kGroupColour : kHeadColour);

        painter.setPen(Qt::black);
        const qreal textY = y + kCellPadding;
        if (row && row->group) {
            drawText(painter, groupText(*row), m_font, kCellPadding, textY,
                     cellWidth(0, m_table.columns.size()), int(row->cells.value(0).size()));
        } else {
            for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
                const qreal x = m_columnX[std::size_t(c)] + kCellPadding;
                if (row)
                    drawCell(painter, c, row->cells.value(c), x, textY);
                else
                    drawText(painter, m_table.columns.at(c).heading, m_bold, x, textY,
                             cellWidth(c, 1), 0, alignment(c));
            }
        }
    }

    const ReportTable &m_table;
    QPaintDevice *m_device;
    QFont m_font;
    QFont m_bold;
    std::vector<qreal> m_columnX;          // column edges, left to right
    std::vector<qreal> m_rowTop;           // row edges, top to bottom, heading row first
    std::vector<QSet<QString>> m_repeated; // per column: texts in more than one row
    mutable std::vector<std::unordered_map<QString, std::unique_ptr<QTextLayout>>> m_laidOut;
};

// The body: every part laid out at the body's width, one after the other on one long
// page, cut into pages between units.
class Flow
{
public:
    Flow(const ReportDocument &report, qreal width, QPaintDevice *layoutDevice,
         LayoutProgress &progress)
    {
        qreal offset = 0;
        for (const ReportDocument::Part &part : report.parts) {
            if (progress.stopped())
                break;
            std::unique_ptr<Part> laidOut;
            if (part.table)
                laidOut = std::make_unique<TablePart>(*part.table, width, layoutDevice, progress);
            else
                laidOut = std::make_unique<HtmlPart>(part.html, width, layoutDevice);
            laidOut->collect(m_units, offset);
            m_offsets.push_back(offset);
            offset += laidOut->height() + kPartGap;
            m_parts.push_back(std::move(laidOut));
        }
        m_bottom = std::max<qreal>(0, offset - kPartGap);
    }

    // Greedy: as many units as fit, backing off over headings; a unit taller than a
    // page is cut where the page ends.
    std::vector<Span> pages(qreal bodyHeight) const
    {
        const std::vector<Unit> &units = m_units.units;
        std::vector<Span> pages;
        const std::size_t count = units.size();
        std::size_t i = 0;
        qreal start = 0;
        int header = -1;
        while (i < count) {
            const qreal available = bodyHeight - (header >= 0 ? headerSpan(header).height() : 0);
            std::size_t j = i;
            bool forced = false;
            while (j < count) {
                if (j > i && units[j].breakBefore) {
                    forced = true;
                    break;
                }
                if (units[j].bottom - start > available)
                    break;
                ++j;
            }
            if (j == i) { // one unit taller than the page
                pages.push_back({start, start + available, header});
                start += available;
                continue;
            }
            if (!forced && j < count) {
                std::size_t k = j;
                while (k > i + 1 && units[k - 1].keepWithNext)
                    --k;
                if (!units[k - 1].keepWithNext)
                    j = k;
            }
            const qreal end = j < count ? units[j].top : m_bottom;
            pages.push_back({start, std::max(end, start), header});
            if (j < count) {
                start = units[j].top;
                header = units[j].header;
            }
            i = j;
        }
        if (pages.empty())
            pages.push_back({0, m_bottom, -1});
        return pages;
    }

    const Span &headerSpan(int index) const { return m_units.headers[std::size_t(index)]; }

    // Paints the stretch [from.top, from.bottom) of the long page at height y.
    void draw(QPainter &painter, const Span &from, qreal y) const
    {
        for (std::size_t p = 0; p < m_parts.size(); ++p) {
            const qreal top = m_offsets[p];
            const qreal bottom = top + m_parts[p]->height();
            const qreal a = std::max(from.top, top);
            const qreal b = std::min(from.bottom, bottom);
            if (b > a)
                m_parts[p]->draw(painter, a - top, b - top, y + (a - from.top));
        }
    }

private:
    std::vector<std::unique_ptr<Part>> m_parts;
    std::vector<qreal> m_offsets;
    Units m_units;
    qreal m_bottom = 0;
};

} // namespace

ReportRenderer::ReportRenderer(ReportDocument report)
    : m_report(std::move(report))
{}

QPageSize ReportRenderer::pageSizeFor(const QLocale &locale)
{
    static const QLocale::Territory letterTerritories[] = {
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,   QLocale::Philippines,
        QLocale::Belize,       QLocale::Chile,     QLocale::Colombia, QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Nicaragua, QLocale::Panama,   QLocale::PuertoRico,
        QLocale::ElSalvador,   QLocale::Venezuela,
    };
    for (QLocale::Territory territory : letterTerritories) {
        if (locale.territory() == territory)
            return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

QPageSize ReportRenderer::defaultPageSize()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        // "en_US.UTF-8" → "en_US"; "C" and "POSIX" name no territory.
        const QString name = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
        return pageSizeFor(QLocale(name));
    }
    return pageSizeFor(QLocale::system());
}

QPageLayout ReportRenderer::pageLayout(const QPageSize &size, bool forceLandscape) const
{
    const bool landscape = forceLandscape || m_report.landscape;
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

int ReportRenderer::render(QPagedPaintDevice &device) const
{
    return std::max(0, paintAll(device, true));
}

int ReportRenderer::print(QPrinter *printer) const
{
    return printer ? std::max(0, paintAll(*printer, false)) : 0;
}

Result<int> ReportRenderer::writePdf(const QString &path, const QPageLayout &layout) const
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write \u201c%1\u201d: %2").arg(name, file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setTitle(m_report.title);
        writer.setCreator(QStringLiteral("Consulta"));
        pages = paintAll(writer, true);
    }
    if (pages <= 0) {
        file.cancelWriting();
        if (pages == kStopped)
            return Error{tr("\u201c%1\u201d was not written: the export was stopped.").arg(name)};
        return Error{tr("Cannot write \u201c%1\u201d: the PDF could not be drawn.").arg(name)};
    }
    if (!file.commit())
        return Error{tr("Cannot write \u201c%1\u201d: %2").arg(name, file.errorString())};
    return pages;
}

int ReportRenderer::paintAll(QPagedPaintDevice &device, bool paintingStoppable) const
{
    // The painter's origin is the top left of the area inside the margins, which is
    // what the device's width and height measure. The body is laid out at 96 dpi and
    // painted scaled to the device.
    const qreal scale = qreal(device.logicalDpiY()) / kLayoutDpi;
    const QSizeF area(device.width() / scale, device.height() / scale);

    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));

    const QFont headerFont = reportFont(kHeaderPointSize);
    const qreal lineHeight = QFontMetricsF(headerFont, &layoutDevice).height();
    const qreal headerHeight = lineHeight * 2.0; // text, a rule, a gap
    const qreal footerHeight = lineHeight * 2.0;
    const qreal bodyHeight = area.height() - headerHeight - footerHeight;

    int rows = 0;
    for (const ReportDocument::Part &part : m_report.parts)
        rows += part.table ? int(part.table->rows.size()) + 1 : 0;
    LayoutProgress layoutProgress(m_progress, rows);
    const Flow flow(m_report, area.width(), &layoutDevice, layoutProgress);
    // Laid out before the device is begun: a stop here sends nothing, not even a blank page.
    if (layoutProgress.stopped())
        return kStopped;
    const std::vector<Span> pages = flow.pages(bodyHeight);
    const int pageCount = int(pages.size());

    QPainter painter;
    if (!painter.begin(&device))
        return 0;

    // Running header and page numbers in device units, with the font in points.
    const QFontMetricsF deviceMetrics(headerFont, &device);
    const qreal deviceWidth = area.width() * scale;
    const qreal deviceLine = lineHeight * scale;
    const QString header =
        deviceMetrics.elidedText(m_report.runningHeader, Qt::ElideRight, deviceWidth);
    for (int index = 0; index < pageCount; ++index) {
        if (m_progress && !m_progress(Step::Painting, index, pageCount) && paintingStoppable) {
            painter.end();
            return kStopped;
        }
        if (index > 0)
            device.newPage();
        painter.setFont(headerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(0, 0, deviceWidth, deviceLine), Qt::AlignLeft | Qt::AlignVCenter,
                         header);
        painter.drawText(QRectF(0, (area.height() - lineHeight) * scale, deviceWidth, deviceLine),
                         Qt::AlignCenter, tr("Page %1 of %2").arg(index + 1).arg(pageCount));
        painter.setPen(QPen(kRuleColour, 0.75 * scale));
        painter.drawLine(QPointF(0, deviceLine * 1.3), QPointF(deviceWidth, deviceLine * 1.3));

        painter.save();
        painter.scale(scale, scale);
        const Span &page = pages[std::size_t(index)];
        qreal y = headerHeight;
        if (page.header >= 0) {
            const Span &heading = flow.headerSpan(page.header);
            flow.draw(painter, heading, y);
            y += heading.height();
        }
        flow.draw(painter, page, y);
        painter.restore();
    }
    painter.end();
    return pageCount;
}

} // namespace consulta
