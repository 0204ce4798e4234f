DROP INDEX "employer_files_adviser_idx";--> statement-breakpoint
CREATE INDEX "businesses_search_name_idx" ON "businesses" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "employer_files_adviser_status_idx" ON "employer_files" USING btree ("adviser_id","status");