DROP INDEX "accompaniments_person_idx";--> statement-breakpoint
DROP INDEX "accompaniments_service_point_idx";--> statement-breakpoint
DROP INDEX "accompaniments_agent_idx";--> statement-breakpoint
DROP INDEX "persons_name_idx";--> statement-breakpoint
DROP INDEX "persons_residence_mrc_idx";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "search_name" text GENERATED ALWAYS AS (passerelle_normalize_name("persons"."last_name" || ' ' || "persons"."first_name")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "accompaniments_person_scope_idx" ON "accompaniments" USING btree ("person_id","service_point_id","status","opened_on","closed_on","agent_id","needs");--> statement-breakpoint
CREATE INDEX "accompaniments_service_point_opened_idx" ON "accompaniments" USING btree ("service_point_id","opened_on");--> statement-breakpoint
CREATE INDEX "accompaniments_agent_status_idx" ON "accompaniments" USING btree ("agent_id","status","person_id");--> statement-breakpoint
CREATE INDEX "persons_search_name_idx" ON "persons" USING btree ("search_name","id","residence_mrc_id");--> statement-breakpoint
CREATE INDEX "persons_search_name_trgm_idx" ON "persons" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_residence_mrc_idx" ON "persons" USING btree ("residence_mrc_id","id");