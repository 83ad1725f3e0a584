CREATE TABLE "public"."accounts" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "email" text NOT NULL,
    "balance" integer DEFAULT 0 NOT NULL,
    CONSTRAINT "accounts_pkey" PRIMARY KEY (id)
);
