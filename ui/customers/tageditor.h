#pragma once

// A customer's tags as chips, each with × to remove it, and a line to type
// a new one (Enter adds it; the tags already in use are offered).

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace cx {

class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget* parent = nullptr);

    // Shows these tags (normalised), dropping what was typed.
    void setTags(const QStringList& tags);
    QStringList tags() const { return m_tags; }
    // The tags offered while typing (those other customers have).
    void setKnownTags(const QStringList& tags);

    // Adds a tag as Enter does; false when it is empty or already there.
    bool addTag(const QString& tag);
    bool removeTag(const QString& tag);
    // Adds what is typed but not yet added (a save must not drop it).
    void addTyped();
    QLineEdit* input() const { return m_input; }
    // The chips, in tag order.
    QList<QWidget*> chips() const { return m_chips; }

signals:
    void tagsChanged();

private:
    void rebuild();

    QStringList m_tags;
    QList<QWidget*> m_chips;
    QLineEdit* m_input = nullptr;
    QStringListModel* m_known = nullptr;
};

} // namespace cx
