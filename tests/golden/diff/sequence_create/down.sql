DROP SEQUENCE "public"."invoice_numbers";
