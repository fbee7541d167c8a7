#pragma once

#include "jsonreader.h"

#include <utility>
#include <variant>

namespace wd {

// A value or the DecodeError that explains why there is none.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(DecodeError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const DecodeError &error() const { return std::get<DecodeError>(m_state); }

private:
    std::variant<T, DecodeError> m_state;
};

} // namespace wd
