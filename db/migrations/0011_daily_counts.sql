CREATE TABLE "daily_service_point_counts" (
	"service_point_id" uuid NOT NULL,
	"day" date NOT NULL,
	"interventions" integer DEFAULT 0 NOT NULL,
	"referrals_sent" integer DEFAULT 0 NOT NULL,
	"referrals_accepted" integer DEFAULT 0 NOT NULL,
	"referrals_completed" integer DEFAULT 0 NOT NULL,
	"referrals_declined" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_service_point_counts_service_point_id_day_pk" PRIMARY KEY("service_point_id","day")
);
--> statement-breakpoint
ALTER TABLE "daily_service_point_counts" ADD CONSTRAINT "daily_service_point_counts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Per-day, per-service-point counts of interventions and referrals (db/schema/metrics.ts), kept in the same
-- transaction as each write by statement-level triggers: one grouped upsert per statement, however many rows
-- it wrote. A row's service point is its follow-up's, so moving a follow-up (a transfer) moves its counts.
CREATE OR REPLACE FUNCTION passerelle_count_interventions() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO daily_service_point_counts AS c (service_point_id, day, interventions)
      SELECT a.service_point_id, n.occurred_on, count(*) FROM new_rows n JOIN accompaniments a ON a.id = n.accompaniment_id GROUP BY 1, 2
      ON CONFLICT (service_point_id, day) DO UPDATE SET interventions = c.interventions + excluded.interventions;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO daily_service_point_counts AS c (service_point_id, day, interventions)
      SELECT a.service_point_id, o.occurred_on, -count(*) FROM old_rows o JOIN accompaniments a ON a.id = o.accompaniment_id GROUP BY 1, 2
      ON CONFLICT (service_point_id, day) DO UPDATE SET interventions = c.interventions + excluded.interventions;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION passerelle_count_referrals() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO daily_service_point_counts AS c (service_point_id, day, referrals_sent, referrals_accepted, referrals_completed, referrals_declined)
      SELECT a.service_point_id, n.sent_on,
        count(*) FILTER (WHERE n.status = 'sent'), count(*) FILTER (WHERE n.status = 'accepted'),
        count(*) FILTER (WHERE n.status = 'completed'), count(*) FILTER (WHERE n.status = 'declined')
      FROM new_rows n JOIN accompaniments a ON a.id = n.accompaniment_id GROUP BY 1, 2
      ON CONFLICT (service_point_id, day) DO UPDATE SET
        referrals_sent = c.referrals_sent + excluded.referrals_sent, referrals_accepted = c.referrals_accepted + excluded.referrals_accepted,
        referrals_completed = c.referrals_completed + excluded.referrals_completed, referrals_declined = c.referrals_declined + excluded.referrals_declined;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO daily_service_point_counts AS c (service_point_id, day, referrals_sent, referrals_accepted, referrals_completed, referrals_declined)
      SELECT a.service_point_id, o.sent_on,
        -count(*) FILTER (WHERE o.status = 'sent'), -count(*) FILTER (WHERE o.status = 'accepted'),
        -count(*) FILTER (WHERE o.status = 'completed'), -count(*) FILTER (WHERE o.status = 'declined')
      FROM old_rows o JOIN accompaniments a ON a.id = o.accompaniment_id GROUP BY 1, 2
      ON CONFLICT (service_point_id, day) DO UPDATE SET
        referrals_sent = c.referrals_sent + excluded.referrals_sent, referrals_accepted = c.referrals_accepted + excluded.referrals_accepted,
        referrals_completed = c.referrals_completed + excluded.referrals_completed, referrals_declined = c.referrals_declined + excluded.referrals_declined;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A follow-up moved to another service point takes its interventions' and referrals' counts along.
