#include "core/io/csv_reader.h"

#include "core/io/csv_formula.h"
#include "core/util/text.h"

#include <csv.h>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace waveplan {

namespace {

/// Where a byte sits in the file: 1-based line and column (columns count characters).
struct Position {
    int line = 1;
    int column = 1;
};

bool isLineEnd(unsigned char c)
{
    return c == '\r' || c == '\n';
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t';
}

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// Follows bytes through the text and tells the position of each. "\r\n" is one line end.
class PositionTracker {
public:
    [[nodiscard]] Position current() const { return m_pos; }

    /// Position of `byte`, then moves past it. Continuation bytes of a UTF-8 sequence share the
    /// position of the byte that starts the sequence.
    Position advance(unsigned char byte)
    {
        Position here = m_pos;
        if (isContinuationByte(byte))
            here.column = std::max(1, m_pos.column - 1);
        if (byte == '\n') {
            if (!m_afterCr)
                newLine();
        } else if (byte == '\r') {
            newLine();
        } else if (!isContinuationByte(byte)) {
            ++m_pos.column;
        }
        m_afterCr = byte == '\r';
        return here;
    }

private:
    void newLine()
    {
        ++m_pos.line;
        m_pos.column = 1;
    }

    Position m_pos;
    bool m_afterCr = false;
};

/// Length of the valid UTF-8 sequence starting at `text[i]`, or 0 when it is not valid
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short).
size_t utf8SequenceLength(std::string_view text, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    size_t length = 0;
    unsigned char min2 = 0x80, max2 = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            min2 = 0xA0; // overlong
        if (lead == 0xED)
            max2 = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            min2 = 0x90; // overlong
        if (lead == 0xF4)
            max2 = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    if (byte(i + 1) < min2 || byte(i + 1) > max2)
        return 0;
    for (size_t k = 2; k < length; ++k)
        if (!isContinuationByte(byte(i + k)))
            return 0;
    return length;
}

std::string hexByte(unsigned char c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(c));
    return buffer;
}

/// One error per line holding bytes that are not UTF-8.
Errors checkUtf8(std::string_view text, std::string_view fileName)
{
    Errors errors;
    PositionTracker tracker;
    int lastReportedLine = 0;
    size_t i = 0;
    while (i < text.size()) {
        const size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            const auto bad = static_cast<unsigned char>(text[i]);
            // A stray byte counts as one character of its own for the column.
            const Position where = tracker.current();
            if (where.line != lastReportedLine) {
                errors.push_back({"the text is not valid UTF-8 (byte " + hexByte(bad) +
                                      "); save the file with the UTF-8 encoding "
                                      "(\"CSV UTF-8\" in Excel)",
                                  std::string(fileName), where.line, where.column});
                lastReportedLine = where.line;
            }
            tracker.advance('?');
            ++i;
            continue;
        }
        for (size_t k = 0; k < length; ++k)
            tracker.advance(static_cast<unsigned char>(text[i + k]));
        i += length;
    }
    return errors;
}

/// Feeds libcsv one byte at a time so that each field's start position is known.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view fileName) : m_fileName(fileName)
    {
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
    }
    ~Tokenizer() { csv_free(&m_parser); }
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    Result<std::vector<CsvRecord>> run(std::string_view text)
    {
        for (const char ch : text) {
            const auto byte = static_cast<unsigned char>(ch);
            const Position here = m_tracker.advance(byte);
            noteFieldStart(byte, here);
            if (csv_parse(&m_parser, &ch, 1, &Tokenizer::onField, &Tokenizer::onRecord, this) != 1)
                return parseError(byte, here);
        }
        if (csv_fini(&m_parser, &Tokenizer::onField, &Tokenizer::onRecord, this) != 0) {
            const Position start = m_start.value_or(m_tracker.current());
            return Error{"this quoted cell is never closed: a cell that starts with '\"' ends "
                         "with the next '\"' that is not doubled",
                         m_fileName, start.line, start.column};
        }
        return std::move(m_records);
    }

private:
    /// Mirrors how libcsv starts rows and fields: spaces and tabs before a cell are skipped,
    /// and line ends before the first cell of a row do not start one.
    void noteFieldStart(unsigned char byte, Position here)
    {
        if (!m_rowBegun && isLineEnd(byte)) {
            m_start.reset();
            return;
        }
        if (m_startFixed)
            return;
        if (!m_start)
            m_start = here;
        if (isSpace(byte))
            return;
        m_rowBegun = true;
        if (byte == ',' || isLineEnd(byte))
            return; // an empty cell: it starts where it ends
        m_start = here;
        m_startFixed = true;
        m_quoted = byte == '"';
    }

    Error parseError(unsigned char byte, Position here) const
    {
        if (byte == '"' && !m_quoted)
            return Error{"a '\"' inside a cell that does not start with one; put the whole cell "
                         "in double quotes and double each quote inside it (\"say \"\"hi\"\"\")",
                         m_fileName, here.line, here.column};
        return Error{"unexpected text after the closing quote of a cell; expected ',' or the "
                     "end of the line (a quote inside a quoted cell is written twice: \"\")",
                     m_fileName, here.line, here.column};
    }

    static void onField(void *data, size_t size, void *self)
    {
        auto *t = static_cast<Tokenizer *>(self);
        const Position start = t->m_start.value_or(t->m_tracker.current());
        if (t->m_current.fields.empty())
            t->m_current.line = start.line;
        t->m_current.fields.push_back(
            {std::string(restoreFormula({static_cast<const char *>(data), size})), start.line, start.column});
        t->m_start.reset();
        t->m_startFixed = false;
        t->m_quoted = false;
    }

    static void onRecord(int, void *self)
    {
        auto *t = static_cast<Tokenizer *>(self);
        t->m_records.push_back(std::move(t->m_current));
        t->m_current = {};
        t->m_rowBegun = false;
    }

    std::string m_fileName;
    csv_parser m_parser{};
    PositionTracker m_tracker;
    std::optional<Position> m_start; ///< where the cell being read starts
    bool m_startFixed = false;       ///< its first non-space character has been seen
    bool m_quoted = false;           ///< that character was a quote
    bool m_rowBegun = false;
    CsvRecord m_current;
    std::vector<CsvRecord> m_records;
};

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const CsvField &f) { return f.text.empty(); });
}

Result<std::vector<CsvRecord>> readCsv(std::string_view text, std::string_view fileName)
{
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (const auto wide = text::wideEncodingOf(text))
        return Errors{{"the file is encoded as " + *wide + ", not UTF-8; save it with the UTF-8 encoding "
                       "(\"CSV UTF-8\" in Excel)",
                       std::string(fileName), 0, 0}};
    if (Errors errors = checkUtf8(text, fileName); !errors.empty())
        return errors;
    Tokenizer tokenizer(fileName);
    return tokenizer.run(text);
}

} // namespace waveplan
