-- Indexes of managed tables and materialized views. Left out: indexes that back a primary
-- key, unique or exclusion constraint (the constraint stands for them) and indexes a
-- partition inherits from its parent's index.
-- Key and INCLUDE columns are column numbers, named from columns.sql's and views.sql's rows;
-- expressions (and a partition's columns, which those do not list) are printed here.
--
-- The definition is what pg_get_indexdef prints. An index on plain columns, each with the
-- default operator class of its type and its own collation, without operator class
-- options, storage parameters or NULLS NOT DISTINCT, has its statement put together here
-- from the same parts, quoted as the server quotes them: pg_get_indexdef spends most of its
-- time finding out, column by column, that the operator class is the default one, which
-- plain_columns reads off the catalog at once. Every other index (expressions, UNIQUE, a
-- temporary table, whose schema the server names pg_temp) is printed by pg_get_indexdef.
-- The managed indexes are picked once (MATERIALIZED): both the statements and the rows
-- come from them, however few they are among the database's indexes.
WITH managed AS MATERIALIZED (
    SELECT i.indexrelid, i.indrelid, n.nspname, c.relname AS table_name,
           ic.relname AS index_name, c.relkind, c.relispartition, c.relpersistence,
           ic.reloptions, am.amname, i.indisunique, i.indnatts, i.indnkeyatts, i.indkey,
           i.indclass, i.indcollation, i.indoption, i.indexprs IS NOT NULL AS has_expressions,
           i.indnullsnotdistinct AS nulls_not_distinct,  -- PostgreSQL 15+
           false AS nulls_not_distinct,  -- before PostgreSQL 15
           pg_get_expr(i.indpred, i.indrelid) AS predicate
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_am am ON am.oid = ic.relam
    WHERE c.relkind IN ('r', 'p', 'm')
      AND NOT ic.relispartition
      AND n.nspname = ANY(%(schemas)s)
      AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_constraint con
                               WHERE con.contype IN ('p', 'u', 'x'))
      AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                          AND d.classid = 'pg_class'::regclass)
      AND ic.oid NOT IN (SELECT d.objid FROM pg_depend d
                         WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                           AND d.classid = 'pg_class'::regclass)
), default_classes AS (
    -- The server looks for a domain's default class on its base type: a default class
    -- declared for a domain is printed.
    SELECT oc.oid, oc.opcintype FROM pg_opclass oc JOIN pg_type t ON t.oid = oc.opcintype
    WHERE oc.opcdefault AND t.typtype <> 'd'
), plain_columns AS (
    SELECT m.indexrelid, k.position, m.indnkeyatts,
           quote_ident(a.attname)
           || CASE k.sort_option & 3 WHEN 1 THEN ' DESC NULLS LAST'
                                     WHEN 2 THEN ' NULLS FIRST'
                                     WHEN 3 THEN ' DESC'
                                     ELSE '' END AS element,
           (k.position > m.indnkeyatts  -- an INCLUDE column has nothing more to it
            OR (opc.opcintype = a.atttypid
                AND k.collation_oid = a.attcollation AND ia.attoptions IS NULL)) IS TRUE
               AS plain
    FROM managed m
    CROSS JOIN LATERAL unnest(m.indkey::int2[], m.indclass::oid[], m.indcollation::oid[],
                              m.indoption::int2[])
        WITH ORDINALITY AS k(attnum, opclass, collation_oid, sort_option, position)
    -- OFFSET 0: one index lookup per column, not a hash of every column of the table.
    CROSS JOIN LATERAL (SELECT a.attname, a.atttypid, a.attcollation FROM pg_attribute a
                        WHERE a.attrelid = m.indrelid AND a.attnum = k.attnum OFFSET 0) a
    CROSS JOIN LATERAL (SELECT ia.attoptions FROM pg_attribute ia
                        WHERE ia.attrelid = m.indexrelid AND ia.attnum = k.position
                        OFFSET 0) ia
    LEFT JOIN default_classes opc ON opc.oid = k.opclass
    WHERE NOT m.has_expressions AND NOT m.indisunique AND NOT m.nulls_not_distinct
      AND m.reloptions IS NULL AND m.relpersistence <> 't'
), plain_indexes AS (
    SELECT indexrelid, count(*) AS column_count,
           string_agg(element, ', ' ORDER BY position)
               FILTER (WHERE position <= indnkeyatts) AS key_list,
           string_agg(element, ', ' ORDER BY position)
               FILTER (WHERE position > indnkeyatts) AS include_list
    FROM plain_columns
    GROUP BY indexrelid
    HAVING bool_and(plain)
)
SELECT m.indexrelid, m.indrelid, m.nspname, m.table_name, m.index_name,
       CASE WHEN pi.column_count = m.indnatts
            THEN format('CREATE INDEX %%I ON %%I.%%I USING %%I (%%s)',
                        m.index_name, m.nspname, m.table_name, m.amname, pi.key_list)
                 || coalesce(' INCLUDE (' || pi.include_list || ')', '')
                 || coalesce(' WHERE ' || m.predicate, '')
            -- A partitioned table's index prints as "ON ONLY"; the statement that creates
            -- it (and its partitions' indexes) has no ONLY.
            WHEN m.relkind = 'p'
            THEN replace(pg_get_indexdef(m.indexrelid),
                         ' ON ONLY ' || m.indrelid::regclass::text || ' USING ',
                         ' ON ' || m.indrelid::regclass::text || ' USING ')
            ELSE pg_get_indexdef(m.indexrelid)
       END AS definition,
       m.indisunique, m.amname, m.indnkeyatts, m.indkey::int2[] AS attnums,
       CASE WHEN m.has_expressions OR m.relispartition THEN
           array(SELECT coalesce(a.attname::text,
                                 pg_get_indexdef(m.indexrelid, k.position::integer, false))
                 FROM unnest(m.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                 LEFT JOIN pg_attribute a ON a.attrelid = m.indrelid AND a.attnum = k.attnum
                                         AND k.attnum > 0
                 ORDER BY k.position)
       END AS elements,
       m.predicate
FROM managed m
LEFT JOIN plain_indexes pi ON pi.indexrelid = m.indexrelid
ORDER BY m.nspname COLLATE "C", m.index_name COLLATE "C"
