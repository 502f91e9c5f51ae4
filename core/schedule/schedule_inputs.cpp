#include "core/schedule/schedule_inputs.h"

namespace waveplan {

bool sameSchedulingInputs(const Capability &a, const Capability &b)
{
    // `a` with b's descriptive fields: equal to b exactly when the rest already was. A field
    // added to Capability later is a scheduling input until it is listed here.
    Capability described = a;
    described.name = b.name;
    described.owner = b.owner;
    described.approach = b.approach;
    described.kpi = b.kpi;
    described.readiness = b.readiness;
    described.value = b.value;
    described.cost = b.cost;
    described.retires = b.retires;
    described.notes = b.notes;
    described.position = b.position;
    return described == b;
}

} // namespace waveplan
