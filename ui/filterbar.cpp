#include "ui/filterbar.h"

#include "core/common/clock.h"
#include "core/metrics/periods.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace cx {

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_preset = new QComboBox(this);
    const QPair<QString, Preset> presets[] = {
        {tr("This month"), ThisMonth},     {tr("Last month"), LastMonth},
        {tr("Last 30 days"), Last30Days},  {tr("This quarter"), ThisQuarter},
        {tr("Last quarter"), LastQuarter}, {tr("This year"), ThisYear},
        {tr("All time"), AllTime},         {tr("Custom range"), Custom}};
    for (const auto& p : presets)
        m_preset->addItem(p.first, int(p.second));
    // Recent enough to act on, with a period to compare against.
    m_preset->setCurrentIndex(m_preset->findData(int(Last30Days)));
    m_preset->setAccessibleName(tr("Period"));
    m_from = new QDateEdit(clock::today().addMonths(-1), this);
    m_to = new QDateEdit(clock::today(), this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        e->setMinimumWidth(110);
    }
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), 0);
    m_segment = new QComboBox(this);
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->addItem(tr("All segments"), QString());
    layout->addWidget(new QLabel(tr("Period"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_channel);
    layout->addWidget(m_segment);
    layout->addStretch(1);

    auto emitChanged = [this] {
        if (!m_quiet)
            emit changed();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        syncDates();
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this, emitChanged](const QDate& d) {
        if (m_to->date() < d)
            m_to->setDate(d);
        emitChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, emitChanged](const QDate& d) {
        if (m_from->date() > d)
            m_from->setDate(d);
        emitChanged();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_segment, &QComboBox::currentIndexChanged, this, emitChanged);
    syncDates();
}

void FilterBar::syncDates()
{
    const bool custom = preset() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    const MetricsFilter f = filter();
    const QSignalBlocker a(m_from), b(m_to);
    // All time keeps `from` open in the filter (later records stay in), yet
    // its fields show the range it covers now.
    const QDate from = f.from.isValid()                             ? f.from
                       : m_earliest.isValid() && m_earliest <= f.to ? m_earliest
                                                                    : f.to;
    m_from->setDate(from);
    m_to->setDate(f.to);
}

FilterBar::Preset FilterBar::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void FilterBar::setEarliestDate(const QDate& earliest)
{
    m_earliest = earliest;
    syncDates();
}

void FilterBar::setChoices(const QVector<QPair<qint64, QString>>& channels,
                           const QStringList& segments)
{
    m_quiet = true;
    const qint64 channel = m_channel->currentData().toLongLong();
    const QString segment = m_segment->currentData().toString();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), 0);
    for (const auto& c : channels)
        m_channel->addItem(c.second, c.first);
    m_segment->clear();
    m_segment->addItem(tr("All segments"), QString());
    for (const QString& s : segments)
        m_segment->addItem(s, s);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
    m_quiet = false;
}

MetricsFilter FilterBar::filter(const QDate& today) const
{
    MetricsFilter f;
    f.to = today;
    switch (preset()) {
    case ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        break;
    case LastMonth: {
        const periods::Range r = periods::lastMonth(today);
        f.from = r.from;
        f.to = r.to;
        break;
    }
    case LastQuarter: {
        const periods::Range r = periods::lastQuarter(today);
        f.from = r.from;
        f.to = r.to;
        break;
    }
    case Last30Days:
        f.from = today.addDays(-29);
        break;
    case ThisQuarter:
        f.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        break;
    case ThisYear:
        f.from = QDate(today.year(), 1, 1);
        break;
    case AllTime:
        break;
    case Custom:
        f.from = m_from->date();
        f.to = m_to->date();
        break;
    }
    f.channelId = m_channel->currentData().toLongLong();
    f.segment = m_segment->currentData().toString();
    return f;
}

QString FilterBar::describe() const
{
    QStringList parts{m_preset->currentText()};
    if (preset() == Custom)
        parts[0] =
            tr("%1 to %2")
                .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    if (m_channel->currentIndex() > 0)
        parts << m_channel->currentText();
    if (m_segment->currentIndex() > 0)
        parts << m_segment->currentText();
    return parts.join(QStringLiteral(" · "));
}

void FilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(preset))));
}

void FilterBar::setCustomRange(const QDate& from, const QDate& to)
{
    m_quiet = true;
    setPreset(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    emit changed();
}

void FilterBar::setChannel(qint64 channelId)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelId)));
}

void FilterBar::setSegment(const QString& segment)
{
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
}

QString FilterBar::saveState() const
{
    return QStringList{QString::number(int(preset())), m_from->date().toString(Qt::ISODate),
                       m_to->date().toString(Qt::ISODate), m_channel->currentData().toString(),
                       m_segment->currentData().toString()}
        .join(QLatin1Char(';'));
}

void FilterBar::restoreState(const QString& state)
{
    const QStringList p = state.split(QLatin1Char(';'));
    if (p.size() != 5)
        return;
    m_quiet = true;
    const QDate from = QDate::fromString(p[1], Qt::ISODate),
                to = QDate::fromString(p[2], Qt::ISODate);
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const int saved = m_preset->findData(p[0].toInt());
    if (saved >= 0)
        m_preset->setCurrentIndex(saved);
    syncDates();
    setChannel(p[3].toLongLong());
    setSegment(p[4]);
    m_quiet = false;
}

} // namespace cx
