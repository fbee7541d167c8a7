#pragma once
// Reads and writes the case file with exactly the contract's JSON names. Unknown keys are
// ignored (the server adds its own: notes, history, ...); unknown enum values, wrong types,
// missing required fields and oversized input are refused with the field path.

#include "casefile.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace wd {

struct CodecLimits
{
    qsizetype maxBytes = 4 * 1024 * 1024;
    int maxKeyEvents = 20000;
    int maxPlatformEvents = 5000;
    int maxEvidence = 1000;
};

// Parses bytes into a JSON object, checking the size first.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, qsizetype maxBytes);

class CaseCodec
{
public:
    explicit CaseCodec(CodecLimits limits = {}) : m_limits(limits) {}

    Result<CaseFile> decode(const QByteArray &json) const;
    Result<CaseFile> decode(const QJsonObject &object) const;
    static QJsonObject encode(const CaseFile &caseFile);
    // The ticket part as compact JSON text, written directly (every ticket write stores it),
    // and as an object (parsed from that text).
    static QByteArray encodeTicketJson(const Ticket &ticket);
    static QJsonObject encodeTicket(const Ticket &ticket);

private:
    CodecLimits m_limits;
};

} // namespace wd
