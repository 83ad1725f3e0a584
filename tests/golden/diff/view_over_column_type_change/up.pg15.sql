DROP VIEW "public"."top_balances";
DROP VIEW "public"."balances";
ALTER TABLE "public"."accounts" ALTER COLUMN "balance" DROP DEFAULT;
ALTER TABLE "public"."accounts" ALTER COLUMN "balance" TYPE bigint USING "balance"::bigint;
ALTER TABLE "public"."accounts" ALTER COLUMN "balance" SET DEFAULT 0;
CREATE VIEW "public"."balances" AS
SELECT accounts.id,
    accounts.balance
   FROM public.accounts;
CREATE VIEW "public"."top_balances" AS
SELECT balances.id
   FROM public.balances
  WHERE balances.balance > 10;
