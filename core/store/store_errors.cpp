#include "core/store/store_errors.h"

#include <cctype>
#include <cstring>

namespace waveplan::store {

Error fileError(const std::filesystem::path &path, std::string message)
{
    return Error{std::move(message), path.string(), 0, 0};
}

std::string systemErrorText(int errorNumber)
{
    std::string text = std::strerror(errorNumber);
    if (!text.empty())
        text.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
    return text;
}

} // namespace waveplan::store
