#pragma once
/// @file kind_colors.h
/// The outline colours that tell foundational from additive capabilities on paper, shared by
/// the one-page roadmap and the waves' parts of the map (foundational solid and filled, additive
/// dashed: the difference never rests on colour alone).

#include <QColor>

namespace waveplan::ui::report {

inline const QColor kFoundationalEdge(0x1f, 0x5f, 0xa8);
inline const QColor kAdditiveEdge(0x5f, 0x63, 0x68);

} // namespace waveplan::ui::report
