// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>

namespace Lab {

/** Where one flag's download is. Done, NotFound and Error are final: a flag ends in exactly one. */
enum class FlagState : quint8 {
    Queued, ///< waiting for a turn (semaphore, worker or Qt's connection queue)
    Downloading, ///< the request is on the wire
    Done, ///< the image arrived and decodes
    NotFound, ///< HTTP 404
    Error, ///< anything else; FlagResult::message says what
};

/** "queued", "downloading", "done", "not found", "error". */
QString flagStateName(FlagState state);
/** True for Done, NotFound and Error. */
constexpr bool isFinal(FlagState state)
{
    return state == FlagState::Done || state == FlagState::NotFound || state == FlagState::Error;
}

/** Why a flag ended in FlagState::Error; the message says it in words. */
enum class FlagError : quint8 {
    None,
    HttpStatus, ///< the server answered with a status other than 200 and 404
    Timeout, ///< no complete answer within the client timeout
    Connection, ///< refused, reset, closed, host not found: the server could not be reached
    Decode, ///< the body is not an image, or one larger than a flag can be
    BadAnswer, ///< the answer is larger than a flag can be, or its body is malformed
    Save, ///< the file could not be written
    Stopped, ///< the run was stopped before the flag finished
};

/** One flag's outcome (or its state so far). */
struct FlagResult
{
    QString code; ///< upper case, "BR"
    FlagState state = FlagState::Queued;
    FlagError error = FlagError::None;
    /** For errors: "HTTP 418 - I'm a Teapot", "timeout after 3.1 s", "connection refused", "image does not decode". */
    QString message;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QImage image; ///< the decoded flag when Done
    qint64 requestNs = 0; ///< when the request went out (monotonic ns; 0 if it never did)
    qint64 finishedNs = 0; ///< when the flag reached its final state
};

/** What a run achieved: the book's counter of OK / NOT_FOUND / ERROR, and the time it took. */
struct FlagTotals
{
    int ok = 0;
    int notFound = 0;
    int errors = 0;
    qint64 elapsedNs = 0;
    bool stopped = false; ///< the run was stopped; unfinished flags count as errors ("stopped")

    int total() const { return ok + notFound + errors; }
    /** Counts @p state into ok / notFound / errors (non-final states are not counted). */
    void add(FlagState state);
};

} // namespace Lab

Q_DECLARE_METATYPE(Lab::FlagResult)
Q_DECLARE_METATYPE(Lab::FlagTotals)
