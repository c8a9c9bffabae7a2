#pragma once

#include "core/common/clock.h"
#include "core/metrics/metrics.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace cx {

// The global filter every page obeys: a period (presets or a custom range),
// a channel and a segment.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    // The numbers are kept in saved filters: new presets take new numbers,
    // whatever their place in the list.
    enum Preset
    {
        ThisMonth = 0,
        Last30Days = 1,
        ThisQuarter = 2,
        ThisYear = 3,
        AllTime = 4,
        Custom = 5,
        LastMonth = 6,
        LastQuarter = 7
    };

    explicit FilterBar(QWidget* parent = nullptr);

    // Refills the channel and segment choices from the database, keeping the selection.
    void setChoices(const QVector<QPair<qint64, QString>>& channels, const QStringList& segments);
    // The filter for `today`; All time leaves `from` open.
    MetricsFilter filter(const QDate& today = clock::today()) const;
    Preset preset() const;
    // The first date the database records: All time shows it as its start.
    void setEarliestDate(const QDate& earliest);
    QString describe() const;

    void setPreset(Preset preset);
    void setCustomRange(const QDate& from, const QDate& to);
    void setChannel(qint64 channelId);
    void setSegment(const QString& segment);

    // "preset;from;to;channel;segment", for QSettings.
    QString saveState() const;
    void restoreState(const QString& state);

signals:
    void changed();

private:
    // Shows the dates a preset stands for in the (disabled) date fields.
    void syncDates();

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_segment = nullptr;
    QDate m_earliest;
    bool m_quiet = false;
};

} // namespace cx
