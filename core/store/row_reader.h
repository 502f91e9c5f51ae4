#pragma once
/// @file row_reader.h
/// Checked reading of one row's columns, shared by the readers of a plan file's tables.
/// Private to core/store.

#include "core/model/ids.h"
#include "core/util/result.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

namespace waveplan::store {

/// Reads one row's columns, checking each value's type and range; problems are collected in
/// `errors` with the table and row named, and a neutral value is returned in their place.
class RowReader {
public:
    RowReader(SQLite::Statement &statement, std::string where, Errors &errors)
        : m_statement(statement), m_where(std::move(where)), m_errors(errors)
    {
    }

    std::string text(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.getType() != SQLite::TEXT) {
            complain(column, "text");
            return {};
        }
        return value.getString();
    }

    std::optional<int> optionalInteger(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.isNull())
            return std::nullopt;
        const long long number = value.getInt64();
        if (value.getType() != SQLite::INTEGER || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max()) {
            complain(column, "a whole number that fits in 32 bits");
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    /// An internal id: a whole number above 0.
    std::int64_t id(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.getType() != SQLite::INTEGER || value.getInt64() <= 0) {
            complain(column, "an id above 0");
            return kNoId;
        }
        return value.getInt64();
    }

    int integer(int column)
    {
        if (m_statement.getColumn(column).isNull()) {
            complain(column, "a whole number");
            return 0;
        }
        return optionalInteger(column).value_or(0);
    }

    std::optional<double> optionalReal(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.isNull())
            return std::nullopt;
        if (value.getType() != SQLite::FLOAT && value.getType() != SQLite::INTEGER) {
            complain(column, "a number");
            return std::nullopt;
        }
        return value.getDouble();
    }

    void problem(const std::string &text) { m_errors.push_back(Error{m_where + ": " + text, {}, 0, 0}); }

private:
    void complain(int column, const char *expected)
    {
        problem(std::string("column ") + m_statement.getColumnName(column) + " should hold " + expected);
    }

    SQLite::Statement &m_statement;
    std::string m_where;
    Errors &m_errors;
};

} // namespace waveplan::store
