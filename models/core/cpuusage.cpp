// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/cpuusage.h"

#include <QFile>

namespace Lab {

std::vector<CpuTicks> parseProcStat(const QByteArray &text)
{
    std::vector<CpuTicks> cpus;
    for (const QByteArray &line : text.split('\n')) {
        // "cpu3 user nice system idle iowait irq softirq steal guest guest_nice"
        if (!line.startsWith("cpu") || line.size() < 4 || line[3] < '0' || line[3] > '9')
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        CpuTicks ticks;
        for (int i = 1; i < fields.size() && i <= 8; ++i) {
            const quint64 value = fields[i].toULongLong();
            ticks.total += value;
            if (i != 4 && i != 5) // idle and iowait
                ticks.busy += value;
        }
        cpus.push_back(ticks);
    }
    return cpus;
}

std::vector<double> CpuUsage::sample()
{
    // procfs files report size 0: read to the end.
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sample(file.readAll());
}

std::vector<double> CpuUsage::sample(const QByteArray &procStat)
{
    std::vector<CpuTicks> now = parseProcStat(procStat);
    std::vector<double> busy(now.size(), 0.0);
    if (m_last.size() == now.size()) {
        for (std::size_t i = 0; i < now.size(); ++i) {
            const quint64 total = now[i].total - m_last[i].total;
            const quint64 used = now[i].busy - m_last[i].busy;
            busy[i] = total == 0 ? 0.0 : qBound(0.0, double(used) / double(total), 1.0);
        }
    }
    m_last = std::move(now);
    return busy;
}

} // namespace Lab
