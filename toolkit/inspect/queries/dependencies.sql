-- What objects need besides what their own catalog rows say (their table, a foreign key's
-- referenced table, a trigger's function, a partition's parent): the normal dependencies
-- recorded for expressions and types. A view's dependencies are recorded for its rewrite
-- rule and a column default's for pg_attrdef; both are named by their relation here. A
-- referenced object that belongs to an extension stands for the extension: the client
-- maps it with extension_members.sql's rows (a join here would probe pg_depend per row).
-- Only objects created after initdb (oid >= 16384) can be catalog objects; references to
-- objects outside the managed schemas find no catalog object and are dropped when the
-- catalog is built.
SELECT CASE d.classid
           WHEN 'pg_rewrite'::regclass THEN 'pg_class'
           WHEN 'pg_attrdef'::regclass THEN 'pg_class'
           ELSE d.classid::regclass::text
       END AS catalog,
       CASE d.classid
           WHEN 'pg_rewrite'::regclass THEN
               (SELECT r.ev_class FROM pg_rewrite r WHERE r.oid = d.objid)
           WHEN 'pg_attrdef'::regclass THEN
               (SELECT ad.adrelid FROM pg_attrdef ad WHERE ad.oid = d.objid)
           ELSE d.objid
       END AS oid,
       d.refclassid::regclass::text AS ref_catalog,
       d.refobjid AS ref_oid,
       -- The column of a table (or view) a view, policy, trigger or default reads: the
       -- reader must be rebuilt when that column is dropped or retyped, and only then. The
       -- number is named from the columns already read.
       CASE WHEN d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
            THEN d.refobjsubid END AS ref_column
FROM pg_depend d
WHERE d.deptype = 'n'
  AND d.refobjid >= 16384
  AND d.refclassid IN ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass,
                       'pg_opclass'::regclass, 'pg_operator'::regclass)
  AND d.classid IN ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                    'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass,
                    'pg_proc'::regclass, 'pg_type'::regclass)
  -- A foreign key's references are in its own row (confrelid, conindid).
  AND NOT (d.classid = 'pg_constraint'::regclass AND d.refclassid = 'pg_class'::regclass)
