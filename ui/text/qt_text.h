#pragma once
/// @file qt_text.h
/// Text between core (UTF-8 std::string) and Qt (QString), in one place for every view.

#include <QString>

#include <string>

namespace waveplan::ui {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

inline std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace waveplan::ui
