#pragma once
/// @file batch_insert.h
/// Private to core/store: inserting many rows with one INSERT statement per batch.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <iterator>
#include <string>

namespace waveplan::store {

/// Rows per INSERT of insertRows: SQLite's work per statement run (opening a cursor on the
/// table and on each of its indexes, and closing them) is paid once for this many rows, which
/// takes a third off saving a large plan (docs/benchmarks.md). 64 rows of the widest table
/// (21 columns) bind 1,344 parameters, far below SQLite's limit of 32,766.
constexpr std::size_t kRowsPerInsert = 64;

/// "INSERT INTO table (columns) VALUES (?, ...), ..." for `rows` rows of `columns` parameters.
inline std::string insertOf(const std::string &head, int columns, std::size_t rows)
{
    std::string row = "(?";
    for (int c = 1; c < columns; ++c)
        row += ", ?";
    row += ")";
    std::string sql = head + " VALUES " + row;
    for (std::size_t r = 1; r < rows; ++r)
        sql += ", " + row;
    return sql;
}

/// Inserts a row for each of `items` with `head` ("INSERT INTO table (columns)"), kRowsPerInsert
/// rows per statement and the rest in one last statement. bind(statement, first, item) binds
/// the row's `columns` parameters from index `first` + 1 on, every one of them.
template <typename Items, typename Bind>
void insertRows(SQLite::Database &db, const std::string &head, int columns, const Items &items, Bind bind)
{
    const std::size_t count = std::size(items);
    std::size_t done = 0;
    if (count >= kRowsPerInsert) {
        SQLite::Statement batch(db, insertOf(head, columns, kRowsPerInsert));
        for (; done + kRowsPerInsert <= count; done += kRowsPerInsert) {
            for (std::size_t r = 0; r < kRowsPerInsert; ++r)
                bind(batch, static_cast<int>(r) * columns, items[done + r]);
            batch.exec(); // every parameter is bound again for the next batch: no clearBindings
            batch.reset();
        }
    }
    if (done < count) {
        SQLite::Statement rest(db, insertOf(head, columns, count - done));
        for (std::size_t r = 0; done + r < count; ++r)
            bind(rest, static_cast<int>(r) * columns, items[done + r]);
        rest.exec();
    }
}

} // namespace waveplan::store
