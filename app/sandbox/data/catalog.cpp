#include "catalog.h"

#include <QRegularExpression>

namespace sandbox::catalog {
namespace {

QString u8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

struct Labels
{
    const char *en;
    const char *de;
    const char *fr;
    const char *es;
};

struct Opt
{
    const char *value;
    Labels labels;
};

PropertySpec prop(const char *name, const char *type, const char *fieldType, const char *group,
                  Labels labels)
{
    PropertySpec spec;
    spec.name = u8(name);
    spec.type = u8(type);
    spec.fieldType = u8(fieldType);
    spec.groupName = u8(group);
    spec.labels.insert(QStringLiteral("EN"), u8(labels.en));
    if (labels.de)
        spec.labels.insert(QStringLiteral("DE"), u8(labels.de));
    if (labels.fr)
        spec.labels.insert(QStringLiteral("FR"), u8(labels.fr));
    if (labels.es)
        spec.labels.insert(QStringLiteral("ES"), u8(labels.es));
    spec.description = spec.labels.value(QStringLiteral("EN"));
    return spec;
}

void setOptions(PropertySpec &spec, std::initializer_list<Opt> options)
{
    for (const Opt &option : options) {
        spec.options.append({u8(option.value), u8(option.labels.en)});
        const char *other[3] = {option.labels.de, option.labels.fr, option.labels.es};
        const QString langs[3] = {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("ES")};
        for (int i = 0; i < 3; ++i)
            spec.optionLabels[langs[i]].append(other[i] ? u8(other[i]) : u8(option.labels.en));
    }
}

PropertySpec boolProp(const char *name, const char *group, Labels labels)
{
    PropertySpec spec = prop(name, "bool", "booleancheckbox", group, labels);
    setOptions(spec,
               {{"true", {"Yes", "Ja", "Oui", "Sí"}}, {"false", {"No", "Nein", "Non", "No"}}});
    return spec;
}

PropertySpec ownerProp(const QList<OwnerSpec> &owners, Labels labels)
{
    PropertySpec spec = prop("hubspot_owner_id", "enumeration", "select", "", labels);
    spec.referencedObjectType = QStringLiteral("OWNER");
    for (const OwnerSpec &owner : owners)
        spec.options.append({owner.id, owner.firstName + QLatin1Char(' ') + owner.lastName});
    return spec;
}

PropertySpec recordIdProp(const char *group)
{
    PropertySpec spec =
        prop("hs_object_id", "number", "number", group,
             {"Record ID", "Datensatz-ID", "ID de fiche d'informations", "ID de registro"});
    spec.calculated = false;
    return spec;
}

PropertySpec createDateProp(const char *name, const char *group)
{
    return prop(name, "datetime", "date", group,
                {"Create Date", "Erstellungsdatum", "Date de création", "Fecha de creación"});
}

PropertySpec modifiedDateProp(const char *name, const char *group)
{
    return prop(name, "datetime", "date", group,
                {"Last Modified Date", "Zuletzt geändert am", "Date de dernière modification",
                 "Fecha de última modificación"});
}

PropertySpec pipelineOptionsProp(const char *name, const char *fieldType, Labels labels,
                                 const QList<PipelineSpec> &pipelines, const QString &typeId,
                                 bool stages)
{
    PropertySpec spec = prop(name, "enumeration", fieldType, "", labels);
    for (const PipelineSpec &pipeline : pipelines) {
        if (pipeline.objectTypeId != typeId)
            continue;
        if (!stages) {
            spec.options.append({pipeline.id, pipeline.label});
            continue;
        }
        for (const StageSpec &stage : pipeline.stages)
            spec.options.append({stage.id, stage.label});
    }
    return spec;
}

// Columns of the right kind for each property: numbers and dates are integers, everything else
// a pool unless the caller asks for per-row text.
void finish(ObjectStore &store, const QStringList &textProperties,
            const QHash<QString, int> &decimals = {})
{
    store.columns.resize(size_t(store.properties.size()));
    for (int i = 0; i < store.properties.size(); ++i) {
        PropertySpec &spec = store.properties[i];
        store.propertyIndex.insert(spec.name, i);
        const bool numeric =
            spec.type == u"number" || spec.type == u"date" || spec.type == u"datetime";
        Column &column = store.columns[size_t(i)];
        column.kind = numeric ? Column::Kind::Int
                              : (textProperties.contains(spec.name) ? Column::Kind::Text
                                                                    : Column::Kind::Pool);
        column.decimals = decimals.value(spec.name, 0);
    }
}

} // namespace

QList<OwnerSpec> owners()
{
    struct O
    {
        const char *first;
        const char *last;
        const char *team;
        const char *teamName;
    };
    static const O people[] = {
        {"Ana", "García", "501", "Sales EMEA"},     {"Ben", "Carter", "502", "Sales NA"},
        {"Chloé", "Martin", "501", "Sales EMEA"},   {"David", "Okafor", "503", "Support"},
        {"Emma", "Schneider", "501", "Sales EMEA"}, {"Felix", "Wagner", "503", "Support"},
        {"Grace", "Lee", "502", "Sales NA"},        {"Hiro", "Tanaka", "504", "Sales APAC"},
    };
    QList<OwnerSpec> result;
    int n = 0;
    for (const O &p : people) {
        OwnerSpec owner;
        owner.id = QString::number(31000001 + n);
        owner.userId = 9100001 + n;
        owner.firstName = u8(p.first);
        owner.lastName = u8(p.last);
        owner.email = asciiSlug(owner.firstName) + QLatin1Char('.') + asciiSlug(owner.lastName) +
                      QStringLiteral("@sandbox.example.com");
        owner.type = QStringLiteral("PERSON");
        owner.teamId = u8(p.team);
        owner.teamName = u8(p.teamName);
        result.append(owner);
        ++n;
    }
    OwnerSpec queue;
    queue.id = QStringLiteral("31000099");
    queue.firstName = QStringLiteral("Support");
    queue.lastName = QStringLiteral("Queue");
    queue.email = QStringLiteral("support@sandbox.example.com");
    queue.type = QStringLiteral("QUEUE");
    queue.teamId = QStringLiteral("503");
    queue.teamName = QStringLiteral("Support");
    result.append(queue);
    return result;
}

QList<PipelineSpec> pipelines()
{
    PipelineSpec sales{
        QStringLiteral("0-3"),
        QStringLiteral("default"),
        QStringLiteral("Sales Pipeline"),
        {{QStringLiteral("appointmentscheduled"), QStringLiteral("Appointment Scheduled"), 0.2,
          false},
         {QStringLiteral("qualifiedtobuy"), QStringLiteral("Qualified To Buy"), 0.4, false},
         {QStringLiteral("presentationscheduled"), QStringLiteral("Presentation Scheduled"), 0.6,
          false},
         {QStringLiteral("decisionmakerboughtin"), QStringLiteral("Decision Maker Bought-In"), 0.8,
          false},
         {QStringLiteral("contractsent"), QStringLiteral("Contract Sent"), 0.9, false},
         {QStringLiteral("closedwon"), QStringLiteral("Closed Won"), 1.0, true},
         {QStringLiteral("closedlost"), QStringLiteral("Closed Lost"), 0.0, true}}};
    PipelineSpec enterprise{
        QStringLiteral("0-3"),
        QStringLiteral("12345678"),
        QStringLiteral("Enterprise Pipeline"),
        {{QStringLiteral("12345679"), QStringLiteral("Discovery"), 0.1, false},
         {QStringLiteral("12345680"), QStringLiteral("Proposal"), 0.5, false},
         {QStringLiteral("12345681"), QStringLiteral("Negotiation"), 0.75, false},
         {QStringLiteral("12345682"), QStringLiteral("Won"), 1.0, true},
         {QStringLiteral("12345683"), QStringLiteral("Lost"), 0.0, true}}};
    PipelineSpec support{QStringLiteral("0-5"),
                         QStringLiteral("0"),
                         QStringLiteral("Support Pipeline"),
                         {{QStringLiteral("1"), QStringLiteral("New"), 0, false},
                          {QStringLiteral("2"), QStringLiteral("Waiting on contact"), 0, false},
                          {QStringLiteral("3"), QStringLiteral("Waiting on us"), 0, false},
                          {QStringLiteral("4"), QStringLiteral("Closed"), 0, true}}};
    return {sales, enterprise, support};
}

void defineContacts(ObjectStore &store, const QList<OwnerSpec> &owners)
{
    store.typeId = QStringLiteral("0-1");
    store.wireName = QStringLiteral("CONTACT");
    store.apiName = QStringLiteral("contacts");
    store.singular = QStringLiteral("Contact");
    store.plural = QStringLiteral("Contacts");
    store.primaryDisplay = QStringLiteral("email");
    store.searchable = {QStringLiteral("firstname"), QStringLiteral("lastname"),
                        QStringLiteral("email"), QStringLiteral("phone"),
                        QStringLiteral("company")};
    store.firstId = 10000001;
    store.groups = {{QStringLiteral("contactinformation"), QStringLiteral("Contact information")},
                    {QStringLiteral("sales_properties"), QStringLiteral("Sales properties")},
                    {QStringLiteral("emailinformation"), QStringLiteral("Email information")}};

    const char *info = "contactinformation";
    const char *sales = "sales_properties";
    PropertySpec lifecycle = prop("lifecyclestage", "enumeration", "radio", info,
                                  {"Lifecycle Stage", "Lebenszyklusphase", "Phase du cycle de vie",
                                   "Etapa del ciclo de vida"});
    setOptions(lifecycle,
               {{"subscriber", {"Subscriber", "Abonnent", "Abonné", "Suscriptor"}},
                {"lead", {"Lead", "Lead", "Lead", "Lead"}},
                {"marketingqualifiedlead",
                 {"Marketing Qualified Lead", "Marketing-qualifizierter Lead",
                  "Lead qualifié marketing", "Lead calificado para marketing"}},
                {"salesqualifiedlead",
                 {"Sales Qualified Lead", "Vertriebsqualifizierter Lead",
                  "Lead qualifié pour la vente", "Lead calificado para ventas"}},
                {"opportunity", {"Opportunity", "Verkaufschance", "Opportunité", "Oportunidad"}},
                {"customer", {"Customer", "Kunde", "Client", "Cliente"}},
                {"evangelist", {"Evangelist", "Evangelist", "Ambassadeur", "Promotor"}},
                {"other", {"Other", "Andere", "Autre", "Otro"}}});
    PropertySpec leadStatus =
        prop("hs_lead_status", "enumeration", "select", sales,
             {"Lead Status", "Lead-Status", "Statut du lead", "Estado del lead"});
    setOptions(
        leadStatus,
        {{"NEW", {"New", "Neu", "Nouveau", "Nuevo"}},
         {"OPEN", {"Open", "Offen", "Ouvert", "Abierto"}},
         {"IN_PROGRESS", {"In Progress", "In Bearbeitung", "En cours", "En curso"}},
         {"OPEN_DEAL", {"Open Deal", "Offener Deal", "Transaction ouverte", "Negocio abierto"}},
         {"UNQUALIFIED", {"Unqualified", "Nicht qualifiziert", "Non qualifié", "No calificado"}},
         {"ATTEMPTED_TO_CONTACT",
          {"Attempted to Contact", "Kontaktversuch", "Tentative de contact",
           "Intento de contacto"}},
         {"CONNECTED", {"Connected", "Verbunden", "Connecté", "Conectado"}},
         {"BAD_TIMING", {"Bad Timing", "Schlechter Zeitpunkt", "Mauvais moment", "Mal momento"}}});
    PropertySpec buyingRole =
        prop("hs_buying_role", "enumeration", "checkbox", sales,
             {"Buying Role", "Einkaufsrolle", "Rôle d'achat", "Rol de compra"});
    setOptions(
        buyingRole,
        {{"BUDGET_HOLDER",
          {"Budget Holder", "Budgetverantwortlicher", "Détenteur du budget",
           "Responsable del presupuesto"}},
         {"CHAMPION", {"Champion", "Fürsprecher", "Champion", "Defensor"}},
         {"DECISION_MAKER",
          {"Decision Maker", "Entscheidungsträger", "Décideur",
           "Responsable de la toma de decisiones"}},
         {"END_USER", {"End User", "Endnutzer", "Utilisateur final", "Usuario final"}},
         {"EXECUTIVE_SPONSOR",
          {"Executive Sponsor", "Executive Sponsor", "Sponsor exécutif", "Patrocinador ejecutivo"}},
         {"INFLUENCER", {"Influencer", "Influencer", "Influenceur", "Influenciador"}},
         {"OTHER", {"Other", "Andere", "Autre", "Otro"}}});
    PropertySpec owner = ownerProp(owners, {"Contact owner", "Kontaktinhaber",
                                            "Propriétaire du contact", "Propietario del contacto"});
    owner.groupName = QString::fromLatin1(sales);
    PropertySpec birth =
        prop("date_of_birth", "date", "date", info,
             {"Date of birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento"});
    birth.hubspotDefined = false;
    PropertySpec newsletter = boolProp("newsletter_opt_in", "emailinformation",
                                       {"Newsletter subscriber", "Newsletter-Abonnent",
                                        "Abonné à la newsletter", "Suscriptor del boletín"});
    newsletter.hubspotDefined = false;
    PropertySpec emailDomain =
        prop("hs_email_domain", "string", "text", "emailinformation",
             {"Email Domain", "E-Mail-Domain", "Domaine de l'e-mail", "Dominio de correo"});
    emailDomain.calculated = true;
    PropertySpec numDeals =
        prop("num_associated_deals", "number", "number", sales,
             {"Number of Associated Deals", "Anzahl der zugeordneten Deals",
              "Nombre de transactions associées", "Número de negocios asociados"});
    numDeals.calculated = true;
    PropertySpec isContact =
        boolProp("hs_is_contact", info,
                 {"Is a contact", "Ist ein Kontakt", "Est un contact", "Es un contacto"});
    isContact.hidden = true;
    isContact.calculated = true;

    store.properties = {
        recordIdProp(info),
        prop("email", "string", "text", info, {"Email", "E-Mail", "E-mail", "Correo"}),
        prop("firstname", "string", "text", info, {"First Name", "Vorname", "Prénom", "Nombre"}),
        prop("lastname", "string", "text", info, {"Last Name", "Nachname", "Nom", "Apellidos"}),
        prop("phone", "phone_number", "phonenumber", info,
             {"Phone Number", "Telefonnummer", "Numéro de téléphone", "Número de teléfono"}),
        prop("company", "string", "text", info,
             {"Company Name", "Name des Unternehmens", "Nom de l'entreprise",
              "Nombre de la empresa"}),
        prop("jobtitle", "string", "text", info,
             {"Job Title", "Jobtitel", "Intitulé du poste", "Cargo"}),
        lifecycle,
        leadStatus,
        buyingRole,
        prop("country", "string", "text", info,
             {"Country/Region", "Land/Region", "Pays/région", "País/región"}),
        prop("city", "string", "text", info, {"City", "Ort", "Ville", "Ciudad"}),
        createDateProp("createdate", info),
        modifiedDateProp("lastmodifieddate", info),
        birth,
        owner,
        newsletter,
        emailDomain,
        numDeals,
        isContact,
    };
    finish(store, {QStringLiteral("email"), QStringLiteral("phone")});
}

void defineCompanies(ObjectStore &store, const QList<OwnerSpec> &owners)
{
    store.typeId = QStringLiteral("0-2");
    store.wireName = QStringLiteral("COMPANY");
    store.apiName = QStringLiteral("companies");
    store.singular = QStringLiteral("Company");
    store.plural = QStringLiteral("Companies");
    store.primaryDisplay = QStringLiteral("name");
    store.searchable = {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("city")};
    store.firstId = 20000001;
    store.groups = {{QStringLiteral("companyinformation"), QStringLiteral("Company information")},
                    {QStringLiteral("company_activity"), QStringLiteral("Company activity")}};
    const char *info = "companyinformation";

    PropertySpec industry = prop("industry", "enumeration", "select", info,
                                 {"Industry", "Branche", "Secteur d'activité", "Sector"});
    setOptions(
        industry,
        {{"ACCOUNTING", {"Accounting", "Buchhaltung", "Comptabilité", "Contabilidad"}},
         {"AIRLINES_AVIATION", {"Airlines/Aviation", "Luftfahrt", "Aéronautique", "Aviación"}},
         {"BANKING", {"Banking", "Bankwesen", "Banque", "Banca"}},
         {"BIOTECHNOLOGY", {"Biotechnology", "Biotechnologie", "Biotechnologie", "Biotecnología"}},
         {"COMPUTER_SOFTWARE", {"Computer Software", "Software", "Logiciels", "Software"}},
         {"CONSTRUCTION", {"Construction", "Bauwesen", "Construction", "Construcción"}},
         {"EDUCATION_MANAGEMENT", {"Education Management", nullptr, nullptr, nullptr}},
         {"FINANCIAL_SERVICES",
          {"Financial Services", "Finanzdienstleistungen", "Services financiers",
           "Servicios financieros"}},
         {"HOSPITAL_HEALTH_CARE",
          {"Hospital & Health Care", "Krankenhaus & Gesundheitswesen", "Santé", "Sanidad"}},
         {"INFORMATION_TECHNOLOGY_AND_SERVICES",
          {"Information Technology and Services", nullptr, nullptr, nullptr}},
         {"MARKETING_AND_ADVERTISING",
          {"Marketing and Advertising", "Marketing und Werbung", "Marketing et publicité",
           "Marketing y publicidad"}},
         {"RETAIL", {"Retail", "Einzelhandel", "Commerce de détail", "Comercio minorista"}}});
    PropertySpec owner =
        ownerProp(owners, {"Company owner", "Unternehmensinhaber", "Propriétaire de l'entreprise",
                           "Propietario de la empresa"});
    owner.groupName = QString::fromLatin1(info);
    PropertySpec numContacts =
        prop("num_associated_contacts", "number", "number", info,
             {"Number of Associated Contacts", "Anzahl der zugeordneten Kontakte",
              "Nombre de contacts associés", "Número de contactos asociados"});
    numContacts.calculated = true;
    PropertySpec children =
        prop("hs_num_child_companies", "number", "number", info,
             {"Number of child companies", "Anzahl der Tochterunternehmen",
              "Nombre d'entreprises enfants", "Número de empresas secundarias"});
    children.calculated = true;
    children.hidden = true;
    PropertySpec isPublic = boolProp(
        "is_public", info, {"Is Public", "Börsennotiert", "Cotée en bourse", "Cotizada en bolsa"});
    store.properties = {
        recordIdProp(info),
        prop("name", "string", "text", info,
             {"Company name", "Firmenname", "Nom de l'entreprise", "Nombre de la empresa"}),
        prop("domain", "string", "text", info,
             {"Company Domain Name", "Domain-Name des Unternehmens",
              "Nom de domaine de l'entreprise", "Nombre de dominio de la empresa"}),
        industry,
        prop("numberofemployees", "number", "number", info,
             {"Number of Employees", "Anzahl der Mitarbeiter", "Nombre d'employés",
              "Número de empleados"}),
        prop("annualrevenue", "number", "number", info,
             {"Annual Revenue", "Jahresumsatz", "Chiffre d'affaires annuel", "Ingresos anuales"}),
        prop("city", "string", "text", info, {"City", "Ort", "Ville", "Ciudad"}),
        prop("country", "string", "text", info,
             {"Country/Region", "Land/Region", "Pays/région", "País/región"}),
        createDateProp("createdate", info),
        modifiedDateProp("hs_lastmodifieddate", "company_activity"),
        owner,
        isPublic,
        numContacts,
        children,
    };
    finish(store, {QStringLiteral("name"), QStringLiteral("domain")});
}

void defineDeals(ObjectStore &store, const QList<OwnerSpec> &owners,
                 const QList<PipelineSpec> &pipelineList)
{
    store.typeId = QStringLiteral("0-3");
    store.wireName = QStringLiteral("DEAL");
    store.apiName = QStringLiteral("deals");
    store.singular = QStringLiteral("Deal");
    store.plural = QStringLiteral("Deals");
    store.primaryDisplay = QStringLiteral("dealname");
    store.searchable = {QStringLiteral("dealname")};
    store.firstId = 30000001;
    store.groups = {{QStringLiteral("dealinformation"), QStringLiteral("Deal information")}};
    const char *info = "dealinformation";

    PropertySpec pipeline =
        pipelineOptionsProp("pipeline", "select", {"Pipeline", "Pipeline", "Pipeline", "Pipeline"},
                            pipelineList, store.typeId, false);
    PropertySpec stage = pipelineOptionsProp(
        "dealstage", "radio",
        {"Deal Stage", "Deal-Phase", "Phase de la transaction", "Etapa del negocio"}, pipelineList,
        store.typeId, true);
    PropertySpec dealType =
        prop("dealtype", "enumeration", "radio", info,
             {"Deal Type", "Deal-Typ", "Type de transaction", "Tipo de negocio"});
    setOptions(
        dealType,
        {{"newbusiness", {"New Business", "Neugeschäft", "Nouvelle activité", "Nuevo negocio"}},
         {"existingbusiness",
          {"Existing Business", "Bestandsgeschäft", "Activité existante", "Negocio existente"}}});
    PropertySpec owner =
        ownerProp(owners, {"Deal owner", "Dealinhaber", "Propriétaire de la transaction",
                           "Propietario del negocio"});
    PropertySpec closed = boolProp("hs_is_closed", info,
                                   {"Is Deal Closed?", "Ist der Deal abgeschlossen?",
                                    "La transaction est-elle conclue ?", "¿Negocio cerrado?"});
    closed.calculated = true;
    PropertySpec probability = prop("hs_deal_stage_probability", "number", "number", info,
                                    {"Deal Stage Probability", "Wahrscheinlichkeit der Deal-Phase",
                                     "Probabilité de la phase", "Probabilidad de la etapa"});
    probability.calculated = true;
    for (PropertySpec *spec : {&pipeline, &stage, &owner})
        spec->groupName = QString::fromLatin1(info);
    store.properties = {
        recordIdProp(info),
        prop("dealname", "string", "text", info,
             {"Deal Name", "Name des Deals", "Nom de la transaction", "Nombre del negocio"}),
        prop("amount", "number", "number", info, {"Amount", "Betrag", "Montant", "Importe"}),
        pipeline,
        stage,
        dealType,
        prop("closedate", "datetime", "date", info,
             {"Close Date", "Abschlussdatum", "Date de fermeture", "Fecha de cierre"}),
        createDateProp("createdate", info),
        owner,
        closed,
        probability,
    };
    finish(store, {QStringLiteral("dealname")},
           {{QStringLiteral("amount"), 2}, {QStringLiteral("hs_deal_stage_probability"), 2}});
}

void defineTickets(ObjectStore &store, const QList<OwnerSpec> &owners,
                   const QList<PipelineSpec> &pipelineList)
{
    store.typeId = QStringLiteral("0-5");
    store.wireName = QStringLiteral("TICKET");
    store.apiName = QStringLiteral("tickets");
    store.singular = QStringLiteral("Ticket");
    store.plural = QStringLiteral("Tickets");
    store.primaryDisplay = QStringLiteral("subject");
    store.searchable = {QStringLiteral("subject"), QStringLiteral("content")};
    store.firstId = 40000001;
    store.groups = {{QStringLiteral("ticketinformation"), QStringLiteral("Ticket information")}};
    const char *info = "ticketinformation";

    PropertySpec pipeline = pipelineOptionsProp("hs_pipeline", "select",
                                                {"Pipeline", "Pipeline", "Pipeline", "Pipeline"},
                                                pipelineList, store.typeId, false);
    PropertySpec stage = pipelineOptionsProp(
        "hs_pipeline_stage", "select",
        {"Ticket status", "Ticketstatus", "Statut du ticket", "Estado del ticket"}, pipelineList,
        store.typeId, true);
    PropertySpec priority = prop("hs_ticket_priority", "enumeration", "select", info,
                                 {"Priority", "Priorität", "Priorité", "Prioridad"});
    setOptions(priority, {{"LOW", {"Low", "Niedrig", "Faible", "Baja"}},
                          {"MEDIUM", {"Medium", "Mittel", "Moyenne", "Media"}},
                          {"HIGH", {"High", "Hoch", "Élevée", "Alta"}},
                          {"URGENT", {"Urgent", "Dringend", "Urgente", "Urgente"}}});
    PropertySpec owner = ownerProp(owners, {"Ticket owner", "Ticketinhaber",
                                            "Propriétaire du ticket", "Propietario del ticket"});
    for (PropertySpec *spec : {&pipeline, &stage, &owner})
        spec->groupName = QString::fromLatin1(info);
    store.properties = {
        recordIdProp(info),
        prop("subject", "string", "text", info,
             {"Ticket name", "Ticketname", "Nom du ticket", "Nombre del ticket"}),
        prop("content", "string", "textarea", info,
             {"Ticket description", "Ticketbeschreibung", "Description du ticket",
              "Descripción del ticket"}),
        pipeline,
        stage,
        priority,
        createDateProp("createdate", info),
        owner,
    };
    finish(store, {});
}

void definePets(ObjectStore &store)
{
    store.typeId = QStringLiteral("2-4001");
    store.wireName = QStringLiteral("pets");
    store.apiName = QStringLiteral("pets");
    store.singular = QStringLiteral("Pet");
    store.plural = QStringLiteral("Pets");
    store.primaryDisplay = QStringLiteral("pet_name");
    store.searchable = {QStringLiteral("pet_name")};
    store.firstId = 50000001;
    store.groups = {{QStringLiteral("pet_information"), QStringLiteral("Pet information")}};
    const char *info = "pet_information";

    PropertySpec species =
        prop("species", "enumeration", "select", info, {"Species", "Tierart", "Espèce", "Especie"});
    setOptions(species, {{"dog", {"Dog", "Hund", "Chien", "Perro"}},
                         {"cat", {"Cat", "Katze", "Chat", "Gato"}},
                         {"rabbit", {"Rabbit", "Kaninchen", "Lapin", "Conejo"}},
                         {"parrot", {"Parrot", "Papagei", "Perroquet", "Loro"}},
                         {"hamster", {"Hamster", "Hamster", "Hamster", "Hámster"}}});
    PropertySpec adopted =
        boolProp("adopted", info, {"Adopted", "Adoptiert", "Adopté", "Adoptado"});
    QList<PropertySpec> custom = {
        prop("pet_name", "string", "text", info,
             {"Pet name", "Name des Haustiers", "Nom de l'animal", "Nombre de la mascota"}),
        species,
        adopted,
        prop("weight_kg", "number", "number", info,
             {"Weight (kg)", "Gewicht (kg)", "Poids (kg)", "Peso (kg)"}),
        prop("adoption_date", "date", "date", info,
             {"Adoption date", "Adoptionsdatum", "Date d'adoption", "Fecha de adopción"}),
    };
    for (PropertySpec &spec : custom)
        spec.hubspotDefined = false;
    store.properties = {recordIdProp(info)};
    store.properties += custom;
    store.properties.append(prop("hs_createdate", "datetime", "date", info,
                                 {"Object create date/time", "Objekt-Erstellungsdatum",
                                  "Date de création de l'objet", "Fecha de creación del objeto"}));
    finish(store, {}, {{QStringLiteral("weight_kg"), 1}});
}

const QStringList &firstNames()
{
    static const QStringList names =
        QString::fromUtf8(
            "Alice Bob Carla Daniel Elena Frank Greta Hans Inés Jürgen Karin Lukas Marie Noah Olga "
            "Pierre Quentin Rosa Sofia Thomas Ursula Victor Wendy Xavier Yasmin Zoë José François "
            "Søren Łukasz Chloé Renée Mateo Lucía Camille Léa Jonas Mia Liam Emma Oliver Ava Ethan "
            "Isabella Aiko Kenji Priya Arjun Fatima Omar")
            .split(QLatin1Char(' '));
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names =
        QString::fromUtf8(
            "Smith Müller García Martin Dubois Schmidt Fernández Rossi O'Brien Novak Jensen Nowak "
            "Schneider Fischer Weber Meyer Wagner Becker Hoffmann Bernard Petit Durand Leroy "
            "Moreau "
            "López Martínez Sánchez Pérez Núñez Johnson Brown Taylor Wilson Anderson Lee Tanaka "
            "Sato "
            "Kim Patel Khan Silva Costa Santos Kowalski Andersson Nielsen Virtanen Horváth Popescu")
            .split(QLatin1Char(' '));
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList titles = {QStringLiteral("CEO"),
                                       QStringLiteral("CTO"),
                                       QStringLiteral("Marketing Manager"),
                                       QStringLiteral("Sales Director"),
                                       QStringLiteral("Software Engineer"),
                                       QStringLiteral("Account Executive"),
                                       QStringLiteral("Office Manager"),
                                       QStringLiteral("Head of Operations"),
                                       QStringLiteral("Data Analyst"),
                                       QStringLiteral("Customer Success Manager"),
                                       QStringLiteral("VP Sales"),
                                       QStringLiteral("Product Manager"),
                                       QStringLiteral("Buyer, Procurement")};
    return titles;
}

const QList<QPair<QString, QString>> &cities()
{
    static const QList<QPair<QString, QString>> list = [] {
        const char *pairs[][2] = {
            {"Berlin", "Germany"},
            {"München", "Germany"},
            {"Hamburg", "Germany"},
            {"Paris", "France"},
            {"Lyon", "France"},
            {"Madrid", "Spain"},
            {"Sevilla", "Spain"},
            {"Barcelona", "Spain"},
            {"Boston", "United States"},
            {"New York", "United States"},
            {"San Francisco", "United States"},
            {"London", "United Kingdom"},
            {"Dublin", "Ireland"},
            {"Zürich", "Switzerland"},
            {"Wien", "Austria"},
            {"Toronto", "Canada"},
            {"Montréal", "Canada"},
            {"Sydney", "Australia"},
            {"Tokyo", "Japan"},
            {"São Paulo", "Brazil"},
        };
        QList<QPair<QString, QString>> result;
        for (const auto &pair : pairs)
            result.append({u8(pair[0]), u8(pair[1])});
        return result;
    }();
    return list;
}

const QStringList &companyStems()
{
    static const QStringList stems =
        QString::fromUtf8("Acme Globex Initech Umbrella Stark Wayne Hooli Vandelay Soylent Tyrell "
                          "Cyberdyne Wonka "
                          "Nordwind Blauberg Sonnenschein Lumière Étoile Sierra Solano Brisa "
                          "Aurora Polaris Zenith "
                          "Quantum Nimbus Falcon Cobalt Granite Juniper Meridian")
            .split(QLatin1Char(' '));
    return stems;
}

const QStringList &companySuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("Industries"),    QStringLiteral("Labs"),
        QStringLiteral("GmbH"),          QStringLiteral("SARL"),
        QStringLiteral("S.L."),          QStringLiteral("Inc."),
        QStringLiteral("Group"),         QStringLiteral("& Co."),
        QStringLiteral("Systems"),       QStringLiteral("Logistics"),
        QStringLiteral("Partners, LLC"), QStringLiteral("\"Quality\" Goods")};
    return suffixes;
}

