// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/jsonscan.h"

#include <charconv>
#include <cstring>

namespace Lab::JsonScan {

namespace {

// Past the closing quote of the string whose opening quote is at @p p; nullptr if cut short.
const char *skipString(const char *p, const char *end, bool *escaped)
{
    ++p;
    while (p != end) {
        // memchr finds the next quote or backslash far faster than a loop over every byte.
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!quote)
            return nullptr;
        const char *slash = static_cast<const char *>(std::memchr(p, '\\', std::size_t(quote - p)));
        if (!slash)
            return quote + 1;
        *escaped = true;
        p = slash + 2;
    }
    return nullptr;
}

// Past the object or array at @p p, brackets matched outside strings; nullptr if cut short.
const char *skipNested(const char *p, const char *end)
{
    int depth = 0;
    while (p != end) {
        switch (*p) {
        case '"': {
            bool escaped = false;
            p = skipString(p, end, &escaped);
            if (!p)
                return nullptr;
            continue;
        }
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (--depth == 0)
                return p + 1;
            break;
        default:
            break;
        }
        ++p;
    }
    return nullptr;
}

void appendUtf16(QString &out, char32_t code)
{
    if (code >= 0x10000) {
        code -= 0x10000;
        out += QChar(char16_t(0xd800 + (code >> 10)));
        out += QChar(char16_t(0xdc00 + (code & 0x3ff)));
    } else {
        out += QChar(char16_t(code));
    }
}

} // namespace

const char *skipSpace(const char *p, const char *end)
{
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

const char *readValue(const char *p, const char *end, Value *value)
{
    p = skipSpace(p, end);
    if (p == end)
        return nullptr;
    const char *start = p;
    switch (*p) {
    case '"': {
        bool escaped = false;
        const char *after = skipString(p, end, &escaped);
        if (!after)
            return nullptr;
        *value = {Value::String, std::string_view(start + 1, std::size_t(after - start - 2)), 0, escaped};
        return after;
    }
    case '{':
    case '[': {
        const char *after = skipNested(p, end);
        if (!after)
            return nullptr;
        value->type = *p == '{' ? Value::Object : Value::Array;
        value->raw = std::string_view(start, std::size_t(after - start));
        return after;
    }
    case 't':
    case 'f':
    case 'n': {
        const char *word = *p == 't' ? "true" : *p == 'f' ? "false" : "null";
        const std::size_t length = std::strlen(word);
        if (std::size_t(end - p) < length || std::memcmp(p, word, length) != 0)
            return nullptr;
        value->type = *p == 'n' ? Value::Null : Value::Bool;
        value->raw = std::string_view(p, length);
        return p + length;
    }
    default: {
        // from_chars would also take "inf" and "nan", which JSON does not have.
        if (*p != '-' && (*p < '0' || *p > '9'))
            return nullptr;
        double number = 0;
        // JSON allows no leading '+'; from_chars refuses it too.
        const auto [after, error] = std::from_chars(p, end, number);
        if (error != std::errc() || after == p)
            return nullptr;
        *value = {Value::Number, std::string_view(start, std::size_t(after - start)), number, false};
        return after;
    }
    }
}

QString Value::text() const
{
    if (type != String)
        return {};
    if (!escaped)
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    QString out;
    out.reserve(qsizetype(raw.size()));
    const char *p = raw.data();
    const char *end = p + raw.size();
    const char *run = p; // start of the text not yet copied
    const auto flush = [&](const char *upTo) {
        out += QString::fromUtf8(run, qsizetype(upTo - run));
    };
    const auto hex4 = [&end](const char *at, char32_t *code) {
        if (end - at < 4)
            return false;
        unsigned v = 0;
        const auto [after, error] = std::from_chars(at, at + 4, v, 16);
        *code = v;
        return error == std::errc() && after == at + 4;
    };
    while (p != end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        if (end - p < 2)
            break;
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(p, &code))
                break;
            p += 4;
            char32_t low = 0;
            if (code >= 0xd800 && code < 0xdc00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u' && hex4(p + 2, &low)
                && low >= 0xdc00 && low < 0xe000) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                p += 6;
            }
            appendUtf16(out, code);
            break;
        }
        default: // \" \\ \/ and anything else stand for the character itself
            out += QChar(char16_t(uchar(c)));
        }
        run = p;
    }
    flush(p);
    return out;
}

} // namespace Lab::JsonScan
