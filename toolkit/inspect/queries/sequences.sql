-- Free-standing sequences. Sequences behind identity columns (an internal dependency) and
-- serial columns (owned by a column whose default calls them) are left out: the column
-- represents them.
WITH candidates AS MATERIALIZED (
    SELECT c.oid, n.nspname, c.relname, s.seqtypid, s.seqstart, s.seqincrement, s.seqmin,
           s.seqmax, s.seqcache, s.seqcycle
    FROM pg_sequence s
    JOIN pg_class c ON c.oid = s.seqrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY(%(schemas)s)
),
owners AS MATERIALIZED (
    SELECT o.objid AS sequence, o.refobjid AS relid, o.refobjsubid AS attnum
    FROM candidates s
    JOIN pg_depend o ON o.classid = 'pg_class'::regclass AND o.objid = s.oid
    WHERE o.refclassid = 'pg_class'::regclass AND o.refobjsubid > 0 AND o.deptype = 'a'
),
excluded AS MATERIALIZED (
    SELECT d.objid AS sequence
    FROM candidates s
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
    WHERE d.deptype IN ('e', 'i')
    UNION
    SELECT w.sequence
    FROM owners w
    JOIN pg_attrdef ad ON ad.adrelid = w.relid AND ad.adnum = w.attnum
    JOIN pg_depend u ON u.classid = 'pg_attrdef'::regclass AND u.objid = ad.oid
    WHERE u.refclassid = 'pg_class'::regclass AND u.refobjid = w.sequence
)
SELECT s.oid, s.nspname, s.relname,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       (SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.'
               || quote_ident(a.attname)
        FROM owners w
        JOIN pg_class tc ON tc.oid = w.relid
        JOIN pg_namespace tn ON tn.oid = tc.relnamespace
        JOIN pg_attribute a ON a.attrelid = w.relid AND a.attnum = w.attnum
        WHERE w.sequence = s.oid) AS owned_by
FROM candidates s
WHERE s.oid NOT IN (SELECT e.sequence FROM excluded e)
ORDER BY s.nspname COLLATE "C", s.relname COLLATE "C"
