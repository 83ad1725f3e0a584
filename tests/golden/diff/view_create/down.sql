DROP VIEW "public"."rich_accounts";
