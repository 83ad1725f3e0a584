-- Free-standing sequences. Sequences behind identity columns (an internal dependency on the
-- column) and serial columns (owned by a column whose default calls them) are left out: the
-- column represents them.
SELECT s.oid, s.nspname, s.relname,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       CASE WHEN s.owner_kind = 'a' THEN
           (SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.'
                   || quote_ident(a.attname)
            FROM pg_class tc
            JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = s.owner_column
            WHERE tc.oid = s.owner_table)
       END AS owned_by
FROM (
    SELECT c.oid, n.nspname, c.relname, q.seqtypid, q.seqstart, q.seqincrement, q.seqmin,
           q.seqmax, q.seqcache, q.seqcycle,
           owner.deptype AS owner_kind, owner.refobjid AS owner_table,
           owner.refobjsubid AS owner_column
    FROM pg_sequence q
    JOIN pg_class c ON c.oid = q.seqrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    -- The column owning the sequence, if any (LIMIT: looked up per sequence, by index).
    LEFT JOIN LATERAL (SELECT d.deptype, d.refobjid, d.refobjsubid
                       FROM pg_depend d
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                         AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                         AND d.deptype IN ('a', 'i')
                       LIMIT 1) AS owner ON true
    WHERE n.nspname = ANY(%(schemas)s)
      AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                          AND d.classid = 'pg_class'::regclass)
) AS s
WHERE s.owner_kind IS DISTINCT FROM 'i'
  AND NOT (s.owner_kind = 'a' AND EXISTS (
      SELECT FROM pg_attrdef ad
      JOIN pg_depend u ON u.classid = 'pg_attrdef'::regclass AND u.objid = ad.oid
      WHERE ad.adrelid = s.owner_table AND ad.adnum = s.owner_column
        AND u.refclassid = 'pg_class'::regclass AND u.refobjid = s.oid))
ORDER BY s.nspname COLLATE "C", s.relname COLLATE "C"
