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

/// Which row a problem is in, beyond its table: "capability 'CDP'" from the text in `column`
/// (`what` = "capability"). Nothing when `what` is null or the column is NULL.
struct RowName {
    const char *what = nullptr;
    int column = -1;
};

/// Reads one row's columns, checking each value's type and range; problems are collected in
/// `errors` with the table and row named, and a neutral value is returned in their place.
/// The words naming the row are only put together for a problem: a healthy row of a large
/// file costs no allocation here.
class RowReader {
public:
    RowReader(SQLite::Statement &statement, const char *table, Errors &errors, RowName name = {})
        : m_statement(statement), m_table(table), m_name(name), m_errors(errors)
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

    void problem(const std::string &text) { m_errors.push_back(Error{where() + ": " + text, {}, 0, 0}); }

private:
    void complain(int column, const char *expected)
    {
        problem(std::string("column ") + m_statement.getColumnName(column) + " should hold " + expected);
    }

    [[nodiscard]] std::string where() const
    {
        std::string text = m_table;
        if (m_name.what && !m_statement.getColumn(m_name.column).isNull())
            text += std::string(", ") + m_name.what + " '" + m_statement.getColumn(m_name.column).getString() + "'";
        return text;
    }

    SQLite::Statement &m_statement;
    const char *m_table;
    RowName m_name;
    Errors &m_errors;
};

} // namespace waveplan::store
