#include "ui/server/passwordstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace cx {

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "cxdesk.keychain")

const QString kService = QStringLiteral("CX Desk");

struct Outcome
{
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QString text;
};

// Runs a job and waits for it, at most timeoutMs. A job that outlives the
// wait finishes on its own and deletes itself; only the shared outcome hears it.
std::shared_ptr<Outcome> runJob(QKeychain::Job* job, int timeoutMs)
{
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy beside the settings
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, waiting](QKeychain::Job* j) {
        outcome->done = true;
        outcome->error = j->error();
        outcome->errorText = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j))
            outcome->text = read->textData();
        if (waiting)
            waiting->quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

QString reason(const Outcome& o)
{
    if (!o.done)
        return QStringLiteral("the keychain did not answer");
    return o.errorText.isEmpty() ? QStringLiteral("error %1").arg(int(o.error)) : o.errorText;
}
} // namespace

PasswordStore::Result SystemKeychain::read(const QString& key, QString* password, QString* why)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const auto o = runJob(job, m_timeoutMs);
    if (o->done && o->error == QKeychain::NoError) {
        *password = o->text;
        return Result::Found;
    }
    if (o->done && o->error == QKeychain::EntryNotFound)
        return Result::NotFound;
    *why = reason(*o);
    qCInfo(lcKeychain) << "the system keychain cannot be read:" << *why;
    return Result::Unavailable;
}

bool SystemKeychain::write(const QString& key, const QString& password, QString* why)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(password);
    const auto o = runJob(job, m_timeoutMs);
    if (o->done && o->error == QKeychain::NoError)
        return true;
    *why = reason(*o);
    qCInfo(lcKeychain) << "the system keychain cannot keep the password:" << *why;
    return false;
}

} // namespace cx
