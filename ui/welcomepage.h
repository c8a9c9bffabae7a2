#pragma once

#include <QWidget>

namespace cx {

// First start on an empty database.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void sampleRequested();
    void emptyRequested();
    void openRequested();
};

} // namespace cx
