#pragma once

#include <QObject>

class QSocketNotifier;

namespace consulta {

// Turns SIGTERM and SIGHUP (a logout, a shutdown, `kill`) into a Qt signal delivered in
// the event loop, so the window can end tidily instead of dying mid-flight: the signal
// handler only writes the signal's number into a pipe (the one thing safe to do there),
// and a QSocketNotifier reads it in the main thread. One per process.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace consulta
