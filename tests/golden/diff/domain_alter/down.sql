ALTER DOMAIN "public"."percent" DROP DEFAULT;
ALTER DOMAIN "public"."percent" DROP NOT NULL;
ALTER DOMAIN "public"."percent" DROP CONSTRAINT "percent_check";
ALTER DOMAIN "public"."percent" ADD CONSTRAINT "percent_check" CHECK ((VALUE >= 0));
