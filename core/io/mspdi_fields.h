#pragma once
/// @file mspdi_fields.h
/// What the MS Project XML (MSPDI) writer and reader agree on: the working day the writer
/// describes, the custom task fields ("Text1"...) that carry what MS Project has no field for,
/// found again by their alias, and the header the writer puts before a capability's notes.
/// The mapping, field by field, is in docs/import-export.md, "MS Project XML".

#include "core/model/capability.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace waveplan::mspdi {

inline constexpr std::string_view kNamespace = "http://schemas.microsoft.com/project";

/// The working day written: 08:00-12:00 and 13:00-17:00 on each worked weekday of the plan's
/// calendar (mspdi_calendar.h).
inline constexpr int kMinutesPerDay = 480;
inline constexpr std::string_view kDayStarts = "T08:00:00";
inline constexpr std::string_view kDayEnds = "T17:00:00";

/// MSPDI's unit of LinkLag: a tenth of a minute.
inline constexpr int kLagUnitsPerMinute = 10;
/// An amount as MSPDI writes currency (Cost, FixedCost): in hundredths, as a plain decimal
/// ("2500000" for 25000). The decimal point is moved in the text, so currencyAmount gives back
/// exactly the amount written.
[[nodiscard]] std::string currencyText(double amount);
/// The amount of MSPDI currency text; nullopt when it is not a plain decimal.
[[nodiscard]] std::optional<double> currencyAmount(std::string_view text);
/// The ResourceUID of an assignment to nobody.
inline constexpr long long kNoResource = -65535;

/// Duration and lag formats (DurationFormat, LagFormat) that count elapsed time (every hour of
/// every day) rather than working time.
[[nodiscard]] bool isElapsedFormat(int format);
/// Formats that give a lag as a percentage of the predecessor's duration.
[[nodiscard]] bool isPercentFormat(int format);
inline constexpr int kFormatDays = 7;

/// MSPDI link types (PredecessorLink/Type).
enum class LinkType { FinishToFinish = 0, FinishToStart = 1, StartToFinish = 2, StartToStart = 3 };

/// The capability fields MS Project has no field for.
enum class Field {
    Key,
    Kind,
    Owner,
    Kpi,
    Approach,
    Retires,
    ReadinessTechnical,
    ReadinessSkills,
    ReadinessProcess,
    Value,
    EarliestWave,
    DeadlineWave,
    PinnedWave,
    GoLiveLimit, ///< of a team: a resource field, the others are task fields
};

/// One custom text field as the writer defines it (ExtendedAttributes) and the reader
/// finds it: by its alias, in any letter case, whatever Text field a user put it in.
struct CustomField {
    Field field;
    long long fieldId;          ///< MS Project's id of the Text field
    std::string_view fieldName; ///< "Text1"
    std::string_view alias;     ///< the column title users see
};

inline constexpr std::array<CustomField, 14> kCustomFields{{
    {Field::Key, 188743731, "Text1", "Waveplan key"},
    {Field::Kind, 188743734, "Text2", "Waveplan kind"},
    {Field::Owner, 188743737, "Text3", "Owner"},
    {Field::Kpi, 188743740, "Text4", "KPI"},
    {Field::Approach, 188743743, "Text5", "Approach"},
    {Field::Retires, 188743746, "Text6", "Retires"},
    {Field::ReadinessTechnical, 188743747, "Text7", "Readiness: technical"},
    {Field::ReadinessSkills, 188743748, "Text8", "Readiness: skills"},
    {Field::ReadinessProcess, 188743749, "Text9", "Readiness: process"},
    {Field::Value, 188743750, "Text10", "Value"},
    {Field::EarliestWave, 188743997, "Text11", "Earliest wave"},
    {Field::DeadlineWave, 188743998, "Text12", "Deadline wave"},
    {Field::PinnedWave, 188743999, "Text13", "Pinned wave"},
    {Field::GoLiveLimit, 205520904, "Text1", "Go-live limit"}, // resource Text1
}};

/// MS Project's first and last dates (Project 2003 and later): a resource's availability from
/// "the start of time" to "the end of time".
inline constexpr std::string_view kFirstDate = "1984-01-01T00:00:00";
inline constexpr std::string_view kLastDate = "2049-12-31T23:59:00";

/// `text` without the control characters XML 1.0 cannot hold (all but tab and line breaks).
[[nodiscard]] std::string xmlSafe(std::string_view text);

/// The field whose alias is `alias` (ASCII letter case ignored), if any.
[[nodiscard]] std::optional<Field> fieldWithAlias(std::string_view alias);

/// The lines the writer puts before a capability's notes so that they show in MS Project's
/// notes too: "Owner: ..." and "KPI: ..." (those that are set), then an empty line; empty when
/// neither is set. The reader takes exactly this off again.
[[nodiscard]] std::string notesHeader(const Capability &capability);

} // namespace waveplan::mspdi
