// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace Lab {

/** The knobs of a plate-spinning show. Speeds are in turns per second, times in (simulated) seconds. */
struct PlateParams
{
    int plates = 18;
    int hands = 2;
    /** How long a hand spends on one plate; the plate is full speed again afterwards. */
    double visitSeconds = 0.5;
    quint64 seed = 1;

    double fullSpeed = 1.0;
    /** Below this a plate asks for a hand; above it the hands leave it alone. */
    double attentionSpeed = 0.6;
    double wobbleSpeed = 0.45;
    double fallSpeed = 0.25;
    /** Each plate's speed loss per second is drawn from [minDecay, maxDecay]. */
    double minDecay = 0.06;
    double maxDecay = 0.11;
};

/** One plate on its pole. */
struct Plate
{
    double speed = 1.0;
    double decay = 0.08; ///< speed lost per second
    double angle = 0.0; ///< how far it has turned (turns), for drawing
    bool fallen = false;
    double fellAt = -1.0;
    int heldBy = -1; ///< the hand visiting it, or -1
};

/** One hand: the plate it is on, and what it has done so far. */
struct Hand
{
    int plate = -1;
    double visitEnd = 0.0;
    double busySeconds = 0.0;
    int visits = 0;
    bool stuck = false; ///< held on its plate by a blocking call
};

/** A hand started visiting a plate at a (simulated) time. */
struct PlateVisit
{
    double time = 0.0;
    int hand = 0;
    int plate = 0;
    bool operator==(const PlateVisit &other) const = default;
};

/**
 * The physics and the scheduler of plate spinning, with no clock of its own: the caller says
 * how much time passed. Every plate slows down at its own rate (drawn from the seed); a hand
 * visiting a plate holds it and brings it back to full speed. The scheduler sends a free hand
 * to the plate with the least time left before it falls.
 *
 * The live show (PlateSpinning) feeds it the monotonic clock; step() is a deterministic
 * simulated mode for tests and for comparing runs.
 */
class PlateWorld
{
public:
    explicit PlateWorld(const PlateParams &params);

    const PlateParams &params() const { return m_params; }
    /** Simulated seconds since the start. */
    double time() const { return m_time; }

    /** Lets @p seconds pass: plates not held slow down and may fall; hands on a plate count as busy. */
    void advance(double seconds);
    /** advance() up to @p time, if it is later than now. */
    void advanceTo(double time);

    /** The plate a free hand should go to (the least time to fall among those asking), or -1. */
    int pickPlate() const;
    /** Seconds until plate @p index falls if nobody touches it. */
    double timeToFall(int index) const;
    void beginVisit(int hand, int plate);
    /** The hand lets go: its plate spins at full speed again. */
    void endVisit(int hand);
    void setStuck(int hand, bool stuck);

    /**
     * One step of the simulated mode: time passes, visits that are due end, free hands pick a
     * plate. While @p blocked, hand 0 stays stuck on its plate and no other hand moves, as
     * when a blocking call holds the one event loop they all run on.
     */
    void step(double seconds, bool blocked = false);

    const std::vector<Plate> &plates() const { return m_plates; }
    const std::vector<Hand> &hands() const { return m_hands; }
    const std::vector<PlateVisit> &visitLog() const { return m_visits; }
    int platesUp() const;
    int platesFallen() const;
    int visits() const { return int(m_visits.size()); }
    bool isWobbling(int index) const;

private:
    PlateParams m_params;
    double m_time = 0.0;
    std::vector<Plate> m_plates;
    std::vector<Hand> m_hands;
    std::vector<PlateVisit> m_visits;
};

} // namespace Lab
