#pragma once
/// @file result.h
/// Errors as values: what went wrong, where, and what was expected, in words a user can act on.

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace waveplan {

/// One problem found while reading or checking user input.
/// `file`, `line` and `column` are filled where they are known (1-based; 0 = unknown).
struct Error {
    std::string message;
    std::string file;
    int line = 0;
    int column = 0;

    /// "file:line:column: message", leaving out the parts that are unknown.
    [[nodiscard]] std::string toString() const;
    bool operator==(const Error &) const = default;
};

using Errors = std::vector<Error>;

/// An error known by its message alone (no file, line or column), e.g. about a typed cell.
[[nodiscard]] inline Error messageError(std::string message)
{
    return Error{std::move(message), {}, 0, 0};
}

/// Joins errors one per line with toString().
[[nodiscard]] std::string formatErrors(const Errors &errors);

/// Either a value or the errors that prevented it. Never both, never neither.
template <typename T> class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(Errors{std::move(error)}) {}
    Result(Errors errors) : m_state(std::move(errors)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const T &operator*() const & { return value(); }
    [[nodiscard]] const T *operator->() const { return &value(); }

    [[nodiscard]] const Errors &errors() const { return std::get<Errors>(m_state); }
    [[nodiscard]] std::string errorText() const { return ok() ? std::string() : formatErrors(errors()); }

private:
    std::variant<T, Errors> m_state;
};

/// Success carries nothing; failure carries errors.
struct Ok {
    bool operator==(const Ok &) const = default;
};
using Status = Result<Ok>;

} // namespace waveplan
