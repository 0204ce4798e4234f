CREATE TABLE "figure_edges" (
	"region_code" text NOT NULL,
	"granularity" text NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"starts" integer DEFAULT 0 NOT NULL,
	"ends" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "figure_edges_region_code_granularity_day_dimension_key_pk" PRIMARY KEY("region_code","granularity","day","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "figure_gaps" (
	"subject_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"region_code" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"gap" daterange NOT NULL
);
--> statement-breakpoint
CREATE TABLE "figure_spans" (
	"subject_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"region_code" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "figure_spans_subject_id_subject_region_code_dimension_key_pk" PRIMARY KEY("subject_id","subject","region_code","dimension","key")
);
--> statement-breakpoint
CREATE INDEX "figure_gaps_subject_idx" ON "figure_gaps" USING btree ("subject_id","subject");--> statement-breakpoint
CREATE INDEX "figure_gaps_person_gap_idx" ON "figure_gaps" USING gist ("gap") WHERE "figure_gaps"."subject" = 'person';--> statement-breakpoint
CREATE INDEX "figure_gaps_business_gap_idx" ON "figure_gaps" USING gist ("gap") WHERE "figure_gaps"."subject" = 'business';--> statement-breakpoint
-- The dashboard reads the edges by region, dimension, granularity and a range of days (lib/metrics/figures.ts,
-- spanCountsSql), from the index alone: the key and the counts are carried in it.
CREATE INDEX figure_edges_cell_idx ON figure_edges (region_code, dimension, granularity, day) INCLUDE (key, starts, ends);
--> statement-breakpoint
-- The runs of days each person counts for, per region and cell (db/schema/metrics.ts, figureSpans): its
-- follow-ups' [opened, closed] intervals (the opening day alone for the month of opening) by the region of
-- their service point. For the persons given, or for every person when `ids` is null (the rebuild).
CREATE OR REPLACE FUNCTION passerelle_person_figure_memberships(ids uuid[])
RETURNS TABLE (subject_id uuid, region_code text, dimension text, key text, s date, e date) AS $$
  -- Two branches rather than `ids IS NULL OR ...`, which a generic plan can only answer with a full scan: a
  -- write reads its persons' follow-ups by index, the rebuild reads them all.
  WITH chosen AS (
    SELECT a.* FROM accompaniments a WHERE a.person_id = ANY(ids)
    UNION ALL
    SELECT a.* FROM accompaniments a WHERE ids IS NULL
  ), follow_ups AS (
    SELECT a.person_id, sp.region_code::text AS region_code, a.service_point_id, a.agent_id, a.needs, a.opened_on,
      coalesce(a.closed_on, 'infinity'::date) AS closed_on, p.residence_mrc_id, p.country_of_birth, p.immigration_status
    FROM chosen a JOIN service_points sp ON sp.id = a.service_point_id JOIN persons p ON p.id = a.person_id
  )
  SELECT f.person_id, f.region_code, m.dimension, m.key, f.opened_on, f.closed_on
  FROM follow_ups f CROSS JOIN LATERAL (VALUES
    ('total', ''), ('mrc', coalesce(f.residence_mrc_id::text, '')), ('servicePoint', f.service_point_id::text),
    ('agent', coalesce(f.agent_id::text, '')), ('country', coalesce(f.country_of_birth::text, '')),
    ('category', coalesce(f.immigration_status::text, ''))) AS m(dimension, key)
  UNION ALL
  SELECT f.person_id, f.region_code, 'need', n.need::text, f.opened_on, f.closed_on FROM follow_ups f CROSS JOIN LATERAL unnest(f.needs) AS n(need)
  UNION ALL
  SELECT f.person_id, f.region_code, 'month', to_char(f.opened_on, 'YYYY-MM'), f.opened_on, f.opened_on FROM follow_ups f
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- The same for businesses: their employer files' intervals, by the region of the business's MRC.
CREATE OR REPLACE FUNCTION passerelle_business_figure_memberships(ids uuid[])
RETURNS TABLE (subject_id uuid, region_code text, dimension text, key text, s date, e date) AS $$
  WITH chosen AS (
    SELECT f.* FROM employer_files f WHERE f.business_id = ANY(ids)
    UNION ALL
    SELECT f.* FROM employer_files f WHERE ids IS NULL
  )
  SELECT f.business_id, m.region_code::text, d.dimension, d.key, f.opened_on, coalesce(f.closed_on, 'infinity'::date)
  FROM chosen f JOIN businesses b ON b.id = f.business_id JOIN mrcs m ON m.id = b.mrc_id
  CROSS JOIN LATERAL (VALUES ('businessTotal', ''), ('businessMrc', b.mrc_id::text), ('adviser', coalesce(f.adviser_id::text, '')),
    ('sector', coalesce(b.naics_sector::text, ''))) AS d(dimension, key)
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- Memberships merged into runs where they overlap or touch (a new run starts where an interval begins a day
-- or more after every earlier one has ended).
CREATE OR REPLACE FUNCTION passerelle_figure_runs(subject text, ids uuid[])
RETURNS TABLE (subject_id uuid, region_code text, dimension text, key text, run_start date, run_end date) AS $$
  WITH memberships AS (
    SELECT * FROM passerelle_person_figure_memberships(ids) WHERE subject = 'person'
    UNION ALL
    SELECT * FROM passerelle_business_figure_memberships(ids) WHERE subject = 'business'
  ), marked AS (
    SELECT m.*, CASE WHEN m.s <= max(m.e) OVER earlier + 1 THEN 0 ELSE 1 END AS starts_run
    FROM memberships m
    WINDOW earlier AS (PARTITION BY m.subject_id, m.region_code, m.dimension, m.key ORDER BY m.s, m.e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), numbered AS (
    SELECT k.*, sum(k.starts_run) OVER (PARTITION BY k.subject_id, k.region_code, k.dimension, k.key ORDER BY k.s, k.e ROWS UNBOUNDED PRECEDING) AS run
    FROM marked k
  )
  SELECT n.subject_id, n.region_code, n.dimension, n.key, min(n.s), max(n.e)
  FROM numbered n GROUP BY n.subject_id, n.region_code, n.dimension, n.key, n.run
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- Adds (direction 1) or takes back (direction -1) the edges of the spans given as a JSON array, one grouped upsert.
CREATE OR REPLACE FUNCTION passerelle_add_figure_edges(spans jsonb, direction integer) RETURNS void AS $$
BEGIN
  INSERT INTO figure_edges AS e (region_code, granularity, day, dimension, key, starts, ends)
    SELECT x.region_code, g.granularity, g.day, x.dimension, x.key, direction * sum(x.starts), direction * sum(x.ends)
    FROM (
      SELECT s.region_code, s.dimension, s.key, s.starts_on AS day, 1 AS starts, 0 AS ends
        FROM jsonb_to_recordset(spans) AS s(region_code text, dimension text, key text, starts_on date, ends_on date)
      UNION ALL
      SELECT s.region_code, s.dimension, s.key, s.ends_on, 0, 1
        FROM jsonb_to_recordset(spans) AS s(region_code text, dimension text, key text, starts_on date, ends_on date)
        WHERE s.ends_on <> 'infinity'::date
    ) x CROSS JOIN LATERAL (VALUES ('day', x.day), ('month', date_trunc('month', x.day::timestamp)::date)) AS g(granularity, day)
    GROUP BY x.region_code, g.granularity, g.day, x.dimension, x.key
    -- One order for every writer, so that two transactions touching the same rows lock them in the same order.
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (region_code, granularity, day, dimension, key) DO UPDATE SET starts = e.starts + excluded.starts, ends = e.ends + excluded.ends;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Recomputes what the persons or businesses given count for: their old spans' edges taken back, the new added.
-- Without JIT: a write refreshes a handful of rows, and a generic plan's estimates (every follow-up) would
-- have it compile for longer than the refresh takes.
CREATE OR REPLACE FUNCTION passerelle_refresh_figures(subject text, ids uuid[]) RETURNS void SET jit = off AS $$
DECLARE
  old_spans jsonb;
  new_spans jsonb;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  -- One refresh of a person or business at a time: a second transaction writing a follow-up of the same
  -- person waits here until the first commits, then reads its spans and follow-ups as committed (each
  -- statement below sees them) instead of inserting spans the first already inserted. NO KEY UPDATE does not
  -- conflict with the foreign-key checks (KEY SHARE) of the writes themselves, so two writers cannot
  -- deadlock on it; ids in order, so that two multi-row statements take the locks in the same order.
  IF subject = 'person' THEN
    PERFORM 1 FROM persons p WHERE p.id = ANY(ids) ORDER BY p.id FOR NO KEY UPDATE;
  ELSE
    PERFORM 1 FROM businesses b WHERE b.id = ANY(ids) ORDER BY b.id FOR NO KEY UPDATE;
  END IF;
  WITH gone AS (
    DELETE FROM figure_spans s WHERE s.subject_id = ANY(ids) AND s.subject = passerelle_refresh_figures.subject
    RETURNING s.region_code, s.dimension, s.key, s.starts_on, s.ends_on
  ) SELECT coalesce(jsonb_agg(gone), '[]') INTO old_spans FROM gone;
  DELETE FROM figure_gaps g WHERE g.subject_id = ANY(ids) AND g.subject = passerelle_refresh_figures.subject;
  WITH runs AS (SELECT * FROM passerelle_figure_runs(passerelle_refresh_figures.subject, ids)),
  added AS (
    INSERT INTO figure_spans (subject_id, subject, region_code, dimension, key, starts_on, ends_on)
      SELECT r.subject_id, passerelle_refresh_figures.subject, r.region_code, r.dimension, r.key, min(r.run_start), max(r.run_end) FROM runs r GROUP BY 1, 3, 4, 5
      RETURNING region_code, dimension, key, starts_on, ends_on
  ), gaps AS (
    INSERT INTO figure_gaps (subject_id, subject, region_code, dimension, key, gap)
      SELECT r.subject_id, passerelle_refresh_figures.subject, r.region_code, r.dimension, r.key, daterange(r.run_end + 1, r.next_start, '[)')
      FROM (SELECT runs.*, lead(runs.run_start) OVER (PARTITION BY runs.subject_id, runs.region_code, runs.dimension, runs.key ORDER BY runs.run_start) AS next_start FROM runs) r
      WHERE r.next_start IS NOT NULL
  ) SELECT coalesce(jsonb_agg(added), '[]') INTO new_spans FROM added;
  PERFORM passerelle_add_figure_edges(old_spans, -1);
  PERFORM passerelle_add_figure_edges(new_spans, 1);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION passerelle_figures_of_follow_ups() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM passerelle_refresh_figures('person', array(SELECT DISTINCT n.person_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM passerelle_refresh_figures('person', array(SELECT DISTINCT o.person_id FROM old_rows o));
  ELSE
    -- Only the columns the figures read: a note or a status edit changes nothing here.
    PERFORM passerelle_refresh_figures('person', array(
      SELECT unnest(ARRAY[n.person_id, o.person_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.person_id, n.service_point_id, n.agent_id, n.needs, n.opened_on, n.closed_on)
          IS DISTINCT FROM (o.person_id, o.service_point_id, o.agent_id, o.needs, o.opened_on, o.closed_on)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION passerelle_figures_of_persons() RETURNS trigger AS $$
BEGIN
  PERFORM passerelle_refresh_figures('person', array(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.residence_mrc_id, n.country_of_birth, n.immigration_status) IS DISTINCT FROM (o.residence_mrc_id, o.country_of_birth, o.immigration_status)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A service point moved to another region (its MRC changed) takes its follow-ups' persons along.
CREATE OR REPLACE FUNCTION passerelle_figures_of_service_points() RETURNS trigger AS $$
BEGIN
  PERFORM passerelle_refresh_figures('person', array(
    SELECT DISTINCT a.person_id FROM accompaniments a
      WHERE a.service_point_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.region_code IS DISTINCT FROM o.region_code)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION passerelle_figures_of_employer_files() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM passerelle_refresh_figures('business', array(SELECT DISTINCT n.business_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM passerelle_refresh_figures('business', array(SELECT DISTINCT o.business_id FROM old_rows o));
  ELSE
    PERFORM passerelle_refresh_figures('business', array(
      SELECT unnest(ARRAY[n.business_id, o.business_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.business_id, n.adviser_id, n.opened_on, n.closed_on) IS DISTINCT FROM (o.business_id, o.adviser_id, o.opened_on, o.closed_on)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION passerelle_figures_of_businesses() RETURNS trigger AS $$
BEGIN
  PERFORM passerelle_refresh_figures('business', array(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.mrc_id, n.naics_sector) IS DISTINCT FROM (o.mrc_id, o.naics_sector)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER accompaniments_figures_insert AFTER INSERT ON accompaniments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_follow_ups();
--> statement-breakpoint
CREATE TRIGGER accompaniments_figures_update AFTER UPDATE ON accompaniments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_follow_ups();
--> statement-breakpoint
CREATE TRIGGER accompaniments_figures_delete AFTER DELETE ON accompaniments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_follow_ups();
--> statement-breakpoint
CREATE TRIGGER persons_figures_update AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_persons();
--> statement-breakpoint
CREATE TRIGGER service_points_figures_update AFTER UPDATE ON service_points REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_service_points();
--> statement-breakpoint
CREATE TRIGGER employer_files_figures_insert AFTER INSERT ON employer_files REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_employer_files();
--> statement-breakpoint
CREATE TRIGGER employer_files_figures_update AFTER UPDATE ON employer_files REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_employer_files();
--> statement-breakpoint
CREATE TRIGGER employer_files_figures_delete AFTER DELETE ON employer_files REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_employer_files();
--> statement-breakpoint
CREATE TRIGGER businesses_figures_update AFTER UPDATE ON businesses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_figures_of_businesses();
--> statement-breakpoint
-- Everything recomputed from the rows: the backfill below, and after a bulk load made with the triggers
-- disabled (the benchmark's generator, as pg_restore does). An MRC's region never changes (reference data:
-- it is geography), so no trigger follows it.
CREATE OR REPLACE FUNCTION passerelle_rebuild_figures() RETURNS void AS $$
DECLARE
  kind text;
BEGIN
  DELETE FROM figure_spans WHERE true;
  DELETE FROM figure_gaps WHERE true;
  DELETE FROM figure_edges WHERE true;
  FOREACH kind IN ARRAY ARRAY['person', 'business'] LOOP
    WITH runs AS (SELECT * FROM passerelle_figure_runs(kind, NULL)),
    spans AS (
      INSERT INTO figure_spans (subject_id, subject, region_code, dimension, key, starts_on, ends_on)
        SELECT r.subject_id, kind, r.region_code, r.dimension, r.key, min(r.run_start), max(r.run_end) FROM runs r GROUP BY 1, 3, 4, 5
    )
    INSERT INTO figure_gaps (subject_id, subject, region_code, dimension, key, gap)
      SELECT r.subject_id, kind, r.region_code, r.dimension, r.key, daterange(r.run_end + 1, r.next_start, '[)')
      FROM (SELECT runs.*, lead(runs.run_start) OVER (PARTITION BY runs.subject_id, runs.region_code, runs.dimension, runs.key ORDER BY runs.run_start) AS next_start FROM runs) r
      WHERE r.next_start IS NOT NULL;
  END LOOP;
  -- Spans counted per day first (a few million rows at the benchmark's largest scale, not tens of millions),
  -- then the months summed from the days.
  WITH days AS (
    SELECT x.region_code, x.dimension, x.key, x.day, sum(x.starts)::int AS starts, sum(x.ends)::int AS ends FROM (
      SELECT s.region_code, s.dimension, s.key, s.starts_on AS day, count(*) AS starts, 0 AS ends FROM figure_spans s GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT s.region_code, s.dimension, s.key, s.ends_on, 0, count(*) FROM figure_spans s WHERE s.ends_on <> 'infinity'::date GROUP BY 1, 2, 3, 4
    ) x GROUP BY 1, 2, 3, 4
  )
  INSERT INTO figure_edges (region_code, granularity, day, dimension, key, starts, ends)
    SELECT d.region_code, 'day', d.day, d.dimension, d.key, d.starts, d.ends FROM days d
    UNION ALL
    SELECT d.region_code, 'month', date_trunc('month', d.day::timestamp)::date, d.dimension, d.key, sum(d.starts), sum(d.ends) FROM days d GROUP BY 1, 3, 4, 5;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT passerelle_rebuild_figures();
