// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/plates/plateworld.h"

#include <algorithm>
#include <limits>

namespace Lab {

namespace {
// SplitMix64: tiny, and the same numbers on every compiler (std:: distributions are not).
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {
    }
    double uniform(double low, double high)
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return low + (high - low) * double(z >> 11) * 0x1.0p-53;
    }

private:
    quint64 m_state;
};
} // namespace

PlateWorld::PlateWorld(const PlateParams &params)
    : m_params(params)
{
    SplitMix random(params.seed);
    m_plates.resize(std::max(0, params.plates));
    for (Plate &plate : m_plates) {
        // Every plate starts fast enough that two hands reach it in time.
        plate.speed = random.uniform(0.85 * params.fullSpeed, params.fullSpeed);
        plate.decay = random.uniform(params.minDecay, params.maxDecay);
        plate.angle = random.uniform(0.0, 1.0);
    }
    m_hands.resize(std::max(0, params.hands));
}

void PlateWorld::advance(double seconds)
{
    if (seconds <= 0)
        return;
    for (Plate &plate : m_plates) {
        if (plate.fallen)
            continue;
        plate.angle += plate.speed * seconds;
        if (plate.heldBy >= 0)
            continue;
        const double left = (plate.speed - m_params.fallSpeed) / plate.decay;
        plate.speed -= plate.decay * seconds;
        if (plate.speed < m_params.fallSpeed) {
            plate.fallen = true;
            plate.fellAt = m_time + std::max(0.0, left);
            plate.speed = 0.0;
        }
    }
    for (Hand &hand : m_hands) {
        if (hand.plate >= 0)
            hand.busySeconds += seconds;
    }
    m_time += seconds;
}

void PlateWorld::advanceTo(double time)
{
    advance(time - m_time);
}

double PlateWorld::timeToFall(int index) const
{
    const Plate &plate = m_plates[index];
    if (plate.fallen)
        return 0.0;
    return (plate.speed - m_params.fallSpeed) / plate.decay;
}

// snippet-begin: scheduler
int PlateWorld::pickPlate() const
{
    int best = -1;
    double bestLeft = std::numeric_limits<double>::infinity();
    for (int i = 0; i < int(m_plates.size()); ++i) {
        const Plate &plate = m_plates[i];
        if (plate.fallen || plate.heldBy >= 0 || plate.speed >= m_params.attentionSpeed)
            continue; // down for good, already in a hand, or still spinning well
        if (const double left = timeToFall(i); left < bestLeft) {
            bestLeft = left;
            best = i;
        }
    }
    return best;
}
// snippet-end: scheduler

void PlateWorld::beginVisit(int hand, int plate)
{
    Hand &h = m_hands[hand];
    if (h.plate >= 0)
        endVisit(hand);
    h.plate = plate;
    h.visitEnd = m_time + m_params.visitSeconds;
    ++h.visits;
    m_plates[plate].heldBy = hand;
    m_visits.push_back({m_time, hand, plate});
}

void PlateWorld::endVisit(int hand)
{
    Hand &h = m_hands[hand];
    if (h.plate < 0)
        return;
    Plate &plate = m_plates[h.plate];
    plate.heldBy = -1;
    if (!plate.fallen)
        plate.speed = m_params.fullSpeed;
    h.plate = -1;
    h.stuck = false;
}

void PlateWorld::setStuck(int hand, bool stuck)
{
    m_hands[hand].stuck = stuck;
}

void PlateWorld::step(double seconds, bool blocked)
{
    advance(seconds);
    if (blocked) {
        // The loop is held: only the stuck hand has a plate; nothing else can move until it returns.
        if (!m_hands.empty() && m_hands[0].plate < 0) {
            if (const int plate = pickPlate(); plate >= 0)
                beginVisit(0, plate);
            else if (const auto up = std::find_if(m_plates.begin(), m_plates.end(),
                         [](const Plate &p) {
                             return !p.fallen && p.heldBy < 0;
                         });
                     up != m_plates.end())
                beginVisit(0, int(up - m_plates.begin()));
        }
        if (!m_hands.empty())
            m_hands[0].stuck = m_hands[0].plate >= 0;
        return;
    }
    constexpr double Epsilon = 1e-9;
    for (int hand = 0; hand < int(m_hands.size()); ++hand) {
        if (m_hands[hand].plate >= 0 && (m_hands[hand].stuck || m_time + Epsilon >= m_hands[hand].visitEnd))
            endVisit(hand);
    }
    for (int hand = 0; hand < int(m_hands.size()); ++hand) {
        if (m_hands[hand].plate >= 0)
            continue;
        const int plate = pickPlate();
        if (plate < 0)
            break;
        beginVisit(hand, plate);
    }
}

int PlateWorld::platesUp() const
{
    return int(std::count_if(m_plates.begin(), m_plates.end(), [](const Plate &p) {
        return !p.fallen;
    }));
}

int PlateWorld::platesFallen() const
{
    return int(m_plates.size()) - platesUp();
}

bool PlateWorld::isWobbling(int index) const
{
    const Plate &plate = m_plates[index];
    return !plate.fallen && plate.speed < m_params.wobbleSpeed;
}

} // namespace Lab
