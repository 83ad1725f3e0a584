-- Composite types (CREATE TYPE ... AS (...)) with their attributes in order.
SELECT t.oid, t.typarray, t.typrelid, n.nspname, t.typname,
       array(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_names,
       array(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_types,
       array(SELECT CASE WHEN a.attcollation <> at.typcollation THEN
                        CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace
                             THEN quote_ident(co.collname)
                             ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                        END
                    END
             FROM pg_attribute a
             JOIN pg_type at ON at.oid = a.atttypid
             LEFT JOIN pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_collations
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class c ON c.oid = t.typrelid
WHERE t.typtype = 'c'
  AND c.relkind = 'c'
  AND n.nspname = ANY(%(schemas)s)
  AND t.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_type'::regclass)
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
