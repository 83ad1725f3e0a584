-- Objects that belong to an extension, with the extension's oid: wherever something depends on
-- one of them (dependencies.sql), the extension stands for it.
SELECT d.classid::regclass::text AS catalog, d.objid, d.refobjid AS extension
FROM pg_depend d
WHERE d.deptype = 'e'
  AND d.refclassid = 'pg_extension'::regclass
