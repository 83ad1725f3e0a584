DROP TABLE "public"."events_2026";
DROP TABLE "public"."events";
