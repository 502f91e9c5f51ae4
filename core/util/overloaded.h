#pragma once
/// @file overloaded.h
/// `std::visit(Overloaded{[](const A &) {...}, [](const B &) {...}}, variant)`: one lambda per
/// alternative.

namespace waveplan {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};

} // namespace waveplan
