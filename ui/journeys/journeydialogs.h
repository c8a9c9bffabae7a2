#pragma once

// The small forms of the journey map: a touchpoint, a stage, a journey and
// its persona, and a new journey (empty or from a template).

#include "core/journeys/journey.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace cx {

class TouchpointDialog : public QDialog
{
    Q_OBJECT
public:
    TouchpointDialog(const Touchpoint& touchpoint, const QVector<Stage>& stages,
                     const QVector<Channel>& channels, QWidget* parent = nullptr);
    Touchpoint value() const;

private:
    Touchpoint m_touchpoint;
    QLineEdit* m_name;
    QComboBox* m_stage;
    QComboBox* m_channel;
    QDoubleSpinBox* m_target;
    QLineEdit* m_owner;
};

class StageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StageDialog(const Stage& stage, QWidget* parent = nullptr);
    Stage value() const;

private:
    Stage m_stage;
    QLineEdit* m_name;
    QComboBox* m_phase;
    QDoubleSpinBox* m_expected;
};

class JourneyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JourneyDialog(const Journey& journey, QWidget* parent = nullptr);
    Journey value() const;

private:
    Journey m_journey;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QLineEdit* m_persona;
    QPlainTextEdit* m_about;
    QPlainTextEdit* m_goals;
    QPlainTextEdit* m_frustrations;
};

// A name and what to start from: empty, or one of the templates.
class NewJourneyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewJourneyDialog(QWidget* parent = nullptr);
    QString name() const;
    QString templateKey() const;

private:
    QLineEdit* m_name;
    QComboBox* m_start;
};

} // namespace cx
