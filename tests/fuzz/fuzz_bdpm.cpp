// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the BDPM reader: the first byte picks the file (medicines, presentations,
// composition, conditions); the DCI line is built from whatever composition came out.
#include "drugs/BdpmReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QList<relais::BdpmProblem> problems;
    switch (data[0] & 3) {
    case 0:
        for (const auto& m : relais::BdpmReader::medicines(bytes, QStringLiteral("CIS_bdpm.txt"), problems))
            (void)relais::BdpmReader::brandOf(m.name);
        break;
    case 1:
        (void)relais::BdpmReader::presentations(bytes, QStringLiteral("CIS_CIP_bdpm.txt"), problems);
        break;
    case 2:
        (void)relais::BdpmReader::dciLine(relais::BdpmReader::components(bytes, QStringLiteral("CIS_COMPO_bdpm.txt"), problems));
        break;
    default:
        for (const auto& c : relais::BdpmReader::conditions(bytes, QStringLiteral("CIS_CPD_bdpm.txt"), problems))
            (void)relais::BdpmReader::requiresSecurePaper(c.text);
        break;
    }
    return 0;
}
