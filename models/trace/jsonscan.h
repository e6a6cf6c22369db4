// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

namespace Lab::JsonScan {

/**
 * A JSON value as found in a buffer, not yet converted: trace files are read event by event
 * without building a document, so a 150 MB trace costs its bytes and what is kept of it.
 */
struct Value
{
    enum Type : quint8 { None, String, Number, Object, Array, Bool, Null };
    Type type = None;
    std::string_view raw; ///< the value's text; for a string, between its quotes
    double number = 0;
    bool escaped = false; ///< a string with backslash escapes (decode with text())

    bool isString() const { return type == String; }
    bool isNumber() const { return type == Number; }
    bool isObject() const { return type == Object; }
    /** A string's text, decoded. */
    QString text() const;
};

/** Skips spaces from @p p; returns the first other character's position (or @p end). */
const char *skipSpace(const char *p, const char *end);

/** Reads the value at @p p (after spaces); returns past it, or nullptr if it is not valid or cut short. */
const char *readValue(const char *p, const char *end, Value *value);

/**
 * Calls @p field(key, value) for each member of the object at @p p (after spaces); @p field returns
 * false to stop early. Returns the position past the object's closing brace, or nullptr if it is
 * not a valid object or is cut short (or @p field stopped: then the rest was not read).
 */
template<typename Field>
const char *readMembers(const char *p, const char *end, Field field)
{
    p = skipSpace(p, end);
    if (p == end || *p != '{')
        return nullptr;
    p = skipSpace(p + 1, end);
    if (p != end && *p == '}')
        return p + 1;
    while (p != end) {
        Value key;
        p = readValue(p, end, &key);
        if (!p || !key.isString())
            return nullptr;
        p = skipSpace(p, end);
        if (p == end || *p != ':')
            return nullptr;
        Value value;
        p = readValue(p + 1, end, &value);
        if (!p)
            return nullptr;
        if (!field(key.raw, value))
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return nullptr;
        if (*p == '}')
            return p + 1;
        if (*p != ',')
            return nullptr;
        p = skipSpace(p + 1, end);
    }
    return nullptr;
}

/** As readMembers() over the object whose text is @p object; false if it is not a valid object. */
template<typename Field>
bool forEachMember(std::string_view object, Field field)
{
    bool stopped = false;
    const char *after =
        readMembers(object.data(), object.data() + object.size(), [&](std::string_view key, const Value &value) {
            if (field(key, value))
                return true;
            stopped = true;
            return false;
        });
    return after || stopped;
}

} // namespace Lab::JsonScan
