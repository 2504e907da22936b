#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "SourceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace consulta {

namespace {

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFilePage::tr("comma");
    case u';':
        return ImportFilePage::tr("semicolon");
    case u'\t':
        return ImportFilePage::tr("tab");
    default:
        return ImportFilePage::tr("“%1”").arg(delimiter);
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_file(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_headerLine(new QSpinBox(this))
    , m_padShortRows(new QCheckBox(tr("Accept rows that lack &cells at the end"), this))
    , m_summary(new QLabel(this))
    , m_model(new SourceTableModel(this))
    , m_view(new QTableView(this))
{
    setTitle(tr("The File"));
    setSubTitle(tr("Check that names and other text look right below. If they do not, choose "
                   "another encoding or delimiter."));

    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setToolTip(QDir::toNativeSeparators(QFileInfo(wizard.path()).absoluteFilePath()));
    m_file->setText(QFileInfo(wizard.path()).fileName());

    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Automatic"), importFormatCode(ImportFormat::Auto));
    m_format->addItem(tr("Zoom report (attendees only)"), importFormatCode(ImportFormat::Zoom));
    m_format->addItem(tr("Plain table"), importFormatCode(ImportFormat::Generic));
    m_format->setToolTip(tr("Zoom attendee reports list hosts and panelists before the "
                            "attendees: only attendees are imported."));

    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Automatic"), -1);
    for (TextDecoder::Encoding encoding :
         {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
          TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252})
        m_encoding->addItem(TextDecoder::encodingName(encoding), int(encoding));

    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    m_headerLine->setObjectName(QStringLiteral("headerLine"));
    m_headerLine->setRange(0, 999999);
    m_headerLine->setSpecialValueText(tr("Automatic"));
    m_headerLine->setPrefix(tr("line "));
    m_headerLine->setToolTip(tr("The line of the file that holds the column names"));
    m_padShortRows->setObjectName(QStringLiteral("padShortRows"));
    m_padShortRows->setToolTip(tr("Some spreadsheet programs leave out empty cells at the end "
                                  "of a row; without this, such rows are not imported."));

    auto *left = new QFormLayout;
    left->addRow(tr("File:"), m_file);
    left->addRow(tr("Recognised as:"), m_kind);
    left->addRow(tr("&Format:"), m_format);
    auto *right = new QFormLayout;
    right->addRow(tr("&Encoding:"), m_encoding);
    right->addRow(tr("&Delimiter:"), m_delimiter);
    right->addRow(tr("&Header row:"), m_headerLine);
    auto *choices = new QHBoxLayout;
    choices->addLayout(left, 1);
    choices->addSpacing(24);
    choices->addLayout(right, 1);

    m_summary->setObjectName(QStringLiteral("fileSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("sourceView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_padShortRows);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    for (QComboBox *combo : {m_format, m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFilePage::reread);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportFilePage::reread);
    connect(m_padShortRows, &QCheckBox::toggled, this, &ImportFilePage::reread);
    connect(wizard.loader(), &ImportSourceLoader::readingStarted, this,
            &ImportFilePage::showReading);
    connect(&wizard, &ImportWizard::sourceChanged, this, &ImportFilePage::showSource);
}

void ImportFilePage::reread()
{
    CsvOptions options;
    const int encoding = m_encoding->currentData().toInt();
    if (encoding >= 0)
        options.encoding = TextDecoder::Encoding(encoding);
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    options.headerLine = m_headerLine->value();
    options.padShortRows = m_padShortRows->isChecked();
    m_wizard.reread(
        importFormatFromCode(m_format->currentData().toString()).value_or(ImportFormat::Auto),
        options);
}

void ImportFilePage::showReading()
{
    m_summary->setText(tr("Reading the file…"));
    Q_EMIT completeChanged();
}

void ImportFilePage::showSource()
{
    const ImportSource &source = m_wizard.source();
    const CsvTable &table = source.table();
    // What "Automatic" found, shown in the choices themselves.
    m_encoding->setItemText(0, table.encodingDescription.isEmpty()
                                   ? tr("Automatic")
                                   : tr("Automatic: %1").arg(table.encodingDescription));
    m_delimiter->setItemText(0, table.delimiter.isNull()
                                    ? tr("Automatic")
                                    : tr("Automatic: %1").arg(delimiterName(table.delimiter)));
    m_headerLine->setSpecialValueText(
        table.headerLine > 0 ? tr("Automatic: line %1").arg(table.headerLine) : tr("Automatic"));
    m_kind->setText(source.ok() ? source.kindDescription() : QString());

    if (!source.ok()) {
        m_summary->setText(QStringLiteral("<span style=\"color:#a01c1c\">%1</span>")
                               .arg(source.errorString().toHtmlEscaped()));
        m_model->clear();
    } else {
        const int rows = int(table.rows.size());
        QString summary =
            rows == 1
                ? tr("Column names on line %1; 1 row of data").arg(table.headerLine)
                : tr("Column names on line %1; %2 rows of data").arg(table.headerLine).arg(rows);
        if (!table.sectionTitle.isEmpty())
            summary += tr(", under “%1”").arg(table.sectionTitle.toHtmlEscaped());
        const int problems = int(table.problems.size());
        if (problems > 0)
            summary += (problems == 1 ? tr("; <b>1 row cannot be read</b>")
                                      : tr("; <b>%1 rows cannot be read</b>").arg(problems)) +
                       tr(" (listed before importing)");
        summary += QLatin1Char('.');
        if (table.rows.size() > 200)
            summary += tr(" The first 200 rows are shown.");
        m_summary->setText(summary);
        m_model->setTable(table);
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 260));
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_wizard.isReading() && m_wizard.source().ok() &&
           !m_wizard.source().table().header.isEmpty();
}

bool ImportFilePage::validatePage()
{
    return isComplete();
}

} // namespace consulta
