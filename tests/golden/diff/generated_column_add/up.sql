ALTER TABLE "public"."accounts" ADD COLUMN "balance_cents" bigint GENERATED ALWAYS AS ((balance * 100)) STORED;
