ALTER TABLE "public"."accounts" ALTER COLUMN "email" TYPE character varying(100) USING "email"::character varying(100);
