#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cx {

class Database;

// The application window. For now a single overview page: the headline
// metrics of the whole history and what the database holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Re-reads everything shown from the database.
    void refresh();
    // Fills the (empty) database with the sample business and shows it.
    bool fillWithSampleData(QString* error);
    // The pages a screenshot shows, by file name (without .png).
    QStringList pageNames() const;
    void showPage(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    Database& m_db;
    QLabel* m_title = nullptr;
    QWidget* m_empty = nullptr;
    QPushButton* m_sample = nullptr;
    QTableWidget* m_metrics = nullptr;
    QLabel* m_counts = nullptr;
};

} // namespace cx
