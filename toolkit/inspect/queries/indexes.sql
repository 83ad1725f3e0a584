-- Indexes of managed tables and materialized views. Left out: indexes that back a primary
-- key, unique or exclusion constraint (the constraint stands for them) and indexes a
-- partition inherits from its parent's index.
-- Key and INCLUDE columns are column numbers, named from columns.sql's and views.sql's rows;
-- expressions (and a partition's columns, which those do not list) are printed here.
SELECT i.indexrelid, i.indrelid, n.nspname, c.relname AS table_name, ic.relname AS index_name,
       -- A partitioned table's index prints as "ON ONLY"; the statement that creates it
       -- (and its partitions' indexes) has no ONLY.
       CASE WHEN c.relkind = 'p'
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
ORDER BY n.nspname COLLATE "C", ic.relname COLLATE "C"
