#pragma once
// Takes one screenshot for the docs (see shot.h): opens a fresh main window on the plan, sets it
// up, runs the shot's steps (actions, checks, clicks, keys; a step may open a modal dialog, and the
// steps after it then run inside that dialog's event loop), waits and writes the PNG.

#include "shot.h"

#include <QDir>
#include <QString>

namespace waveplan::tools {

/// Writes `shot` as OUT/NAME.png on `defaultPlan` (unless the shot names its own plan); prints
/// the file's path. False with `error` set if a setting names something the window lacks.
bool takeShot(const Shot &shot, const QString &defaultPlan, const QDir &out, QString &error);

} // namespace waveplan::tools
