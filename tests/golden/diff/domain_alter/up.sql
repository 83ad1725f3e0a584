ALTER DOMAIN "public"."percent" SET DEFAULT 0;
ALTER DOMAIN "public"."percent" SET NOT NULL;
ALTER DOMAIN "public"."percent" DROP CONSTRAINT "percent_check";
ALTER DOMAIN "public"."percent" ADD CONSTRAINT "percent_check" CHECK (((VALUE >= 0) AND (VALUE <= 100)));
