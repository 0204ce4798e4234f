-- Live figures: every write to a table the dashboard and the bilan count from tells the listening app
-- servers that figures may have changed. pg_notify runs in the writing transaction, so the signal is
-- delivered on commit only (never for a rolled-back write), to every server on the database, on
-- PostgreSQL and on PGlite alike. The payload is the table's name only: never a row's content.
-- One trigger per statement, not per row, so a bulk load sends one signal per statement (and PostgreSQL
-- folds identical notifications of one transaction into one).
CREATE OR REPLACE FUNCTION passerelle_notify_figures() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('passerelle_figures', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE
  counted text;
BEGIN
  FOREACH counted IN ARRAY ARRAY[
    'persons', 'accompaniments', 'interventions', 'referrals', 'businesses', 'employer_files', 'hiring_needs',
    'hires', 'agreements', 'agreement_territories', 'funded_projects', 'funded_project_territories', 'partners',
    'service_points', 'app_settings'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION passerelle_notify_figures()',
      counted || '_notify_figures', counted);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Staff: only what the bilan shows (who works where, in which role, still active); a sign-in, which
-- updates last_sign_in_at, or a password change is no figure and refreshes nobody's dashboard.
CREATE TRIGGER users_notify_figures
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF role, service_point_id, active, display_name ON users
  FOR EACH STATEMENT EXECUTE FUNCTION passerelle_notify_figures();
