/*
 * diag.c — status strings and diagnostic reporting. The library never prints: every
 * message about outside input goes to the caller's callback with file and line.
 */
#include <stdio.h>
#include "util.h"

const char *dyad_status_str(dyad_status st)
{
    switch (st) {
    case DYAD_OK: return "ok";
    case DYAD_ENOMEM: return "out of memory";
    case DYAD_EIO: return "input/output error";
    case DYAD_ESYNTAX: return "syntax error";
    case DYAD_EINVAL: return "invalid argument";
    case DYAD_ELIMIT: return "limit exceeded";
    case DYAD_ENOTFOUND: return "not found";
    }
    return "unknown status";
}

void dyad_diagf(dyad_diag *d, dyad_severity sev, const char *file, long line,
                const char *fmt, ...)
{
    if (!d)
        return;
    if (sev == DYAD_ERROR)
        d->nerror++;
    else
        d->nwarn++;
    if (!d->fn)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->fn(d->user, sev, file, line, msg);
}

const char *dyad_modality_name(dyad_modality m)
{
    static const char *const names[] = {"asserted", "planned", "hypothetical", "question",
                                        "negated"};
    return (unsigned)m < 5 ? names[m] : "asserted";
}

const char *dyad_date_basis_name(dyad_date_basis b)
{
    static const char *const names[] = {"article", "relative", "explicit"};
    return (unsigned)b < 3 ? names[b] : "article";
}

const char *dyad_context_name(int context)
{
    return context == 1 ? "target" : context == 2 ? "source" : NULL;
}
