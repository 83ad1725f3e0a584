REVOKE EXECUTE ON FUNCTION "public"."add"(integer, integer) FROM "canon_golden_reader";
GRANT EXECUTE ON FUNCTION "public"."add"(integer, integer) TO PUBLIC;
