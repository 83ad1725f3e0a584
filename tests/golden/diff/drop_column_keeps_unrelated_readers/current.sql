CREATE TABLE public.notes (
    id bigint PRIMARY KEY,
    owner text NOT NULL,
    draft text
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes FOR SELECT USING (owner = current_user);
CREATE POLICY notes_drafts ON public.notes FOR SELECT USING (draft IS NULL);
CREATE VIEW public.note_owners AS SELECT id, owner FROM public.notes;