const QStringList &dealProducts()
{
    static const QStringList products = {
        QStringLiteral("Annual licence"),      QStringLiteral("Onboarding package"),
        QStringLiteral("Support renewal"),     QStringLiteral("Enterprise upgrade"),
        QStringLiteral("Consulting, 10 days"), QStringLiteral("Hardware refresh"),
        QStringLiteral("Pilot project")};
    return products;
}

const QStringList &ticketSubjects()
{
    static const QStringList subjects = {QStringLiteral("Cannot log in"),
                                         QStringLiteral("Invoice question"),
                                         QStringLiteral("Export is slow"),
                                         QStringLiteral("Feature request: dark mode"),
                                         QStringLiteral("Password reset"),
                                         QStringLiteral("Billing address change"),
                                         QStringLiteral("API rate limit reached"),
                                         QStringLiteral("Data import failed"),
                                         QStringLiteral("Refund request"),
                                         QStringLiteral("Integration broken after update")};
    return subjects;
}

const QStringList &ticketContents()
{
    static const QStringList contents = {
        QString::fromUtf8("The customer says the login page shows \"error 500\" since Monday."),
        QString::fromUtf8("Line one of the report.\nLine two, with a comma.\r\nLine three."),
        QString::fromUtf8("Bitte die Rechnung Nr. 4711 prüfen – der Betrag ist falsch."),
        QString::fromUtf8("Le client voudrait une démo ; merci de le rappeler."),
        QString::fromUtf8("El cliente pregunta por la renovación, ¿podemos llamarle?"),
        QString::fromUtf8("Export of 1,000,000 rows took \"forever\"; please check."),
        QString::fromUtf8("=SUM(A1:A3) is what the user typed into the form"),
        QString::fromUtf8("Customer reports: emoji 🎉 in names break the import"),
        QString(),
    };
    return contents;
}

const QStringList &petNames()
{
    static const QStringList names =
        QString::fromUtf8(
            "Bello Luna Max Mimi Rex Simba Nala Coco Kiwi Pünktchen Félix Canela Oreo Pepper Milo "
            "Bella Charlie Daisy Rocky Lola Tiger Filou Chispa Bruno Frida Otto Paco Nube Biscuit "
            "Ziggy")
            .split(QLatin1Char(' '));
    return names;
}

QString asciiSlug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            result.append(c);
        else if (c == u'ł')
            result.append(u'l');
        else if (c == u'ø')
            result.append(u'o');
    }
    return result;
}

} // namespace sandbox::catalog
