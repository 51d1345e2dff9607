#include "SecretPrompt.h"

#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace LhShare::Cli {

namespace {

// The terminal settings to restore from a signal handler (which can reach nothing else).
termios s_saved{};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreAndReraise(int signal)
{
    // tcsetattr, signal and raise are async-signal-safe.
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off for as long as it lives; the signal handlers put the terminal back too.
class EchoOff final
{
public:
    EchoOff()
    {
        tcgetattr(STDIN_FILENO, &s_saved);
        struct sigaction action
        {
        };
        action.sa_handler = restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &action, &m_previous[i]);
        termios silent = s_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    ~EchoOff()
    {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
        for (size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    struct sigaction m_previous[std::size(kSignals)]{};
};

// Overwrites a buffer that held a secret before it is released.
void wipe(std::string &text)
{
    for (char &c : text)
        *static_cast<volatile char *>(&c) = 0;
    text.clear();
}

} // namespace

SecretPrompt::SecretPrompt(QTextStream &err, int maxBytes)
    : m_err(err)
    , m_maxBytes(maxBytes)
{
}

SecretPrompt::Result SecretPrompt::read(const QString &prompt, QString *line)
{
    std::string buffer;
    buffer.reserve(size_t(m_maxBytes) + 1);
    bool tooLong = false;
    int c = 0;
    {
        std::optional<EchoOff> echoOff;
        if (isatty(STDIN_FILENO) == 1) {
            // Echo goes off before the prompt shows, so nothing typed after it is echoed.
            echoOff.emplace();
            m_err << prompt << Qt::flush;
        }
        // Past the cap the rest of the line is read and dropped, so the next line starts clean.
        while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
            if (buffer.size() < size_t(m_maxBytes))
                buffer.push_back(char(c));
            else
                tooLong = true;
        }
    }
    const bool gotLine = c == '\n' || !buffer.empty();
    *line = tooLong ? QString() : QString::fromUtf8(buffer.data(), qsizetype(buffer.size())).trimmed();
    wipe(buffer);
    if (tooLong)
        return Result::TooLong;
    return gotLine ? Result::Line : Result::NoInput;
}

QString SecretPrompt::tooLongMessage() const
{
    return tr("The line on standard input is longer than %n byte(s); it is not a credential.", nullptr, m_maxBytes);
}

} // namespace LhShare::Cli
