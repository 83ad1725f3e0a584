CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL,
    "payload" jsonb
) PARTITION BY RANGE (at);
CREATE TABLE "public"."events_2026" PARTITION OF "public"."events" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
