#pragma once
// A ticket's detail (GET /tickets/{id}, POST /tickets/pull, the `current` of a 412): the case file
// of the domain contract plus what the server adds (workflow state, lease, assessment, history).

#include "casefile.h"
#include "caseworkflow.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wd::remote {

// Stored content of one evidence item (`evidence_files`); download it by contentId.
struct EvidenceFile
{
    QString evidenceId;
    QString contentId;
    qint64 size = 0;
    QString sha256;
    QString mediaType;
    QString url;
};

struct TicketDetail
{
    CaseFile caseFile;
    CaseState state;
    qint64 version = 0;
    QString holder;          // empty when nobody holds a live lease
    QDateTime leaseUntil;    // invalid when not held
    QJsonObject assessment;  // empty when the case is not assessable yet (see assessmentError)
    QString assessmentError;
    QJsonArray history;      // the ticket's audit entries
    QJsonArray duplicates;   // duplicate-screenshot warnings
    QList<EvidenceFile> evidenceFiles;
    QJsonObject raw;
};

// The case file goes through the domain CaseCodec (given only the contract's members), the
// state through decodeCaseState; errors name the field ("order.delivered_at", "state.notes[2].at").
Result<TicketDetail> decodeTicketDetail(const QJsonObject &object);

} // namespace wd::remote