CREATE OR REPLACE FUNCTION passerelle_count_moved_follow_ups() RETURNS trigger AS $$
BEGIN
  INSERT INTO daily_service_point_counts AS c (service_point_id, day, interventions, referrals_sent, referrals_accepted, referrals_completed, referrals_declined)
    SELECT service_point_id, day, sum(interventions), sum(sent), sum(accepted), sum(completed), sum(declined) FROM (
      SELECT side.service_point_id, i.occurred_on AS day, side.sign * count(*) AS interventions, 0 AS sent, 0 AS accepted, 0 AS completed, 0 AS declined
        FROM (SELECT o.id, o.service_point_id, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.service_point_id <> o.service_point_id
              UNION ALL
              SELECT n.id, n.service_point_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.service_point_id <> o.service_point_id) side
        JOIN interventions i ON i.accompaniment_id = side.id GROUP BY side.service_point_id, i.occurred_on, side.sign
      UNION ALL
      SELECT side.service_point_id, r.sent_on, 0,
          side.sign * count(*) FILTER (WHERE r.status = 'sent'), side.sign * count(*) FILTER (WHERE r.status = 'accepted'),
          side.sign * count(*) FILTER (WHERE r.status = 'completed'), side.sign * count(*) FILTER (WHERE r.status = 'declined')
        FROM (SELECT o.id, o.service_point_id, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.service_point_id <> o.service_point_id
              UNION ALL
              SELECT n.id, n.service_point_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.service_point_id <> o.service_point_id) side
        JOIN referrals r ON r.accompaniment_id = side.id GROUP BY side.service_point_id, r.sent_on, side.sign
    ) moved GROUP BY service_point_id, day
    ON CONFLICT (service_point_id, day) DO UPDATE SET
      interventions = c.interventions + excluded.interventions,
      referrals_sent = c.referrals_sent + excluded.referrals_sent, referrals_accepted = c.referrals_accepted + excluded.referrals_accepted,
      referrals_completed = c.referrals_completed + excluded.referrals_completed, referrals_declined = c.referrals_declined + excluded.referrals_declined;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER interventions_count_insert AFTER INSERT ON interventions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_interventions();
--> statement-breakpoint
CREATE TRIGGER interventions_count_update AFTER UPDATE ON interventions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_interventions();
--> statement-breakpoint
CREATE TRIGGER interventions_count_delete AFTER DELETE ON interventions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_interventions();
--> statement-breakpoint
CREATE TRIGGER referrals_count_insert AFTER INSERT ON referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_referrals();
--> statement-breakpoint
CREATE TRIGGER referrals_count_update AFTER UPDATE ON referrals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_referrals();
--> statement-breakpoint
CREATE TRIGGER referrals_count_delete AFTER DELETE ON referrals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_referrals();
--> statement-breakpoint
CREATE TRIGGER accompaniments_count_move AFTER UPDATE ON accompaniments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passerelle_count_moved_follow_ups();
--> statement-breakpoint
-- The counts recomputed from the rows: the backfill below, and after a bulk load made with the triggers
-- disabled (the benchmark's generator, as pg_restore does).
CREATE OR REPLACE FUNCTION passerelle_rebuild_daily_counts() RETURNS void AS $$
BEGIN
  DELETE FROM daily_service_point_counts WHERE true;
  INSERT INTO daily_service_point_counts (service_point_id, day, interventions, referrals_sent, referrals_accepted, referrals_completed, referrals_declined)
    SELECT service_point_id, day, sum(interventions), sum(sent), sum(accepted), sum(completed), sum(declined) FROM (
      SELECT a.service_point_id, i.occurred_on AS day, count(*) AS interventions, 0 AS sent, 0 AS accepted, 0 AS completed, 0 AS declined
        FROM interventions i JOIN accompaniments a ON a.id = i.accompaniment_id GROUP BY 1, 2
      UNION ALL
      SELECT a.service_point_id, r.sent_on, 0, count(*) FILTER (WHERE r.status = 'sent'), count(*) FILTER (WHERE r.status = 'accepted'),
          count(*) FILTER (WHERE r.status = 'completed'), count(*) FILTER (WHERE r.status = 'declined')
        FROM referrals r JOIN accompaniments a ON a.id = r.accompaniment_id GROUP BY 1, 2
    ) counted GROUP BY service_point_id, day;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT passerelle_rebuild_daily_counts();
--> statement-breakpoint
-- The dashboard's follow-ups overlapping a period, read from the indexes alone: a range scan of those not
-- closed before the period starts (the rest of history is skipped), with the columns its breakdowns group by.
CREATE INDEX accompaniments_dashboard_idx ON accompaniments (service_point_id, (coalesce(closed_on, 'infinity'::date))) INCLUDE (opened_on, person_id, agent_id, needs);
--> statement-breakpoint
CREATE INDEX employer_files_dashboard_idx ON employer_files ((coalesce(closed_on, 'infinity'::date))) INCLUDE (opened_on, business_id, adviser_id);
--> statement-breakpoint
-- A person's attributes the breakdowns group by, probed by id without reading the table.
CREATE INDEX persons_dashboard_idx ON persons (id) INCLUDE (residence_mrc_id, country_of_birth, immigration_status);
