#pragma once
/// @file overloaded.h
/// `std::visit(Overloaded{[](const A &) {...}, [](const B &) {...}}, variant)`: one lambda per
/// alternative.

namespace waveplan {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
/// C++20 deduces this for aggregates; clang before 17 (the fuzzing build's) needs it said.
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace waveplan
