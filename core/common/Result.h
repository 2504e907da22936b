#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace consulta {

// Failures a caller may want to answer differently from the rest (offer read-only when
// a file is locked, offer Save As when it changed on disk).
enum class ErrorKind
{
    Other,
    Locked,
    ChangedOnDisk,
    ReadOnly,
};

// What a failed core operation tells a person: one sentence, naming the file and the
// reason where there is one. Core never shows it; the window or the command line does.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

// A value or an Error. Core functions that can fail return this instead of throwing or
// showing anything.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T takeValue() { return std::move(std::get<T>(m_value)); }

    const Error &error() const { return std::get<Error>(m_value); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    ErrorKind errorKind() const { return ok() ? ErrorKind::Other : error().kind; }

private:
    std::variant<T, Error> m_value;
};

// A Result with no value: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }
    ErrorKind errorKind() const { return m_error ? m_error->kind : ErrorKind::Other; }

private:
    std::optional<Error> m_error;
};

} // namespace consulta
