CREATE SEQUENCE public.invoice_numbers START WITH 1000;
