CREATE SCHEMA "app";
CREATE TABLE "app"."settings" (
    "key" text NOT NULL,
    "value" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "settings_pkey" PRIMARY KEY (key)
);
