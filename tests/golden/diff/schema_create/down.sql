DROP TABLE "app"."settings";
DROP SCHEMA "app";
