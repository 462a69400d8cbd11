#pragma once

// Internal: the fixed part of the sandbox CRM (property definitions with their translations,
// owners, pipelines, name pools). The seeded part is generated in datasetgenerator.cpp.

#include "objectstore.h"

namespace sandbox::catalog {

inline constexpr int kPortalId = 12345678;           // in the custom object's fullyQualifiedName
inline constexpr qint64 kFixedNowMs = 1736899200000; // 2025-01-15T00:00:00Z, "now" of the data
inline constexpr qint64 kMetadataTimeMs = 1546300800000; // 2019-01-01: metadata createdAt

QList<OwnerSpec> owners();
QList<PipelineSpec> pipelines();

// Each fills typeId, names, labels, properties (with columns of the right kind) and groups.
void defineContacts(ObjectStore &store, const QList<OwnerSpec> &owners);
void defineCompanies(ObjectStore &store, const QList<OwnerSpec> &owners);
void defineDeals(ObjectStore &store, const QList<OwnerSpec> &owners,
                 const QList<PipelineSpec> &pipelines);
void defineTickets(ObjectStore &store, const QList<OwnerSpec> &owners,
                   const QList<PipelineSpec> &pipelines);
void definePets(ObjectStore &store);

// Name pools for generated values.
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &jobTitles();
const QList<QPair<QString, QString>> &cities(); // city, country
const QStringList &companyStems();
const QStringList &companySuffixes();
const QStringList &dealProducts();
const QStringList &ticketSubjects();
const QStringList &ticketContents();
const QStringList &petNames();

// "jurgen" for "Jürgen": the ASCII form used in emails and domains.
QString asciiSlug(const QString &text);

} // namespace sandbox::catalog
