/*
 * dump.c — a canonical text dump of a store: the schema, every table's rows in a fixed
 * order, and the full-text index as logical contents. Used to prove that an
 * interrupted-and-resumed ingest ends in exactly the state of an uninterrupted one.
 *
 * FTS5 keeps its inverted index in segment b-trees (sentences_fts_data/_idx) whose
 * layout depends on how many transactions wrote them and when they were merged, so two
 * stores with identical contents can hold different pages there. Those two tables are
 * replaced in the dump by every (term, row, column, offset) instance the index holds,
 * read through fts5vocab, plus FTS5's own integrity check against the content table.
 */
#include <string.h>
#include "store/store_int.h"
#include "util/util.h"

static int S_put_value(dyad_buf *b, sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: return dyad_buf_puts(b, "NULL");
    case SQLITE_INTEGER: return dyad_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return dyad_buf_printf(b, "%.17g", sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const char *t = (const char *)sqlite3_column_text(st, i);
        return dyad_buf_json_str(b, t ? t : "", (size_t)sqlite3_column_bytes(st, i));
    }
    default: {
        const unsigned char *p = sqlite3_column_blob(st, i);
        int n = sqlite3_column_bytes(st, i);
        if (dyad_buf_puts(b, "x'"))
            return -1;
        for (int k = 0; k < n; k++)
            if (dyad_buf_printf(b, "%02x", p[k]))
                return -1;
        return dyad_buf_putc(b, '\'');
    }
    }
}

/* Print every row of a query, one line each, values separated by '|'. */
static dyad_status S_rows(dyad_store *s, FILE *f, const char *sql, dyad_diag *diag)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "dump");
    dyad_buf b = {0};
    int rc, n = sqlite3_column_count(st);
    dyad_status r = DYAD_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        dyad_buf_clear(&b);
        int bad = 0;
        for (int i = 0; i < n && !bad; i++)
            bad = (i && dyad_buf_putc(&b, '|')) || S_put_value(&b, st, i);
        if (bad || dyad_buf_putc(&b, '\n')) {
            r = DYAD_ENOMEM;
            break;
        }
        if (fwrite(b.data, 1, b.len, f) != b.len) {
            r = DYAD_EIO;
            break;
        }
    }
    if (r == DYAD_OK && rc != SQLITE_DONE)
        r = dyad_store_sqlerr(s, diag, "dump");
    sqlite3_finalize(st);
    dyad_buf_free(&b);
    return r;
}

/* SELECT * FROM name ORDER BY every column, in column order. */
static dyad_status S_table(dyad_store *s, FILE *f, const char *name, dyad_diag *diag)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", -1,
                           &st, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "dump");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    dyad_buf q = {0};
    int ncol = 0, bad = dyad_buf_printf(&q, "SELECT * FROM \"%s\" ORDER BY ", name);
    while (!bad && sqlite3_step(st) == SQLITE_ROW)
        bad = dyad_buf_printf(&q, "%s\"%s\"", ncol++ ? "," : "",
                              (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    dyad_status r = DYAD_ENOMEM;
    if (!bad && ncol && fprintf(f, "-- table %s\n", name) > 0)
        r = S_rows(s, f, q.data, diag);
    else if (!bad)
        r = dyad_store_sqlerr(s, diag, "dump");
    dyad_buf_free(&q);
    return r;
}

dyad_status dyad_store_dump(dyad_store *s, FILE *f, dyad_diag *diag)
{
    dyad_status r;
    fprintf(f, "-- schema\n");
    if ((r = S_rows(s, f, "PRAGMA user_version", diag)) != DYAD_OK ||
        (r = S_rows(s, f, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name",
                    diag)) != DYAD_OK)
        return r;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT name FROM sqlite_master WHERE type='table' AND "
                           "sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT IN "
                           "('sentences_fts_data','sentences_fts_idx') ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "dump");
    dyad_buf names = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (dyad_buf_puts(&names, (const char *)sqlite3_column_text(st, 0)) ||
            dyad_buf_putc(&names, '\n')) {
            rc = SQLITE_NOMEM;
            break;
        }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        dyad_buf_free(&names);
        return rc == SQLITE_NOMEM ? DYAD_ENOMEM : dyad_store_sqlerr(s, diag, "dump");
    }
    for (char *p = names.data; r == DYAD_OK && p && *p;) {
        char *nl = strchr(p, '\n');
        *nl = '\0';
        r = S_table(s, f, p, diag);
        p = nl + 1;
    }
    dyad_buf_free(&names);
    if (r != DYAD_OK)
        return r;
    if (sqlite3_exec(s->db,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.dyad_fts_instances USING "
                     "fts5vocab(main, 'sentences_fts', 'instance')",
                     NULL, NULL, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "dump");
    fprintf(f, "-- full-text index instances\n");
    r = S_rows(s, f,
               "SELECT term, doc, col, offset FROM temp.dyad_fts_instances "
               "ORDER BY term, doc, col, offset",
               diag);
    if (r != DYAD_OK)
        return r;
    if (sqlite3_exec(s->db,
                     "INSERT INTO sentences_fts(sentences_fts, rank) "
                     "VALUES('integrity-check', 1)",
                     NULL, NULL, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "full-text index integrity check");
    return fprintf(f, "-- full-text index integrity: ok\n") > 0 ? DYAD_OK : DYAD_EIO;
}
