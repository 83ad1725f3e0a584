-- Indexes of managed tables and materialized views. Left out: indexes that back a primary
-- key, unique or exclusion constraint (the constraint stands for them) and indexes a
-- partition inherits from its parent's index.
-- Key and INCLUDE columns are column numbers, named from columns.sql's and views.sql's rows;
-- expressions (and a partition's columns, which those do not list) are printed here.
--
-- The definition is what pg_get_indexdef prints. An index on plain columns, each with its
-- default collation and operator class, no operator class options and no storage
-- parameters, has its definition put together here from the same parts, quoted as the
-- server quotes them: pg_get_indexdef spends most of its time finding out, column by
-- column, that the operator class is the default one, which plain_columns reads off the
-- catalog at once. Every other index (expressions, UNIQUE, which may add NULLS NOT
-- DISTINCT) is printed by pg_get_indexdef.
WITH plain_columns AS (
    SELECT i.indexrelid, k.position, i.indnkeyatts,
           quote_ident(a.attname)
           || CASE k.sort_option & 3 WHEN 1 THEN ' DESC NULLS LAST'
                                     WHEN 2 THEN ' NULLS FIRST'
                                     WHEN 3 THEN ' DESC'
                                     ELSE '' END AS element,
           (k.position > i.indnkeyatts  -- an INCLUDE column has nothing more to it
            OR (opc.opcdefault AND opc.opcintype = a.atttypid
                AND k.collation_oid = a.attcollation AND ia.attoptions IS NULL)) IS TRUE
               AS plain
    FROM pg_index i
    CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[],
                              i.indoption::int2[])
        WITH ORDINALITY AS k(attnum, opclass, collation_oid, sort_option, position)
    -- OFFSET 0: one index lookup per column, not a hash of every column of the table.
    CROSS JOIN LATERAL (SELECT a.attname, a.atttypid, a.attcollation FROM pg_attribute a
                        WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum OFFSET 0) a
    CROSS JOIN LATERAL (SELECT ia.attoptions FROM pg_attribute ia
                        WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.position
                        OFFSET 0) ia
    LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
    WHERE i.indexprs IS NULL AND NOT i.indisunique
      AND i.indrelid IN (SELECT c.oid FROM pg_class c
                         JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = ANY(%(schemas)s))
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
SELECT i.indexrelid, i.indrelid, n.nspname, c.relname AS table_name, ic.relname AS index_name,
       CASE WHEN pi.column_count = i.indnatts AND ic.reloptions IS NULL
            THEN format('CREATE INDEX %%I ON %%I.%%I USING %%I (%%s)',
                        ic.relname, n.nspname, c.relname, am.amname, pi.key_list)
                 || coalesce(' INCLUDE (' || pi.include_list || ')', '')
                 || coalesce(' WHERE ' || p.predicate, '')
            -- A partitioned table's index prints as "ON ONLY"; the statement that creates
            -- it (and its partitions' indexes) has no ONLY.
            WHEN c.relkind = 'p'
            THEN replace(pg_get_indexdef(i.indexrelid),
                         ' ON ONLY ' || c.oid::regclass::text || ' USING ',
                         ' ON ' || c.oid::regclass::text || ' USING ')
            ELSE pg_get_indexdef(i.indexrelid)
       END AS definition,
       i.indisunique, am.amname, i.indnkeyatts, i.indkey::int2[] AS attnums,
       CASE WHEN i.indexprs IS NOT NULL OR c.relispartition THEN
           array(SELECT coalesce(a.attname::text,
                                 pg_get_indexdef(i.indexrelid, k.position::integer, false))
                 FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                 LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                         AND k.attnum > 0
                 ORDER BY k.position)
       END AS elements,
       p.predicate
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN plain_indexes pi ON pi.indexrelid = i.indexrelid
-- Printed once for the definition and the predicate column (OFFSET 0 keeps it so).
CROSS JOIN LATERAL (SELECT pg_get_expr(i.indpred, i.indrelid) AS predicate OFFSET 0) p
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
ORDER BY n.nspname COLLATE "C", ic.relname COLLATE "C"
