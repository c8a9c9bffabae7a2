#include "ui/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 60, 60, 60);
    layout->setSpacing(14);
    auto* title = new QLabel(tr("Welcome to CX Desk"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* text = new QLabel(
        tr("Map how customers meet your business, record what happens at each touchpoint, run "
           "surveys and see how customers really feel — all in one file on this computer."),
        this);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    auto add = [&](const QString& label, const QString& detail, void (WelcomePage::*signal)()) {
        auto* b = new QPushButton(QStringLiteral("%1\n%2").arg(label, detail), this);
        b->setObjectName(QStringLiteral("welcomeChoice"));
        b->setMaximumWidth(560);
        connect(b, &QPushButton::clicked, this, signal);
        layout->addWidget(b);
        return b;
    };
    add(tr("Explore with sample data"),
        tr("A bakery-café with 18 months of customers, surveys and follow-ups."),
        &WelcomePage::sampleRequested)
        ->setDefault(true);
    add(tr("Start with an empty business"), tr("Add your own journeys, customers and surveys."),
        &WelcomePage::emptyRequested);
    add(tr("Open a database…"), tr("Continue with a CX Desk file you already have."),
        &WelcomePage::openRequested);
    layout->addStretch(1);
}

} // namespace cx
