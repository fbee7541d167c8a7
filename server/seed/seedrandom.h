#pragma once
// A small deterministic random source (SplitMix64) for the demo seed. Unlike std::
// distributions its output is the same on every compiler and platform, so a (seed, index) pair
// always yields the same ticket.

#include <QList>
#include <QtGlobal>

namespace wd {

class SeedRng
{
public:
    explicit SeedRng(quint64 state) : m_state(state) {}
    // One stream per (seed, index, purpose): the streams do not overlap in practice.
    static SeedRng stream(quint64 seed, quint64 index, quint64 purpose)
    {
        SeedRng r(seed * 0x9e3779b97f4a7c15ULL ^ (index + 1) * 0xbf58476d1ce4e5b9ULL ^ (purpose + 1) * 0x94d049bb133111ebULL);
        r.next();
        return r;
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo + 1));
    }
    int index(qsizetype size) { return size <= 1 ? 0 : int(next() % quint64(size)); }
    // True with probability permille / 1000.
    bool chance(int permille) { return range(0, 999) < permille; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(index(list.size())); }
    // An index into `weights`, chosen with probability proportional to the weight.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(range(0, total - 1));
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace wd
