#include "pg_connection.hpp"

#include "../../core/error.hpp"

#include <libpq-fe.h>

#include <poll.h>

namespace polis::detail {
namespace {

std::string trimmed(const char* message)
{
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

} // namespace

PgConnection::PgConnection(const std::string& conninfo, const std::string& where)
    : m_where(where), m_conn(PQconnectdb(conninfo.c_str()))
{
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot connect: %2"), {where, why});
    }
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

std::string PgConnection::identifier(const std::string& name) const
{
    char* quoted = PQescapeIdentifier(m_conn, name.c_str(), name.size());
    if (!quoted)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {m_where, trimmed(PQerrorMessage(m_conn))});
    std::string out = quoted;
    PQfreemem(quoted);
    return out;
}

std::vector<std::vector<std::string>> PgConnection::exec(const std::string& sql, const std::vector<std::string>& params)
{
    std::vector<const char*> values;
    for (const std::string& p : params)
        values.push_back(p.c_str());
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(m_conn, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {m_where, trimmed(PQresultErrorMessage(result.get()))});
    std::vector<std::vector<std::string>> rows(std::size_t(PQntuples(result.get())));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < PQnfields(result.get()); ++c)
            rows[r].emplace_back(PQgetvalue(result.get(), int(r), c));
    }
    return rows;
}

void PgConnection::listen(const std::string& channel)
{
    exec("LISTEN " + identifier(channel));
}

std::vector<std::string> PgConnection::notifications(int timeoutMs)
{
    std::vector<std::string> payloads;
    auto collect = [&] {
        if (!PQconsumeInput(m_conn))
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {m_where, trimmed(PQerrorMessage(m_conn))});
        while (PGnotify* n = PQnotifies(m_conn)) {
            payloads.emplace_back(n->extra ? n->extra : "");
            PQfreemem(n);
        }
    };
    collect();
    if (payloads.empty() && timeoutMs > 0) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (poll(&fd, 1, timeoutMs) > 0)
            collect();
    }
    return payloads;
}

} // namespace polis::detail
