#pragma once

// Reading for a page on a thread of its own, so the window answers at once
// however much there is to read. The read opens its own connection (from
// Database::location()) on that thread; what it returns is handed to the
// page on the window's thread. A newer read overtakes an older one, whose
// result is dropped; settle() waits for the newest and hands it over at
// once, for whoever needs the result now (printing, tests, pictures).

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace cx {

template <typename Result> class BackgroundRead
{
public:
    explicit BackgroundRead(QObject* owner) : m_owner(owner) {}
    ~BackgroundRead()
    {
        // A read still running finishes before its page goes.
        for (const QPointer<QThread>& t : std::as_const(m_running))
            if (t)
                t->wait();
    }
    BackgroundRead(const BackgroundRead&) = delete;
    BackgroundRead& operator=(const BackgroundRead&) = delete;

    // Runs read() on a new thread; apply() gets its result on the owner's.
    void start(std::function<Result()> read, std::function<void(const Result&)> apply)
    {
        auto result = std::make_shared<Result>();
        QThread* worker = QThread::create([read = std::move(read), result] { *result = read(); });
        worker->setParent(m_owner); // gone with the page at the latest, once it has finished
        m_worker = worker;
        m_result = result;
        m_apply = std::move(apply);
        m_running.removeAll(nullptr);
        m_running << worker;
        QObject::connect(worker, &QThread::finished, m_owner, [this, worker] {
            worker->deleteLater();
            if (m_worker == worker)
                handOver();
        });
        worker->start();
    }

    bool busy() const { return m_worker != nullptr; }

    // Waits for the newest read, and hands its result over now.
    void settle()
    {
        if (!m_worker)
            return;
        m_worker->wait();
        handOver(); // its finished() comes later and finds it handed over
    }

private:
    void handOver()
    {
        m_worker = nullptr;
        const std::shared_ptr<Result> result = std::move(m_result);
        const std::function<void(const Result&)> apply = std::move(m_apply);
        if (result && apply)
            apply(*result);
    }

    QObject* m_owner;
    QThread* m_worker = nullptr; // the newest read while it runs
    std::shared_ptr<Result> m_result;
    std::function<void(const Result&)> m_apply;
    QList<QPointer<QThread>> m_running; // every read not yet finished
};

} // namespace cx
