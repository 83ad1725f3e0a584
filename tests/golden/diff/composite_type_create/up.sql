CREATE TYPE "public"."money_amount" AS ("currency" text, "cents" bigint);
